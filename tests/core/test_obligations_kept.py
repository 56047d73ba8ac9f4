"""Obligations kept between evaluations: re-deriving due and overdue at a later moment, the
moment from which that is exact, writing an obligation down and reading it back, and what a
kept copy depends on (the engine's version, the rules, the calendar)."""

from __future__ import annotations

import ast
import hashlib
import inspect
import json
import textwrap
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msvlo_desktop.core import calendar as calendar_module
from msvlo_desktop.core import duties as duties_module
from msvlo_desktop.core import entries as entries_module
from msvlo_desktop.core import obligation_rules as rules_module
from msvlo_desktop.core import obligations as engine
from msvlo_desktop.core import victim as victim_module
from msvlo_desktop.core.calendar import LONDON, WorkingDayCalendar, end_of_day
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.obligations import (
    ENGINE_VERSION,
    READ_TYPES,
    Obligation,
    calendar_fingerprint,
    case_obligations,
    declines_matter,
    is_pending,
    obligation_from_data,
    obligation_to_data,
    rules_fingerprint,
    stable_from,
    statuses_at,
)
from msvlo_desktop.core.rules import RIGHT6_EVENTS, RIGHT6_UPDATE, RULES, Rule
from msvlo_desktop.core.victim import EnhancedRights, UpdatePreferences, Victim

REF = "KESTREL-0042"
SERVICES = ("msvcc", "victim_support", "gp", "nrm", "duty_to_notify", "other")
# Days around Easter 2026 (3 and 6 April), the May bank holidays (4 and 25 May), the clocks
# going back (25 October) and Christmas 2026 (25, 28 December, 1 January): weekends and bank
# holidays on both sides of every deadline.
STARTS = (
    datetime(2026, 3, 30, 9, tzinfo=UTC),
    datetime(2026, 4, 30, 16, tzinfo=UTC),
    datetime(2026, 5, 21, 22, 30, tzinfo=UTC),
    datetime(2026, 10, 22, 12, tzinfo=UTC),
    datetime(2026, 12, 22, 23, 30, tzinfo=UTC),
)


