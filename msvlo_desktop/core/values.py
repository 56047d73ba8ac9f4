"""Parsers for the small values every record is made of: text, dates, money, phone numbers.

Each parser takes raw input (from JSON or a form) and returns the normalised value stored in
the log, or raises :class:`ValidationError` with a message an officer can act on. Normalised
values are JSON-compatible so the hash chain can serialise them canonically.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, TypeVar

import phonenumbers

from msvlo_desktop.core.errors import ValidationError

DEFAULT_PHONE_REGION = "GB"
MAX_TEXT = 20_000
MAX_SHORT_TEXT = 500
# Control characters other than tab and newline have no place in a record and can hide text.
# The zero-width joiner and non-joiner (U+200D, U+200C) are not among them: Persian, Arabic and
# Indic scripts and emoji sequences need them ("می‌خواهم" is written with a non-joiner), as
# emoji need their variation selectors (U+FE0E, U+FE0F).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029\ufeff]")
# Directional embeddings and overrides (U+202A-U+202E) reorder the characters after them as
# displayed, so "gpj.exe" can show as "exe.jpg": refused in every field. Isolates
# (U+2066-U+2069) are how right-to-left text is quoted properly inside free text, so they are
# allowed there, but refused in names and references (single-line fields), where nothing
# needs them and they could make two different values look alike.
_OVERRIDES = re.compile(r"[\u202a-\u202e]")
_ISOLATES = re.compile(r"[\u2066-\u2069]")
# Every date and instant is within this window (docs/SECURITY.md, "Input bounds"); every amount
# within MONEY_MIN to MONEY_MAX.
DATE_MIN = date(1900, 1, 1)
DATE_MAX = date(2100, 12, 31)
MONEY_MIN = Decimal("0.00")
MONEY_MAX = Decimal("1000000.00")
# Half of a UTF-16 pair on its own is not a character: it cannot be stored or hashed as UTF-8.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
PENNY = Decimal("0.01")
_D = TypeVar("_D", bound=date)


def text(raw: Any, label: str, *, max_len: int = MAX_TEXT, multiline: bool = True) -> str:
    """Required text: trimmed, NFC-normalised, non-empty, no hidden control characters."""
    value = optional_text(raw, label, max_len=max_len, multiline=multiline)
    if value is None:
        raise ValidationError(f"{label} is required.")
    return value


def optional_text(
    raw: Any, label: str, *, max_len: int = MAX_TEXT, multiline: bool = True
) -> str | None:
    """Optional text: ``None`` or blank gives ``None``; otherwise as :func:`text`."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ValidationError(f"{label} must be text.")
    if _SURROGATE.search(raw):
        raise ValidationError(f"{label} contains invalid characters; retype it as plain text.")
    value = unicodedata.normalize("NFC", raw.replace("\r\n", "\n")).strip()
    if not value:
        return None
    if _CONTROL.search(value) or (not multiline and ("\n" in value or "\t" in value)):
        raise ValidationError(f"{label} contains control characters; retype it as plain text.")
    bidi = _OVERRIDES.search(value) or (None if multiline else _ISOLATES.search(value))
    if bidi:
        raise ValidationError(
            f"{label} contains a hidden text-direction character (U+{ord(bidi.group()):04X}), "
            "which can make text display differently from what it says; retype it as plain text."
        )
    if len(value) > max_len:
        raise ValidationError(
            f"{label} is too long ({len(value):,} characters; at most {max_len:,})."
        )
    return value


def short_text(raw: Any, label: str) -> str:
    """Required single-line text such as a name or a reference."""
    return text(raw, label, max_len=MAX_SHORT_TEXT, multiline=False)


def optional_short_text(raw: Any, label: str) -> str | None:
    return optional_text(raw, label, max_len=MAX_SHORT_TEXT, multiline=False)


def boolean(raw: Any, label: str) -> bool:
    if not isinstance(raw, bool):
        raise ValidationError(f"{label} must be true or false.")
    return raw


def optional_boolean(raw: Any, label: str) -> bool | None:
    return None if raw is None else boolean(raw, label)


