"""The settings every vault connection runs with (docs/ARCHITECTURE.md, "Storage")."""

from __future__ import annotations

from pathlib import Path

from msvlo_desktop.storage.vault import Officer, Vault
from tests.shared_fixtures import PASSPHRASE


def _pragma(vault: Vault, name: str) -> str:
    return str(vault.conn.execute(f"PRAGMA {name}").fetchone()[0]).lower()


def test_durability_and_deletion_settings(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v.msvlo", PASSPHRASE, Officer("PC 1 Test")) as vault:
        assert _pragma(vault, "journal_mode") == "wal"
        assert _pragma(vault, "synchronous") == "2"  # FULL
        assert _pragma(vault, "secure_delete") == "1"
        assert _pragma(vault, "foreign_keys") == "1"
        assert _pragma(vault, "temp_store") == "2"  # MEMORY: no temporary files on disk


def test_enhanced_memory_security_is_left_at_sqlcipher_default(tmp_path: Path) -> None:
    # Once on, SQLCipher keeps it on for the whole process and every allocation pays two
    # system calls (docs/SECURITY.md, docs/PERFORMANCE.md): the vault must not turn it on.
    with Vault.create(tmp_path / "v.msvlo", PASSPHRASE, Officer("PC 1 Test")) as vault:
        assert _pragma(vault, "cipher_memory_security") == "0"
