"""The shipped fonts, their registration, and user text turned into safe Paragraph markup."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import unicodedata
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from msvlo_desktop.reports.fonts import (
    ARABIC,
    ETHIOPIC,
    FONT_DIR,
    HAN_CID,
    HANS,
    MONO,
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    font_runs,
    register_fonts,
    text_markup,
)

LATIN_NAMES = [
    "Nguyễn Thị Hương",
    "Олександр Коваленко",
    "Γιώργος Παπαδόπουλος",
    "Łukasz Wróbel",
    "Ștefan Țîrlea",
    "Arbër Çela",
]

# Every precomposed Vietnamese letter: the Latin Extended Additional block's Vietnamese range
# plus the letters from Latin-1 and Latin Extended-A/B that Vietnamese uses.
VIETNAMESE = [chr(c) for c in range(0x1EA0, 0x1EFA)] + list(
    "ĂăÂâĐđÊêÔôƠơƯưÀÁÃÈÉÌÍÒÓÕÙÚÝàáãèéìíòóõùúýĨĩŨũ"
)


def _faces(markup_runs: list[list[tuple[str, str]]]) -> set[str]:
    return {face for line in markup_runs for face, _chunk in line}


def test_shipped_fonts_and_licences_are_present_and_small() -> None:
    ttfs = sorted(FONT_DIR.glob("*.ttf"))
    assert {p.name for p in ttfs} == {
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSansMono.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansEthiopic-Regular.ttf",
        "NotoSansEthiopic-Bold.ttf",
        "DroidSansFallback-GB2312.ttf",
    }
    assert sum(p.stat().st_size for p in ttfs) < 5_000_000
    for licence in (
        "LICENSE-DejaVu.txt",
        "LICENSE-Noto-OFL-1.1.txt",
        "LICENSE-DroidSansFallback-Apache-2.0.txt",
        "README.md",
    ):
        assert (FONT_DIR / licence).stat().st_size > 500, licence


def test_registration_is_idempotent_and_sets_up_families() -> None:
    register_fonts()
    register_fonts()
    names = set(pdfmetrics.getRegisteredFontNames())
    assert {SANS, SANS_BOLD, SANS_ITALIC, MONO, ARABIC, ETHIOPIC, HANS, HAN_CID} <= names
    # <b> and <i> in Paragraph markup resolve through these family mappings.
    assert tt2ps(SANS, 1, 0) == SANS_BOLD
    assert tt2ps(SANS, 0, 1) == SANS_ITALIC
    assert tt2ps(ARABIC, 1, 0) == "MsvloArabic-Bold"


@pytest.mark.parametrize("face", [SANS, SANS_BOLD, SANS_ITALIC])
def test_dejavu_has_every_vietnamese_letter(face: str) -> None:
    register_fonts()
    cmap = pdfmetrics.getFont(face).face.charToGlyph
    assert [c for c in VIETNAMESE if ord(c) not in cmap] == []


@pytest.mark.parametrize("name", LATIN_NAMES)
def test_latin_greek_cyrillic_names_stay_in_the_base_font(name: str) -> None:
    assert text_markup(name) == escape(name)
    assert text_markup(name, SANS_BOLD) == escape(name)


def test_decomposed_input_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    assert text_markup(decomposed) == "Nguyễn Thị Hương"


def test_markup_in_user_text_is_shown_not_obeyed() -> None:
    markup = text_markup('<b>bold</b> & <font name="x">')
    assert markup == '&lt;b&gt;bold&lt;/b&gt; &amp; &lt;font name="x"&gt;'
    register_fonts()
    paragraph = Paragraph(markup, ParagraphStyle("t", fontName=SANS))
    assert "".join(f.text for f in paragraph.frags) == '<b>bold</b> & <font name="x">'


def test_line_breaks_become_br_and_controls_are_dropped() -> None:
    assert text_markup("one\r\ntwo\nthree\x00\x07") == "one<br/>two<br/>three"


def test_scripts_go_to_their_fallback_fonts() -> None:
    assert _faces(font_runs("ሰላም")) == {ETHIOPIC}
    assert _faces(font_runs("محمد")) == {ARABIC}
    assert _faces(font_runs("王小明")) == {HANS}
    # 臺 is traditional, outside GB 2312: only the non-embedded CID font has it.
    assert _faces(font_runs("臺")) == {HAN_CID}
    assert text_markup("Tigrinya: ሰላም") == 'Tigrinya: <font name="MsvloEthiopic">ሰላም</font>'


def test_fallback_runs_follow_the_weight_of_the_base_font() -> None:
    assert _faces(font_runs("محمد ሰላም", SANS_BOLD)) >= {"MsvloArabic-Bold", "MsvloEthiopic-Bold"}
    assert _faces(font_runs("Name", SANS_BOLD)) == {SANS_BOLD}


def test_mono_falls_back_to_sans_for_letters_it_lacks() -> None:
    # DejaVu Sans Mono has no ễ; DejaVu Sans has.
    runs = font_runs("Nguyễn", MONO)[0]
    assert runs == [(MONO, "Nguy"), (SANS, "ễ"), (MONO, "n")]


def test_arabic_is_reshaped_into_visual_order() -> None:
    runs = font_runs("محمد علي")[0]
    assert [face for face, _ in runs] == [ARABIC]
    visual = runs[0][1]
    # Presentation forms (contextual shapes a plain cmap lookup can draw) in left-to-right
    # display order: reversed and NFKC-normalised they are the logical text again.
    assert all(0xFB50 <= ord(c) <= 0xFEFF or c == " " for c in visual)
    assert unicodedata.normalize("NFKC", visual[::-1]) == "محمد علي"


def test_arabic_words_sit_right_to_left_inside_an_english_line() -> None:
    runs = font_runs("Name: محمد علي (Mohammed Ali)")[0]
    assert runs[0] == (SANS, "Name: ")
    assert runs[1][0] == ARABIC
    assert runs[-1] == (SANS, "(Mohammed Ali)")
    # علي (the second word when read) is drawn leftmost.
    assert unicodedata.normalize("NFKC", runs[1][1]).strip().startswith("ي")


def test_invisible_joiners_are_not_drawn() -> None:
    # The zero-width non-joiner in Persian می‌خواهم stops the letters joining, then goes.
    visual = font_runs("می\u200cخواهم")[0][0][1]
    assert "\u200c" not in visual


def test_unknown_font_is_refused() -> None:
    with pytest.raises(ValueError, match="report"):
        text_markup("x", "Helvetica")
    with pytest.raises(ValueError, match="report"):
        text_markup("x", ARABIC)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_text_makes_a_paragraph_that_lays_out(text: str) -> None:
    register_fonts()
    paragraph = Paragraph(text_markup(text), ParagraphStyle("t", fontName=SANS))
    paragraph.wrap(400, 1000)


def test_readme_checksums_match_the_shipped_files() -> None:
    # The README records provenance; a font swapped without updating it fails here.
    readme = (FONT_DIR / "README.md").read_text(encoding="utf-8")
    pairs = re.findall(r"^([0-9a-f]{64})  (\S+\.ttf)$", readme, re.MULTILINE)
    listed = {name: digest for digest, name in pairs}
    actual = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in FONT_DIR.glob("*.ttf")}
    assert listed == actual


def test_reports_package_imports_no_qt_and_no_sql() -> None:
    # In a fresh interpreter: this one may already have loaded Qt for other tests.
    code = (
        "import sys, msvlo_desktop.reports; "
        "roots = {m.split('.')[0] for m in sys.modules}; "
        "bad = sorted(roots & {'PySide6', 'sqlite3', 'sqlcipher3'}); "
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
