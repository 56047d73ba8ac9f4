"""The rule families of the obligation engine: one function per kind of obligation.

Each reads the case and its log as ``_Log`` buckets them and returns that kind's obligations
with their status at ``at`` (``docs/RULES-ENGINE.md`` explains each rule). A new rule family
goes here, with its kind in ``core.obligation_model.KINDS`` and its call in
``core.obligations.case_obligations``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from msvlo_desktop.core.calendar import WorkingDayCalendar, end_of_day, london_date, start_of_day
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.obligation_model import (
    _EXIT_REVIEW_VERSION,
    EXIT_STRATEGY_REVIEW,
    SUPPORT_SERVICES,
    Obligation,
    _eod,
    _Log,
    _obligation,
    _occurred,
    _right6_at,
    _rule_at,
    _status,
)
from msvlo_desktop.core.rules import (
    NRM_CG_NOT_BEFORE,
    NRM_RG_EXPECTED,
    RIGHT6_EVENTS,
    RIGHT6_UPDATE,
    SUPPORT_REFERRAL,
    RulesTable,
)
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.core.wording_obligations import RIGHT6_TELL as _TELL


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
