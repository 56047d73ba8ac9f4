"""Working-day calendar for England and Wales, in Europe/London time (RULES.md section 1).

Turns "within N working days of an event" into an exact due time, and "no sooner than N
calendar days after" into an exact earliest time. A working day is any day except Saturday,
Sunday and an England and Wales bank holiday (substitute days and one-off proclaimed days
included), taken from the maintained ``holidays`` package plus a local override list.

Coverage: the holiday data is trusted only for the years ``COVERAGE_FIRST_YEAR`` to
``COVERAGE_LAST_YEAR``. Outside them the calendar still answers, skipping only weekends and
local override days, but every due time says so in ``DueTime.warnings``. Skipping fewer days
can only make a due time earlier, never later, so an uncovered answer errs towards reminding
the officer too soon. Warnings are data, not ``warnings.warn``: callers decide how to show them
(the CLI may re-raise them as ``CalendarCoverageWarning``).

Days are always London calendar days: an aware datetime is first converted to Europe/London,
so 23:30 UTC on a summer Monday is a Tuesday event. Naive datetimes are refused rather than
guessed at.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo

import holidays

__all__ = [
    "COVERAGE_FIRST_YEAR",
    "COVERAGE_LAST_YEAR",
    "END_OF_DAY",
    "LONDON",
    "REVIEWED_HOLIDAYS_VERSION",
    "CalendarCoverageWarning",
    "DueTime",
    "WorkingDayCalendar",
    "end_of_day",
    "london_date",
    "start_of_day",
]

LONDON: Final = ZoneInfo("Europe/London")

# 2000 is well before any case the application will hold (the 2020 Victims' Code took effect
# in 2021) and after every historical quirk that matters. 2028 is the last year whose bank
# holidays had been published when holidays==REVIEWED_HOLIDAYS_VERSION was pinned (November
# 2026); later years are rule-based projections that cannot know a future proclaimed day.
# Review both numbers whenever the holidays pin changes (a test fails until you do).
COVERAGE_FIRST_YEAR: Final = 2000
COVERAGE_LAST_YEAR: Final = 2028
REVIEWED_HOLIDAYS_VERSION: Final = "0.109"

END_OF_DAY: Final = time(23, 59, 59)

# date.fromordinal(1) is a Monday, so (ordinal - 1) % 7 is date.weekday().
_SATURDAY: Final = 5
# Bounds memory in a long-running window; far above the distinct (day, n) pairs of a vault.
_DUE_CACHE_LIMIT: Final = 100_000


class CalendarCoverageWarning(UserWarning):
    """Category for callers that surface ``DueTime.warnings`` through the warnings module.

    The calendar itself never calls ``warnings.warn``; it returns the messages as data.
    """


@dataclass(frozen=True, slots=True)
class DueTime:
    """A computed time and why it might be unreliable.

    ``at`` is an aware datetime in Europe/London. ``warnings`` is empty when every day the
    computation depended on lies inside the calendar's coverage; otherwise it holds one
    plain-English message per uncovered span of years.
    """

    at: datetime
    warnings: tuple[str, ...] = ()

    @property
    def covered(self) -> bool:
        """True when the result rests only on covered holiday data."""
        return not self.warnings


def london_date(moment: datetime | date) -> date:
    """The Europe/London calendar day of ``moment``; a plain date is returned unchanged.

    Raises ``ValueError`` for a naive datetime: its day cannot be known without guessing.
    """
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            raise ValueError(f"datetime {moment.isoformat()} has no time zone")
        return moment.astimezone(LONDON).date()
    return moment


def start_of_day(day: date) -> datetime:
    """00:00:00 Europe/London on ``day`` (midnight is never skipped or repeated in London)."""
    return datetime.combine(day, time(0, 0), tzinfo=LONDON)


def end_of_day(day: date) -> datetime:
    """23:59:59 Europe/London on ``day``: the moment a working-day deadline expires."""
    return datetime.combine(day, END_OF_DAY, tzinfo=LONDON)


@functools.cache
def _package_holidays(year: int) -> Mapping[date, str]:
    # Shared by every calendar: building a holidays object costs far more than a lookup.
    found = holidays.country_holidays("GB", subdiv="ENG", years=year, language="en_GB")
    return MappingProxyType({d: str(name) for d, name in found.items() if d.year == year})


def _year_span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


class WorkingDayCalendar:
    """Working days in England and Wales, with a local override list.

    ``extra_holidays`` adds one-off proclaimed days (date -> name) the package does not know
    yet; they apply in every year, covered or not, because they are explicit local data.
    ``removed_holidays`` takes package days out (for a holiday moved by proclamation).
    ``first_year``/``last_year`` set the coverage; widen it only after checking the package's
    days for the new years against gov.uk.

    Instances cache per-year data and are cheap to query; share one per process.
    """

    def __init__(
        self,
        extra_holidays: Mapping[date, str] | None = None,
        removed_holidays: Collection[date] = (),
        *,
        first_year: int = COVERAGE_FIRST_YEAR,
        last_year: int = COVERAGE_LAST_YEAR,
    ) -> None:
        extra = dict(extra_holidays or {})
        removed = frozenset(removed_holidays)
        for day in (*extra, *removed):
            # A datetime is a date subclass, but its day depends on a time zone.
            if isinstance(day, datetime) or not isinstance(day, date):
                raise ValueError(f"holiday overrides must be plain dates, not {day!r}")
        both = sorted(set(extra) & removed)
        if both:
            raise ValueError(f"{both[0].isoformat()} is both added and removed as a holiday")
        if first_year > last_year:
            raise ValueError(f"coverage {first_year}-{last_year} is empty")
        self._extra: Mapping[date, str] = MappingProxyType(extra)
        self._removed = removed
        self._first_year = first_year
        self._last_year = last_year
        self._holidays_by_year: dict[int, Mapping[date, str]] = {}
        # Sorted ordinals of the working days of each year: add_working_days and
        # working_days_between become bisections instead of day-by-day walks.
        self._workdays_by_year: dict[int, list[int]] = {}
        self._due_cache: dict[tuple[date, int], DueTime] = {}

    @property
    def first_year(self) -> int:
        return self._first_year

    @property
    def last_year(self) -> int:
        return self._last_year

    @property
    def extra_holidays(self) -> Mapping[date, str]:
        return self._extra

    @property
    def removed_holidays(self) -> frozenset[date]:
        return self._removed

    def covers(self, day: date | datetime) -> bool:
        """True when the bank holidays of ``day``'s year are known."""
        return self._first_year <= london_date(day).year <= self._last_year

    def coverage_warnings(self, first: date | datetime, last: date | datetime) -> tuple[str, ...]:
        """Messages for the uncovered years between two days (inclusive, either order)."""
        lo, hi = sorted((london_date(first).year, london_date(last).year))
        spans: list[tuple[int, int]] = []
        if lo < self._first_year:
            spans.append((lo, min(hi, self._first_year - 1)))
        if hi > self._last_year:
            spans.append((max(lo, self._last_year + 1), hi))
        skipped = "weekends and local override days" if self._extra else "weekends"
        covered = _year_span(self._first_year, self._last_year)
        return tuple(
            f"Bank holidays for {_year_span(a, b)} are not in the calendar (it covers "
            f"{covered}): only {skipped} were skipped, so the true date may be later."
            for a, b in spans
        )

    def holidays_in_year(self, year: int) -> Mapping[date, str]:
        """The non-working bank holidays of ``year`` (date -> name), overrides applied."""
        found = self._holidays_by_year.get(year)
        if found is None:
            days: dict[date, str] = {}
            if self._first_year <= year <= self._last_year:
                days.update(_package_holidays(year))
            days.update((d, name) for d, name in self._extra.items() if d.year == year)
            for d in self._removed:
                days.pop(d, None)
            found = MappingProxyType(days)
            self._holidays_by_year[year] = found
        return found

    def holiday_name(self, day: date | datetime) -> str | None:
        """The bank holiday's name, or None on an ordinary day (or an uncovered year)."""
        d = london_date(day)
        return self.holidays_in_year(d.year).get(d)

    def is_working_day(self, day: date | datetime) -> bool:
        d = london_date(day)
        return d.weekday() < _SATURDAY and d not in self.holidays_in_year(d.year)

    def _workdays(self, year: int) -> list[int]:
        found = self._workdays_by_year.get(year)
        if found is None:
            holiday_ordinals = {d.toordinal() for d in self.holidays_in_year(year)}
            first = date(year, 1, 1).toordinal()
            last = date(year, 12, 31).toordinal()
            found = [
                o
                for o in range(first, last + 1)
                if (o - 1) % 7 < _SATURDAY and o not in holiday_ordinals
            ]
            self._workdays_by_year[year] = found
        return found

    def add_working_days(self, day: date | datetime, n: int) -> date:
        """The ``n``-th working day strictly after the calendar day ``day`` (n >= 1).

        Says nothing about coverage: use ``coverage_warnings`` or ``due_end_of_working_days``.
        """
        if n < 1:
            raise ValueError(f"number of working days must be at least 1, not {n}")
        d = london_date(day)
        year = d.year
        workdays = self._workdays(year)
        index = bisect_right(workdays, d.toordinal()) + n - 1
        while index >= len(workdays):
            index -= len(workdays)
            year += 1
            workdays = self._workdays(year)
        return date.fromordinal(workdays[index])

    def working_days_between(self, a: date | datetime, b: date | datetime) -> int:
        """Signed count of working days after ``a``'s day up to and including ``b``'s day.

        Positive when ``b`` is later, negative when earlier, 0 on the same day, so that
        ``working_days_between(d, add_working_days(d, n)) == n``. For a deadline ``due`` and a
        moment ``now`` after it, ``working_days_between(due, now)`` is "overdue by N working
        days". Like ``add_working_days``, it does not report coverage.
        """
        start, end = london_date(a), london_date(b)
        if start == end:
            return 0
        if end < start:
            return -self._count_after_to(end, start)
        return self._count_after_to(start, end)

    def _count_after_to(self, start: date, end: date) -> int:
        # Working days in the half-open span (start, end], start < end.
        workdays = self._workdays(start.year)
        total = -bisect_right(workdays, start.toordinal())
        for year in range(start.year, end.year):
            total += len(workdays)
            workdays = self._workdays(year + 1)
        return total + bisect_right(workdays, end.toordinal())

    def due_end_of_working_days(self, event_at: datetime | date, n: int) -> DueTime:
        """Turn "within ``n`` working days of an event" into an exact deadline.

        23:59:59 Europe/London on the ``n``-th working day strictly after the London
        calendar day on which ``event_at`` occurred. Thursday 24 Dec 2026, n=1 -> Tuesday
        29 Dec 2026 23:59:59+00:00. Warns when any day after the event day up to the due day
        lies outside coverage.
        """
        day = london_date(event_at)
        key = (day, n)
        # The obligation engine asks for the same few thousand (day, n) pairs over and over;
        # DueTime is immutable, so one instance can answer them all.
        found = self._due_cache.get(key)
        if found is None:
            due_day = self.add_working_days(day, n)
            warnings: tuple[str, ...] = ()
            if day.year < self._first_year or due_day.year > self._last_year:
                warnings = self.coverage_warnings(day + timedelta(1), due_day)
            found = DueTime(end_of_day(due_day), warnings)
            if len(self._due_cache) >= _DUE_CACHE_LIMIT:
                self._due_cache.clear()
            self._due_cache[key] = found
        return found

    def add_calendar_days(self, event_at: datetime | date, n: int) -> DueTime:
        """Turn "no sooner than ``n`` calendar days after an event" into an exact earliest time.

        00:00:00 Europe/London at the start of the London calendar day ``n`` days after the
        day of ``event_at`` (n >= 0): an RG decision on 1 March gives a conclusive grounds
        decision no sooner than 31 March 00:00, and a recovery period lasting at least until
        then. The time of day of the event is ignored, as for working days. Calendar days need
        no holiday data, so ``warnings`` is always empty; the type matches the other due
        computations so callers treat them alike.
        """
        if n < 0:
            raise ValueError(f"number of calendar days must not be negative, not {n}")
        return DueTime(start_of_day(london_date(event_at) + timedelta(days=n)))
