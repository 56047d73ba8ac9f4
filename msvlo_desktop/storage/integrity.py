"""Verifying a vault in steps that say how far they have got and can be stopped.

``Vault.verify`` checks four things in turn: every page's authentication code, SQLite's own
integrity check, the hash chain of every case, and the audit chain. On a long career of cases
each takes seconds, so each reports progress on one scale of :data:`VERIFY_TOTAL` (where each
part starts is in :data:`PAGES`, :data:`STRUCTURE`, :data:`CASES`, :data:`AUDIT`, spaced by the
time each takes on a large vault) and each can be stopped within a fraction of a second:

* **Pages.** ``PRAGMA cipher_integrity_check`` runs in one go, with neither progress nor a way
  to stop it (seconds on a large vault). The same check is made here a chunk of pages at a
  time: SQLCipher 4's page format with the settings every vault uses (checked first;
  anything else falls back to the pragma), each page's HMAC-SHA512 over its encrypted
  content, its IV and its page number. Tests hold it to the pragma's answers. Like the
  pragma it reads the file itself; pages still in the write-ahead log are authenticated as
  SQLite reads them in the next part.
* **Structure.** ``PRAGMA integrity_check`` runs with a progress handler: how far it has got
  is estimated from the work SQLite reports against the size of the file. A watch thread
  stops the part of it where no handler runs (:func:`fetch_stoppable`).
* **Cases** are checked one at a time by the vault (after one stoppable scan of the audit log
  for each case record's audited hash); **the audit chain** reports every few thousand
  records.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

from sqlcipher3 import dbapi2

from msvlo_desktop.storage import audit
from msvlo_desktop.storage.connection import Connection

VERIFY_TOTAL = 1000
PAGES, STRUCTURE, CASES, AUDIT = 0, 60, 220, 810

# The settings every vault is written with (storage/connection.py): SQLCipher 4's defaults.
_EXPECTED_SETTINGS = {
    "PRAGMA kdf_iter = 256000;",
    "PRAGMA cipher_page_size = 4096;",
    "PRAGMA cipher_use_hmac = 1;",
    "PRAGMA cipher_plaintext_header_size = 0;",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
}
_PAGE = 4096
_SALT = 16
_KDF_ITER = 256000
_HMAC_KDF_ITER = 2
_SALT_MASK = 0x3A
_HMAC_SIZE = 64
_CHUNK_PAGES = 1024
# Failing pages read a second time before they are reported; past this many the file is
# plainly damaged, and the rest are reported as read.
_REREADS = 8
# SQLite virtual-machine steps per page that PRAGMA integrity_check takes on vaults of every
# size the benchmarks build (390 to 445): the estimate of how far it has got.
_OPS_PER_PAGE = 420
_OPS_PER_CALL = 10_000
_WATCH_EVERY_S = 0.1
_AUDIT_ROWS_PER_REPORT = 2_000
_REPORT_EVERY_S = 0.1

Progress = Callable[[int, int], bool]
Report = Callable[[int, int], None]


class Cancelled(Exception):
    """The person stopped the check."""


class Reporter:
    """Maps each part's own progress onto the one scale, passes it on when the figure moves
    (or every 0.1 s), and raises :class:`Cancelled` once ``progress`` returns False."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._last = -1
        self._last_at = 0.0

    def part(self, start: int) -> Report:
        ends = [p for p in (PAGES, STRUCTURE, CASES, AUDIT, VERIFY_TOTAL) if p > start]
        end = ends[0]

        def report(done: int, total: int) -> None:
            share = min(done, total) / total if total > 0 else 1.0
            self._send(start + int((end - start) * share))

        report(0, 1)
        return report

    def finish(self) -> None:
        self._send(VERIFY_TOTAL, force=True)

    def _send(self, value: int, *, force: bool = False) -> None:
        if self._progress is None:
            return
        now = time.monotonic()
        if not force and value == self._last and now - self._last_at < _REPORT_EVERY_S:
            return
        self._last, self._last_at = max(value, self._last), now
        if not self._progress(self._last, VERIFY_TOTAL):
            raise Cancelled


# ----------------------------------------------------------------------------- pages
def authenticate_pages(conn: Connection, path: Path, passphrase: str, report: Report) -> list[str]:
    """Every page of the vault file checked against its authentication code, as
    ``PRAGMA cipher_integrity_check`` does: the problems found, described as it does."""
    settings = {str(r[0]) for r in conn.execute("PRAGMA cipher_settings")}
    pgno_order = conn.execute("PRAGMA cipher_hmac_pgno").fetchone()
    mask = conn.execute("PRAGMA cipher_hmac_salt_mask").fetchone()
    standard = (
        settings >= _EXPECTED_SETTINGS
        and pgno_order is not None
        and str(pgno_order[0]) == "le"
        and mask is not None
        and str(mask[0]).lower() == f"{_SALT_MASK:x}"
    )
    if standard:
        try:
            found = _check_pages(path, passphrase, report)
        except OSError as exc:
            return [f"the file cannot be read: {exc.strerror or exc}"]
        if found is not None:
            return _describe(found)
    # Not the format this check knows, or its key does not authenticate page 1 (a raw key
    # given as a passphrase): SQLCipher's own check, in one step.
    bad = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    report(1, 1)
    return _describe(bad)


def _describe(bad: list[str]) -> list[str]:
    if not bad:
        return []
    return [f"{len(bad)} page(s) fail authentication: " + "; ".join(bad[:3])]


