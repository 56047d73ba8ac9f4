"""The small value parsers every record is made of: phone numbers, money, dates, text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from msvlo_desktop.core import values as v
from msvlo_desktop.core.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("07700 900123", "+447700900123"),  # UK national, drama range
        ("07700900123", "+447700900123"),
        ("+44 7700 900123", "+447700900123"),
        ("+44 (0)7700 900123", "+447700900123"),
        ("01632 960001", "+441632960001"),  # drama range landline
        ("020 7946 0123", "+442079460123"),  # London drama range
        ("+33 1 23 45 67 89", "+33123456789"),  # France
        ("+84 91 234 56 78", "+84912345678"),  # Viet Nam mobile
        ("+355 69 123 4567", "+355691234567"),  # Albania mobile
        ("  +40 721 234 567 ", "+40721234567"),  # Romania, spaces trimmed
    ],
)
def test_phone_numbers_are_normalised_to_e164(raw: str, expected: str) -> None:
    assert v.phone(raw, "Phone") == expected


@pytest.mark.parametrize("raw", ["12", "0770090012", "+44 123", "not a number", "+999 123456"])
def test_invalid_phone_numbers_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        v.phone(raw, "Safe contact number")
    assert str(caught.value).startswith("Safe contact number")


@pytest.mark.parametrize("raw", [None, "", "   ", 7700900123])
def test_a_required_phone_number_must_be_given_as_text(raw: object) -> None:
    with pytest.raises(ValidationError, match="is required"):
        v.phone(raw, "Phone")


def test_optional_phone_allows_blank() -> None:
    assert v.optional_phone(None, "Phone") is None
    assert v.optional_phone("  ", "Phone") is None
    assert v.optional_phone("07700 900999", "Phone") == "+447700900999"


def test_phone_display_uses_national_format_for_uk_only() -> None:
    assert v.phone_display("+447700900123") == "07700 900123"
    assert v.phone_display("+33123456789") == "+33 1 23 45 67 89"
    assert v.phone_display("garbage") == "garbage"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12.50", Decimal("12.50")),
        ("12.5", Decimal("12.50")),
        ("12", Decimal("12.00")),
        (12, Decimal("12.00")),
        (Decimal("0.01"), Decimal("0.01")),
        ("£1,234.50", Decimal("1234.50")),
        ("£ 7.80", Decimal("7.80")),
        ("0", Decimal("0.00")),
    ],
)
def test_money_is_decimal_pounds_and_pence(raw: object, expected: Decimal) -> None:
    value = v.money(raw, "Value")
    assert value == expected and isinstance(value, Decimal)
    assert v.money_text(value) == str(expected)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (12.5, "not a number"),
        (True, "not a number"),
        ("-1.00", "cannot be negative"),
        (Decimal("-0.01"), "cannot be negative"),
        ("1.005", "two decimal places"),
        (Decimal("0.001"), "two decimal places"),
        ("twelve", "such as 12.50"),
        ("1e3", "such as 12.50"),
        ("NaN", "such as 12.50"),
        ("", "such as 12.50"),
        (None, "such as 12.50"),
        ("2000000", "implausibly large"),
    ],
)
def test_bad_money_is_refused(raw: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        v.money(raw, "Value")


def test_a_comma_is_a_thousands_separator_in_the_right_places_only() -> None:
    # A comma elsewhere is refused, never dropped: "6,85" is not £685.00, "1,2,3" not £123.00.
    assert v.money("1,250", "Value") == Decimal("1250.00")
    assert v.money("£1,000,000.00", "Value") == Decimal("1000000.00")
    for ambiguous in ("6,85", "1,2,3", "12,50", "1,25,000", "12,3456", "1,250,5"):
        with pytest.raises(ValidationError, match=r"Value: .* is not a clear amount"):
            v.money(ambiguous, "Value")


def test_money_for_people() -> None:
    assert v.gbp(Decimal("1234.5")) == "£1,234.50"
    assert v.gbp(Decimal("0")) == "£0.00"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-03-24", date(2026, 3, 24)),
        ("24/03/2026", date(2026, 3, 24)),
        ("1/2/2026", date(2026, 2, 1)),
    ],
)
def test_dates_in_iso_or_uk_form(raw: str, expected: date) -> None:
    assert v.parse_date(raw, "Date") == expected


@pytest.mark.parametrize(
    "raw", ["2026-02-30", "31/04/2026", "03/24/2026", "24-03-2026", "", 20260324]
)
def test_bad_dates_are_refused(raw: object) -> None:
    with pytest.raises(ValidationError):
        v.parse_date(raw, "Date")


def test_datetimes_need_an_offset_and_are_kept_in_utc() -> None:
    summer = v.parse_datetime("2026-07-01T10:00:00+01:00", "When")
    assert summer == datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    assert v.iso(summer) == "2026-07-01T09:00:00+00:00"
    assert v.parse_datetime("2026-07-01T09:00:00.987Z", "When").microsecond == 0
    with pytest.raises(ValidationError, match="time zone"):
        v.parse_datetime("2026-07-01T10:00:00", "When")
    with pytest.raises(ValidationError, match="such as"):
        v.parse_datetime("tomorrow", "When")


def test_future_times_are_refused_after_a_minute_of_grace() -> None:
    now = datetime(2026, 11, 20, 12, tzinfo=UTC)
    v.not_in_future(now + timedelta(seconds=59), now, "When")
    with pytest.raises(ValidationError, match="cannot be in the future"):
        v.not_in_future(now + timedelta(minutes=2), now, "When")
    other_zone = now.astimezone(timezone(timedelta(hours=5)))
    v.not_in_future(other_zone, now, "When")  # the same instant in another zone


def test_text_is_trimmed_normalised_and_checked() -> None:
    assert v.text("  Nguye\u0302\u0303n  ", "Name") == "Nguyễn"  # NFC
    assert v.optional_text("   ", "Notes") is None
    with pytest.raises(ValidationError, match="required"):
        v.text("", "Name")
    with pytest.raises(ValidationError, match="control characters"):
        v.text("hidden\u200btext", "Name")
    with pytest.raises(ValidationError, match="control characters"):
        v.short_text("two\nlines", "Name")
    with pytest.raises(ValidationError, match="too long"):
        v.short_text("x" * 501, "Name")
    with pytest.raises(ValidationError, match="must be text"):
        v.text(42, "Name")


def test_language_and_country_codes() -> None:
    assert v.language("vi", "Language") == "vi"
    assert v.language("zh-Hant", "Language") == "zh-Hant"
    assert v.country("vn", "Nationality") == "VN"
    with pytest.raises(ValidationError):
        v.language("Vietnamese", "Language")
    with pytest.raises(ValidationError):
        v.country("VNM", "Nationality")


def test_choices_and_integers() -> None:
    assert v.choices(["a", "b", "a"], "X", ["a", "b"]) == ["a", "b"]
    with pytest.raises(ValidationError, match="at least one"):
        v.choices([], "X", ["a"], allow_empty=False)
    with pytest.raises(ValidationError, match="whole number"):
        v.integer(True, "Age", minimum=0, maximum=120)
    with pytest.raises(ValidationError, match="between"):
        v.integer(121, "Age", minimum=0, maximum=120)
