"""The main window's menus and toolbar: every action's icon, shortcut and target, which are
enabled (:meth:`WindowActions.update`), and what they open: a new or the selected case's
record, an entry form, search, a case's report, verify, back up, change the passphrase,
settings, about.

A backup, a passphrase change and a report being written hold a lock back until they end
(``LockController.begin_critical`` / ``end_critical``); a vault check is stopped by a lock.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QDialog

from msvlo_desktop.core.timefmt import uk_time
from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.about_dialog import AboutDialog
from msvlo_desktop.gui.case_dialog import EDIT, NEW, CaseDialog
from msvlo_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from msvlo_desktop.gui.duty_menu import add_duty_menu
from msvlo_desktop.gui.help_viewer import install_help
from msvlo_desktop.gui.settings import EXPORT_FOLDER
from msvlo_desktop.gui.settings_dialog import SettingsDialog, settings_shortcuts
from msvlo_desktop.gui.task_dialog import BackupDialog, VerifyDialog
from msvlo_desktop.gui.unlock_dialog import LOCKED_BY_USER
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import VAULT_SUFFIX

if TYPE_CHECKING:
    from msvlo_desktop.gui.main_window import MainWindow
    from msvlo_desktop.gui.report_preview import ReportPreview

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
    "competent_authority_update": "logCompetentAuthorityUpdateAction",
    "note": "logNoteAction",
}


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._verify: VerifyDialog | None = None
        self._connect()
        self.export_report_action = self._add_report_action()

    def _now(self) -> str:
        return uk_time(self.window.clock())

    # ================================================================= set up
    def _connect(self) -> None:
        window = self.window
        ui = window.ui
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
        ui.settingsAction.setShortcuts(settings_shortcuts())
        ui.newCaseAction.triggered.connect(self.new_case)
        ui.editCaseAction.triggered.connect(self.edit_case)
        ui.searchAction.triggered.connect(self.open_search)
        for entry_type, name in LOG_ACTIONS.items():
            action = getattr(ui, name)
            action.triggered.connect(lambda _=False, t=entry_type: self.open_entry_form(t))
        ui.correctEntryAction.triggered.connect(self.correct_entry)
        self.duty_menu = add_duty_menu(
            ui.logMenu, ui.correctEntryAction, window, self.open_entry_form
        )
        ui.lockAction.triggered.connect(lambda: window.lock(LOCKED_BY_USER))
        ui.verifyAction.triggered.connect(self.verify)
        ui.backupAction.triggered.connect(self.backup)
        ui.changePassphraseAction.triggered.connect(self.change_passphrase)
        ui.settingsAction.triggered.connect(self.open_settings)
        ui.closeVaultAction.triggered.connect(window.close_vault)
        ui.quitAction.triggered.connect(window.quit)
        ui.aboutAction.triggered.connect(self.about)
        # Shortcuts work wherever focus is in the window, including the case tabs.
        for each in window.findChildren(QAction):
            each.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Ctrl+L locks from an open form too (the form's draft is kept by the lock).
        ui.lockAction.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        install_help(window, ui.helpMenu)  # F1: from every window, forms included

    def _add_report_action(self) -> QAction:
        """The Export report action (Ctrl+E) in the Case menu and on the toolbar."""
        ui = self.window.ui
        action = QAction(self.tr("E&xport report…"), self.window)
        action.setObjectName("exportReportAction")
        action.setShortcut(QKeySequence("Ctrl+E"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(self.tr("Export the selected case's PDF report (Ctrl+E)"))
        action.setStatusTip(self.tr("Export the selected case's PDF report"))
        action.triggered.connect(self.export_report)
        ui.caseMenu.addSeparator()
        ui.caseMenu.addAction(action)
        ui.mainToolBar.insertAction(ui.lockAction, action)
        ui.mainToolBar.insertSeparator(ui.lockAction)
        return action

    def update(self) -> None:
        """Enable what can be done now: the vault's actions while unlocked, the case's
        while one is selected, logging while the selected case is open."""
        window = self.window
        ui = window.ui
        unlocked = window.vault is not None and not window.is_locked
        has_case = unlocked and window.current_ref is not None
        case_open = has_case and window.current_case_open()
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
        self.duty_menu.setEnabled(case_open)
        tip = (
            self.tr("Select an open case first.")
            if not case_open
            else self.tr("Record an entry in case {ref}").format(ref=window.current_ref)
        )
        for name in LOG_ACTIONS.values():
            action = getattr(ui, name)
            action.setToolTip(action.text().replace("&", "").rstrip("…") + " — " + tip)

    # ================================================================= forms
    def open_entry_form(
        self, entry_type: str, prefill: dict[str, Any] | None = None
    ) -> QDialog | None:
        """Open the form for ``entry_type`` on the selected case (non-modal)."""
        window = self.window
        if window.vault is None or not window.current_case_open():
            return None
        from msvlo_desktop.gui.entry_forms import open_entry_form

        assert window.current_ref is not None
        try:
            dialog = open_entry_form(
                window,
                window.vault,
                window.current_ref,
                entry_type,
                prefill=prefill,
                author=window.author(),
            )
        except VaultError as exc:
            diagnostics.show_known_problem(window, exc, self.tr("The form could not be opened"))
            return None
        self.watch_entry_form(dialog)
        return dialog

    def watch_entry_form(self, dialog: Any) -> None:
        dialog.saved.connect(self.window.entry_saved)

    def correct_entry(self) -> None:
        selected = self.window.selected_entry
        self.open_entry_form("correction", {"corrects": selected} if selected else None)

    def new_case(self) -> None:
        window = self.window
        if window.vault is None:
            return
        self.open_case_dialog(CaseDialog(window.vault, window, mode=NEW, clock=window.clock))

    def edit_case(self) -> None:
        window = self.window
        if window.vault is None or window.current_ref is None:
            return
        try:
            dialog = CaseDialog(
                window.vault, window, mode=EDIT, case_ref=window.current_ref, clock=window.clock
            )
        except VaultError as exc:
            diagnostics.show_known_problem(window, exc, self.tr("The case could not be opened"))
            return
        self.open_case_dialog(dialog)

    def open_case_dialog(self, dialog: CaseDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.window.case_saved)
        dialog.open()

    def open_search(self) -> None:
        window = self.window
        if window.vault is None:
            return
        from msvlo_desktop.gui.search_dialog import SearchDialog

        dialog = SearchDialog(window, window.vault)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openEntry.connect(window.show_entry)
        dialog.show()

    # ================================================================= reports
    def export_report(self) -> None:
        """Open the export dialog for the selected case; its preview saves and audits."""
        from msvlo_desktop.gui.export_dialog import ExportDialog

        window = self.window
        if window.vault is None or window.current_ref is None:
            return
        dialog = ExportDialog(
            window.vault,
            window.current_ref,
            window,
            export_folder=window.settings.get(EXPORT_FOLDER),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.previewOpened.connect(self._report_preview_opened)
        dialog.open()

    def _report_preview_opened(self, preview: ReportPreview) -> None:
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Writing and auditing the file is brief; a lock waits for it like a backup.
        lock = self.window.lock_control
        preview.started.connect(lock.begin_critical)
        preview.ended.connect(lock.end_critical)
        preview.saved.connect(
            lambda path: self.window.say(
                self.tr("Report saved {time}: {path}").format(time=self._now(), path=path)
            )
        )

    # ================================================================= vault actions
    def verify(self) -> None:
        window = self.window
        if window.vault is None:
            return
        dialog = VerifyDialog(window.vault, window)
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
            self.window.say(
                self.tr("Vault check stopped {time}: not every part was checked.").format(
                    time=self._now()
                )
            )
        else:
            self.window.say(
                self.tr("Vault verified {time}: intact.").format(time=self._now())
                if result.ok
                else self.tr("Vault verified {time}: problems found.").format(time=self._now())
            )

    def abandon_verify(self) -> None:
        """The vault is closing: a vault check still open stops without a word."""
        if self._verify is not None:
            with contextlib.suppress(RuntimeError):  # already closed and deleted
                self._verify.abandon()
            self._verify = None

    def backup(self) -> None:
        window = self.window
        if window.vault is None:
            return
        folder = window.settings.get(EXPORT_FOLDER) or str(window.path.parent)
        stamp = window.clock().strftime("%Y-%m-%d")
        suggested = str(Path(folder) / f"{window.path.stem}-backup-{stamp}{VAULT_SUFFIX}")
        dest = messages.save_file(
            window, self.tr("Back up the vault"), self.tr("MSVLO vault (*.msvlo)"), suggested
        )
        if dest is None or window.vault is None:
            return
        if dest.suffix.lower() != VAULT_SUFFIX:
            dest = dest.with_name(dest.name + VAULT_SUFFIX)
        dialog = BackupDialog(window.vault, dest, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def stopped() -> None:
            if dialog.stopped:
                window.say(
                    self.tr("Backup stopped {time}: no backup file was written.").format(
                        time=self._now()
                    )
                )

        lock = window.lock_control
        lock.begin_critical()
        dialog.ended.connect(stopped)  # before a lock that waited for the backup happens
        dialog.ended.connect(lock.end_critical)
        dialog.succeeded.connect(
            lambda path: window.say(
                self.tr("Backup written {time}: {path}").format(time=self._now(), path=path)
            )
        )
        dialog.open()
        dialog.start_backup()

    def change_passphrase(self) -> None:
        window = self.window
        if window.vault is None:
            return
        from msvlo_desktop.gui.search_dialog import SearchDialog

        # A search window reads the vault through a connection of its own, which would go on
        # reading the old file after the change: it is closed first (Vault.rekey refuses
        # while one is open).
        for search in window.findChildren(SearchDialog):
            search.close()
        dialog = ChangePassphraseDialog(window.vault, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.started.connect(window.lock_control.begin_critical)
        dialog.ended.connect(window.lock_control.end_critical)
        dialog.changed.connect(
            lambda: window.say(self.tr("Passphrase changed {time}").format(time=self._now()))
        )
        dialog.open()

    def open_settings(self) -> None:
        window = self.window
        if window.vault is None:
            return
        dialog = SettingsDialog(window.settings, window.vault, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self) -> None:
        window = self.window
        window.lock_control.idle.set_timeout(window.idle_timeout())
        window.log_view.author = window.author()
        window.say(self.tr("Settings saved {time}").format(time=self._now()))

    def about(self) -> None:
        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
