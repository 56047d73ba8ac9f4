"""The officer's further duties: age assessment, bail, Rights 1, 3, 7 and 12, the right to
review, risk reviews and the new contact roles.

Every expected date is worked out by hand from a printed calendar and the gov.uk bank
holiday list (25 December 2026 is a Friday; Boxing Day's substitute is Monday 28 December;
1 January 2027 is a Friday), never computed by the code under test. Due times are in UTC as
``msvlo due --json`` prints them: 23:59:59 London is 23:59:59+00:00 in winter and
22:59:59+00:00 in summer time.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from msvlo_desktop.core.bundle import build_bundle, dump_bundle, parse_bundle
from msvlo_desktop.core.calendar import LONDON
from msvlo_desktop.core.case import CONTACT_ROLES, ROLE_LABELS, Case, parse_contact
from msvlo_desktop.core.checklists import DONE, NOT_APPLICABLE, NOT_DONE, case_checklists
from msvlo_desktop.core.duties import add_months, age_judgement, child_on, review_window_end
from msvlo_desktop.core.entries import Entry, EntryContext, validate_entry
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.obligations import Obligation, case_obligations
from msvlo_desktop.core.rules import (
    AGE_ASSESSMENT,
    BAIL_RETURN_REMINDER,
    BAIL_SAFETY_REVIEW,
    RIGHT1_INTERPRETER,
    RIGHT3_ACKNOWLEDGEMENT,
    RIGHT7_VPS,
    RISK_REVIEW,
    RULES,
    VRR_SCHEMES,
)
from msvlo_desktop.core.victim import EnhancedRights, Victim
from msvlo_desktop.core.wording import choice_label, format_value, role_label

REF = "KESTREL-0042"
NOW = datetime(2027, 6, 1, 12, tzinfo=UTC)


def ldn(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def make_case(*, disputed: bool = False, age: int | None = 30) -> Case:
    victim = Victim(
        name="Test Victim",
        pseudonym="V1",
        claimed_age=age,
        age_disputed=disputed,
        enhanced_rights=EnhancedRights(True, ("most_serious_crime",)),
    )
    return Case(reference=REF, opened_on=date(2026, 3, 2), victim=victim)


class Log:
    """Builds a log in recorded order through the real validation, as the vault does."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.entries: list[Entry] = []

    def ctx(self) -> EntryContext:
        return EntryContext(
            now=NOW,
            victim=self.case.victim,
            opened_on=self.case.opened_on,
            existing={e.id: e for e in self.entries},
        )

    def add(self, entry_id: str, entry_type: str, when: datetime, **data: Any) -> Entry:
        raw = {
            "id": entry_id,
            "type": entry_type,
            "occurred_at": when.astimezone(UTC).isoformat(),
            "recorded_at": when.astimezone(UTC).isoformat(),
            "author": "PC 1234 A. Smith",
            **data,
        }
        e = validate_entry(raw, self.ctx(), imported=True)
        e = Entry(**{**e.__dict__, "seq": len(self.entries) + 1})
        self.entries.append(e)
        return e

    def refused(self, entry_type: str, when: datetime, **data: Any) -> dict[str, str]:
        raw = {
            "type": entry_type,
            "occurred_at": when.astimezone(UTC).isoformat(),
            "author": "PC 1234 A. Smith",
            **data,
        }
        with pytest.raises(ValidationError) as info:
            validate_entry(raw, self.ctx())
        return {p.field: p.message for p in info.value.problems}


def of_kind(obligations: list[Obligation], kind: str) -> list[Obligation]:
    return [o for o in obligations if o.kind == kind]


def due_json(o: Obligation) -> str:
    return str(o.to_json()["due"])


AGE_REQUEST = {
    "requested_by": "PC 1234 A. Smith",
    "requested_on": "2026-03-03",
    "age_outcome": "pending",
}


