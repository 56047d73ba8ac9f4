"""The main window: the case list, the selected case's tabs, and every vault action.

It owns the open vault while unlocked. Locking (idle time, Ctrl+L, the computer locking or
sleeping) keeps unfinished forms as encrypted drafts, closes every dialog, clears every view
that showed case data, closes the vault and asks for the passphrase again; after unlocking
it reopens the case that was selected and offers the drafts back.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from datetime import date, timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMainWindow, QWidget

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.timefmt import uk_date, uk_time
from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui import resources_rc as _resources  # noqa: F401 - :/icons
from msvlo_desktop.gui.case_area import CaseArea
from msvlo_desktop.gui.case_dialog import EDIT, NEW, CaseDialog
from msvlo_desktop.gui.case_table import (
    REF_ROLE,
    CaseFilterModel,
    CaseTableModel,
    child_text,
    next_due_for,
)
from msvlo_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from msvlo_desktop.gui.compliance_dialog import install_compliance_actions
from msvlo_desktop.gui.drafts_dialog import CASE_DRAFT_KIND, DraftsDialog
from msvlo_desktop.gui.first_paint import AfterFirstPaint
from msvlo_desktop.gui.forms.ui_main_window import Ui_MainWindow
from msvlo_desktop.gui.idle import IdleMonitor, SessionWatcher
from msvlo_desktop.gui.lockdown import ClipboardGuard, close_windows, open_forms
from msvlo_desktop.gui.settings import (
    DEFAULT_AUTHOR,
    EXPORT_FOLDER,
    IDLE_LOCK_MINUTES,
    Settings,
)
from msvlo_desktop.gui.settings_dialog import SettingsDialog
from msvlo_desktop.gui.start_window import TRAINING_PASSPHRASE
from msvlo_desktop.gui.task_dialog import BackupDialog, VerifyDialog
from msvlo_desktop.gui.training_mark import TITLE_PREFIX, banner_text
from msvlo_desktop.gui.unlock_dialog import (
    LOCKED_BY_USER,
    LOCKED_IDLE,
    UnlockDialog,
    failure_delay,
    lock_reason_text,
)
from msvlo_desktop.gui.workers import Task
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import VAULT_SUFFIX, Clock, Vault, utc_now

# Entry types with their own item in the Log menu, and the action that opens each form.
LOG_ACTIONS = {
    "interaction": "logInteractionAction",
    "provision": "logProvisionAction",
    "investigation_event": "logInvestigationEventAction",
    "victim_update": "logVictimUpdateAction",
    "referral": "logReferralAction",
    "nrm_decision": "logNrmDecisionAction",
    "spoc_change": "logSpocChangeAction",
    "exit_strategy": "logExitStrategyAction",
    "note": "logNoteAction",
}
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
        self.ui.setupUi(self)
        self.vault: Vault | None = vault
        self.path = vault.path
        self.is_training = vault.is_training
        self.settings = settings
        self._clock = clock
        self._unlock_delay = unlock_delay
        self.current_ref: str | None = None
        self.selected_entry: str | None = None
        self.is_locked = False
        self.lock_reason = ""
        self.unlock_dialog: UnlockDialog | None = None
        self.drafts_dialog: DraftsDialog | None = None
        self._reloading = False
        # The next-due work under way, or waiting for the case list's first paint.
        self._due_task: Task | AfterFirstPaint | None = None
        self._due_generation = 0
        self._critical = 0
        self._pending_lock: str | None = None
        # Backups and vault checks asked to stop so that the vault can lock (lock()).
        self._stopping_for_lock: list[BackupDialog | VerifyDialog] = []
        self._notes_after_unlock: list[str] = []
        self._verify: VerifyDialog | None = None

        self._setup_window()
        self._setup_cases()
        self.area = CaseArea(self.ui.caseTabWidget)
        self.log_view: Any = None
        self._install_log_tab()
        self._install_day_views()
        self._setup_actions()
        self._install_report_action()
        install_compliance_actions(self, lambda: self.vault)
        self._setup_status_bar()
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleMonitor(clock, self._idle_timeout(), self, check_interval_ms=idle_check_ms)
        self.idle.idle.connect(lambda: self.lock(LOCKED_IDLE))
        self.session = SessionWatcher(self)
        self.session.sessionLocked.connect(self.lock)
        if watch_session:
            self.session.start(int(self.winId()) if sys.platform == "win32" else None)
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(DUE_REFRESH_MS)
        self._due_timer.timeout.connect(self.compute_due)
        self._restore_state()
        self._resume(vault, first=True)

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
        self._update_title()

    def _update_title(self) -> None:
        # Never a case or a victim in the title: it shows in task bars and window lists.
        title = self.tr("MSVLO Desktop — {file}").format(file=self.path.name)
        if self.is_locked:
            title += self.tr(" (locked)")
        if self.is_training:
            title = TITLE_PREFIX + title
        self.setWindowTitle(title)

    def _setup_cases(self) -> None:
        self.cases = CaseTableModel(self)
        self.proxy = CaseFilterModel(self)
        self.proxy.setSourceModel(self.cases)
        table = self.ui.casesTableView
        table.setModel(self.proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 140), (1, 260), (2, 150), (3, 110), (4, 90), (6, 70)):
            table.setColumnWidth(col, width)
        table.verticalHeader().hide()
        # At least five cases stay visible however tall the selected case's tabs are.
        row = table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(row * 5 + table.horizontalHeader().sizeHint().height() + 4)
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.ui.filterLineEdit.textChanged.connect(self._filter)
        # After unlocking, background work waits for the case list to be painted.
        self._after_paint = AfterFirstPaint(table.viewport())

    def _install_log_tab(self) -> None:
        from msvlo_desktop.gui.log_view import LogView

        view = LogView(self)
        self.log_view = view
        view.entrySelected.connect(self._on_entry_selected)
        view.entryAdded.connect(self._entry_saved)

        def show(vault: Vault, ref: str) -> None:
            view.set_vault(vault)
            view.show_case(ref)

        def clear() -> None:
            self.selected_entry = None
            view.clear()

        self.area.add_tab(view, self.tr("Log"), show=show, clear=clear)

    def _install_day_views(self) -> None:
        """The Today view (what is due across every case: shown first after unlocking and
        whenever no case is selected) and the officer's-day case tabs."""
        from msvlo_desktop.gui.day_views import DayViews

        self.day = DayViews(self, clock=self._clock, author=self._author)
        self.day.entryAdded.connect(self._entry_saved)
        self.day.showEntry.connect(self.show_entry)
        self.day.caseRequested.connect(self.select_case)
        self.day.summaryChanged.connect(self.say)
        self.day.caseClosed.connect(self._case_closed)
        self.day.todayRequested.connect(self.show_today)
        # The Today view's pass gives the case list its next-due column too (compute_due).
        self.day.today.computed.connect(self._due_computed)
        self.day.today.failed.connect(self._due_failed)

    def show_today(self) -> None:
        """Leave the selected case and show what is due across every case."""
        if self.vault is None:
            return
        self.current_ref = None
        self.selected_entry = None
        selection = self.ui.casesTableView.selectionModel()
        selection.clearSelection()
        selection.clearCurrentIndex()
        self.area.clear()
        self.day.show_today()
        self._update_actions()

    def _case_closed(self, ref: str) -> None:
        self.say(self.tr("Case {ref} closed {time}").format(ref=ref, time=uk_time(self._clock())))
        if self.vault is None:
            return
        self.reload_cases()
        if ref == self.current_ref:
            self._show_flags()
            self.area.set_case(self.vault, ref)
        self._update_actions()

    def add_case_tab(self, widget: QWidget, title: str) -> None:
        """Add a tab to the case area. ``widget`` implements ``set_case(vault, ref)`` (fill
        it for a case) and ``clear()`` (forget everything: the vault is locking)."""
        self.area.add_tab(widget, title)

    def _setup_actions(self) -> None:
        ui = self.ui
        icons = {
            ui.newCaseAction: "new-case",
            ui.editCaseAction: "edit",
            ui.searchAction: "search",
            ui.logInteractionAction: "interaction",
            ui.logProvisionAction: "provision",
            ui.lockAction: "lock",
            ui.verifyAction: "verify",
            ui.backupAction: "backup",
            ui.settingsAction: "settings",
        }
        for action, name in icons.items():
            action.setIcon(QIcon(f":/icons/{name}.svg"))
        ui.settingsAction.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        ui.newCaseAction.triggered.connect(self.new_case)
        ui.editCaseAction.triggered.connect(self.edit_case)
        ui.searchAction.triggered.connect(self.open_search)
        for entry_type, name in LOG_ACTIONS.items():
            getattr(ui, name).triggered.connect(
                lambda _=False, t=entry_type: self.open_entry_form(t)
            )
        ui.correctEntryAction.triggered.connect(self.correct_entry)
        ui.lockAction.triggered.connect(lambda: self.lock(LOCKED_BY_USER))
        ui.verifyAction.triggered.connect(self.verify)
        ui.backupAction.triggered.connect(self.backup)
        ui.changePassphraseAction.triggered.connect(self.change_passphrase)
        ui.settingsAction.triggered.connect(self.open_settings)
        ui.closeVaultAction.triggered.connect(self.close_vault)
        ui.quitAction.triggered.connect(self.quit)
        ui.aboutAction.triggered.connect(self.about)
        # Shortcuts work wherever focus is in the window, including the case tabs.
        for action in self.findChildren(type(ui.lockAction)):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _install_report_action(self) -> None:
        """The Export report action (Ctrl+E) in the Case menu and on the toolbar."""
        from PySide6.QtGui import QAction

        action = QAction(self.tr("E&xport report…"), self)
        action.setObjectName("exportReportAction")
        action.setShortcut(QKeySequence("Ctrl+E"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(self.tr("Export the selected case's PDF report (Ctrl+E)"))
        action.setStatusTip(self.tr("Export the selected case's PDF report"))
        action.triggered.connect(self.export_report)
        self.ui.caseMenu.addSeparator()
        self.ui.caseMenu.addAction(action)
        self.ui.mainToolBar.insertAction(self.ui.lockAction, action)
        self.ui.mainToolBar.insertSeparator(self.ui.lockAction)
        self.export_report_action = action

    def export_report(self) -> None:
        """Open the export dialog for the selected case; its preview saves and audits."""
        from msvlo_desktop.gui.export_dialog import ExportDialog

        if self.vault is None or self.current_ref is None:
            return
        dialog = ExportDialog(
            self.vault, self.current_ref, self, export_folder=self.settings.get(EXPORT_FOLDER)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.previewOpened.connect(self._report_preview_opened)
        dialog.open()

    def _report_preview_opened(self, preview: Any) -> None:
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Writing and auditing the file is brief; a lock waits for it like a backup.
        preview.started.connect(self._begin_critical)
        preview.ended.connect(self._end_critical)
        preview.saved.connect(
            lambda path: self.say(
                self.tr("Report saved {time}: {path}").format(
                    time=uk_time(self._clock()), path=path
                )
            )
        )

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

    def _idle_timeout(self) -> timedelta:
        return timedelta(minutes=self.settings.get(IDLE_LOCK_MINUTES))

    # ================================================================= cases
    def reload_cases(self) -> None:
        """Reread the case list, keeping the selected case selected."""
        if self.vault is None:
            return
        self._reloading = True
        try:
            self.cases.set_cases(self.vault.list_cases())
            self._select_row_of(self.current_ref)
        finally:
            self._reloading = False
        n = self.cases.rowCount()
        self.ui.caseCountLabel.setText(
            self.tr("1 case") if n == 1 else self.tr("{n} cases").format(n=n)
        )
        if self._after_paint.waiting:  # just unlocked: once the list is painted (_resume)
            self._due_task = self._after_paint
            self._after_paint.later(self.compute_due)
        else:
            self.compute_due()

    def _select_row_of(self, ref: str | None) -> bool:
        table = self.ui.casesTableView
        if ref is None:
            table.clearSelection()
            return False
        row = self.cases.row_of(ref)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.cases.index(row, 0))
        if not index.isValid():  # hidden by the filter
            self.ui.filterLineEdit.clear()
            index = self.proxy.mapFromSource(self.cases.index(row, 0))
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        return True

    def select_case(self, ref: str) -> bool:
        """Select (and so open) a case by reference."""
        if self._select_row_of(ref):
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
        self._due_task = self.day.today.refresh()

    def _due_computed(self, result: Any) -> None:
        if self.vault is None:
            return
        self._due_task = None
        refs = self.cases.references()
        self.cases.set_next_due(
            next_due_for(refs, result.pending, result.closed, result.unreadable)
        )
        self._show_flags()

    def _due_failed(self, text: str) -> None:
        self._due_task = None
        self.say(text)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reloading or self.vault is None:
            return
        ref = current.data(REF_ROLE) if current.isValid() else None
        if ref is None:
            return  # the filter hid the case; it stays open until another is chosen
        if ref != self.current_ref:
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
        self._update_actions()

    def _show_flags(self) -> None:
        ref = self.current_ref
        row = self.cases.row_of(ref) if ref is not None else None
        if ref is None or row is None:
            return
        s = self.cases.summary(row)
        self.ui.caseHeaderLabel.setText(
            self.tr("{ref} — {name} ({pseudonym})").format(
                ref=ref, name=s.victim_name, pseudonym=s.pseudonym
            )
        )
        flags = [self.tr("Closed") if s.status == "closed" else self.tr("Open")]
        child = child_text(s)
        if child:
            flags.append(child)
        flags.append(
            self.tr("Enhanced rights") if s.enhanced_rights else self.tr("Standard rights")
        )
        if s.crime_reference:
            flags.append(self.tr("Crime ref. {ref}").format(ref=s.crime_reference))
        flags.append(self.tr("Opened {day}").format(day=uk_date(date.fromisoformat(s.opened_on))))
        due = self.cases.next_due_of(ref)
        if due is not None:
            flags.append(due.text)
        self.ui.caseFlagsLabel.setText(" · ".join(flags))

    def _current_case_open(self) -> bool:
        if self.current_ref is None:
            return False
        row = self.cases.row_of(self.current_ref)
        return row is not None and self.cases.summary(row).status != "closed"

    def _on_entry_selected(self, entry_id: str) -> None:
        self.selected_entry = entry_id or None
        self._update_actions()

    def _update_actions(self) -> None:
        ui = self.ui
        unlocked = self.vault is not None and not self.is_locked
        has_case = unlocked and self.current_ref is not None
        case_open = has_case and self._current_case_open()
        for action in (
            ui.newCaseAction,
            ui.searchAction,
            ui.lockAction,
            ui.verifyAction,
            ui.backupAction,
            ui.changePassphraseAction,
            ui.settingsAction,
        ):
            action.setEnabled(unlocked)
        ui.editCaseAction.setEnabled(has_case)
        ui.editCaseButton.setEnabled(has_case)
        self.export_report_action.setEnabled(has_case)
        for name in LOG_ACTIONS.values():
            getattr(ui, name).setEnabled(case_open)
        ui.correctEntryAction.setEnabled(case_open)
        tip = (
            self.tr("Select an open case first.")
            if not case_open
            else self.tr("Record an entry in case {ref}").format(ref=self.current_ref)
        )
        for name in LOG_ACTIONS.values():
            action = getattr(ui, name)
            action.setToolTip(action.text().replace("&", "").rstrip("…") + " — " + tip)

    # ================================================================= forms
    def _author(self) -> str | None:
        if self.vault is None:
            return None
        return self.settings.get(DEFAULT_AUTHOR, self.vault) or None

    def open_entry_form(
        self, entry_type: str, prefill: dict[str, Any] | None = None
    ) -> QDialog | None:
        """Open the form for ``entry_type`` on the selected case (non-modal)."""
        if self.vault is None or not self._current_case_open():
            return None
        from msvlo_desktop.gui.entry_forms import open_entry_form

        assert self.current_ref is not None
        try:
            dialog = open_entry_form(
                self,
                self.vault,
                self.current_ref,
                entry_type,
                prefill=prefill,
                author=self._author(),
            )
        except VaultError as exc:
            diagnostics.show_known_problem(self, exc, self.tr("The form could not be opened"))
            return None
        self._watch_entry_form(dialog)
        return dialog

    def _watch_entry_form(self, dialog: Any) -> None:
        dialog.saved.connect(self._entry_saved)

    def correct_entry(self) -> None:
        prefill = {"corrects": self.selected_entry} if self.selected_entry else None
        self.open_entry_form("correction", prefill)

    def _entry_saved(self, entry: Any) -> None:
        self.say(self.tr("Saved {time}").format(time=uk_time(self._clock())))
        if self.vault is None:
            return
        if self.log_view is not None and self.current_ref is not None:
            self.log_view.refresh()
        self.day.refresh()
        self.reload_cases()

    def new_case(self) -> None:
        if self.vault is None:
            return
        dialog = CaseDialog(self.vault, self, mode=NEW, clock=self._clock)
        self._open_case_dialog(dialog)

    def edit_case(self) -> None:
        if self.vault is None or self.current_ref is None:
            return
        try:
            dialog = CaseDialog(
                self.vault, self, mode=EDIT, case_ref=self.current_ref, clock=self._clock
            )
        except VaultError as exc:
            diagnostics.show_known_problem(self, exc, self.tr("The case could not be opened"))
            return
        self._open_case_dialog(dialog)

    def _open_case_dialog(self, dialog: CaseDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._case_saved)
        dialog.open()

    def _case_saved(self, case: Any) -> None:
        self.say(self.tr("Saved {time}").format(time=uk_time(self._clock())))
        if self.vault is None:
            return
        ref = case.reference
        self.reload_cases()
        if ref == self.current_ref:
            self._show_flags()
            self.area.set_case(self.vault, ref)
        else:
            self.select_case(ref)

    def open_search(self) -> None:
        if self.vault is None:
            return
        from msvlo_desktop.gui.search_dialog import SearchDialog

        dialog = SearchDialog(self, self.vault)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openEntry.connect(self.show_entry)
        dialog.show()

    def show_entry(self, case_ref: str, entry_id: str) -> None:
        """Open a case and select one entry in its log (from a search result)."""
        if self.vault is None:
            return
        if self.current_ref != case_ref and not self.select_case(case_ref):
            return
        self.ui.caseTabWidget.setCurrentWidget(self.log_view)
        self.log_view.select_entry(entry_id)

    # ================================================================= vault actions
    def verify(self) -> None:
        if self.vault is None:
            return
        dialog = VerifyDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._verify = dialog
        dialog.ended.connect(self._verify_ended)
        dialog.open()
        dialog.start_verify()

    def _verify_ended(self) -> None:
        dialog = self._verify
        if dialog is None:
            return
        result = dialog.result_value
        if result is None:
            return
        if dialog.stopped and all("cancelled" in p for p in result.problems):
            self.say(
                self.tr("Vault check stopped {time}: not every part was checked.").format(
                    time=uk_time(self._clock())
                )
            )
        else:
            self.say(
                self.tr("Vault verified {time}: intact.").format(time=uk_time(self._clock()))
                if result.ok
                else self.tr("Vault verified {time}: problems found.").format(
                    time=uk_time(self._clock())
                )
            )

    def backup(self) -> None:
        if self.vault is None:
            return
        folder = self.settings.get(EXPORT_FOLDER) or str(self.path.parent)
        stamp = self._clock().strftime("%Y-%m-%d")
        suggested = str(Path(folder) / f"{self.path.stem}-backup-{stamp}{VAULT_SUFFIX}")
        dest = messages.save_file(
            self, self.tr("Back up the vault"), self.tr("MSVLO vault (*.msvlo)"), suggested
        )
        if dest is None or self.vault is None:
            return
        if dest.suffix.lower() != VAULT_SUFFIX:
            dest = dest.with_name(dest.name + VAULT_SUFFIX)
        dialog = BackupDialog(self.vault, dest, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def stopped() -> None:
            if dialog.stopped:
                self.say(
                    self.tr("Backup stopped {time}: no backup file was written.").format(
                        time=uk_time(self._clock())
                    )
                )

        self._begin_critical()
        dialog.ended.connect(stopped)  # before a lock that waited for the backup happens
        dialog.ended.connect(self._end_critical)
        dialog.succeeded.connect(
            lambda path: self.say(
                self.tr("Backup written {time}: {path}").format(
                    time=uk_time(self._clock()), path=path
                )
            )
        )
        dialog.open()
        dialog.start_backup()

    def change_passphrase(self) -> None:
        if self.vault is None:
            return
        from msvlo_desktop.gui.search_dialog import SearchDialog

        # A search window reads the vault through a connection of its own, which would go on
        # reading the old file after the change: it is closed first (Vault.rekey refuses
        # while one is open).
        for search in self.findChildren(SearchDialog):
            search.close()
        dialog = ChangePassphraseDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.started.connect(self._begin_critical)
        dialog.ended.connect(self._end_critical)
        dialog.changed.connect(
            lambda: self.say(
                self.tr("Passphrase changed {time}").format(time=uk_time(self._clock()))
            )
        )
        dialog.open()

    def _begin_critical(self) -> None:
        """A re-key or backup is writing: a lock waits for it to finish."""
        self._critical += 1

    def _end_critical(self) -> None:
        self._critical = max(0, self._critical - 1)
        if self._critical == 0 and self._pending_lock is not None:
            self._lock_soon()

    def open_settings(self) -> None:
        if self.vault is None:
            return
        dialog = SettingsDialog(self.settings, self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self) -> None:
        self.idle.set_timeout(self._idle_timeout())
        self.log_view.author = self._author()
        self.say(self.tr("Settings saved {time}").format(time=uk_time(self._clock())))

    def about(self) -> None:
        try:
            app_version = version("msvlo-desktop")
        except PackageNotFoundError:
            app_version = ""
        messages.inform(
            self,
            self.tr("About MSVLO Desktop"),
            self.tr(
                "MSVLO Desktop {version}\nThe encrypted case log for Modern Slavery Victim "
                "Liaison Officers.\n\nThe application's log file (no case data): {log}"
            ).format(version=app_version, log=diagnostics.log_path()),
        )

    # ================================================================= locking
    def lock(self, reason: str = LOCKED_BY_USER) -> None:
        """Keep unfinished forms as drafts, close and clear everything, close the vault, and
        ask for the passphrase.

        A backup or vault check under way is stopped first, as Cancel would (within one step,
        a fraction of a second), and the vault locks once it has stopped; the lock screen says
        what was stopped. A passphrase change or a report being written cannot be stopped
        halfway: the lock waits for it to finish."""
        if self.is_locked or self.vault is None:
            return
        stopping = self._stop_for_lock()
        if stopping or self._critical:
            self._pending_lock = reason
            if stopping:
                self.say(self.tr("Locking: stopping {what} first…").format(what=stopping))
            else:
                self.say(self.tr("The vault locks as soon as the current operation finishes."))
            return
        notes = self._stopped_notes()
        vault = self.vault
        kept = self._keep_drafts(vault)
        self._stop_work()
        close_windows(keep=[self])
        self._clear_views()
        try:
            vault.record_access("locked", reason=reason, drafts=kept)
        except VaultError:
            diagnostics.event("lock could not be recorded")
        vault.close()
        self.vault = None
        self.is_locked = True
        self.lock_reason = reason
        self.clipboard.clear_ours()
        diagnostics.event(f"vault locked ({reason})")
        self.ui.lockedReasonLabel.setText(
            "\n\n".join([lock_reason_text(reason, self.settings.get(IDLE_LOCK_MINUTES)), *notes])
        )
        if notes:  # told again once unlocked, when the lock screen has gone
            self._notes_after_unlock = notes
            self.unlocked.connect(self._tell_stopped_soon, Qt.ConnectionType.SingleShotConnection)
        self.ui.pageStackedWidget.setCurrentWidget(self.ui.lockedPage)
        self._update_title()
        self._update_actions()
        self.locked.emit(reason)
        self.show_unlock()

    def _keep_drafts(self, vault: Vault) -> int:
        kept = 0
        for form in open_forms():
            try:
                kind = getattr(form, "DRAFT_KIND", "entry")
                vault.save_draft(kind, getattr(form, "case_ref", None), form.draft_data())
                kept += 1
            except (VaultError, ValueError, TypeError) as exc:
                # Locking must not wait on a form; the failure is noted for IT.
                diagnostics.event(f"draft not kept: {type(exc).__name__}")
        return kept

    def _stop_for_lock(self) -> str:
        """Ask every backup and vault check under way to stop, as Cancel does; each calls
        ``_stopped_for_lock`` when it has. Returns what is still running ("" for nothing).
        A backup past its last page (flushing and renaming the file) finishes instead."""
        running: list[BackupDialog | VerifyDialog] = [
            d
            for d in self.findChildren(QDialog)
            if isinstance(d, BackupDialog | VerifyDialog) and d.running
        ]
        for dialog in running:
            if dialog not in self._stopping_for_lock:
                self._stopping_for_lock.append(dialog)
                dialog.ended.connect(self._stopped_for_lock)
                dialog.reject()  # Cancel, where it can still be cancelled
        kinds = {isinstance(d, BackupDialog) for d in running}
        if kinds == {True, False}:
            return self.tr("the backup and the vault check")
        if kinds == {True}:
            return self.tr("the backup")
        return self.tr("the vault check") if kinds else ""

    def _stopped_for_lock(self) -> None:
        """A backup or vault check asked to stop has stopped: lock, unless another is still
        stopping (lock() checks again)."""
        if self._pending_lock is not None:
            self._lock_soon()

    def _lock_soon(self) -> None:
        """The lock that waited, once the work that ended has returned: locking closes (and
        deletes) that work's window, whose own code is still running when it says it ended."""
        QTimer.singleShot(0, self, self._lock_pending)

    def _lock_pending(self) -> None:
        if self._pending_lock is not None:
            reason, self._pending_lock = self._pending_lock, None
            self.lock(reason)

    def _stopped_notes(self) -> list[str]:
        """What the lock stopped, or let finish, in the officer's words."""
        notes = []
        for dialog in self._stopping_for_lock:
            with contextlib.suppress(RuntimeError):  # already closed and deleted
                notes.append(self._stopped_note(dialog))
        self._stopping_for_lock.clear()
        return notes

    def _stopped_note(self, dialog: BackupDialog | VerifyDialog) -> str:
        if isinstance(dialog, BackupDialog):
            if dialog.stopped:
                return self.tr(
                    "The backup you started was stopped so that the vault could lock: no "
                    "backup file was written. Back up again once you have unlocked."
                )
            if dialog.failure is not None:
                return self.tr("The backup you started did not finish: {reason}").format(
                    reason=dialog.failure
                )
            return self.tr("The backup finished before the vault locked: {path}").format(
                path=dialog.result_value
            )
        result = dialog.result_value
        if dialog.failure is not None:
            return self.tr("The vault check you started did not finish: {reason}").format(
                reason=dialog.failure
            )
        if dialog.stopped or result is None:
            return self.tr(
                "The vault check you started was stopped so that the vault could lock; run it "
                "again to check the whole vault."
            )
        if result.ok:
            return self.tr("The vault check finished before the vault locked: intact.")
        return self.tr(
            "The vault check found a problem before the vault locked. Run it again once you "
            "have unlocked to see what, and tell your supervisor."
        )

    def _tell_stopped_soon(self) -> None:
        QTimer.singleShot(0, self, self._tell_stopped)

    def _tell_stopped(self) -> None:
        """A message, not the status bar: the Today view's summary soon replaces that, and
        an officer who locked while a backup ran must not think it was made."""
        notes, self._notes_after_unlock = self._notes_after_unlock, []
        if notes and self.vault is not None:
            messages.inform(self, self.tr("Stopped when the vault locked"), "\n\n".join(notes))

    def _stop_work(self) -> None:
        self.idle.stop()
        self._due_timer.stop()
        if self._due_task is not None:
            self._due_task.discard()
            self._due_task = None
        self._due_generation += 1
        if self._verify is not None:
            with contextlib.suppress(RuntimeError):  # already closed and deleted
                self._verify.abandon()
            self._verify = None

    def _clear_views(self) -> None:
        """Forget everything on screen that came from the vault."""
        self.area.clear()
        self.day.clear()
        self.cases.clear()
        self.ui.filterLineEdit.clear()
        self.ui.caseHeaderLabel.clear()
        self.ui.caseFlagsLabel.clear()
        self.ui.caseCountLabel.clear()
        self.ui.caseStackedWidget.setCurrentWidget(self.ui.noCasePage)
        self.status_label.clear()
        self.selected_entry = None

    def show_unlock(self) -> None:
        if not self.is_locked:
            return
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return
        dialog = UnlockDialog(
            self.path,
            self,
            reason=self.lock_reason,
            idle_minutes=self.settings.get(IDLE_LOCK_MINUTES),
            clock=self._clock,
            delay_for=self._unlock_delay,
            training_passphrase=TRAINING_PASSPHRASE if self.is_training else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self._resume)
        dialog.destroyed.connect(self._forget_unlock_dialog)
        self.unlock_dialog = dialog
        dialog.open()

    def _forget_unlock_dialog(self) -> None:
        self.unlock_dialog = None

    def _resume(self, vault: Vault, *, first: bool = False) -> None:
        """Start (or carry on) working with an unlocked vault."""
        self.vault = vault
        self.is_locked = False
        self.ui.pageStackedWidget.setCurrentWidget(self.ui.openPage)
        self.vault_label.setText(
            self.tr("{file} · {officer}").format(file=self.path.name, officer=vault.officer.display)
        )
        self._update_title()
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
        self._update_actions()
        self.log_view.author = self._author()
        self.idle.set_timeout(self._idle_timeout())
        self.idle.start()
        self._due_timer.start()
        if not first:
            self.unlocked.emit()
        self._after_paint.later(lambda: QTimer.singleShot(0, self.check_vault_copy))
        self._after_paint.later(lambda: QTimer.singleShot(0, self.offer_drafts))

    # ================================================================= older copies
    def check_vault_copy(self) -> None:
        """Say so when the vault is older than the last copy this computer saw (an older
        copy put in its place), and let an officer who restored it on purpose accept it.
        Never blocks access to the data."""
        vault = self.vault
        if vault is None:
            return
        if vault.anchor_error:
            self.say(
                self.tr(
                    "This computer's record of the vault could not be updated; the check "
                    "for older copies is out of date."
                )
            )
        warning = vault.rollback_warning
        if not warning:
            return
        accepted = messages.confirm(
            self,
            self.tr("This vault is older than expected"),
            warning
            + "\n\n"
            + self.tr(
                "Did you restore this copy on purpose (for example from a backup)? Choose Yes "
                "to keep it: this is recorded in the audit log and the warning stops. Choose "
                "No if you did not: the warning will show at every unlock; tell your "
                "supervisor and IT."
            ),
        )
        if accepted and self.vault is vault:
            try:
                vault.accept_this_copy(self._author())
            except VaultError as exc:
                diagnostics.show_known_problem(self, exc, self.tr("Older copy"))
                return
            self.say(self.tr("This copy of the vault is now the one this computer expects."))
        else:
            # Kept in view for the whole session, not just until the next status message.
            self.vault_label.setText(
                self.vault_label.text()
                + self.tr(" · WARNING: older than the last copy seen on this computer")
            )

    # ================================================================= drafts
    def offer_drafts(self) -> None:
        if self.vault is None:
            return
        try:
            drafts = self.vault.drafts()
        except VaultError as exc:
            diagnostics.show_known_problem(self, exc, self.tr("Unsaved forms"))
            return
        if not drafts:
            return
        dialog = DraftsDialog(drafts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restoreRequested.connect(self.restore_drafts)
        dialog.discardRequested.connect(self.discard_drafts)
        self.drafts_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "drafts_dialog", None))
        dialog.open()

    def restore_drafts(self) -> list[QWidget]:
        """Reopen every kept form; returns the forms opened."""
        if self.vault is None:
            return []
        from msvlo_desktop.gui.entry_forms import EntryDialog

        opened: list[QWidget] = []
        failed = 0
        for draft in self.vault.drafts():
            try:
                if draft.kind == CASE_DRAFT_KIND:
                    form: Any = CaseDialog.restore(self, self.vault, draft, clock=self._clock)
                    self._open_case_dialog(form)
                else:
                    form = EntryDialog.restore(self, self.vault, draft)
                    self._watch_entry_form(form)
            except (VaultError, ValidationError, ValueError, KeyError, TypeError) as exc:
                failed += 1
                diagnostics.event(f"draft not restored: {type(exc).__name__}")
                continue
            self.vault.delete_draft(draft.id)
            opened.append(form)
        if failed:
            messages.warn(
                self,
                self.tr("Unsaved forms"),
                self.tr(
                    "{n} kept form(s) could not be reopened (the case may have changed). They "
                    "stay kept; discard them when you no longer need them."
                ).format(n=failed),
            )
        return opened

    def discard_drafts(self) -> None:
        if self.vault is None:
            return
        for draft in self.vault.drafts():
            self.vault.delete_draft(draft.id)
        self.say(self.tr("Unsaved forms discarded."))

    # ================================================================= closing
    def _shut_down(self) -> None:
        """Close the vault, keeping unfinished forms as drafts, and every other window."""
        vault = self.vault
        if vault is not None:
            kept = self._keep_drafts(vault)
            self._stop_work()
            close_windows(keep=[self])
            self._clear_views()
            try:
                vault.record_access("closed", drafts=kept)
            except VaultError:
                diagnostics.event("close could not be recorded")
            vault.close()
            self.vault = None
            self.clipboard.clear_ours()
        else:
            self._stop_work()
            close_windows(keep=[self])
        self.session.stop()
        self.save_state()
        diagnostics.event("vault closed")
        self.is_locked = False
        self.current_ref = None

    def close_vault(self) -> None:
        """Close the vault and go back to the start screen."""
        self._shut_down()
        self.closed.emit()

    def quit(self) -> None:
        self._shut_down()
        self.quitRequested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window is Quit: the vault is closed first, drafts kept.
        if self.vault is not None or self.is_locked:
            self.quit()
        event.accept()
