"""Changing the vault passphrase: the current one (so nobody at an unattended, unlocked
laptop can change it), then the new one under the same policy as a new vault.

Re-encryption writes a whole new file, so it runs in a worker; the vault is busy meanwhile
and the main window waits for it before it would lock.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from msvlo_desktop.gui import diagnostics
from msvlo_desktop.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from msvlo_desktop.gui.passphrase_fields import NewPassphrase, wire_show_toggle
from msvlo_desktop.gui.workers import Task, run_task
from msvlo_desktop.storage.errors import VaultError, WrongPassphrase
from msvlo_desktop.storage.vault import Vault


class ChangePassphraseDialog(QDialog):
    """Emits ``changed()`` once the vault is re-encrypted; ``ended()`` when work stops."""

    changed = Signal()
    started = Signal()
    ended = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.task: Task | None = None
        wire_show_toggle(
            self,
            self.ui.showPassphraseToolButton,
            [
                self.ui.currentPassphraseLineEdit,
                self.ui.newPassphraseLineEdit,
                self.ui.repeatPassphraseLineEdit,
            ],
        )
        self.passphrase = NewPassphrase(
            self.ui.newPassphraseLineEdit,
            self.ui.repeatPassphraseLineEdit,
            self.ui.strengthProgressBar,
            self.ui.strengthLabel,
            self.ui.policyLabel,
            avoid=lambda: [vault.officer.name, vault.officer.collar_number, vault.path.stem],
        )
        self.ui.busyProgressBar.hide()
        self.ui.messageLabel.hide()
        self.passphrase.changed.connect(self._update_state)
        self.ui.currentPassphraseLineEdit.textChanged.connect(self._update_state)
        self.ui.changeButton.clicked.connect(self._change)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._update_state()

    @property
    def running(self) -> bool:
        return self.task is not None

    def problems(self) -> list[str]:
        out = []
        current = self.ui.currentPassphraseLineEdit.text()
        if not current:
            out.append(self.tr("Type the current passphrase."))
        out += self.passphrase.problems
        if current and current == self.passphrase.text():
            out.append(self.tr("The new passphrase is the same as the current one."))
        return out

    def _update_state(self) -> None:
        self.ui.changeButton.setEnabled(not self.running and not self.problems())

    def _set_busy(self, busy: bool) -> None:
        for w in (
            self.ui.currentPassphraseLineEdit,
            self.ui.newPassphraseLineEdit,
            self.ui.repeatPassphraseLineEdit,
            self.ui.showPassphraseToolButton,
            self.ui.cancelButton,
        ):
            w.setEnabled(not busy)
        self.ui.busyProgressBar.setVisible(busy)
        self._update_state()

    def _change(self) -> None:
        if self.running or self.problems():
            return
        vault = self.vault
        current = self.ui.currentPassphraseLineEdit.text()
        new = self.passphrase.text()

        def work(task: Task) -> None:
            # Proves the current passphrase on a second connection before re-keying.
            Vault.open(vault.path, current, clock=vault.clock, exclusive=False).close()
            vault.rekey(new)

        self.ui.messageLabel.hide()
        diagnostics.event("passphrase change started")
        self.task = run_task(work, self._on_changed, self._on_failed)
        self._set_busy(True)
        self.started.emit()

    def _on_changed(self, _: object) -> None:
        self.task = None
        diagnostics.event("passphrase changed")
        self.ui.currentPassphraseLineEdit.clear()
        self.passphrase.clear()
        self._set_busy(False)
        self.ended.emit()
        self.changed.emit()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self.ended.emit()
        if isinstance(exc, WrongPassphrase):
            self.ui.messageLabel.setText(
                self.tr("The current passphrase is not right; the passphrase was not changed.")
            )
            self.ui.messageLabel.show()
            self.ui.currentPassphraseLineEdit.setFocus()
            self.ui.currentPassphraseLineEdit.selectAll()
        elif isinstance(exc, VaultError):
            self.ui.messageLabel.setText(
                self.tr("The passphrase was not changed: {problem}").format(problem=exc)
            )
            self.ui.messageLabel.show()
        else:
            diagnostics.show_unexpected(self, exc)

    def reject(self) -> None:
        if self.running:
            return  # the file is being rewritten; it finishes in a moment
        super().reject()

    def done(self, result: int) -> None:
        self.ui.currentPassphraseLineEdit.clear()
        self.passphrase.clear()
        super().done(result)