# ------------------------------------------------------------------------------ rules table
def test_every_duty_has_a_sourced_row_in_force_from_april_2021() -> None:
    for rule_id in (
        AGE_ASSESSMENT,
        BAIL_RETURN_REMINDER,
        BAIL_SAFETY_REVIEW,
        RIGHT1_INTERPRETER,
        RIGHT3_ACKNOWLEDGEMENT,
        RIGHT7_VPS,
        RISK_REVIEW,
        VRR_SCHEMES,
    ):
        rule = RULES.rule(rule_id, date(2021, 4, 1))
        assert rule.source and rule.version
    assert RULES.rule(BAIL_RETURN_REMINDER, date(2026, 1, 1)).bool_param("force_policy")
    schemes = RULES.rule(VRR_SCHEMES, date(2026, 1, 1)).labels_param("schemes")
    assert schemes["police_no_charge"] == "police"
    assert schemes["police_end_investigation"] == "police"
    assert schemes["cps_no_charge"] == "cps"
    assert schemes["cps_discontinuance"] == "cps"
    assert schemes["charge_altered"] == "not_reviewable"


# ----------------------------------------------------------------------------- age assessment
def test_an_age_assessment_needs_its_assessor_and_adult_present_once_decided() -> None:
    log = Log(make_case(disputed=True))
    problems = log.refused(
        "age_assessment", ldn(2026, 3, 10), **{**AGE_REQUEST, "age_outcome": "adult"}
    )
    assert problems["assessor"] == "Name who carried out the age assessment."
    assert "appropriate adult or advocate" in problems["adult_present"]
    problems = log.refused(
        "age_assessment", ldn(2026, 3, 10), **{**AGE_REQUEST, "assessed_age": 17}
    )
    assert problems["assessed_age"] == "An assessment still awaited has no assessed age yet."
    problems = log.refused("age_assessment", ldn(2026, 3, 2), **AGE_REQUEST)
    assert problems["requested_on"] == "The assessment was requested after this date."


def test_an_adult_outcome_cannot_carry_a_child_s_date_of_birth() -> None:
    log = Log(make_case(disputed=True))
    problems = log.refused(
        "age_assessment",
        ldn(2026, 3, 10),
        **{
            **AGE_REQUEST,
            "age_outcome": "adult",
            "assessor": "Social worker J. Khan",
            "adult_present": "Ms R. Patel (advocate)",
            "assessed_date_of_birth": "2009-01-05",
        },
    )
    assert "under 18 on the assessment date" in problems["assessed_date_of_birth"]


def test_only_an_adult_outcome_ends_the_child_workflow_and_from_its_date() -> None:
    case = make_case(disputed=True, age=16)
    log = Log(case)
    log.add("a1", "age_assessment", ldn(2026, 3, 3), **AGE_REQUEST)
    # Unticking "age disputed" on the record changes nothing once an assessment exists.
    unticked = case.with_changes(
        victim=case.victim.with_changes(age_disputed=False, claimed_age=19)
    )
    assert child_on(unticked, log.entries, date(2026, 3, 9))
    log.add(
        "a2",
        "age_assessment",
        ldn(2026, 3, 10, 14),
        **{
            **AGE_REQUEST,
            "age_outcome": "adult",
            "assessor": "Social worker J. Khan",
            "adult_present": "Ms R. Patel (advocate)",
            "assessed_age": 19,
        },
    )
    assert child_on(case, log.entries, date(2026, 3, 9))
    assert not child_on(case, log.entries, date(2026, 3, 10))
    assert age_judgement(case, log.entries, date(2026, 3, 10)).reason == (
        "assessed as an adult on 10/03/2026"
    )


def test_an_inconclusive_outcome_keeps_the_child_workflow() -> None:
    case = make_case(disputed=True, age=None)
    log = Log(case)
    log.add(
        "a1",
        "age_assessment",
        ldn(2026, 3, 10),
        **{
            **AGE_REQUEST,
            "age_outcome": "inconclusive",
            "assessor": "Social worker J. Khan",
            "adult_present": "Ms R. Patel (advocate)",
        },
    )
    assert child_on(case, log.entries, date(2027, 3, 10))


