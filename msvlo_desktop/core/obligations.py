"""The obligation engine: what a case owes the victim, and by when, derived from its log.

Obligations are never part of the record. ``case_obligations`` reads the case record and the
log as corrected (``effective_entries``) and works out every obligation with its due time and
its status at a given moment, so a correction, a late entry or a new version of the rules
table changes the answer the next time anyone asks, and nothing can drift out of step with
the log. The window keeps each case's pending obligations between evaluations
(``storage/digest.py``): the last section of this module says when that is exact
(``stable_from``, ``statuses_at``) and what such a copy depends on (``ENGINE_VERSION``, the
rules and calendar fingerprints).

Kinds (``docs/RULES-ENGINE.md`` explains each in full):

- ``victims_code_update``: tell the victim about each investigation event (Right 6) within 1
  working day (enhanced rights) or 5 (otherwise); met by a victim update naming the event.
- ``support_referral``: refer the victim to support services within 2 working days of the
  crime report (Right 4); met by a referral to a support service or a recorded decline.
- ``agreed_update``: the victim's agreed update frequency, a chain of reminders every N
  calendar days from the case opening and then from each update.
- ``nrm_rg_expected``: the reasonable grounds decision expected 5 working days after an NRM
  referral (a target to chase, not the officer's duty).
- ``nrm_cg_not_before``: the conclusive grounds decision may not come before 30 calendar days
  after a positive reasonable grounds decision (a milestone).
- ``exit_strategy_review``: the review date set in an exit strategy.

Every obligation is judged by the rules in force on the London day of its triggering event,
and carries the calendar's coverage warnings: a due time the calendar could not vouch for
says so rather than looking certain.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from msvlo_desktop.core.calendar import (
    WorkingDayCalendar,
    end_of_day,
    london_date,
    start_of_day,
)
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import Entry, effective_entries
from msvlo_desktop.core.rules import (
    NRM_CG_NOT_BEFORE,
    NRM_RG_EXPECTED,
    RIGHT6_EVENTS,
    RIGHT6_UPDATE,
    RULES,
    SUPPORT_REFERRAL,
    Rule,
    RuleNotInForce,
    RulesTable,
)
from msvlo_desktop.core.timefmt import uk_date, uk_datetime

__all__ = [
    "ENGINE_VERSION",
    "EXIT_STRATEGY_REVIEW",
    "KINDS",
    "READ_TYPES",
    "STATUSES",
    "SUPPORT_SERVICES",
    "Obligation",
    "calendar_fingerprint",
    "case_obligations",
    "declines_matter",
    "default_calendar",
    "due_table",
    "is_pending",
    "obligation_from_data",
    "obligation_to_data",
    "rules_fingerprint",
    "sort_by_urgency",
    "stable_from",
    "statuses_at",
]

KINDS: Final = (
    "victims_code_update",
    "support_referral",
    "agreed_update",
    "nrm_rg_expected",
    "nrm_cg_not_before",
    "exit_strategy_review",
)
STATUSES: Final = ("met_on_time", "met_late", "due", "overdue", "not_applicable")
MET: Final = frozenset({"met_on_time", "met_late"})

# Referral services that count as "services that support victims" for Right 4. An NRM
# referral is left out on purpose: it asks the competent authority for a decision and support
# follows only a positive one; a Duty to Notify brings no support at all. Counting either
# would tell the officer Right 4 was met when no support service had been asked.
SUPPORT_SERVICES: Final = frozenset(
    {
        "msvcc",
        "victim_support",
        "imsa",
        "ictg",
        "local_authority",
        "mash",
        "sarc",
        "gp",
        "mental_health",
        "drug_alcohol",
        "other",
    }
)
DECLINED_ACTION: Final = "support_referral_declined"

# The exit-strategy review date is set by the officer in the entry, not by a published
# timescale, so it has no row in the rules table; this id and version name the rule instead.
EXIT_STRATEGY_REVIEW: Final = "log.exit_strategy.review"
_EXIT_REVIEW_VERSION: Final = "1"

# Plain words for the officer: what to tell the victim about each Right 6 event.
_TELL: Final[Mapping[str, str]] = {
    "arrest": "Tell the victim about the arrest",
    "interview_under_caution": "Tell the victim the suspect was interviewed under caution",
    "released_no_further_action": (
        "Tell the victim the suspect was released with no further action"
    ),
    "released_on_bail": "Tell the victim the suspect was released on bail",
    "released_under_investigation": (
        "Tell the victim the suspect was released under investigation"
    ),
    "bail_conditions_changed": "Tell the victim the bail conditions changed",
    "decision_not_to_investigate": "Tell the victim of the decision not to investigate",
    "charged": "Tell the victim the suspect was charged",
    "out_of_court_disposal": "Tell the victim about the out-of-court disposal",
    "cps_decision": "Tell the victim about the CPS decision",
    "first_hearing_date_received": "Tell the victim the date of the first court hearing",
}
# What started the clock, for the "Since" column (Right 6 events use their own labels).
_SINCE_WORDS: Final[Mapping[str, str]] = {
    "crime_report": "Crime reported",
    "case_opened": "Case opened",
    "victim_update": "Last update",
    "update_opt_out": "Victim opted out",
    "nrm_referral": "NRM referral",
    "rg_decision": "Positive RG decision",
    "exit_strategy": "Exit strategy logged",
}


@dataclass(frozen=True)
class Obligation:
    """One thing a case owes, with its due time and its status at the evaluation moment.

    ``source`` is the id of the entry that triggered it, or ``"case"`` for the crime report
    and the case opening; ``(case, kind, source)`` identifies an obligation across
    evaluations. ``due`` is aware (Europe/London). ``since`` is when the triggering event
    happened. For ``nrm_cg_not_before`` ``due`` is the earliest moment, not a deadline.
    """

    case: str
    kind: str
    source: str
    source_event: str | None
    due: datetime
    status: str
    met_by: str | None
    met_at: datetime | None
    label: str
    rule: str
    rule_version: str
    warnings: tuple[str, ...] = ()
    late_reason: str | None = None
    since: datetime | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.case, self.kind, self.source)

    @property
    def is_met(self) -> bool:
        return self.status in MET

    @property
    def is_milestone(self) -> bool:
        """A "not before" date: nothing is owed by the officer, so it is never overdue."""
        return self.kind == "nrm_cg_not_before"

    @property
    def needs_late_reason(self) -> bool:
        """A late victim update with no recorded reason (RULES.md: a late update needs one)."""
        return (
            self.status == "met_late"
            and self.kind in ("victims_code_update", "agreed_update")
            and not self.late_reason
        )

    def to_json(self) -> dict[str, Any]:
        """The ``msvlo due --json`` object of INTERFACES.md, times in UTC with their offset."""
        return {
            "case": self.case,
            "kind": self.kind,
            "source": self.source,
            "source_event": self.source_event,
            "due": self.due.astimezone(UTC).isoformat(),
            "status": self.status,
            "met_by": self.met_by,
            "met_at": self.met_at.astimezone(UTC).isoformat() if self.met_at else None,
        }

    def working_days_overdue(self, at: datetime, calendar: WorkingDayCalendar) -> int:
        """How many working days past due: for an unmet obligation up to ``at``, for one met
        late up to the moment it was met. 0 when not late, and always 0 for a milestone.

        A deadline at 23:59:59 on Friday is overdue by 1 working day on Monday, and by 0 over
        the weekend (the table then says "overdue by under 1 working day").
        """
        if self.is_milestone:
            return 0
        if self.status == "met_late" and self.met_at is not None:
            end = self.met_at
        elif self.status in ("due", "overdue"):
            end = at
        else:
            return 0
        if end <= self.due:
            return 0
        return max(0, calendar.working_days_between(self.due, end))


_new = object.__new__


def _obligation(
    *,
    case: str,
    kind: str,
    source: str,
    source_event: str | None,
    due: datetime,
    status: str,
    met_by: str | None,
    met_at: datetime | None,
    label: str,
    rule: str,
    rule_version: str,
    warnings: tuple[str, ...] = (),
    late_reason: str | None = None,
    since: datetime | None = None,
) -> Obligation:
    """An ``Obligation`` exactly as its constructor makes it, about four times faster.

    A frozen dataclass sets each field through ``object.__setattr__``; on a vault of a
    thousand long cases that alone cost more than the rest of the engine. Obligation has no
    ``__post_init__``, so filling its ``__dict__`` gives the same object (a test compares
    the two). Keep the fields here in step with the class.
    """
    o = _new(Obligation)
    o.__dict__.update(
        case=case,
        kind=kind,
        source=source,
        source_event=source_event,
        due=due,
        status=status,
        met_by=met_by,
        met_at=met_at,
        label=label,
        rule=rule,
        rule_version=rule_version,
        warnings=warnings,
        late_reason=late_reason,
        since=since,
    )
    return o


@functools.cache
def default_calendar() -> WorkingDayCalendar:
    """The shared calendar used when none is given (no local overrides).

    One per process: it caches its per-year working days and due times.
    """
    return WorkingDayCalendar()


@functools.lru_cache(maxsize=4096)
def _rule_at(rules: RulesTable, rule_id: str, day: date) -> tuple[Rule, tuple[str, ...]]:
    # The same (rule, day) pairs recur across thousands of entries; RulesTable is immutable.
    try:
        return rules.rule(rule_id, day), ()
    except RuleNotInForce:
        first = rules.versions(rule_id)[0]
        return first, (
            f"No version of rule {rule_id} was in force on {uk_date(day)}; judged by its "
            f"earliest version ({first.version}, in force from {uk_date(first.effective_from)}).",
        )


@dataclass(frozen=True)
class _Right6:
    """The Right 6 rule version in force on a day, unpacked once."""

    rule: Rule
    warnings: tuple[str, ...]
    enhanced_days: int
    standard_days: int
    events: frozenset[str]


@functools.lru_cache(maxsize=4096)
def _right6_at(rules: RulesTable, day: date) -> _Right6:
    rule, warnings = _rule_at(rules, RIGHT6_UPDATE, day)
    return _Right6(
        rule,
        warnings,
        rule.int_param("enhanced_working_days"),
        rule.int_param("standard_working_days"),
        frozenset(rule.labels_param("events")),
    )


@dataclass
class _Log:
    """The entries the engine reads, bucketed in one pass and in time order."""

    events: list[Entry]
    updates: list[Entry]
    referrals: list[Entry]
    rg_decisions: list[Entry]
    cg_decisions: list[Entry]
    exits: list[Entry]
    declines: list[Entry]

    @classmethod
    def read(cls, entries: Sequence[Entry], at: datetime) -> _Log:
        log = cls._bucket(entries, at)
        if log is None:
            # effective_entries drops the corrections, so the second pass always succeeds.
            log = cls._bucket(effective_entries(entries), at)
            assert log is not None
        for bucket in (
            log.events,
            log.updates,
            log.referrals,
            log.rg_decisions,
            log.cg_decisions,
            log.exits,
            log.declines,
        ):
            # Stable: entries at the same moment keep their log order.
            bucket.sort(key=_occurred)
        return log

    @classmethod
    def _bucket(cls, entries: Sequence[Entry], at: datetime) -> _Log | None:
        """Bucket ``entries``; None as soon as a correction shows the log must be resolved.

        Most logs have no corrections, so the common case costs one pass and no copies.
        Entries that happen after ``at`` are left out: at that moment they had not happened.
        """
        log = cls([], [], [], [], [], [], [])
        # Tests ordered by how common each type is: this loop sees every entry of every case.
        for e in entries:
            t = e.type
            if t == "provision":
                continue
            if t == "interaction" or t == "note":
                actions = e.data.get("actions")
                if actions and DECLINED_ACTION in actions and e.occurred_at <= at:
                    log.declines.append(e)
                continue
            if t == "correction":
                return None
            if e.occurred_at > at:
                continue
            if t == "victim_update":
                log.updates.append(e)
            elif t == "investigation_event":
                log.events.append(e)
            elif t == "referral":
                log.referrals.append(e)
            elif t == "nrm_decision":
                stage = e.data.get("stage")
                if stage == "reasonable_grounds":
                    log.rg_decisions.append(e)
                elif stage == "conclusive_grounds":
                    log.cg_decisions.append(e)
            elif t == "exit_strategy":
                log.exits.append(e)
        return log


def _occurred(e: Entry) -> datetime:
    return e.occurred_at


# Day -> its 23:59:59 in London and the same instant in UTC. Comparing aware datetimes with
# different time zones costs a zone lookup each time; entries are stored in UTC, so every
# comparison is made in UTC and the London time is kept for display.
_END_OF_DAY_CACHE: dict[date, tuple[datetime, datetime]] = {}


def _eod(day: date) -> tuple[datetime, datetime]:
    found = _END_OF_DAY_CACHE.get(day)
    if found is None:
        london = end_of_day(day)
        found = (london, london.astimezone(UTC))
        if len(_END_OF_DAY_CACHE) >= 100_000:
            _END_OF_DAY_CACHE.clear()
        _END_OF_DAY_CACHE[day] = found
    return found


def _status(due: datetime, met_at: datetime | None, at: datetime) -> str:
    # ``due`` and ``at`` in UTC (see _eod).
    if met_at is not None:
        return "met_on_time" if met_at <= due else "met_late"
    return "due" if at <= due else "overdue"


def case_obligations(
    case: Case,
    entries: Sequence[Entry],
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
    rules: RulesTable = RULES,
) -> list[Obligation]:
    """Every obligation of ``case`` with its status at ``at`` (an aware datetime).

    ``entries`` is the case's log in recorded order, corrections included; the engine reads
    it as corrected. Entries that occurred after ``at`` are ignored, so evaluating at a past
    moment shows the case as it stood then (with today's corrections applied). The result is
    in kind order, then in the order of the triggering events; use ``sort_by_urgency`` for
    a to-do list.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"evaluation time {at.isoformat()} has no time zone")
    cal = calendar if calendar is not None else default_calendar()
    at = at.astimezone(UTC)
    log = _Log.read(entries, at)
    out: list[Obligation] = []
    out += _right6_updates(case, log, at, cal, rules)
    out += _support_referral(case, log, at, cal, rules)
    out += _agreed_updates(case, log, at, rules)
    out += _rg_expected(case, log, at, cal, rules)
    out += _cg_not_before(case, log, at, cal, rules)
    out += _exit_reviews(case, log, at)
    return out


