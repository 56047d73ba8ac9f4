"""A case's next thing due: the most urgent of its pending obligations, in words.

The case list shows it for every case. It comes from one pass over the pending obligations
kept in the vault (``storage/digest.py``): the window takes them from the Today pass
(``TodayResult.pending``, then :func:`next_due_for`); :func:`compute_next_due` runs a pass of
its own (benchmarks and anything else without a Today result).

The words are English; a front end that translates passes its ``translate`` (the window's
``QCoreApplication.translate``), which is called with each phrase before it is filled in.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from msvlo_desktop.core.calendar import WorkingDayCalendar
from msvlo_desktop.core.obligations import Obligation, is_pending, sort_by_urgency
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.storage.digest import pending_obligations
from msvlo_desktop.storage.vault import Vault

__all__ = ["NextDue", "Translate", "compute_next_due", "most_urgent", "next_due_for"]

Translate = Callable[[str], str]


def _as_is(text: str) -> str:
    return text


@dataclass(frozen=True)
class NextDue:
    """The most urgent open obligation of a case, in words."""

    status: str  # "overdue", "due", "none", "closed", "unknown"
    text: str
    due: datetime | None
    open_count: int = 0


class _Wording:
    """The words for one pass: each phrase translated once, and each due day formatted once
    (a thousand cases share a few dozen days)."""

    def __init__(self, translate: Translate) -> None:
        self.translate = translate
        self.nothing = translate("Nothing due")
        self.overdue = translate("Overdue: {label} (due {day})")
        self.due = translate("Due: {label} (by {day})")
        self._days: dict[datetime, str] = {}

    def day(self, when: datetime) -> str:
        text = self._days.get(when)
        if text is None:
            text = self._days[when] = uk_date(when)
        return text

    def most_urgent(self, obligations: Iterable[Obligation]) -> NextDue:
        pending = [o for o in obligations if is_pending(o)]
        if not pending:
            return NextDue("none", self.nothing, None)
        first = sort_by_urgency(pending)[0]
        text = self.overdue if first.status == "overdue" else self.due
        return NextDue(
            first.status,
            text.format(label=first.label, day=self.day(first.due)),
            first.due,
            len(pending),
        )


def most_urgent(obligations: Iterable[Obligation], translate: Translate = _as_is) -> NextDue:
    """An open case's next thing due: the first of its pending obligations by urgency."""
    return _Wording(translate).most_urgent(obligations)


def next_due_for(
    refs: Iterable[str],
    pending: Mapping[str, Sequence[Obligation]],
    closed: Collection[str] = (),
    unreadable: Collection[str] = (),
    *,
    translate: Translate = _as_is,
) -> dict[str, NextDue]:
    """The next thing due of each of ``refs`` from one pass: each open case's pending
    obligations, the closed cases and the cases whose log could not be read. A case the pass
    did not see (made since) is left out: the case list shows "Working out…" until the next
    pass."""
    words = _Wording(translate)
    closed, unreadable = set(closed), set(unreadable)
    out: dict[str, NextDue] = {}
    for ref in refs:
        if ref in pending:
            out[ref] = words.most_urgent(pending[ref])
        elif ref in closed:
            out[ref] = NextDue("closed", translate("Case closed"), None)
        elif ref in unreadable:
            out[ref] = NextDue(
                "unknown", translate("Not worked out: the log could not be read"), None
            )
    return out


def compute_next_due(
    vault: Vault,
    refs: list[str],
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
    translate: Translate = _as_is,
) -> dict[str, NextDue]:
    """Every case's next thing due at ``at``, in one pass over the kept pending obligations
    (``storage/digest.py``); cases not in the vault are left out."""
    found = pending_obligations(vault, at, calendar=calendar, refs=refs)
    pending = {ref: p.obligations for ref, p in found.cases.items()}
    return next_due_for(refs, pending, found.closed, found.unreadable, translate=translate)