def test_an_assessed_date_of_birth_ends_the_child_workflow_on_the_18th_birthday() -> None:
    case = make_case(disputed=True, age=None)
    log = Log(case)
    log.add(
        "a1",
        "age_assessment",
        ldn(2026, 3, 10),
        **{
            **AGE_REQUEST,
            "age_outcome": "child",
            "assessor": "Social worker J. Khan",
            "adult_present": "Ms R. Patel (advocate)",
            "assessed_date_of_birth": "2008-06-15",
        },
    )
    assert child_on(case, log.entries, date(2026, 6, 14))
    assert not child_on(case, log.entries, date(2026, 6, 15))
    titles = [c.title for c in case_checklists(case, log.entries, ldn(2026, 6, 14))]
    assert "Child workflow (assessed on 10/03/2026: under 18 until 15/06/2026)" in titles
    assert age_judgement(case, log.entries, date(2026, 6, 14)).reason == (
        "assessed on 10/03/2026: under 18 until 15/06/2026"
    )


def test_born_on_29_february_turns_18_on_1_march_in_a_common_year() -> None:
    case = make_case(disputed=True, age=None)
    log = Log(case)
    log.add(
        "a1",
        "age_assessment",
        ldn(2026, 3, 10),
        **{
            **AGE_REQUEST,
            "age_outcome": "child",
            "assessor": "Social worker J. Khan",
            "adult_present": "Ms R. Patel (advocate)",
            "assessed_date_of_birth": "2012-02-29",
        },
    )
    assert child_on(case, log.entries, date(2030, 2, 28))
    assert not child_on(case, log.entries, date(2030, 3, 1))


def test_a_duty_to_notify_is_refused_while_an_assessment_is_awaited() -> None:
    case = make_case(disputed=False, age=25)
    log = Log(case)
    log.add("a1", "age_assessment", ldn(2026, 3, 3), **AGE_REQUEST)
    log.add("n1", "note", ldn(2026, 3, 4), summary="Flag unticked by mistake")
    problems = log.refused("referral", ldn(2026, 3, 5), service="duty_to_notify")
    assert "never given a Duty to Notify" in problems["service"]


def test_the_child_workflow_order_is_checked_with_a_warning() -> None:
    case = make_case(disputed=True, age=16)
    log = Log(case)
    log.add("r1", "referral", ldn(2026, 3, 3, 9), service="nrm", reference="NRM-1")
    log.add("r2", "referral", ldn(2026, 3, 3, 15), service="mash")
    lists = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 3, 4))}
    order = lists["child_order"].item("safeguarding_before_nrm")
    assert order.status == NOT_DONE
    assert order.note == (
        "Warning: out of order. The NRM referral (03/03/2026 09:00) came before the "
        "children's services referral (03/03/2026 15:00)."
    )
    worker = lists["child_order"].item("social_worker_in_nrm")
    assert worker.status == NOT_DONE and "social worker" in (worker.note or "")
    age = lists["child_order"].item("age_assessment")
    assert age.status == NOT_DONE and (age.note or "").startswith("Age disputed")


def test_a_new_case_shows_only_the_opening_lists() -> None:
    case = make_case(disputed=True, age=16)
    found = [c.id for c in case_checklists(case, [], ldn(2026, 3, 4))]
    assert found == ["initial_actions", "msvlo_role", "victims_code", "child"]


def test_the_child_workflow_in_order_with_the_social_worker_named() -> None:
    case = make_case(disputed=True, age=16)
    log = Log(case)
    log.add("r1", "referral", ldn(2026, 3, 3, 9), service="mash")
    log.add(
        "r2",
        "referral",
        ldn(2026, 3, 3, 15),
        service="nrm",
        social_worker="J. Khan, Leeds children's services, 0113 496 0000",
    )
    lists = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 3, 4))}
    assert lists["child_order"].item("safeguarding_before_nrm").status == DONE
    assert lists["child_order"].item("social_worker_in_nrm").status == DONE


