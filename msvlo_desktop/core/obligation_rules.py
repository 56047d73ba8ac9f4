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
    CA_UPDATE,
    NRM_CG_NOT_BEFORE,
    NRM_OR_DUTY_TO_NOTIFY,
    NRM_RG_EXPECTED,
    RIGHT6_EVENTS,
    RIGHT6_UPDATE,
    SUPPORT_REFERRAL,
    WEEKEND_MOVE,
    Rule,
    RulesTable,
)
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.core.wording_obligations import RIGHT6_TELL as _TELL

# Conclusive grounds outcomes that recognise the person as a victim.
_POSITIVE_CG: frozenset[str] = frozenset({"trafficking", "slavery_servitude_forced_labour"})


def _moved_day(
    kind: str, day: date, cal: WorkingDayCalendar, rules: RulesTable
) -> tuple[date, tuple[str, ...]]:
    """``day`` moved to the next working day when the force's weekend policy says so.

    A reminder counted in calendar days can fall on a Saturday, a Sunday or a bank holiday;
    the rules table's force-policy row (``policy.weekend_move``) decides whether it moves.
    """
    rule, warnings = _rule_at(rules, WEEKEND_MOVE, day)
    if kind not in rule.texts_param("applies_to"):
        return day, warnings
    if rule.text_param("move_to") != "next_working_day":
        return day, warnings
    moved = day
    while not cal.is_working_day(moved):
        moved += timedelta(days=1)
    if moved != day:
        warnings += cal.coverage_warnings(day, moved)
    return moved, warnings


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


def _agreed_updates(
    case: Case, log: _Log, at: datetime, cal: WorkingDayCalendar, rules: RulesTable
) -> list[Obligation]:
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
        due_day, moved = _moved_day("agreed_update", anchor_day + timedelta(days=every), cal, rules)
        due, due_utc = _eod(due_day)
        rule, warnings = _rule_at(rules, RIGHT6_UPDATE, anchor_day)
        warnings += moved
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
        # The recovery period in force on the day of the RG decision: 45 days up to
        # 12 December 2022, 30 from 13 December 2022, exceptions from 30 January 2023.
        rule, warnings = _rule_at(rules, NRM_CG_NOT_BEFORE, london_date(rg.occurred_at))
        days = rule.int_param("calendar_days")
        earliest = cal.add_calendar_days(rg.occurred_at, days)
        warnings += earliest.warnings
        decision = next((d for d in log.cg_decisions if d.occurred_at >= rg.occurred_at), None)
        none_why = _no_recovery_period(rg, log, rule)
        if none_why is None and _disqualified(rg, log):
            warnings += (
                "A public-order disqualification is recorded, but the rules in force on the "
                f"day of this RG decision ({rule.version}) have none: the recovery period is "
                "shown as it stood then. Check with the competent authority.",
            )
        if none_why is not None:
            # Nothing to wait for: the CG decision may come at any time.
            status = "not_applicable"
            label = none_why
        elif decision is None:
            # A milestone, not a deadline: the competent authority has no date to miss, so
            # it stays "due" (awaited) until a conclusive grounds decision is logged.
            status = "due"
            label = (
                "Conclusive grounds decision: not before this date (recovery period "
                "continues until it is made)"
            )
        elif decision.occurred_at >= earliest.at:
            status = "met_on_time"
            label = f"Conclusive grounds decision made after the {days}-day minimum"
        else:
            # Met outside what the rule allows: here, too early rather than too late.
            status = "met_late"
            label = f"Conclusive grounds decision made before the {days}-day minimum"
            warnings += (
                f"The conclusive grounds decision is logged on {uk_date(decision.occurred_at)}, "
                f"before the earliest date {uk_date(earliest.at)} ({days} days after the "
                "reasonable grounds decision): check the date, and whether the recovery period "
                "was respected.",
            )
        out.append(
            _obligation(
                case=case.reference,
                kind="nrm_cg_not_before",
                source=rg.id,
                source_event="rg_decision",
                due=earliest.at,
                status=status,
                met_by=decision.id if decision and none_why is None else None,
                met_at=decision.occurred_at if decision and none_why is None else None,
                label=label,
                rule=rule.id,
                rule_version=rule.version,
                warnings=warnings,
                since=rg.occurred_at,
            )
        )
    return out


def _disqualified(rg: Entry, log: _Log) -> bool:
    # Recorded on the RG decision itself or on a later NRM decision (s.63 can come later).
    return any(
        d.data.get("public_order_disqualification") is True
        and (d is rg or d.occurred_at >= rg.occurred_at)
        for d in log.decisions
    )


def _no_recovery_period(rg: Entry, log: _Log, rule: Rule) -> str | None:
    """Why a positive RG decision brings no recovery period under the rules of its day, or
    None when it brings one (Nationality and Borders Act 2022 ss.62-63, from 30 January 2023).
    """
    if rule.params.get("none_if_disqualified") is True and _disqualified(rg, log):
        return (
            "No recovery period: the victim was disqualified on public-order grounds, so the "
            "conclusive grounds decision may come at any time"
        )
    if rule.params.get("none_after_positive_cg") is True and any(
        d.occurred_at < rg.occurred_at and d.data.get("outcome") in _POSITIVE_CG
        for d in log.cg_decisions
    ):
        return (
            "No recovery period: a further reasonable grounds decision after a positive "
            "conclusive grounds decision normally brings none (unless the competent authority "
            "decides one is appropriate)"
        )
    return None


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