def _right6_updates(
    case: Case, log: _Log, at: datetime, cal: WorkingDayCalendar, rules: RulesTable
) -> list[Obligation]:
    if not log.events:
        return []
    # The earliest update naming each event meets it: that is when the victim was told.
    first_update: dict[str, Entry] = {}
    for u in log.updates:
        for event_id in u.data.get("satisfies", ()):
            first_update.setdefault(event_id, u)
    victim = case.victim
    prefs = victim.update_preferences
    enhanced_on: dict[date, bool] = {}
    out: list[Obligation] = []
    for ev in log.events:
        day = london_date(ev.occurred_at)
        r6 = _right6_at(rules, day)
        rule, warnings, known = r6.rule, r6.warnings, r6.events
        enhanced = enhanced_on.get(day)
        if enhanced is None:
            enhanced = enhanced_on[day] = victim.has_enhanced_rights(day, case.opened_on)
        due = cal.due_end_of_working_days(day, r6.enhanced_days if enhanced else r6.standard_days)
        due_utc = _eod(due.at.date())[1]
        warnings += due.warnings
        event = ev.data["event"]
        label = _TELL.get(event) or f"Tell the victim: {RIGHT6_EVENTS.get(event, event)}"
        if event not in known:
            warnings += (
                f"{event!r} is not a Right 6 event under the {rule.version} Victims' Code.",
            )
        update = first_update.get(ev.id)
        late_reason = None
        if update is not None:
            status = _status(due_utc, update.occurred_at, at)
            if status == "met_late":
                late_reason = update.data.get("late_reason")
            if update.occurred_at < ev.occurred_at:
                warnings += (
                    f"The update is logged at {uk_datetime(update.occurred_at)}, before the "
                    f"event it reports ({uk_datetime(ev.occurred_at)}): check both times.",
                )
        elif prefs.opted_out and (prefs.opted_out_on is None or day >= prefs.opted_out_on):
            # The Code lets a victim opt out of updates; the duty returns if they opt back in.
            status = "not_applicable"
            label += " (the victim opted out of updates)"
            if prefs.opted_out_on is None:
                warnings += (
                    "The date the victim opted out of updates is not recorded: this event is "
                    "treated as after it. Record the date on the victim's details.",
                )
        elif event not in known:
            status = "not_applicable"
        else:
            status = _status(due_utc, None, at)
        out.append(
            _obligation(
                case=case.reference,
                kind="victims_code_update",
                source=ev.id,
                source_event=event,
                due=due.at,
                status=status,
                met_by=update.id if update else None,
                met_at=update.occurred_at if update else None,
                label=label,
                rule=rule.id,
                rule_version=rule.version,
                warnings=warnings,
                late_reason=late_reason,
                since=ev.occurred_at,
            )
        )
    return out


