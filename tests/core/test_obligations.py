"""The obligation engine: hand-worked due times, statuses, every kind, properties, speed.

Every expected due time below is written out by hand from the gov.uk bank holiday lists and
a printed calendar, never computed by the code under test. Due times are given in UTC as the
``msvlo due --json`` contract prints them: 23:59:59 London is 23:59:59+00:00 in winter and
22:59:59+00:00 in summer time.
"""

from __future__ import annotations

import dataclasses
import inspect
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msvlo_desktop.core import obligations as engine
from msvlo_desktop.core.calendar import LONDON, WorkingDayCalendar
from msvlo_desktop.core.case import Case, Contact
from msvlo_desktop.core.entries import Entry, EntryContext, validate_entry
from msvlo_desktop.core.obligations import (
    Obligation,
    case_obligations,
    due_table,
    sort_by_urgency,
)
from msvlo_desktop.core.rules import RIGHT6_EVENTS, RIGHT6_UPDATE, RULES, Rule
from msvlo_desktop.core.victim import EnhancedRights, UpdatePreferences, Victim

REF = "KESTREL-0042"
ENHANCED = EnhancedRights(True, ("most_serious_crime",))
STANDARD = EnhancedRights(False, (), "Assessed: not in any enhanced category")


def ldn(y: int, m: int, d: int, hh: int = 10, mm: int = 0, ss: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, ss, tzinfo=LONDON)


def utc(y: int, m: int, d: int, hh: int = 12, mm: int = 0, ss: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, ss, tzinfo=UTC)


def victim(
    rights: EnhancedRights = ENHANCED,
    *,
    age: int | None = 30,
    dob: date | None = None,
    prefs: UpdatePreferences | None = None,
) -> Victim:
    return Victim(
        name="Test Victim",
        pseudonym="V1",
        date_of_birth=dob,
        claimed_age=None if dob else age,
        enhanced_rights=rights,
        update_preferences=prefs or UpdatePreferences(),
    )


def make_case(v: Victim | None = None, **changes: Any) -> Case:
    base = Case(reference=REF, opened_on=date(2026, 3, 2), victim=v or victim())
    return base.with_changes(**changes)


class Log:
    """Builds a log in recorded order, numbering entries like the vault does."""

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

    def event(self, entry_id: str, event: str, when: datetime) -> Entry:
        return self.add(entry_id, "investigation_event", when, event=event)

    def update(
        self,
        entry_id: str,
        when: datetime,
        satisfies: Sequence[str] = (),
        late_reason: str | None = None,
    ) -> Entry:
        data: dict[str, Any] = {"satisfies": list(satisfies), "method": "phone", "summary": "x"}
        if late_reason:
            data["late_reason"] = late_reason
        return self.add(entry_id, "victim_update", when, **data)


def only(obligations: list[Obligation], kind: str) -> list[Obligation]:
    return [o for o in obligations if o.kind == kind]


def right6(case: Case, log: Log, at: datetime) -> list[Obligation]:
    return only(case_obligations(case, log.entries, at), "victims_code_update")


# ----------------------------------------------------------------------------- Right 6 table
# (what, event, event time, enhanced due (UTC), standard due (UTC)). Enhanced = 1 working day,
# standard = 5 working days after the London day of the event.
RIGHT6_TABLE = [
    # Mon 9 Nov 2026 10:00 -> Tue 10 Nov; 5 days: 10, 11, 12, 13, 16 Nov.
    (
        "Monday morning",
        "arrest",
        ldn(2026, 11, 9, 10),
        "2026-11-10T23:59:59+00:00",
        "2026-11-16T23:59:59+00:00",
    ),
    # Fri 13 Nov 23:30 -> Mon 16; 5 days: 16-20 Nov.
    (
        "Friday 23:30",
        "interview_under_caution",
        ldn(2026, 11, 13, 23, 30),
        "2026-11-16T23:59:59+00:00",
        "2026-11-20T23:59:59+00:00",
    ),
    # Sat 14 Nov -> Mon 16; 5 days: 16-20 Nov.
    (
        "Saturday",
        "released_no_further_action",
        ldn(2026, 11, 14, 12),
        "2026-11-16T23:59:59+00:00",
        "2026-11-20T23:59:59+00:00",
    ),
    # Thu 24 Dec 2026: 25 Christmas, 26-27 weekend, 28 substitute Boxing Day -> Tue 29 Dec;
    # 5 days: 29, 30, 31 Dec, (1 Jan New Year), 4, 5 Jan 2027.
    (
        "Christmas Eve 2026",
        "released_on_bail",
        ldn(2026, 12, 24, 15),
        "2026-12-29T23:59:59+00:00",
        "2027-01-05T23:59:59+00:00",
    ),
    # Wed 23 Dec 2026 -> Thu 24; 5 days: 24, 29, 30, 31 Dec, 4 Jan.
    (
        "before Christmas 2026",
        "released_under_investigation",
        ldn(2026, 12, 23, 10),
        "2026-12-24T23:59:59+00:00",
        "2027-01-04T23:59:59+00:00",
    ),
    # Christmas Day itself -> Tue 29 Dec; 5 days: 29, 30, 31 Dec, 4, 5 Jan.
    (
        "Christmas Day 2026",
        "bail_conditions_changed",
        ldn(2026, 12, 25, 11),
        "2026-12-29T23:59:59+00:00",
        "2027-01-05T23:59:59+00:00",
    ),
    # Easter 2026: Good Friday 3 Apr, Easter Monday 6 Apr, BST. Thu 2 Apr -> Tue 7 Apr;
    # 5 days: 7, 8, 9, 10, 13 Apr.
    (
        "before Easter 2026",
        "decision_not_to_investigate",
        ldn(2026, 4, 2, 16),
        "2026-04-07T22:59:59+00:00",
        "2026-04-13T22:59:59+00:00",
    ),
    # Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar; clocks go forward Sun 28 Mar.
    # Thu 25 Mar (GMT) -> Tue 30 Mar (BST); 5 days: 30, 31 Mar, 1, 2, 5 Apr.
    (
        "before Easter 2027, across the clock change",
        "charged",
        ldn(2027, 3, 25, 12),
        "2027-03-30T22:59:59+00:00",
        "2027-04-05T22:59:59+00:00",
    ),
    # Clocks forward Sun 29 Mar 2026. Fri 27 Mar 23:30 GMT -> Mon 30 Mar (BST);
    # 5 days: 30, 31 Mar, 1, 2 Apr, (3 Good Friday, 6 Easter Monday), 7 Apr.
    (
        "Friday 23:30 before clocks go forward 2026",
        "out_of_court_disposal",
        ldn(2026, 3, 27, 23, 30),
        "2026-03-30T22:59:59+00:00",
        "2026-04-07T22:59:59+00:00",
    ),
    # Clocks back Sun 25 Oct 2026. Fri 23 Oct 23:30 BST -> Mon 26 Oct (GMT);
    # 5 days: 26-30 Oct.
    (
        "Friday 23:30 before clocks go back 2026",
        "cps_decision",
        ldn(2026, 10, 23, 23, 30),
        "2026-10-26T23:59:59+00:00",
        "2026-10-30T23:59:59+00:00",
    ),
    # Christmas 2027: 25 Sat -> Mon 27 substitute, 26 Sun -> Tue 28 substitute; New Year
    # 2028 Sat 1 Jan -> Mon 3 Jan substitute. Fri 24 Dec 23:30 -> Wed 29 Dec;
    # 5 days: 29, 30, 31 Dec, 4, 5 Jan 2028.
    (
        "Friday 23:30 Christmas Eve 2027, substitute days",
        "first_hearing_date_received",
        ldn(2027, 12, 24, 23, 30),
        "2027-12-29T23:59:59+00:00",
        "2028-01-05T23:59:59+00:00",
    ),
    # 00:30 UTC on Sun 29 Mar 2026 is still Sunday (GMT) -> Mon 30 Mar (BST);
    # 5 days: 30, 31 Mar, 1, 2, 7 Apr.
    (
        "Sunday night of the spring clock change",
        "arrest",
        utc(2026, 3, 29, 0, 30),
        "2026-03-30T22:59:59+00:00",
        "2026-04-07T22:59:59+00:00",
    ),
    # 01:30 UTC on Sun 25 Oct 2026 is 01:30 GMT, after the clocks went back: still Sunday.
    (
        "Sunday night of the autumn clock change",
        "charged",
        utc(2026, 10, 25, 1, 30),
        "2026-10-26T23:59:59+00:00",
        "2026-10-30T23:59:59+00:00",
    ),
    # 23:30 UTC Mon 8 Jun 2026 is 00:30 Tue in London: a Tuesday event -> Wed 10 Jun;
    # 5 days: 10, 11, 12, 15, 16 Jun.
    (
        "late Monday in UTC is Tuesday in London",
        "arrest",
        utc(2026, 6, 8, 23, 30),
        "2026-06-10T22:59:59+00:00",
        "2026-06-16T22:59:59+00:00",
    ),
    # Fri 22 May 2026 23:30, Mon 25 May Spring bank holiday -> Tue 26 May;
    # 5 days: 26, 27, 28, 29 May, 1 Jun.
    (
        "Friday 23:30 before a bank holiday Monday",
        "released_on_bail",
        ldn(2026, 5, 22, 23, 30),
        "2026-05-26T22:59:59+00:00",
        "2026-06-01T22:59:59+00:00",
    ),
    # Thu 31 Dec 2026, Fri 1 Jan 2027 New Year -> Mon 4 Jan; 5 days: 4-8 Jan.
    (
        "New Year's Eve 2026",
        "cps_decision",
        ldn(2026, 12, 31, 10),
        "2027-01-04T23:59:59+00:00",
        "2027-01-08T23:59:59+00:00",
    ),
    # Good Friday 2027 23:30 GMT -> Tue 30 Mar BST; 5 days: 30, 31 Mar, 1, 2, 5 Apr.
    (
        "Good Friday 2027 23:30",
        "interview_under_caution",
        ldn(2027, 3, 26, 23, 30),
        "2027-03-30T22:59:59+00:00",
        "2027-04-05T22:59:59+00:00",
    ),
]