def _nrm_or_duty_to_notify(
    case: Case, log: _Log, at: datetime, cal: WorkingDayCalendar, rules: RulesTable
) -> list[Obligation]:
    """An adult case owes an NRM referral (with consent) or a Duty to Notify.

    The statutory duty to notify the Home Office (Modern Slavery Act 2015 s.52) is met by
    either; the APP lists it among the initial actions. The timescale is force policy. A
    child's NRM referral is the child workflow's (checklists), so a case whose victim was a
    child on the day it opened owes nothing here."""
    opened_on = case.opened_on
    if at < start_of_day(opened_on) or case.victim.is_child(opened_on, opened_on):
        return []
    rule, warnings = _rule_at(rules, NRM_OR_DUTY_TO_NOTIFY, opened_on)
    due = cal.due_end_of_working_days(opened_on, rule.int_param("working_days"))
    services = rule.texts_param("met_by")
    met = next((r for r in log.referrals if r.data.get("service") in services), None)
    status = _status(_eod(due.at.date())[1], met.occurred_at if met else None, at)
    label = "Seek the victim's consent and refer into the NRM, or make a Duty to Notify referral"
    closed_at = end_of_day(case.closed_on) if case.status == "closed" and case.closed_on else None
    if met is None and closed_at is not None and due.at > closed_at:
        status = "not_applicable"
        label += f" (case closed {uk_date(case.closed_on)})"
    return [
        _obligation(
            case=case.reference,
            kind="nrm_or_duty_to_notify",
            source="case",
            source_event="case_opened",
            due=due.at,
            status=status,
            met_by=met.id if met else None,
            met_at=met.occurred_at if met else None,
            label=label,
            rule=rule.id,
            rule_version=rule.version,
            warnings=warnings + due.warnings,
            since=start_of_day(opened_on),
        )
    ]


def _ca_updates(
    case: Case, log: _Log, at: datetime, cal: WorkingDayCalendar, rules: RulesTable
) -> list[Obligation]:
    """Reminders to update the competent authority after each NRM referral.

    A chain like the agreed updates: the first is due a force-policy number of calendar days
    after the referral, each ``competent_authority_update`` meets the open link and starts
    the next. The chain ends with the NRM decision that closes the referral (a conclusive
    grounds decision, or a negative reasonable grounds one): a link falling due after it
    is not applicable, one already missed stays overdue until an update is logged.
    """
    nrm = [r for r in log.referrals if r.data.get("service") == "nrm"]
    if not nrm:
        return []
    closed_at = end_of_day(case.closed_on) if case.status == "closed" and case.closed_on else None
    enders = sorted(
        [
            *log.cg_decisions,
            *(d for d in log.rg_decisions if d.data.get("outcome") == "negative"),
        ],
        key=_occurred,
    )
    out: list[Obligation] = []
    for idx, ref in enumerate(nrm):
        ref_day = london_date(ref.occurred_at)
        rule, rule_warnings = _rule_at(rules, CA_UPDATE, ref_day)
        every = rule.int_param("calendar_days")
        # The chain of this referral stops at the decision that closes it, or at the next
        # referral, which starts its own.
        end = next((d for d in enders if d.occurred_at >= ref.occurred_at), None)
        stop = end.occurred_at if end is not None else None
        if idx + 1 < len(nrm) and (stop is None or nrm[idx + 1].occurred_at < stop):
            stop = nrm[idx + 1].occurred_at
        label = (
            f"Update the competent authority (every {every} days: reply to the referral receipt)"
        )
        anchor, source, source_event = ref.occurred_at, ref.id, "nrm_referral"
        while True:
            anchor_day = london_date(anchor)
            due_day, warnings = _moved_day(
                "competent_authority_update", anchor_day + timedelta(days=every), cal, rules
            )
            due, due_utc = _eod(due_day)
            update = next(
                (
                    u
                    for u in log.ca_updates
                    if u.occurred_at > anchor and (stop is None or u.occurred_at <= stop)
                ),
                None,
            )
            status = _status(due_utc, update.occurred_at if update else None, at)
            this_label = label
            if update is None and stop is not None and due > stop:
                status = "not_applicable"
                this_label += (
                    f" (NRM decision {uk_date(stop)})"
                    if end is not None and stop == end.occurred_at
                    else f" (new NRM referral {uk_date(stop)})"
                )
            elif update is None and closed_at is not None and due > closed_at:
                status = "not_applicable"
                this_label += f" (case closed {uk_date(case.closed_on)})"
            out.append(
                _obligation(
                    case=case.reference,
                    kind="competent_authority_update",
                    source=source,
                    source_event=source_event,
                    due=due,
                    status=status,
                    met_by=update.id if update else None,
                    met_at=update.occurred_at if update else None,
                    label=this_label,
                    rule=rule.id,
                    rule_version=rule.version,
                    warnings=rule_warnings + warnings,
                    since=anchor,
                )
            )
            if update is None:
                break
            anchor, source, source_event = (
                update.occurred_at,
                update.id,
                "competent_authority_update",
            )
    return out
