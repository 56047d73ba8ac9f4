"""The Victims' Code compliance return: counts for a period, from the log alone.

The Victims and Prisoners Act 2024 (Part 1, ss. 6 and 8) has a force collect information
about its compliance with the Victims' Code and share it with the police and crime
commissioner. This vault already knows every update that was owed and whether it was given
on time; the return turns that into counts, signed with the vault's key, with no personal
data (docs/COMPLIANCE.md says what each figure means).

What is counted: every obligation of the full pass (``services.obligations``, the same
``kind`` and ``status`` values as ``msvlo due --json``) that comes from a Victims' Code rule
(rule id ``victims_code.*``: Right 6 updates, agreed updates, Right 4 support referral, and
any further right the engine learns), whose due time falls in the period (London dates, both
ends inclusive) and while this vault held the case (:func:`holdings`), with its status as at
the moment the return is made. NRM timings and exit-strategy reviews are not the Code's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final

from msvlo_desktop.core import values as v
from msvlo_desktop.core.calendar import WorkingDayCalendar, end_of_day, london_date, start_of_day
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import LATE_REASON_CATEGORIES, Entry, effective_entries
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.obligation_model import STATUSES, Obligation
from msvlo_desktop.core.obligations import default_calendar, rules_fingerprint
from msvlo_desktop.core.rules import RULES, RulesTable
from msvlo_desktop.services.compliance_signing import ReturnSigner, sign_return, vault_signer
from msvlo_desktop.services.obligations import every_obligation
from msvlo_desktop.storage.audit import AuditRecord
from msvlo_desktop.storage.bundles import HANDOVER_ACTION
from msvlo_desktop.storage.vault import Vault

__all__ = [
    "CASE_COUNTS",
    "CODE_KINDS",
    "FORMAT",
    "GENERATED",
    "HANDOVER_ACTION",
    "LATE_BANDS",
    "LATE_REASONS",
    "VERSION",
    "Holding",
    "Period",
    "count_return",
    "holdings",
    "is_victims_code",
    "late_band",
    "late_reason_categories",
    "make_return",
    "parse_period",
    "rules_version",
    "totals_by_kind",
]

FORMAT: Final = "msvlo-compliance-return"
VERSION: Final = 1
# The Code's obligations the engine knows today, always present in a return (zero or not);
# a further Code kind the engine learns is added when it occurs (see is_victims_code).
CODE_KINDS: Final = ("victims_code_update", "agreed_update", "support_referral")
CASE_COUNTS: Final = ("open", "closed", "child", "enhanced_rights")
LATE_BANDS: Final = ("1", "2", "3+")
# A late obligation whose update named no category, or that no victim update met (a support
# referral), counts as "not_recorded".
LATE_REASONS: Final = (*LATE_REASON_CATEGORIES, "not_recorded")
# What the audit log records when a return is made (every case's log is read).
GENERATED: Final = "compliance return made"
_CODE_RULE_PREFIX: Final = "victims_code."


@dataclass(frozen=True)
class Period:
    """London calendar days, both ends inclusive."""

    first: date
    last: date

    @property
    def starts(self) -> datetime:
        return start_of_day(self.first)

    @property
    def ends(self) -> datetime:
        """The last moment of the last day (23:59:59 London)."""
        return end_of_day(self.last)

    def holds(self, moment: datetime) -> bool:
        return self.first <= london_date(moment) <= self.last

    def to_json(self) -> dict[str, str]:
        return {"from": self.first.isoformat(), "to": self.last.isoformat()}


def parse_period(first: str, last: str) -> Period:
    """``--from`` and ``--to`` (2026-10-01 or 01/10/2026) as a :class:`Period`; every problem
    names its field."""
    problems: list[Problem] = []
    days: dict[str, date] = {}
    for name, text in (("from", first), ("to", last)):
        try:
            days[name] = v.parse_date(text, f"The period's {name!r} date")
        except ValidationError as exc:
            problems += [Problem(name, p.message) for p in exc.problems]
    if problems:
        raise ValidationError(problems)
    if days["to"] < days["from"]:
        raise ValidationError(
            f"The period ends ({days['to'].isoformat()}) before it starts "
            f"({days['from'].isoformat()}).",
            "to",
        )
    return Period(days["from"], days["to"])


@dataclass(frozen=True)
class Holding:
    """When this vault held a case for its returns: from its import (None: made here) until
    it was handed over (None: still held)."""

    since: datetime | None = None
    until: datetime | None = None

    def holds(self, moment: datetime) -> bool:
        if self.since is not None and moment < self.since:
            return False
        return self.until is None or moment < self.until

    def overlaps(self, period: Period) -> bool:
        if self.since is not None and self.since > period.ends:
            return False
        return self.until is None or self.until > period.starts


def holdings(records: Iterable[AuditRecord]) -> dict[str, Holding]:
    """How the audit log says each case came and went: the one place that reads handovers.

    A case imported from a bundle (a ``combination`` record) is held from its import; a case
    exported with handover (the record ``case handed over``) is held until that moment. A
    case only copied out keeps counting here. Cases not named are held throughout.
    """
    since: dict[str, datetime] = {}
    until: dict[str, datetime] = {}
    for record in records:
        ref = record.case_ref
        if ref is None:
            continue
        if record.category == "combination":
            since.setdefault(ref, record.at)
        elif record.action == HANDOVER_ACTION:
            until.setdefault(ref, record.at)
    return {ref: Holding(since.get(ref), until.get(ref)) for ref in since.keys() | until.keys()}


def is_victims_code(obligation: Obligation) -> bool:
    """Whether the obligation comes from the Victims' Code (not NRM timings, not exit
    reviews, which the officer sets)."""
    return obligation.rule.startswith(_CODE_RULE_PREFIX)


def late_band(days: int) -> str:
    """The ``late_by_working_days`` band of an obligation met ``days`` working days late.

    "1" is up to the end of the first working day after the deadline (an update given over
    the weekend after a Friday deadline is 0 working days late, and counts here too).
    """
    if days <= 1:
        return "1"
    return "2" if days == 2 else "3+"


def rules_version(rules: RulesTable = RULES) -> str:
    """The rules a return was judged by: the Victims' Code versions in the table and a digest
    of every rule version (two returns with the same value were counted by the same rules)."""
    code = sorted({r.version for r in rules if r.id.startswith(_CODE_RULE_PREFIX)})
    return f"victims-code-{'+'.join(code)}.{rules_fingerprint(rules)[:12]}"


# ----------------------------------------------------------------------------- counting
def _zeros(keys: Sequence[str]) -> dict[str, int]:
    return dict.fromkeys(keys, 0)


def _case_in_return(case: Case, holding: Holding, period: Period) -> bool:
    """Held here at some moment of the period, and open at some moment of it."""
    if not holding.overlaps(period) or case.opened_on > period.last:
        return False
    closed = case.status == "closed" and case.closed_on is not None
    return not (closed and case.closed_on is not None and case.closed_on < period.first)


def _first_day_in_return(case: Case, holding: Holding, period: Period) -> date:
    day = max(period.first, case.opened_on)
    if holding.since is not None:
        day = max(day, london_date(holding.since))
    return day


def late_reason_categories(entries: Sequence[Entry]) -> dict[str, str]:
    """The ``late_reason_category`` of each victim update of a case's log (as corrected)."""
    return {
        e.id: str(e.data["late_reason_category"])
        for e in effective_entries(entries)
        if e.type == "victim_update" and e.data.get("late_reason_category")
    }


