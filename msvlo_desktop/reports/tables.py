"""Report tables that break across pages, repeat their header row, and wrap long cell text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.platypus import Flowable, LongTable, TableStyle

from msvlo_desktop.reports.fonts import SANS
from msvlo_desktop.reports.page import CONTENT_HEIGHT, CONTENT_WIDTH
from msvlo_desktop.reports.styles import HouseStyles, house_styles, para

__all__ = ["Cell", "data_table"]

# A table cell: text shown literally, or any flowable (a struck-through para, an image).
Cell: TypeAlias = str | Flowable

_HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
_GRID = colors.Color(0.55, 0.55, 0.55)


class _ReportTable(LongTable):  # type: ignore[misc]
    """LongTable that splits inside a row only when that row could never fit on a page.

    With plain ``splitInRow`` reportlab first breaks between rows, then splits the oversized
    row into the space left on the same page, which repeats the header halfway down it.
    """

    # A class attribute, not an argument: reportlab rebuilds the split halves through
    # self.__class__(...) with only its own arguments.
    page_height = CONTENT_HEIGHT

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        # The private helpers are reportlab's own split machinery (reportlab is pinned).
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        first_misfit = self._getFirstPossibleSplitRowPosition(availHeight)
        if (
            first_misfit > 0
            and first_misfit < len(heights)
            and heights[0] + heights[first_misfit] > self.page_height
        ):
            parts: list[Any] = self._splitRows(availHeight, doInRowSplit=1)
            if parts:
                return parts
        result: list[Any] = super().split(availWidth, availHeight)
        return result


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    col_weights: Sequence[float] | None = None,
    width: float = CONTENT_WIDTH,
    styles: HouseStyles | None = None,
) -> LongTable:
    """A table with *header* repeated at the top of every page it runs onto.

    String cells become wrapping paragraphs (user text is shown literally, in whichever
    shipped font has its glyphs); pass a Flowable (e.g. a struck-through ``para``) for
    anything else. *col_weights* are relative column widths (default: equal) sharing *width*.
    A row taller than a page is split inside the row rather than failing the whole report.
    """
    ncols = len(header)
    if ncols == 0:
        raise ValueError("a table needs at least one column")
    for number, row in enumerate(rows, start=1):
        if len(row) != ncols:
            raise ValueError(f"row {number} has {len(row)} cells; the header has {ncols}")
    weights = list(col_weights) if col_weights is not None else [1.0] * ncols
    if len(weights) != ncols or any(w <= 0 for w in weights):
        raise ValueError("col_weights needs one positive weight per column")
    styles = styles or house_styles()

    def cell(value: Cell) -> Flowable:
        return para(value, styles.table_cell) if isinstance(value, str) else value

    data: list[list[Flowable]] = [[para(h, styles.table_header) for h in header]]
    data.extend([cell(value) for value in row] for row in rows)
    total = sum(weights)
    table = _ReportTable(
        data,
        colWidths=[width * w / total for w in weights],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                # Plain-string cells never reach here, but the cell default is Helvetica,
                # which would otherwise be listed in the PDF as an unembedded font.
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
