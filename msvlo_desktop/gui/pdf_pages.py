"""A scrolling view of a PDF's pages, drawn by PDFium (``pypdfium2``) in a worker thread.

This replaces Qt's own PDF viewer (QtPdf, shipped only in the 439 MB PySide6-Addons). The
document is opened from the bytes in memory, so no plaintext copy of a report reaches the disk.

* **Pages as images.** A page is drawn to an image at the view's scale (times the screen's
  device pixel ratio) by one worker thread; the GUI thread paints the images it has and a
  blank sheet for the others until they arrive. Only the pages in view and the one either side
  are drawn and kept: scrolling through 800 pages holds three or four page images, not 800.
  Zooming asks for the visible pages again at the new scale, showing the old image stretched
  meanwhile.
* **One page, then every page.** :class:`PageView` shows either the current page alone
  (``PageMode.SINGLE_PAGE``) or every page one under another (``PageMode.MULTI_PAGE``). The
  continuous view needs every page's size; the owner reads them (``read_page_sizes``, a few
  milliseconds at a time) and hands them over with :meth:`PageView.set_page_sizes`.
* **Zoom** is either the page width fitted to the view (``ZoomMode.FIT_TO_WIDTH``) or a factor
  of the page's printed size on this screen (``ZoomMode.CUSTOM``; 1.0 is life size).
* **PDFium is not thread-safe**, even across documents: every call into it holds
  :data:`PDFIUM_LOCK`. On the GUI thread, reading the page sizes in turns only *tries* the lock
  (``blocking=False``) and comes back later if a page is being drawn; turning to a page whose
  size is not known yet waits for it, at most the drawing of one page.
"""

from __future__ import annotations

import bisect
import itertools
import threading
from collections.abc import Sequence
from enum import Enum

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

__all__ = ["PDFIUM_LOCK", "PageMode", "PageView", "PdfPages", "ZoomMode"]

# One lock for every call into PDFium in the process (its global state is shared).
PDFIUM_LOCK = threading.Lock()

# Space around and between pages, in device-independent pixels.
MARGIN = 8
# Pages either side of those in view that are drawn in advance and kept.
_AHEAD = 1
_POINTS_PER_INCH = 72.0


class PageMode(Enum):
    SINGLE_PAGE = "single"
    MULTI_PAGE = "multi"


class ZoomMode(Enum):
    CUSTOM = "custom"
    FIT_TO_WIDTH = "fit-width"


Size = tuple[float, float]


