"""Long vault operations with a progress dialog: verifying the vault and writing a backup.

Both run in a worker thread, show how far they have got and can be cancelled; the window
stays usable meanwhile. Verification reads through a second connection
(``Vault.worker_connection``) and stops within a fraction of a second in any of its four
parts (storage/integrity.py). A backup copies the vault page by page through a connection of
its own (storage/backup.py), so saving an entry never waits for it; cancelling it leaves no
file and no audit record. Only its last moment (flushing the copy to disk and renaming it)
cannot be cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from msvlo_desktop.gui import diagnostics
from msvlo_desktop.gui.forms.ui_task_dialog import Ui_TaskDialog
from msvlo_desktop.gui.screen_fit import keep_on_screen
from msvlo_desktop.gui.workers import Task, run_task
from msvlo_desktop.storage import integrity
from msvlo_desktop.storage.backup import CopyCancelled, pages_to_megabytes
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault, VerifyResult


class TaskDialog(QDialog):
    """Runs one function in the pool and shows its progress and outcome.

    ``succeeded(result)`` is emitted when the work finished without an exception;
    ``ended()`` whenever it stops, however.
    """

    succeeded = Signal(object)
    ended = Signal()

    def __init__(self, parent: QWidget | None, *, cancellable: bool) -> None:
        super().__init__(parent)
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        keep_on_screen(self)
        self.cancel_requested = False
        self.ui.progressBar.setRange(0, 0)  # busy until the first progress report
        self.ui.cancelButton.setVisible(cancellable)
        self.ui.closeButton.hide()
        self.ui.cancelButton.clicked.connect(self._cancel)
        self.ui.closeButton.clicked.connect(self.accept)
        self.task: Task | None = None
        self.result_value: Any = None
        self.failure: BaseException | None = None

    def set_texts(self, title: str, heading: str, message: str) -> None:
        self.setWindowTitle(title)
        self.ui.headingLabel.setText(heading)
        self.ui.messageLabel.setText(message)

    @property
    def running(self) -> bool:
        return self.task is not None

    @property
    def stopped(self) -> bool:
        """The person cancelled the work and it stopped before it finished."""
        if isinstance(self.failure, CopyCancelled):
            return True
        return isinstance(self.result_value, VerifyResult) and self.result_value.cancelled

    def start(self, fn: Callable[[Task], Any]) -> None:
        self.task = run_task(fn, self._on_success, self._on_failure, self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)
        if not self.cancel_requested:  # "Stopping…" stays until the work has stopped
            self.progress_text(done, total)

    def progress_text(self, done: int, total: int) -> None:
        """Subclasses say what the numbers mean."""

    def _cancel(self) -> None:
        button = self.ui.cancelButton
        # Hidden where the work cannot be stopped; disabled once it is past stopping.
        if self.task is not None and button.isVisible() and button.isEnabled():
            self.cancel_requested = True
            self.task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.messageLabel.setText(self.tr("Stopping…"))

    def _finish(self) -> None:
        self.task = None
        self.ui.cancelButton.hide()
        self.ui.closeButton.show()
        self.ui.closeButton.setFocus()
        if self.ui.progressBar.maximum() == 0:
            self.ui.progressBar.setRange(0, 1)
            self.ui.progressBar.setValue(1)
        self.ended.emit()

    def _on_success(self, value: Any) -> None:
        self.result_value = value
        self._finish()
        self.show_result(value)
        self.succeeded.emit(value)

    def _on_failure(self, exc: BaseException) -> None:
        self.failure = exc
        self._finish()
        self.ui.progressBar.hide()
        if isinstance(exc, CopyCancelled):
            self.show_cancelled()
        elif isinstance(exc, VaultError):
            self.ui.headingLabel.setText(self.tr("That did not work"))
            self.ui.messageLabel.setText(str(exc))
            diagnostics.event(f"task failed: {type(exc).__name__}")
        else:
            self.ui.headingLabel.setText(self.tr("Something went wrong"))
            self.ui.messageLabel.setText(
                self.tr("The details are in the log file: {path}").format(
                    path=diagnostics.log_path()
                )
            )
            diagnostics.show_unexpected(self, exc)

    def show_result(self, value: Any) -> None:
        """Subclasses describe what was done."""

    def show_cancelled(self) -> None:
        """Subclasses say what stopping left behind."""
        self.ui.headingLabel.setText(self.tr("Stopped"))
        self.ui.messageLabel.setText(self.tr("You stopped it before it finished."))

    def reject(self) -> None:
        if self.task is not None:
            self._cancel()  # Escape cancels (where allowed) instead of hiding running work
            return
        super().reject()

    def abandon(self) -> None:
        """The vault is locking: forget the work's result and close."""
        if self.task is not None:
            self.task.discard()
            self.task = None
            self.ended.emit()
        self.done(QDialog.DialogCode.Rejected)


