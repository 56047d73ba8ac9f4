"""The rollback anchor's keys come from a random anchor key kept inside the encrypted vault
(and the passphrase), so unlocking pays no second slow key derivation and the anchor file
gives nothing to guess passphrases against. Anchors written before, with scrypt on the
passphrase alone, are still read, and rewritten with the anchor key."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from reliability_support import NOW, OTHER_PASSPHRASE, PASSPHRASE, interaction, new_vault

from msvlo_desktop.storage import anchor as anchor_module
from msvlo_desktop.storage.anchor import KDF_SCRYPT, KDF_VAULT_KEY, Anchor, derive_keys
from msvlo_desktop.storage.vault import ANCHOR_KEY_META, Vault

REF = "KESTREL-0001"


def _open(path: Path, passphrase: str = PASSPHRASE) -> Vault:
    return Vault.open(path, passphrase, clock=lambda: NOW)


def _anchor_file(folder: Path) -> Path:
    [file] = sorted(folder.glob("*.anchor"))
    return file


def _put_back(copy: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copy2(copy, path)


def _no_scrypt(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def refused(passphrase: str, salt: bytes) -> Any:
        calls.append("scrypt")
        raise AssertionError("scrypt was run")

    monkeypatch.setattr(anchor_module, "derive_keys", refused)
    return calls


def _write_scrypt_anchor(vault: Vault, folder: Path) -> None:
    """The anchor as the previous release wrote it: keys from scrypt on the passphrase."""
    salt = b"\x07" * anchor_module.SALT_BYTES
    old = Anchor(folder, vault.vault_id, salt, derive_keys(PASSPHRASE, salt))
    old.record(vault._anchor_state(), NOW, force=True)


def test_unlocking_runs_no_slow_key_derivation(
    tmp_path: Path, anchor_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "officer.msvlo"
    calls = _no_scrypt(monkeypatch)
    new_vault(path, entries=3).close()
    copy = tmp_path / "three.msvlo"
    shutil.copy2(path, copy)
    with _open(path) as v:
        assert v.rollback_warning is None
        v.add_entry(REF, interaction(4))
    doc = json.loads(_anchor_file(anchor_dir).read_bytes())
    assert doc["kdf"]["name"] == KDF_VAULT_KEY and set(doc["kdf"]) == {"name", "salt"}
    _put_back(copy, path)
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert "case KESTREL-0001 had 4 entries, now 3." in v.rollback_warning
        v.accept_this_copy()
    # A change of passphrase re-keys the anchor without scrypt too.
    with _open(path) as v:
        v.rekey(OTHER_PASSPHRASE)
    with _open(path, OTHER_PASSPHRASE) as v:
        assert v.rollback_warning is None
    assert calls == []


def test_the_anchor_key_stays_inside_the_vault(tmp_path: Path, anchor_dir: Path) -> None:
    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=2) as v:
        row = v.conn.execute("SELECT value FROM meta WHERE key = ?", (ANCHOR_KEY_META,)).fetchone()
        key = bytes.fromhex(row[0])
    assert len(key) == 32
    raw = _anchor_file(anchor_dir).read_bytes()
    doc = json.loads(raw)
    for leaked in (key, key.hex().encode(), PASSPHRASE.encode()):
        assert leaked not in raw
    for folder in (tmp_path,):
        for file in folder.rglob("*"):
            if file.is_file():
                assert key not in file.read_bytes() and key.hex().encode() not in file.read_bytes()
    # The passphrase alone, with either derivation, does not check against the file: a guess
    # can only be tested by opening the vault itself.
    salt = bytes.fromhex(doc["kdf"]["salt"])
    label = anchor_module._KEY_CHECK_LABEL
    for mac_key, _ in (
        derive_keys(PASSPHRASE, salt),
        anchor_module.derive_keys_from_vault_key(b"\x00" * 32, PASSPHRASE, salt),
    ):
        assert hmac.new(mac_key, label, hashlib.sha256).hexdigest() != doc["key_check"]
    mac_key, _ = anchor_module.derive_keys_from_vault_key(key, PASSPHRASE, salt)
    assert hmac.new(mac_key, label, hashlib.sha256).hexdigest() == doc["key_check"]


@pytest.mark.parametrize("vault_had_a_key", [True, False])
def test_an_anchor_written_with_scrypt_is_read_and_then_rewritten(
    tmp_path: Path, anchor_dir: Path, monkeypatch: pytest.MonkeyPatch, vault_had_a_key: bool
) -> None:
    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=3) as v:
        v.add_entry(REF, interaction(4))
        assert v._anchor is not None and v._anchor.flush(5)
        if not vault_had_a_key:  # a vault of the previous release
            v.conn.execute("DELETE FROM meta WHERE key = ?", (ANCHOR_KEY_META,))
        _write_scrypt_anchor(v, anchor_dir)
    assert json.loads(_anchor_file(anchor_dir).read_bytes())["kdf"]["name"] == KDF_SCRYPT
    older = tmp_path / "older.msvlo"
    shutil.copy2(path, older)
    with _open(path) as v:
        assert v.rollback_warning is None
        v.add_entry(REF, interaction(5))
    # Rewritten with the anchor key, and read from then on without scrypt.
    assert json.loads(_anchor_file(anchor_dir).read_bytes())["kdf"]["name"] == KDF_VAULT_KEY
    calls = _no_scrypt(monkeypatch)
    with _open(path) as v:
        assert v.rollback_warning is None
    _put_back(older, path)
    with _open(path) as v:
        assert v.rollback_warning is not None
        if vault_had_a_key:
            assert "case KESTREL-0001 had 5 entries, now 4." in v.rollback_warning
        else:
            # A copy from before the update has no anchor key of its own: the anchor cannot
            # be checked with the one it is given, which is itself the warning.
            assert "written with another passphrase" in v.rollback_warning
    assert calls == []


def test_an_older_copy_under_a_scrypt_anchor_is_caught(tmp_path: Path, anchor_dir: Path) -> None:
    """The first unlock after the update compares with the anchor the previous release
    wrote: an older copy put in place before it is caught, and the anchor is kept as it was
    until the warning is answered."""
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=3).close()
    older = tmp_path / "older.msvlo"
    shutil.copy2(path, older)
    with _open(path) as v:
        v.add_entry(REF, interaction(4))
        v.add_entry(REF, interaction(5))
        assert v._anchor is not None and v._anchor.flush(5)
        _write_scrypt_anchor(v, anchor_dir)
    _put_back(older, path)
    for _ in range(2):
        with _open(path) as v:
            assert v.rollback_warning is not None
            assert "case KESTREL-0001 had 5 entries, now 3." in v.rollback_warning
        doc = json.loads(_anchor_file(anchor_dir).read_bytes())
        assert doc["kdf"]["name"] == KDF_SCRYPT  # held as it was while the warning stands
    with _open(path) as v:
        v.accept_this_copy()
    assert json.loads(_anchor_file(anchor_dir).read_bytes())["kdf"]["name"] == KDF_VAULT_KEY
    with _open(path) as v:
        assert v.rollback_warning is None