def _support_referral(
    case: Case, log: _Log, at: datetime, cal: WorkingDayCalendar, rules: RulesTable
) -> list[Obligation]:
    reported = case.crime_reported_at
    if reported is None or reported > at:
        return []
    rule, warnings = _rule_at(rules, SUPPORT_REFERRAL, london_date(reported))
    due = cal.due_end_of_working_days(reported, rule.int_param("working_days"))
    referral = next((r for r in log.referrals if r.data.get("service") in SUPPORT_SERVICES), None)
    decline = log.declines[0] if log.declines else None
    # Whichever came first answers Right 4: a referral, or the victim saying no to one.
    met = min((e for e in (referral, decline) if e is not None), key=_occurred, default=None)
    label = "Refer the victim to support services"
    if met is not None and met is decline:
        label += " (the victim declined)"
    return [
        _obligation(
            case=case.reference,
            kind="support_referral",
            source="case",
            source_event="crime_report",
            due=due.at,
            status=_status(_eod(due.at.date())[1], met.occurred_at if met else None, at),
            met_by=met.id if met else None,
            met_at=met.occurred_at if met else None,
            label=label,
            rule=rule.id,
            rule_version=rule.version,
            warnings=warnings + due.warnings,
            since=reported,
        )
    ]


def _agreed_updates(case: Case, log: _Log, at: datetime, rules: RulesTable) -> list[Obligation]:
    prefs = case.victim.update_preferences
    opened = start_of_day(case.opened_on)
    if at < opened:
        return []
    if prefs.opted_out:
        day = prefs.opted_out_on or case.opened_on
        rule, warnings = _rule_at(rules, RIGHT6_UPDATE, day)
        reason = f": {prefs.opt_out_reason}" if prefs.opt_out_reason else ""
        when = f" on {uk_date(prefs.opted_out_on)}" if prefs.opted_out_on else ""
        return [
            _obligation(
                case=case.reference,
                kind="agreed_update",
                source="case",
                source_event="update_opt_out",
                due=end_of_day(day),
                status="not_applicable",
                met_by=None,
                met_at=None,
                label=f"Agreed updates: the victim opted out{when}{reason}",
                rule=rule.id,
                rule_version=rule.version,
                warnings=warnings,
                since=start_of_day(day),
            )
        ]
    every = prefs.every_days
    if not every:
        return []
    closed_at = end_of_day(case.closed_on) if case.status == "closed" and case.closed_on else None
    label = f"Agreed update to the victim (every {every} days, by {prefs.method.replace('_', ' ')})"
    out: list[Obligation] = []
    anchor, source, source_event = opened, "case", "case_opened"
    updates = log.updates
    i = 0
    while True:
        anchor_day = london_date(anchor)
        due, due_utc = _eod(anchor_day + timedelta(days=every))
        rule, warnings = _rule_at(rules, RIGHT6_UPDATE, anchor_day)
        while i < len(updates) and updates[i].occurred_at <= anchor:
            i += 1
        update = updates[i] if i < len(updates) else None
        status = _status(due_utc, update.occurred_at if update else None, at)
        this_label = label
        if update is None and closed_at is not None and due > closed_at:
            # Reminders stop with the case; a reminder already missed before it closed stays.
            status = "not_applicable"
            this_label += f" (case closed {uk_date(case.closed_on)})"
        out.append(
            _obligation(
                case=case.reference,
                kind="agreed_update",
                source=source,
                source_event=source_event,
                due=due,
                status=status,
                met_by=update.id if update else None,
                met_at=update.occurred_at if update else None,
                label=this_label,
                rule=rule.id,
                rule_version=rule.version,
                warnings=warnings,
                late_reason=update.data.get("late_reason")
                if update and status == "met_late"
                else None,
                since=anchor,
            )
        )
        if update is None:
            return out
        # The next agreed update runs from the one just given, on time or late.
        anchor, source, source_event = update.occurred_at, update.id, "victim_update"


