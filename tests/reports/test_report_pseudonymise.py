"""Disclosure copies with the victim's pseudonym in place of their name throughout
(reports/pseudonymise.py): read back with pdftotext, the name appears nowhere, in whole or in
part, and the chain head printed is unchanged."""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
from pathlib import Path

import pytest
from case_report_fixture import NOW, PURPOSE, RECIPIENT, REF, VICTIM, fixture_case

from msvlo_desktop.core.chain import chain_entries
from msvlo_desktop.core.entries import EntryContext, validate_entry
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.reports.case_report import ReportData, build_case_report
from msvlo_desktop.reports.pseudonymise import name_pattern, pseudonymised

OFFICER = "PC 1234 A. Smith, Example Constabulary"


def _data() -> ReportData:
    """The fixture case with the victim named in the log: whole, in capitals, and by one name."""
    case, entries = fixture_case()
    ctx = EntryContext(
        now=NOW, victim=case.victim, opened_on=case.opened_on, existing={e.id: e for e in entries}
    )
    extra = validate_entry(
        {
            "id": "named-1",
            "type": "note",
            "occurred_at": "2026-03-20T10:00:00+00:00",
            "recorded_at": "2026-03-20T10:05:00+00:00",
            "author": "PC 1234 A. Smith",
            "summary": f"Spoke with {VICTIM} and then {VICTIM.upper()}; Hương was calm.",
        },
        ctx,
        imported=True,
    )
    log = chain_entries(REF, [*entries, extra])
    return ReportData.from_log(case, log, officer=OFFICER, training=False, at=NOW)


def _text(pdf: bytes, tmp_path: Path, tool: str) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(unicodedata.normalize("NFC", out).split())


@pytest.mark.parametrize("profile", ["full", "disclosure"])
def test_the_name_appears_nowhere_in_a_pseudonymised_report(
    profile: str, pdftotext: str, tmp_path: Path
) -> None:
    data = _data()
    plain = build_case_report(data, profile=profile, recipient=RECIPIENT, purpose=PURPOSE)  # type: ignore[arg-type]
    shown = _text(plain.pdf_bytes, tmp_path, pdftotext)
    assert VICTIM in shown and "Hương was calm" in shown  # the check below is a real one
    result = build_case_report(
        data,
        profile=profile,
        recipient=RECIPIENT,
        purpose=PURPOSE,
        pseudonymise=True,  # type: ignore[arg-type]
    )
    text = _text(result.pdf_bytes, tmp_path, pdftotext)
    for part in (VICTIM, "Nguyễn", "Hương", "NGUYỄN"):
        assert part not in text
    assert "Spoke with V1 and then V1; V1 was calm." in text
    assert result.pseudonymised
    assert result.head == plain.head == data.head  # the chain head printed still verifies
    assert data.head[:16] in text


def test_only_the_name_is_replaced() -> None:
    pattern = name_pattern("Ana Le Pop")
    assert pattern is not None
    # "Le" is too short to stand alone; "Ana" and "Pop" as whole words only.
    assert pattern.sub("V2", "ana  le pop met Le Ana at Popular Pop-up; Pop's") == (
        "V2 met Le V2 at Popular V2-up; V2's"
    )
    data = pseudonymised(_data())
    assert data.case.victim.name == "V1"
    assert data.officer == OFFICER
    assert [e.hash for e in data.entries] == [e.hash for e in _data().entries]


def test_a_victim_without_a_pseudonym_is_named_as_the_problem() -> None:
    data = _data()
    nameless = dataclasses.replace(
        data,
        case=dataclasses.replace(
            data.case, victim=dataclasses.replace(data.case.victim, pseudonym="")
        ),
    )
    with pytest.raises(ValidationError) as refused:
        build_case_report(nameless, recipient=RECIPIENT, purpose=PURPOSE, pseudonymise=True)
    assert refused.value.problems[0].field == "pseudonymise"
    assert "no pseudonym" in refused.value.problems[0].message
