"""The Today lines: everything owed across every open case, overdue first, and the form each
line's button opens, already filled in.

Lines come from each open case's pending obligations as kept in the vault
(``storage/digest.py``), evaluated at ``at``: what is overdue, what is due today and what
falls due in the next seven days (London days). Met and not-applicable obligations are left
out, and so is the conclusive-grounds "not before" milestone, which owes the officer nothing
(docs/RULES-ENGINE.md). The same pass gives the case list its next-due column
(``TodayResult.pending``, ``services.next_due``).

Closed cases are owed nothing, but each has a retention review date (recorded when it was
closed: ``core/closing_review.py``). Those whose date has come are listed apart
(``TodayResult.retention_due``, "Retention review due"): the officer reviews each and keeps
it, with a new date, or erases it (``storage/erasure.py``). Read from the closing entries of
the closed cases alone, through the log's type index: no closed log is read whole.

No Qt here: the window (``gui/today_view.py``) shows a result and translates its words.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from msvlo_desktop.core.calendar import WorkingDayCalendar, london_date
from msvlo_desktop.core.entries import STATUS_TYPES
from msvlo_desktop.core.erasure import retention_review_on
from msvlo_desktop.core.obligations import Obligation, sort_by_urgency
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.storage.digest import pending_obligations
from msvlo_desktop.storage.vault import Vault

__all__ = [
    "ACTIONS",
    "GROUPS",
    "OVERDUE",
    "RETENTION_DUE",
    "TODAY",
    "WEEK",
    "RetentionDue",
    "TodayLine",
    "TodayResult",
    "compute_today",
    "group_of",
    "prefill",
    "retention_due",
    "retention_text",
]

OVERDUE, TODAY, WEEK = "overdue", "today", "week"
GROUPS = (OVERDUE, TODAY, WEEK)
RETENTION_DUE = "Retention review due"

# The button on each line: its words (in English; the window translates them), the form it
# opens, and (``prefill``) what the form is filled with.
ACTIONS: Mapping[str, tuple[str, str]] = {
    "victims_code_update": ("Record update", "victim_update"),
    "agreed_update": ("Record update", "victim_update"),
    "support_referral": ("Record referral", "referral"),
    "nrm_rg_expected": ("Record RG decision", "nrm_decision"),
    "exit_strategy_review": ("Review exit strategy", "exit_strategy"),
    "nrm_or_duty_to_notify": ("Record referral", "referral"),
    "competent_authority_update": ("Record update", "competent_authority_update"),
    # The officer's further duties: a risk review answers the bail reminders too.
    "bail_return_reminder": ("Record risk review", "risk_review"),
    "bail_safety_review": ("Record risk review", "risk_review"),
    "risk_review": ("Record risk review", "risk_review"),
    "vps_revisit": ("Record statement", "vps"),
}
# What an exit-strategy review starts from: the strategy as it stands (a new review date is
# the officer's to set).
_EXIT_FIELDS = ("status", "agreed_with", "criteria", "onward_support")


def prefill(o: Obligation, exit_strategy: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """What the form for ``o`` opens with: the update names the event, the RG decision has
    its stage, the exit-strategy review starts from the strategy as it stands."""
    if o.kind == "victims_code_update":
        return {"satisfies": [o.source]}
    if o.kind == "nrm_rg_expected":
        return {"stage": "reasonable_grounds"}
    if o.kind == "exit_strategy_review" and exit_strategy:
        return {k: exit_strategy[k] for k in _EXIT_FIELDS if exit_strategy.get(k)}
    return {}


@dataclass(frozen=True)
class TodayLine:
    """One thing owed, to whom, and which group it is in."""

    group: str
    obligation: Obligation
    victim_name: str
    pseudonym: str
    exit_strategy: Mapping[str, Any] | None = None

    @property
    def case_ref(self) -> str:
        return self.obligation.case

    @property
    def key(self) -> tuple[str, str, str]:
        return self.obligation.key

    @property
    def action_text(self) -> str:
        """The words of the line's button, in English (the window translates them)."""
        return ACTIONS[self.obligation.kind][0]

    @property
    def entry_type(self) -> str:
        """The type of entry the line's button opens a form for."""
        return ACTIONS[self.obligation.kind][1]

    def prefill(self) -> dict[str, Any]:
        """What the line's form opens with (see :func:`prefill`)."""
        return prefill(self.obligation, self.exit_strategy)


