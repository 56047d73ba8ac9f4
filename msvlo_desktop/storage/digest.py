"""Each case's pending obligations, kept in the vault between sessions (schema version 2).

The Today view and the case list's next-due column show what every open case still owes.
Working that out from the logs means reading every entry of every case: about 20 s for 1,000
cases of 1,000 entries. So each case's pending obligations (due or overdue, milestones left
out), with what a Today line shows besides (the victim's name and pseudonym from the case
record, the exit strategy a pending review starts from), are kept in ``case_digest`` with a
key of everything they were worked out from, and a pass reads the logs of the cases whose key
no longer matches only:

* the case's entry count and chain head (a new entry, a correction, an import),
* a hash of the stored case record with its status and closing time (an edited record, a
  case closed or reopened: none of them touches the log),
* ``ENGINE_VERSION`` of ``core.obligations``, a fingerprint of the rules table and one of the
  working-day calendar (its holiday data and any local days added or taken out).

What the stored obligations say stays exact for any later moment once "due" and "overdue"
are worked out again from their due times (``core.obligations.statuses_at``), provided that
moment is at or after every entry, the crime report and the opening (``stable_from``, stored
with them). Evaluated before that, the case is worked out from its log and nothing is stored.

A stale case's log is read as the engine reads it (``READ_TYPES``, the entries its
corrections correct, and interactions and notes recording a declined referral only when a
decline could still matter), not whole.

This is derived data, not the record: it is not in any hash chain, writing it is not
audited, it is never exported (bundles and reports are built from the entries and the case
record alone), and deleting every row loses nothing but the time to work it out again. A
failure to write it is not an error: the pass still returns what it worked out.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import weakref
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlcipher3 import dbapi2

from msvlo_desktop.core.calendar import WorkingDayCalendar
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import Entry, effective_entries
from msvlo_desktop.core.obligations import (
    DECLINE_TYPES,
    DECLINED_ACTION,
    ENGINE_VERSION,
    READ_TYPES,
    Obligation,
    calendar_fingerprint,
    case_obligations,
    declines_matter,
    default_calendar,
    is_pending,
    obligation_from_data,
    obligation_to_data,
    rules_fingerprint,
    stable_from,
    statuses_at,
)
from msvlo_desktop.core.rules import RULES, RulesTable
from msvlo_desktop.core.values import iso
from msvlo_desktop.storage.connection import transaction, translate
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.rows import ENTRY_COLUMNS, entry_from_row, stored_case
from msvlo_desktop.storage.vault import Vault

__all__ = [
    "DIGEST_FORMAT",
    "Pending",
    "PendingPass",
    "digest_key",
    "forget",
    "pending_obligations",
]

# The layout of a stored digest's body: a change to it makes every stored digest stale.
DIGEST_FORMAT = 1
# Stored digests are written in batches, so a long first pass that is interrupted (the vault
# locked) keeps what it had worked out, without a transaction per case.
_BATCH_CASES = 50
_BATCH_SECONDS = 0.5


@dataclass(frozen=True)
class Pending:
    """One open case's pending obligations at the pass's moment, in the engine's order."""

    reference: str
    victim_name: str
    pseudonym: str
    obligations: tuple[Obligation, ...]
    # The latest exit strategy's fields as corrected, when a review of it is pending (the
    # Today view's review form starts from it); None otherwise.
    exit_strategy: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class PendingPass:
    """What one pass found: every open case asked for, by reference (in reference order)."""

    at: datetime
    cases: Mapping[str, Pending]
    closed: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()
    reused: int = 0  # cases answered from their stored digest
    worked_out: int = 0  # cases whose log was read
    entries_read: int = 0
    stored: int = 0  # digests written
    store_problem: str | None = None  # why digests could not be written, if they could not
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class _Row:
    case_id: int
    reference: str
    header: str
    status: str
    closed_at: str | None
    count: int
    head: str
    key: str | None


def digest_key(
    engine: str, count: int, head: str, header: str, status: str, closed_at: str | None
) -> str:
    """The key of a case's digest: what its obligations were worked out from."""
    record = hashlib.sha256(
        "\x1f".join((header, status, closed_at or "")).encode("utf-8")
    ).hexdigest()
    return hashlib.sha256(f"{engine}\x1f{count}\x1f{head}\x1f{record}".encode()).hexdigest()


