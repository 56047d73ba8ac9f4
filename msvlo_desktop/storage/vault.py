"""The vault: every case, its log and its audit trail in one encrypted file.

This is the service layer the window and the command line both call. Each public method does
one thing: it validates through ``core``, writes in one transaction, records the audit entry,
and returns what changed. Nothing outside this package runs SQL.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import os
import threading
import unicodedata
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

from msvlo_desktop.core.bundle import ParsedBundle, build_bundle, parse_bundle
from msvlo_desktop.core.case import Case, parse_case_header
from msvlo_desktop.core.chain import GENESIS, ChainBreak, link_hash, verify_chain
from msvlo_desktop.core.closing import closing_problems
from msvlo_desktop.core.entries import Entry, EntryContext, search_text, validate_entry
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.passphrase import check_passphrase
from msvlo_desktop.core.values import iso, stored_values
from msvlo_desktop.storage import audit, case_summary, integrity, schema
from msvlo_desktop.storage import backup as copying
from msvlo_desktop.storage import search as full_text
from msvlo_desktop.storage.anchor import VAULT_KEY_BYTES, Anchor, Reading, new_vault_key
from msvlo_desktop.storage.connection import (
    Connection,
    VaultNeedsUpgrade,
    connect,
    connect_read_only,
    fsync_dir,
    on_read_only_medium,
    quote_key,
    transaction,
    translate,
)
from msvlo_desktop.storage.errors import (
    CaseClosed,
    CaseExists,
    CaseNotFound,
    NewerVault,
    ReadOnlyVault,
    VaultError,
    VaultExists,
    VaultMissing,
)
from msvlo_desktop.storage.lock import InstanceLock, check_single_link, real_path
from msvlo_desktop.storage.search import SearchHit

Clock = Callable[[], datetime]
VAULT_SUFFIX = ".msvlo"
# "Now" when re-reading a stored case record, which was validated when it was written: far
# enough ahead that no stored date is "in the future", and not datetime.max, which overflows
# the minute of grace the validators add.
_STORED_NOW = datetime(9000, 1, 1, tzinfo=UTC)
# How long closing the vault waits for the anchor's last deferred write (milliseconds on a
# working disk; a disk that hangs must not hang locking).
ANCHOR_FLUSH_SECONDS = 10.0
# The meta row holding the rollback anchor's key (storage/anchor.py).
ANCHOR_KEY_META = "anchor_key"


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


@dataclass(frozen=True)
class VerifyResult:
    problems: tuple[str, ...]
    first_break: ChainBreak | None
    cases: int
    entries: int
    # Stopped by the person before the whole vault was checked: never "ok", whatever the
    # parts checked showed.
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


@dataclass(frozen=True)
class Draft:
    id: int
    kind: str
    case_ref: str | None
    saved_at: datetime
    data: dict[str, Any]


def _entry_from_row(row: tuple[Any, ...]) -> Entry:
    seq, entry_id, etype, occurred, recorded, author, sensitive, data, h = row
    return Entry(
        id=entry_id,
        type=etype,
        occurred_at=datetime.fromisoformat(occurred),
        recorded_at=datetime.fromisoformat(recorded),
        author=author,
        data=json.loads(data),
        sensitive=bool(sensitive),
        seq=seq,
        hash=h,
    )


_ENTRY_COLS = "seq, entry_id, type, occurred_at, recorded_at, author, sensitive, data, hash"


class _CaseEntries(Mapping[str, Entry]):
    """A case's entries looked up by id on demand, so validating a new entry never loads the
    whole log of a long case."""

    def __init__(self, conn: Connection, case_id: int, extra: dict[str, Entry] | None = None):
        self._conn = conn
        self._case_id = case_id
        self._extra = extra or {}

    def __getitem__(self, key: str) -> Entry:
        if key in self._extra:
            return self._extra[key]
        row = self._conn.execute(
            f"SELECT {_ENTRY_COLS} FROM entries WHERE case_id = ? AND entry_id = ?",
            (self._case_id, key),
        ).fetchone()
        if row is None:
            raise KeyError(key)
        return _entry_from_row(row)

    def __iter__(self) -> Iterator[str]:
        for (eid,) in self._conn.execute(
            "SELECT entry_id FROM entries WHERE case_id = ? ORDER BY seq", (self._case_id,)
        ):
            yield eid

    def __len__(self) -> int:
        n = self._conn.execute(
            "SELECT count(*) FROM entries WHERE case_id = ?", (self._case_id,)
        ).fetchone()[0]
        return int(n)


# Sized for a long career of cases: the case list parses every case's record after each save,
# and a cache smaller than the number of cases was emptied by every pass (about 0.6 ms a
# case, on the GUI thread: docs/PERFORMANCE.md).
@functools.lru_cache(maxsize=4096)
def _parse_stored_header(header: str) -> Case:
    """A stored case record, parsed once: saving an entry re-reads its case every time.
    Read as stored, even with a date written before the dates' window was enforced."""
    with stored_values():
        return parse_case_header(json.loads(header), now=_STORED_NOW)


