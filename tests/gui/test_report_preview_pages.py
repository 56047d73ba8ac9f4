"""The report preview with a long report: it opens on the first page at once, then scrolls
through every page; the officer can move between pages by number, button and keyboard, and
zooming keeps the page being read."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from msvlo_desktop.gui import messages, report_preview
from msvlo_desktop.gui.pdf_pages import PageMode, ZoomMode
from msvlo_desktop.gui.report_preview import ReportPreview
from msvlo_desktop.reports.case_report import ReportResult
from msvlo_desktop.storage.vault import Vault

TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    """Any question the preview asked would be recorded here, never shown."""
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def _pdf(pages: int) -> bytes:
    """A plain A4 PDF of ``pages`` pages, each saying which it is."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for n in range(1, pages + 1):
        pdf.drawString(72, 760, f"Page {n} of {pages}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _result(pdf: bytes, pages: int) -> ReportResult:
    return ReportResult(
        pdf_bytes=pdf,
        export_id="EXP-20261120-0000CAFE",
        pages=pages,
        withheld_count=0,
        head="0" * 64,
        entry_count=pages * 12,
        entries_shown=pages * 12,
        reference="KESTREL-0001",
        profile="full",
        recipient="DI 1150 C. Murray",
        purpose="File review before charge",
        date_from=None,
        date_to=None,
        produced_at=datetime(2026, 11, 20, 12, 0, tzinfo=UTC),
        training=False,
    )


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return _pdf(300)


def _open(qtbot: Any, vault: Vault, pdf: bytes, pages: int) -> ReportPreview:
    preview = ReportPreview(vault, _result(pdf, pages), password=None)
    qtbot.addWidget(preview)
    preview.show()
    return preview


def _continuous(qtbot: Any, preview: ReportPreview) -> None:
    qtbot.waitUntil(lambda: preview.continuous, timeout=TIMEOUT_MS)


def _page_in_view(qtbot: Any, preview: ReportPreview) -> int:
    """The page the view itself finds under its reading line after a one-pixel scroll (it
    works that out from where the pages are laid out, not from what it was told)."""
    bar = preview.view.verticalScrollBar()
    bar.setValue(bar.value() + 1)
    qtbot.wait(10)
    return preview.current_page()


def _key(qtbot: Any, preview: ReportPreview, key: Qt.Key) -> None:
    qtbot.keyClick(preview.view, key)


def test_it_opens_on_the_first_page_then_scrolls_through_every_page(
    qtbot: Any, vault: Vault, long_pdf: bytes
) -> None:
    preview = _open(qtbot, vault, long_pdf, 300)
    # Open and painted before every page's size is read: one page alone at first.
    assert preview.view.pageMode() == PageMode.SINGLE_PAGE
    assert not preview.continuous
    assert preview.page_spin.minimum() == 1 and preview.page_spin.maximum() == 300
    assert preview.page_spin.value() == 1
    assert preview.page_count_label.text() == "of 300"
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    _continuous(qtbot, preview)
    bar = preview.view.verticalScrollBar()
    # Every page is in the scrolling range: 300 pages are far taller than 250 screens.
    assert bar.maximum() > 250 * preview.view.viewport().height()
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    assert preview.current_page() == 299
    assert preview.page_spin.value() == 300
    assert not preview.next_button.isEnabled() and preview.previous_button.isEnabled()


class _FirstPaint(QObject):
    """Notes how many page sizes the preview had read when its pages were first painted."""

    def __init__(self, preview: ReportPreview) -> None:
        super().__init__()
        self.preview = preview
        self.sizes_read_at_first_paint: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.sizes_read_at_first_paint is None:
            self.sizes_read_at_first_paint = self.preview._sizes_read
        return False


def test_opening_does_not_read_every_page_first(
    qtbot: Any, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = 200
    # The smallest slice: one page's size per turn of the event loop.
    monkeypatch.setattr(report_preview, "PAGE_SIZES_SLICE_SECONDS", 0.0)
    turns: list[int] = []
    real: Callable[[ReportPreview], None] = ReportPreview._read_page_sizes

    def counted(self: ReportPreview) -> None:
        before = self._sizes_read
        real(self)
        turns.append(self._sizes_read - before)

    monkeypatch.setattr(ReportPreview, "_read_page_sizes", counted)
    preview = ReportPreview(vault, _result(_pdf(pages), pages), password=None)
    qtbot.addWidget(preview)
    first = _FirstPaint(preview)
    preview.view.viewport().installEventFilter(first)
    assert preview._sizes_read == 0, "no page size is read while the window is built"
    preview.show()
    qtbot.waitUntil(lambda: first.sizes_read_at_first_paint is not None, timeout=TIMEOUT_MS)
    # The first page is on screen before any other page's size has been read.
    assert first.sizes_read_at_first_paint == 0
    assert not preview.continuous
    _continuous(qtbot, preview)
    # Then read a slice per turn, letting the officer's events in between.
    reading = [n for n in turns if n]
    assert sum(reading) == pages
    assert len(reading) == pages and max(reading) == 1
    assert len(preview._page_sizes) == pages


def test_page_sizes_are_all_read_with_the_usual_slice(qtbot: Any, vault: Vault) -> None:
    pages = 300
    preview = _open(qtbot, vault, _pdf(pages), pages)
    _continuous(qtbot, preview)
    assert preview._sizes_read == pages
    assert len(preview._page_sizes) == pages
    assert preview.page_spin.maximum() == pages


def test_the_page_being_read_is_kept_when_every_page_is_shown(
    qtbot: Any, vault: Vault, long_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Slow reading of page sizes, so the officer turns pages before the switch.
    monkeypatch.setattr(report_preview, "PAGE_SIZES_SLICE_SECONDS", 0.0)
    preview = _open(qtbot, vault, long_pdf, 300)
    _key(qtbot, preview, Qt.Key.Key_PageDown)
    _key(qtbot, preview, Qt.Key.Key_PageDown)
    assert not preview.continuous
    assert preview.current_page() == 2 and preview.page_spin.value() == 3
    _key(qtbot, preview, Qt.Key.Key_PageUp)
    assert preview.current_page() == 1
    preview.next_button.click()
    assert preview.current_page() == 2
    _continuous(qtbot, preview)
    assert preview.page_spin.value() == 3
    assert _page_in_view(qtbot, preview) == 2
    assert preview.view.verticalScrollBar().value() > 0


def test_keys_buttons_and_the_page_box_move_between_pages(
    qtbot: Any, vault: Vault, long_pdf: bytes, script: messages.ScriptedAnswers
) -> None:
    preview = _open(qtbot, vault, long_pdf, 300)
    _continuous(qtbot, preview)
    bar = preview.view.verticalScrollBar()
    _key(qtbot, preview, Qt.Key.Key_End)
    assert _page_in_view(qtbot, preview) == 299
    _key(qtbot, preview, Qt.Key.Key_Home)
    assert _page_in_view(qtbot, preview) == 0
    preview.next_button.click()
    preview.next_button.click()
    assert _page_in_view(qtbot, preview) == 2
    preview.previous_button.click()
    assert _page_in_view(qtbot, preview) == 1
    # Typing a number goes there on Enter, not to each page on the way.
    visited: list[int] = []
    preview.navigator.currentPageChanged.connect(visited.append)
    preview.page_spin.setFocus()
    preview.page_spin.selectAll()
    qtbot.keyClicks(preview.page_spin, "240")
    assert visited == []
    qtbot.keyClick(preview.page_spin, Qt.Key.Key_Return)
    assert visited[-1] == 239
    assert 2 not in visited and 24 not in visited
    assert _page_in_view(qtbot, preview) == 239
    assert script.asked == []  # Enter went to the page, not to Save
    # Page Down in the continuous view scrolls one screen, as in any document.
    before = bar.value()
    _key(qtbot, preview, Qt.Key.Key_PageDown)
    assert bar.value() == before + bar.pageStep()


def test_zooming_keeps_the_page_being_read(qtbot: Any, vault: Vault, long_pdf: bytes) -> None:
    preview = _open(qtbot, vault, long_pdf, 300)
    _continuous(qtbot, preview)
    preview.go_to_page(149)
    assert _page_in_view(qtbot, preview) == 149
    preview.zoom_in_button.click()
    assert preview.view.zoomMode() == ZoomMode.CUSTOM
    assert preview.view.zoomFactor() == pytest.approx(1.25)
    assert _page_in_view(qtbot, preview) == 149
    preview.zoom_out_button.click()
    preview.zoom_out_button.click()
    assert preview.view.zoomFactor() == pytest.approx(0.8)
    assert _page_in_view(qtbot, preview) == 149
    preview.fit_button.click()
    assert preview.view.zoomMode() == ZoomMode.FIT_TO_WIDTH
    assert _page_in_view(qtbot, preview) == 149


def test_closing_before_every_page_is_read_stops_reading(
    qtbot: Any, vault: Vault, long_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_preview, "PAGE_SIZES_SLICE_SECONDS", 0.0)
    preview = _open(qtbot, vault, long_pdf, 300)
    qtbot.waitUntil(lambda: preview._sizes_read > 0, timeout=TIMEOUT_MS)
    preview.close_button.click()
    read = preview._sizes_read
    assert read < 300
    qtbot.wait(100)
    assert preview._sizes_read == read
    assert not preview.continuous
    assert preview.report is None
    assert preview.document is None


def test_only_pages_near_the_view_are_drawn_at_the_views_scale(
    qtbot: Any, vault: Vault, long_pdf: bytes
) -> None:
    preview = _open(qtbot, vault, long_pdf, 300)
    _continuous(qtbot, preview)
    view = preview.view
    qtbot.waitUntil(lambda: 0 in view.cachedPages(), timeout=TIMEOUT_MS)
    preview.go_to_page(200)
    qtbot.waitUntil(lambda: 200 in view.cachedPages(), timeout=TIMEOUT_MS)
    held = view.cachedPages()
    assert 0 not in held and len(held) <= 5
    assert all(195 <= page <= 205 for page in held)
    # Drawn at the scale the page is shown at: an A4 page fitted to the view's width.
    image = view._images[200][1]
    ratio = view.devicePixelRatioF()
    assert image.width() == pytest.approx(595.28 * view.renderScale() * ratio, abs=2)
    preview.zoom_in_button.click()
    scale = view.renderScale() * ratio
    qtbot.waitUntil(
        lambda: 200 in view._images and view._images[200][0] == pytest.approx(scale),
        timeout=TIMEOUT_MS,
    )
    assert view._images[200][1].width() == pytest.approx(595.28 * scale, abs=2)


def test_the_pages_show_what_the_pdf_says(qtbot: Any, vault: Vault) -> None:
    preview = _open(qtbot, vault, _pdf(3), 3)
    qtbot.waitUntil(lambda: 0 in preview.view.cachedPages(), timeout=TIMEOUT_MS)
    image = preview.view._images[0][1]
    # Black text on a white page: some dark pixels in the top band where "Page 1 of 3" is.
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height() // 8)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 20
    assert image.pixelColor(image.width() // 2, image.height() // 2).lightness() > 250


@pytest.mark.parametrize(
    ("scaling", "available"),
    [(1.0, (0, 0, 1366, 728)), (1.25, (0, 0, 1093, 582))],
    ids=["100%", "125%"],
)
def test_it_fits_a_1366_by_768_laptop_screen(
    qtbot: Any,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    scaling: float,
    available: tuple[int, int, int, int],
) -> None:
    # 1366 × 768 less a 40-pixel task bar, in device-independent pixels at that scaling.
    screen = QRect(*available)
    monkeypatch.setattr(report_preview, "available_geometry", lambda _widget: screen)
    preview = _open(qtbot, vault, _pdf(3), 3)
    frame_allowance = QSize(16, 40)  # the window system's frame and title bar
    outer = preview.geometry().adjusted(
        -frame_allowance.width() // 2, -frame_allowance.height(), frame_allowance.width() // 2, 0
    )
    assert screen.contains(outer), (preview.geometry(), screen)
    # Everything still fits inside: the buttons are not cut off or squeezed.
    hint = preview.minimumSizeHint()
    assert hint.width() <= preview.width() and hint.height() <= preview.height()
    assert preview.save_button.isVisible() and preview.fit_button.isVisible()
    assert preview.view.viewport().height() > 200


def test_a_large_screen_keeps_the_usual_size(
    qtbot: Any, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        report_preview, "available_geometry", lambda _widget: QRect(0, 0, 2560, 1400)
    )
    preview = _open(qtbot, vault, _pdf(3), 3)
    assert preview.size() == QSize(900, 960)


def test_nothing_in_the_package_uses_qt_pdf() -> None:
    """QtPdf ships in PySide6-Addons, which the application no longer depends on."""
    import ast
    from pathlib import Path

    import msvlo_desktop

    root = Path(msvlo_desktop.__file__).parent
    found = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [alias.name for alias in node.names]
            if any(name.split(".")[-1] in ("QtPdf", "QtPdfWidgets") for name in names):
                found.append(str(path.relative_to(root)))
    assert found == []