def count_return(
    obligations: Iterable[Obligation],
    cases: Mapping[str, Case],
    held: Mapping[str, Holding],
    categories: Mapping[str, Mapping[str, str]],
    period: Period,
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
) -> dict[str, Any]:
    """The counts of a return: ``cases``, ``obligations``, ``late_by_working_days`` and
    ``late_reasons``.

    ``obligations`` is the full pass as at ``at`` (every case's); ``cases`` every case by
    reference; ``held`` when this vault held each case (a case not named: throughout);
    ``categories`` the late-reason category of each victim update, by case reference then
    entry id (only cases with a late obligation need to be there).
    """
    cal = calendar if calendar is not None else default_calendar()
    counts = _zeros(CASE_COUNTS)
    by_kind: dict[str, dict[str, int]] = {k: _zeros(STATUSES) for k in CODE_KINDS}
    late: dict[str, dict[str, int]] = {k: _zeros(LATE_BANDS) for k in CODE_KINDS}
    reasons: dict[str, dict[str, int]] = {k: _zeros(LATE_REASONS) for k in CODE_KINDS}
    with_counted: set[str] = set()
    for o in obligations:
        holding = held.get(o.case, Holding())
        if not (is_victims_code(o) and period.holds(o.due) and holding.holds(o.due)):
            continue
        with_counted.add(o.case)
        by_kind.setdefault(o.kind, _zeros(STATUSES))[o.status] += 1
        late.setdefault(o.kind, _zeros(LATE_BANDS))
        reasons.setdefault(o.kind, _zeros(LATE_REASONS))
        if o.status == "met_late":
            late[o.kind][late_band(o.working_days_overdue(at, cal))] += 1
            category = categories.get(o.case, {}).get(o.met_by or "", "not_recorded")
            reasons[o.kind][category if category in LATE_REASONS else "not_recorded"] += 1
    for ref, case in cases.items():
        holding = held.get(ref, Holding())
        if ref not in with_counted and not _case_in_return(case, holding, period):
            continue
        closed = case.status == "closed" and case.closed_on is not None
        counts["closed" if closed else "open"] += 1
        day = _first_day_in_return(case, holding, period)
        victim = case.victim
        counts["child"] += int(victim.is_child(day, case.opened_on))
        counts["enhanced_rights"] += int(victim.has_enhanced_rights(day, case.opened_on))
    return {
        "cases": counts,
        "obligations": by_kind,
        "late_by_working_days": late,
        "late_reasons": reasons,
    }