@dataclass(frozen=True)
class RetentionDue:
    """A closed case whose retention review date has come."""

    case_ref: str
    review_on: date


@dataclass(frozen=True)
class TodayResult:
    """The lines at ``at`` across ``cases`` open cases, and what the same pass found for the
    case list: every open case's pending obligations (most urgent first) and the closed
    cases."""

    at: datetime
    cases: int
    lines: tuple[TodayLine, ...] = ()
    unreadable: tuple[str, ...] = field(default_factory=tuple)
    pending: Mapping[str, tuple[Obligation, ...]] = field(default_factory=dict, compare=False)
    closed: tuple[str, ...] = field(default_factory=tuple, compare=False)
    retention_due: tuple[RetentionDue, ...] = field(default_factory=tuple, compare=False)

    def count(self, group: str) -> int:
        return sum(1 for line in self.lines if line.group == group)

    def in_group(self, group: str) -> list[TodayLine]:
        return [line for line in self.lines if line.group == group]


def group_of(o: Obligation, at: datetime) -> str | None:
    """Which list an obligation belongs on at ``at``, or None when it is not shown."""
    if o.is_met or o.status == "not_applicable" or o.is_milestone or o.kind not in ACTIONS:
        return None
    if o.status == "overdue":
        return OVERDUE
    day, today = london_date(o.due), london_date(at)
    if day <= today:
        return TODAY
    if day <= today + timedelta(days=7):
        return WEEK
    return None


def compute_today(
    vault: Vault,
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], object] | None = None,
    refs: Collection[str] | None = None,
) -> TodayResult:
    """Every line of the Today view at ``at``, for the vault's open cases (or those of
    ``refs``), from each case's kept pending obligations (worked out again from the log
    where the case changed: ``storage/digest.py``). ``progress(done, total)`` counts the
    logs read; ``check`` is called before each (it raises to stop)."""
    found = pending_obligations(
        vault, at, calendar=calendar, refs=refs, check=check, progress=progress
    )
    lines: list[TodayLine] = []
    for p in found.cases.values():
        for o in p.obligations:
            group = group_of(o, at)
            if group is None:
                continue
            review = p.exit_strategy if o.kind == "exit_strategy_review" else None
            lines.append(TodayLine(group, o, p.victim_name, p.pseudonym, review))
    by_key = {line.key: line for line in lines}
    ordered = [by_key[o.key] for o in sort_by_urgency(line.obligation for line in lines)]
    return TodayResult(
        at,
        len(found.cases) + len(found.unreadable),
        tuple(ordered),
        found.unreadable,
        {ref: tuple(sort_by_urgency(p.obligations)) for ref, p in found.cases.items()},
        found.closed,
        retention_due(vault, found.closed, at),
    )


def retention_due(vault: Vault, closed: Collection[str], at: datetime) -> tuple[RetentionDue, ...]:
    """The closed cases among ``closed`` whose retention review date is on or before ``at``'s
    London day, longest due first (then by reference)."""
    today = london_date(at)
    out: list[RetentionDue] = []
    for ref in closed:
        review = retention_review_on(vault.entries_of_types(ref, STATUS_TYPES))
        if review is not None and review <= today:
            out.append(RetentionDue(ref, review))
    return tuple(sorted(out, key=lambda d: (d.review_on, d.case_ref)))


def retention_text(result: TodayResult) -> str:
    """The Today view's line for closed cases due for retention review ("" when none)."""
    if not result.retention_due:
        return ""
    cases = "; ".join(f"{d.case_ref} (since {uk_date(d.review_on)})" for d in result.retention_due)
    return f"{RETENTION_DUE}: {cases}. Review each: keep it with a new date, or erase it."
