"""The report shows the duty entries with their labels, the risk reviews under the exit
strategy, and the duty checklists (with the complaints handler's clock as information)."""

from __future__ import annotations

import unicodedata
from io import BytesIO
from typing import Any

import pypdf
from case_report_fixture import HEADER, NOW, REF

from msvlo_desktop.core.case import parse_case_header
from msvlo_desktop.core.chain import chain_entries
from msvlo_desktop.core.entries import Entry, EntryContext, validate_entry
from msvlo_desktop.reports.case_report import ReportData, build_case_report

DUTY_ENTRIES: list[dict[str, Any]] = [
    {
        "id": "w1",
        "type": "written_acknowledgement",
        "occurred_at": "2026-11-03T10:00:00+00:00",
        "safe_to_send": False,
        "method": "face_to_face",
        "withheld_reason": "The only address is the place of exploitation",
    },
    {
        "id": "c1",
        "type": "complaint",
        "occurred_at": "2026-11-05T10:00:00+00:00",
        "complaint_stage": "received",
        "summary": "Not told of the interview",
    },
    {
        "id": "r1",
        "type": "risk_review",
        "occurred_at": "2026-11-06T10:00:00+00:00",
        "risk_level": "high",
        "family_risk": "high",
        "repatriation_risk": "medium",
        "risk_notes": "Family owe the exploiters money",
        "risk_actions": "Placement kept confidential",
        "review_on": "2026-12-06",
    },
]


def _data() -> ReportData:
    case = parse_case_header(HEADER, now=NOW)
    existing: dict[str, Entry] = {}
    ctx = EntryContext(now=NOW, victim=case.victim, opened_on=case.opened_on, existing=existing)
    entries = []
    for raw in DUTY_ENTRIES:
        raw = {"author": "PC 1234 A. Smith", "recorded_at": raw["occurred_at"], **raw}
        e = validate_entry(raw, ctx, imported=True)
        existing[e.id] = e
        entries.append(e)
    return ReportData.from_log(
        case, chain_entries(REF, entries), officer="PC 1234 A. Smith", training=False, at=NOW
    )


def test_the_report_shows_the_duties() -> None:
    result = build_case_report(
        _data(), recipient="DS 42 Brown", purpose="Disclosure review", export_id="x" * 32
    )
    text = " ".join(
        " ".join(unicodedata.normalize("NFC", p.extract_text()).split())
        for p in pypdf.PdfReader(BytesIO(result.pdf_bytes)).pages
    )
    assert "Written acknowledgement (Right 3)" in text
    assert "Risk reviews (family and return home)" in text
    assert "Latest: overall high, next review 06/12/2026." in text
    assert "Complaint (Right 12)" in text
    # 10 working days from Thursday 5 November 2026: 6, 9-13, 16-19 November.
    assert "expected by 19/11/2026 (their timescale, not the officer's)" in text
    assert "Not sent: not safe (The only address is the place of exploitation)" in text
