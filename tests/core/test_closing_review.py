"""What a closing records (reason, retention review date, acknowledged open items), the
retention row of the rules table, and the case's status read from its log."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from msvlo_desktop.core.closing import case_status
from msvlo_desktop.core.closing_review import (
    closing_entry,
    default_retention_review,
    reopening_entry,
    retention_rule,
)
from msvlo_desktop.core.entries import (
    FIELDS,
    TYPE_LABELS,
    EntryContext,
    search_text,
    summary,
    validate_entry,
)
from msvlo_desktop.core.errors import ValidationError

NOW = datetime(2026, 12, 7, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("closed_on", "review_on"),
    [
        (date(2026, 12, 7), date(2036, 12, 7)),
        (date(2028, 2, 29), date(2038, 2, 28)),  # no 29 February in 2038
        (date(2032, 2, 29), date(2042, 2, 28)),
        (date(2028, 2, 28), date(2038, 2, 28)),
        (date(2027, 3, 1), date(2037, 3, 1)),
        (date(2031, 12, 31), date(2041, 12, 31)),
    ],
)
def test_default_retention_review_is_ten_years_after_closing(
    closed_on: date, review_on: date
) -> None:
    assert default_retention_review(closed_on) == review_on


def test_the_retention_rule_is_sourced_force_policy() -> None:
    rule = retention_rule(date(2026, 12, 7))
    assert rule.int_param("years") == 10
    assert rule.bool_param("force_policy") is True
    assert "RULES.md section 7" in rule.source
    assert "MoPI" in rule.source and "group 1" in rule.source


def _closing(**kw: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "reason": "Support handed to the local authority.",
        "retention_review_on": None,
        "outstanding": [],
        "acknowledged": [],
        "at": NOW,
    }
    args.update(kw)
    return closing_entry(**args)


def test_closing_entry_defaults_and_records() -> None:
    raw = _closing()
    assert raw == {
        "type": "case_closed",
        "occurred_at": "2026-12-07T15:00:00+00:00",
        "reason": "Support handed to the local authority.",
        "retention_review_on": "2036-12-07",
    }
    raw = _closing(outstanding=["Victims' Code: x"], acknowledged=["Victims' Code: x"])
    assert raw["outstanding"] == ["Victims' Code: x"]


def test_closing_entry_problems_name_their_fields() -> None:
    with pytest.raises(ValidationError) as refused:
        _closing(
            reason="",
            retention_review_on="07/12/2026",
            outstanding=["MSVLO role (APP): ABE interview facilitated"],
        )
    assert [p.field for p in refused.value.problems] == [
        "reason",
        "retention_review_on",
        "outstanding",
    ]
    messages = [p.message for p in refused.value.problems]
    assert messages[0] == "Say why the case is being closed (the reason is required)."
    assert "after the closing date (07/12/2026)" in messages[1]
    assert messages[2].startswith("1 item is still open and has not been acknowledged: MSVLO")
    with pytest.raises(ValidationError) as refused:
        _closing(retention_review_on="2150-01-01")
    # The dates window of core/values.py (1900-2100) answers first, naming the field.
    problem = refused.value.problems[0]
    assert problem.field == "retention_review_on"
    assert "must be between 01/01/1900 and 31/12/2100" in problem.message
    with pytest.raises(ValidationError) as refused:
        _closing(retention_review_on="31/02/2030")
    assert refused.value.problems[0].field == "retention_review_on"


def test_reopening_needs_a_reason() -> None:
    assert reopening_entry(reason=" New evidence. ", at=NOW) == {
        "type": "case_reopened",
        "occurred_at": "2026-12-07T15:00:00+00:00",
        "reason": "New evidence.",
    }
    with pytest.raises(ValidationError) as refused:
        reopening_entry(reason=None, at=NOW)
    assert refused.value.problems[0].field == "reason"


def _entry(raw: dict[str, Any], **kw: Any) -> Any:
    base = {"id": "e", "recorded_at": "2026-12-07T15:00:00+00:00", "author": "PC 1 A"}
    return validate_entry({**base, **raw}, EntryContext(now=NOW), imported=True, **kw)


def test_the_two_entry_types_are_declared_once() -> None:
    assert [f.name for f in FIELDS["case_closed"]] == [
        "reason",
        "retention_review_on",
        "outstanding",
    ]
    assert [f.name for f in FIELDS["case_reopened"]] == ["reason"]
    assert TYPE_LABELS["case_closed"] == "Case closed"
    assert TYPE_LABELS["case_reopened"] == "Case reopened"
    with pytest.raises(ValidationError) as refused:
        _entry({"type": "case_closed", "occurred_at": "2026-12-07T15:00:00+00:00", "reason": "x"})
    assert refused.value.problems[0].field == "retention_review_on"
    closed = _entry(
        {
            "type": "case_closed",
            "occurred_at": "2026-12-07T15:00:00+00:00",
            "reason": "Handed over.",
            "retention_review_on": "2036-12-07",
            "outstanding": ["Victims' Code: Victim Personal Statement offered (Right 7)"],
        }
    )
    assert summary(closed) == (
        "Case closed: Handed over. (retention review 07/12/2036); 1 open item(s) acknowledged"
    )
    assert "Victim Personal Statement" in search_text(closed)
    assert "Handed over." in search_text(closed)


def test_status_follows_the_last_closing_or_reopening() -> None:
    def make(i: int, t: str) -> Any:
        data = {"reason": "r"} | (
            {"retention_review_on": "2036-12-07"} if t == "case_closed" else {}
        )
        return _entry(
            {"id": f"e{i}", "type": t, "occurred_at": "2026-12-07T15:00:00+00:00", **data}
        )

    note = _entry({"type": "note", "occurred_at": "2026-12-07T15:00:00+00:00", "summary": "n"})
    assert case_status([note]).status == "open"
    # A case closed before closing was logged keeps its kept status.
    assert case_status([note], kept="closed").status == "closed"
    closed, reopened = make(1, "case_closed"), make(2, "case_reopened")
    assert case_status([note, closed], kept="open").status == "closed"
    assert case_status([closed, reopened], kept="closed").status == "open"
    assert case_status([closed, reopened, make(3, "case_closed")]).entry.id == "e3"
