"""The officer's further duties: whether the victim is a child, and what bail, risk reviews,
Victim Personal Statements, complaints and the right to review ask of the officer.

- ``child_on`` judges the child workflow from the log: once an age assessment exists, only
  an outcome of "adult" (from that assessment's date) or the 18th birthday of an assessed
  date of birth ends it. The case record's "age disputed" tick is then no longer read, so
  unticking it cannot take a child out of the child workflow.
- ``duty_obligations`` adds the reminders of the duties to the obligation engine:
  ``bail_return_reminder``, ``bail_safety_review``, ``risk_review`` and ``vps_revisit``.
- ``duties_checklist`` is the checklist of records these duties ask for (Rights 1, 3, 7 and
  12, the right to review, the risk review, bail), with the complaints handler's clock and the
  review request window shown as information: they are not the officer's deadlines.
- ``child_order_checklist`` checks the child workflow's order: the children's services
  referral before the NRM referral, the social worker's details in the NRM referral, and the
  age assessment.

Every timescale comes from the rules table (``core.rules``); ``docs/RULES-ENGINE.md`` lists
the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from msvlo_desktop.core.age import AgeJudgement, eighteenth_birthday, judge_age
from msvlo_desktop.core.calendar import WorkingDayCalendar, london_date
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import BAIL_EVENTS, Entry, effective_entries
from msvlo_desktop.core.obligation_model import Obligation, _eod, _obligation, _rule_at, _status
from msvlo_desktop.core.rules import (
    BAIL_RETURN_REMINDER,
    BAIL_SAFETY_REVIEW,
    COMPLAINT_ACK,
    RIGHT7_VPS,
    RISK_REVIEW,
    RULES,
    VRR_REQUEST_WINDOW,
    VRR_SCHEMES,
    RulesTable,
)
from msvlo_desktop.core.timefmt import uk_date

__all__ = [
    "DUTY_KINDS",
    "AgeJudgement",
    "add_months",
    "age_judgement",
    "child_on",
    "complaint_response_due",
    "duty_obligations",
    "eighteenth_birthday",
    "review_scheme",
    "review_window_end",
]

DUTY_KINDS = ("bail_return_reminder", "bail_safety_review", "risk_review", "vps_revisit")
# Events after which the bail return date no longer stands: a new bail date, a charge, the
# end of the investigation or a release without bail.
_BAIL_ENDS = (
    *BAIL_EVENTS,
    "charged",
    "released_no_further_action",
    "released_under_investigation",
    "decision_not_to_investigate",
    "out_of_court_disposal",
)


# ------------------------------------------------------------------------------- age
def _assessments(entries: Sequence[Entry]) -> list[Entry]:
    found = [e for e in entries if e.type == "age_assessment"]
    if any(e.type == "correction" for e in entries):
        found = [e for e in effective_entries(entries) if e.type == "age_assessment"]
    return found


def age_judgement(
    case: Case, entries: Sequence[Entry], day: date, rules: RulesTable = RULES
) -> AgeJudgement:
    """The child workflow on ``day`` as the log decides it (see ``core.age.judge_age``)."""
    return judge_age(case.victim, case.opened_on, _assessments(entries), day, rules)


def child_on(case: Case, entries: Sequence[Entry], day: date) -> bool:
    """In the child workflow on ``day`` (see ``age_judgement``)."""
    return age_judgement(case, entries, day).child


def add_months(day: date, months: int) -> date:
    """``day`` plus calendar months; a day the month lacks becomes its last day
    (30 November + 3 months = 28 or 29 February)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in range(day.day, 27, -1):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))


# ---------------------------------------------------------------------------- schemes
def review_scheme(decision: str, rules: RulesTable = RULES, at: date | None = None) -> str:
    """ "police", "cps" or "not_reviewable" for a decision (the rules table's mapping)."""
    rule = rules.rule(VRR_SCHEMES, at or date.today())
    schemes = rule.labels_param("schemes")
    return schemes.get(decision, "not_reviewable")


def review_window_end(told: datetime, rules: RulesTable = RULES) -> date:
    """The last day the victim can ask for a review: 3 calendar months from being told."""
    day = london_date(told)
    rule = rules.rule(VRR_REQUEST_WINDOW, day)
    return add_months(day, rule.int_param("months"))


def complaint_response_due(
    received: datetime, calendar: WorkingDayCalendar, rules: RulesTable = RULES
) -> datetime:
    """When the complaints handler should acknowledge or answer: their clock, not ours."""
    rule = rules.rule(COMPLAINT_ACK, london_date(received))
    return calendar.due_end_of_working_days(received, rule.int_param("working_days")).at


