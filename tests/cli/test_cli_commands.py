"""Every ``msvlo`` command end to end, in-process, with passphrases piped on standard input."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from msvlo_desktop.core.bundle import dump_bundle
from msvlo_desktop.services.training import create_training_vault
from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "kestrel tuesday lantern"
NEW = "violin harbour marmalade 42"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
Run = Any  # the run_cli fixture: (args, stdin lines) -> Result(code, out, err)


# ----------------------------------------------------------------------------- init
def test_init_creates_an_encrypted_vault(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "officer.msvlo"
    result = run_cli(
        ["init", path, "--officer", "PC 1234 A. Smith, Example Constabulary"], [PASSPHRASE]
    )
    assert result.code == 0, result.err
    assert f"Created the vault {path}" in result.out
    assert "PC 1234 A. Smith, Example Constabulary" in result.out
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    with Vault.open(path, PASSPHRASE) as v:
        assert (v.officer.collar_number, v.officer.name, v.officer.force) == (
            "PC 1234",
            "A. Smith",
            "Example Constabulary",
        )
        assert not v.is_training


def test_init_refuses_an_existing_file_before_asking(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "taken.msvlo"
    path.write_bytes(b"something precious")
    result = run_cli(["init", path, "--officer", "PC 1 A. B"], [])  # no passphrase needed
    assert result.code == 1
    assert result.err_lines == [f"{path} already exists; a new vault never overwrites a file."]
    assert path.read_bytes() == b"something precious"


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [
        ("short", "too short"),
        ("Password1234!", "commonly used"),
        ("aaaaaaaaaaaaaaaa", "sequence or repetition"),
        ("asmith asmith", "commonly used|your name"),
    ],
)
def test_init_applies_the_passphrase_policy(
    tmp_path: Path, run_cli: Run, passphrase: str, why: str
) -> None:
    path = tmp_path / "weak.msvlo"
    result = run_cli(["init", path, "--officer", "PC 1234 A. Smith"], [passphrase])
    assert result.code == 1
    assert len(result.err_lines) == 1
    assert result.err.startswith("The passphrase was refused:")
    assert any(w in result.err for w in why.split("|"))
    assert not path.exists()


def test_init_needs_an_officer(tmp_path: Path, run_cli: Run) -> None:
    result = run_cli(["init", tmp_path / "v.msvlo"], [PASSPHRASE])
    assert result.code == 2
    assert result.err_lines == [
        "msvlo init: the following arguments are required: --officer (see 'msvlo init --help')"
    ]


# ----------------------------------------------------------------------------- cases
def test_cases_table_and_json(filled_vault: Path, run_cli: Run) -> None:
    table = run_cli(["cases", filled_vault], [PASSPHRASE])
    assert table.code == 0, table.err
    lines = table.out.splitlines()
    assert lines[0].split() == [
        "Reference", "Crime", "ref", "Victim", "Child", "Enhanced", "Status", "Opened",
        "Entries", "Last", "entry", "(London)",
    ]  # fmt: skip
    assert set(lines[1]) <= {"-", " "}
    kestrel = next(line for line in lines if line.startswith("KESTREL-0001"))
    assert "Nguyễn Thị Hương (V1)" in kestrel and "yes (age disputed)" in kestrel
    assert "open" in kestrel
    heron = next(line for line in lines if line.startswith("HERON-0002"))
    assert "closed" in heron
    # Dates the UK way: dd/mm/yyyy.
    assert any(len(w) == 10 and w[2] == "/" and w[5] == "/" for w in kestrel.split())
    # Columns line up: every row's "Status" column starts where the header's does.
    col = lines[0].index("Status")
    assert kestrel[col:].startswith("open") and heron[col:].startswith("closed")
    assert lines[-1] == "2 cases (1 closed)."

    result = run_cli(["cases", filled_vault, "--json"], [PASSPHRASE])
    assert result.code == 0
    data = json.loads(result.out)
    assert [c["reference"] for c in data] == ["HERON-0002", "KESTREL-0001"]
    assert set(data[0]) == {
        "reference", "crime_reference", "victim_name", "pseudonym", "is_child", "age_disputed",
        "enhanced_rights", "status", "opened_on", "entry_count", "last_occurred_at",
    }  # fmt: skip
    assert data[1]["victim_name"] == "Nguyễn Thị Hương"
    assert "Nguyễn Thị Hương" in result.out  # not \\u escapes
    assert data[1]["is_child"] is True and data[0]["status"] == "closed"
    assert data[1]["last_occurred_at"].endswith("+00:00")
    with Vault.open(filled_vault, PASSPHRASE) as v:
        assert [r.action for r in v.audit_records()].count("case list read") == 2


def test_cases_on_an_empty_vault(new_vault: Path, run_cli: Run) -> None:
    assert run_cli(["cases", new_vault], [PASSPHRASE]).out == "The vault has no cases.\n"
    assert json.loads(run_cli(["cases", new_vault, "--json"], [PASSPHRASE]).out) == []


# ----------------------------------------------------------------------------- bundles
PLAIN = ("--recipient", "DS R. Patel", "--purpose", "file build", "--plain")


def test_export_then_import_into_another_vault(
    filled_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "handover.json"
    result = run_cli(
        [
            "export-bundle",
            filled_vault,
            "KESTREL-0001",
            "-o",
            out,
            "--recipient",
            "DS R. Patel",
            "--purpose",
            "handover",
            "--plain",
        ],
        [PASSPHRASE],
    )
    assert result.code == 0, result.err
    doc = json.loads(out.read_text(encoding="utf-8"))
    head = doc["case"]["integrity"]["head"]
    assert f"chain head {head}" in result.out
    assert out.stat().st_mode & 0o077 == 0
    assert not list(tmp_path.glob(".*.partial"))

    # The filled vault is a training vault: its bundles go into training vaults only.
    new_vault = tmp_path / "other-training.msvlo"
    with create_training_vault(new_vault, PASSPHRASE, now=NOW, cases=0):
        pass
    imported = run_cli(["import", new_vault, out], [PASSPHRASE])
    assert imported.code == 0, imported.err
    assert imported.out.splitlines()[0] == "KESTREL-0001"
    assert head in imported.err
    with Vault.open(new_vault, PASSPHRASE) as v, Vault.open(filled_vault, PASSPHRASE) as a:
        assert v.chain_head("KESTREL-0001") == a.chain_head("KESTREL-0001")
        signed = {k: doc[k] for k in doc if k not in ("origin", "signature")}
        assert v.export_bundle("KESTREL-0001") == signed
        disclosures = [r for r in a.audit_records() if r.category == "disclosure"]
        assert disclosures[-1].details["recipient"] == "DS R. Patel"
        assert [r.action for r in v.audit_records()][-2:] == [
            "case imported",
            "case bundle exported",
        ]

    again = run_cli(["import", new_vault, out], [PASSPHRASE])
    assert again.code == 1
    assert again.err_lines[-1:] == [
        "A case 'KESTREL-0001' already exists in this vault; nothing was imported."
    ]


def test_export_refuses_to_overwrite_without_force(
    filled_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "existing.json"
    out.write_text("keep me")
    result = run_cli(["export-bundle", filled_vault, "HERON-0002", "-o", out, *PLAIN], [PASSPHRASE])
    assert result.code == 1
    assert result.err_lines == [f"{out} already exists; choose another name or add --force."]
    assert out.read_text() == "keep me"
    with Vault.open(filled_vault, PASSPHRASE) as v:  # nothing disclosed, so nothing recorded
        assert not [r for r in v.audit_records() if r.category == "disclosure"]
    forced = run_cli(
        ["export-bundle", filled_vault, "HERON-0002", "-o", out, "--force", *PLAIN], [PASSPHRASE]
    )
    assert forced.code == 0, forced.err
    assert json.loads(out.read_text())["case"]["reference"] == "HERON-0002"


def test_export_of_an_unknown_case(filled_vault: Path, tmp_path: Path, run_cli: Run) -> None:
    result = run_cli(
        ["export-bundle", filled_vault, "NOPE-1", "-o", tmp_path / "x.json", *PLAIN], [PASSPHRASE]
    )
    assert result.code == 1
    assert result.err_lines == ["There is no case 'NOPE-1' in this vault."]
    assert not (tmp_path / "x.json").exists()


def test_an_invalid_bundle_lists_every_problem_and_writes_nothing(
    filled_vault: Path, new_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    with Vault.open(filled_vault, PASSPHRASE) as v:
        doc = v.export_bundle("KESTREL-0001")
    doc["case"]["victim"]["name"] = 42
    doc["case"]["colour"] = "red"
    provision = next(i for i, e in enumerate(doc["case"]["log"]) if e["type"] == "provision")
    doc["case"]["log"][provision]["value_gbp"] = 7.8
    bad = tmp_path / "bad.json"
    bad.write_bytes(dump_bundle(doc))
    before = new_vault.read_bytes()
    result = run_cli(["import", new_vault, bad], [PASSPHRASE])
    assert result.code == 1
    lines = result.err_lines
    assert lines[0] == "bad.json is not a valid case bundle (3 problems); nothing was imported."
    assert sorted(line.split(":")[0].strip() for line in lines[1:]) == sorted(
        ["case.colour", "case.victim.name", f"case.log[{provision}].value_gbp"]
    )
    assert result.out == ""
    with Vault.open(new_vault, PASSPHRASE) as v:
        assert v.list_cases() == []
        assert [r.action for r in v.audit_records()] == ["vault created"]
    assert before  # the file is still there


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"format": "msvlo-case-bundle", "version": NaN}', "NaN is not allowed"),
        (b"\xff\xfe\x00", "not valid UTF-8"),
    ],
)
def test_a_broken_file_is_one_line(
    new_vault: Path, tmp_path: Path, run_cli: Run, content: bytes, message: str
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_bytes(content)
    result = run_cli(["import", new_vault, bad], [PASSPHRASE])
    assert result.code == 1
    assert (
        result.err_lines[0]
        == "broken.json is not a valid case bundle (1 problem); nothing was imported."
    )
    assert message in result.err_lines[1]


def test_import_of_a_missing_file(new_vault: Path, tmp_path: Path, run_cli: Run) -> None:
    result = run_cli(["import", new_vault, tmp_path / "none.json"], [PASSPHRASE])
    assert result.code == 1
    assert result.err_lines == [f"There is no file {tmp_path / 'none.json'}."]


# ----------------------------------------------------------------------------- verify
def test_verify_ok_and_head_lookup(filled_vault: Path, run_cli: Run) -> None:
    result = run_cli(["verify", filled_vault], [PASSPHRASE])
    assert (result.code, result.out) == (0, "OK\n")
    with Vault.open(filled_vault, PASSPHRASE) as v:
        entries = v.entries("KESTREL-0001")
        before = filled_vault.read_bytes()
    middle = entries[9]
    found = run_cli(
        ["verify", filled_vault, "--head", "KESTREL-0001", middle.hash.upper()], [PASSPHRASE]
    )
    assert found.code == 0, found.err
    assert found.out.splitlines()[0] == "OK"
    assert f"is entry 10 of {len(entries)} in case KESTREL-0001" in found.out
    assert f"{len(entries) - 10} entries were recorded after it" in found.out
    last = run_cli(
        ["verify", filled_vault, "--head", "KESTREL-0001", entries[-1].hash], [PASSPHRASE]
    )
    assert "which is the whole log" in last.out
    other = run_cli(["verify", filled_vault, "--head", "HERON-0002", middle.hash], [PASSPHRASE])
    assert other.code == 1
    assert "is NOT part of case HERON-0002's chain" in other.out
    bad = run_cli(["verify", filled_vault, "--head", "KESTREL-0001", "abc"], [PASSPHRASE])
    assert bad.code == 2 and len(bad.err_lines) == 1
    missing = run_cli(["verify", filled_vault, "--head", "NOPE", middle.hash], [PASSPHRASE])
    assert missing.code == 1 and missing.err_lines == ["There is no case 'NOPE' in this vault."]
    # Verifying writes nothing (beyond what opening does to the lock file).
    assert filled_vault.read_bytes() == before


def test_verify_names_the_first_broken_entry(filled_vault: Path, run_cli: Run) -> None:
    with Vault.open(filled_vault, PASSPHRASE) as v:
        target = v.entries("HERON-0002")[4]
        v.conn.execute("DROP TRIGGER entries_no_update")
        v.conn.execute(
            "UPDATE entries SET author = 'PC 9999 Someone Else' WHERE entry_id = ?", (target.id,)
        )
    result = run_cli(["verify", filled_vault], [PASSPHRASE])
    assert result.code == 1
    first = result.out.splitlines()[0]
    assert first == (
        f"FAILED: case HERON-0002: entry 5 ({target.id}) has been altered since it was recorded"
    )
    assert result.err == ""


# ----------------------------------------------------------------------------- rekey, backup
def test_rekey_from_a_pipe(filled_vault: Path, run_cli: Run) -> None:
    result = run_cli(["rekey", filled_vault], [PASSPHRASE, NEW])
    assert result.code == 0, result.err
    assert "has been changed" in result.out
    old = run_cli(["cases", filled_vault], [PASSPHRASE])
    assert old.code == 3
    new = run_cli(["verify", filled_vault], [NEW])
    assert (new.code, new.out) == (0, "OK\n")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([PASSPHRASE, PASSPHRASE], "the same as the current one"),
        ([PASSPHRASE, "short"], "too short"),
        ([PASSPHRASE], "No passphrase was given"),
    ],
)
def test_rekey_refusals_change_nothing(
    filled_vault: Path, run_cli: Run, lines: list[str], message: str
) -> None:
    before = filled_vault.read_bytes()
    result = run_cli(["rekey", filled_vault], lines)
    assert result.code in (1, 2)
    assert message in result.err and len(result.err_lines) == 1
    assert filled_vault.read_bytes() == before
    assert not list(filled_vault.parent.glob("*.partial"))


def test_backup_then_verify_the_copy(filled_vault: Path, tmp_path: Path, run_cli: Run) -> None:
    dest = tmp_path / "backup.msvlo"
    result = run_cli(["backup", filled_vault, dest], [PASSPHRASE])
    assert result.code == 0, result.err
    assert result.out == f"Wrote the backup {dest}.\n"
    assert run_cli(["verify", dest], [PASSPHRASE]).out == "OK\n"
    again = run_cli(["backup", filled_vault, dest], [PASSPHRASE])
    assert again.code == 1 and "already exists" in again.err
    folder = tmp_path / "backups"
    folder.mkdir()
    into = run_cli(["backup", filled_vault, folder], [PASSPHRASE])
    assert into.code == 0 and len(list(folder.glob("*.msvlo"))) == 1


# ----------------------------------------------------------------------------- audit
def test_audit_table_and_json(filled_vault: Path, tmp_path: Path, run_cli: Run) -> None:
    run_cli(
        [
            "export-bundle",
            filled_vault,
            "HERON-0002",
            "-o",
            tmp_path / "b.json",
            "--purpose",
            "CPS file",
            "--recipient",
            "CPS",
            "--plain",
        ],
        [PASSPHRASE],
    )
    table = run_cli(["audit", filled_vault], [PASSPHRASE])
    assert table.code == 0
    header = table.out.splitlines()[0].split()
    assert header[:4] == ["#", "When", "(London)", "Category"]
    assert "case bundle exported" in table.out and "purpose=CPS file" in table.out
    data = json.loads(run_cli(["audit", filled_vault, "--json"], [PASSPHRASE]).out)
    assert data[0]["action"] == "vault created" and data[0]["seq"] == 1
    assert set(data[0]) == {"seq", "at", "actor", "category", "action", "case", "details"}
    exported = [r for r in data if r["action"] == "case bundle exported"]
    assert exported[0]["details"]["purpose"] == "CPS file"
    only = json.loads(
        run_cli(["audit", filled_vault, "--json", "--case", "HERON-0002"], [PASSPHRASE]).out
    )
    assert only and {r["case"] for r in only} == {"HERON-0002"}
    none = run_cli(["audit", filled_vault, "--case", "NOPE-1"], [PASSPHRASE])
    assert none.out == "The audit log has no records about case NOPE-1.\n"


# ----------------------------------------------------------------------------- demo
def test_demo_makes_a_training_vault(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "training.msvlo"
    result = run_cli(["demo", path, "--cases", "1", "--seed", "5"], [PASSPHRASE])
    assert result.code == 0, result.err
    assert "1 fictional case," in result.out and "DC 4521 J. Okafor" in result.out
    with Vault.open(path, PASSPHRASE) as v:
        assert v.is_training and len(v.list_cases()) == 1 and v.verify().ok
    again = run_cli(["demo", path], [PASSPHRASE])
    assert again.code == 1 and "already exists" in again.err
    bad = run_cli(["demo", tmp_path / "x.msvlo", "--cases", "0"], [PASSPHRASE])
    assert bad.code == 2 and bad.err_lines == ["--cases must be between 1 and 500."]
    assert not (tmp_path / "x.msvlo").exists()


def test_plain_sqlite_is_not_a_vault(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "plain.msvlo"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    result = run_cli(["cases", path], [])  # refused before any passphrase is asked
    assert result.code == 3
    assert len(result.err_lines) == 1 and "unencrypted SQLite database" in result.err


def test_an_older_copy_is_warned_about_but_still_opens(filled_vault: Path, run_cli: Run) -> None:
    older = filled_vault.read_bytes()
    with Vault.open(filled_vault, PASSPHRASE) as v:
        v.add_entry(
            "KESTREL-0001",
            {"type": "note", "occurred_at": "2026-11-20T10:00:00+00:00", "summary": "Later."},
        )
    filled_vault.write_bytes(older)  # an old copy put in the vault's place
    result = run_cli(["cases", filled_vault, "--json"], [PASSPHRASE])
    assert result.code == 0
    assert len(json.loads(result.out)) == 2
    assert result.err_lines[0].startswith("Warning: ")
