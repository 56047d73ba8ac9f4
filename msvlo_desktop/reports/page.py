"""A4 report pages: protective marking, page numbers, export identifier and footer on every page.

``build_pdf`` lays a story of flowables out on A4 and returns the PDF as bytes; it never writes
to disk (the caller encrypts first, then writes atomically: see ``encrypt`` and ``output``).

"Page N of M" needs M before the last page exists. The canvas below keeps each finished page
back instead of emitting it, and on ``save`` stamps every page with its number and the total
(reportlab's "NumberedCanvas" pattern): one layout pass, not two.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any, Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from msvlo_desktop.reports.fonts import SANS, SANS_BOLD, font_runs, register_fonts

__all__ = [
    "CONTENT_HEIGHT",
    "CONTENT_WIDTH",
    "MARGIN_BOTTOM",
    "MARGIN_LEFT",
    "MARGIN_RIGHT",
    "MARGIN_TOP",
    "PAGE_SIZE",
    "PRODUCER",
    "PROTECTIVE_MARKING",
    "TRAINING_MARK",
    "build_pdf",
]

PROTECTIVE_MARKING = "OFFICIAL-SENSITIVE"
TRAINING_MARK = "TRAINING"
PRODUCER = "MSVLO Desktop"

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
# Room above and below the frame for the marking and the two footer lines.
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 26 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

_MARKING_SIZE = 10.0
_FURNITURE_SIZE = 7.5
_ELLIPSIS = "…"


@dataclass(frozen=True)
class _Furniture:
    export_id: str
    footer_text: str
    training: bool


def _runs_line(text: str, font_name: str) -> list[tuple[str, str]]:
    # Furniture is one line: join any line breaks with spaces.
    runs: list[tuple[str, str]] = []
    for i, line in enumerate(font_runs(text, font_name)):
        if i:
            runs.append((font_name, " "))
        runs.extend(line)
    return _merged(runs)


def _merged(runs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for face, chunk in runs:
        if merged and merged[-1][0] == face:
            merged[-1] = (face, merged[-1][1] + chunk)
        elif chunk:
            merged.append((face, chunk))
    return merged


def _runs_width(runs: Sequence[tuple[str, str]], size: float) -> float:
    return float(sum(stringWidth(chunk, face, size) for face, chunk in runs))


def _fit(runs: list[tuple[str, str]], size: float, max_width: float) -> list[tuple[str, str]]:
    """Cut *runs* to *max_width*, ending in an ellipsis, so footer items never overlap."""
    if _runs_width(runs, size) <= max_width:
        return runs
    budget = max_width - stringWidth(_ELLIPSIS, SANS, size)
    fitted: list[tuple[str, str]] = []
    for face, chunk in runs:
        width = stringWidth(chunk, face, size)
        if width <= budget:
            fitted.append((face, chunk))
            budget -= width
            continue
        keep = ""
        for char in chunk:
            w = stringWidth(char, face, size)
            if w > budget:
                break
            keep += char
            budget -= w
        if keep:
            fitted.append((face, keep))
        break
    fitted.append((SANS, _ELLIPSIS))
    return _merged(fitted)


def _draw_runs(
    canv: Canvas,
    x: float,
    y: float,
    runs: Sequence[tuple[str, str]],
    size: float,
    align: Literal["left", "right", "centre"] = "left",
) -> None:
    width = _runs_width(runs, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    # One text object with font switches, not one per run: text extractors then keep the
    # runs together on one line.
    text = canv.beginText(x, y)
    for face, chunk in runs:
        text.setFont(face, size)
        text.textOut(chunk)
    canv.drawText(text)


def _draw_furniture(canv: Canvas, furniture: _Furniture, page: int, total: int) -> None:
    width, height = PAGE_SIZE
    left, right = MARGIN_LEFT, width - MARGIN_RIGHT
    canv.saveState()
    canv.setFillGray(0)
    marking = [(SANS_BOLD, PROTECTIVE_MARKING)]
    _draw_runs(canv, width / 2, height - 13 * mm, marking, _MARKING_SIZE, "centre")
    _draw_runs(canv, width / 2, 9 * mm, marking, _MARKING_SIZE, "centre")
    if furniture.training:
        _draw_runs(canv, left, height - 13 * mm, [(SANS_BOLD, TRAINING_MARK)], _MARKING_SIZE)
        _draw_runs(
            canv, right, height - 13 * mm, [(SANS_BOLD, TRAINING_MARK)], _MARKING_SIZE, "right"
        )

    page_runs = [(SANS, f"Page {page} of {total}")]
    _draw_runs(canv, right, 9 * mm, page_runs, _FURNITURE_SIZE, "right")

    # Bottom-left beside the centred marking: the export identifier, cut short rather than
    # allowed to run into the marking.
    marking_half = stringWidth(PROTECTIVE_MARKING, SANS_BOLD, _MARKING_SIZE) / 2
    side_width = width / 2 - marking_half - left - 4 * mm
    export_runs = _fit(
        _runs_line(f"Export ID {furniture.export_id}", SANS), _FURNITURE_SIZE, side_width
    )
    _draw_runs(canv, left, 9 * mm, export_runs, _FURNITURE_SIZE)

    if furniture.footer_text:
        footer = _fit(_runs_line(furniture.footer_text, SANS), _FURNITURE_SIZE, right - left)
        _draw_runs(canv, left, 15 * mm, footer, _FURNITURE_SIZE)
    canv.setStrokeGray(0.6)
    canv.setLineWidth(0.4)
    canv.line(left, 19 * mm, right, 19 * mm)
    canv.restoreState()


class _FurnishedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until ``save`` so each can carry "Page N of M"."""

    def __init__(self, *args: Any, furniture: _Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            _draw_furniture(self, self._furniture, self.getPageNumber(), total)
            super().showPage()
        super().save()


def _draw_watermark(canv: Canvas, _doc: BaseDocTemplate) -> None:
    # Drawn when the page begins, so it lies beneath the content rather than over it.
    width, height = PAGE_SIZE
    canv.saveState()
    canv.setFillGray(0.88)
    canv.setFont(SANS_BOLD, 96)
    canv.translate(width / 2, height / 2)
    canv.rotate(50)
    canv.drawCentredString(0, -34, TRAINING_MARK)
    canv.restoreState()


def build_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    export_id: str,
    footer_text: str,
    training: bool,
    author: str,
    subject: str,
) -> bytes:
    """Lay *story* out on A4 pages with the house furniture and return the PDF bytes.

    Every page carries OFFICIAL-SENSITIVE at top and bottom, "Page N of M", the export
    identifier and *footer_text* (cut short with an ellipsis if it would not fit one line);
    *training* adds a TRAINING watermark and header marks. *title*, *author* and *subject* go
    into the PDF metadata with producer "MSVLO Desktop". The story is not consumed.
    """
    register_fonts()
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=PRODUCER,
        producer=PRODUCER,
        lang="en-GB",
        # Otherwise the canvas starts in Helvetica, which would be listed, unembedded, in the
        # PDF even though nothing is drawn in it.
        initialFontName=SANS,
        initialFontSize=9.5,
        displayDocTitle=1,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template = PageTemplate(id="report", frames=[frame])
    if training:
        template.onPage = _draw_watermark
    doc.addPageTemplates([template])
    furniture = _Furniture(export_id=export_id, footer_text=footer_text, training=training)
    # reportlab's build() empties the list it is given, so it gets a copy; and with nothing in
    # it, it would make a PDF of no pages, which has nowhere to carry the marking.
    flowables = list(story) or [Spacer(0, 0)]
    doc.build(flowables, canvasmaker=functools.partial(_FurnishedCanvas, furniture=furniture))
    return buffer.getvalue()
