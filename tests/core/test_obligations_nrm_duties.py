"""Issue 15's NRM duties, with hand-worked dates: the recovery period by the date of the RG
decision (45 days to 12 December 2022, 30 from 13 December 2022, none after a public-order
disqualification or for a further RG after a positive CG from 30 January 2023), an adult
case's NRM referral or Duty to Notify, the updates owed to the competent authority, and the
force's weekend move for reminders counted in calendar days."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from msvlo_desktop.core.calendar import LONDON
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.obligations import Obligation, case_obligations
from msvlo_desktop.core.victim import EnhancedRights, UpdatePreferences, Victim
from msvlo_desktop.core.wording_obligations import compliance_phrase, status_phrase
from msvlo_desktop.services.today import OVERDUE, group_of

REF = "KESTREL-0042"


def ldn(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def victim(*, age: int = 30, disputed: bool = False, every: int | None = None) -> Victim:
    return Victim(
        name="Test Victim",
        pseudonym="V1",
        claimed_age=age,
        age_disputed=disputed,
        enhanced_rights=EnhancedRights(True, ("most_serious_crime",)),
        update_preferences=UpdatePreferences(every_days=every),
    )


def make_case(opened_on: date, v: Victim | None = None, **changes: Any) -> Case:
    return Case(reference=REF, opened_on=opened_on, victim=v or victim()).with_changes(**changes)


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

    def rg(self, entry_id: str, when: datetime, outcome: str = "positive", **data: Any) -> Entry:
        return self.add(
            entry_id, "nrm_decision", when, stage="reasonable_grounds", outcome=outcome, **data
        )

    def cg(self, entry_id: str, when: datetime, outcome: str = "trafficking") -> Entry:
        return self.add(entry_id, "nrm_decision", when, stage="conclusive_grounds", outcome=outcome)


def of_kind(case: Case, log: Log, at: datetime, kind: str) -> dict[str, Obligation]:
    return {o.source: o for o in case_obligations(case, log.entries, at) if o.kind == kind}


def milestone(case: Case, log: Log, at: datetime, source: str) -> Obligation:
    return of_kind(case, log, at, "nrm_cg_not_before")[source]


# ------------------------------------------------------------------- recovery period by date
def test_rg_of_1_june_2022_means_cg_not_before_16_july_2022() -> None:
    log = Log()
    log.rg("rg", ldn(2022, 6, 1, 15))
    ob = milestone(make_case(date(2022, 5, 20)), log, ldn(2022, 6, 10), "rg")
    # 45 calendar days: 00:00 on Saturday 16 July 2022, British Summer Time.
    assert ob.to_json()["due"] == "2022-07-15T23:00:00+00:00"
    assert (ob.status, ob.rule_version) == ("due", "45-day")


def test_rg_of_10_january_2023_means_cg_not_before_9_february_2023() -> None:
    log = Log()
    log.rg("rg", ldn(2023, 1, 10, 9))
    ob = milestone(make_case(date(2023, 1, 3)), log, ldn(2023, 1, 20), "rg")
    assert ob.to_json()["due"] == "2023-02-09T00:00:00+00:00"
    assert (ob.status, ob.rule_version) == ("due", "30-day")


def test_the_change_falls_between_12_and_13_december_2022() -> None:
    log = Log()
    log.rg("old", ldn(2022, 12, 12, 16))
    log.rg("new", ldn(2022, 12, 13, 9))
    obs = of_kind(make_case(date(2022, 12, 1)), log, ldn(2022, 12, 20), "nrm_cg_not_before")
    # 12 Dec + 45 days = 26 Jan 2023; 13 Dec + 30 days = 12 Jan 2023.
    assert obs["old"].to_json()["due"] == "2023-01-26T00:00:00+00:00"
    assert obs["new"].to_json()["due"] == "2023-01-12T00:00:00+00:00"


def test_a_cg_between_day_30_and_day_45_of_an_old_rule_case_was_before_the_minimum() -> None:
    log = Log()
    log.rg("rg", ldn(2022, 6, 1, 15))
    log.cg("cg", ldn(2022, 7, 10, 11))  # day 39
    at = ldn(2022, 8, 1)
    ob = milestone(make_case(date(2022, 5, 20)), log, at, "rg")
    assert (ob.status, ob.met_by) == ("met_late", "cg")
    assert ob.label == "Conclusive grounds decision made before the 45-day minimum"
    assert status_phrase(ob, at) == "Made before the 45-day minimum"
    assert compliance_phrase(ob, at) == "Decision before the 45-day minimum"
    assert any("16/07/2022" in w and "45 days" in w for w in ob.warnings)


def test_a_cg_on_day_45_of_an_old_rule_case_is_on_time() -> None:
    log = Log()
    log.rg("rg", ldn(2022, 6, 1, 15))
    log.cg("cg", ldn(2022, 7, 16, 9))
    ob = milestone(make_case(date(2022, 5, 20)), log, ldn(2022, 8, 1), "rg")
    assert ob.status == "met_on_time"
    assert ob.label == "Conclusive grounds decision made after the 45-day minimum"


def test_a_new_rule_cg_on_day_35_is_on_time_and_says_30_days() -> None:
    log = Log()
    log.rg("rg", ldn(2023, 1, 10, 9))
    log.cg("cg", ldn(2023, 2, 14, 9))
    at = ldn(2023, 3, 1)
    ob = milestone(make_case(date(2023, 1, 3)), log, at, "rg")
    assert ob.status == "met_on_time"
    log.cg("early", ldn(2023, 2, 1, 9))
    early = milestone(make_case(date(2023, 1, 3)), log, at, "rg")
    assert status_phrase(early, at) == "Made before the 30-day minimum"


# --------------------------------------------------------- the changes of 30 January 2023
def test_a_further_rg_after_a_positive_cg_brings_no_recovery_period() -> None:
    log = Log()
    log.rg("rg1", ldn(2023, 3, 1))
    log.cg("cg1", ldn(2023, 5, 2))
    log.rg("rg2", ldn(2023, 9, 4))
    obs = of_kind(make_case(date(2023, 2, 20)), log, ldn(2023, 9, 10), "nrm_cg_not_before")
    # The first RG: 1 March + 30 days = 31 March (00:00 British Summer Time); the CG of 2 May
    # came after it.
    assert obs["rg1"].status == "met_on_time"
    assert obs["rg1"].to_json()["due"] == "2023-03-30T23:00:00+00:00"
    further = obs["rg2"]
    assert (further.status, further.met_by) == ("not_applicable", None)
    assert "further reasonable grounds decision" in further.label
    assert "unless the competent authority decides" in further.label
    assert further.rule_version == "2023-01"


def test_a_further_rg_before_30_january_2023_still_had_its_recovery_period() -> None:
    log = Log()
    log.rg("rg1", ldn(2022, 3, 1))
    log.cg("cg1", ldn(2022, 5, 3))
    log.rg("rg2", ldn(2023, 1, 27))
    ob = milestone(make_case(date(2022, 2, 20)), log, ldn(2023, 2, 1), "rg2")
    # 27 January 2023 + 30 days = 26 February 2023.
    assert (ob.status, ob.to_json()["due"]) == ("due", "2023-02-26T00:00:00+00:00")


def test_a_further_rg_after_a_negative_cg_keeps_its_recovery_period() -> None:
    log = Log()
    log.rg("rg1", ldn(2023, 3, 1))
    log.cg("cg1", ldn(2023, 5, 2), outcome="not_recognised")
    log.rg("rg2", ldn(2023, 9, 4))
    ob = milestone(make_case(date(2023, 2, 20)), log, ldn(2023, 9, 10), "rg2")
    # 4 September + 30 days = 4 October, 00:00 British Summer Time.
    assert (ob.status, ob.to_json()["due"]) == ("due", "2023-10-03T23:00:00+00:00")


def test_a_public_order_disqualification_brings_no_recovery_period() -> None:
    log = Log()
    log.rg("rg", ldn(2023, 3, 1), public_order_disqualification=True)
    ob = milestone(make_case(date(2023, 2, 20)), log, ldn(2023, 3, 10), "rg")
    assert ob.status == "not_applicable"
    assert "disqualified on public-order grounds" in ob.label


def test_a_disqualification_logged_after_the_rg_ends_the_recovery_period() -> None:
    log = Log()
    log.rg("rg", ldn(2023, 3, 1))
    case = make_case(date(2023, 2, 20))
    assert milestone(case, log, ldn(2023, 3, 10), "rg").status == "due"
    log.add(
        "dq",
        "nrm_decision",
        ldn(2023, 3, 15),
        stage="reconsideration",
        outcome="upheld",
        public_order_disqualification=True,
    )
    assert milestone(case, log, ldn(2023, 3, 20), "rg").status == "not_applicable"


def test_a_disqualification_before_the_2023_rules_is_warned_about_not_applied() -> None:
    log = Log()
    log.rg("rg", ldn(2022, 6, 1), public_order_disqualification=True)
    ob = milestone(make_case(date(2022, 5, 20)), log, ldn(2022, 6, 10), "rg")
    assert (ob.status, ob.rule_version) == ("due", "45-day")
    assert any("disqualification" in w for w in ob.warnings)


# ------------------------------------------------------- an adult's NRM referral or DtN
def test_an_open_adult_case_with_neither_owes_one_or_the_other() -> None:
    # Opened Friday 6 November 2026: due by the end of Monday 9 November.
    case = make_case(date(2026, 11, 6))
    at = ldn(2026, 11, 10, 12)
    [ob] = of_kind(case, Log(), at, "nrm_or_duty_to_notify").values()
    assert (ob.source, ob.source_event, ob.status) == ("case", "case_opened", "overdue")
    assert ob.to_json()["due"] == "2026-11-09T23:59:59+00:00"
    assert ob.label == (
        "Seek the victim's consent and refer into the NRM, or make a Duty to Notify referral"
    )
    assert ob.rule == "nrm.refer_or_notify"
    # It is on the Today view with the other overdue deadlines.
    assert group_of(ob, at) == OVERDUE


def test_a_duty_to_notify_or_an_nrm_referral_meets_it() -> None:
    case = make_case(date(2026, 11, 6))
    log = Log()
    log.add("dtn", "referral", ldn(2026, 11, 9, 16), service="duty_to_notify", consent=False)
    [ob] = of_kind(case, log, ldn(2026, 11, 10), "nrm_or_duty_to_notify").values()
    assert (ob.status, ob.met_by) == ("met_on_time", "dtn")
    log = Log()
    log.add("nrm", "referral", ldn(2026, 11, 11, 9), service="nrm", consent=True)
    [ob] = of_kind(case, log, ldn(2026, 11, 12), "nrm_or_duty_to_notify").values()
    assert (ob.status, ob.met_by) == ("met_late", "nrm")


def test_a_support_referral_does_not_meet_it() -> None:
    case = make_case(date(2026, 11, 6))
    log = Log()
    log.add("s", "referral", ldn(2026, 11, 6, 12), service="msvcc")
    [ob] = of_kind(case, log, ldn(2026, 11, 8), "nrm_or_duty_to_notify").values()
    assert (ob.status, ob.met_by) == ("due", None)


def test_a_child_case_owes_it_through_the_child_workflow_instead() -> None:
    for v in (victim(age=15), victim(disputed=True)):
        case = make_case(date(2026, 11, 6), v)
        assert of_kind(case, Log(), ldn(2026, 11, 20), "nrm_or_duty_to_notify") == {}


def test_a_closed_case_no_longer_owes_it_when_it_fell_due_after_closing() -> None:
    case = make_case(date(2026, 11, 6), status="closed", closed_on=date(2026, 11, 6))
    [ob] = of_kind(case, Log(), ldn(2026, 11, 20), "nrm_or_duty_to_notify").values()
    assert ob.status == "not_applicable"
    assert ob.label.endswith("(case closed 06/11/2026)")


# ---------------------------------------------------- updates to the competent authority
def test_updates_to_the_competent_authority_every_28_days_from_the_referral() -> None:
    case = make_case(date(2026, 11, 2))
    log = Log()
    log.add("nrm", "referral", ldn(2026, 11, 2, 10), service="nrm", consent=True)
    [first] = of_kind(case, log, ldn(2026, 11, 20), "competent_authority_update").values()
    # Monday 2 November + 28 days = Monday 30 November.
    assert (first.status, first.to_json()["due"]) == ("due", "2026-11-30T23:59:59+00:00")
    assert first.rule == "nrm.competent_authority_update"
    assert first.label.startswith("Update the competent authority (every 28 days")
    log.add(
        "u1",
        "competent_authority_update",
        ldn(2026, 11, 20, 15),
        authority="sca",
        summary="Interview summary sent",
        method="reply_to_referral_receipt",
    )
    obs = of_kind(case, log, ldn(2026, 12, 21, 12), "competent_authority_update")
    assert (obs["nrm"].status, obs["nrm"].met_by) == ("met_on_time", "u1")
    # The next from the update: Friday 20 November + 28 days = Friday 18 December.
    assert (obs["u1"].status, obs["u1"].to_json()["due"]) == (
        "overdue",
        "2026-12-18T23:59:59+00:00",
    )
    assert group_of(obs["u1"], ldn(2026, 12, 21, 12)) == OVERDUE


def test_a_reminder_on_a_bank_holiday_moves_to_the_next_working_day() -> None:
    case = make_case(date(2026, 11, 30))
    log = Log()
    log.add("nrm", "referral", ldn(2026, 11, 30, 10), service="nrm", consent=True)
    [ob] = of_kind(case, log, ldn(2026, 12, 1), "competent_authority_update").values()
    # 30 November + 28 days = Monday 28 December 2026, the substitute Boxing Day bank
    # holiday: the force's weekend policy moves it to Tuesday 29 December.
    assert ob.to_json()["due"] == "2026-12-29T23:59:59+00:00"


def test_an_agreed_update_due_on_a_sunday_moves_to_monday() -> None:
    # Opened Wednesday 4 November, updates every 4 days: Sunday 8 November -> Monday 9th.
    case = make_case(date(2026, 11, 4), victim(every=4))
    [ob] = of_kind(case, Log(), ldn(2026, 11, 5), "agreed_update").values()
    assert ob.to_json()["due"] == "2026-11-09T23:59:59+00:00"


def test_the_chain_ends_with_the_decision_on_the_referral() -> None:
    case = make_case(date(2026, 11, 2))
    log = Log()
    log.add("nrm", "referral", ldn(2026, 11, 2, 10), service="nrm", consent=True)
    log.rg("rg", ldn(2026, 11, 6, 10), outcome="negative")
    [ob] = of_kind(case, log, ldn(2027, 1, 20), "competent_authority_update").values()
    assert ob.status == "not_applicable"
    assert ob.label.endswith("(NRM decision 06/11/2026)")


def test_a_missed_update_stays_overdue_after_the_decision() -> None:
    case = make_case(date(2026, 11, 2))
    log = Log()
    log.add("nrm", "referral", ldn(2026, 11, 2, 10), service="nrm", consent=True)
    log.rg("rg", ldn(2026, 11, 6, 10))
    log.cg("cg", ldn(2026, 12, 15, 10))
    [ob] = of_kind(case, log, ldn(2027, 1, 20), "competent_authority_update").values()
    # Due 30 November, nothing sent before the CG decision of 15 December.
    assert (ob.status, ob.to_json()["due"]) == ("overdue", "2026-11-30T23:59:59+00:00")


def test_a_duty_to_notify_owes_the_competent_authority_no_updates() -> None:
    case = make_case(date(2026, 11, 2))
    log = Log()
    log.add("dtn", "referral", ldn(2026, 11, 2, 10), service="duty_to_notify", consent=False)
    assert of_kind(case, log, ldn(2027, 1, 20), "competent_authority_update") == {}
