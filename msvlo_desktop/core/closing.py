"""When a case may be closed: only once an exit strategy has been agreed with the lead
investigator, named and dated (APP: the MSVLO supports the victim until then)."""

from __future__ import annotations

from collections.abc import Sequence

from msvlo_desktop.core.entries import Entry, effective_entries
from msvlo_desktop.core.errors import Problem


def agreed_exit_strategy(entries: Sequence[Entry]) -> Entry | None:
    """The latest exit-strategy entry agreed with a named lead investigator, if any."""
    found = None
    for e in effective_entries(entries):
        if (
            e.type == "exit_strategy"
            and e.data.get("status") in ("agreed", "in_progress", "completed")
            and e.data.get("agreed_with")
        ):
            found = e
    return found


def closing_problems(entries: Sequence[Entry]) -> list[Problem]:
    """What stops the case being closed; empty when it may be closed."""
    if agreed_exit_strategy(entries) is None:
        return [
            Problem(
                "exit_strategy",
                "The case cannot be closed yet: log an exit strategy agreed with the lead "
                "investigator (their name and the date agreed) first.",
            )
        ]
    return []
