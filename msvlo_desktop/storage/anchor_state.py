"""Every case's entry count and chain head, as the rollback anchor records them, kept up to
date after each committed write by reading only what changed.

Reading the whole ``cases`` table after every save grows with the number of cases (about
1.5 ms for 1,000 on the reference machine, on the thread that saved). It need not: a case's
count and head change only when entries are appended to it (``entries`` is append-only: the
database refuses updates and deletes), and cases are only ever added (``cases`` rows are never
deleted). So after a commit the cases to read again are those with an entry newer than the
newest seen before, and those newer than the newest case seen before; both are found through
the tables' integer keys without reading the rest.

Beyond the entries, the anchor covers the audit log and the case records (a rollback of
either alone is noticed too): the audit log's newest record (its id and hash: the audit log
is a hash chain, so its newest hash stands for all of it) and, per case, a digest of its
record and status (:func:`record_digest`). A case record or status changes only with an audit
record naming the case, in the same transaction, so after a commit the records to read again
are those of the cases named by audit records newer than the newest seen before.

The marks (newest case, entry and audit record seen) are read *before* the rows: a write
committed in between is then read again next time, never missed. One :class:`CaseHeads` is
shared by a vault's connections (through its :class:`~msvlo_desktop.storage.anchor.Anchor`),
and every refresh runs under its lock, so each sees at least everything the previous one saw.
"""

from __future__ import annotations

import hashlib
import threading

from msvlo_desktop.storage.connection import Connection

# case reference -> (entry count, chain head)
State = dict[str, tuple[int, str]]
# The audit log's newest record: (id, hash); (0, "") when it is empty.
AuditMark = tuple[int, str]

_MARKS = (
    "SELECT (SELECT coalesce(max(id), 0) FROM cases), (SELECT coalesce(max(id), 0) FROM entries)"
)
_AUDIT_MARK = "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"
_ALL_RECORDS = "SELECT reference, header, status, closed_at FROM cases"
_CHANGED_RECORDS = (
    "SELECT reference, header, status, closed_at FROM cases WHERE id > ? OR reference IN"
    " (SELECT case_ref FROM audit WHERE id > ? AND case_ref IS NOT NULL)"
)


def record_digest(header: str, status: str, closed_at: str | None) -> str:
    """A case record and status as the anchor stands for them (SHA-256; the anchor keys the
    case reference, and the record itself never leaves the vault)."""
    text = "\x00".join((header, status, closed_at or ""))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def audit_mark(conn: Connection) -> AuditMark:
    row = conn.execute(_AUDIT_MARK).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


_ALL = "SELECT reference, entry_count, head FROM cases"
# NOT INDEXED: the new entries are found by their key (a range at the end of the table).
# Left to itself SQLite may walk a whole index of entries instead (every entry of every case:
# 240 ms at 1,000,000 entries, where the range takes 0.03 ms).
_CHANGED = (
    "SELECT reference, entry_count, head FROM cases"
    " WHERE id > ? OR id IN (SELECT case_id FROM entries NOT INDEXED WHERE id > ?)"
)


class CaseHeads:
    """The last committed state of a vault's cases, refreshed incrementally."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: State | None = None
        self._last_case = 0
        self._last_entry = 0
        self._records: dict[str, str] = {}
        self._audit: AuditMark | None = None

    def read_all(self, conn: Connection) -> State:
        """Read every case (at unlock, or when nothing has been read yet); a copy."""
        with self._lock:
            return dict(self._read_all(conn))

    def refresh(self, conn: Connection) -> State | None:
        """After a commit: the whole state (a copy) if any case's count or head may have
        changed since the last read, else None."""
        with self._lock:
            if self._state is None:
                return dict(self._read_all(conn))
            last_case, last_entry = conn.execute(_MARKS).fetchone()
            last_case, last_entry = int(last_case), int(last_entry)
            audit = audit_mark(conn)
            seen_audit = self._audit[0] if self._audit else 0
            if (last_case, last_entry, audit) == (self._last_case, self._last_entry, self._audit):
                return None
            for ref, count, head in conn.execute(_CHANGED, (self._last_case, self._last_entry)):
                self._state[str(ref)] = (int(count), str(head))
            if audit != self._audit:
                for row in conn.execute(_CHANGED_RECORDS, (self._last_case, seen_audit)):
                    self._records[str(row[0])] = record_digest(row[1], row[2], row[3])
            self._last_case, self._last_entry, self._audit = last_case, last_entry, audit
            return dict(self._state)

    def covered(self) -> tuple[AuditMark | None, dict[str, str]]:
        """The audit log's newest record and every case record's digest, as last read (a
        copy); (None, {}) before the first read."""
        with self._lock:
            return self._audit, dict(self._records)

    def snapshot(self) -> State | None:
        """The state as last read (a copy); None before the first read."""
        with self._lock:
            return None if self._state is None else dict(self._state)

    def _read_all(self, conn: Connection) -> State:
        last_case, last_entry = conn.execute(_MARKS).fetchone()
        audit = audit_mark(conn)
        self._state = {str(ref): (int(count), str(head)) for ref, count, head in conn.execute(_ALL)}
        self._records = {
            str(row[0]): record_digest(row[1], row[2], row[3]) for row in conn.execute(_ALL_RECORDS)
        }
        self._last_case, self._last_entry, self._audit = int(last_case), int(last_entry), audit
        return self._state


__all__ = ["AuditMark", "CaseHeads", "State", "audit_mark", "record_digest"]
