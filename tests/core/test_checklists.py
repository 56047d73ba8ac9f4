"""Case checklists derived from the log: adult, child and age-disputed workflows, evidence."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

import pytest

from msvlo_desktop.core.calendar import LONDON
from msvlo_desktop.core.case import Case, Contact
from msvlo_desktop.core.checklists import (
    DONE,
    NOT_APPLICABLE,
    NOT_DONE,
    Checklist,
    case_checklists,
)
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.victim import EnhancedRights, SafeContact, Victim

AT = datetime(2026, 11, 20, 12, tzinfo=UTC)


def ldn(y: int, m: int, d: int, hh: int = 10) -> datetime:
    return datetime(y, m, d, hh, tzinfo=LONDON)


def make_victim(**changes: Any) -> Victim:
    return dataclasses.replace(Victim(name="Test", pseudonym="V1", claimed_age=30), **changes)


def make_case(v: Victim | None = None, **changes: Any) -> Case:
    base = Case(reference="KESTREL-0042", opened_on=date(2026, 11, 2), victim=v or make_victim())
    return base.with_changes(**changes)


class Log:
    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def add(self, entry_id: str, entry_type: str, when: datetime, **data: Any) -> Entry:
        e = Entry(
            id=entry_id,
            type=entry_type,
            occurred_at=when.astimezone(UTC),
            recorded_at=when.astimezone(UTC),
            author="PC 1234 A. Smith",
            data=data,
            seq=len(self.entries) + 1,
        )
        self.entries.append(e)
        return e

    def actions(self, entry_id: str, when: datetime, *actions: str) -> Entry:
        return self.add(
            entry_id, "interaction", when, mode="face_to_face", summary="x", actions=list(actions)
        )


def lists(case: Case, log: Log, at: datetime = AT) -> dict[str, Checklist]:
    return {c.id: c for c in case_checklists(case, log.entries, at)}


def status(checklist: Checklist, item_id: str) -> tuple[str, str | None, int | None]:
    item = checklist.item(item_id)
    return item.status, item.entry_id, item.entry_seq


INITIAL_IDS = [
    "basic_needs_assessment",
    "risk_assessment",
    "interpreter",
    "place_of_safety",
    "duty_inspector_notified",
    "safe_contact_number",
    "officer_contact_given",
    "nrm_or_duty_to_notify",
    "mash",
    "ictg",
]


def test_an_empty_adult_case() -> None:
    found = lists(make_case(), Log())
    assert list(found) == ["initial_actions", "msvlo_role", "victims_code"]
    initial = found["initial_actions"]
    assert [i.id for i in initial.items] == INITIAL_IDS
    assert {i.id: i.status for i in initial.items} == {
        "basic_needs_assessment": NOT_DONE,
        "risk_assessment": NOT_DONE,
        "interpreter": NOT_APPLICABLE,
        "place_of_safety": NOT_DONE,
        "duty_inspector_notified": NOT_DONE,
        "safe_contact_number": NOT_DONE,
        "officer_contact_given": NOT_DONE,
        "nrm_or_duty_to_notify": NOT_DONE,
        "mash": NOT_APPLICABLE,
        "ictg": NOT_APPLICABLE,
    }
    assert initial.item("ictg").note == "The victim is an adult: the ICTG service is for children."
    assert not initial.complete
    assert [i.id for i in found["msvlo_role"].items] == [
        "trust_building",
        "nrm_entry",
        "nrm_explained",
        "msvcc_explained",
        "initial_account",
        "abe_interview",
        "forensic_recovery",
        "spoc",
        "exit_strategy_agreed",
        "partner_support",
    ]
    assert all(i.status == NOT_DONE for i in found["msvlo_role"].items)


def test_items_show_the_entry_that_completed_them() -> None:
    log = Log()
    log.add("n0", "note", ldn(2026, 11, 2, 8), summary="Arrival")
    log.actions("i1", ldn(2026, 11, 2, 9), "basic_needs_assessment", "risk_assessment")
    log.actions("i2", ldn(2026, 11, 2, 11), "risk_assessment", "place_of_safety")
    log.add("n1", "note", ldn(2026, 11, 2, 12), summary="x", actions=["duty_inspector_notified"])
    initial = lists(make_case(), log)["initial_actions"]
    assert status(initial, "basic_needs_assessment") == (DONE, "i1", 2)
    # The first entry showing it counts, not a later repeat.
    assert status(initial, "risk_assessment") == (DONE, "i1", 2)
    assert status(initial, "place_of_safety") == (DONE, "i2", 3)
    assert status(initial, "duty_inspector_notified") == (DONE, "n1", 4)
    note = initial.item("place_of_safety").note
    assert note == "Victim supported into a place of safety: Interaction of 02/11/2026 11:00"


def test_earliest_by_time_not_by_log_order() -> None:
    log = Log()
    log.actions("late_entry", ldn(2026, 11, 5), "risk_assessment")
    log.actions("recorded_later", ldn(2026, 11, 3), "risk_assessment")
    initial = lists(make_case(), log)["initial_actions"]
    assert status(initial, "risk_assessment") == (DONE, "recorded_later", 2)


def test_entries_after_the_evaluation_moment_do_not_count() -> None:
    log = Log()
    log.actions("i1", ldn(2026, 11, 25), "risk_assessment")
    assert status(lists(make_case(), log)["initial_actions"], "risk_assessment")[0] == NOT_DONE
    later = lists(make_case(), log, ldn(2026, 11, 26))["initial_actions"]
    assert status(later, "risk_assessment") == (DONE, "i1", 1)


def test_corrections_are_applied() -> None:
    log = Log()
    log.actions("i1", ldn(2026, 11, 2), "risk_assessment")
    log.add(
        "c1",
        "correction",
        ldn(2026, 11, 3),
        corrects="i1",
        reason="It was the basic needs assessment",
        replacement={
            "type": "interaction",
            "occurred_at": "2026-11-02T10:00:00+00:00",
            "sensitive": False,
            "mode": "face_to_face",
            "summary": "x",
            "actions": ["basic_needs_assessment"],
        },
    )
    initial = lists(make_case(), log)["initial_actions"]
    assert status(initial, "risk_assessment")[0] == NOT_DONE
    assert status(initial, "basic_needs_assessment") == (DONE, "i1", 1)


def test_interpreter_needed_then_arranged() -> None:
    case = make_case(make_victim(interpreter_required=True))
    assert status(lists(case, Log())["initial_actions"], "interpreter")[0] == NOT_DONE
    log = Log()
    log.add(
        "i1",
        "interaction",
        ldn(2026, 11, 2),
        mode="face_to_face",
        summary="Through an interpreter",
        interpreter={"name": "B. Tran", "language": "vi"},
    )
    assert status(lists(case, log)["initial_actions"], "interpreter") == (DONE, "i1", 1)
    log2 = Log()
    log2.actions("a1", ldn(2026, 11, 2), "interpreter_arranged")
    assert status(lists(case, log2)["initial_actions"], "interpreter") == (DONE, "a1", 1)


def test_interpreter_not_required_is_not_applicable() -> None:
    item = lists(make_case(), Log())["initial_actions"].item("interpreter")
    assert item.status == NOT_APPLICABLE
    assert item.note == "The victim's details say no interpreter is needed."


def test_safe_contact_from_the_record_or_an_action() -> None:
    on_record = make_case(make_victim(safe_contact=SafeContact("+447700900123", "phone")))
    item = lists(on_record, Log())["initial_actions"].item("safe_contact_number")
    assert (item.status, item.entry_id, item.note) == (
        DONE,
        None,
        "On the victim's details (phone).",
    )
    log = Log()
    log.actions("i1", ldn(2026, 11, 2), "safe_contact_number")
    assert status(lists(on_record, log)["initial_actions"], "safe_contact_number") == (
        DONE,
        "i1",
        1,
    )


def test_victim_knows_how_to_contact_the_officer() -> None:
    log = Log()
    log.add(
        "sp1",
        "spoc_change",
        ldn(2026, 11, 3),
        contact={"role": "spoc", "name": "PC 9 B. Jones"},
        victim_informed=False,
    )
    found = lists(make_case(), log)
    assert status(found["initial_actions"], "officer_contact_given")[0] == NOT_DONE
    # The SPOC is named even though the victim has not been told yet.
    assert status(found["msvlo_role"], "spoc") == (DONE, "sp1", 1)
    log.add(
        "sp2",
        "spoc_change",
        ldn(2026, 11, 4),
        contact={"role": "spoc", "name": "PC 9 B. Jones"},
        victim_informed=True,
    )
    item = lists(make_case(), log)["initial_actions"].item("officer_contact_given")
    assert (item.status, item.entry_id, item.entry_seq) == (DONE, "sp2", 2)
    assert item.note == "Given the SPOC's details: SPOC change of 04/11/2026 10:00"


def test_spoc_named_on_the_case_record() -> None:
    case = make_case(contacts=(Contact("spoc", "PC 1234 A. Smith"),))
    item = lists(case, Log())["msvlo_role"].item("spoc")
    assert (item.status, item.entry_id, item.note) == (
        DONE,
        None,
        "SPOC on the case: PC 1234 A. Smith.",
    )


def test_adult_nrm_or_duty_to_notify() -> None:
    log = Log()
    log.add("d1", "referral", ldn(2026, 11, 3), service="duty_to_notify")
    found = lists(make_case(), log)
    assert status(found["initial_actions"], "nrm_or_duty_to_notify") == (DONE, "d1", 1)
    nrm_entry = found["msvlo_role"].item("nrm_entry")
    assert (nrm_entry.status, nrm_entry.entry_id) == (NOT_APPLICABLE, "d1")
    assert "did not consent" in (nrm_entry.note or "")
    log.add("n1", "referral", ldn(2026, 11, 4), service="nrm", consent=True, explained_by="PC 1")
    found = lists(make_case(), log)
    assert status(found["msvlo_role"], "nrm_entry") == (DONE, "n1", 2)
    assert status(found["msvlo_role"], "nrm_explained") == (DONE, "n1", 2)


def test_vulnerable_adult_needs_a_mash_referral() -> None:
    rights = EnhancedRights(True, ("vulnerable_or_intimidated",))
    case = make_case(make_victim(enhanced_rights=rights))
    assert status(lists(case, Log())["initial_actions"], "mash")[0] == NOT_DONE
    log = Log()
    log.add("m1", "referral", ldn(2026, 11, 3), service="local_authority")
    assert status(lists(case, log)["initial_actions"], "mash") == (DONE, "m1", 1)


def test_exit_strategy_item_follows_the_agreement() -> None:
    log = Log()
    log.add("x1", "exit_strategy", ldn(2026, 11, 3), status="drafted")
    assert status(lists(make_case(), log)["msvlo_role"], "exit_strategy_agreed")[0] == NOT_DONE
    log.add("x2", "exit_strategy", ldn(2026, 11, 5), status="agreed", agreed_with="DS Brown")
    item = lists(make_case(), log)["msvlo_role"].item("exit_strategy_agreed")
    assert (item.status, item.entry_id, item.entry_seq) == (DONE, "x2", 2)
    assert item.note == "Agreed with DS Brown: Exit strategy of 05/11/2026 10:00"


def test_victims_code_items() -> None:
    log = Log()
    log.add("d1", "note", ldn(2026, 11, 3), summary="x", actions=["support_referral_declined"])
    log.actions("i1", ldn(2026, 11, 4), "written_confirmation", "vps_offered")
    rights = EnhancedRights(True, ("most_serious_crime",), assessed_on=date(2026, 11, 2))
    code = lists(make_case(make_victim(enhanced_rights=rights)), log)["victims_code"]
    assert {i.id: (i.status, i.entry_id) for i in code.items} == {
        "enhanced_rights": (DONE, None),
        "support_referral": (DONE, "d1"),
        "written_confirmation": (DONE, "i1"),
        "vps_offered": (DONE, "i1"),
    }
    assert code.item("enhanced_rights").note == "Assessed 02/11/2026: eligible."
    assert code.item("support_referral").note == "The victim declined: Note of 03/11/2026 10:00"
    assert code.complete


# ------------------------------------------------------------------------------- children
CHILD_IDS = ["enhanced_rights", "mash", "nrm", "ictg", "appropriate_adult"]


@pytest.mark.parametrize(
    ("victim", "title"),
    [
        (make_victim(claimed_age=16), "Child workflow (under 18 (age 16))"),
        (
            make_victim(claimed_age=25, age_disputed=True),
            "Child workflow (age disputed: treated as a child until an age assessment decides)",
        ),
        (
            make_victim(claimed_age=None, date_of_birth=date(2009, 1, 5)),
            "Child workflow (under 18 (age 17))",
        ),
    ],
    ids=["under 18", "age disputed", "date of birth"],
)
def test_child_workflow_switches_on(victim: Victim, title: str) -> None:
    found = lists(make_case(victim), Log())
    assert list(found) == ["initial_actions", "msvlo_role", "victims_code", "child"]
    child = found["child"]
    assert child.title == title
    assert [i.id for i in child.items] == CHILD_IDS
    assert {i.id: i.status for i in child.items} == {
        "enhanced_rights": DONE,
        "mash": NOT_DONE,
        "nrm": NOT_DONE,
        "ictg": NOT_DONE,
        "appropriate_adult": NOT_APPLICABLE,
    }
    assert child.item("appropriate_adult").optional
    initial = found["initial_actions"]
    assert status(initial, "mash")[0] == NOT_DONE
    assert status(initial, "ictg")[0] == NOT_DONE
    assert initial.item("nrm_or_duty_to_notify").label.startswith("NRM referral (a child")
    assert found["victims_code"].item("enhanced_rights").note == "Every child has enhanced rights."


def test_child_workflow_turns_off_at_eighteen() -> None:
    case = make_case(make_victim(claimed_age=None, date_of_birth=date(2008, 12, 1)))
    assert "child" in lists(case, Log(), ldn(2026, 11, 30))
    assert "child" not in lists(case, Log(), ldn(2026, 12, 1))


def test_child_referrals_show_their_entries() -> None:
    log = Log()
    log.add("m1", "referral", ldn(2026, 11, 2, 11), service="mash")
    log.add("n1", "referral", ldn(2026, 11, 2, 15), service="nrm", consent=None)
    log.add("g1", "referral", ldn(2026, 11, 3), service="ictg")
    log.actions("aa", ldn(2026, 11, 4), "appropriate_adult")
    found = lists(make_case(make_victim(claimed_age=15)), log)
    child = found["child"]
    assert [(i.id, i.status, i.entry_id, i.entry_seq) for i in child.items] == [
        ("enhanced_rights", DONE, None, None),
        ("mash", DONE, "m1", 1),
        ("nrm", DONE, "n1", 2),
        ("ictg", DONE, "g1", 3),
        ("appropriate_adult", DONE, "aa", 4),
    ]
    assert child.complete
    initial = found["initial_actions"]
    assert status(initial, "nrm_or_duty_to_notify") == (DONE, "n1", 2)
    assert status(initial, "mash") == (DONE, "m1", 1)
    assert status(initial, "ictg") == (DONE, "g1", 3)


def test_ictg_not_available_here() -> None:
    log = Log()
    log.add("n1", "referral", ldn(2026, 11, 2), service="nrm", ictg_available=False)
    found = lists(make_case(make_victim(claimed_age=15)), log)
    for checklist in (found["initial_actions"], found["child"]):
        item = checklist.item("ictg")
        assert (item.status, item.entry_id, item.entry_seq) == (NOT_APPLICABLE, "n1", 1)
        assert item.note == "ICTG not available here."
    # A later referral saying the service now operates brings the item back.
    log.add("m1", "referral", ldn(2026, 11, 5), service="mash", ictg_available=True)
    assert lists(make_case(make_victim(claimed_age=15)), log)["child"].item("ictg").status == (
        NOT_DONE
    )


def test_evaluation_time_must_be_aware() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        case_checklists(make_case(), [], datetime(2026, 11, 20, 12))


def test_unknown_item_is_a_clear_error() -> None:
    checklist = lists(make_case(), Log())["initial_actions"]
    with pytest.raises(KeyError, match="no item 'nope'"):
        checklist.item("nope")