def test_the_table_covers_every_right6_event() -> None:
    assert {row[1] for row in RIGHT6_TABLE} == set(RIGHT6_EVENTS)
    assert len(RIGHT6_EVENTS) == 11


@pytest.mark.parametrize("enhanced", [True, False], ids=["enhanced", "standard"])
@pytest.mark.parametrize(
    ("event", "when", "enhanced_due", "standard_due"),
    [row[1:] for row in RIGHT6_TABLE],
    ids=[row[0] for row in RIGHT6_TABLE],
)
def test_right6_due_times(
    event: str, when: datetime, enhanced_due: str, standard_due: str, enhanced: bool
) -> None:
    case = make_case(victim(ENHANCED if enhanced else STANDARD))
    log = Log()
    log.event("ev1", event, when)
    at = when + timedelta(hours=1)
    [ob] = right6(case, log, at)
    expected = enhanced_due if enhanced else standard_due
    assert ob.to_json() == {
        "case": REF,
        "kind": "victims_code_update",
        "source": "ev1",
        "source_event": event,
        "due": expected,
        "status": "due",
        "met_by": None,
        "met_at": None,
    }
    assert ob.due.tzinfo is not None
    assert ob.warnings == ()
    assert ob.rule == RIGHT6_UPDATE
    assert ob.rule_version == "2020"
    assert ob.since == when
    assert ob.label.startswith("Tell the victim")


def test_label_is_plain_words() -> None:
    log = Log()
    log.event("ev1", "arrest", ldn(2026, 11, 9))
    [ob] = right6(make_case(), log, ldn(2026, 11, 9, 12))
    assert ob.label == "Tell the victim about the arrest"


# -------------------------------------------------------------------------- Right 6 statuses
def arrest_log() -> Log:
    # Thu 24 Dec 2026 15:00, enhanced: due Tue 29 Dec 23:59:59 GMT.
    log = Log()
    log.event("arrest1", "arrest", ldn(2026, 12, 24, 15))
    return log


def test_update_at_the_last_second_is_on_time() -> None:
    log = arrest_log()
    log.update("u1", ldn(2026, 12, 29, 23, 59, 59), ["arrest1"])
    [ob] = right6(make_case(), log, ldn(2027, 1, 10))
    assert ob.status == "met_on_time"
    assert (ob.met_by, ob.met_at) == ("u1", utc(2026, 12, 29, 23, 59, 59))
    assert ob.to_json()["met_at"] == "2026-12-29T23:59:59+00:00"
    assert ob.late_reason is None
    assert not ob.needs_late_reason


def test_update_one_second_late_is_late_with_its_reason() -> None:
    log = arrest_log()
    log.update("u1", ldn(2026, 12, 30, 0, 0, 0), ["arrest1"], late_reason="Victim unreachable")
    [ob] = right6(make_case(), log, ldn(2027, 1, 10))
    assert ob.status == "met_late"
    assert ob.late_reason == "Victim unreachable"
    assert not ob.needs_late_reason
    # Met on Wed 30 Dec: one working day after the due day.
    assert ob.working_days_overdue(ldn(2027, 1, 10), WorkingDayCalendar()) == 1


def test_late_update_without_a_reason_is_flagged() -> None:
    log = arrest_log()
    log.update("u1", ldn(2027, 1, 4, 9), ["arrest1"])
    [ob] = right6(make_case(), log, ldn(2027, 1, 10))
    assert ob.status == "met_late"
    assert ob.needs_late_reason
    # 30, 31 Dec, (1 Jan), 4 Jan: 3 working days late.
    assert ob.working_days_overdue(ldn(2027, 1, 10), WorkingDayCalendar()) == 3


