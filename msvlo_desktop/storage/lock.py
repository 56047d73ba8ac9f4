"""One writer per vault file, whatever name it is opened by.

A vault is known by its real path (symbolic links followed) and, on Linux and macOS, by the
file's identity: its device and inode numbers. Two locks are taken, both on separate lock
files and never on the vault file itself:

- ``<real path>.lock`` beside the real file (what every earlier version took, so an older
  copy of the application still sees the vault as in use);
- ``<device>-<inode>.lock`` in a private per-user folder (:func:`default_lock_dir`), so a
  vault renamed or reached through another mount while open is still held.

A vault file with more than one hard link is refused: SQLite keeps one write-ahead log per
name, so two names of one file would each write their own log and lose each other's saves.

Why not a lock on the vault file itself: POSIX record locks are released when *any*
descriptor of the file is closed by the process (SQLite's own locks would vanish the moment
we closed ours), and on Windows byte-range locks are mandatory, so a lock on the vault would
block SQLite's own reads and writes. Lock files carry neither problem.

The operating system releases the locks when the process ends, however it ends, so a crash
never leaves a vault locked. Lock files and their folder are private (0600 and 0700): any
local user who could open a lock file could hold it and block every command.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from msvlo_desktop.storage.errors import ReadOnlyVault, VaultError, VaultInUse

LOCK_DIR_VARIABLE = "MSVLO_LOCK_DIR"
APP_NAME = "MSVLO Desktop"
# A vault replaced under our feet (another process's passphrase change) between reading its
# identity and locking it: read and lock again, this many times.
_IDENTITY_TRIES = 5


class HardLinkedVault(VaultError):
    def __init__(self, path: object, links: int) -> None:
        super().__init__(
            f"{path} has {links} names (hard links) on this disk. Two names of one vault would "
            "each keep their own unsaved changes and lose each other's, so it is not opened. "
            "Keep one name: remove the other links (`ls -li` shows them: same first number), "
            "or copy the vault to a new file and open the copy."
        )


def default_lock_dir() -> Path:
    """The private per-user folder for identity locks: ``$MSVLO_LOCK_DIR`` when set, else
    the runtime folder ($XDG_RUNTIME_DIR) where there is one, else the cache folder (also
    used when the runtime folder cannot be written to)."""
    override = os.environ.get(LOCK_DIR_VARIABLE)
    if override:
        return Path(override)
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime) / "msvlo-desktop-locks"
    return _cache_lock_dir()


def _cache_lock_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "locks"


def real_path(path: Path) -> Path:
    """The vault's real file: symbolic links followed, so every name of it is one vault and
    a re-key or backup acts on the file and leaves a link a link."""
    return Path(os.path.realpath(path))


def check_single_link(path: Path) -> None:
    """Refuse a vault file with more than one hard link (see :class:`HardLinkedVault`)."""
    try:
        links = os.stat(path).st_nlink
    except FileNotFoundError:
        return
    if links > 1:
        raise HardLinkedVault(path, links)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and its parents) readable by its owner only; tighten it if it
    exists and is ours."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if folder.stat().st_uid == os.getuid():
                os.chmod(folder, 0o700)


def _open_private(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if os.fstat(fd).st_uid == os.getuid():
                os.fchmod(fd, 0o600)
    return os.fdopen(fd, "r+b")


class InstanceLock:
    def __init__(self, vault_path: Path, lock_dir: Path | None = None) -> None:
        self._vault = real_path(vault_path)
        self.path = self._vault.with_name(self._vault.name + ".lock")
        self._lock_dir = lock_dir
        self._file: IO[bytes] | None = None
        self._identity_file: IO[bytes] | None = None
        self.identity: tuple[int, int] | None = None

    @property
    def vault_path(self) -> Path:
        """The real file this lock holds."""
        return self._vault

    def acquire(self) -> None:
        """Take the name lock, then (when the file exists) the identity lock. Raises
        :class:`VaultInUse` if another process holds either, :class:`HardLinkedVault` for a
        file with several names."""
        check_single_link(self._vault)
        self._file = self._take(self.path)
        try:
            if self._vault.exists():
                self.hold_identity_of(self._vault)
            check_single_link(self._vault)
        except BaseException:
            self.release()
            raise

    def hold_identity_of(self, file: Path) -> None:
        """Hold the identity lock of ``file``, which is, or is about to become, the vault
        (a re-key's new file before it is renamed into place); the previous identity lock is
        let go once the new one is held. Linux and macOS only; a no-op on Windows, where the
        real path is the identity."""
        if os.name != "posix":
            return
        for _ in range(_IDENTITY_TRIES):
            st = os.stat(file)
            identity = (st.st_dev, st.st_ino)
            if identity == self.identity:
                return
            folder = self._lock_dir or default_lock_dir()
            try:
                make_private_dir(folder)
            except OSError as exc:
                fallback = _cache_lock_dir()
                if self._lock_dir is not None or os.environ.get(LOCK_DIR_VARIABLE):
                    fallback = folder
                try:
                    if fallback == folder:
                        raise
                    make_private_dir(fallback)  # a runtime folder we cannot write to
                    folder = fallback
                except OSError:
                    raise VaultError(
                        f"The lock folder {folder} cannot be created ({exc.strerror}); the "
                        f"vault is not opened without its lock. Set {LOCK_DIR_VARIABLE} to a "
                        "private folder of yours to use another."
                    ) from None
            held = self._take(folder / f"{identity[0]}-{identity[1]}.lock")
            after = os.stat(file)
            if (after.st_dev, after.st_ino) != identity:
                # Replaced while we locked it: this lock guards a file that is gone.
                _close(held)
                continue
            old, self._identity_file, self.identity = self._identity_file, held, identity
            if old is not None:
                _close(old)
            return
        raise VaultInUse(self._vault)

    def _take(self, lock_path: Path) -> IO[bytes]:
        try:
            f = _open_private(lock_path)
        except PermissionError:
            raise ReadOnlyVault(self._vault) from None
        try:
            _lock(f)
        except OSError:
            f.close()
            raise VaultInUse(self._vault) from None
        return f

    def release(self) -> None:
        for f in (self._identity_file, self._file):
            if f is not None:
                _close(f)
        self._identity_file = self._file = None
        self.identity = None


def _close(f: IO[bytes]) -> None:
    try:
        _unlock(f)
    except OSError:
        pass
    finally:
        f.close()


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
