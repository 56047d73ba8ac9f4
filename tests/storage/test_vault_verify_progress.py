"""Verification in four parts, each reporting progress and each able to stop: a stopped check
is never "ok", and the page check made here gives SQLCipher's own answers."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3
from storage_samples import add_sample_case, header

from msvlo_desktop.core.values import iso
from msvlo_desktop.storage import integrity
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault, VerifyResult
from tests.shared_fixtures import PASSPHRASE

PARTS = [integrity.PAGES, integrity.STRUCTURE, integrity.CASES, integrity.AUDIT]


@pytest.fixture
def filled(vault: Vault) -> Vault:
    add_sample_case(vault)
    start = vault.clock() - timedelta(days=20)
    for n, ref in enumerate(("HERON-0002", "OSPREY-0003", "PLOVER-0004")):
        vault.add_case(header(ref, "Ana Popescu"))
        vault.add_entries(
            ref,
            [
                {
                    "type": "interaction",
                    "mode": "phone",
                    "summary": f"Welfare call {i} of case {n}: no new concerns.",
                    "occurred_at": iso(start + timedelta(hours=i)),
                }
                for i in range(40)
            ],
        )
    # Into the file itself, as after a while in use (the page check reads the file; what is
    # still in the write-ahead log is authenticated as SQLite reads it).
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return vault


@pytest.fixture
def fine_grained(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every part reports often on a small vault, as it does on a large one."""
    monkeypatch.setattr(integrity, "_CHUNK_PAGES", 2)
    monkeypatch.setattr(integrity, "_OPS_PER_CALL", 200)
    monkeypatch.setattr(integrity, "_AUDIT_ROWS_PER_REPORT", 1)
    monkeypatch.setattr(integrity, "_REPORT_EVERY_S", 0.0)


def test_progress_moves_through_every_part_to_the_end(filled: Vault, fine_grained: None) -> None:
    seen: list[tuple[int, int]] = []
    result = filled.verify(progress=lambda d, t: seen.append((d, t)) or True)
    assert result.ok and not result.cancelled
    assert result.cases == 4 and result.entries == 127
    assert {t for _, t in seen} == {integrity.VERIFY_TOTAL}
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert done[-1] == integrity.VERIFY_TOTAL
    ends = [*PARTS[1:], integrity.VERIFY_TOTAL]
    for start, end in zip(PARTS, ends, strict=True):
        inside = [d for d in done if start < d < end]
        assert len(inside) >= 2, f"the part from {start} to {end} reported {inside}"


@pytest.mark.parametrize("part", PARTS)
def test_cancel_stops_in_every_part(filled: Vault, fine_grained: None, part: int) -> None:
    seen: list[int] = []

    def cancel_inside(done: int, total: int) -> bool:
        seen.append(done)
        return not done > part

    result = filled.verify(progress=cancel_inside)
    assert result.cancelled
    assert not result.ok
    assert result.problems == ("verification cancelled before the whole vault was checked",)
    # It stopped in that part: nothing after the first report inside it.
    following = next(p for p in [*PARTS, integrity.VERIFY_TOTAL] if p > part)
    assert seen[-1] < following
    assert [d for d in seen if d > part] == [seen[-1]]
    if part < integrity.CASES:
        assert result.cases == 0
    elif part == integrity.CASES:
        assert 0 < result.cases < 4


def test_a_stopped_check_is_never_ok() -> None:
    assert VerifyResult((), None, 0, 0).ok
    assert not VerifyResult((), None, 0, 0, cancelled=True).ok


def test_the_check_leaves_the_connection_without_its_progress_handler(
    filled: Vault, fine_grained: None
) -> None:
    filled.verify(progress=lambda d, t: d <= integrity.STRUCTURE)
    calls: list[int] = []
    # A handler left behind would interrupt the next statement; none is.
    assert filled.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 127
    filled.verify(progress=lambda d, t: calls.append(d) or True)
    assert calls[-1] == integrity.VERIFY_TOTAL


# ----------------------------------------------------------------------------- pages
def _damage(vault: Vault, path: Path, places: Callable[[int], list[tuple[int, int]]]) -> None:
    """A copy of the closed vault with one bit changed at each (page, offset)."""
    vault.close()
    shutil.copyfile(vault.path, path)
    pages = path.stat().st_size // 4096
    assert pages > 12
    with open(path, "r+b") as f:
        for page, offset in places(pages):
            f.seek((page - 1) * 4096 + offset)
            byte = f.read(1)
            f.seek((page - 1) * 4096 + offset)
            f.write(bytes([byte[0] ^ 0x01]))


@pytest.fixture
def damaged(filled: Vault, tmp_path: Path) -> Iterator[tuple[Path, sqlcipher3.Connection]]:
    """Three damaged pages: two in their content, one in its authentication code."""
    path = tmp_path / "damaged.msvlo"
    _damage(filled, path, lambda pages: [(3, 100), (pages - 2, 2000), (7, 4096 - 10)])
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    try:
        yield path, conn
    finally:
        conn.close()


def _pragma(conn: sqlcipher3.Connection) -> list[str]:
    bad = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    return integrity._describe(bad)


