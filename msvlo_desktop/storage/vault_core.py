"""What every part of the vault shares: the open connection and its lock, the write
transaction, the audit trail, and the anchor's upkeep after each write.

:class:`VaultCore` is the base of the vault's parts (``vault_*.py``), which
:class:`~msvlo_desktop.storage.vault.Vault` puts together; see that module for the map.
"""

from __future__ import annotations

import contextlib
import hmac
import threading
import unicodedata
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from sqlcipher3 import dbapi2

from msvlo_desktop.storage import audit
from msvlo_desktop.storage import search as full_text
from msvlo_desktop.storage.anchor import Anchor
from msvlo_desktop.storage.connection import Connection, transaction
from msvlo_desktop.storage.errors import CaseNotFound, VaultError
from msvlo_desktop.storage.lock import InstanceLock

__all__ = ["ANCHOR_FLUSH_SECONDS", "VAULT_SUFFIX", "Clock", "Officer", "VaultCore", "utc_now"]

Clock = Callable[[], datetime]
VAULT_SUFFIX = ".msvlo"
# How long closing the vault waits for the anchor's last deferred write (milliseconds on a
# working disk; a disk that hangs must not hang locking).
ANCHOR_FLUSH_SECONDS = 10.0


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Officer:
    """The vault's owner, who is the default author of what they record."""

    name: str
    collar_number: str = ""
    force: str = ""

    @property
    def display(self) -> str:
        who = " ".join(p for p in (self.collar_number, self.name) if p)
        return who + (f", {self.force}" if self.force else "")


def resembles_passphrase(candidate: str, passphrase: str) -> bool:
    """``candidate`` equals ``passphrase`` after trimming, Unicode normalisation and case
    folding (constant-time comparison). A report password is told to its recipient: one a
    capital letter or a trailing space away from the vault passphrase gives the vault away."""

    def loose(text: str) -> bytes:
        return unicodedata.normalize("NFC", text).strip().casefold().encode("utf-8")

    return bool(candidate.strip()) and hmac.compare_digest(loose(candidate), loose(passphrase))


