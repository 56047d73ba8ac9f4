"""UK display conventions: dates as 24/03/2026, times as 14:05, in Europe/London; day and
month names in English from the tables here, never from ``strftime`` (whose names follow the
C library's locale, which a Qt application sets from the system)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Final
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def weekday_name(d: date) -> str:
    """ "Monday" for a Monday (``[:3]`` gives "Mon")."""
    return WEEKDAYS[d.weekday()]


def month_name(d: date) -> str:
    """ "September" for any day in September (``[:3]`` gives "Sep")."""
    return MONTHS[d.month - 1]


def london(dt: datetime) -> datetime:
    return dt.astimezone(LONDON)


def uk_date(d: date | datetime | None) -> str:
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = london(d)
    return d.strftime("%d/%m/%Y")


def uk_time(dt: datetime) -> str:
    return london(dt).strftime("%H:%M")


def uk_datetime(dt: datetime | None) -> str:
    if dt is None:
        return ""
    return london(dt).strftime("%d/%m/%Y %H:%M")