def make_return(
    vault: Vault,
    period: Period,
    *,
    at: datetime | None = None,
    calendar: WorkingDayCalendar | None = None,
    signer: ReturnSigner | None = None,
    via: str = "msvlo compliance",
) -> dict[str, Any]:
    """The signed return of ``vault`` for ``period`` as at ``at`` (default: the vault's
    clock), recorded in the audit log (every case's log is read; nothing of it leaves)."""
    moment = (at if at is not None else vault.clock()).astimezone(UTC).replace(microsecond=0)
    found = every_obligation(vault, moment, calendar=calendar)
    cases = {s.reference: vault.get_case(s.reference) for s in vault.list_cases()}
    late_cases = {o.case for o in found if o.status == "met_late" and is_victims_code(o)}
    categories = {
        ref: late_reason_categories(vault.entries_of_types(ref, ("victim_update", "correction")))
        for ref in late_cases
    }
    held = holdings(vault.audit_records())
    counts = count_return(found, cases, held, categories, period, moment, calendar=calendar)
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "period": period.to_json(),
        "officer": vault.officer.display,
        "rules_version": rules_version(),
        "generated_at": moment.isoformat(),
        **counts,
    }
    if vault.is_training:
        body["training"] = True
    doc = sign_return(body, signer if signer is not None else vault_signer(vault))
    vault.record_consultation(GENERATED, None, via=via, **period.to_json())
    return doc


def totals_by_kind(obligations: Mapping[str, Mapping[str, int]]) -> dict[str, int]:
    """Each kind's obligations in the period, whatever their status."""
    return {kind: sum(statuses.values()) for kind, statuses in obligations.items()}
