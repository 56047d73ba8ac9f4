"""What an obligation is, and the pieces every rule family of the engine shares.

``core.obligations`` explains the engine; this module holds the ``Obligation`` record, its
kinds and statuses, the log as the engine reads it (``_Log``), the rules in force on a day,
the end-of-day arithmetic and the order of urgency. The rule families are in
``core.obligation_rules``; what a kept copy depends on is in ``core.obligations_kept``; the
words for an obligation's status are in ``core.wording_obligations``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final

from msvlo_desktop.core.calendar import WorkingDayCalendar, end_of_day
from msvlo_desktop.core.entries import Entry, effective_entries
from msvlo_desktop.core.rules import RIGHT6_UPDATE, Rule, RuleNotInForce, RulesTable
from msvlo_desktop.core.timefmt import uk_date

KINDS: Final = (
    "victims_code_update",
    "support_referral",
    "agreed_update",
    "nrm_rg_expected",
    "nrm_cg_not_before",
    "exit_strategy_review",
    "nrm_or_duty_to_notify",
    "competent_authority_update",
    # The officer's further duties (core.duties).
    "bail_return_reminder",
    "bail_safety_review",
    "risk_review",
    "vps_revisit",
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
    ca_updates: list[Entry]
    # Every nrm_decision (any stage), for a public-order disqualification logged after the RG.
    decisions: list[Entry]

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
            log.ca_updates,
            log.decisions,
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
        log = cls([], [], [], [], [], [], [], [], [])
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
                log.decisions.append(e)
                stage = e.data.get("stage")
                if stage == "reasonable_grounds":
                    log.rg_decisions.append(e)
                elif stage == "conclusive_grounds":
                    log.cg_decisions.append(e)
            elif t == "exit_strategy":
                log.exits.append(e)
            elif t == "competent_authority_update":
                log.ca_updates.append(e)
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
