"""One case's log, read once and shared by every case tab.

The case tabs (overview, Victims' Code, NRM and referrals, contacts, provisions, exit
strategy) all show the same log, and a long case holds ten thousand entries: reading and
parsing them takes longer than the window may stand still. So the log of the case shown is
read once, in a worker, into a :class:`CaseLog`: the case record, every entry in the order
recorded, the log as corrected, and what the obligation engine and the checklists make of it
at one moment. Every tab fills itself from that one snapshot.

Entries are never changed or removed once recorded, so after a save the snapshot is not read
again: :meth:`CaseLog.extended` reads the case record and only the entries recorded since,
and works out the rest again, in a worker too.

:class:`CaseLogSource` runs those reads for the window's case area (or for a tab shown on its
own): ``show(vault, ref)`` starts reading a case, ``refresh()`` takes in what was recorded
since, ``clear()`` forgets everything. ``ready`` carries each new snapshot; a read overtaken
by another case (or by locking) never delivers, so a tab never shows another case's log.

The worker reads through the vault's own connection a page at a time (the vault serialises
its connection), so the window's own reads wait at most one page, and no second connection
(with its 0.2 s key derivation) is opened for each case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from msvlo_desktop.core.case import Case
from msvlo_desktop.core.checklists import Checklist, case_checklists
from msvlo_desktop.core.closing import agreed_exit_strategy, closing_problems
from msvlo_desktop.core.entries import Entry, effective_entries
from msvlo_desktop.core.errors import Problem
from msvlo_desktop.core.obligations import Obligation, case_obligations
from msvlo_desktop.gui import diagnostics
from msvlo_desktop.gui.workers import Task, TaskCancelled, run_task
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault, utc_now

PAGE = 500  # entries read per turn of the vault's lock

# What a tab adds to a snapshot in the worker: (name, make(log, previous)), where
# ``previous`` is what ``make`` returned for the snapshot this one extends (or None).
Extra = tuple[str, Callable[["CaseLog", Any], Any]]


class CaseLog:
    """A case and its whole log as read at one moment (``at``): never changed once made.

    Everything derived is worked out when first asked for and kept; :meth:`warm` asks for
    all of it, in the worker, so the tabs find it ready on the GUI thread.
    """

    def __init__(self, case: Case, entries: list[Entry], at: datetime) -> None:
        self.case = case
        self.ref = case.reference
        self.entries = entries
        self.at = at
        self.effective = effective_entries(entries)
        self._by_id = {e.id: e for e in self.effective}
        self._by_type: dict[str, list[Entry]] = {}
        for e in self.effective:
            self._by_type.setdefault(e.type, []).append(e)
        self._obligations: list[Obligation] | None = None
        self._checklists: list[Checklist] | None = None
        self._agreed: tuple[Entry | None] | None = None
        self._closing: list[Problem] | None = None
        self.extras: dict[str, Any] = {}

    # ------------------------------------------------------------------ reading
    @classmethod
    def read(
        cls, vault: Vault, ref: str, at: datetime, check: Callable[[], None] = lambda: None
    ) -> CaseLog:
        """Read a case and its whole log (``check`` is called between pages: it raises to
        stop)."""
        case = vault.get_case(ref)
        return cls(case, _read_after(vault, ref, [], check), at)

    def extended(
        self, vault: Vault, at: datetime, check: Callable[[], None] = lambda: None
    ) -> CaseLog:
        """This log with the entries recorded since, the case record read again."""
        case = vault.get_case(self.ref)
        return CaseLog(case, _read_after(vault, self.ref, list(self.entries), check), at)

    # ------------------------------------------------------------------ the log
    @property
    def count(self) -> int:
        return len(self.entries)

    def entry(self, entry_id: str | None) -> Entry | None:
        """An entry as it now reads (after any correction), by id."""
        return self._by_id.get(entry_id) if entry_id is not None else None

    def of_type(self, *types: str) -> list[Entry]:
        """The entries of these types as the log now reads, in the order recorded."""
        if len(types) == 1:
            return list(self._by_type.get(types[0], ()))
        found = [e for t in types for e in self._by_type.get(t, ())]
        return sorted(found, key=lambda e: e.seq)

    # ------------------------------------------------------------------ derived
    @property
    def obligations(self) -> list[Obligation]:
        """The obligation engine's view of the case at ``at``."""
        if self._obligations is None:
            self._obligations = case_obligations(self.case, self.entries, self.at)
        return self._obligations

    @property
    def checklists(self) -> list[Checklist]:
        if self._checklists is None:
            self._checklists = case_checklists(self.case, self.entries, self.at)
        return self._checklists

    @property
    def agreed_exit_strategy(self) -> Entry | None:
        if self._agreed is None:
            self._agreed = (agreed_exit_strategy(self.entries),)
        return self._agreed[0]

    @property
    def closing_problems(self) -> list[Problem]:
        if self._closing is None:
            self._closing = closing_problems(self.entries)
        return self._closing

    def warm(self, extras: Iterable[Extra] = (), previous: CaseLog | None = None) -> CaseLog:
        """Work out everything derived now (in the worker), and each of ``extras``."""
        _ = self.obligations, self.checklists, self.agreed_exit_strategy, self.closing_problems
        for name, make in extras:
            before = previous.extras.get(name) if previous is not None else None
            self.extras[name] = make(self, before)
        return self