class PdfPages:
    """A PDF opened from bytes for page sizes and drawing; every call holds the lock."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        with PDFIUM_LOCK:
            self._document: pdfium.PdfDocument | None = pdfium.PdfDocument(data)
            self.page_count = len(self._document)

    @property
    def is_open(self) -> bool:
        return self._document is not None

    def page_size(self, index: int) -> Size:
        """Width and height of page *index* in points (waits for the lock)."""
        with PDFIUM_LOCK:
            return self.page_size_locked(index)

    def page_size_locked(self, index: int) -> Size:
        """As :meth:`page_size`, for a caller already holding :data:`PDFIUM_LOCK`."""
        if self._document is None:
            raise ValueError("The document is closed.")
        width, height = self._document.get_page_size(index)
        return float(width), float(height)

    def render(self, index: int, scale: float) -> QImage | None:
        """Page *index* drawn at *scale* pixels a point; None once the document is closed."""
        with PDFIUM_LOCK:
            if self._document is None:
                return None
            page = self._document[index]
            try:
                bitmap = page.render(
                    scale=scale, may_draw_forms=False, rev_byteorder=True, prefer_bgrx=True
                )
                try:
                    image = QImage(
                        bytes(bitmap.buffer),
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    ).copy()  # own the pixels: the bitmap's buffer is freed below
                finally:
                    bitmap.close()
            finally:
                page.close()
        return image

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._document is not None:
                self._document.close()
                self._document = None
        self._data = b""


class _Renderer(QObject):
    """One worker thread drawing the pages asked for most recently, nearest first."""

    rendered = Signal(int, float, QImage)

    def __init__(self, pages: PdfPages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._wanted: list[tuple[int, float]] = []
        self._stopped = False
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="pdf-pages", daemon=True)
        self._thread.start()

    def request(self, wanted: Sequence[tuple[int, float]]) -> None:
        """Replace what is still to be drawn with *wanted* (page, scale), in that order."""
        with self._condition:
            self._wanted = list(wanted)
            self._condition.notify()

    def stop(self) -> None:
        with self._condition:
            self._stopped = True
            self._wanted = []
            self._condition.notify()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._wanted and not self._stopped:
                    self._condition.wait()
                if self._stopped:
                    return
                page, scale = self._wanted.pop(0)
            image = self._pages.render(page, scale)
            if image is None:
                return
            with self._condition:
                if self._stopped:
                    return
            self.rendered.emit(page, scale, image)


class PageView(QAbstractScrollArea):
    """The pages of a :class:`PdfPages`, one alone or all in a column, drawn as images."""

    currentPageChanged = Signal(int)
    zoomFactorChanged = Signal(float)

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        count = max(pages.page_count, 1)
        self._sizes: list[Size | None] = [None] * count
        self._mode = PageMode.SINGLE_PAGE
        self._zoom_mode = ZoomMode.FIT_TO_WIDTH
        self._zoom = 1.0
        self._current = 0
        # Layout, in device-independent pixels: where each shown page starts (continuous
        # view: all pages; one page: just that one), their rectangles, the total height.
        self._scale = 1.0
        self._tops: list[int] = []
        self._widths: list[int] = []
        self._heights: list[int] = []
        self._content_width = 0
        self._height = 0
        self._images: dict[int, tuple[float, QImage]] = {}
        self._renderer = _Renderer(pages, self)
        self._renderer.rendered.connect(self._on_rendered)
        self.viewport().setAutoFillBackground(False)
        # Always there, so fitting the width never makes the bar appear and the width change.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._relayout()

    # ----------------------------------------------------------------- state
    def pageMode(self) -> PageMode:
        return self._mode

    def zoomMode(self) -> ZoomMode:
        return self._zoom_mode

    def zoomFactor(self) -> float:
        return self._zoom

    def currentPage(self) -> int:
        return self._current

    def renderScale(self) -> float:
        """Device-independent pixels per point at which pages are shown now."""
        return self._scale

    def cachedPages(self) -> list[int]:
        """The pages held as images (those in view and their neighbours)."""
        return sorted(self._images)

    def setZoomMode(self, mode: ZoomMode) -> None:
        self._zoom_mode = mode
        self._relayout()

    def setZoomFactor(self, factor: float) -> None:
        self._zoom = factor
        self._relayout()
        self.zoomFactorChanged.emit(factor)

    def set_page_sizes(self, sizes: Sequence[Size]) -> None:
        """Every page's size is known: show them all, keeping the page being read where it
        was on screen."""
        self._sizes = list(sizes)
        page = self._current
        within = self.verticalScrollBar().value() - self._page_top(page)
        self._mode = PageMode.MULTI_PAGE
        self._relayout()
        self.jump(page, within)

    def close_document(self) -> None:
        """Stop drawing and drop every page image (the owner closes the document)."""
        self._renderer.stop()
        self._images.clear()
        self.viewport().update()

    # ----------------------------------------------------------------- layout
    def _size(self, page: int) -> Size:
        size = self._sizes[page]
        if size is None:
            size = self._pages.page_size(page) if self._pages.is_open else (595.0, 842.0)
            self._sizes[page] = size
        return size

    def _shown(self) -> range:
        if self._mode is PageMode.MULTI_PAGE:
            return range(len(self._sizes))
        return range(self._current, self._current + 1)

    def _compute_scale(self) -> float:
        if self._zoom_mode is ZoomMode.FIT_TO_WIDTH:
            if self._mode is PageMode.MULTI_PAGE:
                widest = max((s[0] for s in self._sizes if s is not None), default=595.0)
            else:
                widest = self._size(self._current)[0]
            available = max(self.viewport().width() - 2 * MARGIN, 50)
            return available / max(widest, 1.0)
        return self._zoom * self.logicalDpiX() / _POINTS_PER_INCH

    def _relayout(self) -> None:
        # Plain lists of integers: a 1,500-page report is laid out in about a millisecond.
        scale = self._scale = self._compute_scale()
        if self._mode is PageMode.MULTI_PAGE:
            sizes = [s if s is not None else self._size(i) for i, s in enumerate(self._sizes)]
        else:
            sizes = [self._size(self._current)]
        self._widths = [round(width * scale) for width, _height in sizes]
        self._heights = [round(height * scale) for _width, height in sizes]
        ends = list(itertools.accumulate((h + MARGIN for h in self._heights), initial=0))
        self._tops = ends[:-1]
        self._height = ends[-1] + MARGIN
        self._content_width = max(self._widths) + 2 * MARGIN
        viewport = self.viewport()
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setRange(0, max(0, self._height - viewport.height()))
        vbar.setPageStep(max(viewport.height(), 1))
        vbar.setSingleStep(40)
        hbar.setRange(0, max(0, self._content_width - viewport.width()))
        hbar.setPageStep(max(viewport.width(), 1))
        hbar.setSingleStep(40)
        viewport.update()

    def _rect(self, i: int) -> QRect:
        """Where the *i*-th page shown lies in the scrolled content."""
        room = max(self._content_width, self.viewport().width())
        left = max(MARGIN, (room - self._widths[i]) // 2)
        return QRect(left, self._tops[i] + MARGIN, self._widths[i], self._heights[i])

    def _page_top(self, page: int) -> int:
        """Where page *page* starts in the scrolled content (with the margin above it)."""
        if self._mode is PageMode.MULTI_PAGE:
            return self._tops[page]
        return 0

    def _page_at(self, y: int) -> int:
        """The page under the top of the view when it is scrolled to *y*."""
        if self._mode is not PageMode.MULTI_PAGE:
            return self._current
        bar = self.verticalScrollBar()
        if y >= bar.maximum() > 0:
            return len(self._tops) - 1  # at the very end the last page is the one read
        return max(0, bisect.bisect_right(self._tops, y) - 1)

    def jump(self, page: int, within: int = 0) -> None:
        """Show *page* from its top (*within* pixels further down)."""
        page = max(0, min(len(self._sizes) - 1, page))
        bar = self.verticalScrollBar()
        if self._mode is PageMode.MULTI_PAGE:
            self._set_current(page)
            bar.setValue(self._page_top(page) + within)
            self._set_current(page)  # the end of the range must not hide the page asked for
        else:
            self._set_current(page)
            self._relayout()
            bar.setValue(within)
        self.viewport().update()

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.currentPageChanged.emit(page)

    def _on_scrolled(self, value: int) -> None:
        if self._mode is PageMode.MULTI_PAGE:
            self._set_current(self._page_at(value))
        self.viewport().update()

    # ----------------------------------------------------------------- drawing
    def _visible(self) -> list[int]:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        shown = list(self._shown())
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        out = []
        for i in range(first, len(shown)):
            if self._tops[i] > bottom:
                break
            out.append(i)
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), QColor(0x80, 0x80, 0x80))
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        shown = list(self._shown())
        visible = self._visible()
        for i in visible:
            rect = self._rect(i).translated(dx, dy)
            painter.fillRect(rect, Qt.GlobalColor.white)
            cached = self._images.get(shown[i])
            if cached is not None:
                painter.drawImage(QRectF(rect), cached[1])
        painter.end()
        self._request(shown, visible)

    def _request(self, shown: list[int], visible: list[int]) -> None:
        if not visible or not self._pages.is_open:
            return
        ratio = self.devicePixelRatioF()
        scale = self._scale * ratio
        lo, hi = max(0, visible[0] - _AHEAD), min(len(shown) - 1, visible[-1] + _AHEAD)
        keep = {shown[i] for i in range(lo, hi + 1)}
        for page in list(self._images):
            if page not in keep:
                del self._images[page]  # only the pages near the view stay in memory
        wanted = [
            (shown[i], scale)
            for i in visible + [i for i in range(lo, hi + 1) if i not in visible]
            if not self._is_current_image(shown[i], scale)
        ]
        self._renderer.request(wanted)

    def _is_current_image(self, page: int, scale: float) -> bool:
        cached = self._images.get(page)
        return cached is not None and abs(cached[0] - scale) < 1e-6

    def _on_rendered(self, page: int, scale: float, image: QImage) -> None:
        if not self._pages.is_open:
            return
        shown = list(self._shown())
        visible = self._visible()
        if not visible:
            return
        lo = max(0, visible[0] - _AHEAD)
        hi = min(len(shown) - 1, visible[-1] + _AHEAD)
        if page not in shown[lo : hi + 1]:
            return  # scrolled away meanwhile
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._images[page] = (scale, image)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        page = self._current
        within = self.verticalScrollBar().value() - self._page_top(page)
        old = self._scale
        self._relayout()
        if self._mode is PageMode.MULTI_PAGE:
            self.jump(page, round(within * self._scale / old) if old else 0)
        super().resizeEvent(event)
