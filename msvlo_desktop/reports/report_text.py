"""Words for the case report: labels for stored codes, field values as people read them,
fast Paragraph markup for user text, and the redaction a disclosure copy applies.

Values arrive from ``core`` already validated and normalised (money as a decimal string, dates
as ISO text, phone numbers in E.164); this module only presents them in UK conventions. The
labels follow the wording of the entry forms, so a report reads like the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final
from xml.sax.saxutils import escape

import phonenumbers

from msvlo_desktop.core import values as v
from msvlo_desktop.core.case import ROLE_LABELS
from msvlo_desktop.core.entries import ACTIONS, FIELDS, RIGHT6_EVENTS, SERVICE_LABELS
from msvlo_desktop.core.rules import ENHANCED_RIGHTS_CATEGORIES
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.reports.fonts import SANS, text_markup

__all__ = [
    "CATEGORY_LABELS",
    "CHOICE_LABELS",
    "CONTACT_METHOD_LABELS",
    "EXIT_STATUS_LABELS",
    "EXPLOITATION_LABELS",
    "OUTCOME_LABELS",
    "REDACTED",
    "STAGE_LABELS",
    "Redactor",
    "choice_label",
    "enhanced_category_label",
    "field_rows",
    "format_value",
    "markup",
    "money",
    "plural",
    "role_label",
]

MODE_LABELS: Final[Mapping[str, str]] = {
    "face_to_face": "Face to face",
    "phone": "Phone call",
    "video": "Video call",
    "text": "Text message",
    "email": "Email",
    "third_party": "Through a third party",
    "letter": "Letter",
}
CATEGORY_LABELS: Final[Mapping[str, str]] = {
    "food": "Food",
    "drink": "Drink",
    "clothing": "Clothing",
    "toiletries": "Toiletries",
    "accommodation": "Accommodation",
    "transport": "Transport",
    "phone": "Phone or phone credit",
    "cash": "Cash",
    "medical": "Medical",
    "other": "Other",
}
STAGE_LABELS: Final[Mapping[str, str]] = {
    "reasonable_grounds": "Reasonable grounds (RG)",
    "conclusive_grounds": "Conclusive grounds (CG)",
    "reconsideration": "Reconsideration",
}
OUTCOME_LABELS: Final[Mapping[str, str]] = {
    "positive": "Positive",
    "negative": "Negative",
    "trafficking": "Victim of trafficking",
    "slavery_servitude_forced_labour": "Victim of slavery, servitude or forced labour",
    "not_recognised": "Not recognised as a victim",
    "requested": "Reconsideration requested",
    "upheld": "Decision upheld",
    "overturned": "Decision overturned",
}
EXIT_STATUS_LABELS: Final[Mapping[str, str]] = {
    "not_started": "Not started",
    "drafted": "Drafted",
    "agreed": "Agreed with the lead investigator",
    "in_progress": "In progress",
    "completed": "Completed",
    "revised": "Revised",
}
CONTACT_METHOD_LABELS: Final[Mapping[str, str]] = {
    "phone": "Phone call",
    "text": "Text message",
    "email": "Email",
    "letter": "Letter",
    "face_to_face": "Face to face",
    "video": "Video call",
    "via_support_worker": "Through the support worker",
}
EXPLOITATION_LABELS: Final[Mapping[str, str]] = {
    "sexual": "Sexual exploitation",
    "labour": "Labour exploitation",
    "criminal": "Criminal exploitation",
    "domestic_servitude": "Domestic servitude",
    "organ_harvesting": "Organ harvesting",
    "other": "Other",
}
# Field name -> {stored code -> label}; one table serves every entry type, as in the forms.
CHOICE_LABELS: Final[Mapping[str, Mapping[str, str]]] = {
    "mode": MODE_LABELS,
    "method": MODE_LABELS,
    "category": CATEGORY_LABELS,
    "event": RIGHT6_EVENTS,
    "service": SERVICE_LABELS,
    "stage": STAGE_LABELS,
    "outcome": OUTCOME_LABELS,
    "status": EXIT_STATUS_LABELS,
    "actions": ACTIONS,
}
_MONEY_FIELDS = frozenset({"value_gbp"})
_DATE_FIELDS = frozenset({"next_contact_on", "review_on"})
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


def money(value: Decimal | str) -> str:
    """£1,234.50 (to the penny)."""
    try:
        return v.gbp(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)


def choice_label(field_name: str, code: str) -> str:
    labels = CHOICE_LABELS.get(field_name, {})
    return labels.get(code) or code.replace("_", " ").capitalize()


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role.replace("_", " ").capitalize())


def enhanced_category_label(code: str) -> str:
    return ENHANCED_RIGHTS_CATEGORIES.get(code) or code.replace("_", " ").capitalize()


def _iso_date(text: str) -> str:
    try:
        return uk_date(date.fromisoformat(text))
    except ValueError:
        return text


def format_value(name: str, value: Any, entry_ref: Callable[[str], str]) -> str:
    """A stored field value as plain text ("" when not recorded).

    *entry_ref* turns an entry id (a victim update's events, a correction's target) into the
    words the report uses for that entry.
    """
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if name in _MONEY_FIELDS:
        return money(str(value))
    if name in _DATE_FIELDS and isinstance(value, str):
        return _iso_date(value)
    if name == "actions" and isinstance(value, list):
        return "; ".join(choice_label("actions", str(a)) for a in value)
    if name in CHOICE_LABELS and isinstance(value, str):
        return choice_label(name, value)
    if name == "interpreter" and isinstance(value, Mapping):
        return f"{value.get('name', '')} (language: {value.get('language', '')})"
    if name == "contact" and isinstance(value, Mapping):
        parts = [str(value.get("name", ""))]
        if value.get("organisation"):
            parts.append(str(value["organisation"]))
        if value.get("phone"):
            parts.append(v.phone_display(str(value["phone"])))
        if value.get("email"):
            parts.append(str(value["email"]))
        return ", ".join(parts)
    if name in ("satisfies", "corrects"):
        ids = value if isinstance(value, list) else [value]
        return "; ".join(entry_ref(str(i)) for i in ids)
    if isinstance(value, list):
        return "; ".join(str(x) for x in value)
    return str(value)


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
