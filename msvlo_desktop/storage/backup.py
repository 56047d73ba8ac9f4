"""Copying a vault page by page: backups and the copy a re-key writes.

SQLite's online backup copies the database a few pages at a time. SQLCipher allows it between
two encrypted databases: each page is decrypted as it is read and encrypted again with the
target's key, which here is the passphrase itself under SQLCipher 4's default settings, so the
copy is a standard SQLCipher 4 file that opens with the passphrase alone (a fresh random salt,
its own page authentication codes).

Between steps the copy reports how far it has got and can be stopped. A backup reads through
its own connection inside one read transaction: in WAL mode that is one consistent state of
the vault, the officer's saves carry on meanwhile without waiting for it and without making it
start again, and the vault's own connection is never held (docs/PERFORMANCE.md). The copy is
written under a partial name, flushed and renamed, so a stopped or failed backup leaves nothing
behind and no file under the final name is ever half written.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from msvlo_desktop.storage.connection import Connection, connect, fsync_dir, quote_key

# Pages copied per step (4 KiB each): 2 MiB, about 20 ms on the test machine, so a cancel
# takes effect at once and progress moves smoothly on a vault of any size.
STEP_PAGES = 512
PAGE_SIZE = 4096
# SQLITE_OK from a step: more pages to copy (SQLITE_DONE, 101, after the last).
_MORE = 0

Progress = Callable[[int, int], bool]
"""``progress(done, total)`` in pages after each step; returning False stops the copy."""


class CopyCancelled(Exception):
    """The officer stopped the copy; the partial file has been removed."""


def copy_database(
    source: Connection, target: Path, passphrase: str, progress: Progress | None = None
) -> None:
    """Copy the database ``source`` reads into the new, empty file ``target``, encrypted
    with ``passphrase``, and flush it to disk. Raises :class:`CopyCancelled` when
    ``progress`` returns False; the caller removes ``target`` on any failure.

    ``source`` in a read transaction copies that one state; otherwise writes through
    ``source`` itself are carried into the copy as they happen, and a write through any
    other connection makes SQLite start the copy again.
    """
    dest = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=False)
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        dest.execute(f"PRAGMA key = {quote_key(passphrase)}")
        # No journal file beside the partial copy while it is written (a failed copy is
        # removed whole, so there is nothing to roll back to).
        dest.execute("PRAGMA journal_mode = MEMORY")

        def step(status: int, remaining: int, total: int) -> None:
            keep_going = progress(total - remaining, total) if progress is not None else True
            if not keep_going and status == _MORE:
                raise CopyCancelled

        source.backup(dest, pages=STEP_PAGES, progress=step)
        # The pages came with the vault's header, which says write-ahead log: the copy is
        # made a single self-contained file (rollback journal), as a backup should be.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def partial_name(dest: Path) -> Path:
    """The hidden name a copy is written under before it is renamed to ``dest``."""
    return dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.partial")


def remove_partial(path: Path) -> None:
    """Remove a partial copy and anything SQLite left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink(missing_ok=True)


def write_backup(
    vault_path: Path, passphrase: str, dest: Path, progress: Progress | None = None
) -> None:
    """Write a consistent encrypted copy of the vault at ``vault_path`` to ``dest`` (which
    must not exist): copied under a partial name through a connection of its own, flushed,
    then renamed. On any failure or :class:`CopyCancelled` nothing is left behind."""
    tmp = partial_name(dest)
    try:
        # Created empty and private first, so the copy is never readable by others.
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        source = connect(vault_path, passphrase)
        try:
            # One read transaction for the whole copy: one consistent state of the vault.
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            copy_database(source, tmp, passphrase, progress)
        finally:
            source.close()
        if dest.exists():  # made meanwhile by someone else: never overwritten
            raise FileExistsError(f"{dest} already exists")
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        remove_partial(tmp)
        raise


def pages_to_megabytes(pages: int) -> float:
    return pages * PAGE_SIZE / 1_000_000
