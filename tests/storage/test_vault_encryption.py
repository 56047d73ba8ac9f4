"""The vault file is SQLCipher 4 in its standard format, and nothing leaks in plain text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from storage_samples import add_sample_case

from msvlo_desktop.storage.errors import NotAVault, PlainSQLiteFile, VaultMissing, WrongPassphrase
from msvlo_desktop.storage.vault import Officer, Vault

PASSPHRASE = "correct horse battery staple"
CANARY = "CANARY7f3a9q"


def _files_holding(folder: Path, needle: str) -> list[str]:
    """Every file under ``folder`` whose bytes contain ``needle`` in UTF-8 or UTF-16."""
    forms = [needle.encode("utf-8"), needle.encode("utf-16-le"), needle.encode("utf-16-be")]
    return sorted(
        str(f.relative_to(folder))
        for f in folder.rglob("*")
        if f.is_file() and any(form in f.read_bytes() for form in forms)
    )


def test_canary_never_reaches_the_disk_in_plain_text(vault: Vault, tmp_path: Path) -> None:
    add_sample_case(vault, canary=CANARY)
    hits = vault.search(CANARY)  # the search index and the audit record of the query
    assert hits and all(h.case_ref == "KESTREL-0042" for h in hits)
    backup = vault.backup(tmp_path / "backup.msvlo")
    # While open: the main file, its -wal and -shm, temporary files.
    names = {p.name for p in tmp_path.iterdir()}
    assert "officer.msvlo-wal" in names
    assert _files_holding(tmp_path, CANARY) == []
    # The canary is really in the vault (the scan would find nothing in an empty one).
    assert CANARY in vault.get_case("KESTREL-0042").victim.name
    vault.close()
    assert _files_holding(tmp_path, CANARY) == []
    with Vault.open(backup, PASSPHRASE) as copy:
        assert copy.search(CANARY)
    assert _files_holding(tmp_path, CANARY) == []


def test_the_scan_does_find_plain_text(tmp_path: Path) -> None:
    # The scan itself must be able to fail: a plain SQLite file holding the canary is found.
    plain = sqlite3.connect(tmp_path / "plain.db")
    plain.execute("CREATE TABLE t (x TEXT)")
    plain.execute("INSERT INTO t VALUES (?)", (CANARY,))
    plain.commit()
    plain.close()
    assert _files_holding(tmp_path, CANARY) == ["plain.db"]


def test_wrong_passphrase_fails_cleanly(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(vault_path, "not the passphrase at all")
    assert caught.value.exit_code == 3
    assert "passphrase is wrong" in str(caught.value)
    # The lock was released: the right passphrase still opens it at once.
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert again.list_cases() == []


def test_a_plain_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.msvlo"
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE cases (x)")
    plain.commit()
    plain.close()
    before = path.read_bytes()
    with pytest.raises(PlainSQLiteFile) as caught:
        Vault.open(path, PASSPHRASE)
    assert caught.value.exit_code == 3
    assert "unencrypted" in str(caught.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"hello", b"\x00" * 8192])
def test_other_files_are_not_vaults(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.msvlo"
    path.write_bytes(content)
    with pytest.raises((NotAVault, WrongPassphrase)) as caught:
        Vault.open(path, PASSPHRASE)
    assert caught.value.exit_code == 3
    assert path.read_bytes() == content


def test_a_missing_vault_is_named(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing, match="no vault"):
        Vault.open(tmp_path / "nowhere.msvlo", PASSPHRASE)
    assert not (tmp_path / "nowhere.msvlo").exists()


def test_standard_format_opens_with_only_the_key(vault: Vault, vault_path: Path) -> None:
    add_sample_case(vault)
    vault.close()
    head = vault_path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    assert vault_path.stat().st_size % 4096 == 0
    conn = sqlcipher3.connect(str(vault_path))
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 7
        ref = conn.execute("SELECT reference FROM cases").fetchone()[0]
        assert ref == "KESTREL-0042"
        settings = {row[0] for row in conn.execute("PRAGMA cipher_settings")}
        assert "PRAGMA kdf_iter = 256000;" in settings
        assert "PRAGMA cipher_page_size = 4096;" in settings
        assert "PRAGMA cipher_use_hmac = 1;" in settings
        assert "PRAGMA cipher_plaintext_header_size = 0;" in settings
        assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;" in settings
        assert "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;" in settings
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        conn.close()


def test_the_key_is_needed_to_read_anything(vault: Vault, vault_path: Path) -> None:
    vault.close()
    conn = sqlcipher3.connect(str(vault_path))
    try:
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_a_new_vault_file_is_private(vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "private.msvlo"
    with Vault.create(path, PASSPHRASE, Officer("A. Smith", "PC 1234")):
        pass
    assert path.stat().st_mode & 0o077 == 0