# ----------------------------------------------------------------------------- generated logs
@st.composite
def cases_and_logs(draw: st.DrawFn) -> tuple[Case, list[Entry]]:
    """A case and a log with every type the engine reads (and some it skips), out-of-order
    times, declines, and corrections of any entry, corrections included."""
    start = draw(st.sampled_from(STARTS))
    opened = (start - timedelta(days=draw(st.integers(0, 3)))).astimezone(LONDON).date()
    minutes = st.integers(0, 60 * 24 * 40)

    def moment() -> datetime:
        return start + timedelta(minutes=draw(minutes))

    every = draw(st.sampled_from([None, 7, 14, 28]))
    opted_out = draw(st.booleans()) and draw(st.booleans())
    prefs = UpdatePreferences(
        every_days=every,
        opted_out=opted_out,
        opted_out_on=opened + timedelta(days=10) if opted_out and draw(st.booleans()) else None,
    )
    enhanced = draw(st.booleans())
    rights = (
        EnhancedRights(True, ("most_serious_crime",))
        if enhanced
        else EnhancedRights(False, (), "Assessed: not in any enhanced category")
    )
    victim = Victim(
        name="Test Victim",
        pseudonym="V1",
        claimed_age=draw(st.sampled_from([16, 30])),
        enhanced_rights=rights,
        update_preferences=prefs,
    )
    reported = moment() if draw(st.booleans()) else None
    case = Case(reference=REF, opened_on=opened, victim=victim, crime_reported_at=reported)
    if draw(st.integers(0, 4)) == 0:
        case = case.with_changes(status="closed", closed_on=opened + timedelta(days=20))

    log: list[Entry] = []

    def add(entry_type: str, when: datetime, data: dict[str, Any]) -> None:
        log.append(
            Entry(
                id=f"e{len(log) + 1}",
                type=entry_type,
                occurred_at=when,
                recorded_at=when,
                author="PC 1234 A. Smith",
                data=data,
                seq=len(log) + 1,
            )
        )

    kinds = st.sampled_from(
        [
            "investigation_event",
            "investigation_event",
            "victim_update",
            "victim_update",
            "referral",
            "nrm_decision",
            "exit_strategy",
            "interaction",
            "note",
            "provision",
            "correction",
        ]
    )
    for kind in draw(st.lists(kinds, max_size=14)):
        when = moment()
        events = [e.id for e in log if e.type == "investigation_event"]
        if kind == "investigation_event":
            add(kind, when, {"event": draw(st.sampled_from(sorted(RIGHT6_EVENTS)))})
        elif kind == "victim_update":
            named = draw(st.lists(st.sampled_from(events), unique=True)) if events else []
            data: dict[str, Any] = {"satisfies": named, "method": "phone", "summary": "Told."}
            if draw(st.booleans()):
                data["late_reason"] = "Victim abroad."
            add(kind, when, data)
        elif kind == "referral":
            add(kind, when, {"service": draw(st.sampled_from(SERVICES))})
        elif kind == "nrm_decision":
            stage = draw(st.sampled_from(["reasonable_grounds", "conclusive_grounds"]))
            outcome = (
                draw(st.sampled_from(["positive", "negative"]))
                if stage == "reasonable_grounds"
                else "trafficking"
            )
            add(kind, when, {"stage": stage, "outcome": outcome})
        elif kind == "exit_strategy":
            review = when.astimezone(LONDON).date() + timedelta(days=draw(st.integers(-2, 30)))
            add(kind, when, {"status": "drafted", "review_on": review.isoformat()})
        elif kind in ("interaction", "note"):
            actions = draw(
                st.sampled_from([[], ["risk_assessment"], ["support_referral_declined"]])
            )
            add(kind, when, {"summary": "Call.", **({"actions": actions} if actions else {})})
        elif kind == "provision":
            add(kind, when, {"description": "Coat", "quantity": 1})
        elif log:
            target = draw(st.sampled_from(log))
            original = target
            while original.type == "correction":
                original = next(e for e in log if e.id == original.data["corrects"])
            replacement = {
                "type": original.type,
                "occurred_at": (original.occurred_at + timedelta(hours=draw(st.integers(-72, 72))))
                .astimezone(UTC)
                .isoformat(),
                **_changed(original, draw),
            }
            add("correction", when, {"corrects": target.id, "replacement": replacement})
    return case, log


def _changed(original: Entry, draw: st.DrawFn) -> dict[str, Any]:
    data = dict(original.data)
    if original.type in ("interaction", "note"):
        data["actions"] = draw(
            st.sampled_from([["risk_assessment"], ["support_referral_declined"]])
        )
    elif original.type == "referral":
        data["service"] = draw(st.sampled_from(SERVICES))
    elif original.type == "investigation_event":
        data["event"] = draw(st.sampled_from(sorted(RIGHT6_EVENTS)))
    return data


later = st.lists(st.integers(0, 60 * 24 * 45), min_size=1, max_size=6).map(sorted)


# ----------------------------------------------------------------------------- re-deriving
@settings(max_examples=300, deadline=None)
@given(cases_and_logs(), later)
def test_kept_obligations_stay_exact_from_stable_from_on(
    case_log: tuple[Case, list[Entry]], offsets: list[int]
) -> None:
    case, log = case_log
    first = stable_from(case, log) + timedelta(minutes=offsets[0])
    kept = case_obligations(case, log, first)
    for minutes in offsets:
        at = stable_from(case, log) + timedelta(minutes=minutes)
        assert statuses_at(kept, at) == case_obligations(case, log, at)


@settings(max_examples=300, deadline=None)
@given(cases_and_logs(), later)
def test_what_the_engine_reads_decides_what_is_pending(
    case_log: tuple[Case, list[Entry]], offsets: list[int]
) -> None:
    """The types the engine reads and the entries their corrections correct are enough for
    the pending obligations, with the declines when one could matter (no support referral, or
    a moment before ``stable_from``): the rule storage/digest.py reads a log by."""
    case, log = case_log
    read = [e for e in log if e.type in READ_TYPES]
    targets = {e.data["corrects"] for e in read if e.type == "correction"}
    read = [e for e in log if e.type in READ_TYPES or e.id in targets]
    with_declines = [
        e for e in log if e in read or "support_referral_declined" in e.data.get("actions", ())
    ]
    assert stable_from(case, read) <= stable_from(case, log)
    for minutes in offsets:
        for at in (
            stable_from(case, read) + timedelta(minutes=minutes),
            stable_from(case, read) - timedelta(minutes=minutes),
        ):
            enough = (
                with_declines
                if declines_matter(case, read) or at < stable_from(case, read)
                else read
            )
            pending = [o for o in case_obligations(case, log, at) if is_pending(o)]
            assert [o for o in case_obligations(case, enough, at) if is_pending(o)] == pending


