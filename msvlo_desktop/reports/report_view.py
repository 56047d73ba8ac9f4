"""The case as one report shows it: profile, period, what is withheld, and how entries are named.

Every section of the case report reads the log through a :class:`ReportView`, so the rules
of a profile are decided once: which entries a disclosure copy withholds (an entry marked
sensitive, together with every correction of it, and any entry whose correction marks it
sensitive), which free text is redacted, which entries fall in the period, and how an entry
is referred to ("entry 14 (Suspect arrested, 12/03/2026)", or "entry 14 (withheld)").

Also here: the progress and cancellation plumbing the build shares with its callers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Final, Literal

from reportlab.platypus import Flowable

from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import RIGHT6_EVENTS, TYPE_LABELS, Entry, effective_entries
from msvlo_desktop.core.timefmt import london, uk_date
from msvlo_desktop.reports.report_text import Redactor
from msvlo_desktop.reports.styles import HouseStyles, house_styles

__all__ = [
    "PROFILE_NAMES",
    "Profile",
    "ReportCancelled",
    "ReportView",
    "Span",
    "Stage",
]

Profile = Literal["full", "disclosure"]
PROFILE_NAMES: Final[dict[str, str]] = {"full": "Full", "disclosure": "Disclosure"}


class ReportCancelled(Exception):
    """The person cancelled the report while it was being built; nothing was produced."""


class ReportView:
    """The log of one case as a report with a given profile and period presents it."""

    def __init__(
        self,
        case: Case,
        entries: Sequence[Entry],
        at: datetime,
        *,
        profile: Profile,
        date_from: date | None,
        date_to: date | None,
    ) -> None:
        self.case = case
        self.entries = list(entries)
        self.at = at
        self.profile = profile
        self.disclosure = profile == "disclosure"
        self.date_from = date_from
        self.date_to = date_to
        self.styles: HouseStyles = house_styles()
        self.by_id = {e.id: e for e in self.entries}
        self.root_of: dict[str, str] = {}
        self.corrections: dict[str, list[Entry]] = {}
        for e in self.entries:
            if e.type == "correction":
                root = self._resolve_root(e)
                self.root_of[e.id] = root
                self.corrections.setdefault(root, []).append(e)
        self.withheld: frozenset[str] = self._withheld() if self.disclosure else frozenset()
        self.effective = effective_entries(self.entries)
        self.effective_by_id = {e.id: e for e in self.effective}
        # The summary sections read the log as corrected, less what this copy withholds.
        self.visible = [e for e in self.effective if e.id not in self.withheld]
        victim = case.victim
        self.redact = (
            Redactor(
                phones=[victim.safe_contact.phone]
                if victim.safe_contact and victim.safe_contact.phone
                else [],
                addresses=[victim.placement_address] if victim.placement_address else [],
            )
            if self.disclosure
            else Redactor()
        )
        self.in_period = [e for e in self.entries if self.in_range(e.occurred_at)]
        self.withheld_shown_count = sum(1 for e in self.in_period if e.id in self.withheld)
        self.entries_shown_count = len(self.in_period) - self.withheld_shown_count

    # ----------------------------------------------------------------- corrections
    def _resolve_root(self, entry: Entry) -> str:
        """The original entry a correction (or a correction of a correction) stands for."""
        seen: set[str] = set()
        current = entry
        while current.type == "correction" and current.id not in seen:
            seen.add(current.id)
            target = self.by_id.get(str(current.data.get("corrects")))
            if target is None:
                return current.id
            current = target
        return current.id

    def _withheld(self) -> frozenset[str]:
        out: set[str] = set()
        for e in self.entries:
            if e.type == "correction":
                continue
            group = [e, *self.corrections.get(e.id, [])]
            if any(_marks_sensitive(member) for member in group):
                out.update(member.id for member in group)
        # A correction whose original cannot be found stands alone.
        for e in self.entries:
            if e.type == "correction" and self.root_of.get(e.id) == e.id and _marks_sensitive(e):
                out.add(e.id)
        return frozenset(out)

    # ----------------------------------------------------------------- the period
    def in_range(self, moment: datetime) -> bool:
        return self.day_in_range(london(moment).date())

    def day_in_range(self, day: date) -> bool:
        if self.date_from is not None and day < self.date_from:
            return False
        return self.date_to is None or day <= self.date_to

    @property
    def has_range(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def period_words(self) -> str:
        start, end = self.date_from, self.date_to
        if start and end:
            return f"{uk_date(start)} to {uk_date(end)}"
        if start:
            return f"from {uk_date(start)} onwards"
        if end:
            return f"up to and including {uk_date(end)}"
        return "the whole case"

    # ----------------------------------------------------------------- naming entries
    def seq(self, entry_id: str) -> int | None:
        found = self.by_id.get(entry_id)
        return found.seq if found else None

    def entry_words(self, entry_id: str) -> str:
        """How the report names an entry: its number, what it is and its day."""
        found = self.by_id.get(entry_id)
        if found is None:
            return f"entry {entry_id}"
        if entry_id in self.withheld:
            return f"entry {found.seq} (withheld)"
        current = self.effective_by_id.get(entry_id, found)
        if current.type == "investigation_event":
            what = RIGHT6_EVENTS.get(str(current.data.get("event")), "Investigation event")
        else:
            what = TYPE_LABELS.get(current.type, current.type)
        return f"entry {found.seq} ({what}, {uk_date(current.occurred_at)})"

    def number(self, entry_id: str | None) -> str:
        """ "entry 12", or "entry 12 (withheld)"; "" for None."""
        if entry_id is None:
            return ""
        found = self.by_id.get(entry_id)
        if found is None:
            return f"entry {entry_id}"
        return f"entry {found.seq}" + (" (withheld)" if entry_id in self.withheld else "")

    def text(self, value: str) -> str:
        """Free text as this copy may show it (a disclosure copy redacts contact details)."""
        return self.redact(value)


def _marks_sensitive(entry: Entry) -> bool:
    if entry.sensitive:
        return True
    replacement = entry.data.get("replacement") if entry.type == "correction" else None
    return isinstance(replacement, dict) and bool(replacement.get("sensitive"))


# ----------------------------------------------------------------------------- progress
class Stage:
    """Progress and cancellation for one build: ``reach`` reports, ``check`` may cancel."""

    def __init__(
        self,
        progress: Callable[[int, int], None] | None,
        cancel: Callable[[], bool] | None,
        total: int,
    ) -> None:
        self._progress = progress
        self._cancel = cancel
        self.total = total
        self._last = -1

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ReportCancelled("The report was cancelled.")

    def reach(self, done: int) -> None:
        self.check()
        done = max(0, min(self.total, done))
        if self._progress is not None and done != self._last:
            self._last = done
            self._progress(done, self.total)

    def span(self, start: int, built: int, laid_out: int) -> Span:
        return Span(self, start, built, laid_out)


class Span:
    """One section's share of the progress: first while its story is made, then while
    reportlab lays it out (reported by invisible checkpoints placed in the story)."""

    def __init__(self, stage: Stage, start: int, built: int, laid_out: int) -> None:
        self._stage = stage
        self._start = start
        self._built = built
        self._laid_out = laid_out

    def building(self, done: int, total: int) -> None:
        if total:
            self._stage.reach(self._start + (self._built - self._start) * done // total)

    def checkpoint(self, done: int, total: int) -> Flowable:
        value = self._built + (self._laid_out - self._built) * done // max(total, 1)
        return _Checkpoint(self._stage, value)


class _Checkpoint(Flowable):  # type: ignore[misc]
    """Takes no room; when reportlab reaches it, reports progress and honours Cancel.

    reportlab's layout loop has no hook of its own for either, and a 10,000-entry log takes
    long enough that a person must be able to stop it.
    """

    def __init__(self, stage: Stage, value: int) -> None:
        super().__init__()
        self._stage = stage
        self._value = value

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._stage.reach(self._value)
        return (0.0, 0.0)

    def draw(self) -> None:
        return None

    def __repr__(self) -> str:
        return f"_Checkpoint({self._value})"

    def identity(self, maxLen: Any = None) -> str:
        return repr(self)
