"""One process at a time per vault: an advisory lock on ``<vault>.lock``.

The operating system releases the lock when the process ends, however it ends, so a crash
never leaves a vault locked.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from msvlo_desktop.storage.errors import ReadOnlyVault, VaultInUse


class InstanceLock:
    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path.with_name(vault_path.name + ".lock")
        self._file: IO[bytes] | None = None
        self._vault = vault_path

    def acquire(self) -> None:
        try:
            f = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        except PermissionError:
            raise ReadOnlyVault(self._vault) from None
        try:
            _lock(f)
        except OSError:
            f.close()
            raise VaultInUse(self._vault) from None
        self._file = f

    def release(self) -> None:
        if self._file is not None:
            try:
                _unlock(self._file)
            finally:
                self._file.close()
                self._file = None


if os.name == "nt":  # pragma: no cover - exercised on Windows laptops
    import msvcrt

    def _lock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