def test_before_stable_from_the_answer_can_change() -> None:
    """An event recorded in advance of the evaluation moment counts only from when it
    happened: evaluating before ``stable_from`` gives no copy good for later."""
    case = Case(
        reference=REF,
        opened_on=date(2026, 11, 2),
        victim=Victim(name="V", pseudonym="P", claimed_age=30),
    )
    arrest = Entry(
        "e1",
        "investigation_event",
        datetime(2026, 11, 9, 10, tzinfo=UTC),
        datetime(2026, 11, 9, 10, tzinfo=UTC),
        "PC 1",
        {"event": "arrest"},
        seq=1,
    )
    early = datetime(2026, 11, 9, 9, tzinfo=UTC)
    assert stable_from(case, [arrest]) == arrest.occurred_at
    kept = case_obligations(case, [arrest], early)
    at = datetime(2026, 11, 12, tzinfo=UTC)
    assert statuses_at(kept, at) != case_obligations(case, [arrest], at)


def test_stable_from_counts_the_log_as_corrected() -> None:
    """A correction can move an entry later than anything recorded: the engine sees the
    corrected time, so stable_from is at least that."""
    case = Case(
        reference=REF,
        opened_on=date(2026, 11, 2),
        victim=Victim(name="V", pseudonym="P", claimed_age=30),
        crime_reported_at=datetime(2026, 11, 2, 9, tzinfo=UTC),
    )
    recorded = datetime(2026, 11, 9, 10, tzinfo=UTC)
    arrest = Entry("e1", "investigation_event", recorded, recorded, "PC 1", {"event": "arrest"})
    moved = datetime(2026, 11, 16, 10, tzinfo=UTC)
    correction = Entry(
        "e2",
        "correction",
        datetime(2026, 11, 10, tzinfo=UTC),
        datetime(2026, 11, 10, tzinfo=UTC),
        "PC 1",
        {
            "corrects": "e1",
            "reason": "Wrong day.",
            "replacement": {
                "type": "investigation_event",
                "occurred_at": moved.isoformat(),
                "event": "arrest",
            },
        },
        seq=2,
    )
    log = [arrest, correction]
    assert stable_from(case, log) == moved
    kept = case_obligations(case, log, datetime(2026, 11, 12, tzinfo=UTC))
    at = datetime(2026, 11, 20, tzinfo=UTC)
    assert statuses_at(kept, at) != case_obligations(case, log, at)


def _ob(kind: str, status: str, due: datetime) -> Obligation:
    return Obligation(REF, kind, "x", None, due, status, None, None, "label", "rule", "1")


def test_a_deadline_is_due_to_the_last_second_of_its_london_day() -> None:
    # Friday 27 March 2026, GMT; the clocks go forward on the Sunday.
    due = end_of_day(date(2026, 3, 27))
    kept = [_ob("victims_code_update", "due", due), _ob("agreed_update", "overdue", due)]
    assert [o.status for o in statuses_at(kept, due)] == ["due", "due"]
    after = due + timedelta(seconds=1)
    assert [o.status for o in statuses_at(kept, after)] == ["overdue", "overdue"]
    # Over the weekend and after: still overdue, whatever the working days.
    assert [o.status for o in statuses_at(kept, due + timedelta(days=3))] == ["overdue"] * 2
    # In summer time the London day ends at 22:59:59 UTC.
    summer = [_ob("support_referral", "overdue", end_of_day(date(2026, 6, 1)))]
    assert statuses_at(summer, datetime(2026, 6, 1, 22, 59, 59, tzinfo=UTC))[0].status == "due"
    assert statuses_at(summer, datetime(2026, 6, 1, 23, 0, tzinfo=UTC))[0].status == "overdue"
    # Unchanged obligations are the same objects; changed ones are new, the rest equal.
    assert statuses_at(kept, due)[0] is kept[0]
    moved = statuses_at(kept, after)[0]
    assert moved is not kept[0] and replace(moved, status="due") == kept[0]


