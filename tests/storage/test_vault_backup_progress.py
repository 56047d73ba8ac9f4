"""Backups copied page by page: progress that reaches the whole vault, a Cancel that leaves
nothing behind, a vault that stays usable meanwhile, and a copy in the standard format."""

from __future__ import annotations

import errno
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from storage_samples import add_sample_case, header

from msvlo_desktop.core.values import iso
from msvlo_desktop.storage import backup as copying
from msvlo_desktop.storage.errors import DiskFull
from msvlo_desktop.storage.vault import Vault
from tests.shared_fixtures import PASSPHRASE

NEW = "violin harbour marmalade 42"


def _fill(vault: Vault, calls: int = 120) -> None:
    """The sample case and a second one with a long log: enough pages for many steps."""
    add_sample_case(vault)
    vault.add_case(header("HERON-0002", "Ana Popescu"))
    start = vault.clock() - timedelta(days=20)
    vault.add_entries(
        "HERON-0002",
        [
            {
                "type": "interaction",
                "mode": "phone",
                "summary": f"Welfare call {i}: settled at the safe house, no new concerns.",
                "occurred_at": iso(start + timedelta(hours=i)),
            }
            for i in range(calls)
        ],
    )


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(copying, "STEP_PAGES", 4)


def _pages(vault: Vault) -> int:
    return int(vault.conn.execute("PRAGMA page_count").fetchone()[0])


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "partial" in p.name or "copy" in p.name)


def test_progress_rises_to_the_whole_vault(vault: Vault, tmp_path: Path, small_steps: None) -> None:
    _fill(vault)
    seen: list[tuple[int, int]] = []
    dest = vault.backup(tmp_path / "copy.msvlo", progress=lambda d, t: seen.append((d, t)) or True)
    assert dest.exists()
    pages = _pages(vault)
    assert len(seen) >= pages // 4 > 5
    assert {t for _, t in seen} == {pages}
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[0] > 0
    assert seen[-1] == (pages, pages)


def test_copy_opens_with_only_the_passphrase_and_holds_the_same_log(
    vault: Vault, tmp_path: Path, small_steps: None
) -> None:
    _fill(vault)
    refs = ["HERON-0002", "KESTREL-0042"]
    heads = {ref: vault.chain_head(ref) for ref in refs}
    entries = {ref: [e.to_json() for e in vault.entries(ref)] for ref in refs}
    dest = vault.backup(tmp_path / "copy.msvlo", progress=lambda d, t: True)
    assert dest.stat().st_mode & 0o077 == 0
    assert dest.read_bytes()[:16] != b"SQLite format 3\x00"
    # The official format with nothing but the passphrase: any SQLCipher 4 tool opens it.
    conn = sqlcipher3.connect(str(dest))
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        settings = {row[0] for row in conn.execute("PRAGMA cipher_settings")}
        assert {
            "PRAGMA kdf_iter = 256000;",
            "PRAGMA cipher_page_size = 4096;",
            "PRAGMA cipher_use_hmac = 1;",
            "PRAGMA cipher_plaintext_header_size = 0;",
            "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
            "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
        } <= settings
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # One self-contained file, not a write-ahead-log database.
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 127
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.msvlo"]
    vault.close()
    with Vault.open(dest, PASSPHRASE) as copy:
        assert copy.verify().ok
        assert {ref: copy.chain_head(ref) for ref in refs} == heads
        assert {ref: [e.to_json() for e in copy.entries(ref)] for ref in refs} == entries
        assert copy.search("safe house")


def test_cancelling_midway_leaves_nothing_behind(
    vault: Vault, vault_path: Path, tmp_path: Path, small_steps: None
) -> None:
    _fill(vault)
    audit_before = len(vault.audit_records())
    steps: list[int] = []

    def stop_at_third(done: int, total: int) -> bool:
        steps.append(done)
        return len(steps) < 3

    dest = tmp_path / "copy.msvlo"
    with pytest.raises(copying.CopyCancelled):
        vault.backup(dest, progress=stop_at_third)
    assert len(steps) == 3 and steps[-1] < _pages(vault)
    assert not dest.exists()
    assert _leftovers(tmp_path) == []
    # Nothing recorded for a backup that was never written.
    assert len(vault.audit_records()) == audit_before
    assert not any(r.action == "backup written" for r in vault.audit_records())
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert again.verify().ok
        assert again.entry_count("HERON-0002") == 120


def test_a_failed_copy_is_named_and_removed(
    vault: Vault, tmp_path: Path, small_steps: None
) -> None:
    _fill(vault)

    def disk_full(done: int, total: int) -> bool:
        if done > 8:
            raise OSError(errno.ENOSPC, "No space left on device")
        return True

    with pytest.raises(DiskFull, match="disk is full"):
        vault.backup(tmp_path / "copy.msvlo", progress=disk_full)
    assert _leftovers(tmp_path) == []


def test_saving_never_waits_for_a_backup(vault: Vault, tmp_path: Path, small_steps: None) -> None:
    _fill(vault)
    saved: list[Any] = []
    note = {
        "type": "note",
        "summary": "Saved while the backup was running.",
        "occurred_at": iso(vault.clock()),
    }

    def save() -> None:
        try:
            saved.append(vault.add_entry("HERON-0002", note))
        except Exception as exc:  # reported by the assertion below
            saved.append(exc)

    def save_from_another_thread(done: int, total: int) -> bool:
        # As the window does while its worker copies: a save on the vault's own connection.
        if done and not saved:
            worker = threading.Thread(target=save)
            worker.start()
            worker.join(timeout=10)
            assert not worker.is_alive(), "the save waited for the backup"
        return True

    seen: list[int] = []
    dest = vault.backup(
        tmp_path / "copy.msvlo",
        progress=lambda d, t: seen.append(d) or save_from_another_thread(d, t),
    )
    assert len(saved) == 1 and not isinstance(saved[0], Exception), saved
    # The save did not make the copy start again, and the copy is the state it began from.
    assert seen == sorted(seen)
    assert vault.entry_count("HERON-0002") == 121
    vault.close()
    with Vault.open(dest, PASSPHRASE) as copy:
        assert copy.entry_count("HERON-0002") == 120
        assert copy.verify().ok


def test_rekey_reports_progress_and_cannot_be_stopped(
    vault: Vault, vault_path: Path, small_steps: None
) -> None:
    _fill(vault)
    head = vault.chain_head("HERON-0002")
    seen: list[tuple[int, int]] = []

    def refuse(done: int, total: int) -> bool:
        seen.append((done, total))
        return False  # a re-key goes on regardless: it cannot be undone halfway

    vault.rekey(NEW, progress=refuse)
    assert len(seen) > 5 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert vault.chain_head("HERON-0002") == head
    vault.close()
    assert not list(vault_path.parent.glob(".*partial*"))
    with Vault.open(vault_path, NEW) as again:
        assert again.verify().ok
        assert again.chain_head("HERON-0002") == head
        assert [r.action for r in again.audit_records()].count("passphrase changed") == 1