def test_page_check_gives_sqlciphers_answers(
    damaged: tuple[Path, sqlcipher3.Connection], fine_grained: None
) -> None:
    path, conn = damaged
    reports: list[tuple[int, int]] = []
    found = integrity.authenticate_pages(
        conn, path, PASSPHRASE, lambda d, t: reports.append((d, t))
    )
    assert found == _pragma(conn)
    assert found[0].startswith("3 page(s) fail authentication: ")
    assert "HMAC verification failed for page 3;" in found[0]
    assert reports[-1][0] == reports[-1][1] == path.stat().st_size // 4096
    # A file cut short in its last page too.
    with open(path, "ab") as f:
        f.write(b"\x00" * 100)
    assert integrity.authenticate_pages(conn, path, PASSPHRASE, lambda d, t: None) == _pragma(conn)


def test_an_intact_file_passes_the_page_check(filled: Vault) -> None:
    reports: list[int] = []
    found = integrity.authenticate_pages(
        filled.conn, filled.path, PASSPHRASE, lambda d, t: reports.append(d)
    )
    assert found == [] == _pragma(filled.conn)
    assert reports


def test_other_settings_fall_back_to_sqlciphers_own_check(
    damaged: tuple[Path, sqlcipher3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, conn = damaged
    monkeypatch.setattr(integrity, "_EXPECTED_SETTINGS", {"PRAGMA kdf_iter = 64000;"})
    assert integrity.authenticate_pages(conn, path, PASSPHRASE, lambda d, t: None) == _pragma(conn)


def test_verify_names_damaged_pages(filled: Vault, tmp_path: Path) -> None:
    # Damage near the end of the file (log entries), which opening the vault does not read.
    path = tmp_path / "damaged.msvlo"
    _damage(filled, path, lambda pages: [(pages - 2, 2000)])
    with Vault.open(path, PASSPHRASE) as v:
        result = v.verify()
    assert not result.ok and not result.cancelled
    assert any("fail authentication" in p for p in result.problems)


# ----------------------------------------------------------------------------- structure
@pytest.fixture
def big_database(tmp_path: Path) -> Iterator[sqlcipher3.Connection]:
    """A database whose integrity check takes a noticeable time (no key needed for this)."""
    conn = sqlcipher3.connect(str(tmp_path / "big.db"), isolation_level=None)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")
    conn.execute("CREATE INDEX t_a ON t (a)")
    conn.execute("CREATE INDEX t_b ON t (b)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO t (a, b) VALUES (?, ?)",
        ((f"welfare call {i:07d}", f"{i * 7919 % 100003:07d}") for i in range(150_000)),
    )
    conn.execute("COMMIT")
    try:
        yield conn
    finally:
        conn.close()


def test_the_whole_tree_walk_can_be_stopped(
    big_database: sqlcipher3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No progress handler call at all: only the watch thread can stop it, by interrupting.
    monkeypatch.setattr(integrity, "_OPS_PER_CALL", 10**9)
    monkeypatch.setattr(integrity, "_WATCH_EVERY_S", 0.001)
    asked: list[str] = []

    def stop_at_once(done: int, total: int) -> None:
        asked.append(threading.current_thread().name)
        raise integrity.Cancelled

    # The first question comes from the watch thread within a millisecond, long before the
    # walk of 150,000 rows ends; stopping then interrupts the walk.
    with pytest.raises(integrity.Cancelled):
        integrity.check_structure(big_database, stop_at_once)
    assert asked == ["vault-check-watch"]
    # Nothing is left interrupting the connection.
    assert big_database.execute("SELECT count(*) FROM t").fetchone()[0] == 150_000
    assert integrity.check_structure(big_database, lambda d, t: None) == []


@pytest.mark.parametrize("which", ["meta", "sqlite_autoindex_meta_1", "cases"])
def test_damage_to_the_vaults_own_records_is_named_not_raised_raw(
    filled: Vault, tmp_path: Path, which: str
) -> None:
    # The vault's identity and its anchor key (table meta and its index) and the case
    # records are read at every unlock: damage there is named, never raised raw.
    root = int(
        filled.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (which,)
        ).fetchone()[0]
    )
    path = tmp_path / "damaged-records.msvlo"
    _damage(filled, path, lambda pages: [(root, 2000)])
    try:
        vault = Vault.open(path, PASSPHRASE)
    except VaultError as exc:
        assert "damaged" in str(exc).lower()
        return
    with vault:
        result = vault.verify()
    assert not result.ok
    assert any("fail authentication" in p for p in result.problems)


def test_saving_while_a_check_runs_on_its_own_connection_is_no_tamper(
    filled: Vault, fine_grained: None
) -> None:
    # The window checks the vault on a worker connection while the officer goes on saving on
    # the main one: the check sees one state of the vault, never a log cut short.
    reader = filled.worker_connection()
    saved: list[bool] = []

    def progress(done: int, total: int) -> bool:
        if done > integrity.CASES and not saved:  # the first case is checked
            for ref in ("OSPREY-0003", "PLOVER-0004"):
                filled.add_entry(
                    ref,
                    {
                        "type": "note",
                        "occurred_at": iso(filled.clock() - timedelta(minutes=5)),
                        "summary": "Saved while the vault was being checked.",
                    },
                )
            filled.update_case(
                "OSPREY-0003",
                header("OSPREY-0003", "Ana Popescu-Ionescu"),
                reason="Name spelt in full",
            )
            saved.append(True)
        return True

    try:
        result = reader.verify(progress=progress)
    finally:
        reader.close()
    assert saved
    assert result.ok, result.problems
    assert filled.verify().ok  # and the saves themselves are sound
