"""Fonts for PDF reports, and turning arbitrary user text into safe Paragraph markup.

The report fonts ship inside the package (``msvlo_desktop/resources/fonts``) so a report looks
the same on every force laptop and never depends on what the machine has installed. reportlab's
built-in fonts cover Latin-1 only, while victims' names arrive in Vietnamese, Cyrillic, Greek,
Arabic, Tigrinya and Chinese, so every text run is sent to a font whose ``cmap`` holds it:

* DejaVu Sans (regular, bold, oblique) and DejaVu Sans Mono: Latin including Vietnamese, Greek,
  Cyrillic, Armenian, Georgian, Hebrew.
* Noto Sans Arabic (regular, bold): Arabic, Persian, Urdu, partly Kurdish and Pashto.
* Noto Sans Ethiopic (regular, bold): Tigrinya, Amharic.
* Droid Sans Fallback cut down to GB 2312: simplified Chinese and kana, embedded.
* STSong-Light, a reportlab CID font that is *not embedded*: the last resort for Han characters
  outside GB 2312 (mostly traditional). It shows only where the viewer has a Chinese font
  (Acrobat, Edge, Chrome on Windows do; poppler without CJK fonts draws blanks); the text still
  copies out correctly. An archivable (PDF/A) report must embed every font, so a report built
  inside ``embedded_fonts_only()`` goes without it; the characters no embedded font can draw
  (there, and Hangul, Thai...) are collected, so that the report is refused as PDF/A rather
  than archived with blanks where a name was (``reports/pdfa.py``).

reportlab's own shaping (uharfbuzz) is deliberately not used: it needs rlbidi for word order,
which is not on PyPI; it crashes on a word whose letters come from two fonts; it applies
discretionary ligatures (the Mohammad ligature adds vowel marks nobody typed) and Latin
ligatures (``office`` copies out as ``oﬃce``). Instead Arabic script is reshaped to
presentation forms with ``arabic-reshaper`` and put into visual order with ``python-bidi``,
which draws correctly and copies out as presentation forms that NFKC-normalise back to the
original letters.
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from io import BytesIO
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.fonts import addMapping, ps2tt, tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "ARABIC",
    "ETHIOPIC",
    "FONT_DIR",
    "HANS",
    "HAN_CID",
    "MONO",
    "SANS",
    "SANS_BOLD",
    "SANS_ITALIC",
    "Direction",
    "embedded_fonts_only",
    "font_runs",
    "register_fonts",
    "text_markup",
]

# Names under which the fonts are registered with reportlab. They carry our prefix so a font
# another library registers under a common name (say "DejaVuSans") can never stand in for ours.
SANS = "MsvloSans"
SANS_BOLD = "MsvloSans-Bold"
SANS_ITALIC = "MsvloSans-Italic"
MONO = "MsvloMono"
ARABIC = "MsvloArabic"
ARABIC_BOLD = "MsvloArabic-Bold"
ETHIOPIC = "MsvloEthiopic"
ETHIOPIC_BOLD = "MsvloEthiopic-Bold"
HANS = "MsvloHans"
HAN_CID = "STSong-Light"

Direction = Literal["ltr", "rtl"]

# Beside the package code, so wheels and frozen builds carry it (package-data). Found from
# __file__ rather than importlib.resources: an editable install can present msvlo_desktop as a
# namespace package, which importlib.resources.files() refuses.
FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

_TTF_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
    HANS: "DroidSansFallback-GB2312.ttf",
}

# family -> (normal, bold, italic, bold italic). No bold-oblique or bold mono file is shipped
# (it would push the fonts past 5 MB for little use), so those fall back to the nearest face.
_FAMILIES: dict[str, tuple[str, str, str, str]] = {
    SANS: (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD),
    MONO: (MONO, MONO, MONO, MONO),
    ARABIC: (ARABIC, ARABIC_BOLD, ARABIC, ARABIC_BOLD),
    ETHIOPIC: (ETHIOPIC, ETHIOPIC_BOLD, ETHIOPIC, ETHIOPIC_BOLD),
    HANS: (HANS, HANS, HANS, HANS),
    HAN_CID: (HAN_CID, HAN_CID, HAN_CID, HAN_CID),
}

# Fallback families in the order they are tried, each with the blocks it *claims*: a claimed
# character goes to that family even when the base font has a glyph too (DejaVu has some
# Arabic, but not in its oblique face and without Noto's quality), so one script is never
# drawn in two designs.
_Ranges = tuple[tuple[int, int], ...]
_FALLBACKS: tuple[tuple[str, _Ranges], ...] = (
    (
        ARABIC,
        (
            (0x0600, 0x06FF),
            (0x0750, 0x077F),
            (0x0870, 0x08FF),
            (0xFB50, 0xFDFF),
            (0xFE70, 0xFEFF),
        ),
    ),
    (ETHIOPIC, ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))),
    (
        HANS,
        (
            (0x2E80, 0x2FDF),
            (0x3000, 0x30FF),
            (0x3100, 0x312F),
            (0x3400, 0x4DBF),
            (0x4E00, 0x9FFF),
            (0xF900, 0xFAFF),
            (0xFF00, 0xFFEF),
        ),
    ),
    # The CID font has no cmap we can read; Adobe-GB1 holds every unified ideograph in these
    # ranges, so they stand in for its coverage.
    (HAN_CID, ((0x3000, 0x303F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))),
)

# Arabic signs of category Cf that are visible (they span the digits after them); every other
# format character (bidi controls, ZWJ/ZWNJ, soft hyphen, BOM) is invisible. Reshaping and
# reordering have used those by the time we draw, and drawn as glyphs they would show as bars
# or boxes, because reportlab has no shaper to hide them as a text engine would.
_VISIBLE_FORMAT_CHARS = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u08e2")
# Characters XML 1.0 forbids or that have no business in a report line (C0/C1 controls,
# non-characters, lone surrogates from badly decoded input).
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029\x85]")

# Keep the user's text: vowel marks stay (they can distinguish names) and only the lam-alef
# ligature, which Arabic requires, is formed. Keys not set here come from the library default.
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={
        "language": "Arabic",
        "delete_harakat": False,
        "shift_harakat_position": False,
        "delete_tatweel": False,
        "support_zwj": True,
        "use_unshaped_instead_of_isolated": False,
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,
    }
)

_lock = threading.Lock()

# Set while a report is built for PDF/A: only fonts the PDF embeds may be chosen, and the
# characters none of them has are collected here. A context variable, so a build in one
# worker thread never changes another's.
_UNDRAWABLE: ContextVar[set[str] | None] = ContextVar("msvlo_undrawable", default=None)


@contextlib.contextmanager
def embedded_fonts_only() -> Iterator[set[str]]:
    """Within this block (in this thread or task), text goes only to embedded fonts: the
    non-embedded STSong-Light fallback is never chosen. For archivable (PDF/A) reports.

    Yields the set of characters met that no embedded font can draw (filled as text is laid
    out): they would show as missing-glyph boxes and not copy out."""
    undrawable: set[str] = set()
    token = _UNDRAWABLE.set(undrawable)
    try:
        yield undrawable
    finally:
        _UNDRAWABLE.reset(token)


def _font_bytes(filename: str) -> bytes:
    return (FONT_DIR / filename).read_bytes()


def register_fonts() -> None:
    """Register the report fonts and their families with reportlab; safe to call repeatedly.

    Checks reportlab's registry rather than a flag of ours, so it also recovers if reportlab's
    global state was reset.
    """
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _TTF_FILES.items():
            if name not in registered:
                # BytesIO: reportlab would otherwise keep the path and reopen it later.
                pdfmetrics.registerFont(TTFont(name, BytesIO(_font_bytes(filename))))
        if HAN_CID not in registered:
            pdfmetrics.registerFont(UnicodeCIDFont(HAN_CID))
        for family, (normal, bold, italic, bold_italic) in _FAMILIES.items():
            # What registerFontFamily does, but simplest style last: a face standing in for
            # several styles (MsvloMono for all four) must map back to plain, not bold italic,
            # or a <font name="MsvloMono"> would switch on bold and italic.
            for is_bold, is_italic, face in (
                (1, 1, bold_italic),
                (0, 1, italic),
                (1, 0, bold),
                (0, 0, normal),
            ):
                addMapping(family, is_bold, is_italic, face)


def _cmap(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@functools.cache
def _family_coverage(family: str) -> frozenset[int]:
    """Code points every face of *family* can draw, so <b> or <i> never meets a hole."""
    register_fonts()
    faces = set(_FAMILIES[family])
    if family == HAN_CID:
        return frozenset()
    coverage = _cmap(faces.pop())
    for face in faces:
        coverage &= _cmap(face)
    return coverage


def _claimed(code: int, ranges: _Ranges) -> bool:
    return any(lo <= code <= hi for lo, hi in ranges)


@functools.cache
def _family_for(char: str, base_family: str, embedded_only: bool = False) -> str:
    code = ord(char)
    for family, ranges in _FALLBACKS:
        if family == HAN_CID and embedded_only:
            continue
        if _claimed(code, ranges) and (family == HAN_CID or code in _family_coverage(family)):
            return family
    if code in _family_coverage(base_family):
        return base_family
    # Mono lacks some Vietnamese letters: prefer the sans face over a missing glyph.
    if base_family != SANS and code in _family_coverage(SANS):
        return SANS
    for family, _ranges in _FALLBACKS:
        if family != HAN_CID and code in _family_coverage(family):
            return family
    # Nothing has it (Hangul, Devanagari, Thai...): the base font draws its missing-glyph box,
    # which at least shows the reader that something is there (README, "Scripts in reports").
    # Emoji no font has never get here: they are written out first (_emoji_substitutes).
    return base_family


def _base_family(font_name: str) -> tuple[str, bool, bool]:
    register_fonts()
    try:
        family, bold, italic = ps2tt(font_name)
    except ValueError:
        raise ValueError(f"{font_name!r} is not a registered report font") from None
    for name in _FAMILIES:
        if name.lower() == family and name in (SANS, MONO):
            return name, bool(bold), bool(italic)
    raise ValueError(f"{font_name!r} is not a report base font (use SANS or MONO faces)")


def _needs_bidi(line: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in line)


def _visual_lines(text: str, direction: Direction) -> Iterator[str]:
    text = unicodedata.normalize("NFC", text)
    for line in _LINE_BREAKS.split(text):
        line = _UNPRINTABLE.sub("", line.replace("\t", " "))
        if _needs_bidi(line):
            # Shape first (joining depends on logical neighbours), then reorder for display.
            line = get_display(_RESHAPER.reshape(line), base_dir="R" if direction == "rtl" else "L")
        yield _emoji_substitutes(
            "".join(
                c for c in line if unicodedata.category(c) != "Cf" or c in _VISIBLE_FORMAT_CHARS
            )
        )


# Emoji and pictographs: the blocks the report fonts do not cover as a whole (DejaVu Sans
# draws many symbols in monochrome: ☺ ❤ ☕ ✈ print as glyphs). An emoji beyond U+FFFF, or one
# no font has, prints as a visible, searchable substitute, "[emoji U+1F44D]", never as a
# silent box or a glyph that copies out as another character; a flag (two regional
# indicator letters) as "[flag VN]"; a sequence joined with U+200D as its parts (the joiner
# itself is invisible). docs/REPORTS.md, "Scripts and emoji".
_PICTOGRAPHS: _Ranges = (
    (0x2190, 0x21FF),
    (0x2300, 0x23FF),
    (0x2460, 0x27BF),
    (0x2900, 0x297F),
    (0x2B00, 0x2BFF),
    (0x1F000, 0x1FAFF),
)
_FLAG = re.compile("([\U0001f1e6-\U0001f1ff])([\U0001f1e6-\U0001f1ff])")


def _drawable_anywhere(code: int) -> bool:
    return any(code in _family_coverage(family) for family in (SANS, ARABIC, ETHIOPIC, HANS))


def _emoji_substitute(char: str) -> str:
    code = ord(char)
    # Beyond U+FFFF even a glyph DejaVu has is written out: reportlab's ToUnicode map keeps
    # four hex digits, so 😀 drawn would copy out of the PDF as U+1F60 "ὠ".
    if _claimed(code, _PICTOGRAPHS) and (code > 0xFFFF or not _drawable_anywhere(code)):
        return f"[emoji U+{code:04X}]"
    return char


def _emoji_substitutes(line: str) -> str:
    if not any(ord(c) >= 0x2190 for c in line):
        return line
    line = _FLAG.sub(
        lambda m: f"[flag {chr(ord(m[1]) - 0x1F1E6 + 65)}{chr(ord(m[2]) - 0x1F1E6 + 65)}]", line
    )
    return "".join(_emoji_substitute(c) for c in line)


def _runs_of_line(line: str, base_family: str) -> Iterator[tuple[str, str]]:
    undrawable = _UNDRAWABLE.get()
    embedded_only = undrawable is not None
    current: str | None = None
    chunk: list[str] = []
    for char in line:
        # Spaces stay with their neighbours when that font has them, so a multi-word Arabic
        # name is one run, not one per word.
        if (
            char.isspace()
            and current is not None
            and (current == HAN_CID or ord(char) in _family_coverage(current))
        ):
            chunk.append(char)
            continue
        family = _family_for(char, base_family, embedded_only)
        if (
            undrawable is not None
            and not char.isspace()
            and ord(char) not in _family_coverage(family)
        ):
            undrawable.add(char)
        if family != current and chunk:
            assert current is not None
            yield current, "".join(chunk)
            chunk = []
        current = family
        chunk.append(char)
    if chunk:
        assert current is not None
        yield current, "".join(chunk)


def font_runs(
    text: str, font_name: str = SANS, *, direction: Direction = "ltr"
) -> list[list[tuple[str, str]]]:
    """Split *text* into lines of ``(font name, text)`` runs in display (visual) order.

    *font_name* is the face the surrounding paragraph uses; fallback runs get the matching
    weight (bold Arabic inside a bold heading). Text is NFC-normalised, control characters
    are dropped, and lines containing right-to-left script are reshaped and reordered.
    """
    base_family, bold, italic = _base_family(font_name)
    lines = []
    for line in _visual_lines(text, direction):
        runs = []
        for family, chunk in _runs_of_line(line, base_family):
            face = font_name if family == base_family else tt2ps(family, int(bold), int(italic))
            runs.append((face, chunk))
        lines.append(runs)
    return lines


def text_markup(text: str, font_name: str = SANS, *, direction: Direction = "ltr") -> str:
    """Return Paragraph markup that shows *text* literally, in fonts that have its glyphs.

    The result is XML-escaped (``<b>`` in user text stays text), line breaks become
    ``<br/>``, and runs the base font cannot draw are wrapped in ``<font name="...">``.
    Pass the paragraph style's ``fontName`` as *font_name* so fallback runs match its weight.
    *direction* is the base direction of each line ("ltr" for text inside an English report;
    "rtl" for a note written wholly in Arabic). Right-to-left text is laid out for display
    before reportlab breaks lines, so a right-to-left phrase that wraps onto a second line has
    its lines in the wrong order: fine for names and short phrases, not for long Arabic prose.
    """
    out_lines = []
    for runs in font_runs(text, font_name, direction=direction):
        parts = []
        for face, chunk in runs:
            escaped = escape(chunk)
            parts.append(escaped if face == font_name else f'<font name="{face}">{escaped}</font>')
        out_lines.append("".join(parts))
    return "<br/>".join(out_lines)
