"""The Victims' Code (Right 6) update deadline of an investigation event, for form hints.

The forms only tell the officer when an update is due; the timescales come from the
versioned rules table and the working-day calendar in ``core``, judged by the rules in force
on the day of the event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from msvlo_desktop.core.calendar import DueTime, WorkingDayCalendar, london_date
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.rules import RIGHT6_UPDATE, RULES, RuleNotInForce

# One calendar per process: it caches its holiday data and due times.
CALENDAR = WorkingDayCalendar()


@dataclass(frozen=True)
class Right6Due:
    due: DueTime
    working_days: int
    enhanced: bool


def right6_due(case: Case, event_at: datetime) -> Right6Due | None:
    """When the victim must be told of an event at ``event_at`` (None before the Code)."""
    try:
        rule = RULES.rule(RIGHT6_UPDATE, event_at)
    except RuleNotInForce:
        return None
    enhanced = case.victim.has_enhanced_rights(london_date(event_at), case.opened_on)
    days = rule.int_param("enhanced_working_days" if enhanced else "standard_working_days")
    return Right6Due(CALENDAR.due_end_of_working_days(event_at, days), days, enhanced)