def test_after_an_adult_outcome_the_child_lists_go_but_the_assessment_stays_shown() -> None:
    case = make_case(disputed=True, age=16)
    log = Log(case)
    log.add(
        "a1",
        "age_assessment",
        ldn(2026, 3, 10),
        **{
            **AGE_REQUEST,
            "age_outcome": "adult",
            "assessor": "Social worker J. Khan",
            "adult_present": "Ms R. Patel (advocate)",
        },
    )
    lists = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 3, 11))}
    assert "child" not in lists
    assert lists["child_order"].item("age_assessment").status == DONE


# ----------------------------------------------------------------------------------- bail
def test_bail_fields_belong_to_bail_events_only() -> None:
    log = Log(make_case())
    problems = log.refused(
        "investigation_event",
        ldn(2026, 12, 4),
        event="released_under_investigation",
        bail_return_on="2026-12-21",
    )
    assert "released under investigation has none" in problems["bail_return_on"]
    problems = log.refused(
        "investigation_event",
        ldn(2026, 12, 4),
        event="released_on_bail",
        bail_return_on="2026-12-01",
    )
    assert problems["bail_return_on"] == "The bail return date is before the event."


def test_bail_gives_a_safety_review_and_a_reminder_before_the_return_date() -> None:
    case = make_case()
    log = Log(case)
    # Friday 4 December 2026 15:00; bail to Monday 21 December 2026.
    log.add(
        "b1",
        "investigation_event",
        ldn(2026, 12, 4, 15),
        event="released_on_bail",
        bail_return_on="2026-12-21",
        bail_conditions="Not to contact the victim; not to enter Leeds LS6",
    )
    at = ldn(2026, 12, 5, 12)
    obligations = case_obligations(case, log.entries, at)
    safety = of_kind(obligations, "bail_safety_review")[0]
    # 2 working days after Friday 4 December: Monday 7, Tuesday 8 December.
    assert due_json(safety) == "2026-12-08T23:59:59+00:00"
    assert safety.status == "due"
    reminder = of_kind(obligations, "bail_return_reminder")[0]
    # 2 calendar days before Monday 21 December: Saturday 19 December.
    assert due_json(reminder) == "2026-12-19T23:59:59+00:00"
    assert reminder.label == (
        "Bail return on 21/12/2026: review the victim's safety plan before it"
    )
    # A risk review on 5 December answers the conditions, not the coming bail date
    # (the fortnight before it opens on 7 December).
    early = log.add(
        "rr1",
        "risk_review",
        ldn(2026, 12, 5, 11),
        risk_level="medium",
        family_risk="low",
        repatriation_risk="high",
        risk_actions="Safety plan updated with the bail conditions",
        review_on="2027-01-05",
    )
    obligations = case_obligations(case, log.entries, ldn(2026, 12, 10))
    safety = of_kind(obligations, "bail_safety_review")[0]
    assert safety.status == "met_on_time" and safety.met_by == early.id
    reminder = of_kind(obligations, "bail_return_reminder")[0]
    assert reminder.status == "due" and reminder.met_by is None
    later = log.add(
        "rr2",
        "risk_review",
        ldn(2026, 12, 15, 11),
        risk_level="medium",
        family_risk="low",
        repatriation_risk="high",
        risk_actions="Checked with the OIC: bail to be extended",
        review_on="2027-01-05",
    )
    reminder = of_kind(
        case_obligations(case, log.entries, ldn(2026, 12, 16)), "bail_return_reminder"
    )
    assert reminder[0].status == "met_on_time" and reminder[0].met_by == later.id


def test_a_bail_reminder_missed_is_overdue_and_a_charge_supersedes_one_not_yet_met() -> None:
    case = make_case()
    log = Log(case)
    log.add(
        "b1",
        "investigation_event",
        ldn(2026, 12, 4, 15),
        event="released_on_bail",
        bail_return_on="2026-12-21",
    )
    reminder = of_kind(
        case_obligations(case, log.entries, ldn(2026, 12, 20)), "bail_return_reminder"
    )
    assert reminder[0].status == "overdue"
    log.add("c1", "investigation_event", ldn(2026, 12, 18, 9), event="charged")
    reminder = of_kind(
        case_obligations(case, log.entries, ldn(2026, 12, 20)), "bail_return_reminder"
    )
    assert reminder[0].status == "not_applicable"
    assert reminder[0].label.endswith("(superseded on 18/12/2026)")


