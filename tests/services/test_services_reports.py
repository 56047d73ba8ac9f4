"""``services.reports``: a case report's data read from the vault, and its export recorded as a
disclosure (the file removed again when the record cannot be written)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shared_fixtures import FIXED_NOW as NOW

from msvlo_desktop.reports.case_report import ReportData, build_case_report
from msvlo_desktop.services.reports import (
    DISCLOSURE_ACTION,
    export_case_report,
    gather_report_data,
    save_case_report,
)
from msvlo_desktop.storage.errors import CaseNotFound
from msvlo_desktop.storage.vault import Vault

RECIPIENT, PURPOSE = "DI 1150 C. Murray", "file review before the charging decision"


def first_ref(vault: Vault) -> str:
    return vault.list_cases()[0].reference


def test_report_data_is_the_case_and_its_whole_log(training_vault: Vault) -> None:
    ref = first_ref(training_vault)
    data = gather_report_data(training_vault, ref)
    expected = ReportData.from_log(
        training_vault.get_case(ref),
        training_vault.entries(ref),
        officer=training_vault.officer.display,
        training=True,
        at=NOW,  # the vault's clock
    )
    assert data == expected
    assert data.entry_count == len(data.entries) > 0
    with pytest.raises(CaseNotFound):
        gather_report_data(training_vault, "NOPE-0001")


def test_an_export_is_recorded_as_a_disclosure(training_vault: Vault, tmp_path: Path) -> None:
    ref = first_ref(training_vault)
    out = tmp_path / "report.pdf"
    result = export_case_report(
        training_vault, ref, out, profile="disclosure", recipient=RECIPIENT, purpose=PURPOSE
    )
    assert out.read_bytes().startswith(b"%PDF")
    record = training_vault.audit_records()[-1]
    assert (record.category, record.action) == ("disclosure", DISCLOSURE_ACTION)
    assert record.case_ref == ref
    assert record.details["export_id"] == result.export_id
    assert record.details["head"] == result.head
    assert record.details["profile"] == "disclosure"
    assert record.details["path"] == str(out)


def test_no_file_stays_when_the_disclosure_cannot_be_recorded(
    training_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = gather_report_data(training_vault, first_ref(training_vault))
    result = build_case_report(data, recipient=RECIPIENT, purpose=PURPOSE)

    def refuse(*_a: Any, **_k: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(training_vault, "record_disclosure", refuse)
    out = tmp_path / "report.pdf"
    with pytest.raises(OSError, match="disk full"):
        save_case_report(training_vault, result, out)
    assert not out.exists()