def _engine_key(rules: RulesTable, calendar: WorkingDayCalendar) -> str:
    return (
        f"digest {DIGEST_FORMAT} engine {ENGINE_VERSION} rules {rules_fingerprint(rules)} "
        f"calendar {calendar_fingerprint(calendar)}"
    )


def forget(vault: Vault) -> int:
    """Delete every stored digest (they are worked out again when next needed)."""
    with _KEPT_LOCK:
        _KEPT.pop(vault, None)
    with vault.mutex, transaction(vault.conn, vault.path, "Clearing what is due"):
        return int(vault.conn.execute("DELETE FROM case_digest").rowcount)


@dataclass(frozen=True)
class _Kept:
    """A stored digest as read: good at any moment from ``stable_from`` on."""

    stable_from: datetime
    obligations: tuple[Obligation, ...]
    exit_strategy: Mapping[str, Any] | None
    victim_name: str
    pseudonym: str


# The digests of the last pass, read (by key), for each open vault: a pass that finds every
# case unchanged then reads no digest again. Held as long as the Vault object is (a locked
# vault's is dropped), and only the last pass's, so never more than one per case.
_KEPT: weakref.WeakKeyDictionary[Vault, dict[str, _Kept]] = weakref.WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()


def pending_obligations(
    vault: Vault,
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
    rules: RulesTable = RULES,
    refs: Collection[str] | None = None,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], object] | None = None,
    store: bool = True,
) -> PendingPass:
    """Every open case's pending obligations at ``at`` (aware), from the stored digests where
    they are still good and from the logs elsewhere (then stored for next time).

    ``refs`` limits the pass to those cases. ``check`` is called before each log is read (it
    raises to stop: a worker cancelled); ``progress(done, total)`` counts the logs read.
    ``store=False`` reads digests but writes none. Cases whose record or log cannot be read
    are listed in ``unreadable``; closed cases in ``closed``.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"evaluation time {at.isoformat()} has no time zone")
    t0 = time.perf_counter()
    cal = calendar if calendar is not None else default_calendar()
    engine = _engine_key(rules, cal)
    if check is not None:
        check()
    rows = _case_rows(vault, refs)
    with _KEPT_LOCK:
        for gone in [v for v in _KEPT if not v.is_open]:
            del _KEPT[gone]  # a locked vault's obligations are not kept in memory
        cache = dict(_KEPT.get(vault) or {})
    t_rows = time.perf_counter()

    kept: dict[str, tuple[_Row, str, _Kept | None]] = {}
    closed: list[str] = []
    to_read: list[int] = []
    for row in rows:
        if row.status == "closed":
            closed.append(row.reference)
            continue
        key = digest_key(engine, row.count, row.head, row.header, row.status, row.closed_at)
        known = cache.get(key) if row.key == key else None
        if row.key == key and known is None:
            to_read.append(row.case_id)
        kept[row.reference] = (row, key, known)
    bodies = _bodies(vault, to_read) if to_read else {}

    found: dict[str, Pending] = {}
    now_kept: dict[str, _Kept] = {}
    stale: list[tuple[_Row, str]] = []
    for ref, (row, key, known) in kept.items():
        if known is None and (row.case_id, key) in bodies:
            known = _from_body(bodies[row.case_id, key])
        if known is None or at < known.stable_from:
            stale.append((row, key))
            continue
        now_kept[key] = known
        found[ref] = Pending(
            ref,
            known.victim_name,
            known.pseudonym,
            tuple(statuses_at(known.obligations, at)),
            known.exit_strategy,
        )
    reused = len(found)
    t_reused = time.perf_counter()

    writer = _Writer(vault, enabled=store)
    unreadable: list[str] = []
    entries_read = 0
    try:
        for done, (row, key) in enumerate(stale):
            if check is not None:
                check()
            if progress is not None:
                progress(done, len(stale))
            try:
                case = stored_case(row.header, row.status, row.closed_at)
                entries = _engine_entries(vault, row.case_id, row.count, case, at)
            except (VaultError, ValueError, KeyError, TypeError):
                # A damaged record or entry (a ValidationError is a ValueError): that case is
                # listed as unreadable and every other case is still shown.
                if not vault.is_open:
                    raise
                unreadable.append(row.reference)
                continue
            entries_read += len(entries)
            pending, worked = _work_out(row, case, entries, at, cal, rules)
            found[row.reference] = pending
            if worked is not None:
                body, now_kept[key] = worked
                writer.add(row.case_id, key, at, body)
        if progress is not None and stale:
            progress(len(stale), len(stale))
    finally:
        writer.flush()
    if vault.is_open:
        with _KEPT_LOCK:
            # A pass over some cases keeps what was read of the others.
            _KEPT[vault] = now_kept if refs is None else {**cache, **now_kept}
    t_end = time.perf_counter()
    return PendingPass(
        at,
        {ref: found[ref] for ref in sorted(found)},
        tuple(closed),
        tuple(unreadable),
        reused,
        len(stale) - len(unreadable),
        entries_read,
        writer.stored,
        writer.problem,
        {
            "cases": t_rows - t0,
            "reuse": t_reused - t_rows,
            "work_out": t_end - t_reused,
            "total": t_end - t0,
        },
    )


def _case_rows(vault: Vault, refs: Collection[str] | None) -> list[_Row]:
    wanted = set(refs) if refs is not None else None
    with vault.mutex:
        try:
            rows = vault.conn.execute(
                "SELECT c.id, c.reference, c.header, c.status, c.closed_at, c.entry_count,"
                " c.head, d.key FROM cases c LEFT JOIN case_digest d ON d.case_id = c.id"
                " ORDER BY c.reference"
            ).fetchall()
        except dbapi2.Error as exc:
            raise translate(exc, vault.path) from None
    return [
        _Row(int(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4], int(r[5]), str(r[6]), r[7])
        for r in rows
        if wanted is None or r[1] in wanted
    ]


def _bodies(vault: Vault, case_ids: list[int]) -> dict[tuple[int, str], str]:
    """The stored digests of ``case_ids``, by case and key (a digest rewritten since the
    keys were read comes back under its new key, and so is not taken for the old)."""
    out: dict[tuple[int, str], str] = {}
    for i in range(0, len(case_ids), 500):
        chunk = case_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        with vault.mutex:
            try:
                rows = vault.conn.execute(
                    f"SELECT case_id, key, body FROM case_digest WHERE case_id IN ({marks})",
                    chunk,
                ).fetchall()
            except dbapi2.Error as exc:
                raise translate(exc, vault.path) from None
        out.update(((int(r[0]), str(r[1])), str(r[2])) for r in rows)
    return out


def _from_body(body: str) -> _Kept | None:
    """A stored digest, or None when it cannot be used (the case is then worked out)."""
    try:
        doc = json.loads(body)
        exit_strategy = doc["exit_strategy"]
        if exit_strategy is not None and not isinstance(exit_strategy, dict):
            return None
        name, pseudonym = doc["victim"]
        if not isinstance(name, str) or not isinstance(pseudonym, str):
            return None
        stable = datetime.fromisoformat(doc["stable_from"])
        if stable.tzinfo is None:
            return None
        obligations = tuple(obligation_from_data(o) for o in doc["pending"])
    except (ValueError, TypeError, KeyError):
        return None
    return _Kept(stable, obligations, exit_strategy, name, pseudonym)


def _work_out(
    row: _Row,
    case: Case,
    entries: list[Entry],
    at: datetime,
    cal: WorkingDayCalendar,
    rules: RulesTable,
) -> tuple[Pending, tuple[str, _Kept] | None]:
    """A case's pending obligations from its log, and the digest to store with what it
    reads back as (None when ``at`` is before ``stable_from``: what was worked out then is
    not good for later)."""
    obligations = case_obligations(case, entries, at, calendar=cal, rules=rules)
    pending = tuple(o for o in obligations if is_pending(o))
    exit_strategy: dict[str, Any] | None = None
    if any(o.kind == "exit_strategy_review" for o in pending):
        strategies = [e for e in effective_entries(entries) if e.type == "exit_strategy"]
        strategies.sort(key=lambda e: e.occurred_at)
        exit_strategy = dict(strategies[-1].data) if strategies else None
    name, pseudonym = case.victim.name, case.victim.pseudonym
    result = Pending(row.reference, name, pseudonym, pending, exit_strategy)
    since = stable_from(case, entries)
    if at < since:
        return result, None
    body = json.dumps(
        {
            "stable_from": since.isoformat(),
            "pending": [obligation_to_data(o) for o in pending],
            "exit_strategy": exit_strategy,
            # From the case record, which the key covers: the Today line names the victim.
            "victim": [name, pseudonym],
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return result, (body, _Kept(since, pending, exit_strategy, name, pseudonym))


_READ_TYPES = tuple(sorted(READ_TYPES))
_DECLINE_TYPES = tuple(sorted(DECLINE_TYPES))


def _engine_entries(
    vault: Vault, case_id: int, count: int, case: Case, at: datetime
) -> list[Entry]:
    """The first ``count`` entries of a case that the engine reads at ``at``, in log order.

    The types it reads, the entries their corrections correct, and, when a decline could
    still change what is pending at ``at`` (no support referral, or ``at`` before the log's
    ``stable_from``), the interactions and notes that mention a declined referral. Reading no
    further than ``count`` keeps the log in step with the key read with it: entries are only
    ever appended.
    """
    # "+seq": look entries up by type (entries_by_type), not by walking the whole log in
    # sequence order to test each one's type (eight times slower on a long log).
    marks = ",".join("?" * len(_READ_TYPES))
    by_seq = _select(
        vault,
        f"SELECT {ENTRY_COLUMNS} FROM entries WHERE case_id = ? AND +seq <= ?"
        f" AND type IN ({marks})",
        (case_id, count, *_READ_TYPES),
    )
    have = {e.id for e in by_seq.values()}
    targets = sorted({e.data["corrects"] for e in by_seq.values() if e.type == "correction"} - have)
    if targets:
        marks = ",".join("?" * len(targets))
        by_seq.update(
            _select(
                vault,
                f"SELECT {ENTRY_COLUMNS} FROM entries WHERE case_id = ? AND +seq <= ?"
                f" AND entry_id IN ({marks})",
                (case_id, count, *targets),
            )
        )
    read = [by_seq[s] for s in sorted(by_seq)]
    if declines_matter(case, read) or at < stable_from(case, read):
        # Matching the action's name in the stored JSON finds every entry recording it (and
        # perhaps a few that only mention it, which the engine then passes over).
        marks = ",".join("?" * len(_DECLINE_TYPES))
        by_seq.update(
            _select(
                vault,
                f"SELECT {ENTRY_COLUMNS} FROM entries WHERE case_id = ? AND +seq <= ?"
                f" AND type IN ({marks}) AND instr(data, ?) > 0",
                (case_id, count, *_DECLINE_TYPES, DECLINED_ACTION),
            )
        )
    return [by_seq[s] for s in sorted(by_seq)]


def _select(vault: Vault, sql: str, params: tuple[Any, ...]) -> dict[int, Entry]:
    with vault.mutex:
        try:
            rows = vault.conn.execute(sql, params).fetchall()
        except dbapi2.Error as exc:
            raise translate(exc, vault.path) from None
    return {int(r[0]): entry_from_row(r) for r in rows}


class _Writer:
    """Stores digests in short transactions of a few dozen cases each."""

    def __init__(self, vault: Vault, *, enabled: bool) -> None:
        self.vault = vault
        self.enabled = enabled
        self.rows: list[tuple[int, str, str, str]] = []
        self.stored = 0
        self.problem: str | None = None
        self.last = time.perf_counter()

    def add(self, case_id: int, key: str, at: datetime, body: str) -> None:
        if not self.enabled:
            return
        self.rows.append((case_id, key, iso(at), body))
        if len(self.rows) >= _BATCH_CASES or time.perf_counter() - self.last > _BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        rows, self.rows = self.rows, []
        self.last = time.perf_counter()
        if not rows or not self.enabled:
            return
        vault = self.vault
        try:
            with vault.mutex, transaction(vault.conn, vault.path, "Keeping what is due"):
                vault.conn.executemany(
                    "INSERT OR REPLACE INTO case_digest (case_id, key, computed_at, body)"
                    " VALUES (?, ?, ?, ?)",
                    rows,
                )
        except VaultError as exc:
            # Derived data: the pass has its answer; the next pass works these cases out
            # again. Nothing more is tried in this pass (a full disk, a read-only file).
            self.enabled = False
            self.problem = str(exc)
            return
        self.stored += len(rows)