class Vault:
    """An open, unlocked vault. Thread-safe: one connection guarded by a lock."""

    def __init__(
        self, path: Path, conn: Connection, lock: InstanceLock | None, passphrase: str, clock: Clock
    ) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._lock = lock
        self._mutex = threading.RLock()
        # The worker connections opened from this one: a passphrase change is refused while
        # any is open (it would go on reading, and writing its audit records to, the old file).
        self._workers: weakref.WeakSet[Vault] = weakref.WeakSet()
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
        # Opened by examine(): the connection cannot write, and closing it writes nothing.
        self.read_only = False

    # ----------------------------------------------------------------- open and close
    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        officer: Officer,
        *,
        training: bool = False,
        clock: Clock = utc_now,
        anchor_dir: Path | str | None = None,
    ) -> Vault:
        """Create a new vault file; refuses to touch an existing file or a passphrase the
        policy refuses. ``anchor_dir``: see :mod:`msvlo_desktop.storage.anchor`."""
        _check_new_passphrase(passphrase)
        path = Path(path)
        if path.exists():
            raise VaultExists(path)
        if not path.parent.exists():
            raise VaultError(f"The folder {path.parent} does not exist.")
        path = real_path(path)
        lock = InstanceLock(path)
        _acquire(lock, path)
        try:
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                os.close(fd)
            except FileExistsError:
                raise VaultExists(path) from None
            except OSError as exc:
                raise translate(exc, path, "The new vault") from None
            lock.hold_identity_of(path)
            try:
                conn = connect(path, passphrase, create=True)
                schema.migrate(conn, None)
                now = clock()
                with transaction(conn, path, "The new vault"):
                    meta = {
                        "vault_id": uuid.uuid4().hex,
                        "created_at": iso(now),
                        "officer_name": officer.name,
                        "officer_collar": officer.collar_number,
                        "officer_force": officer.force,
                        "training": "1" if training else "0",
                        "app": "MSVLO Desktop",
                    }
                    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
                    audit.append(
                        conn,
                        at=now,
                        actor=officer.display or "unknown",
                        category="access",
                        action="vault created",
                        details={"training": training},
                    )
            except BaseException:
                with contextlib.suppress(OSError):
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(path) + suffix).unlink(missing_ok=True)
                raise
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock, passphrase, clock)._start_anchor(
            anchor_dir, passphrase, new=True
        )

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        exclusive: bool = True,
        anchor_dir: Path | str | None = None,
    ) -> Vault:
        """Unlock an existing vault. ``exclusive`` takes the one-process lock (the window and
        every command do; a worker thread's second connection does not). Then compare it with
        this computer's anchor (in ``anchor_dir``): see :attr:`rollback_warning`."""
        return cls._unlock(Path(path), passphrase, clock, exclusive)._start_anchor(
            anchor_dir, passphrase
        )

    @classmethod
    def examine(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        anchor_dir: Path | str | None = None,
    ) -> Vault:
        """Unlock a vault to check it, never writing to it: no migration (an older format is
        refused with :class:`VaultNeedsUpgrade`), no anchor key or anchor record, no
        journal-mode change, no write-ahead log left behind. Held by the one-process lock
        (a file beside it, not the vault) unless the medium is read-only; read as immutable
        when nothing can change it meanwhile. :attr:`rollback_warning` is set as at unlock.
        """
        path = real_path(Path(path))
        lock: InstanceLock | None = None
        if not on_read_only_medium(path):
            lock = InstanceLock(path)
            try:
                _acquire(lock, path)
            except ReadOnlyVault:
                lock = None  # a folder we cannot write to: read it as it is
        try:
            immutable = lock is not None or on_read_only_medium(path)
            immutable = immutable and not Path(f"{path}-wal").exists()
            conn = connect_read_only(path, passphrase, immutable=immutable)
            try:
                found = schema.version(conn)
                if found > schema.LATEST:
                    raise NewerVault(path, found, schema.LATEST)
                if found < schema.LATEST:
                    raise VaultNeedsUpgrade(path, found, schema.LATEST)
                vault = cls(path, conn, lock, passphrase, clock)
            except BaseException as exc:
                conn.close()
                if isinstance(exc, dbapi2.Error):
                    raise translate(exc, path) from None
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        vault.read_only = True
        try:
            vault._compare_anchor(anchor_dir, passphrase)
        except BaseException:
            vault.close()
            raise
        return vault

    def _compare_anchor(self, anchor_dir: Path | str | None, passphrase: str) -> None:
        """:attr:`rollback_warning` from this computer's anchor, recording nothing."""
        if not self.vault_id:
            return
        key = self._anchor_key(create=False)
        anchor, reading = Anchor.unlock(anchor_dir, self.vault_id, passphrase, key)
        warning = reading.problem
        if warning is None and reading.recorded is not None:
            with contextlib.suppress(dbapi2.DatabaseError):  # verify() names the damage
                state = anchor.heads.read_all(self.conn)
                warning = anchor.compare(reading.recorded, state, self._head_lookup(state))
        self.rollback_warning = warning

    @classmethod
    def _unlock(cls, path: Path, passphrase: str, clock: Clock, exclusive: bool) -> Vault:
        # The real file, whatever name it was given (storage/lock.py): one lock, one
        # write-ahead log, and a re-key or backup that acts on the file, not on a link.
        path = real_path(path)
        check_single_link(path)
        lock = InstanceLock(path) if exclusive else None
        if lock:
            if not path.exists():
                raise VaultMissing(path)
            _acquire(lock, path)
        try:
            conn = connect(path, passphrase)
            try:
                schema.migrate(conn, path)
                vault = cls(path, conn, lock, passphrase, clock)
            except BaseException as exc:
                conn.close()
                if isinstance(exc, dbapi2.Error):
                    # A damaged page under the schema or the vault's own settings.
                    raise translate(exc, path) from None
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        if lock:
            # A re-key killed before its rename leaves a full copy under the new key.
            copying.remove_partial(_rekey_partial(path))
        return vault

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

    def worker_connection(self) -> Vault:
        """A second connection to this vault for a worker thread (same passphrase; it shares
        this connection's anchor, so its writes keep the anchor up to date too)."""
        assert self._passphrase is not None, "vault is closed"
        worker = Vault._unlock(self.path, self._passphrase, self.clock, False)
        worker._anchor = self._anchor
        self._workers.add(worker)
        return worker

    # ----------------------------------------------------------------- rollback anchor
    def _start_anchor(
        self, anchor_dir: Path | str | None, passphrase: str, *, new: bool = False
    ) -> Vault:
        """Read this computer's anchor, set :attr:`rollback_warning`, and record the vault
        now unless a warning stands. A ``new`` vault has no anchor yet to read."""
        if not self.vault_id:
            return self
        try:
            key = self._anchor_key()
            if new:
                anchor = Anchor.fresh(anchor_dir, self.vault_id, passphrase, key)
                reading = Reading()
            else:
                anchor, reading = Anchor.unlock(anchor_dir, self.vault_id, passphrase, key)
            warning = reading.problem
            with self._mutex:
                self._anchor = anchor
                try:
                    state = anchor.heads.read_all(self.conn)
                    if warning is None and reading.recorded is not None:
                        warning = anchor.compare(reading.recorded, state, self._head_lookup(state))
                except dbapi2.DatabaseError:
                    # A damaged page: the vault still opens so what is intact can be read
                    # and verify() names the damage; the anchor is left as it was.
                    anchor.held = True
                    return self
                self.rollback_warning = warning
                anchor.held = warning is not None
                anchor.record_soon(state, self.clock())
        except BaseException:
            self.close()
            raise
        return self

    def _anchor_key(self, *, create: bool = True) -> bytes | None:
        """The random key this vault's rollback anchors derive their keys from, kept in the
        vault (storage/anchor.py), made at the first unlock that finds none (unless not
        ``create``). None when it cannot be stored (the anchor then derives its keys with
        scrypt, as before)."""
        try:
            row = self.conn.execute(
                "SELECT value FROM meta WHERE key = ?", (ANCHOR_KEY_META,)
            ).fetchone()
        except dbapi2.DatabaseError:
            # A damaged page: the vault must still open so verify() can name the damage
            # (the anchor is then held as it was: see _start_anchor).
            return None
        if row is not None:
            with contextlib.suppress(ValueError):
                stored = bytes.fromhex(str(row[0]))
                if len(stored) == VAULT_KEY_BYTES:
                    return stored
            return None
        if not create:
            return None
        key = new_vault_key()
        try:
            with transaction(self.conn, self.path, "The vault"):
                self.conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)", (ANCHOR_KEY_META, key.hex())
                )
        except (VaultError, dbapi2.Error):
            return None
        return key

    def _anchor_state(self) -> dict[str, tuple[int, str]]:
        return {
            str(ref): (int(count), str(head))
            for ref, count, head in self.conn.execute(
                "SELECT reference, entry_count, head FROM cases"
            )
        }

    def _head_lookup(
        self, state: Mapping[str, tuple[int, str]]
    ) -> Callable[[str, int], str | None]:
        """``_head_at`` for the comparison at unlock. A case still at its recorded count
        (nearly all of them) is compared by the head stored with it, already read with the
        counts; reading its last entry instead costs a page of the log per case (about
        0.1 s for 1,000 cases). An older or diverged copy of the vault carries its own
        heads, so it is caught the same way; only a hand-edited vault whose stored head
        disagrees with its log could differ, and verify() names that."""

        def head_at(ref: str, seq: int) -> str | None:
            if ref in state and state[ref][0] == seq:
                return state[ref][1]
            return self._head_at(ref, seq)

        return head_at

    def _head_at(self, ref: str, seq: int) -> str | None:
        row = self.conn.execute(
            "SELECT e.hash FROM entries e JOIN cases c ON c.id = e.case_id"
            " WHERE c.reference = ? AND e.seq = ?",
            (ref, seq),
        ).fetchone()
        return str(row[0]) if row else None

    def _record_anchor(self, *, force: bool = False) -> None:
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

    @property
    def anchor_error(self) -> str | None:
        """Why this computer's anchor could not be updated at the last write, if it could
        not (a full or read-only disk): rollback protection is then out of date. Waits
        (briefly) for the anchor's deferred write."""
        anchor = self._anchor
        if anchor is None:
            return None
        anchor.flush(timeout=ANCHOR_FLUSH_SECONDS)
        return anchor.last_error

    def accept_this_copy(self, actor: str | None = None) -> None:
        """The officer has checked this vault and keeps it despite the rollback warning (a
        backup restored on purpose): recorded in the audit log, and from now on this copy is
        what this computer remembers."""
        with self._mutex:
            warning = self.rollback_warning
            if warning is None:
                return
            with self._tx():
                self._audit("access", "older copy accepted", actor, warning=warning)
            self.rollback_warning = None
            if self._anchor is not None:
                self._anchor.held = False
                self._record_anchor(force=True)

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

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultError("The vault is locked.")
        return self._conn

    @contextlib.contextmanager
    def _tx(self, what: str = "The change") -> Iterator[None]:
        with transaction(self.conn, self.path, what):
            yield
            full_text.record_new_words(self.conn)  # of the entries written, if any
        self._record_anchor()

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

    # ----------------------------------------------------------------- cases
    def _case_row(self, ref: str) -> tuple[Any, ...]:
        row = self.conn.execute(
            "SELECT id, header, status, entry_count, head, closed_at FROM cases"
            " WHERE reference = ?",
            (ref,),
        ).fetchone()
        if row is None:
            raise CaseNotFound(ref)
        return tuple(row)

    @staticmethod
    def _case_from(header: str, status: str, closed_at: str | None) -> Case:
        case = _parse_stored_header(header)
        return case.with_changes(
            status=status,
            closed_on=datetime.fromisoformat(closed_at).date() if closed_at else None,
        )

    def get_case(self, ref: str) -> Case:
        with self._mutex:
            _, header, status, _, _, closed_at = self._case_row(ref)
            return self._case_from(header, status, closed_at)

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
            case = case_summary.listed(header, _parse_stored_header)
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
                    reason=reason.strip(),
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
            (datetime.fromisoformat(a), b, c, self._case_from(h, "open", None))
            for a, b, c, h in rows
        ]

    def close_case(self, ref: str, actor: str | None = None) -> None:
        """Close a case; refused until an exit strategy agreed with the lead investigator."""
        with self._mutex:
            case_id, _, status, _, _, _ = self._case_row(ref)
            if status == "closed":
                return
            # Only exit strategies decide, as corrected (a correction keeps the type).
            problems = closing_problems(self.entries_of_types(ref, ("exit_strategy", "correction")))
            if problems:
                raise ValidationError(problems)
            now = self.clock()
            with self._tx():
                self.conn.execute(
                    "UPDATE cases SET status = 'closed', closed_at = ? WHERE id = ?",
                    (iso(now), case_id),
                )
                self._audit("alteration", "case closed", actor, ref)

    def reopen_case(self, ref: str, reason: str, actor: str | None = None) -> None:
        if not reason.strip():
            raise ValidationError("Say why the case is being reopened.", "reason")
        with self._mutex:
            case_id = self._case_row(ref)[0]
            with self._tx():
                self.conn.execute(
                    "UPDATE cases SET status = 'open', closed_at = NULL WHERE id = ?", (case_id,)
                )
                self._audit("alteration", "case reopened", actor, ref, reason=reason.strip())

    # ----------------------------------------------------------------- the log
    def entries(self, ref: str) -> list[Entry]:
        """Every entry of a case in sequence order."""
        with self._mutex:
            case_id = self._case_row(ref)[0]
            rows = self.conn.execute(
                f"SELECT {_ENTRY_COLS} FROM entries WHERE case_id = ? ORDER BY seq", (case_id,)
            ).fetchall()
        return [_entry_from_row(r) for r in rows]

    def entries_page(self, ref: str, offset: int, limit: int) -> list[Entry]:
        """``limit`` entries from position ``offset`` (0-based) in sequence order."""
        with self._mutex:
            case_id = self._case_row(ref)[0]
            rows = self.conn.execute(
                f"SELECT {_ENTRY_COLS} FROM entries WHERE case_id = ? AND seq > ? ORDER BY seq"
                " LIMIT ?",
                (case_id, offset, limit),
            ).fetchall()
        return [_entry_from_row(r) for r in rows]

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
                f"SELECT {_ENTRY_COLS} FROM entries WHERE case_id = ? AND type IN ({marks})"
                " ORDER BY seq",
                (case_id, *wanted),
            ).fetchall()
        return [_entry_from_row(r) for r in rows]

    def entry_count(self, ref: str) -> int:
        with self._mutex:
            return int(self._case_row(ref)[3])

    def get_entry(self, ref: str, entry_id: str) -> Entry:
        with self._mutex:
            case_id = self._case_row(ref)[0]
            try:
                return _CaseEntries(self.conn, case_id)[entry_id]
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
            case = self._case_from(header, status, closed_at)
            ctx = EntryContext(
                now=now,
                victim=case.victim,
                opened_on=case.opened_on,
                existing=_CaseEntries(self.conn, case_id),
            )
            entry = validate_entry(raw, ctx)
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
        entry is checked against the case and the entries before it, exactly as add_entry.
        """
        now = self.clock()
        who = actor or self.officer.display
        stored: list[Entry] = []
        with self._mutex:
            case_id, header, status, count, head, closed_at = self._case_row(ref)
            if status == "closed":
                raise CaseClosed(ref)
            case = self._case_from(header, status, closed_at)
            batch: dict[str, Entry] = {}
            ctx = EntryContext(
                now=now,
                victim=case.victim,
                opened_on=case.opened_on,
                existing=_CaseEntries(self.conn, case_id, batch),
            )
            with self._tx("The entries"):
                for raw in raws:
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

    # ----------------------------------------------------------------- bundles
    def import_bundle(
        self, data: bytes | str, actor: str | None = None, source: str = ""
    ) -> ParsedBundle:
        """Import one case bundle as a new case: all of it, or nothing."""
        now = self.clock()
        parsed = parse_bundle(data, now=now)
        case = parsed.case
        header = json.dumps(case.header_json(), ensure_ascii=False, sort_keys=True)
        with self._mutex, self._tx("The import"):
            if self.conn.execute(
                "SELECT 1 FROM cases WHERE reference = ?", (case.reference,)
            ).fetchone():
                raise CaseExists(case.reference)
            case_id = self._insert_case(
                case,
                header,
                now,
                actor,
                "case imported",
                "combination",
                source=source,
                entries=len(parsed.entries),
                head=parsed.head,
            )
            head, count = GENESIS, 0
            for entry in parsed.entries:
                stored = self._append(case_id, case.reference, count, head, entry, last=False)
                head, count = stored.hash, stored.seq
            if parsed.entries:
                latest = max(e.occurred_at for e in parsed.entries)
                self._set_head(case_id, count, head, latest)
        return parsed

    def export_bundle(
        self,
        ref: str,
        *,
        actor: str | None = None,
        recipient: str = "",
        purpose: str = "case bundle export",
        record: bool = True,
    ) -> dict[str, Any]:
        """The case as a bundle document. ``record=False`` leaves the disclosure for the caller
        to record once the file is safely written (so a failed write is never logged as a
        disclosure)."""
        with self._mutex:
            case = self.get_case(ref)
            entries = self.entries(ref)
            head, _ = self.chain_head(ref)
            doc = build_bundle(case, entries, head)
            if not record:
                return doc
            with self._tx():
                self._audit(
                    "disclosure",
                    "case bundle exported",
                    actor,
                    ref,
                    recipient=recipient,
                    purpose=purpose,
                    entries=len(entries),
                    head=head,
                )
        return doc

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
                self._audit(
                    "consultation", "search run", actor, case_ref, query=query, results=len(rows)
                )
        hits = []
        for r in rows:
            entry = _entry_from_row(r[1:])
            hits.append(SearchHit(r[0], entry, full_text.snippet(entry, query)))
        return hits

    # ----------------------------------------------------------------- audit
    def audit_records(self, case_ref: str | None = None) -> list[audit.AuditRecord]:
        with self._mutex:
            return audit.records(self.conn, case_ref)

    # ----------------------------------------------------------------- verification
    def verify(self, progress: Callable[[int, int], bool] | None = None) -> VerifyResult:
        """Cipher page authentication, SQLite integrity, every case's chain, the audit chain.

        ``progress(done, total)`` is called as the check goes, on one scale of
        ``integrity.VERIFY_TOTAL`` across the four parts (``integrity.PAGES``, ``STRUCTURE``,
        ``CASES`` and ``AUDIT`` say where each begins); returning False stops it within a
        fraction of a second, and the result then says it was cancelled. Reads only.
        """
        problems: list[str] = []
        first: ChainBreak | None = None
        n_entries = checked = 0
        reporter = integrity.Reporter(progress)
        try:
            with self._mutex:
                conn = self.conn
                assert self._passphrase is not None, "vault is closed"
                try:
                    problems += integrity.authenticate_pages(
                        conn, self.path, self._passphrase, reporter.part(integrity.PAGES)
                    )
                    problems += integrity.check_structure(conn, reporter.part(integrity.STRUCTURE))
                except dbapi2.DatabaseError as exc:
                    problems.append(f"the file cannot be read: {exc}")
                    return VerifyResult(tuple(problems), None, 0, 0)
            # The records, the chains and the audit log are read in one read transaction: one
            # state of the vault, so an entry saved meanwhile through another connection (the
            # window's, while a check runs on its own) is not taken for a cut log. Saves go on
            # meanwhile (write-ahead log); this connection is held for the whole check.
            with self._mutex:
                conn = self.conn
                conn.execute("BEGIN")
                try:
                    cases = conn.execute(
                        "SELECT id, reference, header, entry_count, head FROM cases"
                        " ORDER BY reference"
                    ).fetchall()
                    report_case = reporter.part(integrity.CASES)
                    audited = self._audited_headers(lambda _: report_case(0, 1))
                    for case_id, ref, header, count, head in cases:
                        found, brk, n = self._verify_case(
                            case_id, ref, header, count, head, audited
                        )
                        problems += found
                        first = first or brk
                        n_entries += n
                        checked += 1
                        report_case(checked, len(cases))
                    audit_break = integrity.walk_audit(conn, reporter.part(integrity.AUDIT))
                finally:
                    with contextlib.suppress(dbapi2.Error):
                        conn.execute("COMMIT")
            if audit_break:
                problems.append(audit_break)
            reporter.finish()
        except integrity.Cancelled:
            problems.append("verification cancelled before the whole vault was checked")
            return VerifyResult(tuple(problems), first, checked, n_entries, cancelled=True)
        return VerifyResult(tuple(problems), first, checked, n_entries)

    def _verify_case(
        self,
        case_id: int,
        ref: str,
        header: str,
        count: int,
        head: str,
        audited: Mapping[str, str],
    ) -> tuple[list[str], ChainBreak | None, int]:
        """One case's chain and record: the problems, the first break, the entries read."""
        with self._mutex:
            rows = self.conn.execute(
                f"SELECT {_ENTRY_COLS}, prev_hash FROM entries WHERE case_id = ? ORDER BY seq",
                (case_id,),
            ).fetchall()
        stored = []
        try:
            for r in rows:
                stored.append((int(r[0]), _entry_from_row(r[:9]), str(r[9]), str(r[8])))
        except (ValueError, TypeError, json.JSONDecodeError):
            brk = ChainBreak(ref, len(stored) + 1, "?", "cannot be read")
            return [f"case {ref}: entry {len(stored) + 1} cannot be read"], brk, 0
        problems: list[str] = []
        found = verify_chain(ref, stored)
        if found is None and (len(stored) != count or (stored and stored[-1][3] != head)):
            last = stored[-1][1].id if stored else "-"
            found = ChainBreak(
                ref,
                len(stored),
                last,
                f"is the last entry, but the case records {count} entries"
                " with another head: entries were removed",
            )
        if found is not None:
            problems.append(str(found))
        if audited.get(ref) != hashlib.sha256(header.encode()).hexdigest():
            problems.append(f"case {ref}: the case record differs from its audited version")
        return problems, found, len(stored)

    def _audited_headers(self, report: Callable[[int], None]) -> dict[str, str]:
        """Each case record's hash as last audited. A scan of the whole audit log (seconds
        on a long career), so it can be stopped (``report`` raises integrity.Cancelled)."""
        out: dict[str, str] = {}
        for ref, details in integrity.fetch_stoppable(
            self.conn,
            "SELECT case_ref, details FROM audit WHERE case_ref IS NOT NULL"
            " AND details LIKE '%header_sha256%' ORDER BY id",
            (),
            report,
        ):
            h = json.loads(details).get("header_sha256")
            if h:
                out[ref] = h
        return out

    def find_head(self, ref: str, head: str) -> int | None:
        """The sequence number whose hash is ``head`` (a report's chain head), if any."""
        with self._mutex:
            case_id = self._case_row(ref)[0]
            row = self.conn.execute(
                "SELECT seq FROM entries WHERE case_id = ? AND hash = ?", (case_id, head.lower())
            ).fetchone()
        return int(row[0]) if row else None

    # ----------------------------------------------------------------- passphrase, backup
    def backup(self, dest: Path | str, progress: Callable[[int, int], bool] | None = None) -> Path:
        """A consistent, still-encrypted copy (same passphrase), copied page by page through
        a connection of its own, so the vault stays usable meanwhile (storage/backup.py).
        Never leaves a partial file, under the final name or any other. ``dest`` may be a
        folder. ``progress(done, total)`` in pages after each step; returning False stops it
        (:class:`~msvlo_desktop.storage.backup.CopyCancelled`, nothing written or recorded).
        """
        dest = Path(dest)
        if dest.is_dir():
            stamp = self.clock().strftime("%Y%m%d-%H%M%S")
            dest = dest / f"{self.path.stem}-backup-{stamp}{VAULT_SUFFIX}"
        if dest.exists():
            raise VaultError(f"{dest} already exists; choose another name for the backup.")
        if not dest.parent.exists():
            raise VaultError(f"The folder {dest.parent} does not exist.")
        passphrase = self._passphrase
        if passphrase is None:
            raise VaultError("The vault is locked.")
        try:
            copying.write_backup(self.path, passphrase, dest, progress)
        except FileExistsError:
            raise VaultError(
                f"{dest} already exists; choose another name for the backup."
            ) from None
        except (dbapi2.Error, OSError) as exc:
            raise translate(exc, dest.parent, "The backup") from None
        with self._mutex, self._tx():
            self._audit("access", "backup written", None, None, destination=str(dest))
        return dest

    def rekey(
        self, new_passphrase: str, progress: Callable[[int, int], object] | None = None
    ) -> None:
        """Change the passphrase. Atomic: a crash leaves either the old or the new key working.

        The vault is copied page by page to a new file under the new key and renamed over the
        old one; ``progress(done, total)`` in pages after each step. It cannot be stopped
        halfway: the change is recorded in the audit log before the copy so that the copy
        carries its own record, and the vault is held (every other call waits) until the new
        file is in place, so no change made meanwhile can be lost.
        """
        _check_new_passphrase(new_passphrase)
        if any(worker.is_open for worker in list(self._workers)):
            raise VaultError(
                "The passphrase cannot be changed while the vault is also being read elsewhere "
                "(the search window, a vault check, a backup or a report). Close or finish "
                "those, then change the passphrase."
            )
        tmp = _rekey_partial(self.path)
        copying.remove_partial(tmp)

        def report(done: int, total: int) -> bool:
            if progress is not None:
                progress(done, total)
            return True

        # The anchor is re-keyed too (its key comes from the passphrase): staged beside the
        # old one before the vault is renamed, moved in after, so a crash at any point leaves
        # an anchor that the passphrase opening the vault can check. An unanswered rollback
        # warning keeps the old anchor, so the warning survives the change.
        anchor = self._anchor
        new_anchor = anchor.rekeyed(new_passphrase) if anchor else None
        staged = False
        with self._mutex:
            # Recorded first so that the re-keyed copy carries its own record; if the change
            # then fails, a second record says so (the old passphrase still opens the vault).
            with self._tx():
                self._audit("access", "passphrase changed")
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                # Created empty and private first, so the copy is never readable by others.
                os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
                copying.copy_database(self.conn, tmp, new_passphrase, report)
                if self._lock is not None:
                    # The new file becomes the vault: its identity is held before it is.
                    self._lock.hold_identity_of(tmp)
                if anchor is not None and new_anchor is not None and not anchor.held:
                    try:
                        new_anchor.stage(self._anchor_state(), self.clock())
                        staged = True
                    except OSError:
                        new_anchor.discard_staged()  # written at the next change instead
            except BaseException as exc:
                copying.remove_partial(tmp)
                if new_anchor is not None:
                    new_anchor.discard_staged()
                with contextlib.suppress(VaultError, dbapi2.Error), self._tx():
                    self._audit("access", "passphrase change failed", reason=type(exc).__name__)
                if isinstance(exc, dbapi2.Error | OSError):
                    raise translate(exc, self.path, "The new passphrase") from None
                raise
            self.conn.close()
            self._conn = None
            for suffix in ("-wal", "-shm"):
                _remove_quietly(Path(str(self.path) + suffix))
            os.replace(tmp, self.path)
            fsync_dir(self.path.parent)
            if anchor is not None and new_anchor is not None:
                if staged:
                    new_anchor.commit_staged()
                anchor.adopt(new_anchor)
            self._conn = connect(self.path, new_passphrase)
            self._passphrase = new_passphrase

    # ----------------------------------------------------------------- drafts and settings
    def save_draft(self, kind: str, case_ref: str | None, data: Mapping[str, Any]) -> int:
        """Keep an unfinished form, encrypted in the vault, to offer back after unlock."""
        with self._mutex, self._tx("The draft"):
            cur = self.conn.execute(
                "INSERT INTO drafts (kind, case_ref, saved_at, data) VALUES (?, ?, ?, ?)",
                (kind, case_ref, iso(self.clock()), json.dumps(dict(data), ensure_ascii=False)),
            )
            return int(cur.lastrowid or 0)

    def drafts(self) -> list[Draft]:
        with self._mutex:
            rows = self.conn.execute(
                "SELECT id, kind, case_ref, saved_at, data FROM drafts ORDER BY id"
            ).fetchall()
        return [
            Draft(r[0], r[1], r[2], datetime.fromisoformat(r[3]), json.loads(r[4])) for r in rows
        ]

    def delete_draft(self, draft_id: int) -> None:
        with self._mutex, self._tx():
            self.conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._mutex:
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._mutex, self._tx():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def resembles_passphrase(candidate: str, passphrase: str) -> bool:
    """``candidate`` equals ``passphrase`` after trimming, Unicode normalisation and case
    folding (constant-time comparison). A report password is told to its recipient: one a
    capital letter or a trailing space away from the vault passphrase gives the vault away."""

    def loose(text: str) -> bytes:
        return unicodedata.normalize("NFC", text).strip().casefold().encode("utf-8")

    return bool(candidate.strip()) and hmac.compare_digest(loose(candidate), loose(passphrase))


def _acquire(lock: InstanceLock, path: Path) -> None:
    """Take the one-process lock; a read-only or full disk is named as such (the lock file
    is the first thing written)."""
    try:
        lock.acquire()
    except OSError as exc:
        raise translate(exc, path, "The vault") from None


def _check_new_passphrase(passphrase: str) -> None:
    """The passphrase policy of core.passphrase, enforced here too, so no caller can
    create or re-key a vault with a passphrase the window and command line would refuse."""
    problems = check_passphrase(passphrase)
    if problems:
        raise ValidationError([Problem("passphrase", p) for p in problems])


def _rekey_partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.rekey.partial")


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


__all__ = ["CaseSummary", "Draft", "Officer", "SearchHit", "Vault", "VerifyResult", "quote_key"]
