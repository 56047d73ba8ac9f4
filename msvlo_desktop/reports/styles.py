"""House paragraph styles for reports, and the one way to turn user text into a Paragraph.

Every style uses the shipped fonts (see ``fonts``), so bold and italic work through markup and
any script we ship renders. Styles are built fresh on each call: reportlab styles are mutable,
and a caller tweaking one must not change every later report.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from msvlo_desktop.reports.fonts import (
    MONO,
    SANS,
    SANS_BOLD,
    Direction,
    register_fonts,
    text_markup,
)

__all__ = ["HouseStyles", "house_styles", "para"]

# Superseded text stays readable (the rules require the original to remain visible) but
# visibly second to the correction that replaces it.
_STRUCK_GREY = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class HouseStyles:
    """The paragraph styles every report uses."""

    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    table_cell: ParagraphStyle
    table_header: ParagraphStyle
    mono: ParagraphStyle
    struck: ParagraphStyle


def house_styles() -> HouseStyles:
    """Return a new set of the house styles (registering the fonts if need be)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=9.5,
        leading=12.5,
        spaceAfter=4,
        alignment=TA_LEFT,
        # Hashes and reference numbers have no spaces; let them break rather than overflow.
        splitLongWords=1,
    )
    return HouseStyles(
        title=ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=16, leading=20, spaceAfter=10
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        table_cell=ParagraphStyle(
            "table_cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        table_header=ParagraphStyle(
            "table_header",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=8.5,
            leading=10.5,
            spaceAfter=0,
        ),
        mono=ParagraphStyle("mono", parent=body, fontName=MONO, fontSize=8.5, leading=10.5),
        struck=ParagraphStyle(
            "struck", parent=body, textColor=_STRUCK_GREY, strikeColor=_STRUCK_GREY, strikeWidth=0.6
        ),
    )


def para(
    text: str, style: ParagraphStyle, *, struck: bool = False, direction: Direction = "ltr"
) -> Paragraph:
    """A Paragraph showing *text* literally (no markup is interpreted) in *style*.

    ``struck=True`` draws a line through it: use it with ``house_styles().struck`` for an
    original entry that a later correction supersedes. See ``text_markup`` for *direction*.
    """
    markup = text_markup(text, style.fontName, direction=direction)
    if struck and markup:
        markup = f"<strike>{markup}</strike>"
    return Paragraph(markup, style)
