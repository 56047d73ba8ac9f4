"""The finished case report, shown inside the application before it is saved.

The PDF is drawn by PDFium (``gui.pdf_pages``) from the bytes in memory; no plaintext copy ever
reaches the disk. Pages are drawn to images in a worker thread, only those near the view and
at the view's scale. Save asks where, then (in a worker thread) encrypts the PDF when a
password was given, writes it atomically and records the disclosure in the audit log
(``services.reports.save_case_report``). Closing without saving discloses nothing.

Opening stays quick for a long report. Scrolling through every page needs the size of every
page, and reading them all (about 20 µs a page, some 30 ms for a 1,500-page report) at once
would hold the GUI thread. So the preview opens on the first page alone, reads the page sizes
a few milliseconds at a time between events, and then turns into the continuous view on the
page the officer is reading (docs/PERFORMANCE.md). The page box, Previous / Next and the
keyboard (Page Up / Page Down, Home / End) move between pages in either mode.

The window is sized from the screen it opens on (at most 900 × 960), so it fits a 1366 × 768
laptop screen at 100 % and 125 % scaling with its buttons in reach.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
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
from msvlo_desktop.gui.pdf_pages import PDFIUM_LOCK, PageMode, PageView, PdfPages, ZoomMode
from msvlo_desktop.gui.training_mark import mark
from msvlo_desktop.gui.workers import Task, run_task
from msvlo_desktop.reports.case_report import ReportResult
from msvlo_desktop.reports.output import ReportWriteError
from msvlo_desktop.services.reports import save_case_report
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

_ZOOM_STEP = 1.25
# How long one turn of reading page sizes may hold the GUI thread before letting events in.
PAGE_SIZES_SLICE_SECONDS = 0.004
# While a page is being drawn PDFium is busy: try again after this long.
_BUSY_RETRY_MS = 2
# The pause between two turns, so that typing, scrolling and painting always get in.
_TURN_GAP_MS = 1
# The size the window would like, and what it leaves free of the screen around it (its frame
# and title bar are drawn by the window system, outside the size given here).
PREFERRED_SIZE = QSize(900, 960)
# Room left on each side (left, top, right, bottom) for the frame; the title bar goes on top.
_FRAME = (12, 44, 12, 20)


def fit_to_screen(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """Where the window goes on a screen whose free area is *available*: the preferred size,
    cut down to fit with room for the frame and title bar, centred."""
    left, top, right, bottom = _FRAME
    room = available.adjusted(left, top, -right, -bottom)
    rect = QRect(
        0,
        0,
        max(1, min(preferred.width(), room.width())),
        max(1, min(preferred.height(), room.height())),
    )
    rect.moveCenter(room.center())
    return rect


def available_geometry(widget: QWidget) -> QRect:
    """The free area (without task bars) of the screen *widget* opens on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


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
        pdfa: bool = False,
        export_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.report: ReportResult | None = result
        self._password = password
        self.pdfa = pdfa  # saved as archivable PDF (PDF/A-2b style)
        self.export_folder = export_folder
        self.task: Task | None = None
        self.saved_path: Path | None = None
        self.setObjectName("ReportPreview")
        self.setModal(True)
        self.setWindowTitle(self.tr("Case report {ref} — preview").format(ref=result.reference))
        self.setGeometry(fit_to_screen(available_geometry(parent or self)))

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

        # The document is read from memory; closing the preview closes it.
        self.document: PdfPages | None = PdfPages(result.pdf_bytes)
        self.page_count = max(self.document.page_count, 1)
        # One page first, fitted to the width: the continuous view needs every page's size
        # (see the module notes).
        self.view = PageView(self.document, self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Report pages"))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.navigator = self.view
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
        self._page_sizes: list[tuple[float, float]] = []
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
        return self.view.pageMode() is PageMode.MULTI_PAGE

    def current_page(self) -> int:
        """The page being read, from 0."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        """Show ``page`` (from 0), kept within the report."""
        page = max(0, min(self.page_count - 1, page))
        self.view.jump(page)  # in the continuous view, also back to the top of the current page
        self._show_page_number(self.navigator.currentPage())

    def _show_page_number(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count - 1)

    def _read_page_sizes(self) -> None:
        """Read page sizes for a few milliseconds; once all are read, scroll continuously."""
        document = self.document
        if self.report is None or document is None:
            return  # closed meanwhile
        count = document.page_count
        if self._sizes_read >= count:
            self._become_continuous()  # a turn of its own: laying out every page
            return
        if not PDFIUM_LOCK.acquire(blocking=False):
            # A page is being drawn: never wait for it on the GUI thread.
            self._sizes_timer.start(_BUSY_RETRY_MS)
            return
        try:
            deadline = time.perf_counter() + PAGE_SIZES_SLICE_SECONDS
            while self._sizes_read < count:
                self._page_sizes.append(document.page_size_locked(self._sizes_read))
                self._sizes_read += 1
                if time.perf_counter() >= deadline:
                    break
        finally:
            PDFIUM_LOCK.release()
        # More to read, or the switch to every page, after a pause for other events.
        self._sizes_timer.start(_TURN_GAP_MS)

    def _become_continuous(self) -> None:
        """Switch to the view of every page, where the officer is reading."""
        if self._page_sizes:
            self.view.set_page_sizes(self._page_sizes)
        self._show_page_number(self.view.currentPage())

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
        if self._password:
            text += " " + self.tr("Saved encrypted with your report password (AES-256).")
        elif self.pdfa:
            text += " " + self.tr(
                "Saved as an archivable PDF (PDF/A-2b style), without a password."
            )
        else:
            text += " " + self.tr("Saved without a password.")
        return text

    def _zoom(self, factor: float) -> None:
        page = self.current_page()
        self.view.setZoomMode(ZoomMode.CUSTOM)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))
        if self.continuous:
            self.view.jump(page)  # the same page stays in view, not the same distance down

    def _fit_width(self) -> None:
        page = self.current_page()
        self.view.setZoomMode(ZoomMode.FIT_TO_WIDTH)
        if self.continuous:
            self.view.jump(page)

    @property
    def running(self) -> bool:
        return self.task is not None

    # ----------------------------------------------------------------- saving
    def suggested_path(self) -> str:
        assert self.report is not None
        name = f"{self.report.reference}-report-{self.report.export_id}.pdf".replace("/", "-")
        folder = self.export_folder or str(self.vault.path.parent)
        return str(Path(folder) / name)

    def save(self) -> None:
        """Ask where, then encrypt (if a password was given), write and audit in a worker."""
        if self.running or self.report is None:
            return
        path = messages.save_file(
            self, self.tr("Save the case report"), self.tr("PDF (*.pdf)"), self.suggested_path()
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        vault, result, password, pdfa = self.vault, self.report, self._password, self.pdfa
        # Replacing was confirmed in the file dialog only for a file there now; one that
        # appears while the report is written is never replaced.
        replace = path.exists()

        def work(_task: Task) -> Path:
            return save_case_report(
                vault, result, path, password=password, pdfa=pdfa, replace=replace
            )

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
        assert self.report is not None
        result = self.report
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
        self.view.close_document()
        if self.document is not None:
            self.document.close()
            self.document = None
        self._page_sizes = []
        self._password = None
        self.report = None
