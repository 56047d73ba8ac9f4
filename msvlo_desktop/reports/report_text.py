"""Words for the case report: an entry's fields as rows, late entries, fast Paragraph
markup for user text, and the redaction a disclosure copy applies.

Labels and field values are ``core.wording``'s, the same the window and the command line
show, so a report reads like the window and a label fixed there reaches the PDF.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

import phonenumbers

from msvlo_desktop.core.entries import FIELDS
from msvlo_desktop.core.wording import format_value
from msvlo_desktop.reports.fonts import SANS, text_markup

__all__ = [
    "REDACTED",
    "Redactor",
    "field_rows",
    "late_words",
    "markup",
    "plural",
]

REDACTED = "[withheld]"

# Printable ASCII needs none of text_markup's per-character work (no fallback font, no
# right-to-left, nothing to normalise): escaping is the whole job. Most of a long log is ASCII,
# and this keeps a 10,000-entry report close to the speed of reportlab itself.
_ASCII_SPECIAL = re.compile(r"[\x00-\x1f\x7f]")


def markup(text: str, font_name: str = SANS) -> str:
    """Paragraph markup showing *text* literally: ``fonts.text_markup`` with an ASCII fast path.

    Gives exactly what ``text_markup(text, font_name)`` gives (a test compares them).
    """
    if text.isascii() and not _ASCII_SPECIAL.search(text):
        return escape(text)
    return text_markup(text, font_name)


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def field_rows(
    entry_type: str, data: Mapping[str, Any], entry_ref: Callable[[str], str]
) -> list[tuple[str, str, str]]:
    """``(name, label, text)`` for every recorded field of an entry, in the forms' order.

    Every field of ``core.entries.FIELDS`` the entry has is listed (the report shows the
    whole record); a correction's replacement is shown by the log section, not here.
    """
    rows: list[tuple[str, str, str]] = []
    for spec in FIELDS.get(entry_type, ()):
        text = format_value(spec.name, data.get(spec.name), entry_ref)
        if text:
            rows.append((spec.name, spec.label, text))
    return rows


def late_words(occurred: datetime, recorded: datetime) -> str:
    """ "LATE ENTRY (recorded 3 days after)"; hours when under a day (a shorter threshold)."""
    gap = recorded - occurred
    if gap.days >= 1:
        return f"LATE ENTRY (recorded {plural(gap.days, 'day')} after)"
    return f"LATE ENTRY (recorded {plural(gap.seconds // 3600, 'hour')} after)"


# ----------------------------------------------------------------------------- redaction
_SEP = r"[\s\-.()]*"


def _phone_pattern(e164: str) -> re.Pattern[str] | None:
    """Any way of writing the number: +44 7700 900123, 07700-900-123, 0044 (0)7700 900123."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    national = str(parsed.national_number or "")
    if len(national) < 6:
        return None
    country = str(parsed.country_code)
    digits = _SEP.join(national)
    prefix = rf"(?:(?:\+|00){_SEP}{country}{_SEP}(?:\(0\){_SEP})?|\(?0{_SEP})?"
    return re.compile(rf"(?<!\d){prefix}{digits}(?!\d)")


_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)


def _address_patterns(address: str) -> list[re.Pattern[str]]:
    """The whole address, each part of it that holds a number (the street line), and a UK
    postcode in it on its own."""
    parts = [address, *re.split(r"[,\n;]+", address), *_POSTCODE.findall(address)]
    patterns = []
    for part in sorted({p.strip() for p in parts}, key=len, reverse=True):
        words = part.split()
        if not words or len(part) < 4:
            continue
        if part != address.strip() and not any(ch.isdigit() for ch in part):
            # A town on its own names no place of safety, and redacting every mention of
            # it would blank out unrelated text.
            continue
        patterns.append(re.compile(r"[\s,]+".join(re.escape(w) for w in words), re.IGNORECASE))
    return patterns


class Redactor:
    """Blanks out the victim's safe contact number and placement address wherever they
    appear in free text of a disclosure copy, however the number was typed.

    Entries marked sensitive are withheld whole; this catches the same details written into
    an entry that was not marked (defence in depth, not a substitute for marking).
    """

    def __init__(self, phones: list[str] | None = None, addresses: list[str] | None = None):
        self._patterns: list[re.Pattern[str]] = []
        for number in phones or []:
            pattern = _phone_pattern(number)
            if pattern is not None:
                self._patterns.append(pattern)
        for address in addresses or []:
            self._patterns.extend(_address_patterns(address))
        self.count = 0

    @property
    def active(self) -> bool:
        return bool(self._patterns)

    def __call__(self, text: str) -> str:
        if not self._patterns or not text:
            return text
        for pattern in self._patterns:
            text, n = pattern.subn(REDACTED, text)
            self.count += n
        return text
