"""``msvlo report``: the case report as a PDF, its options, exit codes and messages."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest

from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "kestrel tuesday lantern"
REPORT_PASSWORD = "amber kettle seventeen lanterns"
REF = "KESTREL-0001"
WHO = ["--recipient", "DI 1150 C. Murray", "--purpose", "file review"]
Run = Any  # the run_cli fixture: (args, stdin lines) -> Result(code, out, err)


def _text(pdf: bytes, password: str = "") -> str:
    reader = pypdf.PdfReader(BytesIO(pdf), password=password or None)
    return "\n".join(p.extract_text() for p in reader.pages)


def _disclosures(path: Path) -> list[Any]:
    with Vault.open(path, PASSPHRASE) as v:
        return [r for r in v.audit_records(REF) if r.category == "disclosure"]


def test_report_writes_the_pdf_and_records_the_disclosure(
    filled_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(["report", filled_vault, REF, "-o", out, *WHO], [PASSPHRASE])
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert re.fullmatch(
        rf"Wrote {re.escape(str(out))}: case {REF}, full profile, \d+ pages, \d+ entries\.",
        lines[0],
    )
    head = re.search(r"chain head ([0-9a-f]{64})\.", lines[1])
    assert head is not None
    assert lines[2] == "Recorded in the audit log as a disclosure to DI 1150 C. Murray."
    assert f"msvlo verify {filled_vault} --head {REF} HEAD" in result.err
    text = _text(out.read_bytes())
    assert "OFFICIAL-SENSITIVE" in text
    assert "Nguyễn Thị Hương" in text
    [record] = _disclosures(filled_vault)
    assert record.details["recipient"] == "DI 1150 C. Murray"
    assert record.details["purpose"] == "file review"
    assert record.details["head"] == head.group(1)
    assert record.details["encrypted"] is False
    with Vault.open(filled_vault, PASSPHRASE) as v:
        assert v.find_head(REF, head.group(1)) == v.entry_count(REF)


def test_report_encrypts_with_a_password_read_from_standard_input(
    filled_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(
        ["report", filled_vault, REF, "-o", out, "--encrypt", *WHO],
        [PASSPHRASE, REPORT_PASSWORD],
    )
    assert result.code == 0, result.err
    assert "encrypted with AES-256" in result.out
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password=REPORT_PASSWORD) as pdf:
        assert pdf.encryption.R == 6
        assert pdf.encryption.bits == 256
    assert _disclosures(filled_vault)[-1].details["encrypted"] is True


def test_disclosure_profile_and_period(filled_vault: Path, tmp_path: Path, run_cli: Run) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(
        [
            "report",
            filled_vault,
            REF,
            "-o",
            out,
            "--profile",
            "disclosure",
            "--from",
            "01/07/2026",
            "--to",
            "2026-08-31",
            *WHO,
        ],
        [PASSPHRASE],
    )
    assert result.code == 0, result.err
    assert "disclosure profile" in result.out
    assert "withheld" in result.out
    text = " ".join(_text(out.read_bytes()).split())
    assert "01/07/2026 to 31/08/2026" in text
    assert "sensitive unused material schedule (MG6D)" in text
    details = _disclosures(filled_vault)[-1].details
    assert (details["profile"], details["date_from"], details["date_to"]) == (
        "disclosure",
        "2026-07-01",
        "2026-08-31",
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "A report is a disclosure: say who it is for with --recipient"),
        (["--recipient", "DI Murray"], "A report is a disclosure"),
        (["--recipient", " ", "--purpose", "review"], "A report is a disclosure"),
        ([*WHO, "--from", "2026-13-01"], "--from '2026-13-01' is not a date"),
        ([*WHO, "--from", "2026-09-01", "--to", "2026-08-01"], "--to is before --from"),
        ([*WHO, "--pdfa", "--encrypt"], "--pdfa and --encrypt cannot be used together"),
    ],
)
def test_usage_errors_exit_2_before_asking_anything(
    filled_vault: Path, tmp_path: Path, run_cli: Run, extra: list[str], message: str
) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(["report", filled_vault, REF, "-o", out, *extra], [])
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert result.err_lines[0].startswith(message)
    assert not out.exists()


def test_an_unknown_profile_is_a_usage_error(
    filled_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    result = run_cli(
        ["report", filled_vault, REF, "-o", tmp_path / "r.pdf", "--profile", "all", *WHO], []
    )
    assert result.code == 2
    assert "invalid choice: 'all'" in result.err


def test_the_output_option_is_required(filled_vault: Path, run_cli: Run) -> None:
    result = run_cli(["report", filled_vault, REF, *WHO], [])
    assert result.code == 2
    assert "-o/--output" in result.err


def test_a_wrong_passphrase_exits_3(filled_vault: Path, tmp_path: Path, run_cli: Run) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(["report", filled_vault, REF, "-o", out, *WHO], ["not the passphrase"])
    assert result.code == 3
    assert len(result.err_lines) == 1
    assert not out.exists()


def test_an_unknown_case_exits_1(filled_vault: Path, tmp_path: Path, run_cli: Run) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(["report", filled_vault, "NOPE-9", "-o", out, *WHO], [PASSPHRASE])
    assert result.code == 1
    assert result.err_lines == ["There is no case 'NOPE-9' in this vault."]
    assert not out.exists()


def test_an_existing_file_is_kept_unless_force(
    filled_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"keep me")
    refused = run_cli(["report", filled_vault, REF, "-o", out, *WHO], [PASSPHRASE])
    assert refused.code == 1
    assert refused.err_lines == [f"{out} already exists; choose another name or add --force."]
    assert out.read_bytes() == b"keep me"
    forced = run_cli(["report", filled_vault, REF, "-o", out, "--force", *WHO], [PASSPHRASE])
    assert forced.code == 0, forced.err
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_missing_folder_fails_before_the_passphrase(
    filled_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "nowhere" / "report.pdf"
    result = run_cli(["report", filled_vault, REF, "-o", out, *WHO], [])
    assert result.code == 1
    assert result.err_lines == [f"The folder {out.parent} does not exist."]
    assert _disclosures(filled_vault) == []


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short", "The report password was refused: The password is too short"),
        (PASSPHRASE, "It is the vault passphrase"),
        ("password1234", "most commonly used"),
    ],
)
def test_a_bad_report_password_writes_nothing(
    filled_vault: Path, tmp_path: Path, run_cli: Run, password: str, message: str
) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(
        ["report", filled_vault, REF, "-o", out, "--encrypt", *WHO], [PASSPHRASE, password]
    )
    assert result.code == 1
    assert message in result.err
    assert result.err.rstrip().endswith("Nothing was written.")
    assert not out.exists()
    assert _disclosures(filled_vault) == []


def test_a_missing_report_password_is_a_usage_error(
    filled_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(["report", filled_vault, REF, "-o", out, "--encrypt", *WHO], [PASSPHRASE])
    assert result.code == 2
    assert "No passphrase was given" in result.err
    assert not out.exists()


def test_report_is_listed_in_help(run_cli: Run) -> None:
    result = run_cli(["--help"])
    assert result.code == 0
    assert "report" in result.out
    detail = run_cli(["report", "--help"])
    assert detail.code == 0
    for option in ("--profile", "--from", "--to", "--encrypt", "--recipient", "--purpose"):
        assert option in detail.out


def test_report_writes_an_archivable_pdf(filled_vault: Path, tmp_path: Path, run_cli: Run) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(["report", filled_vault, REF, "-o", out, "--pdfa", *WHO], [PASSPHRASE])
    assert result.code == 0, result.err
    assert result.out.splitlines()[0].endswith(", archivable (PDF/A-2b style).")
    with pikepdf.open(out) as pdf:
        assert not pdf.is_encrypted
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        [intent] = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert intent.DestOutputProfile.N == 3
        assert len(pdf.trailer.ID) == 2
    assert "OFFICIAL-SENSITIVE" in _text(out.read_bytes())
    assert _disclosures(filled_vault)[-1].details["encrypted"] is False