def test_bail_conditions_changed_on_christmas_eve() -> None:
    case = make_case()
    log = Log(case)
    log.add("b1", "investigation_event", ldn(2026, 12, 24, 16), event="bail_conditions_changed")
    safety = of_kind(
        case_obligations(case, log.entries, ldn(2026, 12, 24, 17)), "bail_safety_review"
    )
    # 25 Dec (Christmas), 26-27 weekend, 28 Dec (Boxing Day substitute): 29 and 30 December.
    assert due_json(safety[0]) == "2026-12-30T23:59:59+00:00"


def test_released_under_investigation_has_no_bail_and_asks_for_a_risk_review() -> None:
    case = make_case()
    log = Log(case)
    log.add("r1", "investigation_event", ldn(2026, 7, 1, 10), event="released_under_investigation")
    obligations = case_obligations(case, log.entries, ldn(2026, 7, 1, 11))
    assert not of_kind(obligations, "bail_safety_review")
    assert not of_kind(obligations, "bail_return_reminder")
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 7, 2))}["duties"]
    assert duties.item("risk_review").status == NOT_DONE


def test_a_release_on_bail_without_conditions_recorded_asks_for_them_not_a_review() -> None:
    case = make_case()
    log = Log(case)
    log.add("b1", "investigation_event", ldn(2026, 7, 1, 10), event="released_on_bail")
    assert not of_kind(case_obligations(case, log.entries, ldn(2026, 7, 2)), "bail_safety_review")


def test_the_bail_record_checklist_asks_for_the_date_and_conditions() -> None:
    case = make_case()
    log = Log(case)
    log.add("b1", "investigation_event", ldn(2026, 12, 4, 15), event="released_on_bail")
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 12, 5))}["duties"]
    item = duties.item("bail_recorded")
    assert item.status == NOT_DONE and item.entry_id == "b1"


# ------------------------------------------------------------------------------- risk review
def test_a_risk_review_reminds_on_its_review_date() -> None:
    case = make_case()
    log = Log(case)
    log.add(
        "rr1",
        "risk_review",
        ldn(2026, 6, 1),
        risk_level="high",
        family_risk="high",
        repatriation_risk="medium",
        risk_notes="Family in Tirana owe the traffickers money",
        risk_actions="No return-home planning; MSVCC safe house",
        review_on="2026-07-01",
    )
    risk = of_kind(case_obligations(case, log.entries, ldn(2026, 7, 2)), "risk_review")[0]
    assert due_json(risk) == "2026-07-01T22:59:59+00:00"
    assert risk.status == "overdue"
    lists = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 6, 2))}
    assert lists["duties"].item("risk_review").note == (
        "Overall high, family high, return home medium; review by 01/07/2026: "
        "Risk review of 01/06/2026 10:00"
    )
    problems = log.refused(
        "risk_review",
        ldn(2026, 6, 2),
        risk_level="low",
        family_risk="low",
        repatriation_risk="low",
        risk_actions="x",
        review_on="2026-05-01",
    )
    assert problems["review_on"] == "The review date is before the risk review."


# ------------------------------------------------------------------------------- Rights 3, 7
def test_right3_not_safe_to_send_needs_a_reason_and_never_a_letter() -> None:
    log = Log(make_case())
    problems = log.refused(
        "written_acknowledgement", ldn(2026, 3, 3), safe_to_send=False, method="letter"
    )
    assert problems["method"] == "It is not safe to send: a letter cannot be the method."
    assert "Say why it was not safe to send" in problems["withheld_reason"]
    problems = log.refused("written_acknowledgement", ldn(2026, 3, 3), safe_to_send=True)
    assert problems["method"] == "Say how the written acknowledgement was given."