def _rg_expected(
    case: Case, log: _Log, at: datetime, cal: WorkingDayCalendar, rules: RulesTable
) -> list[Obligation]:
    out: list[Obligation] = []
    for ref in log.referrals:
        if ref.data.get("service") != "nrm":
            continue
        day = london_date(ref.occurred_at)
        rule, warnings = _rule_at(rules, NRM_RG_EXPECTED, day)
        due = cal.due_end_of_working_days(day, rule.int_param("working_days"))
        decision = next((d for d in log.rg_decisions if london_date(d.occurred_at) >= day), None)
        out.append(
            _obligation(
                case=case.reference,
                kind="nrm_rg_expected",
                source=ref.id,
                source_event="nrm_referral",
                due=due.at,
                status=_status(
                    _eod(due.at.date())[1], decision.occurred_at if decision else None, at
                ),
                met_by=decision.id if decision else None,
                met_at=decision.occurred_at if decision else None,
                label="Reasonable grounds decision expected: chase the competent authority "
                "if it has not arrived",
                rule=rule.id,
                rule_version=rule.version,
                warnings=warnings + due.warnings,
                since=ref.occurred_at,
            )
        )
    return out


def _cg_not_before(
    case: Case, log: _Log, at: datetime, cal: WorkingDayCalendar, rules: RulesTable
) -> list[Obligation]:
    out: list[Obligation] = []
    for rg in log.rg_decisions:
        if rg.data.get("outcome") != "positive":
            continue
        rule, warnings = _rule_at(rules, NRM_CG_NOT_BEFORE, london_date(rg.occurred_at))
        earliest = cal.add_calendar_days(rg.occurred_at, rule.int_param("calendar_days"))
        warnings += earliest.warnings
        decision = next((d for d in log.cg_decisions if d.occurred_at >= rg.occurred_at), None)
        if decision is None:
            # A milestone, not a deadline: the competent authority has no date to miss, so
            # it stays "due" (awaited) until a conclusive grounds decision is logged.
            status = "due"
            label = (
                "Conclusive grounds decision: not before this date (recovery period "
                "continues until it is made)"
            )
        elif decision.occurred_at >= earliest.at:
            status = "met_on_time"
            label = "Conclusive grounds decision made after the 30-day minimum"
        else:
            # Met outside what the rule allows: here, too early rather than too late.
            status = "met_late"
            label = "Conclusive grounds decision made before the 30-day minimum"
            warnings += (
                f"The conclusive grounds decision is logged on {uk_date(decision.occurred_at)}, "
                f"before the earliest date {uk_date(earliest.at)}: check the date, and whether "
                "the recovery period was respected.",
            )
        out.append(
            _obligation(
                case=case.reference,
                kind="nrm_cg_not_before",
                source=rg.id,
                source_event="rg_decision",
                due=earliest.at,
                status=status,
                met_by=decision.id if decision else None,
                met_at=decision.occurred_at if decision else None,
                label=label,
                rule=rule.id,
                rule_version=rule.version,
                warnings=warnings,
                since=rg.occurred_at,
            )
        )
    return out


