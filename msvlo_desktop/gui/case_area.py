"""The tabs shown for the selected case: the log first, and any number of others.

Each tab is a widget that can show one case (``set_case(vault, ref)``) and forget it
(``clear()``). New tabs (overview, Victims' Code, NRM, contacts, provisions, exit strategy)
are added with :meth:`CaseArea.add_tab` and need no other change to the window: locking
clears every tab, selecting a case fills every tab.

The tabs that show what the log holds (:class:`CaseLogTab`) share one read of it: the area's
:class:`~msvlo_desktop.gui.case_log.CaseLogSource` reads the case in a worker and hands the
snapshot to every such tab, the one in view first and the others one per turn of the event
loop (or at once when shown), so selecting a case or saving an entry never holds up the
window while ten thousand entries are read and worked through. A widget with
``take_logs_from(source)`` (the Log tab) is given the source when added, to have its own
work done in the same worker, and is handed each snapshot (``adopt_log(log)``) or told it
could not be read (``log_failed()``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from msvlo_desktop.core.entries import Entry
from msvlo_desktop.gui.case_log import CaseLog, CaseLogSource
from msvlo_desktop.gui.day_common import Author, Clock, tr
from msvlo_desktop.gui.day_common import CaseTab as DayCaseTab
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault, utc_now


class CaseTab(Protocol):
    def set_case(self, vault: Vault, ref: str) -> None: ...

    def clear(self) -> None: ...


class CaseLogTab(DayCaseTab):
    """A case tab filled from a :class:`CaseLog` (subclasses implement :meth:`show_log`).

    In the case area it shares the area's source; shown on its own (``set_case``) it reads
    the case with a source of its own. Either way the log is read in a worker: until it
    arrives the tab says so and offers nothing to record.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        author: Author = None,
    ) -> None:
        super().__init__(parent, clock=clock, author=author)
        self.log: CaseLog | None = None
        self._pending: CaseLog | None = None
        self._source: CaseLogSource | None = None
        self._shared = False

    # ------------------------------------------------------------------ the API
    def set_case(self, vault: Vault, ref: str) -> None:
        self.begin_case(vault, ref)
        self.source().show(vault, ref)

    def refresh(self) -> None:
        """Take in what was recorded since (read in a worker; the tab fills when it is)."""
        if self.vault is not None and self.case_ref is not None:
            self.source().refresh()

    def clear(self) -> None:
        self.log = None
        self._pending = None
        if self._source is not None and not self._shared:
            self._source.clear()
        super().clear()

    @property
    def busy(self) -> bool:
        """The log of the case shown is being read (or read again) or waits to be shown."""
        reading = self._source is not None and self._source.busy
        return self.case_ref is not None and (reading or self._pending is not None)

    # ------------------------------------------------------------------ the source
    def source(self) -> CaseLogSource:
        if self._source is None:
            self._source = CaseLogSource(self, clock=self.now)
            self._source.ready.connect(lambda log: self.take_log(log, now=True))
            self._source.failed.connect(self.show_failure)
        return self._source

    def share_source(self, source: CaseLogSource) -> None:
        """Use the case area's source (the area hands the snapshots on)."""
        self._source, self._shared = source, True

    def begin_case(self, vault: Vault, ref: str) -> None:
        """Case ``ref`` is to be shown: forget another case at once (its log is read)."""
        if vault is self.vault and ref == self.case_ref:
            return
        self.vault, self.case_ref = vault, ref
        self.case, self.entries, self.effective = None, [], []
        self.log, self._pending = None, None
        self.clear_view()
        self._say(tr("Reading the log of case {ref}…").format(ref=ref), "hint")
        self._update_buttons()

    def take_log(self, log: CaseLog, *, now: bool = False) -> None:
        """A snapshot of the case was read: shown at once when ``now`` or in view, else
        kept until :meth:`fill` (or the tab is shown)."""
        if log.ref != self.case_ref:
            return  # read for a case no longer shown
        self._pending = log
        if now or self.isVisible():
            self.fill()

    def has_pending(self) -> bool:
        return self._pending is not None

    def fill(self) -> None:
        """Show the snapshot waiting to be shown."""
        log, self._pending = self._pending, None
        if log is None or log.ref != self.case_ref:
            return
        self.log = log
        self.case = log.case
        self.entries = log.entries
        self.effective = log.effective
        self.problem_label.hide()
        self.show_log(log)
        self._update_buttons()

    def show_failure(self, exc: BaseException) -> None:
        """The case could not be read."""
        self.case, self.entries, self.effective = None, [], []
        self.log, self._pending = None, None
        self.clear_view()
        if isinstance(exc, VaultError):
            text = tr("This case could not be read: {problem}").format(problem=exc)
        else:
            text = tr("This case could not be read; the log file has details.")
        self._say(text, "error")
        self._update_buttons()

    # ------------------------------------------------------------------ subclasses
    def show_log(self, log: CaseLog) -> None:
        """Fill the tab from ``log`` (everything derived is already worked out)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ internals
    def entry_by_id(self, entry_id: str | None) -> Entry | None:
        return self.log.entry(entry_id) if self.log is not None else None

    def _say(self, text: str, role: str) -> None:
        label = self.problem_label
        label.setText(text)
        if label.property("role") != role:
            label.setProperty("role", role)
            label.style().unpolish(label)
            label.style().polish(label)
        label.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self.fill()


@dataclass
class _Tab:
    widget: QWidget
    show: Callable[[Vault, str], None]
    clear: Callable[[], None]


class CaseArea(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._tabs: list[_Tab] = []
        self.vault: Vault | None = None
        self.case_ref: str | None = None
        self.source = CaseLogSource(self, clock=self._now)
        self.source.ready.connect(self._log_ready)
        self.source.failed.connect(self._log_failed)
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_next)

    def add_tab(
        self,
        widget: QWidget,
        title: str,
        *,
        show: Callable[[Vault, str], None] | None = None,
        clear: Callable[[], None] | None = None,
    ) -> None:
        """Add a tab; by default it is a :class:`CaseTab` (``set_case`` and ``clear``)."""
        if isinstance(widget, CaseLogTab):
            widget.share_source(self.source)
            if show is None:
                show = widget.begin_case
        serve = getattr(widget, "take_logs_from", None)
        if callable(serve):
            serve(self.source)
        show = show or widget.set_case  # type: ignore[attr-defined]
        clear = clear or widget.clear  # type: ignore[attr-defined]
        self._tabs.append(_Tab(widget, show, clear))
        self.tabs.addTab(widget, title)
        if self.vault is not None and self.case_ref is not None:
            show(self.vault, self.case_ref)
            if self.source.log is not None:
                self._hand_over(widget, self.source.log)

    def widgets(self) -> list[QWidget]:
        return [t.widget for t in self._tabs]

    def set_case(self, vault: Vault, ref: str) -> None:
        """Show case ``ref`` in every tab (the same case again: take in what is new)."""
        self.vault, self.case_ref = vault, ref
        for tab in self._tabs:
            tab.show(vault, ref)
        self.source.show(vault, ref)

    def refresh(self) -> None:
        """Take in what was recorded in the case since it was read."""
        self.source.refresh()

    def clear(self) -> None:
        self._fill_timer.stop()
        self.source.clear()
        self.vault, self.case_ref = None, None
        for tab in self._tabs:
            tab.clear()

    @property
    def busy(self) -> bool:
        """The case shown is still being read or its tabs filled."""
        return (
            self.source.busy
            or self._fill_timer.isActive()
            or any(isinstance(t.widget, CaseLogTab) and t.widget.has_pending() for t in self._tabs)
        )

    # ------------------------------------------------------------------ snapshots
    def _now(self) -> datetime:
        """The moment the tabs judge the case at: their clock (the window's)."""
        for tab in self._tabs:
            if isinstance(tab.widget, CaseLogTab):
                return tab.widget.now()
        return self.vault.clock() if self.vault is not None else utc_now()

    def _hand_over(self, widget: QWidget, log: CaseLog) -> None:
        if isinstance(widget, CaseLogTab):
            widget.take_log(log)
        adopt = getattr(widget, "adopt_log", None)
        if callable(adopt):
            adopt(log)

    def _log_ready(self, log: CaseLog) -> None:
        if log.ref != self.case_ref:
            return
        # The tab in view first; the others one per turn of the event loop.
        for tab in self._tabs:
            self._hand_over(tab.widget, log)
        self._fill_timer.start()

    def _fill_next(self) -> None:
        for tab in self._tabs:
            widget = tab.widget
            if isinstance(widget, CaseLogTab) and widget.has_pending():
                widget.fill()
                break
        else:
            return
        self._fill_timer.start()

    def _log_failed(self, exc: BaseException) -> None:
        for tab in self._tabs:
            widget = tab.widget
            if isinstance(widget, CaseLogTab):
                widget.show_failure(exc)
            failed = getattr(widget, "log_failed", None)
            if callable(failed):
                failed()