@pytest.mark.parametrize(
    ("at", "status", "working_days"),
    [
        (ldn(2026, 12, 24, 16), "due", 0),
        (ldn(2026, 12, 29, 23, 59, 59), "due", 0),
        (ldn(2026, 12, 30, 0, 0, 0), "overdue", 1),
        (ldn(2026, 12, 31, 12), "overdue", 2),
        # New Year's Day is not a working day: still 2.
        (ldn(2027, 1, 1, 12), "overdue", 2),
        (ldn(2027, 1, 4, 9), "overdue", 3),
    ],
)
def test_unmet_update_is_due_then_overdue(at: datetime, status: str, working_days: int) -> None:
    [ob] = right6(make_case(), arrest_log(), at)
    assert ob.status == status
    assert ob.met_by is None
    assert ob.working_days_overdue(at, WorkingDayCalendar()) == working_days


def test_the_earliest_update_naming_the_event_meets_it() -> None:
    log = arrest_log()
    # Recorded later in the log, but happened first: that is when the victim was told.
    log.update("u_late", ldn(2027, 1, 4), ["arrest1"])
    log.update("u_first", ldn(2026, 12, 29, 9), ["arrest1"])
    [ob] = right6(make_case(), log, ldn(2027, 1, 10))
    assert (ob.status, ob.met_by) == ("met_on_time", "u_first")


def test_an_update_that_names_other_events_does_not_meet_this_one() -> None:
    log = arrest_log()
    log.event("charge1", "charged", ldn(2026, 12, 29, 10))
    log.update("u1", ldn(2026, 12, 29, 12), ["charge1"])
    log.update("u2", ldn(2026, 12, 29, 13))
    obs = {o.source: o for o in right6(make_case(), log, ldn(2026, 12, 31))}
    assert obs["arrest1"].status == "overdue"
    assert obs["charge1"].status == "met_on_time"


def test_one_update_can_meet_several_events() -> None:
    log = arrest_log()
    log.event("iuc", "interview_under_caution", ldn(2026, 12, 24, 18))
    log.update("u1", ldn(2026, 12, 29, 12), ["arrest1", "iuc"])
    obs = right6(make_case(), log, ldn(2026, 12, 31))
    assert [(o.source, o.status, o.met_by) for o in obs] == [
        ("arrest1", "met_on_time", "u1"),
        ("iuc", "met_on_time", "u1"),
    ]


def test_update_logged_before_its_event_is_warned_about() -> None:
    log = Log()
    log.update("u1", ldn(2026, 12, 24, 9), ["arrest1"])
    log.event("arrest1", "arrest", ldn(2026, 12, 24, 15))
    [ob] = right6(make_case(), log, ldn(2026, 12, 31))
    assert ob.status == "met_on_time"
    assert "before the event it reports" in ob.warnings[0]


def test_a_child_always_gets_one_working_day() -> None:
    # Enhanced rights recorded as off (it cannot be done through the forms for a child), but
    # the victim is 16: the code treats every child as enhanced.
    log = Log()
    log.event("ev", "arrest", ldn(2026, 11, 9))
    [ob] = right6(make_case(victim(STANDARD, age=16)), log, ldn(2026, 11, 9, 12))
    assert ob.to_json()["due"] == "2026-11-10T23:59:59+00:00"


def test_age_disputed_is_enhanced() -> None:
    v = dataclasses.replace(victim(STANDARD, age=25), age_disputed=True)
    log = Log()
    log.event("ev", "arrest", ldn(2026, 11, 9))
    [ob] = right6(make_case(v), log, ldn(2026, 11, 9, 12))
    assert ob.to_json()["due"] == "2026-11-10T23:59:59+00:00"


def test_enhanced_is_judged_on_the_event_day() -> None:
    # Born 12 Nov 2008: 17 on Wed 11 Nov 2026, 18 from Thu 12 Nov.
    v = victim(STANDARD, dob=date(2008, 11, 12))
    log = Log()
    log.event("before", "arrest", ldn(2026, 11, 11))
    log.event("after", "charged", ldn(2026, 11, 12))
    obs = {o.source: o.to_json()["due"] for o in right6(make_case(v), log, ldn(2026, 11, 12, 12))}
    assert obs == {
        "before": "2026-11-12T23:59:59+00:00",  # Thu, 1 working day
        "after": "2026-11-19T23:59:59+00:00",  # 13, 16, 17, 18, 19 Nov
    }


def test_events_after_the_evaluation_moment_do_not_count_yet() -> None:
    log = arrest_log()
    log.event("later", "charged", ldn(2027, 1, 5))
    log.update("u1", ldn(2027, 1, 4), ["arrest1"])
    obs = right6(make_case(), log, ldn(2026, 12, 31))
    assert [(o.source, o.status, o.met_by) for o in obs] == [("arrest1", "overdue", None)]


def test_evaluation_time_must_be_aware() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        case_obligations(make_case(), [], datetime(2026, 11, 20, 12))


def test_corrections_are_applied() -> None:
    log = arrest_log()
    log.update("u1", ldn(2026, 12, 29, 12), ["arrest1"])
    # The arrest was really on Wed 30 Dec, and was a charge: the update (29th) now predates it.
    log.add(
        "c1",
        "correction",
        ldn(2027, 1, 2),
        corrects="arrest1",
        reason="Wrong event and day",
        replacement={
            "type": "investigation_event",
            "occurred_at": "2026-12-30T09:00:00+00:00",
            "sensitive": False,
            "event": "charged",
        },
    )
    [ob] = right6(make_case(), log, ldn(2027, 1, 10))
    assert ob.source == "arrest1"
    assert ob.source_event == "charged"
    assert ob.to_json()["due"] == "2026-12-31T23:59:59+00:00"
    assert ob.status == "met_on_time"
    assert any("before the event" in w for w in ob.warnings)


def test_opt_out_makes_later_updates_not_applicable() -> None:
    prefs = UpdatePreferences(opted_out=True, opted_out_on=date(2026, 11, 11), opt_out_reason="x")
    log = Log()
    log.event("before", "arrest", ldn(2026, 11, 10))
    log.event("after", "charged", ldn(2026, 11, 12))
    log.event("told", "released_on_bail", ldn(2026, 11, 12, 15))
    log.update("u1", ldn(2026, 11, 13), ["told"])
    obs = {o.source: o for o in right6(make_case(victim(prefs=prefs)), log, ldn(2026, 11, 20))}
    assert obs["before"].status == "overdue"
    assert obs["after"].status == "not_applicable"
    assert "opted out" in obs["after"].label
    assert obs["after"].warnings == ()
    # Told anyway: it stays met.
    assert obs["told"].status == "met_on_time"


