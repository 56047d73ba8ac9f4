"""The words of the Victims' Code compliance return: one place for the PDF and the window.

What each figure means is in docs/COMPLIANCE.md; these are its labels. The on-time rate is
worked out here once, so the PDF and the window's preview show the same percentage.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from msvlo_desktop.core.entries import LATE_REASON_LABELS

__all__ = [
    "BAND_LABELS",
    "CASE_LABELS",
    "KIND_LABELS",
    "KIND_SHORT_LABELS",
    "PROVISIONAL",
    "REASON_LABELS",
    "STATUS_LABELS",
    "SUPPRESSED",
    "kind_label",
    "on_time_rate",
    "percent_text",
]

KIND_LABELS: Final[Mapping[str, str]] = {
    "victims_code_update": "Right 6: updates on the investigation",
    "agreed_update": "Right 6: agreed regular updates",
    "support_referral": "Right 4: referral to support services",
}
# Column headings of the team table, where three columns per right leave little room.
KIND_SHORT_LABELS: Final[Mapping[str, str]] = {
    "victims_code_update": "R6 updates",
    "agreed_update": "Agreed updates",
    "support_referral": "R4 referral",
}
STATUS_LABELS: Final[Mapping[str, str]] = {
    "met_on_time": "Met on time",
    "met_late": "Met late",
    "overdue": "Missed (overdue)",
    "due": "Not yet due",
    "not_applicable": "Not applicable (e.g. victim opted out)",
    "total": "All due in the period",
}
CASE_LABELS: Final[Mapping[str, str]] = {
    "open": "Open cases",
    "closed": "Closed cases",
    "child": "Child victims",
    "enhanced_rights": "Enhanced rights",
    "total": "Cases",
}
BAND_LABELS: Final[Mapping[str, str]] = {
    "1": "Up to 1 working day late",
    "2": "2 working days late",
    "3+": "3 or more working days late",
}
REASON_LABELS: Final[Mapping[str, str]] = {
    **LATE_REASON_LABELS,
    "not_recorded": "No category recorded",
}
# How a suppressed figure of the force-level version is shown.
SUPPRESSED: Final = "<5"
PROVISIONAL: Final = (
    "Provisional format: the Victims and Prisoners Act 2024 (ss. 6 and 8) leaves the form of "
    "compliance information to regulations, which have not prescribed one yet."
)


def kind_label(kind: str, *, short: bool = False) -> str:
    table = KIND_SHORT_LABELS if short else KIND_LABELS
    return table.get(kind) or kind.replace("_", " ").capitalize()


def on_time_rate(statuses: Mapping[str, int | None]) -> float | None:
    """Met on time as a share of the obligations decided (met on time, met late, missed);
    None when none is decided yet or a figure is suppressed."""
    parts = [statuses.get(k) for k in ("met_on_time", "met_late", "overdue")]
    if any(p is None for p in parts):
        return None
    on_time, late, missed = (int(p or 0) for p in parts)
    decided = on_time + late + missed
    return None if decided == 0 else on_time / decided


def percent_text(rate: float | None) -> str:
    """ "87%", or "–" when there is nothing to divide."""
    return "–" if rate is None else f"{round(rate * 100)}%"
