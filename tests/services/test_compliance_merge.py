"""Disclosure control of the force-level figures: no suppressed cell can be worked out, or
even narrowed, by subtracting published cells from published totals. Every row of small
counts is tried."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest

from msvlo_desktop.services.compliance_merge import for_pcc, protect, protect_row


@pytest.mark.parametrize(
    ("count", "shown"),
    [(0, 0), (1, None), (4, None), (5, 5), (7, 5), (8, 10), (12, 10), (13, 15), (102, 100)],
)
def test_protect(count: int, shown: int | None) -> None:
    assert protect(count) == shown


def test_a_total_that_would_give_a_suppressed_cell_away_is_suppressed() -> None:
    # 4 + 4 = 8 would show 10: neither cell can be more than 4, so both would be known.
    assert protect_row({"a": 4, "b": 4, "c": 0}) == {"a": None, "b": None, "c": 0, "total": None}
    # 1 + 1 + 5 = 7 would show 5: the 5 is at least 5, so both others would be 1.
    assert protect_row({"a": 1, "b": 1, "c": 5})["total"] is None
    assert protect_row({"a": 4, "b": 9}) == {"a": None, "b": 10, "total": 15}
    assert protect_row({"a": 0, "b": 0}) == {"a": 0, "b": 0, "total": 0}


def _readings(shown: int | None) -> range:
    """What a reader of the published figure can tell of the count behind it."""
    if shown is None:
        return range(1, 5)
    if shown == 0:
        return range(0, 1)
    return range(max(5, shown - 2), shown + 3)


def _assert_no_cell_narrowed(rows: Iterable[Sequence[int]]) -> None:
    """For each row: from its published cells and total alone, every suppressed cell could
    still be any of 1, 2, 3 or 4."""
    for row in rows:
        published = protect_row({str(i): n for i, n in enumerate(row)})
        cells = [published[str(i)] for i in range(len(row))]
        total = published["total"]
        candidates = [
            c
            for c in itertools.product(*(_readings(v) for v in cells))
            if total is None or sum(c) in _readings(total)
        ]
        assert row in candidates or tuple(row) in candidates
        for i, shown in enumerate(cells):
            if shown is None:
                assert {c[i] for c in candidates} == {1, 2, 3, 4}, (row, published)


def test_no_suppressed_cell_narrowed_in_rows_of_two_or_three() -> None:
    _assert_no_cell_narrowed(itertools.product(range(30), repeat=2))
    _assert_no_cell_narrowed(itertools.product(range(14), repeat=3))


def test_no_suppressed_cell_narrowed_in_rows_of_five() -> None:
    _assert_no_cell_narrowed(itertools.product(range(0, 8), repeat=5))


def _team(statuses: dict[str, int], bands: dict[str, int], reasons: dict[str, int]) -> Any:
    kind = "victims_code_update"
    return {
        "period": {"from": "2026-10-01", "to": "2026-12-31"},
        "rules_version": "r",
        "generated_at": datetime(2027, 1, 4, tzinfo=UTC).isoformat(),
        "returns": [{}, {}],
        "total": {
            "cases": {"open": 4, "closed": 4, "child": 2, "enhanced_rights": 8},
            "obligations": {kind: statuses},
            "late_by_working_days": {kind: bands},
            "late_reasons": {kind: reasons},
        },
    }


def test_met_late_is_suppressed_when_its_bands_would_give_them_away() -> None:
    statuses = {"met_on_time": 30, "met_late": 8, "due": 0, "overdue": 6, "not_applicable": 0}
    bands = {"1": 4, "2": 4, "3+": 0}
    reasons = {"victim_unreachable": 8, "other": 0}
    force = for_pcc(_team(statuses, bands, reasons))["total"]
    kind = "victims_code_update"
    assert force["obligations"][kind] == {
        "met_on_time": 30,
        "met_late": None,
        "due": 0,
        "overdue": 5,
        "not_applicable": 0,
        "total": 45,
    }
    assert force["late_by_working_days"][kind] == {"1": None, "2": None, "3+": 0, "total": None}
    assert force["late_reasons"][kind] == {"victim_unreachable": 10, "other": 0, "total": None}


def test_cases_are_given_as_parts_of_the_whole() -> None:
    statuses = {"met_on_time": 0, "met_late": 0, "due": 0, "overdue": 0, "not_applicable": 0}
    force = for_pcc(_team(statuses, {"1": 0}, {"other": 0}))
    # Open 4 and closed 4 with enhanced rights 8 would give both away: only the whole, the
    # child victims and the victims with enhanced rights are published.
    assert force["total"]["cases"] == {"total": 10, "child": None, "enhanced_rights": 10}
    assert force["returns"] == 2
    assert "returns" not in force["total"]
