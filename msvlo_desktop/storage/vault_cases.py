"""The vault's part for cases and their logs: open, change, close and reopen a case; append
entries to its hash-chained log and read them back; search the logs.

Each method validates through ``core``, writes in one transaction (:meth:`VaultCore._tx`),
records the audit entry, and returns what changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from msvlo_desktop.core.case import Case, parse_case_header
from msvlo_desktop.core.chain import GENESIS, link_hash
from msvlo_desktop.core.closing import case_status, closing_problems
from msvlo_desktop.core.closing_review import closing_entry, outstanding_at_close, reopening_entry
from msvlo_desktop.core.entries import (
    STATUS_TYPES,
    Entry,
    EntryContext,
    search_text,
    validate_entry,
)
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.sequence import TYPES_READ, CaseHistory, refuse_if_wrong
from msvlo_desktop.core.values import iso
from msvlo_desktop.storage import case_summary
from msvlo_desktop.storage import search as full_text
from msvlo_desktop.storage.errors import CaseClosed, CaseExists, VaultError
from msvlo_desktop.storage.rows import (
    ENTRY_COLUMNS,
    CaseEntries,
    entry_from_row,
    parse_stored_header,
    stored_case,
)
from msvlo_desktop.storage.search import SearchHit
from msvlo_desktop.storage.vault_core import VaultCore

__all__ = ["CaseSummary", "VaultCases"]


@dataclass(frozen=True)
class CaseSummary:
    reference: str
    crime_reference: str | None
    victim_name: str
    pseudonym: str
    is_child: bool
    age_disputed: bool
    enhanced_rights: bool
    status: str
    opened_on: str
    entry_count: int
    last_occurred_at: datetime | None


def _not_a_status_entry(raw: Mapping[str, Any]) -> None:
    """Closing and reopening are recorded only by close_case and reopen_case, which keep the
    status column in step with the log."""
    if raw.get("type") in STATUS_TYPES:
        raise ValidationError(
            "A case is closed or reopened with Close case… or Reopen case…, which ask for the "
            "reason; it is not recorded as an ordinary entry.",
            "type",
        )


class VaultCases(VaultCore):
    """Cases, their logs and the search across them."""

    # ----------------------------------------------------------------- cases

    def get_case(self, ref: str) -> Case:
        with self._mutex:
            _, header, status, _, _, closed_at = self._case_row(ref)
            return stored_case(header, status, closed_at)

    def case_exists(self, ref: str) -> bool:
        with self._mutex:
            row = self.conn.execute("SELECT 1 FROM cases WHERE reference = ?", (ref,)).fetchone()
            return row is not None

    def list_cases(self, *, include_closed: bool = True) -> list[CaseSummary]:
        out = []
        today = self.clock().date()
        with self._mutex:
            rows = self.conn.execute(
                "SELECT reference, header, status, entry_count, last_occurred_at FROM cases"
                " ORDER BY reference"
            ).fetchall()
        for ref, header, status, count, last in rows:
            if status == "closed" and not include_closed:
                continue
            # Only the listed fields, not the whole record (storage/case_summary.py).
            case = case_summary.listed(header, parse_stored_header)
            v = case.victim
            out.append(
                CaseSummary(
                    reference=ref,
                    crime_reference=case.crime_reference,
                    victim_name=v.name,
                    pseudonym=v.pseudonym,
                    is_child=v.is_child(today, case.opened_on),
                    age_disputed=v.age_disputed,
                    enhanced_rights=v.has_enhanced_rights(today, case.opened_on),
                    status=status,
                    opened_on=case.opened_on.isoformat(),
                    entry_count=count,
                    last_occurred_at=datetime.fromisoformat(last) if last else None,
                )
            )
        return out

    def add_case(self, raw_or_case: Mapping[str, Any] | Case, actor: str | None = None) -> Case:
        """Open a new case from a validated Case or the raw case fields of a form."""
        now = self.clock()
        case = (
            raw_or_case
            if isinstance(raw_or_case, Case)
            else parse_case_header(raw_or_case, now=now)
        )
        header = json.dumps(case.header_json(), ensure_ascii=False, sort_keys=True)
        with self._mutex, self._tx("The new case"):
            if self.conn.execute(
                "SELECT 1 FROM cases WHERE reference = ?", (case.reference,)
            ).fetchone():
                raise CaseExists(case.reference)
            self._insert_case(case, header, now, actor, "case created", "collection")
        return case

    def _insert_case(
        self,
        case: Case,
        header: str,
        now: datetime,
        actor: str | None,
        action: str,
        category: str,
        **details: Any,
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO cases (reference, header, created_at, head) VALUES (?, ?, ?, ?)",
            (case.reference, header, iso(now), GENESIS),
        )
        case_id = int(cur.lastrowid or 0)
        who = actor or self.officer.display
        self.conn.execute(
            "INSERT INTO case_revisions (case_id, revised_at, actor, reason, header)"
            " VALUES (?, ?, ?, ?, ?)",
            (case_id, iso(now), who, action, header),
        )
        self._audit(
            category,
            action,
            who,
            case.reference,
            header_sha256=hashlib.sha256(header.encode()).hexdigest(),
            **details,
        )
        return case_id

    def update_case(
        self, ref: str, raw: Mapping[str, Any] | Case, *, reason: str, actor: str | None = None
    ) -> Case:
        """Change the case or victim record. The previous version stays in the revisions."""
        if not reason.strip():
            raise ValidationError("Say why the record is being changed.", "reason")
        now = self.clock()
        with self._mutex:
            case_id, _, status, _, _, _ = self._case_row(ref)
            case = raw if isinstance(raw, Case) else parse_case_header(raw, now=now)
            if case.reference != ref:
                raise ValidationError("A case's reference cannot be changed.", "reference")
            header = json.dumps(case.header_json(), ensure_ascii=False, sort_keys=True)
            who = actor or self.officer.display
            with self._tx():
                self.conn.execute("UPDATE cases SET header = ? WHERE id = ?", (header, case_id))
                self.conn.execute(
                    "INSERT INTO case_revisions (case_id, revised_at, actor, reason, header)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (case_id, iso(now), who, reason.strip(), header),
                )
                self._audit(
                    "alteration",
                    "case record changed",
                    who,
                    ref,
                    header_sha256=hashlib.sha256(header.encode()).hexdigest(),
                )
        return case.with_changes(status=status)

    def case_revisions(self, ref: str) -> list[tuple[datetime, str, str, Case]]:
        with self._mutex:
            case_id = self._case_row(ref)[0]
            rows = self.conn.execute(
                "SELECT revised_at, actor, reason, header FROM case_revisions WHERE case_id = ?"
                " ORDER BY id",
                (case_id,),
            ).fetchall()
        return [
            (datetime.fromisoformat(a), b, c, stored_case(h, "open", None)) for a, b, c, h in rows
        ]

    def closing_outstanding(self, ref: str, at: datetime | None = None) -> list[str]:
        """What case ``ref`` still owes if it is closed at ``at`` (default now): open
        checklist items and pending obligations, one line each (core/closing_review.py)."""
        when = at or self.clock()
        with self._mutex:
            case = self.get_case(ref)
            entries = self.entries(ref)
        return outstanding_at_close(case, entries, when)

    def close_case(
        self,
        ref: str,
        *,
        reason: str | None = None,
        retention_review_on: date | str | None = None,
        acknowledged: Sequence[str] = (),
        actor: str | None = None,
    ) -> Entry:
        """Close a case by appending a ``case_closed`` entry to its log.

        Refused until an exit strategy is agreed with the lead investigator, without a
        reason, with a retention review date not after today, or while items are open that
        are not among ``acknowledged`` (:meth:`closing_outstanding`). ``retention_review_on``
        defaults to the rules table's (10 years after today). The entry records the open
        items; the kept status column is changed in the same transaction.
        """
        now = self.clock()
        who = actor or self.officer.display
        with self._mutex:
            case_id, header, status, count, head, closed_at = self._case_row(ref)
            if status == "closed":
                raise CaseClosed(ref)
            # Only exit strategies decide, as corrected (a correction keeps the type).
            problems = closing_problems(self.entries_of_types(ref, ("exit_strategy", "correction")))
            if problems:
                raise ValidationError(problems)
            case = stored_case(header, status, closed_at)
            entries = self.entries(ref)
            raw = closing_entry(
                reason=reason,
                retention_review_on=(
                    retention_review_on.isoformat()
                    if isinstance(retention_review_on, date)
                    else retention_review_on
                ),
                outstanding=outstanding_at_close(case, entries, now),
                acknowledged=acknowledged,
                at=now,
            )
            return self._change_status(case_id, ref, case, count, head, raw, now, who)

    def reopen_case(self, ref: str, reason: str | None, actor: str | None = None) -> Entry:
        """Reopen a closed case by appending a ``case_reopened`` entry (a reason is
        required); its log can be added to and corrected again."""
        now = self.clock()
        who = actor or self.officer.display
        raw = reopening_entry(reason=reason, at=now)
        with self._mutex:
            case_id, header, status, count, head, closed_at = self._case_row(ref)
            if status != "closed":
                raise ValidationError(f"Case {ref} is open: there is nothing to reopen.", "status")
            case = stored_case(header, status, closed_at)
            return self._change_status(case_id, ref, case, count, head, raw, now, who)

    def _change_status(
        self,
        case_id: int,
        ref: str,
        case: Case,
        count: int,
        head: str,
        raw: Mapping[str, Any],
        now: datetime,
        who: str,
    ) -> Entry:
        """Append a closing or reopening entry and keep the status column in step with it,
        in one transaction."""
        ctx = EntryContext(
            now=now,
            victim=case.victim,
            opened_on=case.opened_on,
            existing=CaseEntries(self.conn, case_id),
        )
        entry = validate_entry({"author": who, **raw}, ctx)
        closing = entry.type == "case_closed"
        with self._tx("The case's status"):
            stored = self._append(case_id, ref, count, head, entry)
            self._keep_status(case_id, "closed" if closing else "open", entry.occurred_at)
            details: dict[str, Any] = {"entry": entry.id, "seq": stored.seq}
            if closing:
                details["retention_review_on"] = entry.data["retention_review_on"]
                details["outstanding"] = len(entry.data.get("outstanding") or ())
            # The reopening's reason is in the log; the audit log keeps no case text.
            self._audit(
                "alteration", "case closed" if closing else "case reopened", who, ref, **details
            )
        return stored

    def _keep_status(self, case_id: int, status: str, closed_at: datetime | None) -> None:
        """Write the status column, the kept copy of what the log's last closing or
        reopening says; the caller owns the transaction."""
        self.conn.execute(
            "UPDATE cases SET status = ?, closed_at = ? WHERE id = ?",
            (status, iso(closed_at) if status == "closed" and closed_at else None, case_id),
        )

    def _keep_status_of_log(self, case_id: int, entries: Sequence[Entry]) -> str:
        """Set the status column from a log just written whole (an import): its last
        closing or reopening decides; a log with neither leaves the case open."""
        found = case_status(entries)
        if found.entry is not None:
            self._keep_status(case_id, found.status, found.entry.occurred_at)
        return found.status

    # ----------------------------------------------------------------- the log
    def entries(self, ref: str) -> list[Entry]:
        """Every entry of a case in sequence order."""
        with self._mutex:
            case_id = self._case_row(ref)[0]
            rows = self.conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM entries WHERE case_id = ? ORDER BY seq", (case_id,)
            ).fetchall()
        return [entry_from_row(r) for r in rows]

    def entries_page(self, ref: str, offset: int, limit: int) -> list[Entry]:
        """``limit`` entries from position ``offset`` (0-based) in sequence order."""
        with self._mutex:
            case_id = self._case_row(ref)[0]
            rows = self.conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM entries WHERE case_id = ? AND seq > ? ORDER BY seq"
                " LIMIT ?",
                (case_id, offset, limit),
            ).fetchall()
        return [entry_from_row(r) for r in rows]

    def entries_of_types(self, ref: str, types: Iterable[str]) -> list[Entry]:
        """The entries of a case whose type is one of ``types``, in sequence order, found
        through the type index (an entry form listing events reads only those)."""
        wanted = sorted(set(types))
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        with self._mutex:
            case_id = self._case_row(ref)[0]
            rows = self.conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM entries WHERE case_id = ? AND type IN ({marks})"
                " ORDER BY seq",
                (case_id, *wanted),
            ).fetchall()
        return [entry_from_row(r) for r in rows]

    def entry_count(self, ref: str) -> int:
        with self._mutex:
            return int(self._case_row(ref)[3])

    def get_entry(self, ref: str, entry_id: str) -> Entry:
        with self._mutex:
            case_id = self._case_row(ref)[0]
            try:
                return CaseEntries(self.conn, case_id)[entry_id]
            except KeyError:
                raise VaultError(f"Case {ref} has no entry {entry_id!r}.") from None

    def chain_head(self, ref: str) -> tuple[str, int]:
        with self._mutex:
            row = self._case_row(ref)
        return str(row[4]), int(row[3])

    def add_entry(self, ref: str, raw: Mapping[str, Any], actor: str | None = None) -> Entry:
        """Validate and append one entry to a case's log. Returns it numbered and hashed."""
        now = self.clock()
        who = actor or self.officer.display
        raw = dict(raw)
        raw.setdefault("author", who)
        with self._mutex:
            case_id, header, status, count, head, closed_at = self._case_row(ref)
            if status == "closed":
                raise CaseClosed(ref)
            _not_a_status_entry(raw)
            case = stored_case(header, status, closed_at)
            ctx = EntryContext(
                now=now,
                victim=case.victim,
                opened_on=case.opened_on,
                existing=CaseEntries(self.conn, case_id),
            )
            entry = validate_entry(raw, ctx)
            # The order of the log (core/sequence.py): judged against the case as corrected.
            refuse_if_wrong(
                entry,
                CaseHistory.of(case.opened_on, self.entries_of_types(ref, TYPES_READ), case.victim),
            )
            with self._tx("The entry"):
                stored = self._append(case_id, ref, count, head, entry)
                self._audit(
                    "alteration" if entry.type == "correction" else "collection",
                    f"{entry.type} recorded",
                    who,
                    ref,
                    entry=entry.id,
                    seq=stored.seq,
                )
        return stored

    def add_entries(
        self, ref: str, raws: Iterable[Mapping[str, Any]], actor: str | None = None
    ) -> list[Entry]:
        """Validate and append many entries in one transaction: all of them, or none.

        For loading a long history at once (the training and benchmark generators); each
        entry is checked against the case and the entries before it, exactly as add_entry,
        except for the order of the log (core/sequence.py): like a bundle's, history loaded
        whole is taken as it was.
        """
        now = self.clock()
        who = actor or self.officer.display
        stored: list[Entry] = []
        with self._mutex:
            case_id, header, status, count, head, closed_at = self._case_row(ref)
            if status == "closed":
                raise CaseClosed(ref)
            case = stored_case(header, status, closed_at)
            batch: dict[str, Entry] = {}
            ctx = EntryContext(
                now=now,
                victim=case.victim,
                opened_on=case.opened_on,
                existing=CaseEntries(self.conn, case_id, batch),
            )
            with self._tx("The entries"):
                for raw in raws:
                    _not_a_status_entry(raw)
                    entry = validate_entry({"author": who, **raw}, ctx)
                    batch[entry.id] = entry
                    done = self._append(case_id, ref, count, head, entry, last=False)
                    count, head = done.seq, done.hash
                    stored.append(done)
                if stored:
                    latest = max(e.occurred_at for e in stored)
                    self._set_head(case_id, count, head, latest)
                    self._audit(
                        "collection",
                        "entries recorded",
                        who,
                        ref,
                        entries=len(stored),
                        first_seq=stored[0].seq,
                        last_seq=stored[-1].seq,
                    )
        return stored

    def _append(
        self, case_id: int, ref: str, count: int, head: str, entry: Entry, *, last: bool = True
    ) -> Entry:
        """Insert one entry after ``count`` entries ending in ``head``; the caller owns the
        transaction. ``last=False`` defers updating the case's head to the final entry."""
        seq = count + 1
        h = link_hash(ref, seq, head, entry.to_json())
        cur = self.conn.execute(
            "INSERT INTO entries (case_id, seq, entry_id, type, occurred_at, recorded_at, author,"
            " sensitive, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                seq,
                entry.id,
                entry.type,
                iso(entry.occurred_at),
                iso(entry.recorded_at),
                entry.author,
                int(entry.sensitive),
                json.dumps(dict(entry.data), ensure_ascii=False, sort_keys=True),
                head,
                h,
            ),
        )
        rowid = cur.lastrowid
        assert rowid is not None  # set by every INSERT into a table with row ids
        full_text.index_entry(self.conn, rowid, case_id, entry.occurred_at, search_text(entry))
        if last:
            self._set_head(case_id, seq, h, entry.occurred_at)
        return Entry(
            entry.id,
            entry.type,
            entry.occurred_at,
            entry.recorded_at,
            entry.author,
            entry.data,
            entry.sensitive,
            seq,
            h,
        )

    def _set_head(self, case_id: int, count: int, head: str, occurred_at: datetime) -> None:
        self.conn.execute(
            "UPDATE cases SET entry_count = ?, head = ?,"
            " last_occurred_at = max(coalesce(last_occurred_at, ''), ?) WHERE id = ?",
            (count, head, iso(occurred_at), case_id),
        )

    # ----------------------------------------------------------------- search
    def search(
        self, query: str, *, limit: int = 200, actor: str | None = None, case_ref: str | None = None
    ) -> list[SearchHit]:
        """Full-text search across every case's log (or one case): the newest ``limit``
        matches by when they happened (storage/search.py). Recorded as consultation."""
        if not full_text.words(query):
            return []
        with self._mutex:
            rows = full_text.newest(self.conn, query, limit=limit, case_ref=case_ref)
            with self._tx():
                # That a search was made and what it found, never the words: what is typed
                # is often a victim's name, and the audit log can never be erased.
                self._audit(
                    "consultation",
                    "search run",
                    actor,
                    case_ref,
                    words=len(full_text.words(query)),
                    results=len(rows),
                )
            names = full_text.pseudonyms(self.conn, (r[0] for r in rows))
        hits = []
        for r in rows:
            entry = entry_from_row(r[1:])
            hits.append(
                SearchHit(r[0], entry, full_text.snippet(entry, query), names.get(r[0], ""))
            )
        return hits