def test_milestones_met_and_not_applicable_keep_their_status() -> None:
    due = end_of_day(date(2026, 3, 2))
    kept = [
        _ob("nrm_cg_not_before", "due", due),
        _ob("agreed_update", "met_late", due),
        _ob("agreed_update", "met_on_time", due),
        _ob("agreed_update", "not_applicable", due),
    ]
    years_later = datetime(2030, 1, 1, tzinfo=UTC)
    assert statuses_at(kept, years_later) == kept
    assert [is_pending(o) for o in kept] == [False, False, False, False]
    assert is_pending(_ob("exit_strategy_review", "overdue", due))


def test_statuses_at_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        statuses_at([], datetime(2026, 3, 2))


# ----------------------------------------------------------------------------- writing down
@settings(max_examples=200, deadline=None)
@given(cases_and_logs(), st.integers(0, 60 * 24 * 60))
def test_an_obligation_reads_back_exactly(case_log: tuple[Case, list[Entry]], minutes: int) -> None:
    case, log = case_log
    at = stable_from(case, log) + timedelta(minutes=minutes)
    for o in case_obligations(case, log, at):
        text = json.dumps(obligation_to_data(o))
        back = obligation_from_data(json.loads(text))
        assert back == o
        for name in ("due", "met_at", "since"):
            before, after = getattr(o, name), getattr(back, name)
            if before is None:
                assert after is None
                continue
            # The same instant, the same zone, the same wall time.
            assert after.utcoffset() == before.utcoffset()
            assert after.tzinfo == before.tzinfo or str(after.tzinfo) == str(before.tzinfo)
            assert after.replace(tzinfo=None) == before.replace(tzinfo=None)


def test_every_field_is_written_down() -> None:
    o = Obligation(
        REF,
        "victims_code_update",
        "e1",
        "arrest",
        end_of_day(date(2026, 3, 3)),
        "met_late",
        "e2",
        datetime(2026, 3, 4, 9, tzinfo=UTC),
        "Tell the victim about the arrest",
        RIGHT6_UPDATE,
        "2020",
        ("a warning",),
        "Victim abroad.",
        datetime(2026, 3, 2, 10, tzinfo=UTC),
    )
    data = obligation_to_data(o)
    assert set(data) == {f.name for f in fields(Obligation)}
    assert data["due"] == "2026-03-03T23:59:59+00:00[Europe/London]"
    assert data["met_at"] == "2026-03-04T09:00:00+00:00"
    back = obligation_from_data(data)
    assert back == o and back.due.tzinfo is LONDON and back.met_at is not None
    assert back.met_at.tzinfo == UTC


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d.pop("label"),
        lambda d: d.update(extra=1),
        lambda d: d.update(due="2026-03-03T23:59:59"),
        lambda d: d.update(due=None),
        lambda d: d.update(kind="unknown_kind"),
        lambda d: d.update(status="late"),
        lambda d: d.update(warnings="one"),
        lambda d: d.update(met_by=3),
        lambda d: d.update(label=None),
    ],
)
def test_anything_else_is_refused(spoil: Callable[[dict[str, Any]], object]) -> None:
    data = obligation_to_data(_ob("agreed_update", "due", end_of_day(date(2026, 3, 3))))
    spoil(data)
    with pytest.raises(ValueError):
        obligation_from_data(data)


# ----------------------------------------------------------------------------- fingerprints
def test_the_calendar_fingerprint_follows_its_overrides() -> None:
    plain = calendar_fingerprint(WorkingDayCalendar())
    assert calendar_fingerprint(WorkingDayCalendar()) == plain
    extra = WorkingDayCalendar({date(2026, 6, 8): "Proclaimed day"})
    removed = WorkingDayCalendar(removed_holidays=[date(2026, 5, 25)])
    narrower = WorkingDayCalendar(last_year=2027)
    found = {calendar_fingerprint(c) for c in (extra, removed, narrower)}
    assert len(found) == 3 and plain not in found
    renamed = WorkingDayCalendar({date(2026, 6, 8): "Another name"})
    assert calendar_fingerprint(renamed) != calendar_fingerprint(extra)