class VerifyDialog(TaskDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, cancellable=True)
        self.set_texts(
            self.tr("Verify vault"),
            self.tr("Checking the vault"),
            self.tr("Checking the encryption, the database and the hash chain of every case…"),
        )
        self.vault = vault

    def start_verify(self) -> None:
        vault = self.vault

        def work(task: Task) -> VerifyResult:
            reader = vault.worker_connection()
            try:
                return reader.verify(progress=task.report)
            finally:
                reader.close()

        diagnostics.event("verify started")
        self.start(work)

    def progress_text(self, done: int, total: int) -> None:
        parts = (integrity.PAGES, integrity.STRUCTURE, integrity.CASES, integrity.AUDIT, total)
        texts = (
            self.tr("Checking the encryption of every page: {percent}%"),
            self.tr("Checking the database structure: {percent}%"),
            self.tr("Checking the hash chain of every case: {percent}%"),
            self.tr("Checking the audit log: {percent}%"),
        )
        for text, start, end in zip(texts, parts, parts[1:], strict=False):
            if done < end or end == total:
                percent = 100 * (done - start) // max(end - start, 1)
                self.ui.messageLabel.setText(text.format(percent=min(max(percent, 0), 100)))
                return

    def show_result(self, value: Any) -> None:
        result: VerifyResult = value
        cancelled = result.cancelled and all("cancelled" in p for p in result.problems)
        if result.ok:
            diagnostics.event("verify passed")
            self.ui.headingLabel.setText(self.tr("The vault is intact"))
            self.ui.messageLabel.setText(
                self.tr(
                    "OK. Checked {cases} cases and {entries} entries: the encryption, the "
                    "database and every hash chain are intact."
                ).format(cases=result.cases, entries=result.entries)
            )
            return
        if cancelled:
            diagnostics.event("verify cancelled")
            self.ui.headingLabel.setText(self.tr("Verification stopped"))
            self.ui.messageLabel.setText(
                self.tr(
                    "You stopped the check before the whole vault was verified, so it is "
                    "not known to be intact; nothing wrong was found in what was checked. "
                    "Run it again to check the whole vault."
                )
            )
            return
        diagnostics.event("verify found problems")
        self.ui.headingLabel.setText(self.tr("The vault has a problem"))
        first = (
            self.tr("The first broken entry: {brk}.").format(brk=result.first_break)
            if result.first_break is not None
            else result.problems[0]
        )
        self.ui.messageLabel.setText(
            first
            + "\n\n"
            + self.tr(
                "Keep this vault as it is (it is evidence of what happened), tell your "
                "supervisor, and restore your latest backup to carry on working."
            )
        )
        self.ui.detailsPlainTextEdit.setPlainText("\n".join(result.problems))
        self.ui.detailsPlainTextEdit.show()


class BackupDialog(TaskDialog):
    def __init__(self, vault: Vault, destination: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, cancellable=True)
        self.set_texts(
            self.tr("Back up vault"),
            self.tr("Writing the backup"),
            self.tr("Writing an encrypted copy of the vault to {path}…").format(path=destination),
        )
        self.vault = vault
        self.destination = destination

    def start_backup(self) -> None:
        vault, dest = self.vault, self.destination
        diagnostics.event("backup started")
        self.start(lambda task: vault.backup(dest, progress=task.report))

    def progress_text(self, done: int, total: int) -> None:
        if done >= total:
            # Every page is copied; flushing it to disk and renaming it cannot be undone
            # halfway, so Cancel goes.
            self.ui.cancelButton.setEnabled(False)
            self.ui.messageLabel.setText(self.tr("Finishing: saving the copy to the disk…"))
            return
        self.ui.messageLabel.setText(
            self.tr("Copied {done:.0f} of {total:.0f} MB to {path}…").format(
                done=pages_to_megabytes(done),
                total=pages_to_megabytes(total),
                path=self.destination,
            )
        )

    def show_cancelled(self) -> None:
        diagnostics.event("backup cancelled")
        self.ui.headingLabel.setText(self.tr("Backup stopped"))
        self.ui.messageLabel.setText(
            self.tr(
                "You stopped the backup before it finished. No backup file was written; "
                "the vault is as it was."
            )
        )

    def show_result(self, value: Any) -> None:
        diagnostics.event("backup written")
        self.ui.headingLabel.setText(self.tr("Backup written"))
        self.ui.messageLabel.setText(
            self.tr(
                "The backup is at {path}. It is encrypted and opens with the vault's current "
                "passphrase. Keep it somewhere other than this laptop, as force policy says."
            ).format(path=value)
        )
