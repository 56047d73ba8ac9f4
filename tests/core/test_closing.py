"""Closing a case: refused until an exit strategy is agreed with a named lead investigator."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from msvlo_desktop.core.closing import agreed_exit_strategy, closing_problems
from msvlo_desktop.core.entries import Entry


def at(day: int, hh: int = 10) -> datetime:
    return datetime(2026, 11, day, hh, tzinfo=UTC)


class Log:
    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def add(self, entry_id: str, entry_type: str, when: datetime, **data: Any) -> Entry:
        e = Entry(
            entry_id, entry_type, when, when, "PC 1234 A. Smith", data, seq=len(self.entries) + 1
        )
        self.entries.append(e)
        return e

    def exit(self, entry_id: str, day: int, status: str, agreed_with: str | None = None) -> Entry:
        data: dict[str, Any] = {"status": status}
        if agreed_with:
            data["agreed_with"] = agreed_with
        return self.add(entry_id, "exit_strategy", at(day), **data)


def message(log: Log) -> str:
    [problem] = closing_problems(log.entries)
    assert problem.field == "exit_strategy"
    return problem.message


def test_no_exit_strategy_at_all() -> None:
    log = Log()
    log.add("n1", "note", at(2), summary="Something else")
    assert message(log) == (
        "The case cannot be closed: no exit strategy is logged. Agree one with the lead "
        "investigator, then log an exit-strategy entry with status 'agreed', naming the lead "
        "investigator it was agreed with, dated when they agreed it."
    )
    assert agreed_exit_strategy(log.entries) is None


@pytest.mark.parametrize(
    ("status", "words"), [("drafted", "drafted"), ("not_started", "not started")]
)
def test_drafted_but_not_agreed(status: str, words: str) -> None:
    log = Log()
    log.exit("x1", 3, status)
    assert message(log) == (
        f"The case cannot be closed: the exit strategy ({words}, logged 03/11/2026) has not "
        "been agreed with the lead investigator. Once they agree it, log an exit-strategy "
        "entry with status 'agreed', naming the lead investigator it was agreed with, dated "
        "when they agreed it."
    )


@pytest.mark.parametrize(
    ("status", "words"), [("agreed", "agreed"), ("in_progress", "in progress")]
)
def test_agreed_but_lead_investigator_not_named(status: str, words: str) -> None:
    log = Log()
    log.exit("x1", 4, status)
    assert message(log) == (
        f"The case cannot be closed: the exit strategy logged 04/11/2026 is marked '{words}' "
        "but does not name the lead investigator it was agreed with. Log a correction of that "
        "entry, or a new exit-strategy entry, naming them."
    )


def test_revised_and_not_yet_agreed_again() -> None:
    log = Log()
    log.exit("x1", 3, "agreed", "DS Brown")
    log.exit("x2", 9, "revised")
    assert message(log).startswith(
        "The case cannot be closed: the exit strategy was revised on 09/11/2026 and the "
        "revision has not been agreed with the lead investigator."
    )


def test_a_new_draft_after_an_agreement_must_be_agreed_again() -> None:
    log = Log()
    log.exit("x1", 3, "agreed", "DS Brown")
    log.exit("x2", 9, "drafted")
    assert "(drafted, logged 09/11/2026) has not been agreed" in message(log)


@pytest.mark.parametrize(
    ("steps", "carrier"),
    [
        ([("x1", "agreed", "DS Brown")], "x1"),
        ([("x1", "drafted", None), ("x2", "agreed", "DS Brown")], "x2"),
        # Carrying out an agreed plan keeps the agreement it stands on.
        ([("x1", "agreed", "DS Brown"), ("x2", "in_progress", None)], "x1"),
        ([("x1", "agreed", "DS Brown"), ("x2", "completed", None)], "x1"),
        ([("x1", "agreed", "DS Brown"), ("x2", "revised", "DI Green")], "x2"),
        ([("x1", "completed", "DS Brown")], "x1"),
    ],
)
def test_closing_allowed(steps: list[tuple[str, str, str | None]], carrier: str) -> None:
    log = Log()
    for day, (entry_id, status, who) in enumerate(steps, 3):
        log.exit(entry_id, day, status, who)
    assert closing_problems(log.entries) == []
    found = agreed_exit_strategy(log.entries)
    assert found is not None and found.id == carrier


def test_order_of_events_not_of_recording_decides() -> None:
    log = Log()
    # The agreement was logged after the draft, but happened first.
    log.exit("x2", 9, "drafted")
    log.exit("x1", 3, "agreed", "DS Brown")
    assert "(drafted, logged 09/11/2026)" in message(log)


def test_a_correction_that_unagrees_refuses_closing() -> None:
    log = Log()
    log.exit("x1", 3, "agreed", "DS Brown")
    assert closing_problems(log.entries) == []
    log.add(
        "c1",
        "correction",
        at(4),
        corrects="x1",
        reason="Not agreed yet: only discussed",
        replacement={
            "type": "exit_strategy",
            "occurred_at": "2026-11-03T10:00:00+00:00",
            "sensitive": False,
            "status": "drafted",
        },
    )
    assert "(drafted, logged 03/11/2026) has not been agreed" in message(log)