def test_right3_and_right7_tick_the_victims_code_list() -> None:
    case = make_case()
    log = Log(case)
    log.add(
        "w1",
        "written_acknowledgement",
        ldn(2026, 3, 3),
        safe_to_send=False,
        method="face_to_face",
        withheld_reason="Home address is the place of exploitation",
    )
    log.add("v1", "vps", ldn(2026, 9, 1), vps_status="deferred", revisit_on="2026-09-14")
    code = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 9, 2))}["victims_code"]
    ack = code.item("written_confirmation")
    assert ack.status == DONE
    assert ack.note == (
        "Not sent: not safe (Home address is the place of exploitation): Written "
        "acknowledgement (Right 3) of 03/03/2026 10:00"
    )
    vps = code.item("vps_offered")
    assert vps.status == NOT_DONE
    assert vps.note == "Deferred on 01/09/2026: offer it again on 14/09/2026."
    revisit = of_kind(case_obligations(case, log.entries, ldn(2026, 9, 2)), "vps_revisit")[0]
    assert due_json(revisit) == "2026-09-14T22:59:59+00:00" and revisit.status == "due"
    log.add("v2", "vps", ldn(2026, 9, 14, 15), vps_status="made")
    revisit = of_kind(case_obligations(case, log.entries, ldn(2026, 9, 15)), "vps_revisit")[0]
    assert revisit.status == "met_on_time" and revisit.met_by == "v2"
    code = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 9, 15))}["victims_code"]
    assert code.item("vps_offered").status == DONE


def test_a_deferred_statement_needs_its_date_and_only_it_has_one() -> None:
    log = Log(make_case())
    assert log.refused("vps", ldn(2026, 9, 1), vps_status="deferred") == {
        "revisit_on": "Say when to offer the statement again."
    }
    assert log.refused("vps", ldn(2026, 9, 1), vps_status="made", revisit_on="2026-10-01") == {
        "revisit_on": "Only a deferred statement has a date to revisit."
    }


# ---------------------------------------------------------------------------------- Right 12
def test_a_complaint_shows_the_handler_s_clock_as_information() -> None:
    case = make_case()
    log = Log(case)
    log.add(
        "c1",
        "complaint",
        ldn(2026, 12, 17, 11),
        complaint_stage="received",
        summary="Victim was not told of the arrest",
    )
    assert log.refused(
        "complaint",
        ldn(2026, 12, 17, 12),
        complaint_stage="passed_to_handler",
        complaint_of="c1",
        summary="Sent on",
    ) == {"handler": "Name the force's complaints handler it went to."}
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 12, 17, 12))}["duties"]
    item = duties.item("complaint_c1")
    assert item.status == NOT_DONE
    # 10 working days from Thursday 17 December 2026: 18, 21, 22, 23, 24, 29, 30, 31 December,
    # 4, 5 January 2027 (25, 28 December and 1 January are bank holidays).
    assert item.note == (
        "The complaints handler's response is expected by 05/01/2027 (their timescale, not "
        "the officer's)."
    )
    log.add(
        "c2",
        "complaint",
        ldn(2026, 12, 17, 14),
        complaint_stage="passed_to_handler",
        complaint_of="c1",
        summary="Sent on",
        handler="Professional Standards Department",
    )
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 12, 18))}["duties"]
    assert duties.item("complaint_c1").status == DONE
    # Nothing in the engine: the clock is not the officer's.
    kinds = {o.kind for o in case_obligations(case, log.entries, ldn(2027, 1, 6))}
    assert not any("complaint" in k for k in kinds)


# ---------------------------------------------------------------------------- right to review
def test_review_window_is_three_calendar_months_from_being_told() -> None:
    assert review_window_end(ldn(2027, 1, 15)) == date(2027, 4, 15)
    assert review_window_end(ldn(2026, 11, 30)) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)


