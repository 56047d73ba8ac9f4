"""Tables of the case report: data tables that break between whole rows, label/value tables,
and the shaded notice box.

:func:`table` is ``tables.data_table`` with one change to where a page break may fall. When
no whole row fits in the space left on a page, ``data_table``'s table falls back to splitting
the next row there, so a page ends with a repeated header and a sliver of one row. Here the
table moves on to the next page instead, unless that row could never fit on any page, when
splitting inside it is the only way to go on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Table, TableStyle

from msvlo_desktop.reports.fonts import SANS
from msvlo_desktop.reports.page import CONTENT_WIDTH
from msvlo_desktop.reports.report_text import markup
from msvlo_desktop.reports.styles import HouseStyles
from msvlo_desktop.reports.tables import Cell, _ReportTable, data_table

__all__ = ["kv_table", "notice", "plain", "table"]

_GRID = colors.Color(0.7, 0.7, 0.7)
_LABEL_FILL = colors.Color(0.94, 0.94, 0.94)
_NOTICE_FILL = colors.Color(0.95, 0.95, 0.95)


class _WholeRowsTable(_ReportTable):
    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self._calc(avail_width, avail_height)
        heights = self._rowHeights
        header = self.repeatRows
        fits = self._getFirstPossibleSplitRowPosition(avail_height)
        if (
            len(heights) > header
            and fits <= header
            and sum(heights[:header]) + heights[header] <= self.page_height
        ):
            # No whole row fits here but the next one fits a fresh page: go there.
            return []
        parts: list[Any] = super().split(avail_width, avail_height)
        return parts


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    col_weights: Sequence[float],
    styles: HouseStyles,
) -> LongTable:
    """``data_table`` (header repeated on every page, cells wrapped) breaking between rows."""
    result = data_table(header, rows, col_weights=col_weights, styles=styles)
    # data_table builds the table; only its class, which decides splitting, is ours. The
    # halves of a split are made through self.__class__, so they keep this behaviour.
    result.__class__ = _WholeRowsTable
    return result


def kv_table(
    styles: HouseStyles, rows: Sequence[tuple[str, str | Flowable]], *, label_width: float = 46 * mm
) -> Table:
    """Label / value pairs in two columns, labels shaded (the cover, the victim's details)."""
    data = [
        [
            Paragraph(markup(label, styles.table_header.fontName), styles.table_header),
            value if isinstance(value, Flowable) else Paragraph(markup(value), styles.table_cell),
        ]
        for label, value in rows
    ]
    result = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("BACKGROUND", (0, 0), (0, -1), _LABEL_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return result


def notice(styles: HouseStyles, markup_text: str) -> Table:
    """A boxed, shaded paragraph the reader must not miss (*markup_text* already escaped)."""
    result = Table(
        [[Paragraph(markup_text, styles.body)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT"
    )
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("BACKGROUND", (0, 0), (-1, -1), _NOTICE_FILL),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def plain(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph showing *text* literally (user or report words) in *style*."""
    return Paragraph(markup(text, style.fontName), style)
