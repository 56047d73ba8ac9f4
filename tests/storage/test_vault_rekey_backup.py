"""Changing the passphrase and writing backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from storage_samples import add_sample_case

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.storage.errors import VaultError, WrongPassphrase
from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"
NEW = "violin harbour marmalade 42"


def test_rekey_old_fails_new_works(vault: Vault, vault_path: Path) -> None:
    entries = add_sample_case(vault)
    vault.rekey(NEW)
    assert vault.entries("KESTREL-0042")[-1].hash == entries[-1].hash  # still usable
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, NEW) as v:
        assert v.verify().ok
        assert [e.hash for e in v.entries("KESTREL-0042")] == [e.hash for e in entries]
        assert any(r.action == "passphrase changed" for r in v.audit_records())
    assert not list(vault_path.parent.glob("*.partial"))


def test_rekey_refuses_a_weak_passphrase(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(ValidationError, match="too short"):
        vault.rekey("short")
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.verify().ok


def test_backup_verifies_and_searches_with_the_same_passphrase(
    vault: Vault, tmp_path: Path
) -> None:
    add_sample_case(vault)
    dest = vault.backup(tmp_path / "copy.msvlo")
    assert dest == tmp_path / "copy.msvlo"
    assert dest.stat().st_mode & 0o077 == 0
    # A folder as destination: the copy is named after the vault and the time.
    folder = tmp_path / "backups"
    folder.mkdir()
    named = vault.backup(folder)
    assert named.parent == folder and named.name.startswith("officer-backup-")
    with pytest.raises(VaultError, match="already exists"):
        vault.backup(dest)
    assert any(r.action == "backup written" for r in vault.audit_records())
    vault.close()
    for path in (dest, named):
        with Vault.open(path, PASSPHRASE) as copy:
            assert copy.verify().ok
            hits = copy.search("first meeting")
            assert [h.case_ref for h in hits] == ["KESTREL-0042"]
            assert copy.entry_count("KESTREL-0042") == 7
    assert not list(tmp_path.glob(".*.partial"))


def test_backup_into_a_missing_folder_is_refused(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="does not exist"):
        vault.backup(tmp_path / "nowhere" / "copy.msvlo")


def test_rekey_is_refused_while_a_worker_connection_is_open(vault: Vault, vault_path: Path) -> None:
    # A worker (the search window's reader) would go on reading the old file, and write its
    # audit records there, after the change.
    add_sample_case(vault)
    reader = vault.worker_connection()
    with pytest.raises(VaultError, match="being read elsewhere"):
        vault.rekey("a different long passphrase 42")
    assert vault.search("welfare") == reader.search("welfare")  # nothing changed
    reader.close()
    vault.rekey("a different long passphrase 42")
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    Vault.open(vault_path, "a different long passphrase 42").close()