def test_opt_out_without_a_date_says_so() -> None:
    prefs = UpdatePreferences(opted_out=True)
    log = Log()
    log.event("ev", "arrest", ldn(2026, 11, 10))
    [ob] = right6(make_case(victim(prefs=prefs)), log, ldn(2026, 11, 20))
    assert ob.status == "not_applicable"
    assert "not recorded" in ob.warnings[0]


# ------------------------------------------------------------------ rules versions, coverage
def test_rule_version_in_force_at_the_event_decides() -> None:
    new_code = Rule(
        RIGHT6_UPDATE,
        "A later Victims' Code",
        "2027",
        date(2027, 1, 1),
        {"enhanced_working_days": 2, "standard_working_days": 10, "events": dict(RIGHT6_EVENTS)},
    )
    rules = RULES.with_rules(new_code)
    log = Log()
    log.event("old", "arrest", ldn(2026, 12, 31, 10))
    log.event("new", "arrest", ldn(2027, 1, 4, 10))
    obs = {
        o.source: o
        for o in only(
            case_obligations(make_case(), log.entries, ldn(2027, 1, 4, 12), rules=rules),
            "victims_code_update",
        )
    }
    assert (obs["old"].rule_version, obs["old"].to_json()["due"]) == (
        "2020",
        "2027-01-04T23:59:59+00:00",
    )
    # 2 working days after Mon 4 Jan: Wed 6 Jan.
    assert (obs["new"].rule_version, obs["new"].to_json()["due"]) == (
        "2027",
        "2027-01-06T23:59:59+00:00",
    )


def test_uncovered_calendar_years_are_warned_about() -> None:
    # Fri 29 Dec 2028; the calendar covers up to 2028, so Mon 1 Jan 2029 (New Year's Day) is
    # not known to be a holiday and is counted: the answer is too early and says so.
    log = Log()
    log.event("ev", "arrest", ldn(2028, 12, 29, 10))
    [ob] = right6(make_case(), log, ldn(2028, 12, 29, 12))
    assert ob.to_json()["due"] == "2029-01-01T23:59:59+00:00"
    assert len(ob.warnings) == 1
    assert "2029" in ob.warnings[0]
    assert "[1]" in due_table([ob], ldn(2028, 12, 29, 12))
    assert ob.warnings[0] in due_table([ob], ldn(2028, 12, 29, 12))


def test_events_before_the_2020_code_are_judged_by_it_and_say_so() -> None:
    log = Log()
    log.event("ev", "arrest", ldn(2021, 3, 1, 10))
    [ob] = right6(make_case(), log, ldn(2021, 3, 1, 12))
    assert ob.rule_version == "2020"
    assert ob.to_json()["due"] == "2021-03-02T23:59:59+00:00"
    assert "was in force on 01/03/2021" in ob.warnings[0]


def test_a_local_override_day_is_skipped() -> None:
    cal = WorkingDayCalendar({date(2026, 11, 10): "Local proclaimed day"})
    log = Log()
    log.event("ev", "arrest", ldn(2026, 11, 9))
    [ob] = only(
        case_obligations(make_case(), log.entries, ldn(2026, 11, 9, 12), calendar=cal),
        "victims_code_update",
    )
    assert ob.to_json()["due"] == "2026-11-11T23:59:59+00:00"


# ---------------------------------------------------------------------------- support referral
def support(case: Case, log: Log, at: datetime) -> list[Obligation]:
    return only(case_obligations(case, log.entries, at), "support_referral")


REPORTED = ldn(2026, 12, 24, 9)  # Thu: 2 working days -> Wed 30 Dec (29, 30)


def test_support_referral_due_two_working_days_after_the_report() -> None:
    [ob] = support(make_case(crime_reported_at=REPORTED), Log(), ldn(2026, 12, 24, 10))
    assert ob.to_json() == {
        "case": REF,
        "kind": "support_referral",
        "source": "case",
        "source_event": "crime_report",
        "due": "2026-12-30T23:59:59+00:00",
        "status": "due",
        "met_by": None,
        "met_at": None,
    }
    assert ob.label == "Refer the victim to support services"


def test_no_crime_report_time_no_support_timer() -> None:
    assert support(make_case(), Log(), ldn(2026, 12, 24, 10)) == []


@pytest.mark.parametrize(
    ("service", "when", "status"),
    [
        ("msvcc", ldn(2026, 12, 29, 10), "met_on_time"),
        ("victim_support", ldn(2026, 12, 30, 23, 59, 59), "met_on_time"),
        ("gp", ldn(2026, 12, 31, 9), "met_late"),
        ("imsa", ldn(2026, 12, 23, 9), "met_on_time"),  # before the report still counts
        ("nrm", ldn(2026, 12, 29, 10), "overdue"),  # not a support service
        ("duty_to_notify", ldn(2026, 12, 29, 10), "overdue"),
    ],
)
def test_support_referral_met_by_a_support_service(
    service: str, when: datetime, status: str
) -> None:
    log = Log()
    log.add("r1", "referral", when, service=service)
    [ob] = support(make_case(crime_reported_at=REPORTED), log, ldn(2027, 1, 4))
    assert ob.status == status
    assert ob.met_by == (None if status == "overdue" else "r1")


@pytest.mark.parametrize(
    ("entry_type", "extra"), [("note", {}), ("interaction", {"mode": "phone"})]
)
def test_a_recorded_decline_meets_the_support_referral(
    entry_type: str, extra: dict[str, Any]
) -> None:
    log = Log()
    log.add(
        "d1",
        entry_type,
        ldn(2026, 12, 29, 10),
        summary="Declined",
        actions=["support_referral_declined"],
        **extra,
    )
    log.add("r1", "referral", ldn(2026, 12, 31), service="msvcc")
    [ob] = support(make_case(crime_reported_at=REPORTED), log, ldn(2027, 1, 4))
    assert (ob.status, ob.met_by) == ("met_on_time", "d1")
    assert ob.label == "Refer the victim to support services (the victim declined)"


def test_a_late_decline_is_met_late() -> None:
    log = Log()
    log.add("d1", "note", ldn(2026, 12, 31), summary="x", actions=["support_referral_declined"])
    [ob] = support(make_case(crime_reported_at=REPORTED), log, ldn(2027, 1, 4))
    assert (ob.status, ob.met_by) == ("met_late", "d1")


# ------------------------------------------------------------------------------ agreed update
def agreed(case: Case, log: Log, at: datetime) -> list[Obligation]:
    return only(case_obligations(case, log.entries, at), "agreed_update")


def fortnightly_case(**changes: Any) -> Case:
    v = victim(prefs=UpdatePreferences(every_days=14, method="phone"))
    return make_case(v, opened_on=date(2026, 11, 2), **changes)


