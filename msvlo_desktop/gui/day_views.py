"""The officer's day in the main window: the Today view and the case tabs (overview,
Victims' Code, NRM and referrals, contacts and SPOC, provisions, exit strategy).

:class:`DayViews` builds them, puts the Today view in the window's case area (shown when no
case is selected, and first after the vault is unlocked), adds the tabs with
``MainWindow.add_case_tab``, adds a "Today" action to the Case menu and the toolbar, and
passes on what its views ask of the window through a handful of signals. The window calls
:meth:`unlocked`, :meth:`refresh` (after any entry is saved) and :meth:`clear` (locking).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from msvlo_desktop.gui.case_overview import CaseOverview
from msvlo_desktop.gui.contacts_tab import ContactsTab
from msvlo_desktop.gui.day_common import CaseTab, Clock, tr
from msvlo_desktop.gui.exit_strategy_tab import ExitStrategyTab
from msvlo_desktop.gui.nrm_tab import NrmTab
from msvlo_desktop.gui.provisions_tab import ProvisionsTab
from msvlo_desktop.gui.today_view import TodayView
from msvlo_desktop.gui.victims_code_tab import VictimsCodeTab
from msvlo_desktop.storage.vault import Vault

TAB_TITLES = (
    (CaseOverview, "Overview"),
    (VictimsCodeTab, "Victims' Code"),
    (NrmTab, "NRM and referrals"),
    (ContactsTab, "Contacts and SPOC"),
    (ProvisionsTab, "Provisions"),
    (ExitStrategyTab, "Exit strategy"),
)


class DayViews(QObject):
    """``entryAdded`` (an entry saved from one of these views), ``showEntry(ref, id)`` (select
    an entry in the Log tab), ``caseRequested(ref)`` (open a case), ``summaryChanged(text)``
    (for the status bar), ``caseClosed(ref)`` and ``todayRequested()`` (the Today action)."""

    entryAdded = Signal(object)
    showEntry = Signal(str, str)
    caseRequested = Signal(str)
    summaryChanged = Signal(str)
    caseClosed = Signal(str)
    todayRequested = Signal()

    def __init__(
        self,
        window: Any,
        *,
        clock: Clock | None = None,
        author: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.today = TodayView(window, clock=clock, author=author)
        window.ui.caseStackedWidget.addWidget(self.today)
        self.today.entryAdded.connect(self.entryAdded)
        self.today.caseRequested.connect(self.caseRequested)
        self.today.summaryChanged.connect(self._summary)
        self._announce = False
        self.tabs: list[CaseTab] = []
        for cls, title in TAB_TITLES:
            tab = cls(window, clock=clock, author=author)
            tab.entryAdded.connect(self.entryAdded)
            tab.showEntry.connect(self.showEntry)
            window.add_case_tab(tab, tr(title))
            self.tabs.append(tab)
        self.exit_tab.caseClosed.connect(self.caseClosed)

        self.today_action = QAction(tr("&Today: what is due"), window)
        self.today_action.setObjectName("todayAction")
        self.today_action.setIconText(tr("Today"))
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.today_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.today_action.setToolTip(tr("Everything owed across every open case (Ctrl+T)"))
        self.today_action.setEnabled(False)
        self.today_action.triggered.connect(self.todayRequested)
        menu = window.ui.caseMenu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.today_action)
        if first is not None:
            menu.insertSeparator(first)
        toolbar = window.ui.mainToolBar
        head = toolbar.actions()[0] if toolbar.actions() else None
        toolbar.insertAction(head, self.today_action)
        if head is not None:
            toolbar.insertSeparator(head)

    @property
    def exit_tab(self) -> ExitStrategyTab:
        return next(t for t in self.tabs if isinstance(t, ExitStrategyTab))

    def widgets(self) -> list[QWidget]:
        return [self.today, *self.tabs]

    # ------------------------------------------------------------------ the window's calls
    def unlocked(self, vault: Vault) -> None:
        """The vault is open (again). The Today lines come with the window's pass over every
        case (``MainWindow.compute_due``, which follows the case list); their summary goes to
        the status bar once they are ready."""
        self.today.set_vault(vault)
        self.today_action.setEnabled(True)
        self._announce = True

    def show_today(self) -> None:
        """Bring the Today view forward in the case area, up to date."""
        self.window.ui.caseStackedWidget.setCurrentWidget(self.today)
        if not self.today.busy:
            self.today.refresh()

    def refresh(self) -> None:
        """Something was saved: the case tabs take in what was recorded (read in a worker).
        The Today lines are worked out again with the case list (``MainWindow.compute_due``),
        once per save."""
        for tab in self.tabs:
            tab.refresh()

    def clear(self) -> None:
        """Forget everything (locking or closing)."""
        self._announce = False
        self.today.clear()
        self.today_action.setEnabled(False)
        for tab in self.tabs:
            tab.clear()

    def _summary(self, text: str) -> None:
        # Said in the status bar after unlocking; later refreshes (after each save) would
        # only push "Saved" messages out of it.
        if self._announce:
            self._announce = False
            self.summaryChanged.emit(text)
