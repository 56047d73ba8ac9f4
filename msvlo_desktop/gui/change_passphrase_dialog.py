"""Changing the vault passphrase: the current one (so nobody at an unattended, unlocked
laptop can change it), then the new one under the same policy as a new vault.

Re-encryption writes a whole new file, so it runs in a worker, showing how much of the vault
has been copied (``Vault.rekey`` reports pages). It cannot be stopped once started: the whole
vault is copied under the new passphrase and the copy is put in the vault's place only at the
end, so there is no halfway point to stop at; the only safe time to stop is before starting,
which the dialog says before the officer presses Change. The vault is busy meanwhile and the
main window waits for it before it would lock.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from msvlo_desktop.gui import diagnostics
from msvlo_desktop.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from msvlo_desktop.gui.passphrase_fields import NewPassphrase, wire_show_toggle
from msvlo_desktop.gui.screen_fit import keep_on_screen
from msvlo_desktop.gui.workers import Task, run_task
from msvlo_desktop.storage.backup import pages_to_megabytes
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
        keep_on_screen(self)
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
        self._add_labels()
        self.passphrase.changed.connect(self._update_state)
        self.ui.currentPassphraseLineEdit.textChanged.connect(self._update_state)
        self.ui.changeButton.clicked.connect(self._change)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._update_state()

    def _add_labels(self) -> None:
        """What starting commits the officer to, said before it starts; and, under the
        progress bar, how far the copy has got."""
        layout = self.ui.mainLayout
        self.no_stop_label = QLabel(self._no_stop_text(), self)
        self.no_stop_label.setObjectName("noStopLabel")
        self.no_stop_label.setWordWrap(True)
        self.no_stop_label.setProperty("role", "hint")
        layout.insertWidget(layout.indexOf(self.ui.busyProgressBar), self.no_stop_label)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        self.progress_label.hide()
        layout.insertWidget(layout.indexOf(self.ui.busyProgressBar) + 1, self.progress_label)
        self.ui.busyProgressBar.setAccessibleName(self.tr("Re-encryption progress"))

    def _no_stop_text(self) -> str:
        size = ""
        with contextlib.suppress(OSError):
            megabytes = self.vault.path.stat().st_size / 1_000_000
            size = " " + self.tr("This vault is {mb:.0f} MB.").format(mb=max(megabytes, 1))
        return (
            self.tr(
                "Once started, the change cannot be stopped: the whole vault is copied under the "
                "new passphrase and the copy takes the vault's place only at the end, so there "
                "is no halfway point to stop at. If you may need to stop, do not start it now."
            )
            + size
            + " "
            + self.tr("The vault cannot be used until it is done.")
        )

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
        bar = self.ui.busyProgressBar
        bar.setVisible(busy)
        self.progress_label.setVisible(busy)
        if busy:
            bar.setRange(0, 0)  # moving until the copy reports its first pages
            self.progress_label.setText(self.tr("Checking the current passphrase…"))
        self._update_state()

    def _on_progress(self, done: int, total: int) -> None:
        """Pages copied under the new passphrase, of the vault's ``total``."""
        bar = self.ui.busyProgressBar
        bar.setRange(0, max(total, 1))
        bar.setValue(min(done, max(total, 1)))
        if done >= total:
            text = self.tr("Finishing: putting the re-encrypted vault in place…")
        else:
            text = self.tr(
                "Re-encrypting: {done:.0f} of {total:.0f} MB copied. This cannot be stopped; "
                "it finishes by itself."
            ).format(done=pages_to_megabytes(done), total=pages_to_megabytes(total))
        self.progress_label.setText(text)

    def _change(self) -> None:
        if self.running or self.problems():
            return
        vault = self.vault
        current = self.ui.currentPassphraseLineEdit.text()
        new = self.passphrase.text()

        def work(task: Task) -> None:
            # Proves the current passphrase on a second connection before re-keying.
            Vault.open(vault.path, current, clock=vault.clock, exclusive=False).close()
            # Pages copied, after every step; the copy goes on whatever the answer.
            vault.rekey(new, progress=task.report)

        self.ui.messageLabel.hide()
        diagnostics.event("passphrase change started")
        self.task = run_task(work, self._on_changed, self._on_failed, self._on_progress)
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
            return  # the vault is being rewritten, which cannot be stopped (see above)
        super().reject()

    def done(self, result: int) -> None:
        self.ui.currentPassphraseLineEdit.clear()
        self.passphrase.clear()
        super().done(result)
