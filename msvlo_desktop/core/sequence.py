"""The order of a case's log: what cannot have happened is refused, what is unusual is explained.

Every rule that judges a new entry against the rest of its case is one *check* in
:data:`CHECKS`: a function given the entry as it will read (a correction's replacement, under
the corrected entry's id) and the case's history, returning :class:`Findings`, its refusals
and its warnings. Refusals are things that cannot be (a next contact before the interaction,
an exit review before the agreement, an entry before the case was opened, an NRM decision
in the same minute as the referral or before it). Warnings are unusual but possible (a
conclusive grounds decision with no reasonable grounds decision in the log: a case can reach
the officer part way through the NRM); an entry made in the application is saved with a
warning only when the officer says why in the entry's ``sequence_reason`` field, which is
kept in the entry and shown in the log view and the report. A further rule of this kind is
one more function appended to :data:`CHECKS` (a referral's consent not recorded, say: a
refusal when the referral is made, a listed line when it arrives in a bundle; what a bundle
may never hold at all stays in ``core.entries.validate_entry``).

History arriving in a bundle is never refused for these: :func:`review_history` lists what
the checks find, entry by entry, for the import to report and record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property
from typing import Any

from msvlo_desktop.core import values as v
from msvlo_desktop.core.entries import SEQUENCE_REASON, TYPE_LABELS, Entry, effective_entries
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.core.victim import Victim

REASON_FIELD = SEQUENCE_REASON.name
REASON_LABEL = SEQUENCE_REASON.label
# The entry types the checks read from the rest of the log (corrections, so that the log is
# read as corrected). Reading only these keeps a check cheap on a long log.
TYPES_READ = ("referral", "nrm_decision", "exit_strategy", "correction")

ASK_REASON = (
    "If this is right, say why in \u201cWhy this order is right\u201d and save again; "
    "otherwise change the entry."
)


@dataclass(frozen=True)
class Findings:
    """What the checks found about one entry: refusals stop it, warnings need a reason."""

    refusals: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()

    def __add__(self, other: Findings) -> Findings:
        return Findings(self.refusals + other.refusals, self.warnings + other.warnings)

    def __bool__(self) -> bool:
        return bool(self.refusals or self.warnings)


@dataclass(frozen=True)
class CaseHistory:
    """The case an entry is judged against: its opening date, its victim (for a check that
    depends on the victim's age on the entry's day) and its log (the entries of
    :data:`TYPES_READ` in the order recorded, or more; other types are ignored)."""

    opened_on: date | None
    recorded: tuple[Entry, ...] = field(default_factory=tuple)
    victim: Victim | None = None

    @classmethod
    def of(
        cls, opened_on: date | None, entries: Iterable[Entry], victim: Victim | None = None
    ) -> CaseHistory:
        return cls(opened_on, tuple(e for e in entries if e.type in TYPES_READ), victim)

    def with_entry(self, entry: Entry) -> CaseHistory:
        """The history once ``entry`` is recorded too (a batch checks each entry in turn)."""
        if entry.type not in TYPES_READ:
            return self
        return replace(self, recorded=(*self.recorded, entry))

    @cached_property
    def log(self) -> tuple[Entry, ...]:
        """The log as it now reads (corrections applied, corrections themselves left out)."""
        return tuple(effective_entries(list(self.recorded)))

    def original_id(self, entry_id: str) -> str:
        """The id of the entry a correction (or a chain of them) finally corrects."""
        by_id = {e.id: e for e in self.recorded}
        seen: set[str] = set()
        current = by_id.get(entry_id)
        while current is not None and current.type == "correction" and current.id not in seen:
            seen.add(current.id)
            entry_id = str(current.data.get("corrects", ""))
            current = by_id.get(entry_id)
        return entry_id


Check = Callable[[Entry, CaseHistory], Findings]


# --------------------------------------------------------------------------- the checks
def _opened_first(entry: Entry, history: CaseHistory) -> Findings:
    if history.opened_on is None or entry.occurred_on >= history.opened_on:
        return Findings()
    return Findings(
        refusals=(
            Problem(
                "occurred_at",
                f"Occurred at ({uk_date(entry.occurred_on)}) is before the case was opened "
                f"({uk_date(history.opened_on)}): nothing in its log can happen before that. "
                "If the case began earlier, change its opening date in the case record first.",
            ),
        )
    )


def _next_contact_after(entry: Entry, history: CaseHistory) -> Findings:
    if entry.type != "interaction" or not entry.data.get("next_contact_on"):
        return Findings()
    next_on = date.fromisoformat(str(entry.data["next_contact_on"]))
    if next_on >= entry.occurred_on:
        return Findings()
    return Findings(
        refusals=(
            Problem(
                "next_contact_on",
                f"Next contact on ({uk_date(next_on)}) is before this interaction "
                f"({uk_date(entry.occurred_on)}): the next contact comes after it.",
            ),
        )
    )


def _exit_review_after_agreement(entry: Entry, history: CaseHistory) -> Findings:
    if entry.type != "exit_strategy" or not entry.data.get("review_on"):
        return Findings()
    review_on = date.fromisoformat(str(entry.data["review_on"]))
    if entry.data.get("status") == "agreed":
        agreed_on: date | None = entry.occurred_on
    else:
        agreed = [
            e
            for e in history.log
            if e.id != entry.id
            and e.type == "exit_strategy"
            and e.data.get("status") == "agreed"
            and e.occurred_at <= entry.occurred_at
        ]
        agreed_on = max(e.occurred_on for e in agreed) if agreed else None
    if agreed_on is None or review_on >= agreed_on:
        return Findings()
    return Findings(
        refusals=(
            Problem(
                "review_on",
                f"Review on ({uk_date(review_on)}) is before the exit strategy was agreed "
                f"({uk_date(agreed_on)}): a review comes after the agreement.",
            ),
        )
    )


_STAGE_WORDS = {
    "reasonable_grounds": "reasonable grounds (RG) decision",
    "conclusive_grounds": "conclusive grounds (CG) decision",
    "reconsideration": "reconsideration",
}


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def _decision_after_referral(entry: Entry, history: CaseHistory) -> Findings:
    if entry.type != "nrm_decision":
        return Findings()
    referrals = [
        e
        for e in history.log
        if e.id != entry.id and e.type == "referral" and e.data.get("service") == "nrm"
    ]
    if not referrals:
        return Findings()
    first = min(referrals, key=lambda e: e.occurred_at)
    if _minute(entry.occurred_at) > _minute(first.occurred_at):
        return Findings()
    what = _STAGE_WORDS.get(str(entry.data.get("stage")), "NRM decision")
    same = _minute(entry.occurred_at) == _minute(first.occurred_at)
    when = "in the same minute as" if same else "before"
    return Findings(
        refusals=(
            Problem(
                "occurred_at",
                f"This {what} is recorded {when} the NRM referral "
                f"({uk_datetime(first.occurred_at)}): a decision comes after the referral it "
                "decides. Check the time it was made.",
            ),
        )
    )


def _cg_after_rg(entry: Entry, history: CaseHistory) -> Findings:
    if entry.type != "nrm_decision" or entry.data.get("stage") != "conclusive_grounds":
        return Findings()
    if any(
        e.id != entry.id
        and e.type == "nrm_decision"
        and e.data.get("stage") == "reasonable_grounds"
        and e.occurred_at < entry.occurred_at
        for e in history.log
    ):
        return Findings()
    return Findings(
        warnings=(
            Problem(
                "stage",
                "No reasonable grounds (RG) decision is recorded before this conclusive "
                "grounds (CG) decision. That happens when a case reaches you part way through "
                "the NRM; otherwise record the RG decision first.",
            ),
        )
    )


# Every check, in the order their messages are shown.
CHECKS: list[Check] = [
    _opened_first,
    _next_contact_after,
    _exit_review_after_agreement,
    _decision_after_referral,
    _cg_after_rg,
]


# --------------------------------------------------------------------------- using them
def as_read(entry: Entry, history: CaseHistory) -> Entry:
    """The entry as the log will read once it is recorded: a correction is its replacement,
    under the id of the entry it corrects (which the history then stands without)."""
    if entry.type != "correction":
        return entry
    rep: dict[str, Any] = dict(entry.data.get("replacement") or {})
    if not rep:
        return entry
    corrected = history.original_id(str(entry.data.get("corrects", "")))
    original = next((e for e in history.log if e.id == corrected), None)
    when = v.parse_datetime(rep.pop("occurred_at", v.iso(entry.occurred_at)), "Occurred at")
    return Entry(
        id=corrected,
        type=str(rep.pop("type", original.type if original else "note")),
        occurred_at=when,
        recorded_at=entry.recorded_at,
        author=original.author if original else entry.author,
        sensitive=bool(rep.pop("sensitive", False)),
        data=rep,
    )


def check_entry(entry: Entry, history: CaseHistory, checks: Sequence[Check] = ()) -> Findings:
    """Everything every check (``checks``, by default :data:`CHECKS`) finds about ``entry``,
    judged as it will read against ``history`` (which does not yet hold it)."""
    reading = as_read(entry, history)
    found = Findings()
    for check in checks or CHECKS:
        found += check(reading, history)
    return found


def reason_of(entry: Entry) -> str | None:
    """The officer's reason for an unusual order, as recorded (a correction's: its
    replacement's)."""
    data = entry.data.get("replacement") if entry.type == "correction" else entry.data
    if not isinstance(data, dict):
        return None
    reason = data.get(REASON_FIELD)
    return reason if isinstance(reason, str) and reason.strip() else None


