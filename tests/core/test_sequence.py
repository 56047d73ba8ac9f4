"""The order of a case's log (core/sequence.py): impossible orders refused, unusual ones
explained, and history arriving whole listed, never refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from msvlo_desktop.core.entries import ENTRY_TYPES, FIELDS, Entry, EntryContext, validate_entry
from msvlo_desktop.core.sequence import (
    CHECKS,
    REASON_FIELD,
    CaseHistory,
    Findings,
    check_entry,
    entry_problems,
    review_history,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
OPENED = date(2026, 3, 2)


def entry(raw: dict[str, Any], *existing: Entry) -> Entry:
    ctx = EntryContext(now=NOW, opened_on=OPENED, existing={e.id: e for e in existing})
    return validate_entry({"author": "PC 1234 A. Smith", **raw}, ctx, imported="id" in raw)


def imported(entry_id: str, raw: dict[str, Any], *existing: Entry) -> Entry:
    return entry({"id": entry_id, "recorded_at": raw["occurred_at"], **raw}, *existing)


REFERRAL = {
    "type": "referral",
    "occurred_at": "2026-03-03T10:00:00+00:00",
    "service": "nrm",
    "consent": True,
}


def decision(stage: str, outcome: str, when: str, **more: Any) -> dict[str, Any]:
    return {"type": "nrm_decision", "occurred_at": when, "stage": stage, "outcome": outcome, **more}


def fields(problems: list[Any]) -> list[str]:
    return [p.field for p in problems]


def test_the_reason_field_is_declared_once_for_every_type_an_officer_records() -> None:
    for entry_type, specs in FIELDS.items():
        names = [s.name for s in specs]
        # Not corrections (their replacement carries it) nor closing and reopening (made by
        # closing or reopening the case, never by an entry form).
        recorded = entry_type in ENTRY_TYPES and entry_type != "correction"
        assert (REASON_FIELD in names) == recorded, entry_type
    specs = {s for t, ss in FIELDS.items() for s in ss if s.name == REASON_FIELD}
    assert len(specs) == 1  # one declaration, offered by every type


def test_a_next_contact_before_the_interaction_is_refused() -> None:
    call = entry(
        {
            "type": "interaction",
            "occurred_at": "2026-03-10T10:00:00+00:00",
            "mode": "phone",
            "summary": "Call.",
            "next_contact_on": "2026-03-09",
        }
    )
    problems = entry_problems(call, CaseHistory(OPENED))
    assert fields(problems) == ["next_contact_on"]
    assert "09/03/2026" in problems[0].message and "10/03/2026" in problems[0].message
    same_day = entry(
        {
            "type": "interaction",
            "occurred_at": "2026-03-10T10:00:00+00:00",
            "mode": "phone",
            "summary": "Call.",
            "next_contact_on": "2026-03-10",
        }
    )
    assert entry_problems(same_day, CaseHistory(OPENED)) == []


def test_an_entry_before_the_case_was_opened_is_refused() -> None:
    call = entry(
        {
            "type": "interaction",
            "occurred_at": "2026-03-01T23:30:00+00:00",
            "mode": "phone",
            "summary": "Call.",
        }
    )
    problems = entry_problems(call, CaseHistory(OPENED))
    assert fields(problems) == ["occurred_at"]
    assert "02/03/2026" in problems[0].message
    # A note the same day as the opening is fine.
    note = entry({"type": "note", "occurred_at": "2026-03-02T00:30:00+00:00", "summary": "x"})
    assert entry_problems(note, CaseHistory(OPENED)) == []


def test_an_exit_review_before_the_agreement_is_refused() -> None:
    agreed = imported(
        "x1",
        {
            "type": "exit_strategy",
            "occurred_at": "2026-06-10T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DS R. Patel",
            "review_on": "2026-06-01",
        },
    )
    assert fields(entry_problems(agreed, CaseHistory(OPENED))) == ["review_on"]
    ok = imported("x2", {**agreed.to_json(), "review_on": "2026-07-01"})
    history = CaseHistory.of(OPENED, [ok])
    later = entry(
        {
            "type": "exit_strategy",
            "occurred_at": "2026-08-01T10:00:00+00:00",
            "status": "in_progress",
            "review_on": "2026-06-05",
        }
    )
    problems = entry_problems(later, history)
    assert fields(problems) == ["review_on"]
    assert "10/06/2026" in problems[0].message  # the agreement's date


@pytest.mark.parametrize(
    ("when", "words"),
    [
        ("2026-03-03T10:00:45+00:00", "in the same minute as"),
        ("2026-03-03T09:00:00+00:00", "before"),
    ],
)
def test_a_decision_in_the_referrals_minute_or_before_it_is_refused(when: str, words: str) -> None:
    referral = imported("r1", REFERRAL)
    history = CaseHistory.of(OPENED, [referral])
    cg = entry(decision("conclusive_grounds", "trafficking", when, sequence_reason="Late."))
    problems = entry_problems(cg, history)
    assert fields(problems) == ["occurred_at"]
    assert words in problems[0].message
    rg = entry(decision("reasonable_grounds", "positive", when))
    assert fields(entry_problems(rg, history)) == ["occurred_at"]
    after = entry(decision("reasonable_grounds", "positive", "2026-03-03T10:01:00+00:00"))
    assert entry_problems(after, history) == []


def test_a_cg_decision_with_no_rg_decision_is_a_warning_a_reason_answers() -> None:
    referral = imported("r1", REFERRAL)
    history = CaseHistory.of(OPENED, [referral])
    cg = entry(decision("conclusive_grounds", "trafficking", "2026-05-01T10:00:00+00:00"))
    found = check_entry(cg, history)
    assert found.refusals == () and len(found.warnings) == 1
    problems = entry_problems(cg, history)
    assert fields(problems) == [REASON_FIELD]
    assert "part way through the NRM" in problems[0].message
    explained = entry(
        decision(
            "conclusive_grounds",
            "trafficking",
            "2026-05-01T10:00:00+00:00",
            sequence_reason="Transferred from another force after the RG decision.",
        )
    )
    assert entry_problems(explained, history) == []
    assert explained.data[REASON_FIELD].startswith("Transferred")
    # With the RG decision in the log there is nothing to explain.
    rg = imported("d1", decision("reasonable_grounds", "positive", "2026-03-06T10:00:00+00:00"))
    assert check_entry(cg, history.with_entry(rg)) == Findings()


def test_a_correction_is_judged_as_the_entry_will_read() -> None:
    call = imported(
        "i1",
        {
            "type": "interaction",
            "occurred_at": "2026-03-10T10:00:00+00:00",
            "mode": "phone",
            "summary": "Call.",
            "next_contact_on": "2026-03-12",
        },
    )
    correction = entry(
        {
            "type": "correction",
            "occurred_at": "2026-03-11T10:00:00+00:00",
            "corrects": "i1",
            "reason": "Wrong date.",
            "replacement": {
                "mode": "phone",
                "summary": "Call.",
                "next_contact_on": "2026-03-01",
            },
        },
        call,
    )
    history = CaseHistory.of(OPENED, [call])
    assert fields(entry_problems(correction, history)) == ["replacement.next_contact_on"]


def test_history_is_reviewed_never_refused() -> None:
    log = [
        imported("r1", REFERRAL),
        imported("d1", decision("conclusive_grounds", "trafficking", "2026-03-03T10:00:00+00:00")),
        imported(
            "i1",
            {
                "type": "interaction",
                "occurred_at": "2026-03-01T10:00:00+00:00",
                "mode": "phone",
                "summary": "Before the case.",
            },
        ),
    ]
    lines = review_history(OPENED, log)
    assert len(lines) == 3
    assert lines[0].startswith("Entry d1 (NRM decision, 03/03/2026 10:00): ")
    assert "same minute" in lines[0]
    assert "No reason is recorded." in lines[1]
    assert lines[2].startswith("Entry i1 (Interaction, 01/03/2026 10:00): ")


def test_a_check_is_one_more_function_in_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    from msvlo_desktop.core import sequence
    from msvlo_desktop.core.errors import Problem

    def no_notes_on_sundays(e: Entry, history: CaseHistory) -> Findings:
        if e.type == "note" and e.occurred_on.weekday() == 6:
            return Findings(warnings=(Problem("occurred_at", "A note on a Sunday."),))
        return Findings()

    monkeypatch.setattr(sequence, "CHECKS", [*CHECKS, no_notes_on_sundays])
    note = entry({"type": "note", "occurred_at": "2026-03-08T10:00:00+00:00", "summary": "x"})
    assert fields(entry_problems(note, CaseHistory(OPENED))) == [REASON_FIELD]
