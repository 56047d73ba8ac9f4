"""An obligation in words: its status, what started its clock, and the ``msvlo due`` table.

One phrase for each status, used by the window (Today and the case tabs), the command line
(``due_table``) and the PDF report (whose compliance column, ``compliance_phrase``, reads the
same counts in a reviewer's terms). Counts of working days always say "working days"; only
deadlines that count calendar days (agreed updates, exit-strategy reviews) say "days".
The engine itself is ``core.obligations``; nothing here changes what is owed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Final

from msvlo_desktop.core.calendar import WorkingDayCalendar, london_date
from msvlo_desktop.core.obligation_model import Obligation, default_calendar, sort_by_urgency
from msvlo_desktop.core.rules import NRM_CG_NOT_BEFORE, RIGHT6_EVENTS, RULES, UnknownRule
from msvlo_desktop.core.timefmt import uk_date, uk_datetime, weekday_name
from msvlo_desktop.core.wording import Translate, unchanged

__all__ = [
    "CALENDAR_DAY_KINDS",
    "RIGHT6_TELL",
    "SINCE_WORDS",
    "compliance_phrase",
    "due_table",
    "recovery_days",
    "since_phrase",
    "status_phrase",
    "working_days",
]

# Plain words for the officer: what to tell the victim about each Right 6 event (the label
# of a victims_code_update obligation).
RIGHT6_TELL: Final[Mapping[str, str]] = {
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
# What started the clock, for the "Since" and "Started by" columns (Right 6 events use their
# own labels). An agreed update runs from the update before it: "Previous update" reads
# right both for the one now owed and for every earlier one in the report.
SINCE_WORDS: Final[Mapping[str, str]] = {
    "crime_report": "Crime reported",
    "case_opened": "Case opened",
    "victim_update": "Previous update",
    "update_opt_out": "Victim opted out",
    "nrm_referral": "NRM referral",
    "rg_decision": "Positive RG decision",
    "exit_strategy": "Exit strategy logged",
    "competent_authority_update": "Previous update to the competent authority",
    "bail_return_date": "Bail return date set",
    "bail_conditions": "Bail conditions set or changed",
    "risk_review": "Risk review",
    "vps": "Statement deferred",
}
# Kinds whose due time is counted in calendar days (the rest count working days).
CALENDAR_DAY_KINDS: Final = frozenset(
    {
        "agreed_update",
        "exit_strategy_review",
        "competent_authority_update",
        "bail_return_reminder",
        "risk_review",
        "vps_revisit",
    }
)


def recovery_days(o: Obligation) -> int:
    """The recovery period a CG milestone was judged by: 45 days for RG decisions up to
    12 December 2022, 30 after (the rule version the obligation names; the latest version's
    when it names none)."""
    latest = RULES.versions(NRM_CG_NOT_BEFORE)[-1].int_param("calendar_days")
    try:
        versions = RULES.versions(o.rule)
    except UnknownRule:
        return latest
    for rule in versions:
        days = rule.params.get("calendar_days")
        if rule.version == o.rule_version and isinstance(days, int):
            return days
    return latest


def working_days(n: int, translate: Translate = unchanged) -> str:
    """ "1 working day", "3 working days"."""
    return (
        translate("{n} working day").format(n=n)
        if n == 1
        else translate("{n} working days").format(n=n)
    )


def _calendar(calendar: WorkingDayCalendar | None) -> WorkingDayCalendar:
    return calendar if calendar is not None else default_calendar()


def status_phrase(
    o: Obligation,
    at: datetime,
    calendar: WorkingDayCalendar | None = None,
    translate: Translate = unchanged,
) -> str:
    """An obligation's status at ``at`` in words: "Overdue by 2 working days", "Due today",
    "Due tomorrow", "Due Friday" (within the week), "Due in 6 working days", "Met on time",
    "Met late by 1 working day, no reason recorded"...

    The window shows it as it is; the ``msvlo due`` table starts it lower case.
    """
    cal = _calendar(calendar)
    t = translate
    if o.status == "overdue":
        n = o.working_days_overdue(at, cal)
        if n == 0:
            return t("Overdue by under 1 working day")
        return t("Overdue by {span}").format(span=working_days(n, t))
    if o.status == "due":
        if o.is_milestone:
            return t("Awaited") if at >= o.due else t("Not yet")
        days = (london_date(o.due) - london_date(at)).days
        if days <= 0:
            return t("Due today")
        if days == 1:
            return t("Due tomorrow")
        if days < 7:
            return t("Due {weekday}").format(weekday=t(weekday_name(london_date(o.due))))
        if o.kind in CALENDAR_DAY_KINDS:
            return t("Due in {n} days").format(n=days)
        return t("Due in {span}").format(span=working_days(cal.working_days_between(at, o.due), t))
    if o.status == "met_on_time":
        return t("Met on time")
    if o.status == "met_late":
        if o.is_milestone:
            return t("Made before the {days}-day minimum").format(days=recovery_days(o))
        n = o.working_days_overdue(at, cal)
        words = t("Met late by {span}").format(span=working_days(n, t)) if n else t("Met late")
        return words + (t(", no reason recorded") if o.needs_late_reason else "")
    return t("Not applicable")


def compliance_phrase(
    o: Obligation, at: datetime, calendar: WorkingDayCalendar | None = None
) -> str:
    """The report's compliance column: on time, late or outstanding, for a reviewer.

    The same counts as ``status_phrase``; "LATE" and "OUTSTANDING" are written in capitals
    (the report sets them in bold), and the reasonable grounds target, which binds the
    competent authority rather than the officer, is read as a target.
    """
    cal = _calendar(calendar)
    if o.kind == "nrm_rg_expected":
        if o.status == "met_on_time":
            return "Decision within the target"
        if o.status == "met_late":
            return f"Decision {working_days(o.working_days_overdue(at, cal))} after the target"
        if o.status == "overdue":
            return "Past the target: chase the competent authority"
        return "Awaited" if o.status == "due" else "Not applicable"
    if o.status == "met_on_time":
        return "Met on time" if not o.is_milestone else "Decision after the minimum"
    if o.status == "met_late":
        if o.is_milestone:
            return f"Decision before the {recovery_days(o)}-day minimum"
        n = o.working_days_overdue(at, cal)
        late = f"LATE by {working_days(n)}" if n else "LATE"
        return late + (", no reason recorded" if o.needs_late_reason else "")
    if o.status == "overdue":
        return "OUTSTANDING: " + _lower_first(status_phrase(o, at, cal))
    if o.status == "due":
        return "Awaited" if o.is_milestone else "Outstanding: not yet due"
    return "Not applicable"


def since_phrase(o: Obligation, translate: Translate = unchanged) -> str:
    """What started the clock and when: "Suspect arrested, 24/12/2026"."""
    event = o.source_event or ""
    what = translate(RIGHT6_EVENTS.get(event) or SINCE_WORDS.get(event) or event.replace("_", " "))
    return f"{what}, {uk_date(o.since)}" if o.since else what


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def due_table(
    obligations: Sequence[Obligation],
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
) -> str:
    """A plain-text table for reading at a glance, most urgent first (``msvlo due``).

    Columns: status (``status_phrase``, starting lower case, e.g. "overdue by 2 working
    days"), case, what is owed, since (``since_phrase``) and due by (UK date and time,
    Europe/London). Warnings are listed under the table, numbered against the rows they
    concern.
    """
    if not obligations:
        return "Nothing is owed: no obligations."
    cal = _calendar(calendar)
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
        status = _lower_first(status_phrase(o, at, cal))
        rows.append((status, o.case, what, since_phrase(o), due))
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    text = [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    if notes:
        text.append("")
        text.extend(f"[{i}] {w}" for i, w in enumerate(notes, 1))
    return "\n".join(text)