def _read_after(
    vault: Vault, ref: str, entries: list[Entry], check: Callable[[], None]
) -> list[Entry]:
    """``entries`` (the log's first entries) followed by every later one, read a page at a
    time."""
    while True:
        check()
        page = vault.entries_page(ref, len(entries), PAGE)
        entries.extend(page)
        if len(page) < PAGE:
            return entries


_pool: QThreadPool | None = None


def case_pool() -> QThreadPool:
    """The thread reading case logs: its own, so a case opens without waiting for the
    Today view's or the case list's long passes over every case."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setObjectName("caseLogPool")
    return _pool


class CaseLogSource(QObject):
    """Reads the log of the case shown, in a worker, and extends it after saves.

    ``ready(log)`` carries each new :class:`CaseLog` of the case shown; ``failed(exc)`` the
    problem when it could not be read. ``clock`` gives the moment the tabs judge the case at.
    """

    ready = Signal(object)
    failed = Signal(object)

    def __init__(
        self, parent: QObject | None = None, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock or utc_now
        self.vault: Vault | None = None
        self.ref: str | None = None
        self.log: CaseLog | None = None
        self.extras: list[Extra] = []
        self._task: Task | None = None
        self._generation = 0
        self._again = False
        # Refreshes asked for in one turn of the event loop (every tab, after a save) are
        # one read.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh_now)

    @property
    def busy(self) -> bool:
        """A read is under way or about to start."""
        return self._task is not None or self._timer.isActive()

    def add_extra(self, name: str, make: Callable[[CaseLog, Any], Any]) -> None:
        """Also work out ``make(log, previous)`` in the worker for every snapshot, kept in
        ``log.extras[name]``. ``previous`` is its value for the snapshot extended, or None."""
        if all(n != name for n, _ in self.extras):
            self.extras.append((name, make))

    def show(self, vault: Vault, ref: str) -> None:
        """Read case ``ref``; the same case again only takes in what is new."""
        if vault is self.vault and ref == self.ref:
            self.refresh()
            return
        self._forget()
        self.vault, self.ref = vault, ref
        # Started from the event loop, once what the selection shows at once (the log's
        # first rows) has been painted without a worker competing for the interpreter.
        self._timer.start()

    def refresh(self) -> None:
        """Take in entries recorded (and case record changes made) since the last read."""
        if self.vault is not None:
            self._timer.start()

    def clear(self) -> None:
        """Forget the case; a read under way never delivers."""
        self._forget()
        self.vault, self.ref = None, None

    # ------------------------------------------------------------------ internals
    def _forget(self) -> None:
        self._generation += 1
        self._timer.stop()
        if self._task is not None:
            self._task.discard()
            self._task = None
        self.log = None
        self._again = False

    def _refresh_now(self) -> None:
        if self.vault is None:
            return
        if self._task is not None:
            self._again = True  # after the read under way, which may have missed it
            return
        self._start(self.log)

    def _start(self, base: CaseLog | None) -> None:
        assert self.vault is not None and self.ref is not None
        generation = self._generation
        vault, ref, at, extras = self.vault, self.ref, self.clock(), list(self.extras)

        def work(task: Task) -> CaseLog:
            check = task.check_cancelled
            log = (
                CaseLog.read(vault, ref, at, check)
                if base is None
                else base.extended(vault, at, check)
            )
            check()
            return log.warm(extras, base)

        def done(log: CaseLog) -> None:
            if generation != self._generation:
                return
            self._task = None
            self.log = log
            self.ready.emit(log)
            if self._again:
                self._again = False
                self._timer.start()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._task = None
            self._again = False
            if isinstance(exc, TaskCancelled):
                return
            if not isinstance(exc, VaultError):
                diagnostics.log_bug(exc)
            self.failed.emit(exc)

        self._task = run_task(work, done, failed, pool=case_pool())
