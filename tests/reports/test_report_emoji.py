"""Emoji and scripts reportlab cannot shape, in a PDF report: drawn as
monochrome glyphs where a report font has them, else a visible substitute, never a silent box."""

from __future__ import annotations

import subprocess
import unicodedata
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from msvlo_desktop.reports.fonts import SANS, register_fonts, text_markup

THUMBS = "\U0001f44d"
TONE = "\U0001f3fd"
GRIN = "\U0001f600"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
FLAG_VN = "\U0001f1fb\U0001f1f3"
DARI = "می\u200cخواهم"


def test_emoji_no_font_has_are_written_out_visibly() -> None:
    assert text_markup(f"ok {THUMBS}{TONE}") == "ok [emoji U+1F44D][emoji U+1F3FD]"
    assert text_markup(f"from {FLAG_VN}") == "from [flag VN]"
    # A joined sequence prints as its parts; the joiner itself is invisible.
    assert text_markup(FAMILY) == "[emoji U+1F468][emoji U+1F469][emoji U+1F467]"


def test_symbols_a_report_font_has_print_as_glyphs() -> None:
    assert text_markup("\u2764\ufe0f \u2615 \u263a") == "\u2764\ufe0f \u2615 \u263a"
    # Beyond U+FFFF a drawn glyph would copy out as another character: written out instead.
    assert text_markup(GRIN) == "[emoji U+1F600]"


def _pdf(text: str) -> bytes:
    register_fonts()
    out = BytesIO()
    style = ParagraphStyle("body", fontName=SANS, fontSize=14, leading=18)
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(text_markup(text), style)])
    return out.getvalue()


def test_a_pasted_message_in_a_pdf_copies_out_and_draws(
    pdftotext: str, pdftoppm: str, tmp_path: Path
) -> None:
    message = f"\u2615 {GRIN} {THUMBS} {FLAG_VN} Hẹn gặp lại\n{DARI}"
    path = tmp_path / "message.pdf"
    path.write_bytes(_pdf(message))
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    assert "\u2615" in text
    assert "[emoji U+1F600]" in text
    assert "[emoji U+1F44D]" in text
    assert "[flag VN]" in text
    assert "Hẹn gặp lại" in text
    # Rendered: the line has ink (nothing drawn blank), in grey levels only.
    subprocess.run(
        [pdftoppm, "-r", "50", "-gray", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
    )
    page = next(tmp_path.glob("p*.pgm")).read_bytes()
    pixels = page.split(b"\n", 3)[3]
    assert sum(1 for b in pixels if b < 128) > 200
