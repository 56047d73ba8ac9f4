"""``msvlo compliance`` and ``msvlo compliance-merge``: the hand-built vault's return
(tests/services/test_compliance_samples.py), two officers merged exactly, refusals that
write nothing, and the force-level version."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from services.test_compliance_samples import (
    EXPECTED_CASES,
    EXPECTED_LATE,
    EXPECTED_OBLIGATIONS,
    EXPECTED_REASONS,
    FIRST,
    LAST,
    MADE_AT,
    SECRETS,
    build_officer_vault,
    build_small_vault,
)
from shared_fixtures import PASSPHRASE, FakeClock

from msvlo_desktop.services.compliance_signing import ReturnSigner, sign_return
from msvlo_desktop.storage.vault import Officer, Vault

Run = Any  # the run_cli fixture


@pytest.fixture(autouse=True)
def _made_at(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every vault the command opens reads the clock as Friday 20 November 2026, 12:00."""
    original = Vault.open

    def opened(cls: type[Vault], /, path: Path, passphrase: str, **kwargs: Any) -> Vault:
        vault = original(path, passphrase, **kwargs)
        vault.clock = FakeClock(MADE_AT)
        return vault

    monkeypatch.setattr(Vault, "open", classmethod(opened))


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV

    folder = tmp_path_factory.mktemp("compliance-vaults")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        (folder / "a").mkdir()
        (folder / "b").mkdir()
        return {
            "okafor": build_officer_vault(folder / "a"),
            "ahmed": build_small_vault(folder / "b", Officer("S. Ahmed", "PC 5120", "Example")),
        }


@pytest.fixture
def vaults(templates: dict[str, Path], tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, path in templates.items():
        out[name] = tmp_path / f"{name}.msvlo"
        shutil.copyfile(path, out[name])
    return out


Make = Callable[..., Path]


@pytest.fixture
def make_return(vaults: dict[str, Path], tmp_path: Path, run_cli: Run) -> Make:
    def make(name: str, first: str = FIRST, last: str = LAST) -> Path:
        out = tmp_path / f"{name}-{first}-{last}.json"
        result = run_cli(
            ["compliance", vaults[name], "--from", first, "--to", last, "-o", out],
            stdin=[PASSPHRASE],
        )
        assert result.code == 0, result.err
        return out

    return make


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_the_return_and_its_pdf(vaults: dict[str, Path], tmp_path: Path, run_cli: Run) -> None:
    out, pdf = tmp_path / "return.json", tmp_path / "return.pdf"
    args = ["compliance", vaults["okafor"], "--from", FIRST, "--to", LAST, "-o", out]
    result = run_cli([*args, "--pdf", pdf], stdin=[PASSPHRASE])
    assert result.code == 0, result.err
    assert f"Wrote {out}: 11 Victims' Code obligations due 2026-11-02 to 2026-11-13" in result.out
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["cases"] == EXPECTED_CASES
    assert doc["obligations"] == EXPECTED_OBLIGATIONS
    assert doc["late_by_working_days"] == EXPECTED_LATE
    assert doc["late_reasons"] == EXPECTED_REASONS
    assert doc["generated_at"] == MADE_AT.isoformat()
    # Signed by the vault's key, as its bundles are: the fingerprint msvlo fingerprint prints.
    printed = run_cli(["fingerprint", vaults["okafor"]], stdin=[PASSPHRASE])
    assert printed.out.splitlines()[-1].strip() == doc["vault"]
    text = out.read_text(encoding="utf-8") + _pdf_text(pdf)
    for secret in SECRETS:
        assert secret not in text, secret
    # An existing file is refused before the passphrase is asked for.
    again = run_cli(args, stdin=[])
    assert again.code == 1
    assert "already exists" in again.err
    assert run_cli([*args, "--force"], stdin=[PASSPHRASE]).code == 0


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        ("2026-11-31", LAST, "--from: "),
        (FIRST, "next week", "--to: "),
        (LAST, FIRST, "--to: The period ends (2026-11-02) before it starts"),
    ],
)
def test_a_bad_period_is_a_usage_error(
    vaults: dict[str, Path], tmp_path: Path, run_cli: Run, first: str, last: str, words: str
) -> None:
    out = tmp_path / "r.json"
    args = ["compliance", vaults["okafor"], "--from", first, "--to", last, "-o", out]
    result = run_cli(args, stdin=[PASSPHRASE])
    assert result.code == 2
    assert result.err_lines[0].startswith(words)
    assert not out.exists()