def test_the_right_to_review_by_scheme_and_the_altered_charge() -> None:
    case = make_case()
    log = Log(case)
    log.add("e1", "investigation_event", ldn(2026, 11, 27), event="cps_decision")
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 11, 28))}["duties"]
    assert duties.item("right_to_review_informed").status == NOT_DONE
    log.add(
        "t1",
        "right_to_review",
        ldn(2026, 11, 30),
        review_stage="informed",
        decision="cps_no_charge",
    )
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 12, 1))}["duties"]
    item = duties.item("right_to_review_t1")
    assert item.status == DONE
    assert item.note == (
        "Victim told on 30/11/2026 (CPS scheme): a review may be asked for until 28/02/2027: "
        "Right to review of 30/11/2026 10:00"
    )
    log.add("q1", "right_to_review", ldn(2027, 3, 1), review_stage="requested", review_of="t1")
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2027, 3, 2))}["duties"]
    assert "requested 01/03/2027 (after the 3-month window)" in (
        duties.item("right_to_review_t1").note or ""
    )
    log.add(
        "t2", "right_to_review", ldn(2027, 3, 5), review_stage="informed", decision="charge_altered"
    )
    problems = log.refused(
        "right_to_review", ldn(2027, 3, 6), review_stage="requested", review_of="t2"
    )
    assert problems["review_of"] == (
        "Altering a charge is not reviewable under the Victims' Right to Review."
    )
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2027, 3, 6))}["duties"]
    assert duties.item("right_to_review_t2").status == NOT_APPLICABLE
    assert choice_label("decision", "police_end_investigation") == (
        "Police decision to end the investigation (police scheme)"
    )


# -------------------------------------------------------------------------- interpreter, roles
def test_an_interpreter_on_an_update_and_whether_they_are_independent() -> None:
    case = make_case()
    log = Log(case)
    log.add("e1", "investigation_event", ldn(2026, 5, 1), event="arrest")
    log.add(
        "u1",
        "victim_update",
        ldn(2026, 5, 1, 15),
        satisfies=["e1"],
        method="phone",
        summary="Told of the arrest",
        interpreter={"name": "Language Line 4411", "language": "sq", "independent": True},
    )
    log.add(
        "i1",
        "interaction",
        ldn(2026, 5, 2),
        mode="face_to_face",
        summary="Visit",
        interpreter={"name": "Cousin of the farm manager", "language": "sq", "independent": False},
    )
    assert format_value("interpreter", log.entries[1].data["interpreter"]) == (
        "Language Line 4411 (language: sq), independent"
    )
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 5, 3))}["duties"]
    item = duties.item("interpreters_independent")
    assert item.status == NOT_DONE and item.entry_id == "i1"
    assert item.note == (
        "Interaction of 02/05/2026 10:00: interpreter recorded as NOT independent."
    )


def test_an_interaction_records_independence_by_its_action() -> None:
    case = make_case()
    log = Log(case)
    log.add(
        "i1",
        "interaction",
        ldn(2026, 5, 2),
        mode="face_to_face",
        summary="Visit",
        interpreter={"name": "Mai Tran", "language": "vi"},
    )
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 5, 3))}["duties"]
    item = duties.item("interpreters_independent")
    assert item.status == NOT_DONE
    assert item.note == "Interaction of 02/05/2026 10:00: interpreter independence not recorded."
    log.add(
        "i2",
        "interaction",
        ldn(2026, 5, 4),
        mode="face_to_face",
        summary="Visit",
        interpreter={"name": "Mai Tran", "language": "vi"},
        actions=["interpreter_independent"],
    )
    log.entries.pop(0)
    duties = {c.id: c for c in case_checklists(case, log.entries, ldn(2026, 5, 5))}["duties"]
    assert duties.item("interpreters_independent").status == DONE


