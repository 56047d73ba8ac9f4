"""The versioned rules table: every RULES.md timescale present, version selection by date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from msvlo_desktop.core.calendar import LONDON, WorkingDayCalendar
from msvlo_desktop.core.rules import (
    AGE_ASSESSMENT,
    BAIL_RETURN_REMINDER,
    BAIL_SAFETY_REVIEW,
    BASELINE,
    COMPLAINT_ACK,
    ENHANCED_RIGHTS,
    ENHANCED_RIGHTS_CATEGORIES,
    LATE_ENTRY,
    NRM_CG_NOT_BEFORE,
    NRM_RECOVERY_PERIOD,
    NRM_RG_EXPECTED,
    RETENTION_REVIEW,
    RIGHT1_INTERPRETER,
    RIGHT3_ACKNOWLEDGEMENT,
    RIGHT6_EVENTS,
    RIGHT6_UPDATE,
    RIGHT7_VPS,
    RISK_REVIEW,
    RULES,
    SUPPORT_REFERRAL,
    VRR_REQUEST_WINDOW,
    VRR_SCHEMES,
    Rule,
    RuleNotInForce,
    RulesTable,
    UnknownRule,
)

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)

# Every timescale of RULES.md, written out by hand: (rule id, parameter, value).
TIMESCALES = [
    (RIGHT6_UPDATE, "enhanced_working_days", 1),
    (RIGHT6_UPDATE, "standard_working_days", 5),
    (SUPPORT_REFERRAL, "working_days", 2),
    (COMPLAINT_ACK, "working_days", 10),
    (VRR_REQUEST_WINDOW, "months", 3),
    (NRM_RG_EXPECTED, "working_days", 5),
    (LATE_ENTRY, "hours", 24),
    (ENHANCED_RIGHTS, "child_age_under", 18),
    (RETENTION_REVIEW, "years", 10),
]
# The recovery period is versioned by the date of the RG decision (RULES.md section 3):
# (rule id, in force on, calendar days, version in force from).
RECOVERY = [
    (NRM_RECOVERY_PERIOD, date(2022, 6, 1), 45, date(2021, 4, 1)),
    (NRM_RECOVERY_PERIOD, date(2022, 12, 12), 45, date(2021, 4, 1)),
    (NRM_RECOVERY_PERIOD, date(2022, 12, 13), 30, date(2022, 12, 13)),
    (NRM_RECOVERY_PERIOD, date(2026, 11, 22), 30, date(2023, 1, 30)),
    (NRM_CG_NOT_BEFORE, date(2022, 6, 1), 45, date(2021, 4, 1)),
    (NRM_CG_NOT_BEFORE, date(2022, 12, 13), 30, date(2022, 12, 13)),
    (NRM_CG_NOT_BEFORE, date(2023, 1, 10), 30, date(2022, 12, 13)),
    (NRM_CG_NOT_BEFORE, date(2023, 1, 30), 30, date(2023, 1, 30)),
]


@pytest.mark.parametrize(("rule_id", "key", "value"), TIMESCALES)
def test_every_rules_md_timescale_is_present(rule_id: str, key: str, value: int) -> None:
    rule = RULES.rule(rule_id, NOW)
    assert rule.int_param(key) == value
    assert rule.effective_from == date(2021, 4, 1)


@pytest.mark.parametrize(("rule_id", "day", "days", "start"), RECOVERY)
def test_recovery_period_versioned_by_the_rg_decision_date(
    rule_id: str, day: date, days: int, start: date
) -> None:
    rule = RULES.rule(rule_id, day)
    assert rule.int_param("calendar_days") == days
    assert rule.effective_from == start


def test_the_2023_changes_bring_no_recovery_period_in_two_cases() -> None:
    before, after = (
        RULES.rule(NRM_CG_NOT_BEFORE, date(2023, 1, 29)),
        RULES.rule(NRM_CG_NOT_BEFORE, date(2023, 1, 30)),
    )
    assert "none_after_positive_cg" not in before.params
    assert after.bool_param("none_after_positive_cg")
    assert after.bool_param("none_if_disqualified")
    assert "Nationality and Borders Act 2022 s.62" in after.source
    assert "13 December 2022" in RULES.rule(NRM_RECOVERY_PERIOD, date(2022, 12, 13)).source


def test_the_default_table_holds_these_timescales() -> None:
    assert {rule_id for rule_id, _, _ in TIMESCALES} <= set(RULES.ids())
    assert {NRM_RECOVERY_PERIOD, NRM_CG_NOT_BEFORE} <= set(RULES.ids())
    assert len(RULES.versions(NRM_CG_NOT_BEFORE)) == 3
    assert set(RULES.ids()) >= DUTY_RULES


# The officer's further duties (tests/core/test_duties.py checks their parameters).
DUTY_RULES = {
    AGE_ASSESSMENT,
    BAIL_RETURN_REMINDER,
    BAIL_SAFETY_REVIEW,
    RIGHT1_INTERPRETER,
    RIGHT3_ACKNOWLEDGEMENT,
    RIGHT7_VPS,
    RISK_REVIEW,
    VRR_SCHEMES,
}


def test_sources_cite_the_documents() -> None:
    victims_code = "Code of Practice for Victims of Crime in England and Wales"
    assert victims_code in RULES.rule(RIGHT6_UPDATE, NOW).source
    assert "Right 6" in RULES.rule(RIGHT6_UPDATE, NOW).source
    assert "Right 4" in RULES.rule(SUPPORT_REFERRAL, NOW).source
    assert "Right 12" in RULES.rule(COMPLAINT_ACK, NOW).source
    for rule_id, day in (
        (NRM_RG_EXPECTED, NOW),
        *(
            (r, d)
            for r in (NRM_RECOVERY_PERIOD, NRM_CG_NOT_BEFORE)
            for d in (date(2022, 1, 1), NOW)
        ),
    ):
        source = RULES.rule(rule_id, day).source
        assert "Modern Slavery: Statutory Guidance for England and Wales" in source
        assert "College of Policing APP" in source
    for rule in RULES:
        assert rule.source and rule.version


def test_rg_expected_is_a_target_to_chase() -> None:
    assert RULES.rule(NRM_RG_EXPECTED, NOW).bool_param("target")


def test_right6_events_in_rules_md_order() -> None:
    assert list(RIGHT6_EVENTS) == [
        "arrest",
        "interview_under_caution",
        "released_no_further_action",
        "released_on_bail",
        "released_under_investigation",
        "bail_conditions_changed",
        "decision_not_to_investigate",
        "charged",
        "out_of_court_disposal",
        "cps_decision",
        "first_hearing_date_received",
    ]
    assert RIGHT6_EVENTS["arrest"] == "Suspect arrested"
    assert all(label.strip() for label in RIGHT6_EVENTS.values())


def test_enhanced_rights_categories() -> None:
    assert list(ENHANCED_RIGHTS_CATEGORIES) == [
        "most_serious_crime",
        "persistently_targeted",
        "vulnerable_or_intimidated",
        "under_18",
    ]
    assert RULES.rule(ENHANCED_RIGHTS, NOW).bool_param("default_for_modern_slavery")


def test_rules_cannot_be_changed_in_place() -> None:
    rule = RULES.rule(RIGHT6_UPDATE, NOW)
    with pytest.raises(TypeError):
        rule.params["standard_working_days"] = 10  # type: ignore[index]
    with pytest.raises(TypeError):
        RIGHT6_EVENTS["arrest"] = "changed"  # type: ignore[index]
    with pytest.raises(AttributeError):
        rule.version = "x"  # type: ignore[misc]
    source = {"working_days": 2, "nested": {"a": "b"}, "seq": [1, 2]}
    copied = Rule("x.y", "src", "1", BASELINE, source)
    source["working_days"] = 3
    assert copied.int_param("working_days") == 2
    assert copied.params["seq"] == (1, 2)
    assert hash(copied) == hash(Rule("x.y", "src", "1", BASELINE, {}))


def test_rule_not_in_force_before_the_first_version() -> None:
    with pytest.raises(RuleNotInForce, match=r"2021-03-31.*2021-04-01"):
        RULES.rule(RIGHT6_UPDATE, date(2021, 3, 31))
    # 23:30 UTC on 31 Mar 2021 is already 1 Apr in London (BST): in force.
    assert RULES.rule(RIGHT6_UPDATE, datetime(2021, 3, 31, 23, 30, tzinfo=UTC)).version == "2020"
    with pytest.raises(RuleNotInForce):
        RULES.rule(RIGHT6_UPDATE, datetime(2021, 3, 31, 22, 30, tzinfo=UTC))


def test_unknown_rule_and_naive_moment() -> None:
    with pytest.raises(UnknownRule, match=r"no\.such"):
        RULES.rule("no.such", NOW)
    assert "no.such" not in RULES
    assert RIGHT6_UPDATE in RULES
    with pytest.raises(ValueError, match="no time zone"):
        RULES.rule(RIGHT6_UPDATE, datetime(2026, 1, 1))


def test_parameter_errors_name_the_rule() -> None:
    rule = RULES.rule(RIGHT6_UPDATE, NOW)
    with pytest.raises(KeyError, match=r"victims_code\.right6\.update"):
        rule.int_param("no_such_param")
    with pytest.raises(TypeError, match="whole number"):
        rule.int_param("events")
    with pytest.raises(TypeError, match="label mapping"):
        rule.labels_param("enhanced_working_days")
    with pytest.raises(TypeError, match="true or false"):
        rule.bool_param("standard_working_days")


# A hypothetical new code, added as data only: different Right 6 timescales from 1 Apr 2027.
CODE_2027 = Rule(
    RIGHT6_UPDATE,
    "Hypothetical Victims' Code (2027), Right 6",
    "2027",
    date(2027, 4, 1),
    {"enhanced_working_days": 2, "standard_working_days": 10, "events": dict(RIGHT6_EVENTS)},
)


def test_a_new_code_applies_from_its_start_date() -> None:
    table = RULES.with_rules(CODE_2027)
    before = datetime(2027, 3, 31, 22, 59, tzinfo=UTC)  # 23:59 BST on 31 March
    after = datetime(2027, 3, 31, 23, 0, tzinfo=UTC)  # 00:00 BST on 1 April
    assert table.rule(RIGHT6_UPDATE, before).version == "2020"
    assert table.rule(RIGHT6_UPDATE, after).version == "2027"
    assert table.rule(RIGHT6_UPDATE, date(2030, 1, 1)) is CODE_2027
    assert [r.version for r in table.versions(RIGHT6_UPDATE)] == ["2020", "2027"]
    # Other rules keep their only version; the default table is unchanged.
    assert table.rule(SUPPORT_REFERRAL, after).int_param("working_days") == 2
    assert RULES.rule(RIGHT6_UPDATE, after).version == "2020"
    assert len(table) == len(RULES) + 1


def test_an_event_is_judged_by_the_rules_in_force_when_it_happened() -> None:
    table = RULES.with_rules(CODE_2027)
    cal = WorkingDayCalendar()

    def standard_due(event: datetime) -> datetime:
        days = table.rule(RIGHT6_UPDATE, event).int_param("standard_working_days")
        return cal.due_end_of_working_days(event, days).at

    # Wed 24 Mar 2027 under the 2020 code, 5 working days (Good Friday 26 Mar and Easter
    # Monday 29 Mar skipped): Thu 25, Tue 30, Wed 31, Thu 1 Apr, Fri 2 Apr.
    assert standard_due(datetime(2027, 3, 24, 10, tzinfo=LONDON)) == datetime(
        2027, 4, 2, 23, 59, 59, tzinfo=LONDON
    )
    # Thu 1 Apr 2027 under the 2027 code, 10 working days: Fri 2, Mon 5 ... Fri 9,
    # Mon 12 ... Thu 15 Apr.
    assert standard_due(datetime(2027, 4, 1, 10, tzinfo=LONDON)) == datetime(
        2027, 4, 15, 23, 59, 59, tzinfo=LONDON
    )


def test_conflicting_versions_are_refused() -> None:
    clash_date = Rule(RIGHT6_UPDATE, "src", "other", BASELINE, {})
    with pytest.raises(ValueError, match="taking effect on one day"):
        RULES.with_rules(clash_date)
    clash_label = Rule(RIGHT6_UPDATE, "src", "2020", date(2030, 1, 1), {})
    with pytest.raises(ValueError, match="same label"):
        RULES.with_rules(clash_label)
    with pytest.raises(ValueError, match="id, a version and a source"):
        Rule("", "src", "1", BASELINE, {})
    with pytest.raises(ValueError, match="must be a date"):
        Rule("x", "src", "1", datetime(2021, 4, 1, tzinfo=UTC), {})


def test_an_empty_table_knows_no_rules() -> None:
    table = RulesTable([])
    assert len(table) == 0
    with pytest.raises(UnknownRule):
        table.rule(RIGHT6_UPDATE, NOW)