# ------------------------------------------------------------------------- obligations
def duty_obligations(
    case: Case,
    entries: Sequence[Entry],
    at: datetime,
    cal: WorkingDayCalendar,
    rules: RulesTable = RULES,
) -> list[Obligation]:
    """The reminders of the duties at ``at`` (entries after ``at`` have not happened yet)."""
    log = effective_entries(entries) if any(e.type == "correction" for e in entries) else entries
    log = sorted((e for e in log if e.occurred_at <= at), key=lambda e: e.occurred_at)
    events = [e for e in log if e.type == "investigation_event"]
    reviews = [e for e in log if e.type == "risk_review"]
    out: list[Obligation] = []
    out += _bail_safety(case, events, reviews, at, cal, rules)
    out += _bail_return(case, events, reviews, at, rules)
    out += _next_review(case, reviews, at, "risk_review", rules)
    out += _next_review(case, [e for e in log if e.type == "vps"], at, "vps_revisit", rules)
    if case.status == "closed":
        # These reminders stop with the case, missed ones included: they look ahead (safety
        # plans, a statement to offer again) and a closed case has nothing ahead.
        words = f" (case closed {uk_date(case.closed_on)})" if case.closed_on else " (case closed)"
        out = [
            _obligation(**{**o.__dict__, "status": "not_applicable", "label": o.label + words})
            if o.status in ("due", "overdue")
            else o
            for o in out
        ]
    return out


def _first_after(reviews: Sequence[Entry], moment: datetime) -> Entry | None:
    return next((r for r in reviews if r.occurred_at >= moment), None)


def _bail_safety(
    case: Case,
    events: Sequence[Entry],
    reviews: Sequence[Entry],
    at: datetime,
    cal: WorkingDayCalendar,
    rules: RulesTable,
) -> list[Obligation]:
    out: list[Obligation] = []
    for ev in events:
        day = london_date(ev.occurred_at)
        rule, warnings = _rule_at(rules, BAIL_SAFETY_REVIEW, day)
        event = ev.data["event"]
        # A change of conditions always; a release on bail once its conditions are recorded.
        if event not in rule.params["events"] or (  # type: ignore[operator]
            event != "bail_conditions_changed" and not ev.data.get("bail_conditions")
        ):
            continue
        due = cal.due_end_of_working_days(day, rule.int_param("working_days"))
        review = _first_after(reviews, ev.occurred_at)
        label = "Review the victim's safety plan for the bail conditions"
        out.append(
            _obligation(
                case=case.reference,
                kind="bail_safety_review",
                source=ev.id,
                source_event="bail_conditions",
                due=due.at,
                status=_status(_eod(due.at.date())[1], review.occurred_at if review else None, at),
                met_by=review.id if review else None,
                met_at=review.occurred_at if review else None,
                label=label,
                rule=rule.id,
                rule_version=rule.version,
                warnings=warnings + due.warnings,
                since=ev.occurred_at,
            )
        )
    return out


def _bail_return(
    case: Case,
    events: Sequence[Entry],
    reviews: Sequence[Entry],
    at: datetime,
    rules: RulesTable,
) -> list[Obligation]:
    out: list[Obligation] = []
    for idx, ev in enumerate(events):
        bail_on = ev.data.get("bail_return_on")
        if not bail_on:
            continue
        bail_day = date.fromisoformat(bail_on)
        rule, warnings = _rule_at(rules, BAIL_RETURN_REMINDER, london_date(ev.occurred_at))
        due_day = bail_day - timedelta(days=rule.int_param("calendar_days_before"))
        due, due_utc = _eod(max(due_day, london_date(ev.occurred_at)))
        opens = bail_day - timedelta(days=rule.int_param("window_calendar_days"))
        opens_at = max(_eod(opens - timedelta(days=1))[1], ev.occurred_at)
        review = _first_after(reviews, opens_at)
        later = next((e for e in events[idx + 1 :] if e.data.get("event") in _BAIL_ENDS), None)
        label = f"Bail return on {uk_date(bail_day)}: review the victim's safety plan before it"
        status = _status(due_utc, review.occurred_at if review else None, at)
        if review is None and later is not None:
            status = "not_applicable"
            label += f" (superseded on {uk_date(later.occurred_at)})"
        out.append(
            _obligation(
                case=case.reference,
                kind="bail_return_reminder",
                source=ev.id,
                source_event="bail_return_date",
                due=due,
                status=status,
                met_by=review.id if review else None,
                met_at=review.occurred_at if review else None,
                label=label,
                rule=rule.id,
                rule_version=rule.version,
                warnings=warnings,
                since=ev.occurred_at,
            )
        )
    return out


def _next_review(
    case: Case,
    chain: Sequence[Entry],
    at: datetime,
    kind: str,
    rules: RulesTable,
) -> list[Obligation]:
    """A review date set in an entry, met by the next entry of the same type."""
    field = "review_on" if kind == "risk_review" else "revisit_on"
    rule_id = RISK_REVIEW if kind == "risk_review" else RIGHT7_VPS
    out: list[Obligation] = []
    for idx, e in enumerate(chain):
        when = e.data.get(field)
        if not when:
            continue
        rule, warnings = _rule_at(rules, rule_id, london_date(e.occurred_at))
        due, due_utc = _eod(date.fromisoformat(when))
        nxt = chain[idx + 1] if idx + 1 < len(chain) else None
        status = _status(due_utc, nxt.occurred_at if nxt else None, at)
        if kind == "risk_review":
            label = "Review the risk to the victim (family, return home)"
        else:
            label = "Offer the Victim Personal Statement again (deferred)"
        out.append(
            _obligation(
                case=case.reference,
                kind=kind,
                source=e.id,
                source_event=e.type,
                due=due,
                status=status,
                met_by=nxt.id if nxt else None,
                met_at=nxt.occurred_at if nxt else None,
                label=label,
                rule=rule.id,
                rule_version=rule.version,
                warnings=warnings,
                since=e.occurred_at,
            )
        )
    return out
