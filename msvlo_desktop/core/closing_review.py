"""What closing a case records: the reason, the retention review date and the open items the
officer acknowledged (the ``case_closed`` entry of INTERFACES.md); and what reopening records.

- :func:`outstanding_at_close` lists what the case still owes at the moment of closing: the
  open items of its MSVLO-role, Victims' Code and (for a child) child-workflow checklists
  (``core/checklists.py``), and its pending obligations (``core/obligations.py``), in words an
  officer reads and a report prints.
- :func:`default_retention_review` is the rules table's retention row (force policy, RULES.md
  section 7; MoPI group 1: reviewed every 10 years) applied to the closing day. 29 February
  gives 28 February of the review year when that year has none: the review is never later
  than the policy's years.
- :func:`closing_entry` and :func:`reopening_entry` check what the officer gave and return the
  raw entry the vault records; the vault compares the acknowledged items with what is open
  when it closes the case.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from msvlo_desktop.core import values as v
from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.checklists import case_checklists
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.obligations import case_obligations, sort_by_urgency
from msvlo_desktop.core.rules import RETENTION_REVIEW, RULES, Rule, RulesTable
from msvlo_desktop.core.timefmt import uk_date, uk_datetime

__all__ = [
    "CLOSING_CHECKLISTS",
    "MAX_REVIEW_YEARS",
    "closing_entry",
    "default_retention_review",
    "outstanding_at_close",
    "reopening_entry",
    "retention_rule",
]

# The checklists whose open items are listed when a case is closed (the opening checklist's
# items are the first days' actions; those still owed at the end are in the MSVLO role).
CLOSING_CHECKLISTS = ("msvlo_role", "victims_code", "child")
# A review date further off than this is a typing slip, not a policy.
MAX_REVIEW_YEARS = 100


def retention_rule(closed_on: date, rules: RulesTable = RULES) -> Rule:
    """The retention review row in force on the closing day (its source says why)."""
    return rules.rule(RETENTION_REVIEW, closed_on)


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one: the last day of February
        return day.replace(year=day.year + years, day=28)


def default_retention_review(closed_on: date, rules: RulesTable = RULES) -> date:
    """The default retention review date of a case closed on ``closed_on``: the closing day
    plus the rule's years (closed 07/12/2026 → 07/12/2036; 29/02/2028 → 28/02/2038)."""
    return _years_later(closed_on, retention_rule(closed_on, rules).int_param("years"))


def outstanding_at_close(case: Case, entries: Sequence[Entry], at: datetime) -> list[str]:
    """What the case still owes at ``at``, one line each: open checklist items (by
    checklist), then pending obligations, most urgent first."""
    lines: list[str] = []
    for checklist in case_checklists(case, entries, at):
        if checklist.id not in CLOSING_CHECKLISTS:
            continue
        lines.extend(f"{checklist.title}: {item.label}" for item in checklist.outstanding)
    pending = [
        o
        for o in sort_by_urgency(case_obligations(case, entries, at))
        if o.status in ("due", "overdue") and not o.is_milestone
    ]
    for o in pending:
        if o.status == "overdue":
            lines.append(f"Overdue since {uk_datetime(o.due)}: {o.label}")
        else:
            lines.append(f"Due by {uk_datetime(o.due)}: {o.label}")
    return list(dict.fromkeys(" ".join(line.split()) for line in lines))


def _reason_problem(raw: Any, exc: ValidationError, done: str) -> str:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return f"Say why the case is being {done} (the reason is required)."
    return exc.problems[0].message


def closing_entry(
    *,
    reason: Any,
    retention_review_on: Any,
    outstanding: Sequence[str],
    acknowledged: Sequence[str],
    at: datetime,
) -> dict[str, Any]:
    """The raw ``case_closed`` entry for a case closed at ``at``, or every problem with what
    the officer gave: a reason is required; the review date is after the closing day; every
    item in ``outstanding`` (what is open now) must be among ``acknowledged``."""
    problems: list[Problem] = []
    closed_on = london_date(at)
    why = ""
    try:
        why = v.text(reason, "Reason for closing")
    except ValidationError as exc:
        problems.append(Problem("reason", _reason_problem(reason, exc, "closed")))
    review: date | None
    if retention_review_on is None or retention_review_on == "":
        review = default_retention_review(closed_on)
    else:
        try:
            review = v.parse_date(retention_review_on, "Retention review date")
        except ValidationError as exc:
            problems.append(Problem("retention_review_on", exc.problems[0].message))
            review = None
    if review is not None and review <= closed_on:
        problems.append(
            Problem(
                "retention_review_on",
                f"Retention review date ({uk_date(review)}) must be after the closing date "
                f"({uk_date(closed_on)}).",
            )
        )
    elif review is not None and review > _years_later(closed_on, MAX_REVIEW_YEARS):
        problems.append(
            Problem(
                "retention_review_on",
                f"Retention review date ({uk_date(review)}) is more than {MAX_REVIEW_YEARS} "
                "years away; check it.",
            )
        )
    missing = [item for item in outstanding if item not in set(acknowledged)]
    if missing:
        count = len(missing)
        problems.append(
            Problem(
                "outstanding",
                (
                    f"{count} item is still open and has not been acknowledged"
                    if count == 1
                    else f"{count} items are still open and have not been acknowledged"
                )
                + ": "
                + "; ".join(missing)
                + ". Tick that you have read them to close the case with them open.",
            )
        )
    if problems:
        raise ValidationError(problems)
    assert review is not None
    raw: dict[str, Any] = {
        "type": "case_closed",
        "occurred_at": v.iso(at.replace(microsecond=0)),
        "reason": why,
        "retention_review_on": review.isoformat(),
    }
    if outstanding:
        raw["outstanding"] = list(outstanding)
    return raw


def reopening_entry(*, reason: Any, at: datetime) -> dict[str, Any]:
    """The raw ``case_reopened`` entry, or the problem: a reason is required."""
    try:
        why = v.text(reason, "Reason for reopening")
    except ValidationError as exc:
        raise ValidationError(_reason_problem(reason, exc, "reopened"), "reason") from None
    return {"type": "case_reopened", "occurred_at": v.iso(at.replace(microsecond=0)), "reason": why}
