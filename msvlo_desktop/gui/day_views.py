"""The officer's day in the main window: the Today view and the case tabs (overview,
Victims' Code, NRM and referrals, contacts and SPOC, provisions, exit strategy).

:class:`DayViews` builds them and is given, by name, the four places of the window it fills:
the Today view goes in the ``stack`` that shows either the selected case or the Today view
(shown when no case is selected, and first after the vault is unlocked), the tabs go in the
case ``area`` (:meth:`CaseArea.add_tab`), and a "Today" action goes first in the Case
``menu`` and on the ``toolbar``. What its views ask of the window goes out through a handful
of signals. The window calls :meth:`unlocked`, :meth:`show_today`, :meth:`refresh` (after
any entry is saved) and :meth:`clear` (locking).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStackedWidget, QToolBar, QWidget

from msvlo_desktop.gui.case_area import CaseArea, CaseLogTab
from msvlo_desktop.gui.case_overview import CaseOverview
from msvlo_desktop.gui.contacts_tab import ContactsTab
from msvlo_desktop.gui.day_common import Clock, tr
from msvlo_desktop.gui.exit_strategy_tab import ExitStrategyTab
from msvlo_desktop.gui.nrm_tab import NrmTab
from msvlo_desktop.gui.provisions_tab import ProvisionsTab
from msvlo_desktop.gui.today_view import TodayView
from msvlo_desktop.gui.victims_code_tab import VictimsCodeTab
from msvlo_desktop.storage.vault import Vault

TAB_TITLES: tuple[tuple[type[CaseLogTab], str], ...] = (
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
        parent: QWidget,
        *,
        stack: QStackedWidget,
        area: CaseArea,
        menu: QMenu,
        toolbar: QToolBar,
        clock: Clock | None = None,
        author: Callable[[], str | None] | None = None,
    ) -> None:
        """``parent`` owns the views; ``stack`` shows the Today view or the selected case,
        ``area`` holds the case tabs, and the Today action goes first in ``menu`` and on
        ``toolbar``."""
        super().__init__(parent)
        self.stack = stack
        self.today = TodayView(parent, clock=clock, author=author)
        stack.addWidget(self.today)
        self.today.entryAdded.connect(self.entryAdded)
        self.today.caseRequested.connect(self.caseRequested)
        self.today.summaryChanged.connect(self._summary)
        self._announce = False
        self.tabs: list[CaseLogTab] = []
        for cls, title in TAB_TITLES:
            tab = cls(parent, clock=clock, author=author)
            tab.entryAdded.connect(self.entryAdded)
            tab.showEntry.connect(self.showEntry)
            area.add_tab(tab, tr(title))
            self.tabs.append(tab)
        self.exit_tab.caseClosed.connect(self.caseClosed)

        self.today_action = QAction(tr("&Today: what is due"), parent)
        self.today_action.setObjectName("todayAction")
        self.today_action.setIconText(tr("Today"))
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.today_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.today_action.setToolTip(tr("Everything owed across every open case (Ctrl+T)"))
        self.today_action.setEnabled(False)
        self.today_action.triggered.connect(self.todayRequested)
        for place in (menu, toolbar):  # first, set apart from what was there
            present = place.actions()
            if present:
                place.insertAction(present[0], self.today_action)
                place.insertSeparator(present[0])
            else:
                place.addAction(self.today_action)

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
        self.stack.setCurrentWidget(self.today)
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