def entry_problems(entry: Entry, history: CaseHistory) -> list[Problem]:
    """What keeps an entry made in the application from being recorded: every refusal, and
    every warning the entry gives no reason for (as a problem of ``sequence_reason``). A
    correction's problems name its replacement's fields."""
    found = check_entry(entry, history)
    problems = list(found.refusals)
    if found.warnings and reason_of(entry) is None:
        problems += [Problem(REASON_FIELD, f"{w.message} {ASK_REASON}") for w in found.warnings]
    if entry.type == "correction" and problems:
        return list(ValidationError(problems).prefixed("replacement").problems)
    return problems


def refuse_if_wrong(entry: Entry, history: CaseHistory) -> None:
    """Raise :class:`ValidationError` with :func:`entry_problems` when there are any."""
    problems = entry_problems(entry, history)
    if problems:
        raise ValidationError(problems)


def review_history(
    opened_on: date | None, entries: Sequence[Entry], victim: Victim | None = None
) -> list[str]:
    """For a log arriving whole (a bundle): one line for each thing the checks find about
    each entry, judged against the entries recorded before it. Nothing is refused: history
    is imported as it was, and these lines say what in it is impossible or unusual."""
    history = CaseHistory(opened_on, victim=victim)
    lines: list[str] = []
    for entry in entries:
        found = check_entry(entry, history)
        if found:
            reason = reason_of(entry)
            where = (
                f"Entry {entry.id} ({TYPE_LABELS.get(entry.type, entry.type)}, "
                f"{uk_datetime(entry.occurred_at)})"
            )
            for p in found.refusals:
                lines.append(f"{where}: {p.message}")
            for p in found.warnings:
                given = f" Reason recorded: {reason}" if reason else " No reason is recorded."
                lines.append(f"{where}: {p.message}{given}")
        history = history.with_entry(entry)
    return lines


__all__ = [
    "ASK_REASON",
    "CHECKS",
    "REASON_FIELD",
    "REASON_LABEL",
    "TYPES_READ",
    "CaseHistory",
    "Check",
    "Findings",
    "as_read",
    "check_entry",
    "entry_problems",
    "reason_of",
    "refuse_if_wrong",
    "review_history",
]
