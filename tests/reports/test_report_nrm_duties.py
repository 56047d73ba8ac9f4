"""The PDF report shows the competent-authority updates, the NRM-or-Duty-to-Notify duty and a
recovery period that does not apply."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

import pypdf

from msvlo_desktop.core.case import parse_case_header
from msvlo_desktop.core.chain import chain_entries
from msvlo_desktop.core.entries import Entry, EntryContext, validate_entry
from msvlo_desktop.reports.case_report import ReportData, build_case_report

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
REF = "KESTREL-0042"


def report_text(log: list[dict[str, Any]]) -> str:
    case = parse_case_header(
        {
            "reference": REF,
            "opened_on": "2026-11-02",
            "victim": {"name": "Elira Krasniqi", "pseudonym": "V1", "claimed_age": 30},
        },
        now=NOW,
    )
    existing: dict[str, Entry] = {}
    ctx = EntryContext(now=NOW, victim=case.victim, opened_on=case.opened_on, existing=existing)
    entries = []
    for i, raw in enumerate(log, 1):
        e = validate_entry(
            {"id": f"e{i}", "author": "PC 1234 A. Smith", "recorded_at": raw["occurred_at"], **raw},
            ctx,
            imported=True,
        )
        existing[e.id] = e
        entries.append(e)
    data = ReportData.from_log(
        case, chain_entries(REF, entries), officer="PC 1234 A. Smith", training=False, at=NOW
    )
    result = build_case_report(data, recipient="DI Example", purpose="Review", export_id="X1")
    pages = pypdf.PdfReader(BytesIO(result.pdf_bytes)).pages
    return " ".join(unicodedata.normalize("NFC", " ".join(p.extract_text() for p in pages)).split())


def test_the_report_shows_an_adult_case_owes_an_nrm_referral_or_duty_to_notify() -> None:
    text = report_text([])
    assert "Seek the victim's consent and refer into the NRM, or make a Duty to Notify" in text


def test_the_report_shows_competent_authority_updates() -> None:
    text = report_text(
        [
            {
                "type": "referral",
                "occurred_at": "2026-11-02T15:00:00+00:00",
                "service": "nrm",
                "consent": True,
                "written_consent": True,
            },
            {
                "type": "competent_authority_update",
                "occurred_at": "2026-11-16T11:00:00+00:00",
                "authority": "sca",
                "method": "reply_to_referral_receipt",
                "summary": "Sent the ABE interview summary to the SCA",
            },
        ]
    )
    assert "Competent authority update" in text
    assert "Sent the ABE interview summary to the SCA" in text
    # The next update falls due 28 days after the one sent on 16/11/2026: 14/12/2026.
    assert "Update the competent authority" in text and "14/12/2026" in text


def test_a_childs_nrm_referral_reads_consent_not_needed() -> None:
    """The report and the window say the same: no consent is needed for a child's NRM
    referral, so none recorded is not a gap (core.wording.consent_words)."""
    from msvlo_desktop.core.wording import consent_words

    assert consent_words(None, child_nrm=True) == "Not needed (child)"
    assert consent_words(None) == "Not recorded"
    assert consent_words(True, written=True) == "Yes, in writing"
    assert consent_words(False, child_nrm=True) == "No"
