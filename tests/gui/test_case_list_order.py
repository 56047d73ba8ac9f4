"""The case list's order, and what a reread costs and keeps.

The orders below are what officers see: by reference (the order at unlock), by any column
they click, ascending or descending, a click keeping the previous order among equal rows,
and the next-due column ordered by urgency (overdue first, the oldest first; then due, the
soonest first; then nothing due, closed cases, and cases still being worked out). The list
is reread after every save and case change: that must keep the order, the selected case and
where the list was scrolled to, and must not cost more than a pass over the cases.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from test_shell_support import make_settings, raw_case

from msvlo_desktop.gui.case_table import (
    NEXT_DUE,
    REF_ROLE,
    CaseFilterModel,
    CaseTableModel,
    NextDue,
)
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.storage.vault import CaseSummary

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
VICTIM, PSEUDONYM, CHILD, RIGHTS, STATUS = 1, 2, 3, 4, 6


def case(
    ref: str,
    name: str,
    pseudonym: str,
    *,
    child: bool = False,
    disputed: bool = False,
    enhanced: bool = True,
    closed: bool = False,
) -> CaseSummary:
    return CaseSummary(
        ref,
        None,
        name,
        pseudonym,
        child,
        disputed,
        enhanced,
        "closed" if closed else "open",
        "2026-11-02",
        3,
        None,
    )


def day(d: int) -> datetime:
    return datetime(2026, 11, d, 17, 0, tzinfo=UTC)


# As Vault.list_cases gives them (ORDER BY reference, so lower-case references come last).
CASES = [
    case("EAGLE-0001", "Zofia Nowak", "Blue Wren"),
    case("HERON-0002", "anna smith", "Green Finch", child=True),
    case("HERON-0010", "Anna Smith", "Red Kite", disputed=True),
    case("OSPREY-0003", "Łukasz Wiśniewski", "Grey Heron", closed=True, enhanced=False),
    case("OSPREY-0004", "Ben Okafor", "Song Thrush", enhanced=False),
    case("PIPIT-0007", "Eve Adams", "Barn Owl", child=True),
    case("kite-0005", "Chidi Obi", "Mute Swan", enhanced=False),
    case("owl-0006", "Dana Price", "Little Tern", closed=True),
]
NEEDS = "Due: Offer a needs assessment (by 20/11/2026)"
DUE = {  # PIPIT-0007 is still being worked out
    "EAGLE-0001": NextDue("overdue", "Overdue: Refer to support (due 04/11/2026)", day(4), 2),
    "HERON-0002": NextDue("overdue", "Overdue: Tell of the arrest (due 02/11/2026)", day(2), 1),
    "HERON-0010": NextDue("due", NEEDS, day(20), 1),
    "OSPREY-0003": NextDue("closed", "Case closed", None),
    "OSPREY-0004": NextDue("none", "Nothing due", None),
    "kite-0005": NextDue("due", NEEDS, day(20), 3),
    "owl-0006": NextDue("closed", "Case closed", None),
}


class CaseList:
    """The case list as the window builds it: model, filter and a sortable table."""

    def __init__(self, qtbot: Any) -> None:
        self.model = CaseTableModel()
        self.proxy = CaseFilterModel()
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        qtbot.addWidget(self.view)
        self.view.setSortingEnabled(True)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, ASC)

    def order(self) -> list[str]:
        return [self.proxy.index(r, 0).data(REF_ROLE) for r in range(self.proxy.rowCount())]

    def sort(self, column: int, order: Qt.SortOrder = ASC) -> list[str]:
        self.view.sortByColumn(column, order)
        return self.order()


@pytest.fixture
def cases(qtbot: Any) -> CaseList:
    shown = CaseList(qtbot)
    shown.model.set_cases(CASES)
    return shown


def test_the_list_opens_in_reference_order_whatever_the_case(cases: CaseList) -> None:
    by_reference = [
        "EAGLE-0001",
        "HERON-0002",
        "HERON-0010",
        "kite-0005",
        "OSPREY-0003",
        "OSPREY-0004",
        "owl-0006",
        "PIPIT-0007",
    ]
    assert cases.order() == by_reference
    cases.model.set_next_due(DUE)
    assert cases.order() == by_reference
    assert cases.sort(0, DESC) == by_reference[::-1]


def test_next_due_orders_by_urgency_then_date(cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    assert cases.sort(NEXT_DUE) == [
        "HERON-0002",  # overdue since 02/11
        "EAGLE-0001",  # overdue since 04/11
        "HERON-0010",  # due 20/11 (equal to kite-0005: reference order kept)
        "kite-0005",
        "OSPREY-0004",  # nothing due
        "OSPREY-0003",  # closed
        "owl-0006",
        "PIPIT-0007",  # still being worked out
    ]
    assert cases.sort(NEXT_DUE, DESC) == [
        "PIPIT-0007",
        "OSPREY-0003",
        "owl-0006",
        "OSPREY-0004",
        "HERON-0010",
        "kite-0005",
        "EAGLE-0001",
        "HERON-0002",
    ]


def test_every_column_sorts_both_ways(cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    seen = {
        (column, order.name): cases.sort(column, order)
        for column in range(7)
        for order in (ASC, DESC)
    }
    assert seen == {
        (0, "AscendingOrder"): [
            "EAGLE-0001",
            "HERON-0002",
            "HERON-0010",
            "kite-0005",
            "OSPREY-0003",
            "OSPREY-0004",
            "owl-0006",
            "PIPIT-0007",
        ],
        (0, "DescendingOrder"): [
            "PIPIT-0007",
            "owl-0006",
            "OSPREY-0004",
            "OSPREY-0003",
            "kite-0005",
            "HERON-0010",
            "HERON-0002",
            "EAGLE-0001",
        ],
        (1, "AscendingOrder"): [
            "HERON-0010",
            "HERON-0002",
            "OSPREY-0004",
            "kite-0005",
            "owl-0006",
            "PIPIT-0007",
            "EAGLE-0001",
            "OSPREY-0003",
        ],
        (1, "DescendingOrder"): [
            "OSPREY-0003",
            "EAGLE-0001",
            "PIPIT-0007",
            "owl-0006",
            "kite-0005",
            "OSPREY-0004",
            "HERON-0010",
            "HERON-0002",
        ],
        (2, "AscendingOrder"): [
            "PIPIT-0007",
            "EAGLE-0001",
            "HERON-0002",
            "OSPREY-0003",
            "owl-0006",
            "kite-0005",
            "HERON-0010",
            "OSPREY-0004",
        ],
        (2, "DescendingOrder"): [
            "OSPREY-0004",
            "HERON-0010",
            "kite-0005",
            "owl-0006",
            "OSPREY-0003",
            "HERON-0002",
            "EAGLE-0001",
            "PIPIT-0007",
        ],
        (3, "AscendingOrder"): [
            "OSPREY-0004",
            "kite-0005",
            "owl-0006",
            "OSPREY-0003",
            "EAGLE-0001",
            "HERON-0010",
            "HERON-0002",
            "PIPIT-0007",
        ],
        (3, "DescendingOrder"): [
            "HERON-0002",
            "PIPIT-0007",
            "HERON-0010",
            "OSPREY-0004",
            "kite-0005",
            "owl-0006",
            "OSPREY-0003",
            "EAGLE-0001",
        ],
        (4, "AscendingOrder"): [
            "HERON-0002",
            "PIPIT-0007",
            "HERON-0010",
            "owl-0006",
            "EAGLE-0001",
            "OSPREY-0004",
            "kite-0005",
            "OSPREY-0003",
        ],
        (4, "DescendingOrder"): [
            "OSPREY-0004",
            "kite-0005",
            "OSPREY-0003",
            "HERON-0002",
            "PIPIT-0007",
            "HERON-0010",
            "owl-0006",
            "EAGLE-0001",
        ],
        (5, "AscendingOrder"): [
            "HERON-0002",
            "EAGLE-0001",
            "kite-0005",
            "HERON-0010",
            "OSPREY-0004",
            "OSPREY-0003",
            "owl-0006",
            "PIPIT-0007",
        ],
        (5, "DescendingOrder"): [
            "PIPIT-0007",
            "OSPREY-0003",
            "owl-0006",
            "OSPREY-0004",
            "kite-0005",
            "HERON-0010",
            "EAGLE-0001",
            "HERON-0002",
        ],
        (6, "AscendingOrder"): [
            "OSPREY-0003",
            "owl-0006",
            "PIPIT-0007",
            "OSPREY-0004",
            "kite-0005",
            "HERON-0010",
            "EAGLE-0001",
            "HERON-0002",
        ],
        (6, "DescendingOrder"): [
            "PIPIT-0007",
            "OSPREY-0004",
            "kite-0005",
            "HERON-0010",
            "EAGLE-0001",
            "HERON-0002",
            "OSPREY-0003",
            "owl-0006",
        ],
    }


def test_a_click_keeps_the_previous_order_among_equal_rows(cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    cases.sort(VICTIM)
    assert cases.sort(STATUS) == [  # closed first, each group by victim
        "owl-0006",
        "OSPREY-0003",
        "HERON-0002",  # "anna smith" and "Anna Smith" are equal: reference order kept
        "HERON-0010",
        "OSPREY-0004",
        "kite-0005",
        "PIPIT-0007",
        "EAGLE-0001",
    ]
    cases.sort(PSEUDONYM, DESC)
    assert cases.sort(CHILD) == [
        "OSPREY-0004",
        "kite-0005",
        "owl-0006",
        "OSPREY-0003",
        "EAGLE-0001",
        "HERON-0010",
        "HERON-0002",
        "PIPIT-0007",
    ]


def test_a_reread_orders_equal_rows_as_the_vault_lists_them(cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    cases.sort(PSEUDONYM, DESC)
    cases.sort(CHILD)
    cases.model.set_cases(list(CASES))
    assert cases.order() == [
        "EAGLE-0001",
        "OSPREY-0003",
        "OSPREY-0004",
        "kite-0005",
        "owl-0006",
        "HERON-0010",
        "HERON-0002",
        "PIPIT-0007",
    ]
    # A reread that changes nothing keeps everything where it is.
    before = cases.order()
    cases.model.set_cases(list(CASES))
    assert cases.order() == before


def test_new_next_due_results_reorder_only_when_the_order_no_longer_holds(
    cases: CaseList,
) -> None:
    cases.model.set_cases(list(CASES))
    cases.sort(CHILD)
    before = [
        "EAGLE-0001",
        "kite-0005",
        "OSPREY-0003",
        "OSPREY-0004",
        "owl-0006",
        "HERON-0010",
        "HERON-0002",
        "PIPIT-0007",
    ]
    assert cases.order() == before
    assert cases.sort(NEXT_DUE) == before  # no results yet: every case is being worked out
    cases.model.set_next_due(DUE)
    assert cases.order() == [
        "HERON-0002",
        "EAGLE-0001",
        "HERON-0010",
        "kite-0005",
        "OSPREY-0004",
        "OSPREY-0003",
        "owl-0006",
        "PIPIT-0007",
    ]
    cases.sort(VICTIM)
    cases.sort(NEXT_DUE, DESC)
    assert cases.order() == [
        "PIPIT-0007",
        "owl-0006",
        "OSPREY-0003",
        "OSPREY-0004",
        "HERON-0010",
        "kite-0005",
        "EAGLE-0001",
        "HERON-0002",
    ]
    cases.model.set_next_due(dict(DUE))  # the same results again: nothing moves
    assert cases.order()[:3] == ["PIPIT-0007", "owl-0006", "OSPREY-0003"]
    changed = dict(DUE)
    changed["OSPREY-0004"] = NextDue("overdue", "Overdue: Tell of the charge (due 01/11)", day(1))
    cases.model.set_next_due(changed)
    assert cases.order() == [
        "PIPIT-0007",
        "OSPREY-0003",
        "owl-0006",
        "HERON-0010",
        "kite-0005",
        "EAGLE-0001",
        "HERON-0002",
        "OSPREY-0004",
    ]


def test_the_filter_keeps_the_order(cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    cases.proxy.setFilterFixedString("heron")  # references and pseudonyms
    assert cases.order() == ["HERON-0002", "HERON-0010", "OSPREY-0003"]
    assert cases.sort(0, DESC) == ["OSPREY-0003", "HERON-0010", "HERON-0002"]
    cases.proxy.setFilterFixedString("")
    assert cases.order() == [
        "PIPIT-0007",
        "owl-0006",
        "OSPREY-0004",
        "OSPREY-0003",
        "kite-0005",
        "HERON-0010",
        "HERON-0002",
        "EAGLE-0001",
    ]


def test_next_due_results_are_kept_only_for_listed_cases(cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    cases.model.set_cases([c for c in CASES if c.reference != "HERON-0002"])
    assert cases.model.next_due_of("HERON-0002") is None
    assert cases.model.next_due_of("EAGLE-0001") == DUE["EAGLE-0001"]
    assert "HERON-0002" not in cases.order()
    cases.model.set_cases(list(CASES))  # back again: worked out afresh
    row = cases.model.row_of("HERON-0002")
    assert row is not None
    assert cases.model.index(row, NEXT_DUE).data() == "Working out…"


def test_the_texts_officers_see(cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    rows = {
        cases.proxy.index(r, 0).data(): [
            cases.proxy.index(r, c).data() for c in range(cases.proxy.columnCount())
        ]
        for r in range(cases.proxy.rowCount())
    }
    assert rows["HERON-0002"] == [
        "HERON-0002",
        "anna smith",
        "Green Finch",
        "Child",
        "Enhanced",
        "Overdue: Tell of the arrest (due 02/11/2026)",
        "Open",
    ]
    assert rows["OSPREY-0003"][3:] == ["", "Standard", "Case closed", "Closed"]
    assert rows["HERON-0010"][3] == "Age disputed"
    assert rows["PIPIT-0007"][NEXT_DUE] == "Working out…"
    tip = cases.model.index(cases.model.row_of("kite-0005") or 0, NEXT_DUE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip == NEEDS + "\nand 2 more open obligations"


def test_clicking_a_header_sorts_and_shows_which_way(qtbot: Any, cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    cases.view.show()
    header = cases.view.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(NEXT_DUE) + 5, 5)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (NEXT_DUE, ASC)
    assert cases.order()[:2] == ["HERON-0002", "EAGLE-0001"]
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert header.sortIndicatorOrder() == DESC
    assert cases.order()[:2] == ["PIPIT-0007", "OSPREY-0003"]
    cases.model.set_cases(list(CASES))  # a reread keeps the column and the direction
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (NEXT_DUE, DESC)
    assert cases.order() == [
        "PIPIT-0007",
        "OSPREY-0003",
        "owl-0006",
        "OSPREY-0004",
        "HERON-0010",
        "kite-0005",
        "EAGLE-0001",
        "HERON-0002",
    ]


def test_the_selection_follows_its_case_when_the_order_changes(cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    selection = cases.view.selectionModel()
    row = cases.order().index("OSPREY-0004")
    selection.setCurrentIndex(
        cases.proxy.index(row, 0),
        selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
    )
    cases.sort(NEXT_DUE)
    changed = dict(DUE)
    changed["OSPREY-0004"] = NextDue("overdue", "Overdue: Tell of the charge (due 01/11)", day(1))
    cases.model.set_next_due(changed)
    assert cases.order()[0] == "OSPREY-0004"
    assert selection.currentIndex().row() == 0
    assert [i.data(REF_ROLE) for i in selection.selectedRows()] == ["OSPREY-0004"]


# ------------------------------------------------------------------ the cost of a reread
def many(n: int) -> list[CaseSummary]:
    return [
        case(f"CASE-{i:04d}", f"Victim {(i * 7919) % n:04d}", f"Bird {i % 13}", child=i % 5 == 0)
        for i in range(n)
    ]


def many_due(refs: list[str]) -> dict[str, NextDue]:
    statuses = ("overdue", "due", "none", "closed")
    out = {}
    for i, ref in enumerate(refs):
        status = statuses[i % 4]
        when = day(1 + (i * 37) % 28) if status in ("overdue", "due") else None
        out[ref] = NextDue(status, f"{status} {i}", when, i % 3)
    return out


def test_the_proxy_never_sorts_with_python(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert CaseFilterModel.lessThan is QSortFilterProxyModel.lessThan
    shown = CaseList(qtbot)
    keys: list[int] = []
    real = CaseTableModel._sort_key

    def counting(self: CaseTableModel, *args: Any) -> Any:
        keys.append(1)
        return real(self, *args)

    monkeypatch.setattr(CaseTableModel, "_sort_key", counting)
    calls: list[int] = []
    real_data = CaseTableModel.data

    def data(self: CaseTableModel, *args: Any) -> Any:
        calls.append(1)
        return real_data(self, *args)

    monkeypatch.setattr(CaseTableModel, "data", data)
    rows = many(1000)
    shown.view.hide()  # no painting: what the model and filter do on their own
    shown.sort(NEXT_DUE)
    shown.model.set_cases(rows)
    shown.model.set_next_due(many_due([c.reference for c in rows]))
    shown.model.set_cases(list(rows))  # a reread
    assert shown.proxy.rowCount() == 1000
    # One key per case for each pass that may reorder (the first read, the results, the
    # reread), none per comparison: sorting 1,000 rows compares about 10,000 pairs.
    assert len(keys) == 3 * 1000
    assert calls == []  # the filter (empty) and the order ask the model for nothing
    order = shown.order()
    statuses = [shown.model.next_due_of(ref).status for ref in order]  # type: ignore[union-attr]
    assert statuses == sorted(statuses, key=["overdue", "due", "none", "closed"].index)


def test_a_reread_of_the_same_cases_resets_nothing(cases: CaseList) -> None:
    cases.model.set_next_due(DUE)
    cases.sort(NEXT_DUE)
    resets: list[int] = []
    layouts: list[int] = []
    changed: list[int] = []
    cases.model.modelReset.connect(lambda: resets.append(1))
    cases.model.layoutChanged.connect(lambda *a: layouts.append(1))
    cases.model.dataChanged.connect(lambda *a: changed.append(1))
    selection = cases.view.selectionModel()
    target = cases.proxy.index(2, 0)
    selection.setCurrentIndex(
        target, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
    )
    cases.model.set_cases(list(CASES))
    cases.model.set_next_due(dict(DUE))
    assert (resets, layouts, changed) == ([], [], [])
    assert selection.currentIndex().data(REF_ROLE) == "HERON-0010"
    assert len(selection.selectedRows()) == 1
    # A case whose details changed is redrawn in place, selection kept.
    closed = [
        case("HERON-0010", "Anna Smith", "Red Kite", disputed=True, closed=True)
        if c.reference == "HERON-0010"
        else c
        for c in CASES
    ]
    cases.model.set_cases(closed)
    assert resets == []
    assert selection.currentIndex().data(REF_ROLE) == "HERON-0010"
    row = cases.model.row_of("HERON-0010")
    assert row is not None
    assert cases.model.index(row, STATUS).data() == "Closed"


# ------------------------------------------------------------------ in the window
@pytest.fixture
def crowded(qtbot: Any, vault: Any, clock: Any, tmp_path: Path) -> MainWindow:
    for i in range(40):
        vault.add_case(raw_case(f"WREN-{i:04d}", f"Victim Number {i}"))
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    w.resize(900, 500)
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None, timeout=10_000)
    return w


def test_a_reread_keeps_the_selected_case_and_the_scroll(
    qtbot: Any, crowded: MainWindow, vault: Any
) -> None:
    w = crowded
    table = w.ui.casesTableView
    bar = table.verticalScrollBar()
    assert bar.maximum() > 0  # the list scrolls
    resets: list[int] = []
    w.cases.modelReset.connect(lambda: resets.append(1))
    bar.setValue(bar.maximum())
    w.reload_cases()
    qtbot.waitUntil(lambda: w._due_task is None, timeout=10_000)
    assert bar.value() == bar.maximum()  # nothing selected: still at the bottom

    assert w.select_case("WREN-0037")
    opened = len([r for r in vault.audit_records() if r.category == "consultation"])
    bar.setValue(bar.maximum())
    top = bar.value()
    vault.add_entry(
        "WREN-0037",
        {
            "type": "interaction",
            "occurred_at": "2026-11-19T10:00:00+00:00",
            "mode": "phone",
            "summary": "Called to check on the victim's welfare.",
        },
    )
    w.reload_cases()
    qtbot.waitUntil(lambda: w._due_task is None, timeout=10_000)
    assert table.currentIndex().data(REF_ROLE) == "WREN-0037"
    assert [i.data(REF_ROLE) for i in table.selectionModel().selectedRows()] == ["WREN-0037"]
    assert bar.value() == top
    assert w.current_ref == "WREN-0037"
    assert resets == []  # the same cases: nothing was thrown away and rebuilt
    # Not opened again (opening is audited).
    assert len([r for r in vault.audit_records() if r.category == "consultation"]) == opened