def choice(raw: Any, label: str, options: Sequence[str]) -> str:
    if not isinstance(raw, str) or raw not in options:
        shown = ", ".join(options)
        raise ValidationError(f"{label} must be one of: {shown} (got {_show(raw)}).")
    return raw


def choices(raw: Any, label: str, options: Sequence[str], *, allow_empty: bool = True) -> list[str]:
    if not isinstance(raw, list):
        raise ValidationError(f"{label} must be a list.")
    out: list[str] = []
    for item in raw:
        value = choice(item, label, options)
        if value not in out:
            out.append(value)
    if not out and not allow_empty:
        raise ValidationError(f"{label} needs at least one value.")
    return out


def integer(raw: Any, label: str, *, minimum: int, maximum: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValidationError(f"{label} must be a whole number.")
    if not minimum <= raw <= maximum:
        raise ValidationError(f"{label} must be between {minimum} and {maximum}.")
    return raw


def parse_date(raw: Any, label: str) -> date:
    """A calendar date as ISO 8601 (``2026-03-24``) or UK style (``24/03/2026``)."""
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return in_date_window(raw, label)
    if not isinstance(raw, str):
        raise ValidationError(f"{label} must be a date such as 24/03/2026.")
    s = raw.strip()
    found: date | None = None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            found = date.fromisoformat(s)
        elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s):
            found = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        raise ValidationError(f"{label}: {s!r} is not a real date.") from None
    if found is None:
        raise ValidationError(f"{label} must be a date such as 24/03/2026 (got {_show(raw)}).")
    return in_date_window(found, label)


_STORED: contextvars.ContextVar[bool] = contextvars.ContextVar("stored_values", default=False)


@contextlib.contextmanager
def stored_values() -> Iterator[None]:
    """Re-reading a record already stored: its dates are taken as stored, even outside the
    window (a record written before the window was enforced must stay readable)."""
    token = _STORED.set(True)
    try:
        yield
    finally:
        _STORED.reset(token)


def in_date_window(value: _D, label: str) -> _D:
    """``value`` if it is within :data:`DATE_MIN` to :data:`DATE_MAX`, else a refusal naming
    the field and the window."""
    day = value.date() if isinstance(value, datetime) else value
    if not DATE_MIN <= day <= DATE_MAX and not _STORED.get():
        raise ValidationError(
            f"{label} must be between {DATE_MIN:%d/%m/%Y} and {DATE_MAX:%d/%m/%Y} "
            f"(got {day:%d/%m/%Y})."
        )
    return value


def optional_date(raw: Any, label: str) -> date | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    return parse_date(raw, label)


def parse_datetime(raw: Any, label: str) -> datetime:
    """An instant in ISO 8601 with its UTC offset, normalised to UTC, whole seconds."""
    if isinstance(raw, datetime):
        value = raw
    elif isinstance(raw, str):
        try:
            value = datetime.fromisoformat(raw.strip())
        except ValueError:
            raise ValidationError(
                f"{label} must be a date and time with its offset, such as "
                f"2026-03-24T14:05:00+00:00 (got {_show(raw)})."
            ) from None
    else:
        raise ValidationError(f"{label} must be a date and time such as 2026-03-24T14:05:00+00:00.")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{label} needs a time zone offset, such as +00:00 or Z.")
    # The date as written first: 0001-01-01T00:00:00+01:00 has no UTC instant at all.
    in_date_window(value, label)
    return in_date_window(value.astimezone(UTC), label).replace(microsecond=0)


def iso(dt: datetime) -> str:
    """The canonical text of an instant: UTC, whole seconds, ``+00:00``."""
    return dt.astimezone(UTC).replace(microsecond=0).isoformat()


def not_in_future(value: datetime, now: datetime, label: str) -> None:
    # A minute of grace absorbs clock drift between the form opening and Save.
    if value > now + timedelta(minutes=1):
        raise ValidationError(f"{label} cannot be in the future.")