def test_agreed_update_chain() -> None:
    log = Log()
    log.update("u1", ldn(2026, 11, 10, 11))  # first window ends 16 Nov: on time
    log.update("u2", ldn(2026, 11, 27, 9))  # window from 10 Nov ends 24 Nov: late
    obs = agreed(fortnightly_case(), log, ldn(2026, 12, 20))
    assert [(o.source, o.to_json()["due"], o.status, o.met_by) for o in obs] == [
        ("case", "2026-11-16T23:59:59+00:00", "met_on_time", "u1"),
        ("u1", "2026-11-24T23:59:59+00:00", "met_late", "u2"),
        ("u2", "2026-12-11T23:59:59+00:00", "overdue", None),
    ]
    assert [o.source_event for o in obs] == ["case_opened", "victim_update", "victim_update"]
    assert obs[0].label == "Agreed update to the victim (every 14 days, by phone)"
    assert obs[1].needs_late_reason


def test_agreed_update_next_one_is_upcoming() -> None:
    log = Log()
    log.update("u1", ldn(2026, 11, 10, 11))
    obs = agreed(fortnightly_case(), log, ldn(2026, 11, 12))
    assert [(o.source, o.status) for o in obs] == [("case", "met_on_time"), ("u1", "due")]


def test_right6_updates_count_as_agreed_updates() -> None:
    log = Log()
    log.event("ev", "arrest", ldn(2026, 11, 5))
    log.update("u1", ldn(2026, 11, 6), ["ev"])
    obs = agreed(fortnightly_case(), log, ldn(2026, 11, 12))
    assert obs[0].met_by == "u1"


def test_a_missed_agreed_update_stays_one_overdue_reminder() -> None:
    obs = agreed(fortnightly_case(), Log(), ldn(2027, 2, 1))
    assert [(o.source, o.status) for o in obs] == [("case", "overdue")]


def test_opted_out_victim_has_one_not_applicable_agreed_update() -> None:
    prefs = UpdatePreferences(
        every_days=14, opted_out=True, opted_out_on=date(2026, 11, 9), opt_out_reason="Wishes"
    )
    [ob] = agreed(make_case(victim(prefs=prefs)), Log(), ldn(2026, 12, 1))
    assert ob.status == "not_applicable"
    assert ob.to_json()["due"] == "2026-11-09T23:59:59+00:00"
    assert ob.label == "Agreed updates: the victim opted out on 09/11/2026: Wishes"


def test_no_agreed_frequency_no_agreed_updates() -> None:
    assert agreed(make_case(), Log(), ldn(2026, 12, 1)) == []


def test_agreed_updates_stop_when_the_case_closes() -> None:
    log = Log()
    log.update("u1", ldn(2026, 11, 10, 11))
    case = fortnightly_case(status="closed", closed_on=date(2026, 11, 20))
    obs = agreed(case, log, ldn(2026, 12, 20))
    assert [(o.source, o.status) for o in obs] == [
        ("case", "met_on_time"),
        ("u1", "not_applicable"),
    ]
    assert "case closed 20/11/2026" in obs[1].label


# --------------------------------------------------------------------------------------- NRM
def nrm(case: Case, log: Log, at: datetime, kind: str) -> list[Obligation]:
    return only(case_obligations(case, log.entries, at), kind)


def test_rg_expected_five_working_days_after_referral() -> None:
    log = Log()
    log.add("ref", "referral", ldn(2026, 11, 2, 15), service="nrm", consent=True)
    [ob] = nrm(make_case(), log, ldn(2026, 11, 3), "nrm_rg_expected")
    # Mon 2 Nov -> 3, 4, 5, 6, 9 Nov.
    assert ob.to_json()["due"] == "2026-11-09T23:59:59+00:00"
    assert (ob.status, ob.source, ob.source_event) == ("due", "ref", "nrm_referral")
    [ob] = nrm(make_case(), log, ldn(2026, 11, 10), "nrm_rg_expected")
    assert ob.status == "overdue"
    log.add("rg", "nrm_decision", ldn(2026, 11, 12), stage="reasonable_grounds", outcome="negative")
    [ob] = nrm(make_case(), log, ldn(2026, 11, 20), "nrm_rg_expected")
    assert (ob.status, ob.met_by) == ("met_late", "rg")


def test_duty_to_notify_expects_no_decision() -> None:
    log = Log()
    log.add("dtn", "referral", ldn(2026, 11, 2), service="duty_to_notify")
    assert nrm(make_case(), log, ldn(2026, 11, 20), "nrm_rg_expected") == []


def cg_log() -> Log:
    log = Log()
    log.add("ref", "referral", ldn(2026, 11, 2), service="nrm", consent=True)
    log.add(
        "rg", "nrm_decision", ldn(2026, 11, 6, 16), stage="reasonable_grounds", outcome="positive"
    )
    return log


def test_cg_not_before_thirty_calendar_days_after_rg() -> None:
    [ob] = nrm(make_case(), cg_log(), ldn(2026, 11, 20), "nrm_cg_not_before")
    # RG on Fri 6 Nov 2026: no CG decision before 00:00 on Sun 6 Dec 2026.
    assert ob.to_json() == {
        "case": REF,
        "kind": "nrm_cg_not_before",
        "source": "rg",
        "source_event": "rg_decision",
        "due": "2026-12-06T00:00:00+00:00",
        "status": "due",
        "met_by": None,
        "met_at": None,
    }
    assert ob.is_milestone


def test_cg_milestone_stays_due_while_awaited_and_is_never_overdue() -> None:
    at = ldn(2027, 6, 1)
    [ob] = nrm(make_case(), cg_log(), at, "nrm_cg_not_before")
    assert ob.status == "due"
    assert ob.working_days_overdue(at, WorkingDayCalendar()) == 0
    assert sort_by_urgency([ob])[0] is ob


@pytest.mark.parametrize(
    ("when", "status"),
    [
        (ldn(2026, 12, 6, 0, 0, 0), "met_on_time"),
        (ldn(2027, 3, 1), "met_on_time"),
        (ldn(2026, 12, 5, 23, 59, 59), "met_late"),
    ],
)
def test_cg_decision_on_or_after_the_date_is_on_time(when: datetime, status: str) -> None:
    log = cg_log()
    log.add("cg", "nrm_decision", when, stage="conclusive_grounds", outcome="trafficking")
    [ob] = nrm(make_case(), log, ldn(2027, 6, 1), "nrm_cg_not_before")
    assert (ob.status, ob.met_by) == (status, "cg")
    if status == "met_late":
        assert "before the earliest date 06/12/2026" in ob.warnings[0]
        assert not ob.needs_late_reason
    else:
        assert ob.warnings == ()


def test_negative_rg_has_no_cg_milestone() -> None:
    log = Log()
    log.add("rg", "nrm_decision", ldn(2026, 11, 6), stage="reasonable_grounds", outcome="negative")
    assert nrm(make_case(), log, ldn(2026, 11, 20), "nrm_cg_not_before") == []


