"""The victim record (child status, enhanced rights, safe contact) and the case header."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from msvlo_desktop.core.case import (
    Contact,
    contact_history,
    parse_case_header,
    parse_contact,
    parse_reference,
)
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.victim import parse_victim, victim_from_json

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def victim(**fields: Any) -> Any:
    return parse_victim({"name": "王伟 (Wang Wei)", "pseudonym": "V8", **fields}, today=TODAY)


def fields_of(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in exc.value.problems}


def test_age_from_date_of_birth_or_claimed_age() -> None:
    v = victim(date_of_birth="2009-11-21")
    assert v.age_on(TODAY) == 16 and v.is_child(TODAY)
    assert not v.is_child(date(2027, 11, 21))  # the 18th birthday
    claimed = victim(claimed_age=17)
    assert claimed.age_on(date(2027, 3, 1), opened_on=date(2026, 3, 1)) == 18
    assert claimed.is_child(TODAY, opened_on=date(2026, 3, 1))
    assert victim().age_on(TODAY) is None and not victim().is_child(TODAY)


def test_age_disputed_is_a_child_until_assessed() -> None:
    v = victim(claimed_age=24, age_disputed=True)
    assert v.is_child(TODAY) and v.has_enhanced_rights(TODAY)


def test_enhanced_rights_by_default_and_off_only_with_a_reason() -> None:
    assert victim().has_enhanced_rights(TODAY)
    with pytest.raises(ValidationError) as caught:
        victim(enhanced_rights={"eligible": False, "categories": []})
    assert "enhanced_rights.reason_not_eligible" in fields_of(caught)
    off = victim(
        enhanced_rights={"eligible": False, "categories": [], "reason_not_eligible": "Assessed."}
    )
    assert not off.has_enhanced_rights(TODAY)
    assert off.to_json()["enhanced_rights"]["reason_not_eligible"] == "Assessed."


@pytest.mark.parametrize(
    "age", [{"date_of_birth": "2012-01-01"}, {"claimed_age": 30, "age_disputed": True}]
)
def test_a_child_keeps_enhanced_rights(age: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        victim(**age, enhanced_rights={"eligible": False, "reason_not_eligible": "No."})
    assert fields_of(caught) == {"enhanced_rights.eligible"}


def test_the_safe_contact() -> None:
    v = victim(safe_contact={"phone": "07700 900123", "method": "text", "notes": "after 6pm"})
    assert v.safe_contact is not None and v.safe_contact.phone == "+447700900123"
    with pytest.raises(ValidationError) as caught:
        victim(safe_contact={"method": "phone"})
    assert fields_of(caught) == {"safe_contact.phone"}
    with pytest.raises(ValidationError) as caught:
        victim(safe_contact={"phone": "12", "method": "phone"})
    assert fields_of(caught) == {"safe_contact.phone"}
    with pytest.raises(ValidationError) as caught:
        victim(safe_contact={"phone": "07700 900123", "method": "pigeon"})
    assert fields_of(caught) == {"safe_contact.method"}
    by_worker = victim(safe_contact={"method": "via_support_worker"})
    assert by_worker.safe_contact is not None and by_worker.safe_contact.phone is None


def test_update_preferences_and_opt_out() -> None:
    v = victim(
        update_preferences={
            "every_days": 14,
            "method": "phone",
            "opted_out": True,
            "opted_out_on": "2026-04-01",
            "opt_out_reason": "Wants to move on.",
        }
    )
    prefs = v.update_preferences
    assert prefs.opted_out and prefs.opted_out_on == date(2026, 4, 1)
    with pytest.raises(ValidationError) as caught:
        victim(update_preferences={"every_days": 0})
    assert fields_of(caught) == {"update_preferences.every_days"}


def test_victim_problems_are_all_reported() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_victim(
            {"name": "", "pseudonym": 1, "languages": ["Vietnamese"], "colour": "red"},
            today=TODAY,
        )
    assert fields_of(caught) == {"name", "pseudonym", "languages[0]", "colour"}


def test_future_date_of_birth_is_refused() -> None:
    with pytest.raises(ValidationError, match="cannot be in the future"):
        victim(date_of_birth="2027-01-01")


def test_victim_json_round_trip() -> None:
    v = victim(
        date_of_birth="1988-02-29",
        nationality="cn",
        languages=["zh", "en", "zh"],
        interpreter_required=True,
        placement_address="10 Sample Close",
    )
    again = victim_from_json(v.to_json())
    assert again == v
    assert v.nationality == "CN" and v.languages == ("zh", "en")


def header(**changes: Any) -> dict[str, Any]:
    return {
        "reference": "KESTREL-0042",
        "opened_on": "2026-03-02",
        "crime_reported_at": "2026-03-02T09:15:00+00:00",
        "exploitation_types": ["labour"],
        "victim": {"name": "Łukasz Wiśniewski", "pseudonym": "V4"},
        "contacts": [{"role": "spoc", "name": "PC 1234 A. Smith", "from": "2026-03-02"}],
        **changes,
    }


def test_the_case_header() -> None:
    case = parse_case_header(header(), now=NOW)
    assert case.reference == "KESTREL-0042" and case.opened_on == date(2026, 3, 2)
    assert parse_case_header(case.header_json(), now=NOW) == case


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reference": "has spaces"}, "reference"),
        ({"opened_on": "2027-01-01"}, "opened_on"),
        ({"crime_reported_at": "2027-01-01T00:00:00Z"}, "crime_reported_at"),
        ({"exploitation_types": ["fishing"]}, "exploitation_types"),
        ({"contacts": [{"role": "chief", "name": "x"}]}, "contacts[0].role"),
        (
            {"contacts": [{"role": "spoc", "name": "x", "from": "2026-05-01", "to": "2026-04-01"}]},
            "contacts[0].to",
        ),
        ({"contacts": [{"role": "spoc", "name": "x", "email": "nope"}]}, "contacts[0].email"),
    ],
)
def test_bad_case_headers(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_case_header(header(**changes), now=NOW)
    assert field in fields_of(caught)


def test_references() -> None:
    assert parse_reference("KESTREL-0042") == "KESTREL-0042"
    assert parse_reference("op/2026.1_a") == "op/2026.1_a"
    for bad in ("-starts-with-dash", "x" * 65, "ünïcode"):
        with pytest.raises(ValidationError):
            parse_reference(bad)


def test_spoc_history_ends_the_previous_spoc() -> None:
    first = parse_contact({"role": "spoc", "name": "PC 1234 A. Smith", "from": "2026-03-02"})
    lead = parse_contact({"role": "lead_investigator", "name": "DS 2210 R. Patel"})
    new = Contact("spoc", "PC 3390 L. Hughes")
    history = contact_history([first, lead], [("e1", date(2026, 5, 1), new)])
    assert history.current_in_role("spoc", date(2026, 4, 30)).name == "PC 1234 A. Smith"
    now_spoc = history.current_in_role("spoc", date(2026, 5, 2))
    assert now_spoc is not None and now_spoc.name == "PC 3390 L. Hughes"
    assert now_spoc.source_entry == "e1"
    assert [c.to_date for c in history.in_role("spoc")] == [date(2026, 5, 1), None]
    assert history.current_in_role("lead_investigator", date(2026, 5, 2)) == lead
