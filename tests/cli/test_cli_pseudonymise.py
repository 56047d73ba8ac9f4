"""``msvlo report --pseudonymise``: the victim's pseudonym in place of their name throughout
the PDF (read back with pdftotext), recorded as such in the disclosure."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "kestrel tuesday lantern"
REF = "KESTREL-0001"
WHO = ["--recipient", "CPS disclosure officer", "--purpose", "unused material schedule"]


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed (Debian package poppler-utils)")
    out = subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(unicodedata.normalize("NFC", out).split())


def test_report_pseudonymise(filled_vault: Path, tmp_path: Path, run_cli: Any) -> None:
    with Vault.open(filled_vault, PASSPHRASE) as v:
        victim = v.get_case(REF).victim
    out = tmp_path / "copy.pdf"
    args = ["report", filled_vault, REF, "-o", out, "--profile", "disclosure", *WHO]
    result = run_cli([*args, "--pseudonymise"], [PASSPHRASE])
    assert result.code == 0, result.err
    text = _pdftotext(out)
    assert victim.pseudonym in text
    for part in [victim.name, *victim.name.split()]:
        assert part not in text
    with Vault.open(filled_vault, PASSPHRASE) as v:
        [record] = [r for r in v.audit_records(REF) if r.category == "disclosure"]
    assert record.details["pseudonymised"] is True
    # Without the option the name is there (the check above is a real one).
    plain = tmp_path / "plain.pdf"
    assert run_cli(["report", filled_vault, REF, "-o", plain, *WHO], [PASSPHRASE]).code == 0
    assert victim.name in _pdftotext(plain)
