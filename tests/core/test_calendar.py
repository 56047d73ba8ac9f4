"""Working-day calendar: hand-worked due times (RULES.md section 1) and properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from importlib.metadata import version

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from msvlo_desktop.core.calendar import (
    COVERAGE_FIRST_YEAR,
    COVERAGE_LAST_YEAR,
    LONDON,
    REVIEWED_HOLIDAYS_VERSION,
    DueTime,
    WorkingDayCalendar,
    london_date,
)

CAL = WorkingDayCalendar()
GMT = timedelta(0)
BST = timedelta(hours=1)


def ldn(y: int, m: int, d: int, hh: int = 10, mm: int = 0, ss: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, ss, tzinfo=LONDON)


def utc(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


# (what, event, N, due London day, UTC offset of the due time). Every due day worked out by
# hand from the gov.uk bank holiday lists, not by the code under test.
DUE_CASES = [
    # RULES.md section 1 examples.
    ("Mon 10:00 N=1 -> Tue", ldn(2026, 11, 9), 1, date(2026, 11, 10), GMT),
    ("Mon 10:00 N=5 -> next Mon", ldn(2026, 11, 9), 5, date(2026, 11, 16), GMT),
    ("summer Mon N=1 -> Tue", ldn(2026, 6, 8), 1, date(2026, 6, 9), BST),
    ("summer Mon N=5 -> next Mon", ldn(2026, 6, 8), 5, date(2026, 6, 15), BST),
    ("Fri 23:30 N=1 -> Mon", ldn(2026, 11, 13, 23, 30), 1, date(2026, 11, 16), GMT),
    ("Fri 23:59:59 N=1 -> Mon", ldn(2026, 11, 13, 23, 59, 59), 1, date(2026, 11, 16), GMT),
    ("Fri 23:30, Mon Spring BH -> Tue", ldn(2026, 5, 22, 23, 30), 1, date(2026, 5, 26), BST),
    ("Fri 23:30, Mon Late Summer BH -> Tue", ldn(2026, 8, 28, 23, 30), 1, date(2026, 9, 1), BST),
    ("Sat N=1 -> Mon", ldn(2026, 11, 14), 1, date(2026, 11, 16), GMT),
    ("Sun N=1 -> Mon", ldn(2026, 11, 15, 18), 1, date(2026, 11, 16), GMT),
    ("Sat N=5 -> Fri", ldn(2026, 11, 14), 5, date(2026, 11, 20), GMT),
    ("Sun 00:00 N=1 -> Mon", ldn(2026, 11, 15, 0), 1, date(2026, 11, 16), GMT),
    # Christmas 2026: 25 Fri, 26-27 weekend, 28 Mon substitute Boxing Day, 1 Jan Fri.
    ("Thu 24 Dec 2026 N=1", ldn(2026, 12, 24), 1, date(2026, 12, 29), GMT),
    ("Thu 24 Dec 2026 N=2", ldn(2026, 12, 24), 2, date(2026, 12, 30), GMT),
    ("Thu 24 Dec 2026 N=5", ldn(2026, 12, 24), 5, date(2027, 1, 5), GMT),
    ("Wed 23 Dec 2026 N=1", ldn(2026, 12, 23), 1, date(2026, 12, 24), GMT),
    ("Wed 23 Dec 2026 N=2", ldn(2026, 12, 23), 2, date(2026, 12, 29), GMT),
    ("Christmas Day 2026 N=1", ldn(2026, 12, 25), 1, date(2026, 12, 29), GMT),
    ("Thu 31 Dec 2026 N=1", ldn(2026, 12, 31), 1, date(2027, 1, 4), GMT),
    # Easter 2026: Good Friday 3 Apr, Easter Monday 6 Apr (BST from 29 Mar).
    ("Thu 2 Apr 2026 N=1", ldn(2026, 4, 2), 1, date(2026, 4, 7), BST),
    ("Thu 2 Apr 2026 N=5", ldn(2026, 4, 2), 5, date(2026, 4, 13), BST),
    ("Good Friday 2026 N=1", ldn(2026, 4, 3), 1, date(2026, 4, 7), BST),
    # Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar; clocks go forward on 28 Mar, so
    # a winter event falls due in summer time.
    ("Thu 25 Mar 2027 N=1", ldn(2027, 3, 25, 12), 1, date(2027, 3, 30), BST),
    ("Thu 25 Mar 2027 N=5", ldn(2027, 3, 25, 12), 5, date(2027, 4, 5), BST),
    # Christmas 2027: 25 Sat -> Mon 27 substitute, 26 Sun -> Tue 28 substitute;
    # New Year 2028: Sat 1 Jan -> Mon 3 Jan substitute.
    ("Thu 23 Dec 2027 N=1", ldn(2027, 12, 23), 1, date(2027, 12, 24), GMT),
    ("Thu 23 Dec 2027 N=2", ldn(2027, 12, 23), 2, date(2027, 12, 29), GMT),
    ("Fri 24 Dec 2027 N=1", ldn(2027, 12, 24), 1, date(2027, 12, 29), GMT),
    ("Fri 31 Dec 2027 N=1", ldn(2027, 12, 31), 1, date(2028, 1, 4), GMT),
    # One-off proclaimed days.
    ("Fri before state funeral 2022", ldn(2022, 9, 16), 1, date(2022, 9, 20), BST),
    ("Fri before coronation 2023", ldn(2023, 5, 5), 1, date(2023, 5, 9), BST),
    ("Wed before Platinum Jubilee 2022", ldn(2022, 6, 1), 1, date(2022, 6, 6), BST),
    # Clocks forward Sun 29 Mar 2026 at 01:00 UTC: both events are on Sunday in London.
    ("00:30 UTC 29 Mar 2026 (GMT)", utc(2026, 3, 29, 0, 30), 1, date(2026, 3, 30), BST),
    ("01:30 UTC 29 Mar 2026 (BST)", utc(2026, 3, 29, 1, 30), 1, date(2026, 3, 30), BST),
    ("Fri 27 Mar 2026 -> Mon in BST", ldn(2026, 3, 27, 23, 59, 59), 1, date(2026, 3, 30), BST),
    # Clocks back Sun 25 Oct 2026 at 01:00 UTC (01:30 happens twice in London).
    ("00:30 UTC 25 Oct 2026 (BST)", utc(2026, 10, 25, 0, 30), 1, date(2026, 10, 26), GMT),
    ("01:30 UTC 25 Oct 2026 (GMT)", utc(2026, 10, 25, 1, 30), 1, date(2026, 10, 26), GMT),
    ("Fri 23 Oct 2026 -> Mon in GMT", ldn(2026, 10, 23, 15), 1, date(2026, 10, 26), GMT),
    # 23:30 UTC on Monday 8 Jun 2026 is 00:30 on Tuesday in London: a Tuesday event.
    ("Mon 23:30 UTC summer = Tue", utc(2026, 6, 8, 23, 30), 1, date(2026, 6, 10), BST),
    ("Sun 23:30 UTC summer = Mon", utc(2026, 6, 7, 23, 30), 1, date(2026, 6, 9), BST),
    # Enhanced (1) against standard (5) working days across a bank holiday Monday.
    ("Fri before May Day 2026 N=1", ldn(2026, 5, 1), 1, date(2026, 5, 5), BST),
    ("Fri before May Day 2026 N=5", ldn(2026, 5, 1), 5, date(2026, 5, 11), BST),
    # Right 4 (2 working days) and Right 12 (10 working days).
    ("Thu 24 Dec 2026 N=2", ldn(2026, 12, 24, 9), 2, date(2026, 12, 30), GMT),
    ("Mon 9 Nov 2026 N=10", ldn(2026, 11, 9), 10, date(2026, 11, 23), GMT),
    # A plain date is its own London day.
    ("date Thu 24 Dec 2026 N=1", date(2026, 12, 24), 1, date(2026, 12, 29), GMT),
]


@pytest.mark.parametrize(
    ("event", "n", "due_day", "offset"),
    [c[1:] for c in DUE_CASES],
    ids=[c[0] for c in DUE_CASES],
)
def test_due_end_of_working_days(event: datetime, n: int, due_day: date, offset: timedelta) -> None:
    due = CAL.due_end_of_working_days(event, n)
    assert due == DueTime(
        datetime(due_day.year, due_day.month, due_day.day, 23, 59, 59, tzinfo=LONDON)
    )
    assert due.warnings == ()
    assert due.covered
    assert due.at.tzinfo is LONDON
    assert (due.at.hour, due.at.minute, due.at.second, due.at.microsecond) == (23, 59, 59, 0)
    assert due.at.utcoffset() == offset
    # The same instant written out in UTC, independently of zoneinfo.
    expected_utc = datetime(due_day.year, due_day.month, due_day.day, 23, 59, 59, tzinfo=UTC)
    assert due.at == expected_utc - offset


def test_iso_format_matches_the_cli_contract() -> None:
    due = CAL.due_end_of_working_days(ldn(2026, 12, 24), 1)
    assert due.at.isoformat() == "2026-12-29T23:59:59+00:00"
    assert CAL.due_end_of_working_days(ldn(2026, 6, 8), 1).at.isoformat() == (
        "2026-06-09T23:59:59+01:00"
    )


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 12, 25), "Christmas Day"),
        (date(2026, 12, 28), "Boxing Day (observed)"),
        (date(2027, 12, 27), "Christmas Day (observed)"),
        (date(2027, 12, 28), "Boxing Day (observed)"),
        (date(2028, 1, 3), "New Year's Day (observed)"),
        (date(2026, 4, 3), "Good Friday"),
        (date(2026, 4, 6), "Easter Monday"),
        (date(2027, 3, 26), "Good Friday"),
        (date(2027, 3, 29), "Easter Monday"),
        (date(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
        (date(2023, 5, 8), "Coronation of Charles III"),
        (date(2020, 5, 8), "May Day"),
    ],
)
def test_bank_holidays_are_not_working_days(day: date, name: str) -> None:
    assert CAL.holiday_name(day) == name
    assert not CAL.is_working_day(day)


@pytest.mark.parametrize(
    "day",
    [date(2026, 12, 29), date(2026, 11, 16), date(2020, 5, 4), date(2026, 3, 17)],
)
def test_ordinary_weekdays_are_working_days(day: date) -> None:
    # 4 May 2020 is not a holiday: May Day moved to Friday 8 May for VE Day.
    # 17 March (St Patrick's Day) is a bank holiday only in Northern Ireland.
    assert CAL.holiday_name(day) is None
    assert CAL.is_working_day(day)


def test_weekends_are_not_working_days() -> None:
    assert not CAL.is_working_day(date(2026, 11, 14))
    assert not CAL.is_working_day(date(2026, 11, 15))
    assert CAL.holiday_name(date(2026, 11, 14)) is None


def test_is_working_day_uses_the_london_day_of_a_datetime() -> None:
    # Sunday 23:30 UTC in summer is Monday 00:30 in London.
    assert CAL.is_working_day(utc(2026, 6, 7, 23, 30))
    assert not CAL.is_working_day(utc(2026, 6, 7, 22, 30))


def test_add_working_days() -> None:
    assert CAL.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)
    assert CAL.add_working_days(date(2026, 12, 24), 5) == date(2027, 1, 5)
    assert CAL.add_working_days(date(2026, 11, 13), 1) == date(2026, 11, 16)
    # 253 working days in 2026 (261 weekdays less 8 weekday bank holidays): the last one is
    # Thursday 31 Dec 2026.
    assert CAL.add_working_days(date(2025, 12, 31), 253) == date(2026, 12, 31)
    assert CAL.add_working_days(date(2025, 12, 31), 254) == date(2027, 1, 4)


@pytest.mark.parametrize("n", [0, -1])
def test_working_days_must_be_positive(n: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        CAL.add_working_days(date(2026, 1, 5), n)
    with pytest.raises(ValueError, match="at least 1"):
        CAL.due_end_of_working_days(ldn(2026, 1, 5), n)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        CAL.due_end_of_working_days(datetime(2026, 1, 5, 10), 1)
    with pytest.raises(ValueError, match="no time zone"):
        london_date(datetime(2026, 1, 5, 10))


def test_working_days_between() -> None:
    due = CAL.due_end_of_working_days(ldn(2026, 12, 24), 1).at  # Tue 29 Dec
    assert CAL.working_days_between(due, ldn(2026, 12, 31, 10)) == 2  # overdue by Wed, Thu
    assert CAL.working_days_between(ldn(2026, 12, 31, 10), due) == -2
    assert CAL.working_days_between(due, ldn(2026, 12, 29, 8)) == 0
    assert CAL.working_days_between(date(2027, 1, 1), date(2027, 1, 3)) == 0
    assert CAL.working_days_between(date(2026, 12, 24), date(2026, 12, 29)) == 1
    assert CAL.working_days_between(date(2025, 12, 31), date(2026, 12, 31)) == 253
    assert CAL.working_days_between(date(2026, 12, 31), date(2025, 12, 31)) == -253
    # A UTC moment late on Monday is Tuesday in London.
    assert CAL.working_days_between(date(2026, 6, 8), utc(2026, 6, 8, 23, 30)) == 1


def test_add_calendar_days_is_the_start_of_the_london_day() -> None:
    # RG decision on Sunday 1 Mar 2026 (GMT): CG no sooner than 31 Mar 2026 00:00 BST.
    cg = CAL.add_calendar_days(ldn(2026, 3, 1, 15), 30)
    assert cg == DueTime(datetime(2026, 3, 31, 0, 0, tzinfo=LONDON))
    assert cg.at.utcoffset() == BST
    assert cg.at == utc(2026, 3, 30, 23)
    # 1 Oct 2026 (BST) + 30 -> 31 Oct 2026 00:00, after the clocks went back on 25 Oct: GMT.
    recovery = CAL.add_calendar_days(ldn(2026, 10, 1, 10), 30)
    assert recovery.at == datetime(2026, 10, 31, 0, 0, tzinfo=LONDON)
    assert recovery.at.utcoffset() == GMT
    # 23:30 UTC on 30 Jun is 1 Jul in London: +30 -> 31 Jul.
    late = CAL.add_calendar_days(utc(2026, 6, 30, 23, 30), 30)
    assert late.at == datetime(2026, 7, 31, 0, 0, tzinfo=LONDON)
    assert late.at.isoformat() == "2026-07-31T00:00:00+01:00"
    assert CAL.add_calendar_days(date(2026, 3, 1), 0).at == datetime(2026, 3, 1, tzinfo=LONDON)
    # Outside coverage too: calendar days need no holiday data.
    assert CAL.add_calendar_days(date(2040, 1, 1), 30).warnings == ()
    with pytest.raises(ValueError, match="negative"):
        CAL.add_calendar_days(date(2026, 3, 1), -1)


# Coverage.


def test_a_due_time_after_coverage_is_flagged_and_skips_only_weekends() -> None:
    assert COVERAGE_LAST_YEAR == 2028
    # Sunday 31 Dec 2028, N=1: Monday 1 Jan 2029 is New Year's Day, but 2029 is not covered,
    # so the answer is that Monday, early rather than late, with a warning.
    due = CAL.due_end_of_working_days(ldn(2028, 12, 31), 1)
    assert due.at == datetime(2029, 1, 1, 23, 59, 59, tzinfo=LONDON)
    assert not due.covered
    assert len(due.warnings) == 1
    assert "2029" in due.warnings[0]
    assert "2000-2028" in due.warnings[0]


def test_a_due_time_before_coverage_is_flagged() -> None:
    # Christmas Day 1999 is skipped only as a Saturday; Monday 27 Dec 1999 was a bank
    # holiday but the calendar does not claim to know it.
    due = CAL.due_end_of_working_days(ldn(1999, 12, 24), 1)
    assert due.at == datetime(1999, 12, 27, 23, 59, 59, tzinfo=LONDON)
    assert due.warnings and "1999" in due.warnings[0]
    assert not CAL.covers(date(1999, 12, 31))
    assert CAL.covers(date(2000, 1, 1))
    assert CAL.covers(utc(2028, 12, 31, 23, 30))
    assert not CAL.covers(date(2029, 1, 1))
    assert CAL.holiday_name(date(2035, 12, 25)) is None


def test_coverage_warnings_name_each_uncovered_span() -> None:
    assert CAL.coverage_warnings(date(2021, 1, 1), date(2028, 12, 31)) == ()
    spans = CAL.coverage_warnings(date(2031, 5, 1), date(1998, 5, 1))
    assert len(spans) == 2
    assert "1998-1999" in spans[0]
    assert "2029-2031" in spans[1]


def test_coverage_can_be_narrowed() -> None:
    cal = WorkingDayCalendar(first_year=2026, last_year=2026)
    # The N=1 due time crosses into 2027, whose holidays this calendar does not trust.
    assert cal.due_end_of_working_days(ldn(2026, 12, 24), 1).covered
    due = cal.due_end_of_working_days(ldn(2026, 12, 24), 5)
    assert due.at == datetime(2027, 1, 4, 23, 59, 59, tzinfo=LONDON)  # 1 Jan 2027 not skipped
    assert due.warnings and "2027" in due.warnings[0]
    with pytest.raises(ValueError, match="empty"):
        WorkingDayCalendar(first_year=2027, last_year=2026)


def test_coverage_was_reviewed_for_the_installed_holidays_package() -> None:
    # Bumping the holidays pin means checking COVERAGE_LAST_YEAR against gov.uk again.
    assert version("holidays") == REVIEWED_HOLIDAYS_VERSION
    assert COVERAGE_FIRST_YEAR == 2000


def test_england_and_wales_share_their_bank_holidays() -> None:
    years = range(COVERAGE_FIRST_YEAR, COVERAGE_LAST_YEAR + 1)
    eng = holidays.country_holidays("GB", subdiv="ENG", years=years)
    wls = holidays.country_holidays("GB", subdiv="WLS", years=years)
    assert sorted(eng) == sorted(wls)


# Local overrides.


def test_extra_holidays_are_skipped() -> None:
    cal = WorkingDayCalendar({date(2026, 12, 29): "Hypothetical proclaimed day"})
    assert cal.holiday_name(date(2026, 12, 29)) == "Hypothetical proclaimed day"
    assert cal.due_end_of_working_days(ldn(2026, 12, 24), 1).at == datetime(
        2026, 12, 30, 23, 59, 59, tzinfo=LONDON
    )
    # The shared default calendar is not affected.
    assert CAL.is_working_day(date(2026, 12, 29))


def test_extra_holidays_apply_outside_coverage_and_say_so() -> None:
    cal = WorkingDayCalendar({date(2029, 1, 1): "New Year's Day"})
    due = cal.due_end_of_working_days(ldn(2028, 12, 31), 1)
    assert due.at == datetime(2029, 1, 2, 23, 59, 59, tzinfo=LONDON)
    assert due.warnings and "local override days" in due.warnings[0]


def test_removed_holidays_become_working_days() -> None:
    cal = WorkingDayCalendar(removed_holidays=[date(2026, 12, 28)])
    assert cal.holiday_name(date(2026, 12, 28)) is None
    assert cal.due_end_of_working_days(ldn(2026, 12, 24), 1).at == datetime(
        2026, 12, 28, 23, 59, 59, tzinfo=LONDON
    )


def test_bad_overrides_are_refused() -> None:
    with pytest.raises(ValueError, match="both added and removed"):
        WorkingDayCalendar({date(2026, 6, 1): "x"}, [date(2026, 6, 1)])
    with pytest.raises(ValueError, match="plain dates"):
        WorkingDayCalendar({datetime(2026, 6, 1, tzinfo=UTC): "x"})


# Properties. An independent oracle: the holidays package asked directly, day by day.

_ORACLE = holidays.country_holidays(
    "GB", subdiv="ENG", years=range(COVERAGE_FIRST_YEAR, COVERAGE_LAST_YEAR + 1), expand=False
)


def _oracle_working_day(d: date, extra: frozenset[date] = frozenset()) -> bool:
    return d.weekday() < 5 and d not in _ORACLE and d not in extra


def _oracle_add(d: date, n: int, extra: frozenset[date] = frozenset()) -> date:
    while n:
        d += timedelta(days=1)
        if _oracle_working_day(d, extra):
            n -= 1
    return d


# Events whose due day stays inside coverage (10 working days fit in December 2028).
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2028, 12, 1), timezones=st.just(UTC)
)
# Room for up to 20 local override days as well.
early_moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2028, 10, 1), timezones=st.just(UTC)
)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2028, 12, 1))
counts = st.integers(min_value=1, max_value=10)


@given(moments, counts)
def test_due_day_is_a_working_day_and_matches_the_oracle(event: datetime, n: int) -> None:
    due = CAL.due_end_of_working_days(event, n)
    due_day = due.at.date()
    assert due_day.weekday() < 5
    assert due_day not in _ORACLE
    assert CAL.is_working_day(due_day)
    assert due_day == _oracle_add(event.astimezone(LONDON).date(), n)
    assert (due.at.hour, due.at.minute, due.at.second) == (23, 59, 59)
    assert due.covered


@given(moments)
def test_enhanced_is_never_later_than_standard(event: datetime) -> None:
    enhanced = CAL.due_end_of_working_days(event, 1)
    standard = CAL.due_end_of_working_days(event, 5)
    assert enhanced.at < standard.at


@given(moments, moments, counts)
def test_a_later_event_never_gets_an_earlier_due_time(a: datetime, b: datetime, n: int) -> None:
    first, second = sorted((a, b))
    assert CAL.due_end_of_working_days(first, n).at <= CAL.due_end_of_working_days(second, n).at


@given(moments, counts)
def test_due_is_strictly_after_the_event_day(event: datetime, n: int) -> None:
    due = CAL.due_end_of_working_days(event, n)
    assert due.at.date() > london_date(event)
    assert due.at > event
    assert CAL.working_days_between(event, due.at) == n


@given(st.dictionaries(days, st.just("Local day"), max_size=20), early_moments, counts)
def test_local_override_days_are_skipped(extra: dict[date, str], event: datetime, n: int) -> None:
    cal = WorkingDayCalendar(extra)
    due_day = cal.due_end_of_working_days(event, n).at.date()
    assert due_day not in extra
    assert due_day == _oracle_add(london_date(event), n, frozenset(extra))


@given(days, days)
def test_working_days_between_matches_a_day_by_day_count(a: date, b: date) -> None:
    lo, hi = sorted((a, b))
    if (hi - lo).days > 400:
        hi = lo + timedelta(days=400)
    count = sum(_oracle_working_day(lo + timedelta(days=i)) for i in range(1, (hi - lo).days + 1))
    assert CAL.working_days_between(lo, hi) == count
    assert CAL.working_days_between(hi, lo) == -count


@given(days)
def test_is_working_day_matches_the_oracle(d: date) -> None:
    assert CAL.is_working_day(d) == _oracle_working_day(d)


@given(moments, st.integers(min_value=0, max_value=60))
def test_calendar_days_start_at_london_midnight(event: datetime, n: int) -> None:
    earliest = CAL.add_calendar_days(event, n).at
    assert (earliest.hour, earliest.minute, earliest.second) == (0, 0, 0)
    assert earliest.date() == london_date(event) + timedelta(days=n)
    assert earliest.tzinfo is LONDON
