"""The main window: the case list, the selected case's tabs, and every vault action.

It owns the open vault while unlocked, and is put together from parts, each in its own
module, that it reaches by name:

* ``lock_control`` (:class:`~msvlo_desktop.gui.lock_controller.LockController`): the lock
  state machine (idle time, Ctrl+L, the computer locking or sleeping; locking while long
  work runs; unlocking) and the one close sequence shared by locking, closing and quitting;
* ``window_actions`` (:class:`~msvlo_desktop.gui.window_actions.WindowActions`): the menus
  and toolbar, which actions are enabled, and what they open (case records, entry forms,
  search, report, verify, backup, passphrase, settings);
* ``case_list`` (:class:`~msvlo_desktop.gui.case_list.CaseList`): the cases on the left;
* ``area`` (:class:`~msvlo_desktop.gui.case_area.CaseArea`) with the Log tab, and ``day``
  (:class:`~msvlo_desktop.gui.day_views.DayViews`): the Today view and the case tabs;
* ``checks`` (:class:`~msvlo_desktop.gui.unlock_checks.UnlockChecks`): what is asked once
  the vault is open (an older copy; the forms kept as drafts at the last lock).

This module keeps which case is selected, what every view does when an entry or a case is
saved, and what the window shows while unlocked and while locked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QWidget

from msvlo_desktop.core.timefmt import uk_time
from msvlo_desktop.gui import diagnostics
from msvlo_desktop.gui import resources_rc as _resources  # noqa: F401 - :/icons
from msvlo_desktop.gui.bundle_dialogs import install_bundle_actions
from msvlo_desktop.gui.case_area import CaseArea
from msvlo_desktop.gui.case_list import CaseList
from msvlo_desktop.gui.close_case_dialog import CaseStatusActions
from msvlo_desktop.gui.compliance_dialog import install_compliance_actions
from msvlo_desktop.gui.day_views import DayViews
from msvlo_desktop.gui.drafts_dialog import DraftsDialog
from msvlo_desktop.gui.first_paint import AfterFirstPaint
from msvlo_desktop.gui.forms.ui_main_window import Ui_MainWindow
from msvlo_desktop.gui.idle import IdleMonitor, SessionWatcher
from msvlo_desktop.gui.lock_controller import LockController
from msvlo_desktop.gui.log_view import LogView
from msvlo_desktop.gui.settings import DEFAULT_AUTHOR, IDLE_LOCK_MINUTES, Settings
from msvlo_desktop.gui.training_mark import TITLE_PREFIX, banner_text
from msvlo_desktop.gui.unlock_checks import UnlockChecks
from msvlo_desktop.gui.unlock_dialog import LOCKED_BY_USER, UnlockDialog, failure_delay
from msvlo_desktop.gui.window_actions import WindowActions
from msvlo_desktop.gui.workers import Task
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Clock, Vault, utc_now

__all__ = ["DUE_REFRESH_MS", "MainWindow"]

DUE_REFRESH_MS = 10 * 60 * 1000  # what is due changes with time, not only with entries


class MainWindow(QMainWindow):
    """Emits ``closed()`` when the vault was closed (back to the start screen) and
    ``quitRequested()`` when the person chose Quit."""

    closed = Signal()
    quitRequested = Signal()
    locked = Signal(str)
    unlocked = Signal()

    def __init__(
        self,
        vault: Vault,
        settings: Settings,
        *,
        clock: Clock = utc_now,
        idle_check_ms: int = 1000,
        unlock_delay: Callable[[int], float] = failure_delay,
        watch_session: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call, unused-ignore]
        self.vault: Vault | None = vault
        self.path = vault.path
        self.is_training = vault.is_training
        self.settings = settings
        self.clock = clock
        self.current_ref: str | None = None
        self.selected_entry: str | None = None
        # The next-due work under way, or waiting for the case list's first paint.
        self.due_task: Task | AfterFirstPaint | None = None
        self.lock_control = LockController(
            self,
            clock=clock,
            idle_check_ms=idle_check_ms,
            unlock_delay=unlock_delay,
            watch_session=watch_session,
        )
        self.lock_control.locked.connect(self.locked)
        self.lock_control.unlocked.connect(self.unlocked)
        self.idle: IdleMonitor = self.lock_control.idle
        self.session: SessionWatcher = self.lock_control.session

        self._setup_window()
        ui = self.ui
        self.case_list = CaseList(ui.casesTableView, ui.filterLineEdit, ui.caseCountLabel, self)
        self.case_list.chosen.connect(self._on_case_chosen)
        self.cases = self.case_list.model
        self.proxy = self.case_list.proxy
        self._after_paint = self.case_list.after_paint
        self.area = CaseArea(self.ui.caseTabWidget)
        self.log_view = self._install_log_tab()
        self.day = self._install_day_views()
        self.window_actions = WindowActions(self)
        self.export_report_action = self.window_actions.export_report_action
        self.import_bundle_action, self.export_bundle_action = install_bundle_actions(self)
        # Close case… and Reopen case… in the Case menu, and Reopen case… beside the banner.
        self.case_status = CaseStatusActions(
            self,
            self.ui.caseMenu,
            banner_neighbour=self.ui.editCaseButton,
            before_erasure=(self.export_report_action, self.export_bundle_action),
        )
        self.case_status.closed.connect(self._case_closed)
        self.case_status.reopened.connect(self._case_reopened)
        self.case_status.erased.connect(self._case_erased)
        install_compliance_actions(self, lambda: self.vault)
        self._setup_status_bar()
        self.checks = UnlockChecks(self)
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(DUE_REFRESH_MS)
        self._due_timer.timeout.connect(self.compute_due)
        self._restore_state()
        self.lock_control.begin(vault)

    # ================================================================= set up
    def _setup_window(self) -> None:
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        if self.is_training:
            self.ui.trainingBannerLabel.setText(banner_text())
            self.ui.trainingBannerLabel.setAccessibleName(banner_text())
            self.ui.trainingBannerLabel.setProperty("role", "trainingBanner")
            self.ui.trainingBannerLabel.show()
        self.ui.noCaseLabel.setText(
            self.tr(
                "Select a case on the left to see its log.\n\nOpen a new case with Ctrl+N; "
                "search every log with Ctrl+F."
            )
        )
        self.ui.unlockButton.clicked.connect(self.show_unlock)
        self.ui.closeVaultButton.clicked.connect(self.close_vault)
        self.ui.editCaseButton.setIcon(QIcon(":/icons/edit.svg"))
        self.ui.editCaseButton.clicked.connect(self.edit_case)
        self.ui.mainSplitter.setStretchFactor(0, 2)
        self.ui.mainSplitter.setStretchFactor(1, 5)
        self.update_title()

    def update_title(self) -> None:
        # Never a case or a victim in the title: it shows in task bars and window lists.
        title = self.tr("MSVLO Desktop — {file}").format(file=self.path.name)
        if self.is_locked:
            title += self.tr(" (locked)")
        if self.is_training:
            title = TITLE_PREFIX + title
        self.setWindowTitle(title)

    def _install_log_tab(self) -> LogView:
        view = LogView(self)
        view.entrySelected.connect(self._on_entry_selected)
        view.entryAdded.connect(self.entry_saved)

        def show(vault: Vault, ref: str) -> None:
            view.set_vault(vault)
            view.show_case(ref)

        def clear() -> None:
            self.selected_entry = None
            view.clear()

        self.area.add_tab(view, self.tr("Log"), show=show, clear=clear)
        return view

    def _install_day_views(self) -> DayViews:
        """The Today view (what is due across every case: shown first after unlocking and
        whenever no case is selected) and the officer's-day case tabs."""
        ui = self.ui
        day = DayViews(
            self,
            stack=ui.caseStackedWidget,
            area=self.area,
            menu=ui.caseMenu,
            toolbar=ui.mainToolBar,
            clock=self.clock,
            author=self.author,
        )
        day.entryAdded.connect(self.entry_saved)
        day.showEntry.connect(self.show_entry)
        day.caseRequested.connect(self.select_case)
        day.summaryChanged.connect(self.say)
        day.caseClosed.connect(self._case_closed)
        day.todayRequested.connect(self.show_today)
        # The Today view's pass gives the case list its next-due column too (compute_due).
        day.today.computed.connect(self._due_computed)
        day.today.failed.connect(self._due_failed)
        return day

    def show_today(self) -> None:
        """Leave the selected case and show what is due across every case."""
        if self.vault is None:
            return
        self.current_ref = None
        self.selected_entry = None
        self.case_list.clear_selection()
        self.area.clear()
        self.day.show_today()
        self.update_actions()

    def _case_reopened(self, ref: str) -> None:
        self.say(self.tr("Case {ref} reopened {time}").format(ref=ref, time=uk_time(self.clock())))
        self._case_status_changed(ref)

    def _case_closed(self, ref: str) -> None:
        self.say(self.tr("Case {ref} closed {time}").format(ref=ref, time=uk_time(self.clock())))
        self._case_status_changed(ref)

    def _case_erased(self, ref: str) -> None:
        self.say(self.tr("Case {ref} erased {time}").format(ref=ref, time=uk_time(self.clock())))
        self.show_today()
        self.reload_cases()
        self.compute_due()

    def _case_status_changed(self, ref: str) -> None:
        if self.vault is None:
            return
        self.reload_cases()
        if ref == self.current_ref:
            self._show_flags()
            self.area.set_case(self.vault, ref)
        self.update_actions()

    def _setup_status_bar(self) -> None:
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.ui.statusBar.addWidget(self.status_label, 1)
        self.vault_label = QLabel(self)
        self.vault_label.setAccessibleName(self.tr("Vault"))
        self.ui.statusBar.addPermanentWidget(self.vault_label)

    def say(self, text: str) -> None:
        """Put a message in the status bar (what was saved, or what failed)."""
        self.status_label.setText(text)

    def _restore_state(self) -> None:
        geometry = self.settings.window_state("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 780)
        splitter = self.settings.window_state("main/splitter")
        if splitter is not None:
            self.ui.mainSplitter.restoreState(splitter)
        else:
            self.ui.mainSplitter.setSizes([260, 520])
        header = self.settings.window_state("main/casesHeader")
        if header is not None:
            self.ui.casesTableView.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self.settings.save_window_state("main/geometry", self.saveGeometry())
        self.settings.save_window_state("main/splitter", self.ui.mainSplitter.saveState())
        self.settings.save_window_state(
            "main/casesHeader", self.ui.casesTableView.horizontalHeader().saveState()
        )

    def idle_timeout(self) -> timedelta:
        return timedelta(minutes=self.settings.get(IDLE_LOCK_MINUTES))

    # ================================================================= cases
    def reload_cases(self) -> None:
        """Reread the case list, keeping the selected case selected."""
        if self.vault is None:
            return
        self.case_list.set_cases(self.vault.list_cases(), self.current_ref)
        if self._after_paint.waiting:  # just unlocked: once the list is painted (show_vault)
            self.due_task = self._after_paint
            self._after_paint.later(self.compute_due)
        else:
            self.compute_due()

    def select_case(self, ref: str) -> bool:
        """Select (and so open) a case by reference."""
        if self.case_list.select(ref):
            if self.current_ref != ref:
                self._show_case(ref)
            return True
        return False

    def compute_due(self) -> None:
        """Work out every case's next thing due, with the Today view: one pass in a worker
        over every open case's kept pending obligations, reading only the logs that changed
        since the last pass (storage/digest.py); ``_due_computed`` fills the column."""
        if self.vault is None:
            return
        self.day.today.set_vault(self.vault)
        self.due_task = self.day.today.refresh()

    def _due_computed(self, result: Any) -> None:
        if self.vault is None:
            return
        self.due_task = None
        self.case_list.set_due(result)
        self._show_flags()

    def _due_failed(self, text: str) -> None:
        self.due_task = None
        self.say(text)

    def _on_case_chosen(self, ref: str) -> None:
        if self.vault is not None and ref != self.current_ref:
            self._show_case(ref)

    def _show_case(self, ref: str) -> None:
        assert self.vault is not None
        try:
            self.vault.record_consultation("case opened", ref)
        except VaultError as exc:
            diagnostics.show_known_problem(self, exc, self.tr("The case could not be opened"))
            return
        self.current_ref = ref
        self.selected_entry = None
        self._show_flags()
        self.ui.caseStackedWidget.setCurrentWidget(self.ui.casePage)
        self.area.set_case(self.vault, ref)
        self.update_actions()

    def _show_flags(self) -> None:
        described = self.case_list.describe(self.current_ref) if self.current_ref else None
        if described is not None:
            self.ui.caseHeaderLabel.setText(described[0])
            self.ui.caseFlagsLabel.setText(described[1])

    def current_case_open(self) -> bool:
        return self.current_ref is not None and self.case_list.is_open(self.current_ref)

    def _on_entry_selected(self, entry_id: str) -> None:
        self.selected_entry = entry_id or None
        self.update_actions()

    def update_actions(self) -> None:
        self.window_actions.update()
        has_case = self.vault is not None and not self.is_locked and bool(self.current_ref)
        self.case_status.update(
            self.vault if has_case else None,
            self.current_ref if has_case else None,
            has_case and self.current_case_open(),
        )

    # ================================================================= forms
    def author(self) -> str | None:
        if self.vault is None:
            return None
        return self.settings.get(DEFAULT_AUTHOR, self.vault) or None

    def open_entry_form(
        self, entry_type: str, prefill: dict[str, Any] | None = None
    ) -> QDialog | None:
        """Open the form for ``entry_type`` on the selected case (non-modal)."""
        return self.window_actions.open_entry_form(entry_type, prefill)

    def edit_case(self) -> None:
        self.window_actions.edit_case()

    def open_search(self) -> None:
        self.window_actions.open_search()

    def entry_saved(self, entry: Any) -> None:
        """An entry was saved (from any form): every view takes it in."""
        self.say(self.tr("Saved {time}").format(time=uk_time(self.clock())))
        if self.vault is None:
            return
        if self.log_view is not None and self.current_ref is not None:
            self.log_view.refresh()
        self.day.refresh()
        self.reload_cases()

    def case_saved(self, case: Any) -> None:
        """A case was opened or its record changed."""
        self.say(self.tr("Saved {time}").format(time=uk_time(self.clock())))
        if self.vault is None:
            return
        ref = case.reference
        self.reload_cases()
        if ref == self.current_ref:
            self._show_flags()
            self.area.set_case(self.vault, ref)
        else:
            self.select_case(ref)

    def show_entry(self, case_ref: str, entry_id: str) -> None:
        """Open a case and select one entry in its log (from a search result)."""
        if self.vault is None:
            return
        if self.current_ref != case_ref and not self.select_case(case_ref):
            return
        self.ui.caseTabWidget.setCurrentWidget(self.log_view)
        self.log_view.select_entry(entry_id)

    # ================================================================= vault actions
    # (the menus' targets, in WindowActions; here for scripts and tests that drive the window)
    def verify(self) -> None:
        self.window_actions.verify()

    def backup(self) -> None:
        self.window_actions.backup()

    def change_passphrase(self) -> None:
        self.window_actions.change_passphrase()

    def open_settings(self) -> None:
        self.window_actions.open_settings()

    # ================================================================= unlocked and locked
    def show_vault(self, vault: Vault) -> None:
        """Start (or carry on) working with an unlocked vault: the lock controller calls
        this when the window opens and after each unlock."""
        self.vault = vault
        self.ui.pageStackedWidget.setCurrentWidget(self.ui.openPage)
        self.vault_label.setText(
            self.tr("{file} · {officer}").format(file=self.path.name, officer=vault.officer.display)
        )
        self.update_title()
        # The case list is painted first: the Today view's pass (which also fills the
        # next-due column) and the checks that may ask something start after it, so that
        # they do not take turns with building and painting the window (gui/first_paint.py).
        self._after_paint.arm()
        self._after_paint.later(lambda: self.day.unlocked(vault))
        self.reload_cases()
        previous = self.current_ref
        self.current_ref = None
        if previous is None or not self.select_case(previous):
            self.day.show_today()
        self.update_actions()
        self.log_view.author = self.author()
        self._due_timer.start()

    def check_after_unlock(self) -> None:
        """Once the case list is painted: an older copy of the vault, the kept forms."""
        self._after_paint.later(lambda: QTimer.singleShot(0, self.checks.check_vault_copy))
        self._after_paint.later(lambda: QTimer.singleShot(0, self.checks.offer_drafts))

    def show_locked(self, text: str) -> None:
        """The vault has been locked: the lock screen, saying why (``text``)."""
        self.ui.lockedReasonLabel.setText(text)
        self.ui.pageStackedWidget.setCurrentWidget(self.ui.lockedPage)
        self.update_title()
        self.update_actions()

    def stop_work(self) -> None:
        """The vault is closing: stop the window's own background work."""
        self._due_timer.stop()
        if self.due_task is not None:
            self.due_task.discard()
            self.due_task = None
        self.window_actions.abandon_verify()

    def clear_views(self) -> None:
        """Forget everything on screen that came from the vault."""
        self.area.clear()
        self.day.clear()
        self.case_list.clear()
        self.ui.caseHeaderLabel.clear()
        self.ui.caseFlagsLabel.clear()
        self.ui.caseStackedWidget.setCurrentWidget(self.ui.noCasePage)
        self.status_label.clear()
        self.selected_entry = None

    # ================================================================= locking and closing
    @property
    def is_locked(self) -> bool:
        return self.lock_control.is_locked

    @property
    def lock_reason(self) -> str:
        return self.lock_control.reason

    @property
    def unlock_dialog(self) -> UnlockDialog | None:
        return self.lock_control.unlock_dialog

    @property
    def drafts_dialog(self) -> DraftsDialog | None:
        return self.checks.drafts_dialog

    def lock(self, reason: str = LOCKED_BY_USER) -> None:
        """Lock now, or as soon as the work under way allows (LockController.lock)."""
        self.lock_control.lock(reason)

    def show_unlock(self) -> None:
        self.lock_control.show_unlock()

    def close_vault(self) -> None:
        """Close the vault and go back to the start screen."""
        self.lock_control.shut_down()
        self.current_ref = None
        self.closed.emit()

    def quit(self) -> None:
        self.lock_control.shut_down()
        self.current_ref = None
        self.quitRequested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window is Quit: the vault is closed first, drafts kept.
        if self.vault is not None or self.is_locked:
            self.quit()
        event.accept()

    # The lock's and the case list's state under the names older tests and benchmarks use.
    @property
    def _due_task(self) -> Task | AfterFirstPaint | None:
        return self.due_task

    @property
    def _critical(self) -> int:
        return self.lock_control.critical

    @property
    def _stopping_for_lock(self) -> list[Any]:
        return list(self.lock_control.stopping)

    _entry_saved = entry_saved

    def _begin_critical(self) -> None:
        self.lock_control.begin_critical()

    def _end_critical(self) -> None:
        self.lock_control.end_critical()