# ---------------------------------------------------------------------- exit strategy review
def test_exit_strategy_review() -> None:
    log = Log()
    log.add("x1", "exit_strategy", ldn(2026, 11, 2), status="drafted", review_on="2026-12-01")
    case = make_case()
    [ob] = only(case_obligations(case, log.entries, ldn(2026, 11, 20)), "exit_strategy_review")
    assert ob.to_json()["due"] == "2026-12-01T23:59:59+00:00"
    assert (ob.status, ob.source, ob.source_event) == ("due", "x1", "exit_strategy")
    [ob] = only(case_obligations(case, log.entries, ldn(2026, 12, 2)), "exit_strategy_review")
    assert ob.status == "overdue"
    log.add("x2", "exit_strategy", ldn(2026, 11, 30), status="agreed", agreed_with="DS Brown")
    [ob] = only(case_obligations(case, log.entries, ldn(2026, 12, 2)), "exit_strategy_review")
    assert (ob.status, ob.met_by) == ("met_on_time", "x2")


# ------------------------------------------------------------------- sorting and the table
def overdue_and_due() -> tuple[Case, Log]:
    case = fortnightly_case(crime_reported_at=ldn(2026, 12, 23, 9))
    log = arrest_log()  # due 29 Dec
    log.event("charge", "charged", ldn(2026, 12, 30, 10))  # due 31 Dec
    log.update("u1", ldn(2026, 11, 10), [])
    log.add("ref", "referral", ldn(2026, 12, 23, 10), service="msvcc")
    # The adult did not consent to the NRM: the Duty to Notify was made the day the case opened.
    log.add("dtn", "referral", ldn(2026, 11, 2, 16), service="duty_to_notify")
    return case, log


def test_sort_by_urgency() -> None:
    case, log = overdue_and_due()
    at = ldn(2026, 12, 31, 12)
    obs = sort_by_urgency(case_obligations(case, log.entries, at))
    assert [(o.kind, o.source, o.status) for o in obs] == [
        ("agreed_update", "u1", "overdue"),  # due 24 Nov
        ("victims_code_update", "arrest1", "overdue"),  # due 29 Dec
        ("victims_code_update", "charge", "due"),  # due 31 Dec
        ("nrm_or_duty_to_notify", "case", "met_on_time"),  # due 3 Nov
        ("agreed_update", "case", "met_on_time"),
        ("support_referral", "case", "met_on_time"),
    ]


def test_due_table_reads_at_a_glance() -> None:
    case, log = overdue_and_due()
    at = ldn(2026, 12, 31, 12)
    table = due_table(case_obligations(case, log.entries, at), at).splitlines()
    assert table[0].split() == ["Status", "Case", "What", "is", "owed", "Since", "Due", "by"]
    assert set(table[1]) <= {"-", " "}
    # Due 24 Nov; working days to 31 Dec: 25, 26, 27, 30 Nov (4), then December: 1-4, 7-11,
    # 14-18, 21-24 and 29-31 (21; 25 and 28 Dec are bank holidays). 25 in all.
    assert table[2].startswith("overdue by 25 working days")
    assert "Previous update, 10/11/2026" in table[2]
    assert table[3].startswith("overdue by 2 working days")
    assert "KESTREL-0042" in table[3]
    assert "Tell the victim about the arrest" in table[3]
    assert "Suspect arrested, 24/12/2026" in table[3]
    assert table[3].endswith("29/12/2026 23:59")
    assert table[4].startswith("due today")
    assert table[4].endswith("31/12/2026 23:59")
    assert table[5].startswith("met on time")
    assert table[6].startswith("met on time")
    assert len(table) == 8


def test_due_table_words() -> None:
    at = ldn(2026, 11, 10, 12)
    base = Obligation(
        case=REF,
        kind="victims_code_update",
        source="e",
        source_event="arrest",
        due=ldn(2026, 11, 13, 23, 59, 59),
        status="due",
        met_by=None,
        met_at=None,
        label="Tell the victim about the arrest",
        rule=RIGHT6_UPDATE,
        rule_version="2020",
        since=ldn(2026, 11, 9),
    )
    assert due_table([base], at).splitlines()[2].startswith("due Friday")
    weekend = ldn(2026, 11, 14, 12)
    late = dataclasses.replace(base, status="overdue")
    assert due_table([late], weekend).splitlines()[2].startswith("overdue by under 1 working day")
    assert (
        due_table([late], ldn(2026, 11, 16, 9))
        .splitlines()[2]
        .startswith("overdue by 1 working day ")
    )
    na = dataclasses.replace(base, status="not_applicable")
    assert due_table([na], at).splitlines()[2].startswith("not applicable")
    assert due_table([], at) == "Nothing is owed: no obligations."


def test_due_table_milestone() -> None:
    [ob] = nrm(make_case(), cg_log(), ldn(2026, 11, 20), "nrm_cg_not_before")
    row = due_table([ob], ldn(2026, 11, 20)).splitlines()[2]
    assert row.startswith("not yet")
    assert row.endswith("not before 06/12/2026")
    assert "Positive RG decision, 06/11/2026" in row
    row = due_table([ob], ldn(2026, 12, 20)).splitlines()[2]
    assert row.startswith("awaited")


# ---------------------------------------------------------------------------------- plumbing
def test_fast_constructor_matches_the_dataclass() -> None:
    params = list(inspect.signature(engine._obligation).parameters)
    assert params == [f.name for f in dataclasses.fields(Obligation)]
    values: dict[str, Any] = {
        "case": REF,
        "kind": "agreed_update",
        "source": "case",
        "source_event": "case_opened",
        "due": ldn(2026, 11, 16, 23, 59, 59),
        "status": "due",
        "met_by": None,
        "met_at": None,
        "label": "x",
        "rule": RIGHT6_UPDATE,
        "rule_version": "2020",
        "warnings": ("w",),
        "late_reason": None,
        "since": ldn(2026, 11, 2),
    }
    fast = engine._obligation(**values)
    slow = Obligation(**values)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.status = "overdue"  # type: ignore[misc]


def test_obligations_are_keyed_uniquely() -> None:
    case, log = overdue_and_due()
    obs = case_obligations(case, log.entries, ldn(2026, 12, 31, 12))
    assert len({o.key for o in obs}) == len(obs)


