"""`rekey` and `backup` act on the real vault file when it is reached through a symbolic
link: the link stays a link and the real vault gets the new passphrase."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reliability_support import OTHER_PASSPHRASE, PASSPHRASE, new_vault, run_cli

from msvlo_desktop.storage.errors import WrongPassphrase
from msvlo_desktop.storage.vault import Vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")


def _linked_vault(tmp_path: Path) -> tuple[Path, Path]:
    real = tmp_path / "data" / "officer.msvlo"
    real.parent.mkdir()
    new_vault(real, cases=1, entries=2).close()
    link = tmp_path / "officer-link.msvlo"
    link.symlink_to(real)
    return real, link


def test_rekey_through_a_link_rekeys_the_real_vault(tmp_path: Path) -> None:
    real, link = _linked_vault(tmp_path)
    code, _out, err = run_cli(["rekey", str(link)], PASSPHRASE, OTHER_PASSPHRASE)
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == real
    assert not real.is_symlink()
    with pytest.raises(WrongPassphrase):
        Vault.open(real, PASSPHRASE)
    with Vault.open(real, OTHER_PASSPHRASE) as vault:
        assert vault.entry_count("KESTREL-0001") == 2
        assert vault.verify().ok
    with Vault.open(link, OTHER_PASSPHRASE) as vault:
        assert vault.path == real


def test_backup_through_a_link_copies_the_real_vault(tmp_path: Path) -> None:
    _real, link = _linked_vault(tmp_path)
    dest = tmp_path / "backup.msvlo"
    code, _out, err = run_cli(["backup", str(link), str(dest)], PASSPHRASE)
    assert code == 0, err
    assert link.is_symlink() and not dest.is_symlink()
    with Vault.open(dest, PASSPHRASE) as copy:
        assert copy.entry_count("KESTREL-0001") == 2
    # No write-ahead log or lock named after the link: the vault was opened by its real name.
    assert not list(tmp_path.glob("officer-link.msvlo-*"))
    assert not Path(f"{link}.lock").exists()
