"""UK display conventions: dates as 24/03/2026, times as 14:05, in Europe/London."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


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
