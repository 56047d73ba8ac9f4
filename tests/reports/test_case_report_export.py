"""Exporting a case report from a real vault: gathering, encryption, atomic saving, auditing."""

from __future__ import annotations

import subprocess
from io import BytesIO
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest
from case_report_fixture import (
    NOW,
    PURPOSE,
    RECIPIENT,
    REF,
    SENSITIVE_TEXT,
    fixture_case,
    fixture_data,
)

from msvlo_desktop.core.bundle import build_bundle, dump_bundle
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.reports.case_export import report_password_problems
from msvlo_desktop.reports.case_report import build_case_report
from msvlo_desktop.reports.output import ReportWriteError
from msvlo_desktop.services.reports import (
    DISCLOSURE_ACTION,
    export_case_report,
    gather_report_data,
    save_case_report,
)
from msvlo_desktop.storage.errors import CaseNotFound, VaultError
from msvlo_desktop.storage.vault import Vault

PASSWORD = "amber kettle seventeen lanterns"


@pytest.fixture
def case_vault(vault: Vault) -> Vault:
    case, entries = fixture_case()
    vault.import_bundle(dump_bundle(build_bundle(case, entries, entries[-1].hash)))
    return vault


def _disclosures(vault: Vault) -> list[Any]:
    return [r for r in vault.audit_records(REF) if r.category == "disclosure"]


def test_gathering_from_the_vault_gives_the_same_data_as_the_log(case_vault: Vault) -> None:
    data = gather_report_data(case_vault, REF, at=NOW)
    expected = fixture_data()
    assert data.entries == expected.entries
    assert data.head == expected.head == case_vault.chain_head(REF)[0]
    assert data.entry_count == 19
    assert data.obligations == expected.obligations
    assert data.checklists == expected.checklists
    assert data.officer == case_vault.officer.display
    assert data.training is False
    assert data.at == NOW


def test_an_unknown_case_is_refused(case_vault: Vault) -> None:
    with pytest.raises(CaseNotFound):
        gather_report_data(case_vault, "NOPE-1", at=NOW)


def test_export_writes_the_report_and_records_the_disclosure(
    case_vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    result = export_case_report(
        case_vault, REF, out, profile="disclosure", recipient=RECIPIENT, purpose=PURPOSE, at=NOW
    )
    assert out.read_bytes() == result.pdf_bytes
    assert out.stat().st_mode & 0o777 == 0o600
    [record] = _disclosures(case_vault)
    assert record.action == DISCLOSURE_ACTION
    assert record.case_ref == REF
    details = record.details
    assert details["recipient"] == RECIPIENT
    assert details["purpose"] == PURPOSE
    assert details["profile"] == "disclosure"
    assert details["export_id"] == result.export_id
    assert details["head"] == result.head
    assert details["withheld"] == 2
    assert details["encrypted"] is False
    assert details["path"] == str(out)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(BytesIO(out.read_bytes())).pages)
    assert SENSITIVE_TEXT not in text


def test_an_encrypted_report_needs_its_password_and_uses_aes_256(
    case_vault: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "report.pdf"
    result = export_case_report(
        case_vault, REF, out, recipient=RECIPIENT, purpose=PURPOSE, password=PASSWORD, at=NOW
    )
    data = out.read_bytes()
    assert data != result.pdf_bytes
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(BytesIO(data))
    with pikepdf.open(BytesIO(data), password=PASSWORD) as pdf:
        assert pdf.encryption.R == 6
        assert pdf.encryption.bits == 256
        assert pdf.encryption.stream_method.name == "aesv3"
        assert len(pdf.pages) == result.pages
    # The plaintext never reached the disk: the only file in the folder is the encrypted one.
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]
    assert _disclosures(case_vault)[-1].details["encrypted"] is True


def test_qpdf_checks_the_encrypted_report(case_vault: Vault, tmp_path: Path, qpdf: str) -> None:
    out = tmp_path / "report.pdf"
    export_case_report(
        case_vault, REF, out, recipient=RECIPIENT, purpose=PURPOSE, password=PASSWORD, at=NOW
    )
    check = subprocess.run(
        [qpdf, f"--password={PASSWORD}", "--check", str(out)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors found" in check.stdout
    shown = subprocess.run(
        [qpdf, f"--password={PASSWORD}", "--show-encryption", str(out)],
        capture_output=True,
        text=True,
    ).stdout
    assert "R = 6" in shown
    assert "AESv3" in shown
    locked = subprocess.run([qpdf, "--check", str(out)], capture_output=True, text=True)
    assert locked.returncode != 0


@pytest.mark.parametrize(
    ("password", "words"),
    [("short", "too short"), ("password1234", "common"), ("x" * 64 + "é" * 40, "too long")],
)
def test_a_weak_or_unusable_password_is_refused_before_anything_is_made(
    case_vault: Vault, tmp_path: Path, password: str, words: str
) -> None:
    out = tmp_path / "report.pdf"
    with pytest.raises(ValidationError) as info:
        export_case_report(
            case_vault, REF, out, recipient=RECIPIENT, purpose=PURPOSE, password=password, at=NOW
        )
    assert words in (info.value.for_field("password") or "")
    assert not out.exists()
    assert _disclosures(case_vault) == []


def test_password_problems_speak_of_a_password() -> None:
    problems = report_password_problems("short")
    assert problems and all("passphrase" not in p for p in problems)
    assert report_password_problems(PASSWORD) == []


def test_recipient_and_purpose_are_required(case_vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        export_case_report(case_vault, REF, tmp_path / "r.pdf", recipient=" ", purpose="")
    assert info.value.for_field("recipient") and info.value.for_field("purpose")
    assert _disclosures(case_vault) == []


def test_a_file_that_cannot_be_written_is_not_recorded(case_vault: Vault, tmp_path: Path) -> None:
    result = build_case_report(
        gather_report_data(case_vault, REF, at=NOW), recipient=RECIPIENT, purpose=PURPOSE
    )
    with pytest.raises(ReportWriteError, match="does not exist"):
        save_case_report(case_vault, result, tmp_path / "missing" / "report.pdf")
    assert _disclosures(case_vault) == []


def test_a_disclosure_that_cannot_be_recorded_leaves_no_file(
    case_vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    result = build_case_report(
        gather_report_data(case_vault, REF, at=NOW), recipient=RECIPIENT, purpose=PURPOSE
    )
    out = tmp_path / "report.pdf"
    case_vault.close()  # the vault locked before the record could be written
    with pytest.raises(VaultError):
        save_case_report(case_vault, result, out)
    assert not out.exists()
    assert vault_path.exists()
