"""``services.today`` and ``services.next_due``: the Today lines and the case list's next thing
due, from the kept digest, agree with the obligation engine read case by case."""

from __future__ import annotations

from datetime import datetime, timedelta

from shared_fixtures import FIXED_NOW as NOW

from msvlo_desktop.core.obligations import Obligation, case_obligations, sort_by_urgency
from msvlo_desktop.services.next_due import NextDue, compute_next_due, most_urgent, next_due_for
from msvlo_desktop.services.today import (
    OVERDUE,
    TODAY,
    WEEK,
    TodayLine,
    TodayResult,
    compute_today,
    group_of,
    prefill,
)
from msvlo_desktop.storage.vault import Vault


def ob(kind: str, status: str, due: datetime, source: str = "e1") -> Obligation:
    return Obligation("R-1", kind, source, None, due, status, None, None, "Owed", "r", "1")


def engine(vault: Vault, ref: str, at: datetime) -> list[Obligation]:
    return case_obligations(vault.get_case(ref), vault.entries(ref), at)


def open_and_closed(vault: Vault) -> tuple[list[str], list[str]]:
    cases = vault.list_cases()
    return (
        [c.reference for c in cases if c.status != "closed"],
        [c.reference for c in cases if c.status == "closed"],
    )


def test_groups_by_london_day() -> None:
    assert group_of(ob("agreed_update", "overdue", NOW - timedelta(days=2)), NOW) == OVERDUE
    assert group_of(ob("support_referral", "due", NOW + timedelta(hours=6)), NOW) == TODAY
    assert group_of(ob("victims_code_update", "due", NOW + timedelta(days=7)), NOW) == WEEK
    assert group_of(ob("victims_code_update", "due", NOW + timedelta(days=8)), NOW) is None
    assert group_of(ob("agreed_update", "met_late", NOW - timedelta(days=1)), NOW) is None
    assert group_of(ob("agreed_update", "not_applicable", NOW), NOW) is None
    assert group_of(ob("nrm_cg_not_before", "due", NOW), NOW) is None


def test_each_line_opens_its_form_filled_in() -> None:
    update = ob("victims_code_update", "overdue", NOW, source="arrest-1")
    assert prefill(update) == {"satisfies": ["arrest-1"]}
    assert prefill(ob("nrm_rg_expected", "due", NOW)) == {"stage": "reasonable_grounds"}
    strategy = {"status": "agreed", "agreed_with": "", "criteria": "Settled housing", "x": 1}
    review = ob("exit_strategy_review", "due", NOW)
    assert prefill(review, strategy) == {"status": "agreed", "criteria": "Settled housing"}
    assert prefill(review) == {}
    assert prefill(ob("support_referral", "due", NOW)) == {}
    line = TodayLine(OVERDUE, update, "Elira Krasniqi", "V1")
    assert (line.action_text, line.entry_type, line.case_ref) == (
        "Record update",
        "victim_update",
        "R-1",
    )
    assert line.prefill() == {"satisfies": ["arrest-1"]}
    result = TodayResult(NOW, 1, (line,))
    assert (result.count(OVERDUE), result.count(TODAY), result.in_group(OVERDUE)) == (1, 0, [line])


def test_today_lines_are_the_engines_pending_obligations_of_open_cases(
    training_vault: Vault,
) -> None:
    result = compute_today(training_vault, NOW)
    opened, closed = open_and_closed(training_vault)
    assert closed, "the training vault has a closed case"
    expected = sort_by_urgency(
        o for ref in opened for o in engine(training_vault, ref, NOW) if group_of(o, NOW)
    )
    assert [line.key for line in result.lines] == [o.key for o in expected]
    assert result.lines, "the training vault owes something"
    assert result.cases == len(opened)
    assert set(result.closed) == set(closed)
    assert set(result.pending) == set(opened)
    for line in result.lines:
        assert line.group == group_of(line.obligation, NOW)
        assert line.pseudonym
        if line.obligation.kind == "exit_strategy_review":
            assert line.exit_strategy is not None


def test_next_due_is_the_most_urgent_pending_obligation(training_vault: Vault) -> None:
    opened, closed = open_and_closed(training_vault)
    refs = [*opened, *closed, "NOT-IN-VAULT"]
    found = compute_next_due(training_vault, refs, NOW)
    assert set(found) == set(opened) | set(closed)
    for ref in opened:
        assert found[ref] == most_urgent(engine(training_vault, ref, NOW))
    for ref in closed:
        assert found[ref] == NextDue("closed", "Case closed", None)
    overdue = [due for due in found.values() if due.status == "overdue"]
    assert overdue and all(d.text.startswith("Overdue: ") for d in overdue)


def test_next_due_words_go_through_the_front_ends_translation() -> None:
    late = ob("agreed_update", "overdue", datetime(2026, 11, 3, 23, 59, tzinfo=NOW.tzinfo))
    found = next_due_for(
        ["A", "B", "C", "D", "E"],
        {"A": [late], "B": []},
        closed=["C"],
        unreadable=["D"],
        translate=lambda text: "«" + text + "»",
    )
    assert found == {
        "A": NextDue("overdue", "«Overdue: Owed (due 03/11/2026)»", late.due, 1),
        "B": NextDue("none", "«Nothing due»", None),
        "C": NextDue("closed", "«Case closed»", None),
        "D": NextDue("unknown", "«Not worked out: the log could not be read»", None),
    }