def _exit_reviews(case: Case, log: _Log, at: datetime) -> list[Obligation]:
    out: list[Obligation] = []
    closed_at = end_of_day(case.closed_on) if case.status == "closed" and case.closed_on else None
    exits = log.exits
    for idx, e in enumerate(exits):
        review_on = e.data.get("review_on")
        if not review_on:
            continue
        review_day = date.fromisoformat(review_on)
        due, due_utc = _eod(review_day)
        # The next exit-strategy entry is the review: it records where the strategy now is.
        review = exits[idx + 1] if idx + 1 < len(exits) else None
        status = _status(due_utc, review.occurred_at if review else None, at)
        label = "Review the exit strategy"
        warnings: tuple[str, ...] = ()
        if review is None and closed_at is not None and due > closed_at:
            status = "not_applicable"
            label += f" (case closed {uk_date(case.closed_on)})"
        if review_day < london_date(e.occurred_at):
            warnings = (
                f"The review date {uk_date(review_day)} is before the day the exit strategy "
                f"was logged ({uk_date(e.occurred_at)}): check it.",
            )
        out.append(
            _obligation(
                case=case.reference,
                kind="exit_strategy_review",
                source=e.id,
                source_event="exit_strategy",
                due=due,
                status=status,
                met_by=review.id if review else None,
                met_at=review.occurred_at if review else None,
                label=label,
                rule=EXIT_STRATEGY_REVIEW,
                rule_version=_EXIT_REVIEW_VERSION,
                warnings=warnings,
                since=e.occurred_at,
            )
        )
    return out


