"""When a closed case may be erased at the end of its retention (RULES.md section 7).

Never erase a case that is under investigation or prosecution (and material relevant to
proceedings must be kept under the CPIA 1996 code of practice). A case's log says where its
investigation stands through its ``investigation_event`` entries: the latest one decides.
An investigation ends with no further action, a decision not to investigate, or an
out-of-court disposal; every other event (an arrest, bail, release under investigation, a
charge, a hearing date, a CPS decision that may alter a charge) leaves it live, and so does an
event this code does not know. A case with no investigation event at all is not marked live by
its log; the officer still confirms that no proceedings are live before anything is erased.

Why a case is erased is one of :data:`REASONS`, never free text: the reason goes into the
audit log's tombstone, which must hold no personal data.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Final

from msvlo_desktop.core.case import Case
from msvlo_desktop.core.closing import case_status
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.timefmt import uk_date

__all__ = [
    "CONCLUDING_EVENTS",
    "REASONS",
    "check_erasable",
    "investigation_live",
    "retention_review_on",
]

# The investigation events after which nothing is live (RULES.md section 2's event ids).
CONCLUDING_EVENTS: Final = frozenset(
    {"released_no_further_action", "decision_not_to_investigate", "out_of_court_disposal"}
)

# Why a case is erased, as the tombstone records it (code -> words shown to the officer).
REASONS: Final[dict[str, str]] = {
    "retention_review": "Retention review complete: no longer needed for a policing purpose",
    "created_in_error": "Case created in error",
    "duplicate": "Duplicate of another case",
    "legal_instruction": "Erasure required by a legal instruction (force data protection officer)",
}


def investigation_live(entries: Iterable[Entry]) -> Entry | None:
    """The latest investigation event when it leaves the case under investigation or
    prosecution; None when the log marks nothing live."""
    latest: Entry | None = None
    for entry in entries:
        if entry.type != "investigation_event":
            continue
        if latest is None or (entry.occurred_at, entry.seq or 0) >= (
            latest.occurred_at,
            latest.seq or 0,
        ):
            latest = entry
    if latest is None or latest.data.get("event") in CONCLUDING_EVENTS:
        return None
    return latest


def retention_review_on(entries: Iterable[Entry]) -> date | None:
    """The retention review date of the case's last closing, if it is closed."""
    found = case_status(list(entries))
    if not found.closed or found.entry is None:
        return None
    value = found.entry.data.get("retention_review_on")
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def check_erasable(
    case: Case,
    entries: Iterable[Entry],
    *,
    today: date,
    reason: str,
    typed_reference: str,
    no_proceedings_live: bool,
) -> None:
    """Raise :class:`ValidationError` naming every reason the case may not be erased now."""
    log = list(entries)
    problems: list[Problem] = []
    if case.status != "closed":
        problems.append(Problem("status", f"Case {case.reference} is open: close it first."))
    live = investigation_live(log)
    if live is not None:
        problems.append(
            Problem(
                "investigation",
                f"Case {case.reference} is under investigation or prosecution (its latest "
                f"investigation event, {live.data.get('event')}, on "
                f"{uk_date(live.occurred_at.date())}, leaves it live); it cannot be erased.",
            )
        )
    review = retention_review_on(log)
    if reason == "retention_review" and review is not None and review > today:
        problems.append(
            Problem(
                "retention_review_on",
                f"Case {case.reference} is not due for retention review until "
                f"{uk_date(review)}; erase it before then only for another reason.",
            )
        )
    if reason not in REASONS:
        problems.append(Problem("reason", "Choose why the case is being erased."))
    if typed_reference.strip() != case.reference:
        problems.append(
            Problem(
                "reference",
                f"Type the case reference ({case.reference}) exactly to confirm the erasure.",
            )
        )
    if not no_proceedings_live:
        problems.append(
            Problem(
                "no_proceedings_live",
                "Confirm that no investigation or proceedings are live for this case.",
            )
        )
    if problems:
        raise ValidationError(problems)
