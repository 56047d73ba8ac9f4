"""Every obligation of every case at any moment: the full pass.

The Today view and the case list need only what is still pending in open cases, and take it
from the kept digest (``services.today``, ``services.next_due``, ``storage/digest.py``).
``msvlo due`` needs more: met obligations as well as pending ones, closed cases as well as
open ones, at any ``--at`` (a past moment shows each case as it stood then). The digest does
not hold those, so this pass reads every case's log and asks the obligation engine
(``core.obligations.case_obligations``), the one place the rules are applied.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from msvlo_desktop.core.calendar import WorkingDayCalendar
from msvlo_desktop.core.obligations import Obligation, case_obligations, sort_by_urgency
from msvlo_desktop.storage.vault import Vault

__all__ = ["CONSULTATION", "every_obligation", "list_obligations"]

# What the audit log records when every case's obligations are read for a person.
CONSULTATION = "obligations listed"


def every_obligation(
    vault: Vault,
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
    check: Callable[[], None] | None = None,
) -> list[Obligation]:
    """Every obligation of every case in ``vault`` (open and closed; met, pending and not
    applicable) with its status at ``at``, most urgent first. ``check`` is called before
    each case is read (it raises to stop). Nothing is recorded: see :func:`list_obligations`.
    """
    found: list[Obligation] = []
    for summary in vault.list_cases():
        if check is not None:
            check()
        case = vault.get_case(summary.reference)
        entries = vault.entries(summary.reference)
        found.extend(case_obligations(case, entries, at, calendar=calendar))
    return sort_by_urgency(found)


def list_obligations(
    vault: Vault,
    at: datetime,
    *,
    via: str,
    calendar: WorkingDayCalendar | None = None,
) -> list[Obligation]:
    """:func:`every_obligation`, recorded in the audit log as a consultation of every case
    (``via`` says through what: ``"msvlo due"``), with the moment evaluated at."""
    found = every_obligation(vault, at, calendar=calendar)
    vault.record_consultation(CONSULTATION, None, via=via, at=at.isoformat())
    return found
