"""Append-only tables and tamper evidence: the database refuses edits, and an edit made by
going round the database's own guard is found by verify, naming the first broken entry."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from storage_samples import add_sample_case

from msvlo_desktop.core.chain import link_hash
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Officer, Vault

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault with the sample case, made once; each test tampers with its own copy."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.msvlo"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        with Vault.create(
            path, PASSPHRASE, Officer("A. Smith", "PC 1234", "Example"), clock=lambda: NOW
        ) as v:
            add_sample_case(v)
    return path


@pytest.fixture
def copy(template: Path, tmp_path: Path) -> Iterator[Vault]:
    path = tmp_path / "copy.msvlo"
    shutil.copyfile(template, path)
    with Vault.open(path, PASSPHRASE) as v:
        yield v


@pytest.fixture
def sample(copy: Vault) -> list[Entry]:
    return copy.entries("KESTREL-0042")


def test_the_database_refuses_edits(copy: Vault, sample: list[Entry]) -> None:
    for sql in (
        "UPDATE entries SET author = 'someone else'",
        "DELETE FROM entries WHERE seq = 1",
        "UPDATE audit SET actor = 'someone else'",
        "DELETE FROM audit",
        "UPDATE case_revisions SET reason = 'changed'",
        "DELETE FROM case_revisions",
    ):
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            copy.conn.execute(sql)
    assert [e.to_json() for e in copy.entries("KESTREL-0042")] == [e.to_json() for e in sample]
    assert copy.verify().ok


class Raw:
    """What someone with the passphrase and a SQLite tool could do to the file: the vault's
    own connection with the append-only triggers dropped."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        for table in ("entries", "audit", "case_revisions"):
            for what in ("update", "delete"):
                self.conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_{what}")

    def row(self, seq: int) -> tuple:
        return self.conn.execute(
            "SELECT id, seq, entry_id, data, prev_hash, hash FROM entries WHERE seq = ?", (seq,)
        ).fetchone()


@pytest.fixture
def raw(copy: Vault) -> Raw:
    return Raw(copy.conn)


def _check(v: Vault) -> tuple[bool, Any, tuple[str, ...]]:
    result = v.verify()
    return result.ok, result.first_break, result.problems


def test_a_separate_connection_that_drops_the_guard_is_caught(
    template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "separate.msvlo"
    shutil.copyfile(template, path)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("DROP TRIGGER entries_no_update")
    rowid, data, entry_id = conn.execute(
        "SELECT id, data, entry_id FROM entries WHERE seq = 5"
    ).fetchone()
    flipped = data.replace("NRM-2026-00042", "NRM-2026-00043")  # one byte
    assert len(flipped) == len(data) and flipped != data
    conn.execute("UPDATE entries SET data = ? WHERE id = ?", (flipped, rowid))
    conn.close()
    with Vault.open(path, PASSPHRASE) as v:
        ok, first, _ = _check(v)
    assert not ok and first.seq == 5 and first.entry_id == entry_id


def test_an_untouched_vault_verifies(raw: Raw, copy: Vault) -> None:
    ok, first, problems = _check(copy)
    assert ok and first is None and problems == ()


def test_one_flipped_byte_is_found_and_named(raw: Raw, copy: Vault, sample: list[Entry]) -> None:
    rowid, _, entry_id, data, _, _ = raw.row(3)
    # Still valid JSON and a valid event, so only the chain can notice.
    flipped = data.replace('"arrest"', '"charged"')
    assert flipped != data and len(flipped) != 0
    raw.conn.execute("UPDATE entries SET data = ? WHERE id = ?", (flipped, rowid))
    ok, first, problems = _check(copy)
    assert not ok
    assert first.seq == 3 and first.entry_id == sample[2].id == entry_id
    assert "altered" in first.reason
    assert problems[0] == str(first)


def test_a_single_byte_in_a_summary_is_found(raw: Raw, copy: Vault) -> None:
    rowid, _, entry_id, data, _, _ = raw.row(1)
    i = data.index("First meeting")
    flipped = data[:i] + "f" + data[i + 1 :]  # one byte: F -> f
    assert len(flipped.encode()) == len(data.encode())
    raw.conn.execute("UPDATE entries SET data = ? WHERE id = ?", (flipped, rowid))
    ok, first, _ = _check(copy)
    assert not ok and first.seq == 1 and first.entry_id == entry_id


def test_a_deleted_entry_is_found(raw: Raw, copy: Vault, sample: list[Entry]) -> None:
    raw.conn.execute("DELETE FROM entries WHERE seq = 2")
    ok, first, _ = _check(copy)
    assert not ok
    assert first.seq == 2 and "missing" in first.reason


def test_a_deleted_last_entry_is_found(raw: Raw, copy: Vault, sample: list[Entry]) -> None:
    raw.conn.execute("DELETE FROM entries WHERE seq = 7")
    ok, first, problems = _check(copy)
    assert not ok and "removed" in first.reason, problems


def test_an_inserted_entry_is_found(raw: Raw, copy: Vault, sample: list[Entry]) -> None:
    # Make room at position 3 and put a forged entry there, with a hash that links it.
    raw.conn.execute("UPDATE entries SET seq = seq + 100 WHERE seq >= 3")
    raw.conn.execute("UPDATE entries SET seq = seq - 99 WHERE seq >= 100")
    _, _, _, _, _, prev = raw.row(2)
    forged = {"summary": "Forged note."}
    entry_json = {
        "id": "forged",
        "type": "note",
        "occurred_at": "2026-03-03T09:00:00+00:00",
        "recorded_at": "2026-03-03T09:00:00+00:00",
        "author": "PC 1234 A. Smith, Example",
        "sensitive": False,
        **forged,
    }
    h = link_hash("KESTREL-0042", 3, prev, entry_json)
    raw.conn.execute(
        "INSERT INTO entries (case_id, seq, entry_id, type, occurred_at, recorded_at, author,"
        " sensitive, data, prev_hash, hash) VALUES (1, 3, 'forged', 'note', ?, ?, ?, 0, ?, ?, ?)",
        (
            entry_json["occurred_at"],
            entry_json["recorded_at"],
            entry_json["author"],
            json.dumps(forged),
            prev,
            h,
        ),
    )
    ok, first, _ = _check(copy)
    assert not ok
    # The forged entry links correctly; the one after it no longer does.
    assert first.seq == 4 and first.entry_id == sample[2].id


def test_reordered_entries_are_found(raw: Raw, copy: Vault, sample: list[Entry]) -> None:
    raw.conn.execute("UPDATE entries SET seq = 100 WHERE seq = 2")
    raw.conn.execute("UPDATE entries SET seq = 2 WHERE seq = 3")
    raw.conn.execute("UPDATE entries SET seq = 3 WHERE seq = 100")
    ok, first, _ = _check(copy)
    assert not ok
    assert first.seq == 2 and first.entry_id == sample[2].id


def test_an_edited_audit_record_is_found(raw: Raw, copy: Vault) -> None:
    raw.conn.execute("UPDATE audit SET actor = 'someone else' WHERE id = 2")
    ok, first, problems = _check(copy)
    assert not ok and first is None
    assert any("audit record 2" in p for p in problems)


def test_an_edited_case_record_is_found(raw: Raw, copy: Vault) -> None:
    header = raw.conn.execute("SELECT header FROM cases").fetchone()[0]
    raw.conn.execute("UPDATE cases SET header = ?", (header.replace("Hương", "Huong"),))
    ok, _, problems = _check(copy)
    assert not ok
    assert any("differs from its audited version" in p for p in problems)
