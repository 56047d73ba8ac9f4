"""The report shows when and why a case was closed or reopened (its case_closed and
case_reopened entries): in the summary and in the log."""

from __future__ import annotations

import unicodedata
from datetime import date
from io import BytesIO
from typing import Any

import pypdf
from case_report_fixture import EXPORT_ID, NOW, PURPOSE, RECIPIENT, REF, fixture_case

from msvlo_desktop.core.chain import chain_entries
from msvlo_desktop.core.entries import EntryContext, validate_entry
from msvlo_desktop.reports.case_report import ReportData, build_case_report

OPEN_ITEM = "Victims' Code: Victim Personal Statement offered (Right 7)"


def _closed_data(profile_reason: str = "Support handed to the local authority.") -> ReportData:
    case, entries = fixture_case()
    ctx = EntryContext(now=NOW, existing={e.id: e for e in entries})
    raws: list[dict[str, Any]] = [
        {
            "id": "close-1",
            "type": "case_closed",
            "occurred_at": "2026-11-18T09:00:00+00:00",
            "recorded_at": "2026-11-18T09:00:00+00:00",
            "author": "PC 1234 A. Smith, Example Constabulary",
            "reason": "Victim moved away; exit strategy completed.",
            "retention_review_on": "2036-11-18",
        },
        {
            "id": "reopen-1",
            "type": "case_reopened",
            "occurred_at": "2026-11-19T09:00:00+00:00",
            "recorded_at": "2026-11-19T09:00:00+00:00",
            "author": "PC 1234 A. Smith, Example Constabulary",
            "reason": "Suspect re-arrested.",
        },
        {
            "id": "close-2",
            "type": "case_closed",
            "occurred_at": "2026-11-20T10:00:00+00:00",
            "recorded_at": "2026-11-20T10:00:00+00:00",
            "author": "PC 1234 A. Smith, Example Constabulary",
            "reason": profile_reason,
            "retention_review_on": "2033-06-30",
            "outstanding": [OPEN_ITEM],
        },
    ]
    for raw in raws:
        e = validate_entry(raw, ctx, imported=True)
        entries.append(e)
    entries = chain_entries(REF, entries)
    closed = case.with_changes(status="closed", closed_on=date(2026, 11, 20))
    return ReportData.from_log(closed, entries, officer="PC 1234 A. Smith", training=False, at=NOW)


def _text(data: ReportData) -> str:
    pdf = build_case_report(
        data, recipient=RECIPIENT, purpose=PURPOSE, export_id=EXPORT_ID
    ).pdf_bytes
    pages = [p.extract_text() for p in pypdf.PdfReader(BytesIO(pdf)).pages]
    return " ".join(unicodedata.normalize("NFC", "\n".join(pages)).split())


def test_the_report_says_when_and_why_the_case_was_closed_and_reopened() -> None:
    text = _text(_closed_data())
    assert "closed 20/11/2026" in text
    assert "Closing and reopening" in text
    assert (
        "Closed on 20/11/2026 by PC 1234 A. Smith, Example Constabulary: Support handed to "
        "the local authority. Retention review on 30/06/2033. 1 item was still open and "
        "acknowledged."
    ) in text
    assert "Suspect re-arrested." in text
    assert "Victim moved away; exit strategy completed." in text
    assert "18/11/2036" in text
    assert "Victim Personal Statement offered (Right 7)" in text
    # In the log too, with its type label and fields.
    assert "Case reopened" in text
    assert "Retention review date" in text
