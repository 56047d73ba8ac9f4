"""Opening a SQLCipher 4 connection the one safe way, and naming what went wrong.

The file is SQLCipher 4 in its standard format with the default key derivation
(PBKDF2-HMAC-SHA512, 256,000 iterations, HMAC-SHA512 page authentication, 4096-byte pages), so
force IT can open it with the ``sqlcipher`` shell and ``PRAGMA key`` provided it is SQLCipher 4
built on SQLite 3.37 or later (the tables are STRICT; Debian's packaged sqlcipher 3.4 cannot).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeAlias, cast

import sqlcipher3
from sqlcipher3 import dbapi2

from msvlo_desktop.storage.errors import (
    DiskFull,
    NotAVault,
    PlainSQLiteFile,
    ReadOnlyVault,
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultMissing,
    WriteFailed,
    WrongPassphrase,
)

SQLITE_HEADER = b"SQLite format 3\x00"
# sqlcipher3 mirrors the standard library's sqlite3 API exactly but ships no type hints, so
# connections are typed as sqlite3 connections.
Connection: TypeAlias = sqlite3.Connection


def quote_key(passphrase: str) -> str:
    """The passphrase as a SQL string literal for PRAGMA key (which takes no parameters)."""
    if "\x00" in passphrase:
        raise ValueError("a passphrase cannot contain a NUL character")
    return "'" + passphrase.replace("'", "''") + "'"


def check_is_encrypted_file(path: Path) -> None:
    """Refuse a missing file, an empty one, or a plain (unencrypted) SQLite database."""
    try:
        # Without waiting: opening a named pipe to read would wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise VaultMissing(path) from None
    except IsADirectoryError:
        raise NotAVault(f"{path} is a folder, not a vault file.") from None
    except PermissionError:
        raise ReadOnlyVault(path) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise NotAVault(f"{path} is a folder, not a vault file.")
        if not stat.S_ISREG(mode):
            raise NotAVault(f"{path} is not a regular file (a pipe or device); it is not a vault.")
        head = os.read(fd, 16)
    finally:
        os.close(fd)
    if head == SQLITE_HEADER:
        raise PlainSQLiteFile(path)
    if len(head) < 16:
        raise NotAVault(f"{path} is empty or too short to be an MSVLO vault.")


def connect(path: Path, passphrase: str, *, create: bool = False) -> Connection:
    """Open (or create) a vault file and prove the key, with every safety setting applied."""
    if not create:
        check_is_encrypted_file(path)
    try:
        conn = cast(
            Connection,
            sqlcipher3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=5.0
            ),
        )
    except dbapi2.OperationalError as exc:
        raise translate(exc, path) from None
    try:
        _key(conn, path, passphrase)
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultInUse(path)
        conn.execute("PRAGMA synchronous = FULL")
        return conn
    except VaultError:
        conn.close()
        raise
    except dbapi2.Error as exc:
        conn.close()
        raise translate(exc, path) from None


def _key(conn: Connection, path: Path, passphrase: str) -> None:
    """Key a new connection and prove the key by reading the schema (WrongPassphrase if it
    does not open the file), then keep temporary tables in memory, never on disk."""
    # SQLCipher would otherwise print its own errors (a wrong key is "hmac check failed")
    # to the user's terminal.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # SQLCipher's "enhanced memory security" (cipher_memory_security) is deliberately
    # left at its default, OFF. SQLCipher wipes its own key material whatever this
    # setting; turning it on also locks and wipes every allocation SQLite makes, for the
    # rest of the process, at two system calls each: 4.4 times the storage work of plain
    # SQLite instead of 1.4. The same case data is in Python objects and Qt widgets that
    # no setting can wipe, so it bought little. docs/SECURITY.md says what protects
    # memory instead (full-disk encryption covering swap and hibernation files).
    conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongPassphrase(path) from None
        raise
    conn.execute("PRAGMA temp_store = MEMORY")


class VaultNeedsUpgrade(VaultError):
    """A vault of an older format, opened by a check that never writes to it."""

    def __init__(self, path: object, found: int, latest: int) -> None:
        super().__init__(
            f"{path} is in an older vault format (version {found}; this version of MSVLO uses "
            f"{latest}) and needs an upgrade that a check does not perform: a vault under "
            "examination is never written to. Check a copy: back it up, open the copy once "
            "in the window or with `msvlo cases` (which upgrades it), then verify the copy."
        )


def on_read_only_medium(path: Path) -> bool:
    """Whether ``path`` is on a file system mounted read-only (a write-protected stick, a
    read-only share or disk image)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows has no statvfs
        return False


def connect_read_only(path: Path, passphrase: str, *, immutable: bool) -> Connection:
    """Open a vault to examine it, never writing to it or beside it: no journal-mode change,
    no migration, no write-ahead log created. ``immutable``: the file cannot change while it
    is read (a read-only medium, or a vault held by this process's lock with no write-ahead
    log), so SQLite reads it without locks or shared-memory files; otherwise it is opened
    read-only beside the write-ahead log it already has."""
    check_is_encrypted_file(path)
    uri = path.absolute().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = cast(
            Connection,
            sqlcipher3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False, timeout=5.0
            ),
        )
    except dbapi2.OperationalError as exc:
        raise translate(exc, path) from None
    try:
        _key(conn, path, passphrase)
        conn.execute("PRAGMA query_only = ON")
        return conn
    except VaultError:
        conn.close()
        raise
    except dbapi2.Error as exc:
        conn.close()
        raise translate(exc, path) from None


def translate(
    exc: BaseException, path: object, what: str = "The change", *, writing: bool = False
) -> VaultError:
    """Map a driver or OS error to the known problem it is, or re-raise it as a bug.

    ``writing``: the error came from a write transaction, where an I/O error means the write
    failed (a full disk, a file size limit, a removed drive) rather than a damaged file.
    """
    msg = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DiskFull(what)
        if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            return ReadOnlyVault(path)
    if "disk is full" in msg or "database or disk is full" in msg:
        return DiskFull(what)
    if "readonly" in msg or "read-only" in msg or "unable to open database" in msg:
        if isinstance(path, Path) and not path.parent.exists():
            return VaultMissing(path)
        return ReadOnlyVault(path)
    if "locked" in msg or "busy" in msg:
        return VaultInUse(path)
    if "not a database" in msg or "encrypted" in msg:
        return WrongPassphrase(path)
    if writing and ("disk i/o error" in msg or "cannot rollback" in msg):
        return WriteFailed(what)
    if "malformed" in msg or "corrupt" in msg or "disk i/o error" in msg:
        return VaultDamaged(path, str(exc))
    if isinstance(exc, Exception):
        raise exc
    raise RuntimeError(str(exc))


@contextmanager
def transaction(conn: Connection, path: object, what: str = "The change") -> Iterator[None]:
    """One atomic write: BEGIN IMMEDIATE ... COMMIT, rolled back on any failure."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except dbapi2.Error as exc:
        raise translate(exc, path, what) from None
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        with contextlib.suppress(dbapi2.Error):
            conn.execute("ROLLBACK")
        if isinstance(exc, dbapi2.Error):
            raise translate(exc, path, what, writing=True) from None
        raise


def fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