def money(raw: Any, label: str) -> Decimal:
    """An amount in pounds sterling: not negative, at most two decimal places, never a float."""
    if isinstance(raw, bool | float):
        raise ValidationError(f'{label} must be written as text such as "12.50", not a number.')
    if isinstance(raw, int | Decimal):
        value = Decimal(raw)
    elif isinstance(raw, str):
        s = raw.strip().replace(",", "")
        if s.startswith("£"):
            s = s[1:].strip()
        if not re.fullmatch(r"-?\d+(\.\d+)?", s):
            raise ValidationError(f"{label} must be an amount in pounds such as 12.50.")
        try:
            value = Decimal(s)
        except InvalidOperation:
            raise ValidationError(f"{label} must be an amount in pounds such as 12.50.") from None
    else:
        raise ValidationError(f"{label} must be an amount in pounds such as 12.50.")
    if not value.is_finite():
        raise ValidationError(f"{label} must be an amount in pounds such as 12.50.")
    if value < MONEY_MIN:
        raise ValidationError(f"{label} cannot be negative.")
    # The range before the pence: rounding fifty 9s to pence overflows Decimal's precision.
    if value > MONEY_MAX:
        raise ValidationError(
            f"{label} is implausibly large; amounts go from {gbp(MONEY_MIN)} to "
            f"{gbp(MONEY_MAX)}: check the amount."
        )
    if value != value.quantize(PENNY, rounding=ROUND_HALF_UP):
        raise ValidationError(f"{label} can have at most two decimal places (pence).")
    return value.quantize(PENNY)


def money_text(value: Decimal) -> str:
    """Canonical text of an amount: ``12.50``."""
    return str(value.quantize(PENNY))


def gbp(value: Decimal) -> str:
    """An amount for people: ``£1,234.50``."""
    return f"£{value.quantize(PENNY):,}"


def phone(raw: Any, label: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """A phone number normalised to E.164 (``+447700900123``); UK numbers may omit +44."""
    if not isinstance(raw, str) or not raw.strip():
        raise ValidationError(f"{label} is required.")
    try:
        parsed = phonenumbers.parse(raw.strip(), region)
    except phonenumbers.NumberParseException:
        raise ValidationError(f"{label}: {raw.strip()!r} is not a phone number.") from None
    if not (phonenumbers.is_valid_number(parsed) or _is_drama_number(parsed)):
        raise ValidationError(
            f"{label}: {raw.strip()!r} is not a valid phone number; "
            "check the digits and give the country code for a number outside the UK."
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# Ofcom reserves these UK ranges for drama and training material; they must be accepted so
# training vaults and examples never use a real person's number.
_DRAMA_RANGES = (
    (1134960000, 1134960999),
    (1144960000, 1144960999),
    (1154960000, 1154960999),
    (1164960000, 1164960999),
    (1174960000, 1174960999),
    (1184960000, 1184960999),
    (1214960000, 1214960999),
    (1314960000, 1314960999),
    (1414960000, 1414960999),
    (1514960000, 1514960999),
    (1614960000, 1614960999),
    (1632960000, 1632960999),
    (2079460000, 2079460999),
    (2890180000, 2890180999),
    (2920180000, 2920180999),
    (7700900000, 7700900999),
    (8081570000, 8081570999),
    (9098790000, 9098790999),
)


def _is_drama_number(parsed: phonenumbers.PhoneNumber) -> bool:
    n = parsed.national_number or 0
    return parsed.country_code == 44 and any(lo <= n <= hi for lo, hi in _DRAMA_RANGES)


def optional_phone(raw: Any, label: str) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    return phone(raw, label)


def phone_display(e164: str) -> str:
    """A stored number as people write it: national format for UK, international otherwise."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if parsed.country_code == 44
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(parsed, fmt))


def language(raw: Any, label: str) -> str:
    if not isinstance(raw, str) or not _LANG.match(raw.strip()):
        raise ValidationError(
            f"{label} must be a language code such as vi, sq or ro (got {_show(raw)})."
        )
    return raw.strip()


def country(raw: Any, label: str) -> str:
    if not isinstance(raw, str) or not _COUNTRY.match(raw.strip().upper()):
        raise ValidationError(f"{label} must be a two-letter country code such as VN or AL.")
    return raw.strip().upper()


def _show(raw: Any) -> str:
    s = repr(raw)
    return s if len(s) <= 40 else s[:37] + "..."
