"""The finished case report, shown inside the application before it is saved.

The PDF is read by Qt's PDF viewer from a buffer over the bytes in memory; no plaintext copy
ever reaches the disk. Save asks where, then (in a worker thread) encrypts the PDF when a
password was given, writes it atomically and records the disclosure in the audit log
(``services.reports.save_case_report``). Closing without saving discloses nothing.

Opening stays quick for a long report. Scrolling through every page needs the size of every
page, and the PDF library reads each page's description the first time it is asked for it:
about 0.1 ms a page, 70-160 ms for an 853-page report of a 10,000-entry case, all at once on
the GUI thread if the viewer starts in its continuous (multi-page) mode. So the preview opens
on the first page alone, reads the page sizes a few milliseconds at a time between events,
and then turns into the continuous view on the page the officer is reading (docs/PERFORMANCE.md).
The page box, Previous / Next and the keyboard (Page Up / Page Down, Home / End) move
between pages in either mode.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.training_mark import mark
from msvlo_desktop.gui.workers import Task, run_task
from msvlo_desktop.reports.case_report import ReportResult
from msvlo_desktop.reports.output import ReportWriteError
from msvlo_desktop.services.reports import save_case_report
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

_ZOOM_STEP = 1.25
# How long one turn of reading page sizes may hold the GUI thread before letting events in.
PAGE_SIZES_SLICE_SECONDS = 0.008


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
        self.page_count = max(self.document.pageCount(), 1)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Report pages"))
        # One page first: the continuous view needs every page's size (see the module notes).
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.navigator = self.view.pageNavigator()
        layout.addLayout(self._page_bar())
        layout.addWidget(self.view, 1)
        self.navigator.currentPageChanged.connect(self._show_page_number)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")
        self.message_label.hide()
        layout.addWidget(self.message_label)

        buttons = QHBoxLayout()
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

        # Once the first page has been painted, page sizes are read a slice at a time between
        # events, then the view scrolls through every page (_read_page_sizes).
        self._sizes_read = 0
        self._sizes_timer = QTimer(self)
        self._sizes_timer.setSingleShot(True)
        self._sizes_timer.setInterval(0)
        self._sizes_timer.timeout.connect(self._read_page_sizes)
        self.view.viewport().installEventFilter(self)
        self._show_page_number(self.navigator.currentPage())
        self.view.setFocus()

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _page_bar(self) -> QHBoxLayout:
        """Previous / Next, the page box and the zoom buttons, above the pages."""
        bar = QHBoxLayout()
        self.previous_button = self._button(self.tr("&Previous page"), self.tr("Previous page"))
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.page_label = QLabel(self.tr("Pa&ge"), self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("pageSpinBox")
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setToolTip(self.tr("Type a page number and press Enter to go to it"))
        self.page_spin.setRange(1, self.page_count)
        # Typing "400" goes to page 400, not to 4 and 40 on the way.
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_spin.installEventFilter(self)  # Enter goes to the page, not to Save
        self.page_label.setBuddy(self.page_spin)
        self.page_count_label = QLabel(self.tr("of {n}").format(n=self.page_count), self)
        self.page_count_label.setObjectName("pageCountLabel")
        self.next_button = self._button(self.tr("&Next page"), self.tr("Next page"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_out_button = self._button(self.tr("Zoom &out"), self.tr("Zoom out"))
        self.zoom_in_button = self._button(self.tr("Zoom &in"), self.tr("Zoom in"))
        self.fit_button = self._button(self.tr("&Fit width"), self.tr("Fit the page width"))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / _ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(_ZOOM_STEP))
        self.fit_button.clicked.connect(self._fit_width)
        for widget in (
            self.previous_button,
            self.page_label,
            self.page_spin,
            self.page_count_label,
            self.next_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        return bar

    # ----------------------------------------------------------------- pages
    @property
    def continuous(self) -> bool:
        """Every page's size is known and the view scrolls through the whole report."""
        return self.view.pageMode() == QPdfView.PageMode.MultiPage

    def current_page(self) -> int:
        """The page being read, from 0."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        """Show ``page`` (from 0), kept within the report."""
        page = max(0, min(self.page_count - 1, page))
        if page != self.navigator.currentPage():
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())
        elif self.continuous:
            self._scroll_to(page)  # already on it, part-way down: back to its top
        self._show_page_number(self.navigator.currentPage())

    def _show_page_number(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count - 1)

    def _read_page_sizes(self) -> None:
        """Read page sizes for a few milliseconds; once all are read, scroll continuously."""
        if self.result is None or self.document.status() != QPdfDocument.Status.Ready:
            return  # closed meanwhile, or nothing to show
        count = self.document.pageCount()
        deadline = time.perf_counter() + PAGE_SIZES_SLICE_SECONDS
        while self._sizes_read < count:
            self.document.pagePointSize(self._sizes_read)
            self._sizes_read += 1
            if time.perf_counter() >= deadline:
                break
        if self._sizes_read < count:
            self._sizes_timer.start()
            return
        self._become_continuous()

    def _become_continuous(self) -> None:
        """Switch to the view of every page, where the officer is reading."""
        page = self.navigator.currentPage()
        within_page = self.view.verticalScrollBar().value()  # one page alone: how far down
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self._scroll_to(page, within_page)

    def _scroll_to(self, page: int, within_page: int = 0) -> None:
        """In the continuous view, bring ``page`` (from 0) to the top, ``within_page`` pixels
        down it, after the pages have been laid out again (switching mode, zooming)."""
        bar = self.view.verticalScrollBar()
        if self.page_count > 1:
            # The view scrolls to a page only when the current page changes, and a new layout
            # does not change it: leave the page, then come back to it.
            nav, zoom = self.navigator, self.navigator.currentZoom()
            if nav.currentPage() == page:
                nav.jump(1 if page == 0 else 0, QPointF(), zoom)
            nav.jump(page, QPointF(), zoom)
            bar.setValue(bar.value() + within_page)
        else:
            bar.setValue(within_page)
        self._show_page_number(self.navigator.currentPage())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._page_key(event):
                return True
        elif watched is self.page_spin and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # The spin box would pass Enter on to the dialog, whose default is Save.
                self.page_spin.interpretText()
                self.go_to_page(self.page_spin.value() - 1)
                return True
        elif watched is self.view.viewport() and event.type() == QEvent.Type.Paint:
            # The first page is on screen (or being painted): the rest can start.
            watched.removeEventFilter(self)
            self._sizes_timer.start()
        return super().eventFilter(watched, event)

    def _page_key(self, event: QKeyEvent) -> bool:
        """Home and End go to the first and last page; with one page shown, Page Up and
        Page Down turn pages (the continuous view scrolls a screen at a time)."""
        key = event.key()
        if key == Qt.Key.Key_Home:
            self.go_to_page(0)
        elif key == Qt.Key.Key_End:
            self.go_to_page(self.page_count - 1)
        elif key == Qt.Key.Key_PageDown and not self.continuous:
            self.go_to_page(self.current_page() + 1)
        elif key == Qt.Key.Key_PageUp and not self.continuous:
            self.go_to_page(self.current_page() - 1)
        else:
            return False
        return True

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
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))
        if self.continuous:
            self._scroll_to(page)  # the same page stays in view, not the same distance down

    def _fit_width(self) -> None:
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        if self.continuous:
            self._scroll_to(page)

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
        # Replacing was confirmed in the file dialog only for a file there now; one that
        # appears while the report is written is never replaced.
        replace = path.exists()

        def work(_task: Task) -> Path:
            return save_case_report(vault, result, path, password=password, replace=replace)

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
        self._sizes_timer.stop()
        # Closing the document empties the view too (detaching it would warn in Qt).
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray()
        self._password = None
        self.result = None