# -------------------------------------------------------------------------------- spot check
def test_spot_check_a_hand_built_case() -> None:
    """A small case built through validation, as an officer would log it, read back."""
    now = utc(2026, 11, 20, 12)
    v = victim(prefs=UpdatePreferences(every_days=7, method="phone"))
    case = Case(
        reference="WREN-0007",
        opened_on=date(2026, 11, 2),
        victim=v,
        crime_reported_at=ldn(2026, 11, 2, 9, 15),
        contacts=(Contact("spoc", "PC 1234 A. Smith", from_date=date(2026, 11, 2)),),
    )
    existing: dict[str, Entry] = {}

    def add(raw: dict[str, Any]) -> Entry:
        raw = {"author": "PC 1234 A. Smith", **raw}
        raw.setdefault("recorded_at", raw["occurred_at"])
        e = validate_entry(
            raw,
            EntryContext(now=now, victim=v, opened_on=case.opened_on, existing=existing),
            imported=True,
        )
        e = dataclasses.replace(e, seq=len(existing) + 1)
        existing[e.id] = e
        return e

    add(
        {
            "id": "i1",
            "type": "interaction",
            "occurred_at": "2026-11-02T10:00:00+00:00",
            "mode": "face_to_face",
            "summary": "First meeting",
            "actions": ["basic_needs_assessment", "risk_assessment"],
        }
    )
    add(
        {
            "id": "n1",
            "type": "referral",
            "occurred_at": "2026-11-02T15:00:00+00:00",
            "service": "nrm",
            "consent": True,
        }
    )
    add(
        {
            "id": "s1",
            "type": "referral",
            "occurred_at": "2026-11-03T11:00:00+00:00",
            "service": "msvcc",
        }
    )
    add(
        {
            "id": "a1",
            "type": "investigation_event",
            "occurred_at": "2026-11-05T06:00:00+00:00",
            "event": "arrest",
        }
    )
    add(
        {
            "id": "u1",
            "type": "victim_update",
            "occurred_at": "2026-11-05T17:00:00+00:00",
            "satisfies": ["a1"],
            "method": "phone",
            "summary": "Told of the arrest",
        }
    )
    add(
        {
            "id": "b1",
            "type": "investigation_event",
            "occurred_at": "2026-11-06T20:00:00+00:00",
            "event": "released_on_bail",
        }
    )
    add(
        {
            "id": "rg",
            "type": "nrm_decision",
            "occurred_at": "2026-11-09T12:00:00+00:00",
            "stage": "reasonable_grounds",
            "outcome": "positive",
        }
    )
    add(
        {
            "id": "u2",
            "type": "victim_update",
            "occurred_at": "2026-11-10T09:00:00+00:00",
            "satisfies": ["b1"],
            "method": "phone",
            "summary": "Told of bail",
            "late_reason": "Victim did not answer on Monday",
        }
    )
    add(
        {
            "id": "x1",
            "type": "exit_strategy",
            "occurred_at": "2026-11-16T09:00:00+00:00",
            "status": "drafted",
            "review_on": "2026-11-19",
        }
    )

    obs = {(o.kind, o.source): o for o in case_obligations(case, list(existing.values()), now)}
    # Arrest Thu 5 Nov, told the same day: on time (due Fri 6 Nov).
    assert obs["victims_code_update", "a1"].status == "met_on_time"
    # Bail Fri 6 Nov 20:00, due Mon 9 Nov, told Tue 10 Nov: late, with the reason given.
    bail = obs["victims_code_update", "b1"]
    assert (bail.status, bail.late_reason) == ("met_late", "Victim did not answer on Monday")
    # Reported Mon 2 Nov, MSVCC referral Tue 3 Nov: within 2 working days.
    assert obs["support_referral", "case"].status == "met_on_time"
    # NRM referral Mon 2 Nov, RG Mon 9 Nov: exactly the 5th working day.
    assert obs["nrm_rg_expected", "n1"].status == "met_on_time"
    # Positive RG 9 Nov: CG not before 9 Dec, still awaited.
    cg = obs["nrm_cg_not_before", "rg"]
    assert (cg.status, cg.to_json()["due"]) == ("due", "2026-12-09T00:00:00+00:00")
    # Weekly updates: 5 Nov (on time), 10 Nov (on time), then due by 17 Nov: overdue on 20th.
    chain = sorted((o for o in obs.values() if o.kind == "agreed_update"), key=lambda o: o.due)
    assert [(o.source, o.status) for o in chain] == [
        ("case", "met_on_time"),
        ("u1", "met_on_time"),
        ("u2", "overdue"),
    ]
    # Review set for 19 Nov, nothing logged since: overdue.
    assert obs["exit_strategy_review", "x1"].status == "overdue"
    # An adult case owes an NRM referral or a Duty to Notify: the NRM referral on the day the
    # case opened (Mon 2 Nov) meets it, due by the end of Tue 3 Nov.
    notify = obs["nrm_or_duty_to_notify", "case"]
    assert (notify.status, notify.met_by) == ("met_on_time", "n1")
    assert notify.to_json()["due"] == "2026-11-03T23:59:59+00:00"
    # The competent authority is owed an update 28 days after the referral: Mon 30 Nov.
    ca = obs["competent_authority_update", "n1"]
    assert (ca.status, ca.to_json()["due"]) == ("due", "2026-11-30T23:59:59+00:00")
    assert len(obs) == 11


# ------------------------------------------------------------------------------- properties
events = st.sampled_from(sorted(RIGHT6_EVENTS))
moments = st.datetimes(
    min_value=datetime(2021, 4, 1), max_value=datetime(2028, 11, 30), timezones=st.just(UTC)
)
_CAL = WorkingDayCalendar()


def _one(case: Case, event: str, when: datetime, at: datetime) -> Obligation:
    log = Log()
    log.event("ev", event, when)
    [ob] = right6(case, log, at)
    return ob


@settings(max_examples=200, deadline=None)
@given(events, moments, st.booleans())
def test_a_due_date_is_never_a_weekend_or_bank_holiday(
    event: str, when: datetime, enhanced: bool
) -> None:
    case = make_case(victim(ENHANCED if enhanced else STANDARD), crime_reported_at=when)
    log = Log()
    log.event("ev", event, when)
    log.add("ref", "referral", when, service="nrm")
    for ob in case_obligations(case, log.entries, when):
        if ob.kind in ("victims_code_update", "support_referral", "nrm_rg_expected"):
            day = ob.due.astimezone(LONDON).date()
            assert day.weekday() < 5
            assert _CAL.holiday_name(day) is None
            assert ob.due > when
            assert ob.warnings == ()


@settings(max_examples=200, deadline=None)
@given(events, moments)
def test_enhanced_is_never_later_than_standard(event: str, when: datetime) -> None:
    enhanced = _one(make_case(victim(ENHANCED)), event, when, when)
    standard = _one(make_case(victim(STANDARD)), event, when, when)
    assert enhanced.due < standard.due


@settings(max_examples=200, deadline=None)
@given(events, moments, moments, st.booleans())
def test_a_later_event_never_gets_an_earlier_due_time(
    event: str, a: datetime, b: datetime, enhanced: bool
) -> None:
    first, second = sorted((a, b))
    case = make_case(victim(ENHANCED if enhanced else STANDARD))
    assert _one(case, event, first, second).due <= _one(case, event, second, second).due


