"""When a case may be closed: only once an exit strategy has been agreed with the lead
investigator, named and dated (APP: the MSVLO supports the victim until then).

The exit-strategy entries are read in the order they happened, as corrected. The latest one
decides where the strategy stands:

- ``agreed`` or ``revised`` naming the lead investigator: agreed (a named revision is a new
  agreement); ``revised`` without a name is a revision still to be agreed.
- ``in_progress`` or ``completed``: the plan being carried out. It stands on the agreement
  before it, or on its own if it names the lead investigator.
- ``not_started`` or ``drafted``: a new draft; any earlier agreement no longer describes the
  plan, so it must be agreed again.

The entry that carries the agreement dates it (its occurred-at) and names who agreed it.

Whether a case is closed is read from its log too (:func:`case_status`): the last
``case_closed`` or ``case_reopened`` entry decides. A case closed before closing was logged has
neither; its kept status (the vault's status column, with its audit record) stands.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from msvlo_desktop.core.entries import STATUS_TYPES, Entry, effective_entries
from msvlo_desktop.core.errors import Problem
from msvlo_desktop.core.timefmt import uk_date

__all__ = [
    "CaseStatus",
    "agreed_exit_strategy",
    "case_status",
    "closing_problems",
    "status_entries",
]

_FIELD = "exit_strategy"
_HOW = (
    "log an exit-strategy entry with status 'agreed', naming the lead investigator it was "
    "agreed with, dated when they agreed it."
)


def _exit_strategies(entries: Sequence[Entry]) -> list[Entry]:
    found = [e for e in effective_entries(entries) if e.type == "exit_strategy"]
    # Stable: entries at the same moment keep the order they were recorded in.
    found.sort(key=lambda e: e.occurred_at)
    return found


def _agreement(strategies: Sequence[Entry]) -> Entry | None:
    agreement: Entry | None = None
    for e in strategies:
        status = e.data.get("status")
        named = bool(e.data.get("agreed_with"))
        if status in ("agreed", "revised"):
            agreement = e if named else None
        elif status in ("in_progress", "completed"):
            if named:
                agreement = e
        else:
            agreement = None
    return agreement


def agreed_exit_strategy(entries: Sequence[Entry]) -> Entry | None:
    """The entry that carries the exit strategy's current agreement with a named lead
    investigator, or None when the strategy as it now stands has not been agreed."""
    return _agreement(_exit_strategies(entries))


def closing_problems(entries: Sequence[Entry]) -> list[Problem]:
    """What stops the case being closed, in words that say what is missing; empty when it
    may be closed."""
    strategies = _exit_strategies(entries)
    if _agreement(strategies) is not None:
        return []
    if not strategies:
        message = (
            "The case cannot be closed: no exit strategy is logged. Agree one with the lead "
            f"investigator, then {_HOW}"
        )
        return [Problem(_FIELD, message)]
    latest = strategies[-1]
    status = latest.data.get("status")
    when = uk_date(latest.occurred_at)
    if status in ("not_started", "drafted"):
        words = "not started" if status == "not_started" else "drafted"
        message = (
            f"The case cannot be closed: the exit strategy ({words}, logged {when}) has not "
            f"been agreed with the lead investigator. Once they agree it, {_HOW}"
        )
    elif status == "revised":
        message = (
            f"The case cannot be closed: the exit strategy was revised on {when} and the "
            f"revision has not been agreed with the lead investigator. Once they agree it, {_HOW}"
        )
    else:
        words = str(status).replace("_", " ")
        message = (
            f"The case cannot be closed: the exit strategy logged {when} is marked '{words}' "
            "but does not name the lead investigator it was agreed with. Log a correction of "
            "that entry, or a new exit-strategy entry, naming them."
        )
    return [Problem(_FIELD, message)]


@dataclass(frozen=True)
class CaseStatus:
    """Whether a case is open or closed, and the entry that says so.

    ``entry`` is the last ``case_closed`` or ``case_reopened`` entry of the log; None for a log
    with neither, whose status is the kept one it was given (a case closed before closing was
    logged keeps its status column and audit record as its history).
    """

    status: str
    entry: Entry | None = None

    @property
    def closed(self) -> bool:
        return self.status == "closed"


def status_entries(entries: Iterable[Entry]) -> list[Entry]:
    """The closing and reopening entries of a log, in the order recorded."""
    return [e for e in entries if e.type in STATUS_TYPES]


def case_status(entries: Iterable[Entry], kept: str = "open") -> CaseStatus:
    """The case's status as its log (in recorded order) shows it: the last closing or
    reopening decides; with neither, ``kept`` (the stored status) stands."""
    found = status_entries(entries)
    if not found:
        return CaseStatus(kept)
    last = found[-1]
    return CaseStatus("closed" if last.type == "case_closed" else "open", last)
