"""Export the case report: choose profile, period, recipient, purpose and an optional password,
build the PDF in a worker thread, then preview it before anything is saved.

The build reads the case through a second vault connection (``Vault.worker_connection``) and
lays the report out in ``QThreadPool``, reporting progress; Cancel stops it between pages, and
the window stays responsive throughout. The finished PDF exists only in memory and goes to
:class:`~msvlo_desktop.gui.report_preview.ReportPreview`, whose Save encrypts (if a password
was given), writes atomically and records the disclosure in the audit log.

"Archivable PDF" builds the report with embedded fonts only and saves it in the style of
PDF/A-2b (``reports/pdfa.py``); it and the password exclude each other, because an encrypted
file cannot be PDF/A: while one is ticked the other is unavailable, and its tooltip says why.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.timefmt import london
from msvlo_desktop.gui import diagnostics
from msvlo_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from msvlo_desktop.gui.passphrase_fields import PASSWORD, NewPassphrase, wire_show_toggle
from msvlo_desktop.gui.report_preview import ReportPreview
from msvlo_desktop.gui.training_mark import mark
from msvlo_desktop.gui.workers import Task, run_task
from msvlo_desktop.reports.case_export import report_password_problems
from msvlo_desktop.reports.case_report import (
    PROGRESS_TOTAL,
    ReportCancelled,
    ReportResult,
    build_case_report,
    check_request,
)
from msvlo_desktop.reports.pdfa import archivable_build
from msvlo_desktop.services.reports import gather_report_data
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

# Progress values (out of PROGRESS_TOTAL) where the build moves to its next stage.
_READ, _COMPOSED, _LAID_OUT = 50, 250, 950


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ExportDialog(QDialog):
    """Emits ``built(result)`` when a report has been made and ``previewOpened(preview)``
    when its preview is shown (the dialog then closes)."""

    built = Signal(object)
    previewOpened = Signal(object)

    def __init__(
        self,
        vault: Vault,
        ref: str,
        parent: QWidget | None = None,
        *,
        export_folder: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.ref = ref
        self.export_folder = export_folder
        self.task: Task | None = None
        self.report: ReportResult | None = None
        self.preview: ReportPreview | None = None
        self.failure: BaseException | None = None
        case = vault.get_case(ref)
        self.setWindowTitle(self.tr("Export case report — {ref}").format(ref=ref))
        self.ui.caseLabel.setText(
            self.tr("{ref} · {pseudonym}").format(ref=ref, pseudonym=case.victim.pseudonym)
        )
        self.ui.caseLabel.setAccessibleName(self.tr("Case"))

        combo = self.ui.profileComboBox
        combo.addItem(self.tr("Full: the whole record"), "full")
        combo.addItem(self.tr("Disclosure: sensitive material withheld"), "disclosure")
        combo.currentIndexChanged.connect(self._profile_changed)
        self._profile_changed()
        # A copy with the victim's pseudonym for their name throughout (reports/pseudonymise.py).
        self.pseudonym_check = QCheckBox(
            self.tr("Use the pseudonym ({pseudonym}) instead of the victim's name").format(
                pseudonym=case.victim.pseudonym
            ),
            self,
        )
        self.pseudonym_check.setObjectName("pseudonymiseCheckBox")
        self.pseudonym_check.setAccessibleName(self.tr("Use the pseudonym instead of the name"))
        self.pseudonym_check.setToolTip(
            self.tr(
                "Replaces the victim's name wherever it appears: cover, summary, log text and "
                "contacts. For copies disclosed beyond the investigation team."
            )
        )
        self.ui.formLayout.insertRow(3, "", self.pseudonym_check)
        QWidget.setTabOrder(self.ui.profileComboBox, self.pseudonym_check)

        today = london(vault.clock()).date()
        for edit in (self.ui.fromDateEdit, self.ui.toDateEdit):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.ui.fromDateEdit.setDate(_qdate(case.opened_on))
        self.ui.toDateEdit.setDate(_qdate(today))
        self.ui.periodCheckBox.toggled.connect(self._period_toggled)
        self._period_toggled(False)

        wire_show_toggle(
            self,
            self.ui.showPasswordToolButton,
            [self.ui.passwordLineEdit, self.ui.repeatPasswordLineEdit],
            noun=PASSWORD,
        )
        self.password = NewPassphrase(
            self.ui.passwordLineEdit,
            self.ui.repeatPasswordLineEdit,
            self.ui.strengthProgressBar,
            self.ui.strengthLabel,
            self.ui.policyLabel,
            avoid=lambda: [ref, vault.officer.name, case.victim.pseudonym],
            noun=PASSWORD,
        )
        self.ui.encryptCheckBox.toggled.connect(self._encrypt_toggled)
        self._encrypt_toggled(False)
        self.ui.pdfaCheckBox.toggled.connect(self._update_exclusive)
        self._update_exclusive()

        self.ui.messageLabel.hide()
        # Once problems are listed, the list follows every change: a fixed problem goes.
        for line_edit in (
            self.ui.recipientLineEdit,
            self.ui.purposeLineEdit,
            self.ui.passwordLineEdit,
            self.ui.repeatPasswordLineEdit,
        ):
            line_edit.textChanged.connect(self._recheck)
        for box in (self.ui.encryptCheckBox, self.ui.pdfaCheckBox, self.ui.periodCheckBox):
            box.toggled.connect(self._recheck)
        for date_edit in (self.ui.fromDateEdit, self.ui.toDateEdit):
            date_edit.dateChanged.connect(self._recheck)
        self.ui.progressBar.setRange(0, PROGRESS_TOTAL)
        self.ui.progressBar.hide()
        self.ui.progressLabel.hide()
        self.ui.createButton.clicked.connect(self.start)
        self.ui.cancelButton.clicked.connect(self.reject)
        if vault.is_training:
            mark(self)

    # ----------------------------------------------------------------- the form
    @property
    def running(self) -> bool:
        return self.task is not None

    def profile(self) -> str:
        return str(self.ui.profileComboBox.currentData())

    def _profile_changed(self) -> None:
        hints = {
            "full": self.tr(
                "Everything, including entries marked sensitive and the victim's contact "
                "details: for the investigation team, not for disclosure as it stands."
            ),
            "disclosure": self.tr(
                "Entries marked sensitive, the victim's safe contact number and placement "
                "address are withheld; the report says how many entries went to the "
                "sensitive schedule (MG6D)."
            ),
        }
        self.ui.profileHintLabel.setText(hints[self.profile()])

    def _period_toggled(self, on: bool) -> None:
        self.ui.fromDateEdit.setEnabled(on)
        self.ui.toDateEdit.setEnabled(on)

    def _encrypt_toggled(self, on: bool) -> None:
        for widget in (
            self.ui.passwordLineEdit,
            self.ui.repeatPasswordLineEdit,
            self.ui.showPasswordToolButton,
            self.ui.strengthProgressBar,
        ):
            widget.setEnabled(on)
        for label in (self.ui.strengthLabel, self.ui.policyLabel):
            label.setVisible(on)
        if not on:
            self.password.clear()
        self._update_exclusive()

    def _update_exclusive(self) -> None:
        """A password and PDF/A exclude each other: the one not ticked waits for the other."""
        encrypt, pdfa = self.ui.encryptCheckBox, self.ui.pdfaCheckBox
        encrypt.setEnabled(not pdfa.isChecked())
        pdfa.setEnabled(not encrypt.isChecked())
        pdfa.setToolTip(
            self.tr("Untick the password first: an encrypted file cannot be PDF/A.")
            if encrypt.isChecked()
            else self.tr(
                "For records-management systems that accept PDF/A only. Not with a password: "
                "an encrypted file cannot be PDF/A."
            )
        )
        encrypt.setToolTip(
            self.tr("Untick the archivable PDF first: an encrypted file cannot be PDF/A.")
            if pdfa.isChecked()
            else ""
        )

    def archivable(self) -> bool:
        """The report is to be saved as archivable PDF (PDF/A-2b style)."""
        return self.ui.pdfaCheckBox.isChecked()

    def period(self) -> tuple[date | None, date | None]:
        if not self.ui.periodCheckBox.isChecked():
            return None, None
        return _pydate(self.ui.fromDateEdit.date()), _pydate(self.ui.toDateEdit.date())

    def report_password(self) -> str | None:
        return self.ui.passwordLineEdit.text() if self.ui.encryptCheckBox.isChecked() else None

    def problems(self) -> list[str]:
        """Everything that stops the report being made, in words for the person."""
        date_from, date_to = self.period()
        out: list[str] = []
        try:
            check_request(
                profile=self.profile(),
                date_from=date_from,
                date_to=date_to,
                recipient=self.ui.recipientLineEdit.text(),
                purpose=self.ui.purposeLineEdit.text(),
            )
        except ValidationError as exc:
            out += [p.message for p in exc.problems]
        password = self.report_password()
        if password is not None and self.archivable():
            out.append(
                self.tr("An archivable PDF cannot also have a password: untick one of the two.")
            )
        if password is not None:
            found = report_password_problems(password, avoid=[self.ref, self.vault.officer.name])
            if not found and password != self.ui.repeatPasswordLineEdit.text():
                found.append(self.tr("The two passwords are different."))
            if not found and self._is_vault_passphrase(password):
                found.append(
                    self.tr(
                        "That is the vault passphrase: choose another, because the recipient "
                        "will be told the report password."
                    )
                )
            out += found
        return out

    def _is_vault_passphrase(self, candidate: str) -> bool:
        # The recipient is told the report password, so it must never be the vault's own.
        return self.vault.resembles_passphrase(candidate)

    def _recheck(self, *_: object) -> None:
        if self.ui.messageLabel.isVisible() and not self.running:
            self._show_message("\n".join("• " + p for p in self.problems()))

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    # ----------------------------------------------------------------- building
    def start(self) -> None:
        """Check the form and start building in a worker; problems are shown instead."""
        if self.running:
            return
        problems = self.problems()
        if problems:
            self._show_message("\n".join("• " + p for p in problems))
            return
        self._show_message("")
        self.failure = None
        date_from, date_to = self.period()
        vault, ref = self.vault, self.ref
        profile = self.profile()
        recipient = self.ui.recipientLineEdit.text()
        purpose = self.ui.purposeLineEdit.text()
        pdfa = self.archivable()
        pseudonymise = self.pseudonym_check.isChecked()
        at: datetime = vault.clock()

        def work(task: Task) -> ReportResult:
            def progress(done: int, total: int) -> None:
                task.report(done, total)

            reader = vault.worker_connection()
            try:
                data = gather_report_data(reader, ref, at=at)
            finally:
                reader.close()
            # Archivable: embedded fonts only; characters none can draw are refused (PdfaError).
            with archivable_build() if pdfa else contextlib.nullcontext():
                return build_case_report(
                    data,
                    profile="disclosure" if profile == "disclosure" else "full",
                    date_from=date_from,
                    date_to=date_to,
                    recipient=recipient,
                    purpose=purpose,
                    progress=progress,
                    cancel=lambda: task.cancelled,
                    pseudonymise=pseudonymise,
                )

        self._set_busy(True)
        self.task = run_task(work, self._on_success, self._on_failure, self._on_progress)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.ui.profileComboBox,
            self.pseudonym_check,
            self.ui.periodWidget,
            self.ui.recipientLineEdit,
            self.ui.purposeLineEdit,
            self.ui.pdfaCheckBox,
            self.ui.encryptCheckBox,
            self.ui.passwordFieldWidget,
            self.ui.repeatPasswordLineEdit,
            self.ui.createButton,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self._period_toggled(self.ui.periodCheckBox.isChecked())
            self._encrypt_toggled_keep(self.ui.encryptCheckBox.isChecked())
        self.ui.cancelButton.setEnabled(True)
        self.ui.progressBar.setVisible(busy)
        self.ui.progressLabel.setVisible(busy)
        if busy:
            self.ui.progressBar.setValue(0)
            self.ui.progressLabel.setText(self.tr("Reading the case…"))

    def _encrypt_toggled_keep(self, on: bool) -> None:
        # As _encrypt_toggled, but keeps what was typed (the build only failed or stopped).
        for widget in (
            self.ui.passwordLineEdit,
            self.ui.repeatPasswordLineEdit,
            self.ui.showPasswordToolButton,
            self.ui.strengthProgressBar,
        ):
            widget.setEnabled(on)
        self._update_exclusive()

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)
        if done < _READ:
            text = self.tr("Reading the case…")
        elif done < _COMPOSED:
            text = self.tr("Preparing the sections…")
        elif done < _LAID_OUT:
            percent = 100 * (done - _COMPOSED) // (_LAID_OUT - _COMPOSED)
            text = self.tr("Laying out the pages: {percent}%").format(percent=percent)
        else:
            text = self.tr("Finishing…")
        self.ui.progressLabel.setText(text)

    def _on_success(self, result: Any) -> None:
        self.task = None
        self.report = result
        self.built.emit(result)
        preview = ReportPreview(
            self.vault,
            result,
            password=self.report_password(),
            pdfa=self.archivable(),
            export_folder=self.export_folder,
            parent=self.parentWidget(),
        )
        self.preview = preview
        self.password.clear()
        self.accept()
        preview.open()
        self.previewOpened.emit(preview)

    def _on_failure(self, exc: BaseException) -> None:
        self.task = None
        self.failure = exc
        self._set_busy(False)
        if isinstance(exc, ReportCancelled):
            self._show_message(self.tr("Cancelled: no report was made."))
        elif isinstance(exc, VaultError | ValidationError):
            diagnostics.event(f"report not made: {type(exc).__name__}")
            self._show_message(str(exc))
        else:
            self._show_message(self.tr("The report could not be made."))
            diagnostics.show_unexpected(self, exc)

    def cancel_build(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.progressLabel.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        if self.running:
            self.cancel_build()  # Escape and Cancel stop the build rather than hide it
            return
        super().reject()

    def close_without_asking(self) -> None:
        """The vault is locking: forget the build and close, keeping nothing typed."""
        if self.task is not None:
            self.task.discard()
            self.task = None
        self.password.clear()
        self.done(QDialog.DialogCode.Rejected)
