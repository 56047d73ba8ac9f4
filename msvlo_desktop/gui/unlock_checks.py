"""What the main window asks once its vault is open (first, and after every unlock), when the
case list has been painted: whether the vault is an older copy than this computer last saw,
and whether to reopen the unfinished forms kept as drafts when it last locked or closed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.case_dialog import CaseDialog
from msvlo_desktop.gui.drafts_dialog import CASE_DRAFT_KIND, DraftsDialog
from msvlo_desktop.storage.errors import VaultError

if TYPE_CHECKING:
    from msvlo_desktop.gui.main_window import MainWindow


class UnlockChecks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.drafts_dialog: DraftsDialog | None = None

    # ================================================================= older copies
    def check_vault_copy(self) -> None:
        """Say so when the vault is older than the last copy this computer saw (an older
        copy put in its place), and let an officer who restored it on purpose accept it.
        Never blocks access to the data."""
        window = self.window
        vault = window.vault
        if vault is None:
            return
        if vault.anchor_error:
            window.say(
                self.tr(
                    "This computer's record of the vault could not be updated; the check "
                    "for older copies is out of date."
                )
            )
        warning = vault.rollback_warning
        if not warning:
            return
        accepted = messages.confirm(
            window,
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
        if accepted and window.vault is vault:
            try:
                vault.accept_this_copy(window.author())
            except VaultError as exc:
                diagnostics.show_known_problem(window, exc, self.tr("Older copy"))
                return
            window.say(self.tr("This copy of the vault is now the one this computer expects."))
        else:
            # Kept in view for the whole session, not just until the next status message.
            window.vault_label.setText(
                window.vault_label.text()
                + self.tr(" · WARNING: older than the last copy seen on this computer")
            )

    # ================================================================= drafts
    def offer_drafts(self) -> None:
        window = self.window
        if window.vault is None:
            return
        try:
            drafts = window.vault.drafts()
        except VaultError as exc:
            diagnostics.show_known_problem(window, exc, self.tr("Unsaved forms"))
            return
        if not drafts:
            return
        dialog = DraftsDialog(drafts, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restoreRequested.connect(self.restore_drafts)
        dialog.discardRequested.connect(self.discard_drafts)
        self.drafts_dialog = dialog
        dialog.destroyed.connect(self._forget_drafts_dialog)
        dialog.open()

    def _forget_drafts_dialog(self) -> None:
        self.drafts_dialog = None

    def restore_drafts(self) -> list[QWidget]:
        """Reopen every kept form; returns the forms opened."""
        window = self.window
        vault = window.vault
        if vault is None:
            return []
        from msvlo_desktop.gui.entry_forms import EntryDialog

        opened: list[QWidget] = []
        failed = 0
        for draft in vault.drafts():
            try:
                if draft.kind == CASE_DRAFT_KIND:
                    form: Any = CaseDialog.restore(window, vault, draft, clock=window.clock)
                    window.window_actions.open_case_dialog(form)
                else:
                    form = EntryDialog.restore(window, vault, draft)
                    window.window_actions.watch_entry_form(form)
            except (VaultError, ValidationError, ValueError, KeyError, TypeError) as exc:
                failed += 1
                diagnostics.event(f"draft not restored: {type(exc).__name__}")
                continue
            vault.delete_draft(draft.id)
            opened.append(form)
        if failed:
            messages.warn(
                window,
                self.tr("Unsaved forms"),
                self.tr(
                    "{n} kept form(s) could not be reopened (the case may have changed). They "
                    "stay kept; discard them when you no longer need them."
                ).format(n=failed),
            )
        return opened

    def discard_drafts(self) -> None:
        vault = self.window.vault
        if vault is None:
            return
        for draft in vault.drafts():
            vault.delete_draft(draft.id)
        self.window.say(self.tr("Unsaved forms discarded."))
