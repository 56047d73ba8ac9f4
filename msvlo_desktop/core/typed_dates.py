"""Dates as an officer types them into a form: ``7/12/2027``, ``07/12/27``, ``2027-12-07``.

The forms' date fields (``gui/date_field.py``) read what was typed through :func:`typed_date`
and show what was understood in full (:func:`date_words`, "Tuesday 7 December 2027"), so a
date is never taken silently as another one. Day first, as in the UK. A two-digit year is
the one within the 80 years before and the 20 years after today's year: on 7 December 2026,
``85`` is 1985 (a date of birth) and ``26`` is 2026; ``45`` is 2045 and ``46`` is 1946.
Nothing here moves a date to fit a range: a date outside the window of ``core.values`` is
refused with the field's name (``values.in_date_window``).
"""

from __future__ import annotations

import re
from datetime import date

from msvlo_desktop.core import values as v
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.timefmt import month_name, weekday_name

YEARS_BEFORE = 80
YEARS_AFTER = 20
_UK = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
EXAMPLE = "24/03/2026, 24/3/26 or 2026-03-24"


def full_year(two_digits: int, today: date) -> int:
    """The year ending in ``two_digits`` from 80 years before today's year to 19 after."""
    first = today.year - YEARS_BEFORE
    year = first - first % 100 + two_digits
    return year + 100 if year < first else year


def typed_date(raw: str, label: str, today: date) -> date:
    """The date typed (day first, or ISO), or a refusal naming the field."""
    s = raw.strip()
    if not s:
        raise ValidationError(f"{label} is required.")
    if m := _ISO.fullmatch(s):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _UK.fullmatch(s):
        d, mo = int(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if len(m.group(3)) == 4 else full_year(int(m.group(3)), today)
    else:
        raise ValidationError(f"{label}: {s!r} is not a date; type it as {EXAMPLE}.")
    try:
        found = date(y, mo, d)
    except ValueError:
        raise ValidationError(
            f"{label}: {s!r} is not a real date (day {d}, month {mo}, year {y})."
        ) from None
    return v.in_date_window(found, label)


def date_words(day: date) -> str:
    """A date in full, as the form shows what it understood: "Tuesday 7 December 2027"
    (English whatever the process locale, which a Qt application sets from the system)."""
    return f"{weekday_name(day)} {day.day} {month_name(day)} {day.year}"