def test_a_wrong_passphrase_writes_nothing(
    vaults: dict[str, Path], tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "r.json"
    args = ["compliance", vaults["okafor"], "--from", FIRST, "--to", LAST, "-o", out]
    assert run_cli(args, stdin=["not the passphrase"]).code == 3
    assert not out.exists()


def _sum(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    return {k: _sum(a[k], b[k]) if isinstance(a[k], dict) else a[k] + b[k] for k in a}


def test_two_officers_sum_exactly(make_return: Make, tmp_path: Path, run_cli: Run) -> None:
    first, second = make_return("okafor"), make_return("ahmed")
    out, pdf = tmp_path / "team.json", tmp_path / "team.pdf"
    result = run_cli(["compliance-merge", first, second, "-o", out, "--pdf", pdf])
    assert result.code == 0, result.err
    assert "2 returns for 2026-11-02 to 2026-11-13, every signature checked" in result.out
    team = json.loads(out.read_text(encoding="utf-8"))
    a = json.loads(first.read_text(encoding="utf-8"))
    b = json.loads(second.read_text(encoding="utf-8"))
    assert team["format"] == "msvlo-compliance-team"
    assert team["period"] == {"from": FIRST, "to": LAST}
    assert [r["officer"] for r in team["returns"]] == [
        "PC 4471 R. Okafor, Example Constabulary",
        "PC 5120 S. Ahmed, Example",
    ]
    assert [r["vault"] for r in team["returns"]] == [a["vault"], b["vault"]]
    total = team["total"]
    # The second officer's return, worked by hand: one open case with enhanced rights, one
    # update met late by under a working day, no category.
    assert b["cases"] == {"open": 1, "closed": 0, "child": 0, "enhanced_rights": 1}
    assert b["obligations"]["victims_code_update"]["met_late"] == 1
    assert total["cases"] == {"open": 5, "closed": 1, "child": 1, "enhanced_rights": 5}
    assert total["obligations"]["victims_code_update"] == {
        "met_on_time": 3,
        "met_late": 3,
        "due": 0,
        "overdue": 2,
        "not_applicable": 1,
    }
    assert total["late_by_working_days"]["victims_code_update"] == {"1": 2, "2": 0, "3+": 1}
    assert total["late_reasons"]["victims_code_update"]["not_recorded"] == 1
    for group in ("obligations", "late_by_working_days", "late_reasons"):
        assert total[group] == _sum(a[group], b[group])
    text = _pdf_text(pdf)
    assert "PC 4471 R. Okafor" in text and "PC 5120 S. Ahmed" in text and "Total" in text
    for secret in (*SECRETS, "Second Victim", "V-GOLF", "HERON-0001"):
        assert secret not in text + out.read_text(encoding="utf-8"), secret


def _refused(run_cli: Run, tmp_path: Path, *returns: Path) -> str:
    out, pdf = tmp_path / "team.json", tmp_path / "team.pdf"
    result = run_cli(["compliance-merge", *returns, "-o", out, "--pdf", pdf])
    assert result.code == 1
    assert not out.exists() and not pdf.exists()
    assert "Traceback" not in result.err and "Unexpected" not in result.err
    return str(result.err)


def test_the_same_vault_twice_is_refused(make_return: Make, tmp_path: Path, run_cli: Run) -> None:
    first = make_return("okafor")
    copy = tmp_path / "copy.json"
    shutil.copyfile(first, copy)
    err = _refused(run_cli, tmp_path, first, copy)
    assert "come from the same vault" in err
    assert _refused(run_cli, tmp_path, first, make_return("ahmed"), first)


def test_a_tampered_return_is_refused(make_return: Make, tmp_path: Path, run_cli: Run) -> None:
    first, second = make_return("okafor"), make_return("ahmed")
    doc = json.loads(second.read_text(encoding="utf-8"))
    doc["obligations"]["victims_code_update"]["met_late"] = 0
    doc["obligations"]["victims_code_update"]["met_on_time"] = 1
    doc["late_by_working_days"]["victims_code_update"]["1"] = 0
    doc["late_reasons"]["victims_code_update"]["not_recorded"] = 0
    second.write_text(json.dumps(doc), encoding="utf-8")
    err = _refused(run_cli, tmp_path, first, second)
    assert "signature" in err and second.name in err
    # Counts that do not add up are named before the signature is checked.
    doc["obligations"]["victims_code_update"]["met_late"] = 5
    second.write_text(json.dumps(doc), encoding="utf-8")
    err = _refused(run_cli, tmp_path, first, second)
    assert "does not add up to the obligations met late" in err


def test_a_different_period_is_refused(make_return: Make, tmp_path: Path, run_cli: Run) -> None:
    first = make_return("okafor")
    other = make_return("ahmed", "2026-11-01", LAST)
    err = _refused(run_cli, tmp_path, first, other)
    assert "2026-11-01 to 2026-11-13" in err and "2026-11-02 to 2026-11-13" in err


def test_a_different_rules_version_is_refused(
    make_return: Make, tmp_path: Path, run_cli: Run
) -> None:
    first = make_return("okafor")
    doc = json.loads(make_return("ahmed").read_text(encoding="utf-8"))
    key = Ed25519PrivateKey.generate()
    signer = ReturnSigner(key.sign, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    resigned = sign_return({**doc, "rules_version": "victims-code-2026.000000000000"}, signer)
    other = tmp_path / "other-rules.json"
    other.write_text(json.dumps(resigned), encoding="utf-8")
    err = _refused(run_cli, tmp_path, first, other)
    assert "rules version" in err


@pytest.mark.parametrize(
    "content", [b"not json", b"{}", b'{"format": "msvlo-case-bundle", "version": 1}', b"[]"]
)
def test_what_is_not_a_return_is_refused(
    make_return: Make, tmp_path: Path, run_cli: Run, content: bytes
) -> None:
    other = tmp_path / "other.json"
    other.write_bytes(content)
    err = _refused(run_cli, tmp_path, make_return("okafor"), other)
    assert "other.json" in err


def test_for_the_pcc(make_return: Make, tmp_path: Path, run_cli: Run) -> None:
    first, second = make_return("okafor"), make_return("ahmed")
    out, pdf = tmp_path / "force.json", tmp_path / "force.pdf"
    result = run_cli(["compliance-merge", first, second, "-o", out, "--pdf", pdf, "--for-pcc"])
    assert result.code == 0, result.err
    force = json.loads(out.read_text(encoding="utf-8"))
    assert force["format"] == "msvlo-compliance-force"
    assert force["returns"] == 2
    assert "Okafor" not in out.read_text(encoding="utf-8")
    assert force["disclosure_control"]["suppressed_below"] == 5
    total = force["total"]
    # Exact: all cases 6 (open 5, closed 1, not published), child 1, enhanced 5.
    assert total["cases"] == {"total": 5, "child": None, "enhanced_rights": 5}
    # Exact: on time 3, late 3, due 0, overdue 2, not applicable 1; 9 in all.
    assert total["obligations"]["victims_code_update"] == {
        "met_on_time": None,
        "met_late": None,
        "due": 0,
        "overdue": None,
        "not_applicable": None,
        "total": 10,
    }
    text = _pdf_text(pdf)
    assert "Okafor" not in text and "Ahmed" not in text
    assert "<5" in text