def test_the_new_contact_roles() -> None:
    for role, label in (
        ("appropriate_adult", "Appropriate adult"),
        ("child_advocate", "Child advocate"),
        ("duty_inspector", "Duty inspector"),
    ):
        assert role in CONTACT_ROLES and ROLE_LABELS[role] == label == role_label(role)
        assert parse_contact({"role": role, "name": "Insp 99 B. Okafor"}).role == role
    # The roles INTERFACES.md names are all still there.
    for role in ("spoc", "support_worker", "ictg", "interpreter", "social_worker", "other"):
        assert role in CONTACT_ROLES


# ------------------------------------------------------------------------------------ bundle
def test_every_duty_entry_round_trips_through_a_bundle() -> None:
    case = make_case(disputed=True, age=16)
    log = Log(case)
    log.add("a1", "age_assessment", ldn(2026, 3, 3), **AGE_REQUEST)
    log.add(
        "b1",
        "investigation_event",
        ldn(2026, 3, 4),
        event="released_on_bail",
        bail_return_on="2026-04-01",
        bail_conditions="Not to contact the victim",
    )
    log.add("w1", "written_acknowledgement", ldn(2026, 3, 4), safe_to_send=True, method="email")
    log.add("v1", "vps", ldn(2026, 3, 5), vps_status="offered")
    log.add("c1", "complaint", ldn(2026, 3, 6), complaint_stage="received", summary="Delay")
    log.add(
        "t1",
        "right_to_review",
        ldn(2026, 3, 7),
        review_stage="informed",
        decision="police_no_charge",
    )
    log.add(
        "r1",
        "risk_review",
        ldn(2026, 3, 8),
        risk_level="low",
        family_risk="none",
        repatriation_risk="low",
        risk_actions="None needed",
        review_on="2026-06-08",
    )
    doc = {
        "format": "msvlo-case-bundle",
        "version": 1,
        "case": {
            "reference": REF,
            "opened_on": "2026-03-02",
            "victim": {
                "name": "Test Victim",
                "pseudonym": "V1",
                "claimed_age": 16,
                "age_disputed": True,
            },
            "contacts": [{"role": "appropriate_adult", "name": "Ms R. Patel"}],
            "log": [e.to_json() for e in log.entries],
        },
    }
    first = parse_bundle(json.dumps(doc), now=NOW)
    written = dump_bundle(build_bundle(first.case, first.entries, first.head))
    second = parse_bundle(written, now=NOW)
    assert [e.to_json() for e in second.entries] == [e.to_json() for e in log.entries]
    assert second.head == first.head
    assert second.case.contacts[0].role == "appropriate_adult"


def test_the_duty_reminders_stop_when_the_case_closes() -> None:
    case = make_case()
    log = Log(case)
    log.add("b1", "investigation_event", ldn(2026, 4, 20, 15), event="bail_conditions_changed")
    [open_one] = of_kind(case_obligations(case, log.entries, ldn(2026, 5, 1)), "bail_safety_review")
    assert open_one.status == "overdue"
    closed = case.with_changes(status="closed", closed_on=date(2026, 5, 1))
    [stopped] = of_kind(
        case_obligations(closed, log.entries, ldn(2026, 5, 2)), "bail_safety_review"
    )
    assert stopped.status == "not_applicable"
    assert stopped.label.endswith("(case closed 01/05/2026)")


def test_an_nrm_referral_without_consent_is_judged_by_the_assessments() -> None:
    case = make_case(disputed=False, age=25)
    log = Log(case)
    log.add("a1", "age_assessment", ldn(2026, 3, 3), **AGE_REQUEST)
    # Awaited: still a child, so no consent is needed.
    log.add("n1", "referral", ldn(2026, 3, 4), service="nrm", consent=False)
    log.add(
        "a2",
        "age_assessment",
        ldn(2026, 3, 10),
        **{
            **AGE_REQUEST,
            "age_outcome": "adult",
            "assessor": "Social worker J. Khan",
            "adult_present": "Ms R. Patel (advocate)",
        },
    )
    problems = log.refused("referral", ldn(2026, 3, 11), service="nrm", consent=False)
    assert problems == {"consent": "An adult who does not consent gets a Duty to Notify referral."}