def _check_pages(path: Path, passphrase: str, report: Report) -> list[str] | None:
    """The pages that fail, or None when page 1 does not authenticate with the key derived
    here (then the key is not what this check assumes, and SQLCipher must decide)."""
    size = path.stat().st_size
    pages = size // _PAGE
    with open(path, "rb", buffering=0) as f:
        salt = f.read(_SALT)
        if len(salt) < _SALT or pages == 0:
            return None
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, _KDF_ITER, 32)
        hmac_salt = bytes(b ^ _SALT_MASK for b in salt)
        mac_key = hashlib.pbkdf2_hmac("sha512", key, hmac_salt, _HMAC_KDF_ITER, 32)
        del key
        base = hmac.new(mac_key, digestmod=hashlib.sha512)
        del mac_key
        bad: list[str] = []
        pgno = 0
        f.seek(0)
        while pgno < pages:
            chunk = f.read(_PAGE * min(_CHUNK_PAGES, pages - pgno))
            if not chunk:
                break
            view = memoryview(chunk)
            for offset in range(0, len(chunk) - _PAGE + 1, _PAGE):
                pgno += 1
                if not _page_ok(base, pgno, view[offset : offset + _PAGE]) and (
                    len(bad) >= _REREADS or not _reread_ok(f.fileno(), base, pgno)
                ):
                    if pgno == 1:
                        return None
                    bad.append(f"HMAC verification failed for page {pgno}")
            report(pgno, pages)
    if size % _PAGE:
        bad.append(
            f"page {pages + 1} has an invalid size of {size % _PAGE} bytes (expected {_PAGE} bytes)"
        )
    return bad


def _reread_ok(fd: int, base: Any, pgno: int) -> bool:
    """A failing page read once more: the vault's own connection may have been copying it
    from its write-ahead log at that moment (a checkpoint)."""
    time.sleep(0.01)
    again = os.pread(fd, _PAGE, (pgno - 1) * _PAGE)
    return len(again) == _PAGE and _page_ok(base, pgno, memoryview(again))


def _page_ok(base: Any, pgno: int, page: memoryview) -> bool:
    # Page 1 begins with the salt, which is not encrypted or authenticated.
    start = _SALT if pgno == 1 else 0
    mac = base.copy()
    mac.update(page[start : _PAGE - _HMAC_SIZE])
    mac.update(struct.pack("<I", pgno))
    return hmac.compare_digest(mac.digest(), page[_PAGE - _HMAC_SIZE :])


# ----------------------------------------------------------------------------- structure
def check_structure(conn: Connection, report: Report) -> list[str]:
    """``PRAGMA integrity_check``, reporting an estimate of how far it has got and stopping
    when asked (:class:`Cancelled`)."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    expected = max(pages * _OPS_PER_PAGE // _OPS_PER_CALL, 1)

    def estimate(calls: int) -> None:
        # Never 100% until it has finished: the figure is an estimate.
        report(min(calls, expected * 99 // 100), expected)

    result = [str(r[0]) for r in fetch_stoppable(conn, "PRAGMA integrity_check", (), estimate)]
    report(1, 1)
    if result != ["ok"]:
        return ["database integrity: " + "; ".join(result[:3])]
    return []


def fetch_stoppable(
    conn: Connection, sql: str, parameters: Any, report: Callable[[int], None]
) -> list[Any]:
    """Every row of one long statement, stopped when ``report(calls)`` raises
    :class:`Cancelled`. ``report`` gets how many thousand-step batches SQLite has run so far.

    It is asked from SQLite's progress handler, and from a watch thread every 0.1 s: some
    statements do most of their work in one step of SQLite's program, where no progress
    handler runs (``PRAGMA integrity_check`` walks every b-tree in one step). The watch
    thread then interrupts the connection (``sqlite3_interrupt``, which SQLite allows from
    any thread and checks within that walk).
    """
    calls = 0
    stopped = threading.Event()
    finished = threading.Event()
    reporting = threading.Lock()

    def ask() -> bool:
        with reporting:
            if stopped.is_set():
                return False
            try:
                report(calls)
            except Cancelled:
                stopped.set()
                return False
            return True

    def handler() -> int:
        nonlocal calls
        calls += 1
        return 0 if ask() else 1

    def watch() -> None:
        while not finished.wait(_WATCH_EVERY_S):
            if not ask():
                with reporting:
                    if not finished.is_set():
                        conn.interrupt()
                return

    conn.set_progress_handler(handler, _OPS_PER_CALL)
    watcher = threading.Thread(target=watch, name="vault-check-watch", daemon=True)
    watcher.start()
    try:
        rows = conn.execute(sql, parameters).fetchall()
    except dbapi2.OperationalError:
        if stopped.is_set():
            raise Cancelled from None
        raise
    finally:
        with reporting:
            finished.set()
        watcher.join()
        conn.set_progress_handler(None, 0)
    if stopped.is_set():
        raise Cancelled
    return rows


# ----------------------------------------------------------------------------- audit chain
class _RowsReported:
    """The connection as :func:`audit.verify` uses it (one query, walked in order), with the
    rows counted on their way through so the walk reports progress and can be stopped."""

    def __init__(self, conn: Connection, total: int, report: Report) -> None:
        self._conn = conn
        self._total = total
        self._report = report

    def execute(self, sql: str, parameters: Any = ()) -> Iterator[Any]:
        for n, row in enumerate(self._conn.execute(sql, parameters), 1):
            if n % _AUDIT_ROWS_PER_REPORT == 0:
                self._report(n, self._total)
            yield row


def walk_audit(conn: Connection, report: Report) -> str | None:
    """:func:`audit.verify`, reporting every few thousand records and stopping when asked."""
    total = int(conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0])
    found = audit.verify(cast(Connection, _RowsReported(conn, total, report)))
    report(1, 1)
    return found
