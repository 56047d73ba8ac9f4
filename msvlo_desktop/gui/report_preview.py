"""The finished case report, shown inside the application before it is saved.

The PDF is read by Qt's PDF viewer from a buffer over the bytes in memory; no plaintext copy
ever reaches the disk. Save asks where, then (in a worker thread) encrypts the PDF when a
password was given, writes it atomically and records the disclosure in the audit log
(``reports.case_export.save_case_report``). Closing without saving discloses nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.training_mark import mark
from msvlo_desktop.gui.workers import Task, run_task
from msvlo_desktop.reports.case_export import save_case_report
from msvlo_desktop.reports.case_report import ReportResult
from msvlo_desktop.reports.output import ReportWriteError
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

_ZOOM_STEP = 1.25


class ReportPreview(QDialog):
    """Shows one built report. Emits ``saved(path)`` once it is written and audited;
    ``started()`` / ``ended()`` around the save (the main window waits before locking)."""

    saved = Signal(object)
    started = Signal()
    ended = Signal()

    def __init__(
        self,
        vault: Vault,
        result: ReportResult,
        *,
        password: str | None,
        export_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.result: ReportResult | None = result
        self._password = password
        self.export_folder = export_folder
        self.task: Task | None = None
        self.saved_path: Path | None = None
        self.setObjectName("ReportPreview")
        self.setModal(True)
        self.setWindowTitle(self.tr("Case report {ref} — preview").format(ref=result.reference))
        self.resize(900, 960)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Check the report before you save it"), self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.summary_label = QLabel(self._summary(result), self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("About this report"))
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.summary_label)

        # The viewer reads from memory: a QBuffer over the bytes, kept alive with the dialog.
        self._bytes = QByteArray(result.pdf_bytes)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Report pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.view, 1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")
        self.message_label.hide()
        layout.addWidget(self.message_label)

        buttons = QHBoxLayout()
        self.zoom_out_button = self._button(self.tr("Zoom &out"), self.tr("Zoom out"))
        self.zoom_in_button = self._button(self.tr("Zoom &in"), self.tr("Zoom in"))
        self.fit_button = self._button(self.tr("&Fit width"), self.tr("Fit the page width"))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / _ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(_ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button = self._button(self.tr("Close without saving"), self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = self._button(self.tr("&Save…"), self.tr("Save the report"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        if result.training:
            mark(self)

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _summary(self, r: ReportResult) -> str:
        if r.date_from or r.date_to:
            period = self.tr("period {start} to {end}").format(
                start=uk_date(r.date_from) or self.tr("the start"),
                end=uk_date(r.date_to) or self.tr("the end"),
            )
        else:
            period = self.tr("the whole case")
        profile = (
            self.tr("disclosure profile") if r.profile == "disclosure" else self.tr("full profile")
        )
        text = self.tr(
            "Case {ref}, {profile}, {period}: {pages} pages, produced {when} for {recipient}. "
            "Export ID {export_id}."
        ).format(
            ref=r.reference,
            profile=profile,
            period=period,
            pages=r.pages,
            when=uk_datetime(r.produced_at),
            recipient=r.recipient,
            export_id=r.export_id,
        )
        if r.profile == "disclosure":
            text += " " + self.tr("{n} entries withheld (MG6D).").format(n=r.withheld_count)
        text += " " + (
            self.tr("Saved encrypted with your report password (AES-256).")
            if self._password
            else self.tr("Saved without a password.")
        )
        return text

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    @property
    def running(self) -> bool:
        return self.task is not None

    # ----------------------------------------------------------------- saving
    def suggested_path(self) -> str:
        assert self.result is not None
        name = f"{self.result.reference}-report-{self.result.export_id}.pdf".replace("/", "-")
        folder = self.export_folder or str(self.vault.path.parent)
        return str(Path(folder) / name)

    def save(self) -> None:
        """Ask where, then encrypt (if a password was given), write and audit in a worker."""
        if self.running or self.result is None:
            return
        path = messages.save_file(
            self, self.tr("Save the case report"), self.tr("PDF (*.pdf)"), self.suggested_path()
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        vault, result, password = self.vault, self.result, self._password

        def work(_task: Task) -> Path:
            return save_case_report(vault, result, path, password=password)

        self._set_busy(True)
        self.started.emit()
        self.task = run_task(work, self._on_saved, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.message_label.hide()

    def _on_saved(self, path: Any) -> None:
        self.task = None
        self.ended.emit()
        self.saved_path = Path(path)
        assert self.result is not None
        result = self.result
        self.saved.emit(self.saved_path)
        messages.inform(
            self,
            self.tr("Report saved"),
            self.tr(
                "The report is saved as {path}.\n\nExport ID {export_id}. The disclosure to "
                "{recipient} is recorded in the audit log.{password}"
            ).format(
                path=self.saved_path,
                export_id=result.export_id,
                recipient=result.recipient,
                password=self.tr(
                    "\n\nTell the recipient the report password by another route (phone, "
                    "in person), never in the same email as the file."
                )
                if self._password
                else "",
            ),
        )
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self.ended.emit()
        self._set_busy(False)
        if isinstance(exc, ReportWriteError | VaultError | ValueError):
            diagnostics.event(f"report not saved: {type(exc).__name__}")
            self.message_label.setText(
                self.tr("The report was not saved: {reason}").format(reason=exc)
            )
            self.message_label.show()
        else:
            diagnostics.show_unexpected(self, exc)

    # ----------------------------------------------------------------- closing
    def reject(self) -> None:
        if self.running:
            return  # a file is being written: it finishes (or fails) by itself, quickly
        super().reject()

    def done(self, code: int) -> None:
        super().done(code)
        self._forget()

    def close_without_asking(self) -> None:
        """The vault is locking: close, keeping nothing of the report in memory."""
        if self.task is not None:
            # The save runs to its end (write, then audit) without this window.
            self.task.discard()
            self.task = None
            self.ended.emit()
        self.done(QDialog.DialogCode.Rejected)

    def _forget(self) -> None:
        # Closing the document empties the view too (detaching it would warn in Qt).
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray()
        self._password = None
        self.result = None
