"""Whether the victim is in the child workflow on a day: the case record, until an age
assessment is logged; from then on the assessments alone (Modern Slavery Act 2015 s.51).

Once an age assessment exists the record's "age disputed" tick is no longer read, so
unticking it in the case dialog cannot take a child out of the child workflow: only an
outcome of "adult" (from that assessment's date) or the 18th birthday that an assessed date
of birth gives ends it. The entry rules (``core.entries``) and the engine's helpers
(``core.duties``) both judge through ``judge_age``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.rules import AGE_ASSESSMENT, RULES, RulesTable
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.core.victim import Victim

__all__ = ["AgeJudgement", "Assessment", "eighteenth_birthday", "judge_age"]


class Assessment(Protocol):
    """What ``judge_age`` reads of an age-assessment entry."""

    @property
    def occurred_at(self) -> datetime: ...

    @property
    def data(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class AgeJudgement:
    """Whether the victim is in the child workflow on a day, and why (for the checklist).

    ``reason`` is "case record" when no assessment decides."""

    child: bool
    reason: str
    assessment: Any = None


def eighteenth_birthday(born: date) -> date:
    try:
        return born.replace(year=born.year + 18)
    except ValueError:  # 29 February: the birthday falls on 1 March in a common year
        return date(born.year + 18, 3, 1)


def judge_age(
    victim: Victim,
    opened_on: date | None,
    assessments: Iterable[Assessment],
    day: date,
    rules: RulesTable = RULES,
) -> AgeJudgement:
    """The child workflow on ``day``.

    With no assessment on or before ``day``, the case record decides (under 18, or age
    disputed). Otherwise the latest decided assessment decides: an assessed date of birth
    until its 18th birthday; an outcome of adult ends the child workflow from the
    assessment's date; any other outcome keeps it (with an assessed age, until about the
    18th birthday that age gives). An assessment still awaited keeps the victim a child.
    """
    rule = rules.rule(AGE_ASSESSMENT, day)
    adult_outcomes = set(rule.params["adult_outcomes"])  # type: ignore[call-overload]
    found = sorted(
        (a for a in assessments if london_date(a.occurred_at) <= day),
        key=lambda a: a.occurred_at,
    )
    if not found:
        return AgeJudgement(victim.is_child(day, opened_on), "case record")
    decided = [a for a in found if a.data.get("age_outcome") != "pending"]
    if not decided:
        return AgeJudgement(
            True,
            f"age assessment requested {uk_date(found[-1].occurred_at)}, not yet decided: "
            "treated as a child",
            found[-1],
        )
    latest = decided[-1]
    born = latest.data.get("assessed_date_of_birth")
    on = uk_date(latest.occurred_at)
    if born:
        birthday = eighteenth_birthday(date.fromisoformat(born))
        if day < birthday:
            return AgeJudgement(
                True, f"assessed on {on}: under 18 until {uk_date(birthday)}", latest
            )
        return AgeJudgement(False, f"18 on {uk_date(birthday)} (assessed on {on})", latest)
    if latest.data.get("age_outcome") in adult_outcomes:
        return AgeJudgement(False, f"assessed as an adult on {on}", latest)
    age = latest.data.get("assessed_age")
    if age is not None:
        birthday = london_date(latest.occurred_at) + timedelta(days=round((18 - age) * 365.25))
        if day >= birthday:
            return AgeJudgement(
                False, f"about 18 by {uk_date(birthday)} (assessed on {on})", latest
            )
    outcome = str(latest.data.get("age_outcome")).replace("_", " ")
    return AgeJudgement(True, f"age assessment of {on}: {outcome}", latest)
