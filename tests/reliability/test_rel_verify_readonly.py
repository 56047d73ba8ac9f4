"""`verify` never writes: the vault file, its write-ahead log files (present or absent) and
this computer's rollback anchor are byte-identical after a check; an older format is not
upgraded (the check says so); a read-only medium is read as immutable."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import sqlcipher3
from reliability_support import PASSPHRASE, new_vault, run_cli

from msvlo_desktop.storage import schema
from msvlo_desktop.storage import vault as vault_module
from msvlo_desktop.storage.connection import VaultNeedsUpgrade
from msvlo_desktop.storage.vault import Vault


def _state(*folders: Path) -> dict[str, str]:
    """Every file but the lock files (beside the vault, not the vault), by its content."""
    return {
        str(f): hashlib.sha256(f.read_bytes()).hexdigest()
        for folder in folders
        if folder.exists()
        for f in sorted(folder.rglob("*"))
        if f.is_file() and not f.name.endswith(".lock")
    }


def test_verify_leaves_a_closed_vault_and_its_anchor_byte_identical(
    tmp_path: Path, anchor_dir: Path
) -> None:
    path = tmp_path / "vault" / "officer.msvlo"
    path.parent.mkdir()
    new_vault(path, cases=2, entries=3).close()
    before = _state(path.parent, anchor_dir)
    assert not Path(f"{path}-wal").exists()
    code, out, err = run_cli(["verify", str(path)], PASSPHRASE)
    assert (code, out.strip()) == (0, "OK"), err
    assert _state(path.parent, anchor_dir) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_verify_leaves_a_backup_byte_identical(tmp_path: Path, anchor_dir: Path) -> None:
    vault = new_vault(tmp_path / "officer.msvlo", cases=1, entries=4)
    backups = tmp_path / "backups"
    backups.mkdir()
    copy = vault.backup(backups / "copy.msvlo")
    vault.close()
    before = _state(backups)
    code, out, err = run_cli(["verify", str(copy)], PASSPHRASE)
    assert (code, out.strip()) == (0, "OK"), err
    assert _state(backups) == before
    # It was never unlocked here: a check did not make this computer remember it either.
    vault_ids = {p.stem for p in anchor_dir.glob("*.anchor")}
    assert len(vault_ids) == 1


def test_verify_leaves_a_vault_with_its_write_ahead_log_byte_identical(
    tmp_path: Path, anchor_dir: Path
) -> None:
    """A vault left with its write-ahead log (the computer lost power) is checked with the
    log's committed changes, and neither the file nor the log is changed."""
    vault = new_vault(tmp_path / "officer.msvlo", cases=1, entries=2)
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    vault.add_entry(
        "KESTREL-0001",
        {
            "type": "interaction",
            "occurred_at": "2026-03-04T11:00:00+00:00",
            "mode": "phone",
            "summary": "Only in the write-ahead log.",
        },
    )
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{vault.path}{suffix}", copy_dir / f"officer.msvlo{suffix}")
    vault.close()
    copy = copy_dir / "officer.msvlo"
    before = {k: v for k, v in _state(copy_dir).items() if not k.endswith("-shm")}
    code, out, err = run_cli(["verify", str(copy)], PASSPHRASE)
    assert (code, out.strip()) == (0, "OK"), err
    assert "3 entries" in err
    after = {k: v for k, v in _state(copy_dir).items() if not k.endswith("-shm")}
    assert after == before


def test_verify_does_not_upgrade_an_older_vault_and_says_so(
    tmp_path: Path, anchor_dir: Path
) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, cases=1, entries=1).close()
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute(f"PRAGMA user_version = {schema.LATEST - 1}")
    conn.close()
    before = _state(tmp_path)
    code, _out, err = run_cli(["verify", str(path)], PASSPHRASE)
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "needs an upgrade that a check does not perform" in err
    assert _state(tmp_path) == before
    assert not list(tmp_path.glob("*.before-v*"))
    with pytest.raises(VaultNeedsUpgrade):
        Vault.examine(path, PASSPHRASE)


def test_a_read_only_medium_is_read_as_immutable_without_a_lock_file(
    tmp_path: Path, anchor_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, cases=1, entries=1).close()
    Path(f"{path}.lock").unlink()
    seen: list[bool] = []
    real_connect = vault_module.connect_read_only

    def spy(p: Path, passphrase: str, *, immutable: bool) -> vault_module.Connection:
        seen.append(immutable)
        return real_connect(p, passphrase, immutable=immutable)

    monkeypatch.setattr(vault_module, "on_read_only_medium", lambda _: True)
    monkeypatch.setattr(vault_module, "connect_read_only", spy)
    before = _state(tmp_path)
    with Vault.examine(path, PASSPHRASE) as vault:
        assert vault.verify().ok
    assert seen == [True]
    assert _state(tmp_path) == before
    assert not Path(f"{path}.lock").exists()