def _urgency(o: Obligation) -> tuple[int, datetime, str, str, str]:
    if o.status == "overdue":
        group = 0
    elif o.status == "due":
        # An awaited milestone owes nothing; real deadlines come first.
        group = 2 if o.is_milestone else 1
    else:
        group = 3
    return (group, o.due, o.case, o.kind, o.source)


def sort_by_urgency(obligations: Iterable[Obligation]) -> list[Obligation]:
    """Overdue first (longest overdue first), then due (soonest first), then awaited
    milestones, then met and not applicable ones (by due time)."""
    return sorted(obligations, key=_urgency)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _status_words(o: Obligation, at: datetime, cal: WorkingDayCalendar) -> str:
    if o.status == "overdue":
        n = o.working_days_overdue(at, cal)
        return f"overdue by {_plural(n, 'working day')}" if n else "overdue by under 1 working day"
    if o.status == "due":
        if o.is_milestone:
            return "awaited" if at >= o.due else "not yet"
        if london_date(at) == london_date(o.due):
            return "due today"
        n = cal.working_days_between(at, o.due)
        # Agreed updates count calendar days, so one can fall due at a weekend.
        return f"due in {_plural(n, 'working day')}" if n > 0 else f"due {o.due:%A}"
    if o.status == "met_on_time":
        return "met on time"
    if o.status == "met_late":
        if o.is_milestone:
            return "made too early"
        n = o.working_days_overdue(at, cal)
        late = f"met late by {_plural(n, 'working day')}" if n else "met late"
        return late if not o.needs_late_reason else f"{late}, no reason recorded"
    return "not applicable"


def _since_words(o: Obligation) -> str:
    event = o.source_event or ""
    what = RIGHT6_EVENTS.get(event) or _SINCE_WORDS.get(event) or event.replace("_", " ")
    return f"{what}, {uk_date(o.since)}" if o.since else what