class VaultCore:
    """An open, unlocked vault's connection and what each of its parts writes through.
    Thread-safe: one connection guarded by a lock (:attr:`mutex`)."""

    def __init__(
        self, path: Path, conn: Connection, lock: InstanceLock | None, passphrase: str, clock: Clock
    ) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._lock = lock
        self._mutex = threading.RLock()
        # The worker connections opened from this one: a passphrase change is refused while
        # any is open (it would go on reading, and writing its audit records to, the old file).
        self._workers: weakref.WeakSet[VaultCore] = weakref.WeakSet()
        # Kept only while unlocked, to open worker connections and write backups; dropped on
        # close. (The memory of a running process is outside what the vault protects.)
        self._passphrase: str | None = passphrase
        self.clock = clock
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        self.vault_id = meta.get("vault_id", "")
        self.officer = Officer(
            meta.get("officer_name", ""),
            meta.get("officer_collar", ""),
            meta.get("officer_force", ""),
        )
        self.is_training = meta.get("training") == "1"
        self.created_at = meta.get("created_at", "")
        # Set at unlock when this vault is behind what this computer saw last (an older copy
        # put in its place) or that record cannot be trusted; see storage/anchor.py. Never
        # blocks anything; the window and the command line show it until accepted.
        self.rollback_warning: str | None = None
        self._anchor: Anchor | None = None
        # Opened by Vault.examine(): the connection cannot write, and closing it writes nothing.
        self.read_only = False

    # ----------------------------------------------------------------- the connection
    @property
    def mutex(self) -> threading.RLock:
        """The lock guarding this connection: hold it across a run of statements that must
        not interleave with another thread's use of the vault (storage/digest.py). Re-entrant,
        so the vault's own methods may be called while holding it."""
        return self._mutex

    @property
    def anchor(self) -> Anchor | None:
        """This computer's rollback anchor for the vault (storage/anchor.py), if kept.
        Setting None stops keeping it through this connection (a vault being built that no
        computer has seen yet, a timing without the anchor's writes); the anchor taken off
        may be set back."""
        return self._anchor

    @anchor.setter
    def anchor(self, anchor: Anchor | None) -> None:
        with self._mutex:
            self._anchor = anchor

    def is_passphrase(self, candidate: str) -> bool:
        """Whether ``candidate`` is this vault's passphrase (constant-time comparison), so a
        report password told to a recipient is never the vault's own."""
        current = self._passphrase
        return current is not None and hmac.compare_digest(
            current.encode("utf-8"), candidate.encode("utf-8")
        )

    def resembles_passphrase(self, candidate: str) -> bool:
        """Whether ``candidate`` is this vault's passphrase give or take letter case and
        surrounding spaces (:func:`resembles_passphrase`): refused as a report password."""
        current = self._passphrase
        return current is not None and resembles_passphrase(candidate, current)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        with self._mutex:
            if self._conn is not None:
                if self._lock and not self.read_only:
                    # Only the connection that holds the vault empties the write-ahead log: a
                    # worker doing it would wait out a running backup's read, and hold every
                    # save back meanwhile.
                    with contextlib.suppress(dbapi2.Error):
                        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
            self._passphrase = None
            if self._anchor is not None:
                # The anchor's last deferred write lands before the vault is let go.
                self._anchor.flush(timeout=ANCHOR_FLUSH_SECONDS)
            self._anchor = None
            if self._lock:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultError("The vault is locked.")
        return self._conn

    # ----------------------------------------------------------------- writes and the audit trail
    @contextlib.contextmanager
    def _tx(self, what: str = "The change") -> Iterator[None]:
        with transaction(self.conn, self.path, what):
            yield
            full_text.record_new_words(self.conn)  # of the entries written, if any
        self.record_anchor()

    def _audit(
        self,
        category: str,
        action: str,
        actor: str | None = None,
        case_ref: str | None = None,
        **details: Any,
    ) -> None:
        audit.append(
            self.conn,
            at=self.clock(),
            actor=actor or self.officer.display,
            category=category,
            action=action,
            case_ref=case_ref,
            details=details,
        )

    def record_access(self, action: str, actor: str | None = None, **details: Any) -> None:
        """Record an access event (unlocked, locked, settings) in the audit log."""
        with self._mutex, self._tx():
            self._audit("access", action, actor, **details)

    def record_consultation(
        self, action: str, case_ref: str | None, actor: str | None = None, **details: Any
    ) -> None:
        """Record that case data was looked at (case opened, safe contact revealed)."""
        with self._mutex, self._tx():
            self._audit("consultation", action, actor, case_ref, **details)

    def record_disclosure(
        self,
        case_ref: str,
        *,
        what: str,
        recipient: str,
        purpose: str,
        actor: str | None = None,
        **details: Any,
    ) -> None:
        with self._mutex, self._tx():
            self._audit(
                "disclosure", what, actor, case_ref, recipient=recipient, purpose=purpose, **details
            )

    def audit_records(self, case_ref: str | None = None) -> list[audit.AuditRecord]:
        with self._mutex:
            return audit.records(self.conn, case_ref)

    # ----------------------------------------------------------------- shared by the parts
    def _case_row(self, ref: str) -> tuple[Any, ...]:
        """The case's row: id, header, status, entry_count, head, closed_at."""
        row = self.conn.execute(
            "SELECT id, header, status, entry_count, head, closed_at FROM cases"
            " WHERE reference = ?",
            (ref,),
        ).fetchone()
        if row is None:
            raise CaseNotFound(ref)
        return tuple(row)

    # ----------------------------------------------------------------- the anchor's upkeep
    def record_anchor(self, *, force: bool = False) -> None:
        """After a committed write: the anchor follows the vault. Cheap: the cases changed
        since the last write are read again (storage/anchor_state.py), and the file is
        written by a background thread (storage/anchor.py says what that trades); ``force``
        writes it now, whatever changed."""
        anchor = self._anchor
        if anchor is None:
            return
        try:
            if force:
                anchor.record(anchor.heads.read_all(self.conn), self.clock(), force=True)
                return
            state = anchor.heads.refresh(self.conn)
        except dbapi2.Error:
            return  # the write itself succeeded; the next one will bring the anchor up
        if state is not None:
            anchor.record_soon(state, self.clock())
