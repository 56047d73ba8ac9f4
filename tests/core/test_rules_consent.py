"""Consent before a referral (rules table ``nrm.referral_consent``), judged on the entry's
date; history in a bundle warned about rather than refused; a child's enhanced-rights
category derived."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from msvlo_desktop.core.bundle import BundleError, parse_bundle
from msvlo_desktop.core.checklists import NOT_DONE, case_checklists
from msvlo_desktop.core.entries import EntryContext, validate_entry
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.victim import Victim, parse_victim

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
ADULT = Victim(name="Test Victim", pseudonym="V1", claimed_age=30)
DISPUTED = Victim(name="Test Victim", pseudonym="V1", claimed_age=19, age_disputed=True)


def referral(service: str, **data: Any) -> dict[str, Any]:
    return {
        "type": "referral",
        "occurred_at": "2026-11-03T10:00:00+00:00",
        "author": "PC 1234 A. Smith",
        "service": service,
        **data,
    }


def make(raw: dict[str, Any], v: Victim = ADULT) -> Any:
    return validate_entry(raw, EntryContext(now=NOW, victim=v, opened_on=date(2026, 11, 2)))


def refusal(raw: dict[str, Any], v: Victim = ADULT) -> str:
    with pytest.raises(ValidationError) as caught:
        make(raw, v)
    message = caught.value.for_field("consent")
    assert message is not None, caught.value.problems
    return message


# ------------------------------------------------------------- made in the application
def test_an_adult_nrm_referral_without_consent_is_refused() -> None:
    message = refusal(referral("nrm"))
    assert "informed written consent" in message
    assert "Duty to Notify referral instead" in message


def test_an_adult_who_does_not_consent_gets_a_duty_to_notify_instead() -> None:
    message = refusal(referral("nrm", consent=False))
    assert "does not consent" in message and "Duty to Notify referral instead" in message
    assert make(referral("duty_to_notify", consent=False)).data["service"] == "duty_to_notify"


def test_an_adult_nrm_referral_with_consent_is_accepted() -> None:
    assert make(referral("nrm", consent=True, written_consent=True)).data["consent"] is True


def test_a_child_or_age_disputed_victim_needs_no_consent() -> None:
    child = Victim(name="Test Victim", pseudonym="V1", claimed_age=15)
    assert make(referral("nrm"), child).data["service"] == "nrm"
    assert make(referral("nrm"), DISPUTED).data["service"] == "nrm"


def test_an_imsa_referral_needs_consent() -> None:
    assert "IMSA referral needs the victim's consent" in refusal(referral("imsa"))
    assert "IMSA" in refusal(referral("imsa", consent=False))
    assert make(referral("imsa", consent=True)).data["consent"] is True


def test_child_is_judged_as_at_the_entry_date() -> None:
    # 18 on Tuesday 10 November 2026: a referral the day before is a child's.
    v = Victim(name="Test Victim", pseudonym="V1", date_of_birth=date(2008, 11, 10))
    assert make({**referral("nrm"), "occurred_at": "2026-11-09T10:00:00+00:00"}, v)
    with pytest.raises(ValidationError):
        make({**referral("nrm"), "occurred_at": "2026-11-10T10:00:00+00:00"}, v)


def test_a_correction_of_an_adult_nrm_referral_cannot_remove_the_consent() -> None:
    ctx = EntryContext(now=NOW, victim=ADULT, opened_on=date(2026, 11, 2))
    original = validate_entry(referral("nrm", consent=True), ctx)
    ctx.existing = {original.id: original}
    with pytest.raises(ValidationError) as caught:
        validate_entry(
            {
                "type": "correction",
                "occurred_at": "2026-11-04T10:00:00+00:00",
                "author": "PC 1234 A. Smith",
                "corrects": original.id,
                "reason": "Consent was not in fact given",
                "replacement": {"service": "nrm", "consent": None},
            },
            ctx,
        )
    assert caught.value.for_field("replacement.consent") is not None


# ------------------------------------------------------------- history in a bundle
def bundle(*log: dict[str, Any], victim: dict[str, Any] | None = None) -> str:
    entries = [
        {
            "id": f"e{i}",
            "recorded_at": e["occurred_at"],
            "sensitive": False,
            **e,
        }
        for i, e in enumerate(log, 1)
    ]
    return json.dumps(
        {
            "format": "msvlo-case-bundle",
            "version": 1,
            "case": {
                "reference": "KESTREL-0042",
                "opened_on": "2026-11-02",
                "victim": victim or {"name": "Test Victim", "pseudonym": "V1", "claimed_age": 30},
                "log": entries,
            },
        }
    )


def test_history_with_consent_unrecorded_is_imported_with_a_warning() -> None:
    parsed = parse_bundle(bundle(referral("nrm")), now=NOW)
    assert [e.id for e in parsed.entries] == ["e1"]
    [warning] = parsed.warnings
    assert "e1" in warning and "consent not recorded" in warning
    assert "checklist" in warning
    # The checklist carries it as outstanding until a correction records the consent.
    lists = {c.id: c for c in case_checklists(parsed.case, parsed.entries, NOW)}
    item = lists["msvlo_role"].item("nrm_entry")
    assert (item.status, item.entry_id) == (NOT_DONE, "e1")
    assert "Consent is not recorded on the NRM referral of 03/11/2026" in (item.note or "")


def test_history_with_consent_refused_stays_refused() -> None:
    with pytest.raises(BundleError) as caught:
        parse_bundle(bundle(referral("nrm", consent=False)), now=NOW)
    assert caught.value.for_field("case.log[0].consent") is not None


def test_history_with_consent_given_brings_no_warning() -> None:
    parsed = parse_bundle(bundle(referral("nrm", consent=True)), now=NOW)
    assert parsed.warnings == ()
    lists = {c.id: c for c in case_checklists(parsed.case, parsed.entries, NOW)}
    assert lists["msvlo_role"].item("nrm_entry").done


# ------------------------------------------------------------- a child's enhanced rights
def test_a_child_s_enhanced_rights_category_is_derived() -> None:
    for extra in ({"claimed_age": 15}, {"claimed_age": 19, "age_disputed": True}):
        v = parse_victim(
            {"name": "A", "pseudonym": "B", "enhanced_rights": {"eligible": True}, **extra},
            today=date(2026, 11, 20),
            opened_on=date(2026, 11, 2),
        )
        assert v.enhanced_rights.categories == ("under_18",)


def test_an_adult_still_names_the_category() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_victim(
            {"name": "A", "pseudonym": "B", "claimed_age": 30, "enhanced_rights": {}},
            today=date(2026, 11, 20),
        )
    assert caught.value.for_field("enhanced_rights.categories") == (
        "Say which category makes the victim eligible."
    )
