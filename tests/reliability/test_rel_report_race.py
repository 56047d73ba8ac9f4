"""Reports never replace a file that appeared while they were built, and a report password
that is the vault passphrase give or take case and spaces is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

import pytest
from reliability_support import PASSPHRASE, new_vault, run_cli

from msvlo_desktop.reports.output import ReportWriteError, write_atomically
from msvlo_desktop.services import reports as report_service
from msvlo_desktop.storage.vault import Vault, resembles_passphrase

WHO = ["--recipient", "DI 1150 C. Murray", "--purpose", "file review"]
REF = "KESTREL-0001"


def _disclosures(path: Path) -> list[Any]:
    with Vault.open(path, PASSPHRASE) as vault:
        return [r for r in vault.audit_records() if r.category == "disclosure"]


def test_a_file_that_appears_during_the_write_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"

    def someone_else_writes(stream: BinaryIO, data: bytes) -> None:
        stream.write(data)
        target.write_bytes(b"theirs")

    with pytest.raises(ReportWriteError, match="appeared while the report was being built"):
        write_atomically(target, b"%PDF-ours", writer=someone_else_writes, replace=False)
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_without_replace_a_new_file_is_written_private(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    write_atomically(target, b"%PDF-ours", replace=False)
    assert target.read_bytes() == b"%PDF-ours"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_the_command_never_replaces_a_report_that_appeared_during_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault_path = tmp_path / "officer.msvlo"
    new_vault(vault_path, cases=1, entries=3).close()
    out = tmp_path / "report.pdf"
    real_build = report_service.build_case_report

    def build_then_someone_writes(*args: Any, **kwargs: Any) -> Any:
        result = real_build(*args, **kwargs)
        out.write_bytes(b"written meanwhile")
        return result

    monkeypatch.setattr(report_service, "build_case_report", build_then_someone_writes)
    code, _out, err = run_cli(["report", str(vault_path), REF, "-o", str(out), *WHO], PASSPHRASE)
    assert code == 1
    assert "appeared while the report was being built" in err
    assert err.rstrip().endswith("Nothing was written.")
    assert out.read_bytes() == b"written meanwhile"
    assert _disclosures(vault_path) == []
    # With --force the officer chose to replace it.
    code, _out, err = run_cli(
        ["report", str(vault_path), REF, "-o", str(out), "--force", *WHO], PASSPHRASE
    )
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "password",
    [PASSPHRASE.upper(), PASSPHRASE + " ", " " + PASSPHRASE.title() + "  "],
)
def test_the_vault_passphrase_in_another_case_is_refused_as_report_password(
    tmp_path: Path, password: str
) -> None:
    vault_path = tmp_path / "officer.msvlo"
    new_vault(vault_path, cases=1, entries=1).close()
    out = tmp_path / "report.pdf"
    code, _out, err = run_cli(
        ["report", str(vault_path), REF, "-o", str(out), "--encrypt", *WHO], PASSPHRASE, password
    )
    assert code == 1
    assert "It is the vault passphrase" in err
    assert not out.exists()
    assert _disclosures(vault_path) == []


def test_the_window_refuses_the_same_passwords(tmp_path: Path) -> None:
    with new_vault(tmp_path / "officer.msvlo", cases=0) as vault:
        assert vault.resembles_passphrase(PASSPHRASE.upper() + " ")
        assert not vault.resembles_passphrase(PASSPHRASE + "!")
    assert not resembles_passphrase("   ", "   ")
    assert resembles_passphrase("STRASSE plan", "straße plan")  # full case folding