@settings(max_examples=200, deadline=None)
@given(events, moments, st.floats(min_value=0, max_value=1), st.booleans())
def test_met_before_the_due_time_is_on_time(
    event: str, when: datetime, fraction: float, enhanced: bool
) -> None:
    case = make_case(victim(ENHANCED if enhanced else STANDARD))
    due = _one(case, event, when, when).due
    told = when + (due - when) * fraction
    log = Log()
    log.event("ev", event, when)
    log.update("u", told, ["ev"])
    [ob] = right6(case, log, due + timedelta(days=30))
    assert ob.status == "met_on_time"
    assert ob.met_by == "u"
    assert ob.working_days_overdue(due + timedelta(days=30), _CAL) == 0


@settings(max_examples=100, deadline=None)
@given(events, moments, st.integers(min_value=1, max_value=60 * 24 * 20))
def test_met_after_the_due_time_is_late(event: str, when: datetime, minutes: int) -> None:
    due = _one(make_case(), event, when, when).due
    log = Log()
    log.event("ev", event, when)
    log.update("u", due + timedelta(minutes=minutes), ["ev"])
    [ob] = right6(make_case(), log, due + timedelta(days=30))
    assert ob.status == "met_late"


# ------------------------------------------------------------------------------------ speed
def _big_vault(cases: int, per_case: int) -> list[tuple[Case, list[Entry]]]:
    event_ids = sorted(RIGHT6_EVENTS)
    out = []
    for c in range(cases):
        start = utc(2025, 1, 1) + timedelta(days=c % 500)
        log = Log()
        pending: list[str] = []
        t = start
        for i in range(per_case):
            t += timedelta(minutes=97 + (i * 37) % 500)
            if i % 50 == 7:
                log.event(f"e{i}", event_ids[i % 11], t)
                pending.append(f"e{i}")
            elif i % 50 == 9 and pending:
                log.update(f"e{i}", t, [pending.pop()])
            elif i % 40 == 3:
                log.update(f"e{i}", t)
            elif i % 2:
                log.add(
                    f"e{i}", "interaction", t, mode="phone", summary="x", actions=["trust_building"]
                )
            else:
                log.add(f"e{i}", "provision", t, category="food")
        v = victim(prefs=UpdatePreferences(every_days=14))
        out.append((make_case(v, reference=f"C{c}", crime_reported_at=start), log.entries))
    return out


@pytest.mark.slow
def test_a_thousand_cases_of_a_thousand_entries_in_under_a_second() -> None:
    vault = _big_vault(1000, 1000)
    at = utc(2027, 1, 1)
    case_obligations(*vault[0], at)  # the holiday data loads once per process
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        total = sum(len(case_obligations(case, entries, at)) for case, entries in vault)
        best = min(best, time.process_time() - start)
    assert total > 20_000
    assert best < 1.0


# --------------------------------------------------------------------------- training vault
def test_training_vault_reads_as_its_log_says(tmp_path: Path) -> None:
    """Spot-check the generated training cases against what a reader of each log expects."""
    from msvlo_desktop.core.checklists import case_checklists
    from msvlo_desktop.core.closing import closing_problems
    from msvlo_desktop.services.training import create_training_vault

    now = utc(2026, 11, 20, 12)
    vault = create_training_vault(
        tmp_path / "training.msvlo", "training passphrase", now=now, cases=5
    )
    try:
        by_pseudonym = {}
        for summary in vault.list_cases():
            case = vault.get_case(summary.reference)
            entries = vault.entries(summary.reference)
            by_pseudonym[case.victim.pseudonym] = (
                case,
                entries,
                case_obligations(case, entries, now),
            )
    finally:
        vault.close()
    assert sorted(by_pseudonym) == ["V1", "V2", "V3", "V4", "V5"]

    # V1, a child: bail conditions changed three hours ago (Friday), nobody told yet.
    case, entries, obs = by_pseudonym["V1"]
    [bail] = [o for o in obs if o.source_event == "bail_conditions_changed"]
    assert bail.status == "due"
    assert bail.to_json()["due"] == "2026-11-23T23:59:59+00:00"  # next working day, Monday
    assert "child" in {c.id for c in case_checklists(case, entries, now)}

    # V2: exit strategy agreed and completed, case closed; nothing left owing.
    case, entries, obs = by_pseudonym["V2"]
    assert case.status == "closed"
    assert closing_problems(entries) == []
    assert not [o for o in obs if o.status in ("due", "overdue")]

    # V3: enhanced rights switched off; one update late, with the reason logged.
    case, entries, obs = by_pseudonym["V3"]
    assert not case.victim.enhanced_rights.eligible
    late = [o for o in only(obs, "victims_code_update") if o.status == "met_late"]
    assert late
    assert all(o.late_reason and "could not be reached" in o.late_reason for o in late)

    # V4: opted out of updates before the arrest; only Duty to Notify (no consent).
    case, entries, obs = by_pseudonym["V4"]
    assert {o.status for o in only(obs, "victims_code_update")} == {"not_applicable"}
    [agreed_update] = only(obs, "agreed_update")
    assert agreed_update.status == "not_applicable"
    assert only(obs, "nrm_rg_expected") == []
    assert [o.status for o in only(obs, "exit_strategy_review")] == ["overdue"]
    assert closing_problems(entries)

    # V5: the last investigation event was never passed on to the victim.
    case, entries, obs = by_pseudonym["V5"]
    right6_obs = sorted(only(obs, "victims_code_update"), key=lambda o: o.due)
    assert right6_obs[-1].source_event == "first_hearing_date_received"
    assert right6_obs[-1].status == "overdue"
    assert {o.status for o in right6_obs[:-1]} == {"met_on_time"}


def test_due_table_weekend_due_day() -> None:
    # An agreed update every 5 days from Monday 2 Nov falls on Saturday 7 Nov; the force's
    # weekend policy (a rules-table row) moves it to Monday 9 Nov.
    case = make_case(victim(prefs=UpdatePreferences(every_days=5)), opened_on=date(2026, 11, 2))
    [ob] = agreed(case, Log(), ldn(2026, 11, 6, 12))
    assert ob.to_json()["due"] == "2026-11-09T23:59:59+00:00"
    # A deadline that does stay on a Saturday (as a review date the officer chose would).
    ob = dataclasses.replace(ob, due=ob.due - timedelta(days=2))
    assert ob.to_json()["due"] == "2026-11-07T23:59:59+00:00"
    assert due_table([ob], ldn(2026, 11, 6, 12)).splitlines()[2].startswith("due tomorrow")
    assert due_table([ob], ldn(2026, 11, 7, 12)).splitlines()[2].startswith("due today")
    assert due_table([ob], ldn(2026, 11, 5, 12)).splitlines()[2].startswith("due Saturday")