def test_the_rules_fingerprint_follows_every_version() -> None:
    plain = rules_fingerprint(RULES)
    current = RULES.rule(RIGHT6_UPDATE, date(2026, 1, 1))
    newer = Rule(
        current.id,
        current.source,
        "2027",
        date(2027, 1, 1),
        {**current.params, "enhanced_working_days": 2},
    )
    assert rules_fingerprint(RULES.with_rules(newer)) != plain
    assert rules_fingerprint(type(RULES)(list(RULES))) == plain


# What ENGINE_VERSION stands for: the code that decides what an obligation says, read as
# code (comments, docstrings and layout left out). When this test fails, the engine changed:
# bump ENGINE_VERSION in core/obligations.py (every kept copy is then worked out again) and
# put the new digest here.
# (The "since" words left the engine's data for core/wording_obligations.py: they are read
# only when an obligation is shown, never kept, so the digest changed with no new version.)
# 2: versioned recovery period and its 2023 exceptions, the NRM-or-Duty-to-Notify and
# competent-authority-update kinds, the force's weekend move for calendar-day reminders.
# 3: the officer's further duties (bail, risk reviews, deferred statements; core/duties.py)
# beside those of version 2.
ENGINE_CODE = {1: "2dd6722bf2971418", 2: "d14487d54336c47f", 3: "4a38c298b8fb372b"}
_ENGINE_PARTS: tuple[Any, ...] = (
    engine.Obligation,
    engine._obligation,
    engine._rule_at,
    engine._right6_at,
    engine._Log,
    engine._eod,
    engine._status,
    engine.case_obligations,
    engine._right6_updates,
    engine._support_referral,
    engine._agreed_updates,
    engine._rg_expected,
    engine._cg_not_before,
    engine._exit_reviews,
    engine._nrm_or_duty_to_notify,
    engine._ca_updates,
    engine._moved_day,
    rules_module._disqualified,
    rules_module._no_recovery_period,
    duties_module.duty_obligations,
    duties_module._bail_safety,
    duties_module._bail_return,
    duties_module._next_review,
    engine.stable_from,
    engine.statuses_at,
    engine.declines_matter,
    engine.obligation_to_data,
    engine.obligation_from_data,
    engine._moment_out,
    engine._moment_in,
    calendar_module.WorkingDayCalendar,
    calendar_module.london_date,
    calendar_module.start_of_day,
    calendar_module.end_of_day,
    entries_module.effective_entries,
    victim_module.Victim,
)
_ENGINE_DATA = (
    engine.KINDS,
    engine.STATUSES,
    sorted(engine.SUPPORT_SERVICES),
    engine.DECLINED_ACTION,
    sorted(engine.READ_TYPES),
    sorted(engine.DECLINE_TYPES),
    dict(engine._TELL),
    engine._EXIT_REVIEW_VERSION,
    engine.EXIT_STRATEGY_REVIEW,
    sorted(rules_module._POSITIVE_CG),
)


def _code_digest() -> str:
    h = hashlib.sha256()
    for part in _ENGINE_PARTS:
        tree = ast.parse(textwrap.dedent(inspect.getsource(part)))
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if (
                isinstance(body, list)
                and body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                body.pop(0)  # a docstring
        h.update(ast.dump(tree).encode())
    h.update(json.dumps(_ENGINE_DATA, sort_keys=True).encode())
    return h.hexdigest()[:16]


def test_engine_version_follows_the_engine() -> None:
    assert ENGINE_CODE.get(ENGINE_VERSION) == _code_digest(), (
        "The obligation engine changed: bump ENGINE_VERSION in core/obligations.py, so "
        "every case's kept pending obligations are worked out again, and set "
        f"ENGINE_CODE[{ENGINE_VERSION + 1}] = {_code_digest()!r} in this test."
    )
