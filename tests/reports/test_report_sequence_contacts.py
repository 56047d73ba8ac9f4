"""The report's contacts section after a SPOC change (the previous SPOC ended that day, one
current SPOC) and the officer's reason for an unusual order printed with its entry."""

from __future__ import annotations

import unicodedata
from io import BytesIO
from typing import Any

import pypdf
from shared_fixtures import FIXED_NOW

from msvlo_desktop.reports.case_report import build_case_report
from msvlo_desktop.services.reports import gather_report_data

REF = "KESTREL-0042"
REASON = "Transferred from another force after the RG decision."


def text_of(pdf: bytes) -> str:
    pages = pypdf.PdfReader(BytesIO(pdf)).pages
    return " ".join(" ".join(unicodedata.normalize("NFC", p.extract_text()).split()) for p in pages)


def test_contacts_and_the_reason_for_an_unusual_order(vault: Any) -> None:
    vault.add_case(
        {
            "reference": REF,
            "opened_on": "2026-11-02",
            "victim": {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 16},
            "contacts": [
                {"role": "spoc", "name": "DC 4521 J. Okafor", "from": "2026-11-02", "to": None},
                {"role": "lead_investigator", "name": "DS R. Patel", "from": None, "to": None},
            ],
        }
    )
    vault.add_entry(
        REF, {"type": "referral", "occurred_at": "2026-11-03T10:00:00+00:00", "service": "nrm"}
    )
    vault.add_entry(
        REF,
        {
            "type": "nrm_decision",
            "occurred_at": "2026-11-10T10:00:00+00:00",
            "stage": "conclusive_grounds",
            "outcome": "trafficking",
            "sequence_reason": REASON,
        },
    )
    vault.add_entry(
        REF,
        {
            "type": "spoc_change",
            "occurred_at": FIXED_NOW.isoformat(),
            "contact": {"name": "PC 3141 T. Reyes"},
            "victim_informed": True,
        },
    )
    data = gather_report_data(vault, REF)
    report = build_case_report(data, recipient="DS R. Patel", purpose="Test")
    text = text_of(report.pdf_bytes)
    assert "Current SPOC: PC 3141 T. Reyes" in text
    # The lead investigator, with no dates on the case record, is current.
    assert "Lead investigator DS R. Patel - - current Case record" in text
    assert "DC 4521 J. Okafor - 02/11/2026 20/11/2026 Case record" in text
    assert "Why this order is right" in text and REASON in text
