"""The case report's building blocks: fast markup, redaction, where tables and entries break."""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from msvlo_desktop.reports import house_styles, text_markup
from msvlo_desktop.reports.fonts import MONO, SANS, SANS_BOLD
from msvlo_desktop.reports.page import CONTENT_HEIGHT, CONTENT_WIDTH
from msvlo_desktop.reports.report_log import EntryParagraph
from msvlo_desktop.reports.report_tables import table
from msvlo_desktop.reports.report_text import REDACTED, Redactor, late_words, markup


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII text",
        "Tags <b>are</b> & stay text",
        "Two\nlines\r\nand a\ttab",
        "Control\x07characters\x1f go",
        "Nguyễn Thị Hương",
        "Олександр Коваленко",
        "محمد",
        "",
    ],
)
@pytest.mark.parametrize("font", [SANS, SANS_BOLD, MONO])
def test_markup_matches_text_markup(text: str, font: str) -> None:
    assert markup(text, font) == text_markup(text, font)


@pytest.mark.parametrize(
    "written",
    [
        "+447700900123",
        "+44 7700 900123",
        "+44 (0)7700 900 123",
        "0044 7700 900123",
        "07700 900123",
        "07700-900-123",
        "07700900123",
        "(07700) 900123",
    ],
)
def test_the_safe_number_is_redacted_however_it_is_written(written: str) -> None:
    redact = Redactor(phones=["+447700900123"])
    assert redact(f"Call {written} after 6pm.") == f"Call {REDACTED} after 6pm."
    assert redact.count == 1


def test_other_numbers_are_left_alone() -> None:
    redact = Redactor(phones=["+447700900123"])
    for text in ("Ref 177009001234", "07700 900124", "Receipt 900123"):
        assert redact(text) == text


def test_the_placement_address_and_its_parts_with_numbers_are_redacted() -> None:
    redact = Redactor(addresses=["Flat 3, 27 Quarry Lane, Exampleton EX4 7QT"])
    assert redact("Moved to Flat 3, 27 Quarry Lane, Exampleton EX4 7QT today") == (
        f"Moved to {REDACTED} today"
    )
    assert redact("Visited 27  quarry lane again") == f"Visited {REDACTED} again"
    assert redact("Post to EX4 7QT") == f"Post to {REDACTED}"
    # The town alone names no place of safety.
    assert redact("Met at Exampleton police station") == "Met at Exampleton police station"


def test_an_inactive_redactor_changes_nothing() -> None:
    redact = Redactor()
    assert not redact.active
    assert redact("07700 900123") == "07700 900123"


def test_late_words() -> None:
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert late_words(start, start + timedelta(days=3, hours=2)) == (
        "LATE ENTRY (recorded 3 days after)"
    )
    assert late_words(start, start + timedelta(days=1)) == "LATE ENTRY (recorded 1 day after)"
    assert late_words(start, start + timedelta(hours=13)) == "LATE ENTRY (recorded 13 hours after)"


def test_a_table_moves_to_the_next_page_rather_than_leave_a_header_and_a_sliver() -> None:
    styles = house_styles()
    rows = [[f"row {i}", "words " * 60] for i in range(6)]
    t = table(["A", "B"], rows, col_weights=[1, 4], styles=styles)
    _, height = t.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)
    header_and_half_a_row = t._rowHeights[0] + t._rowHeights[1] / 2
    assert t.split(CONTENT_WIDTH, header_and_half_a_row) == []
    # With room for whole rows it splits between rows, header repeated.
    parts = t.split(CONTENT_WIDTH, t._rowHeights[0] + t._rowHeights[1] + t._rowHeights[2] + 1)
    assert len(parts) == 2
    assert len(parts[0]._cellvalues) == 3
    assert len(parts[1]._cellvalues) == 1 + 4
    assert height > 0


def test_a_row_taller_than_a_page_is_still_split_inside() -> None:
    styles = house_styles()
    rows = [["huge", "words " * 3000]]
    t = table(["A", "B"], rows, col_weights=[1, 4], styles=styles)
    parts = t.split(CONTENT_WIDTH, CONTENT_HEIGHT / 2)
    assert len(parts) == 2


def test_an_entry_never_leaves_only_its_heading_at_the_foot_of_a_page() -> None:
    style = house_styles().body
    text = "<br/>".join(["<b>12 · Interaction · 02/07/2026 00:30</b>"] + ["Field: value"] * 30)
    entry = EntryParagraph(text, style)
    entry.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)
    assert entry.split(CONTENT_WIDTH, style.leading * 2.5) == []
    parts = entry.split(CONTENT_WIDTH, style.leading * 10.5)
    assert len(parts) == 2
    assert parts[0].rule and not parts[1].rule


def test_entries_lay_out_and_release_their_lines_once_drawn() -> None:
    style = house_styles().body
    entries = [EntryParagraph(f"<b>{i} · Note</b><br/>Text {i}", style) for i in range(200)]
    SimpleDocTemplate(BytesIO(), pagesize=A4).build(list(entries))
    assert all(e.frags == [] for e in entries if isinstance(e, Paragraph))
