"""One writer per vault file, whatever name it is opened by (storage/lock.py).

Two processes writing through two names of one file (a hard link, a symbolic link) must lose
nothing either was told was saved; the lock files are private.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from storage_samples import header

from msvlo_desktop.storage.errors import VaultInUse
from msvlo_desktop.storage.lock import LOCK_DIR_VARIABLE, HardLinkedVault
from msvlo_desktop.storage.vault import Officer, Vault

PASSPHRASE = "kestrel tuesday lantern"
OFFICER = Officer("A. Smith", "PC 1234", "Example Constabulary")
REF = "KESTREL-0001"
ROOT = Path(__file__).resolve().parents[2]

# A writer: opens the vault by NAME, adds a few entries, closes, again and again. Prints
# "saved <id>" only after add_entry returned, and "refused <reason>" for a refused open.
WRITER = textwrap.dedent(
    """
    import sys, time
    from msvlo_desktop.storage import anchor
    anchor.SCRYPT_N = 2**10
    from msvlo_desktop.storage.errors import VaultError, VaultInUse
    from msvlo_desktop.storage.vault import Vault
    name, tag, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    for r in range(rounds):
        try:
            vault = Vault.open(name, "kestrel tuesday lantern")
        except VaultInUse:
            time.sleep(0.01)
            continue
        except VaultError as exc:
            print("refused", str(exc).replace("\\n", " "), flush=True)
            break
        try:
            for i in range(3):
                entry = vault.add_entry("KESTREL-0001", {
                    "type": "interaction",
                    "occurred_at": "2026-03-04T10:00:00+00:00",
                    "mode": "phone",
                    "summary": f"writer {tag} round {r} call {i}",
                })
                print("saved", entry.id, flush=True)
        finally:
            vault.close()
    """
)


def _writers(names: list[Path], tmp_path: Path, rounds: int = 25) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env[LOCK_DIR_VARIABLE] = str(tmp_path / "locks")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(name), tag, str(rounds)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for tag, name in zip("AB", names, strict=True)
    ]
    lines: list[str] = []
    for p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
        assert "Traceback" not in err, err
        lines += out.splitlines()
    return lines


def _new_vault(path: Path) -> None:
    vault = Vault.create(path, PASSPHRASE, OFFICER)
    vault.add_case(header(REF))
    vault.close()


def _saved_ids(path: Path) -> set[str]:
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert vault.verify().ok
        return {e.id for e in vault.entries(REF)}
    finally:
        vault.close()


def test_two_writers_through_a_hard_link_lose_nothing_reported_saved(tmp_path: Path) -> None:
    real = tmp_path / "officer.msvlo"
    _new_vault(real)
    other = tmp_path / "elsewhere" / "copy.msvlo"
    other.parent.mkdir()
    os.link(real, other)
    lines = _writers([real, other], tmp_path)
    saved = {line.split()[1] for line in lines if line.startswith("saved ")}
    os.unlink(other)
    assert saved <= _saved_ids(real)
    # Two names of one file are refused, and the officer is told why and what to do.
    refused = [line for line in lines if line.startswith("refused ")]
    assert refused and all("hard links" in line and "remove the other" in line for line in refused)


def test_two_writers_through_a_symbolic_link_lose_nothing_reported_saved(
    tmp_path: Path,
) -> None:
    real = tmp_path / "officer.msvlo"
    _new_vault(real)
    link = tmp_path / "shortcut.msvlo"
    link.symlink_to(real)
    lines = _writers([real, link], tmp_path)
    saved = {line.split()[1] for line in lines if line.startswith("saved ")}
    assert len(saved) > 0
    assert saved <= _saved_ids(real)
    assert not [line for line in lines if line.startswith("refused ")]


def test_a_symbolic_link_is_the_same_vault_for_the_lock(tmp_path: Path) -> None:
    real = tmp_path / "officer.msvlo"
    _new_vault(real)
    link = tmp_path / "shortcut.msvlo"
    link.symlink_to(real)
    first = Vault.open(link, PASSPHRASE)
    try:
        assert first.path == real
        with pytest.raises(VaultInUse):
            Vault.open(real, PASSPHRASE)
    finally:
        first.close()
    assert not (tmp_path / "shortcut.msvlo.lock").exists()


def test_a_renamed_vault_stays_held_by_its_identity(tmp_path: Path) -> None:
    path = tmp_path / "officer.msvlo"
    _new_vault(path)
    first = Vault.open(path, PASSPHRASE)
    try:
        moved = tmp_path / "moved.msvlo"
        os.rename(path, moved)
        with pytest.raises(VaultInUse):
            Vault.open(moved, PASSPHRASE)
    finally:
        first.close()


def test_a_hard_linked_vault_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "officer.msvlo"
    _new_vault(path)
    os.link(path, tmp_path / "second-name.msvlo")
    with pytest.raises(HardLinkedVault) as caught:
        Vault.open(path, PASSPHRASE)
    assert "2 names (hard links)" in str(caught.value)
    os.unlink(tmp_path / "second-name.msvlo")
    Vault.open(path, PASSPHRASE).close()


def test_the_identity_lock_follows_a_passphrase_change(tmp_path: Path) -> None:
    path = tmp_path / "officer.msvlo"
    _new_vault(path)
    vault = Vault.open(path, PASSPHRASE)
    try:
        vault.rekey("violet kettle under the orchard")
        moved = tmp_path / "moved.msvlo"
        os.rename(path, moved)  # only the identity lock can tell
        with pytest.raises(VaultInUse):
            Vault.open(moved, "violet kettle under the orchard")
    finally:
        vault.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_lock_files_and_their_folder_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOCK_DIR_VARIABLE, str(tmp_path / "locks"))
    old = os.umask(0o022)
    try:
        path = tmp_path / "officer.msvlo"
        # A lock file left world-readable by an earlier version is made private again.
        Path(str(path) + ".lock").touch(mode=0o644)
        _new_vault(path)
        vault = Vault.open(path, PASSPHRASE)
        try:
            lock_files = [Path(str(path) + ".lock"), *(tmp_path / "locks").iterdir()]
            assert len(lock_files) == 2
            for f in lock_files:
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
            assert stat.S_IMODE((tmp_path / "locks").stat().st_mode) == 0o700
        finally:
            vault.close()
    finally:
        os.umask(old)
