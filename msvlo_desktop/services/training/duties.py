"""The training cases' further duties: the written acknowledgement (Right 3), the Victim
Personal Statement (Right 7), risk reviews with the bail dates they answer, an age
assessment for the age-disputed victim, a complaint (Right 12) and a decision the victim may
ask to have reviewed.

These entries draw on their own random source, so the rest of each story (and every test
that reads it) is the same as it was before they were added.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from msvlo_desktop.core.timefmt import LONDON
from msvlo_desktop.services.training.story import Item, Story

__all__ = ["bail_details", "duties"]

_RISK_INTERVAL_DAYS = 90
_BAIL_WEEKS = 4


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


class _Planner:
    """Adds entries to a story with ids and delays from a separate random source."""

    def __init__(self, s: Story) -> None:
        self.s = s
        self.rng = random.Random(f"msvlo-training-duties-{s.index}-{s.ref}")

    def add(self, when: datetime, raw: dict[str, Any], refs: tuple[str, ...] = ()) -> str | None:
        when = when.astimezone(LONDON)
        if when >= self.s.end or when >= self.s.now:
            return None
        entry_id = f"{self.rng.getrandbits(128):032x}"
        raw = {"id": entry_id, "occurred_at": when.isoformat(), **raw}
        delay = timedelta(minutes=self.rng.randint(15, 180))
        self.s.items.append(Item(when, raw, delay, refs))
        return entry_id


def bail_details(s: Story, event: str, offset: int) -> dict[str, Any]:
    """The bail return date and conditions of a release on bail (four weeks on)."""
    if event != "released_on_bail":
        return {}
    return {
        "bail_return_on": (s.day(offset) + timedelta(weeks=_BAIL_WEEKS)).isoformat(),
        "bail_conditions": (
            f"Not to contact {s.pseudonym} directly or through others; not to go to the "
            "town of the victim's placement; to live and sleep at the bail address."
        ),
    }


def duties(s: Story) -> None:
    plan = _Planner(s)
    v = s.pseudonym
    _acknowledgement(plan, s, v)
    _risk_reviews(plan, s, v)
    _statement(plan, s, v)
    if s.profile.age_disputed:
        _age_assessment(plan, s, v)
    if s.index % 4 == 1:
        _complaint(plan, s, v)
    if s.index % 5 == 3:
        _review(plan, s, v)


def _acknowledgement(plan: _Planner, s: Story, v: str) -> None:
    if s.index % 3 == 0:
        raw: dict[str, Any] = {
            "type": "written_acknowledgement",
            "safe_to_send": False,
            "method": "face_to_face",
            "withheld_reason": (
                f"The only postal address for {v} is where they were exploited; the "
                "acknowledgement was read to them and kept on file."
            ),
        }
    else:
        raw = {
            "type": "written_acknowledgement",
            "safe_to_send": True,
            "method": "email",
            "details": f"Sent to the support worker's secure email for {v}.",
        }
    plan.add(_at(s.day(1), 11, 30), raw)


def _risk_reviews(plan: _Planner, s: Story, v: str) -> None:
    # The first review follows a release on bail (it answers the safety review), the next
    # falls in the fortnight before the bail return date; then every 90 days.
    days = [2]
    for event, offset in s.profile.events:
        if event == "released_on_bail":
            days += [offset + 1, offset + _BAIL_WEEKS * 7 - 5]
    day = max(days) + _RISK_INTERVAL_DAYS
    while s.day(day) <= s.end.astimezone(LONDON).date():
        days.append(day)
        day += _RISK_INTERVAL_DAYS
    days = sorted(set(days))
    levels = ("high", "medium", "medium", "low")
    for n, offset in enumerate(days):
        nxt = days[n + 1] if n + 1 < len(days) else offset + _RISK_INTERVAL_DAYS
        level = levels[min(n, len(levels) - 1)]
        plan.add(
            _at(s.day(offset), 16, 15),
            {
                "type": "risk_review",
                "risk_level": level,
                "family_risk": "high" if n == 0 else level,
                "repatriation_risk": "high" if s.profile.nationality != "GB" else "low",
                "risk_notes": (
                    f"Family of {v} are in contact with the exploiters; a return home now "
                    "would expose them to re-trafficking."
                ),
                "risk_actions": "Safety plan reviewed with the support worker; placement kept "
                "confidential; safe number checked.",
                "review_on": s.day(nxt).isoformat(),
            },
        )


def _statement(plan: _Planner, s: Story, v: str) -> None:
    plan.add(
        _at(s.day(20), 14),
        {
            "type": "vps",
            "vps_status": "deferred",
            "revisit_on": s.day(34).isoformat(),
            "details": f"{v} wants time to think about a Victim Personal Statement.",
        },
    )
    plan.add(
        _at(s.day(33), 15),
        {
            "type": "vps",
            "vps_status": "made" if s.index % 2 else "declined",
            "details": f"Discussed again with {v}.",
        },
    )


def _age_assessment(plan: _Planner, s: Story, v: str) -> None:
    plan.add(
        _at(s.day(1), 12),
        {
            "type": "age_assessment",
            "requested_by": s.officer.display,
            "requested_on": s.day(1).isoformat(),
            "age_outcome": "pending",
            "details": f"Children's services asked for a Merton-compliant assessment of {v}.",
        },
    )
    born = s.opened - timedelta(days=16 * 365 + 120)
    plan.add(
        _at(s.day(21), 15),
        {
            "type": "age_assessment",
            "requested_by": s.officer.display,
            "requested_on": s.day(1).isoformat(),
            "assessor": "Two social workers, children's services",
            "adult_present": "Independent child trafficking guardian",
            "age_outcome": "child",
            "assessed_date_of_birth": born.isoformat(),
        },
    )


def _complaint(plan: _Planner, s: Story, v: str) -> None:
    received = plan.add(
        _at(s.day(25), 10),
        {
            "type": "complaint",
            "complaint_stage": "received",
            "summary": f"{v} complained that nobody told them the suspect had been interviewed.",
        },
    )
    if received is None:
        return
    for offset, stage, words in (
        (25, "passed_to_handler", "Passed to the complaints handler the same day."),
        (31, "acknowledged", "Complaints handler acknowledged the complaint."),
        (46, "outcome", "Upheld: the update was late; the team was reminded of Right 6."),
    ):
        plan.add(
            _at(s.day(offset), 15),
            {
                "type": "complaint",
                "complaint_stage": stage,
                "complaint_of": received,
                "summary": words,
                "handler": "Professional Standards Department",
            },
            refs=(received,),
        )


def _review(plan: _Planner, s: Story, v: str) -> None:
    informed = plan.add(
        _at(s.day(60), 11),
        {
            "type": "right_to_review",
            "review_stage": "informed",
            "decision": "cps_no_charge",
            "details": f"CPS decided not to charge the second suspect; {v} told of the CPS "
            "scheme and the three-month window.",
        },
    )
    if informed is None:
        return
    plan.add(
        _at(s.day(70), 12),
        {
            "type": "right_to_review",
            "review_stage": "requested",
            "review_of": informed,
            "details": f"{v} asked for the decision to be reviewed.",
        },
        refs=(informed,),
    )