def due_table(
    obligations: Sequence[Obligation],
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
) -> str:
    """A plain-text table for reading at a glance, most urgent first.

    Columns: status (in words, e.g. "overdue by 2 working days"), case, what is owed, since
    (the triggering event and its UK date) and due by (UK date and time, Europe/London).
    Warnings are listed under the table, numbered against the rows they concern.
    """
    if not obligations:
        return "Nothing is owed: no obligations."
    cal = calendar if calendar is not None else default_calendar()
    header = ("Status", "Case", "What is owed", "Since", "Due by")
    rows: list[tuple[str, ...]] = []
    notes: list[str] = []
    note_numbers: dict[str, int] = {}
    for o in sort_by_urgency(obligations):
        marks = []
        for w in o.warnings:
            if w not in note_numbers:
                notes.append(w)
                note_numbers[w] = len(notes)
            marks.append(f"[{note_numbers[w]}]")
        due = f"not before {uk_date(o.due)}" if o.is_milestone else uk_datetime(o.due)
        what = o.label + (" " + " ".join(marks) if marks else "")
        rows.append((_status_words(o, at, cal), o.case, what, _since_words(o), due))
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    text = [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    if notes:
        text.append("")
        text.extend(f"[{i}] {w}" for i, w in enumerate(notes, 1))
    return "\n".join(text)


# ----------------------------------------------------------------------------- kept for later
# What a copy of a case's obligations, kept between evaluations, depends on. Evaluated at any
# moment from ``stable_from(case, entries)`` on, the answer changes with the evaluation time
# in one way only: a "due" deadline passes and becomes "overdue" (``statuses_at``). Anything
# else it depends on is the case record, the log, the rules table, the calendar and this code.

# Bump whenever this module (or what it reads: the calendar, corrections, the victim's rights)
# could answer differently for the same case record, log, rules and calendar: every copy
# made by an earlier engine is then worked out again. tests/core/test_obligations_kept.py
# fails until it is bumped.
ENGINE_VERSION: Final = 1

# The entry types the engine reads: ``_Log._bucket`` skips every other type, and reads an
# interaction or a note only when it records DECLINED_ACTION. A correction never changes an
# entry's type (core.entries), so reading these and the targets of their corrections is
# reading everything the engine can see.
READ_TYPES: Final = frozenset(
    {
        "victim_update",
        "investigation_event",
        "referral",
        "nrm_decision",
        "exit_strategy",
        "correction",
    }
)
DECLINE_TYPES: Final = frozenset({"interaction", "note"})
_PENDING: Final = frozenset({"due", "overdue"})
_MOMENT_FIELDS: Final = frozenset({"due", "met_at", "since"})
_FIELD_NAMES: Final = tuple(f.name for f in fields(Obligation))
_FIELD_SET: Final = frozenset(_FIELD_NAMES)
_TEXT_FIELDS: Final = ("case", "kind", "source", "status", "label", "rule", "rule_version")
_OPTIONAL_TEXT_FIELDS: Final = ("source_event", "met_by", "late_reason")


def is_pending(o: Obligation) -> bool:
    """Still owed: due or overdue, and not a milestone (which owes the officer nothing).

    What the Today view and the case list's next-due column show. Once met or not
    applicable, an obligation never becomes pending again for the same log.
    """
    return o.status in _PENDING and not o.is_milestone


def stable_from(case: Case, entries: Sequence[Entry]) -> datetime:
    """The moment from which evaluating later changes nothing but "due" into "overdue".

    The evaluation time ``at`` reaches the engine in four places only: entries that
    occurred after it are ignored, a crime reported after it starts no support timer, a
    case opened after it owes no agreed updates, and an unmet deadline is due until its end
    of day and overdue after. The first three cannot change once ``at`` is at or after every
    entry (as read and as corrected), the crime report and the start of the opening day, so
    for ``a`` and ``b`` both at or after the returned moment::

        case_obligations(case, entries, b) == statuses_at(case_obligations(case, entries, a), b)

    ``entries`` may be only what the engine reads (see ``READ_TYPES``).
    """
    latest = start_of_day(case.opened_on)
    if case.crime_reported_at is not None:
        latest = max(latest, case.crime_reported_at)
    for e in entries:
        latest = max(latest, e.occurred_at)
    if any(e.type == "correction" for e in entries):
        for e in effective_entries(entries):
            latest = max(latest, e.occurred_at)
    return latest.astimezone(UTC)


def statuses_at(obligations: Iterable[Obligation], at: datetime) -> list[Obligation]:
    """``obligations`` with "due" and "overdue" worked out again at ``at``.

    A deadline is due up to 23:59:59 London on its due day and overdue after, as
    ``case_obligations`` decides it; milestones stay "due" (awaited); met and not applicable
    obligations are unchanged. Exact for obligations worked out at a moment at or after
    ``stable_from`` of their case, when ``at`` is too.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"evaluation time {at.isoformat()} has no time zone")
    at = at.astimezone(UTC)
    out: list[Obligation] = []
    for o in obligations:
        if o.status in _PENDING and not o.is_milestone:
            status = "due" if at <= _eod(london_date(o.due))[1] else "overdue"
            if status != o.status:
                o = _obligation(**{**o.__dict__, "status": status})
        out.append(o)
    return out


def declines_matter(case: Case, entries: Sequence[Entry]) -> bool:
    """Whether a recorded decline of support could change what is pending at a moment from
    ``stable_from(case, entries)`` on (before it, any decline could).

    Declines answer only the support referral, and only when no referral to a support
    service does: with one in the log the obligation is met (by whichever came first) at any
    moment from ``stable_from`` on. ``entries`` is what the engine reads (``READ_TYPES``).
    """
    if case.crime_reported_at is None:
        return False
    log = entries
    if any(e.type == "correction" for e in entries):
        log = effective_entries(entries)
    return not any(e.type == "referral" and e.data.get("service") in SUPPORT_SERVICES for e in log)


def _moment_out(value: datetime) -> str:
    # ISO 8601 with the offset, and the zone's name when it has one (RFC 9557), so a London
    # time comes back in London and an instant in UTC stays in UTC.
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{value.isoformat()} has no time zone")
    zone = value.tzinfo
    return f"{value.isoformat()}[{zone.key}]" if isinstance(zone, ZoneInfo) else value.isoformat()


def _moment_in(text: object) -> datetime:
    if type(text) is not str:
        raise ValueError(f"{text!r} is not a moment")
    zone = None
    if text[-1:] == "]":
        text, _, name = text[:-1].partition("[")
        zone = _ZONES.get(name)
        if zone is None:
            try:
                zone = _ZONES[name] = ZoneInfo(name)
            except (KeyError, ValueError, OSError):
                raise ValueError(f"{name!r} is not a time zone") from None
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"{text} has no time zone")
    return value.astimezone(zone) if zone is not None else value


_ZONES: dict[str, ZoneInfo] = {}


def obligation_to_data(o: Obligation) -> dict[str, Any]:
    """Every field of ``o`` as JSON-ready data (``obligation_from_data`` reads it back)."""
    out: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        value = getattr(o, name)
        if name in _MOMENT_FIELDS:
            out[name] = None if value is None else _moment_out(value)
        elif name == "warnings":
            out[name] = list(value)
        else:
            out[name] = value
    return out


def obligation_from_data(data: Mapping[str, Any]) -> Obligation:
    """The obligation ``obligation_to_data`` wrote, equal to it field for field, times in
    the same zones. Raises ``ValueError`` for anything else."""
    if not isinstance(data, Mapping) or data.keys() != _FIELD_SET:
        raise ValueError("not an obligation written by this engine")
    for name in _TEXT_FIELDS:
        if type(data[name]) is not str:
            raise ValueError(f"{name} must be text")
    for name in _OPTIONAL_TEXT_FIELDS:
        value = data[name]
        if value is not None and type(value) is not str:
            raise ValueError(f"{name} must be text or null")
    warnings = data["warnings"]
    if type(warnings) is not list or not all(type(w) is str for w in warnings):
        raise ValueError("warnings must be a list of text")
    if data["kind"] not in KINDS or data["status"] not in STATUSES:
        raise ValueError("unknown kind or status")
    met_at, since = data["met_at"], data["since"]
    return _obligation(
        case=data["case"],
        kind=data["kind"],
        source=data["source"],
        source_event=data["source_event"],
        due=_moment_in(data["due"]),
        status=data["status"],
        met_by=data["met_by"],
        met_at=None if met_at is None else _moment_in(met_at),
        label=data["label"],
        rule=data["rule"],
        rule_version=data["rule_version"],
        warnings=tuple(warnings),
        late_reason=data["late_reason"],
        since=None if since is None else _moment_in(since),
    )


def _plain(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _digest(doc: object) -> str:
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=16)
def rules_fingerprint(rules: RulesTable) -> str:
    """A digest of every rule version in ``rules``: id, version, start and parameters."""
    return _digest(
        sorted([r.id, r.version, r.effective_from.isoformat(), _plain(r.params)] for r in rules)
    )


@functools.lru_cache(maxsize=16)
def calendar_fingerprint(calendar: WorkingDayCalendar) -> str:
    """A digest of what decides ``calendar``'s working days: the holiday data's version,
    its years of coverage and the local days added and taken out."""
    return _digest(
        {
            "holidays": importlib.metadata.version("holidays"),
            "years": [calendar.first_year, calendar.last_year],
            "extra": sorted([d.isoformat(), n] for d, n in calendar.extra_holidays.items()),
            "removed": sorted(d.isoformat() for d in calendar.removed_holidays),
        }
    )
