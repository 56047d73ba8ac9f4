"""Typed dates in the forms: hand-written expected values."""

from __future__ import annotations

from datetime import date

import pytest

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.typed_dates import date_words, full_year, typed_date

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("07/01/2027", date(2027, 1, 7)),  # never 07/01/2026
        ("7/1/2027", date(2027, 1, 7)),
        ("8/12/26", date(2026, 12, 8)),
        ("08/12/26", date(2026, 12, 8)),
        ("2027-12-07", date(2027, 12, 7)),
        (" 24/03/2026 ", date(2026, 3, 24)),
        ("1/2/85", date(1985, 2, 1)),  # a date of birth
        ("29/02/2028", date(2028, 2, 29)),
        ("7.12.2027", date(2027, 12, 7)),
    ],
)
def test_typed_dates_are_read_day_first(raw: str, expected: date) -> None:
    assert typed_date(raw, "Date of birth", TODAY) == expected


@pytest.mark.parametrize(
    ("yy", "year"),
    [(85, 1985), (26, 2026), (0, 2000), (45, 2045), (46, 1946), (99, 1999), (30, 2030)],
)
def test_a_two_digit_year_is_within_80_years_before_and_20_after(yy: int, year: int) -> None:
    assert full_year(yy, TODAY) == year


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("31/02/2027", "Next contact: '31/02/2027' is not a real date"),
        ("13/13/13", "Next contact: '13/13/13' is not a real date"),
        ("tomorrow", "Next contact: 'tomorrow' is not a date; type it as"),
        ("7/12", "Next contact: '7/12' is not a date"),
        ("", "Next contact is required."),
        ("01/01/1899", "Next contact must be between 01/01/1900 and 31/12/2100"),
    ],
)
def test_what_is_not_a_date_is_refused_naming_the_field(raw: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        typed_date(raw, "Next contact", TODAY)
    assert str(caught.value.problems[0].message).startswith(message)


def test_the_date_in_full() -> None:
    assert date_words(date(2027, 12, 7)) == "Tuesday 7 December 2027"
    assert date_words(date(1985, 2, 1)) == "Friday 1 February 1985"
