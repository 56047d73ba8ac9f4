"""The Today view with a long list (a thousand open cases give over a thousand lines): only
the lines in view are worked out and given buttons, the officer keeps their place across a
refresh, every line can still be reached by keyboard and read out, and the lines in view
are drawn whole."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton
from test_day_support import AT

from msvlo_desktop.core.obligations import Obligation
from msvlo_desktop.gui import today_view
from msvlo_desktop.gui.today_view import (
    ACTION,
    DUE,
    LINE,
    STATUS,
    WHAT,
    WHO,
    TodayView,
)
from msvlo_desktop.services.today import OVERDUE, TODAY, WEEK, TodayLine, TodayResult

NAMES = (
    ("أحمد الحسن (Ahmed Al-Hassan)", "V7"),
    ("Олена Коваленко (Olena Kovalenko)", "V5"),
    ("王伟 (Wang Wei)", "V8"),
    ("Nguyễn Thị Hương", "V1"),
    ("ሰላም ተስፋይ (Selam Tesfay)", "V6"),
)
LABELS = {
    "agreed_update": "Agreed update to the victim (every 14 days, by phone)",
    "exit_strategy_review": "Review the exit strategy",
    "victims_code_update": "Tell the victim the date of the first court hearing",
}


def long_result(n: int) -> TodayResult:
    """``n`` lines: half overdue, a tenth due today, the rest due within the week."""
    lines: list[TodayLine] = []
    for i in range(n):
        kind = tuple(LABELS)[i % len(LABELS)]
        if i < n // 2:
            group, status, due = OVERDUE, "overdue", AT - timedelta(days=1 + i // 20)
        elif i < n // 2 + n // 10:
            group, status, due = TODAY, "due", AT + timedelta(hours=3)
        else:
            group, status, due = WEEK, "due", AT + timedelta(days=1 + i % 6)
        name, pseudonym = NAMES[i % len(NAMES)]
        source_event = "first_hearing_date_received" if kind == "victims_code_update" else None
        obligation = Obligation(
            f"KESTREL-{i:04d}",
            kind,
            f"entry-{i}",
            source_event or "case_opened",
            due,
            status,
            None,
            None,
            LABELS[kind],
            "victims_code.right6.update",
            "2020",
            since=AT - timedelta(days=40),
        )
        lines.append(TodayLine(group, obligation, name, pseudonym))
    return TodayResult(AT, n, tuple(lines))


@pytest.fixture
def worked_out(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The case of each line whose words were worked out, in order."""
    calls: list[str] = []
    real = today_view.line_texts

    def counting(line: TodayLine, *args: Any) -> Any:
        calls.append(line.case_ref)
        return real(line, *args)

    monkeypatch.setattr(today_view, "line_texts", counting)
    return calls


def shown_view(qtbot: Any, width: int = 1200, height: int = 600) -> TodayView:
    view = TodayView(clock=lambda: AT)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def settle() -> None:
    """Let paints, the buttons made once the window is free, and deletions happen."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def rows_in_view(view: TodayView) -> list[int]:
    table = view.table
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    if last < 0:
        last = view.model.rowCount() - 1
    return list(range(first, last + 1))


def buttons(view: TodayView) -> list[QPushButton]:
    return [
        b
        for b in view.findChildren(QPushButton, "todayActionButton")
        if b.text()  # a dropped button is emptied at once and deleted later
    ]


def test_only_the_lines_in_view_are_worked_out(qtbot: Any, worked_out: list[str]) -> None:
    view = shown_view(qtbot)
    result = long_result(2000)
    view.show_result(result)
    settle()
    in_view = [r for r in rows_in_view(view) if view.model.row_info(r).kind == LINE]  # type: ignore[union-attr]
    assert 10 <= len(in_view) <= 20
    # The lines drawn, and no others (worked out once each, however often drawn).
    assert len(worked_out) == len(set(worked_out)) <= len(in_view) + 2
    assert {view.model.line_at(r).case_ref for r in in_view} <= set(worked_out)
    # The groups still say how many lines each holds.
    assert view.model.index(0, 0).data() == "Overdue (1000)"
    titles = [
        view.model.index(r, 0).data()
        for r in range(view.model.rowCount())
        if view.model.row_info(r).kind != LINE  # type: ignore[union-attr]
    ]
    assert titles == ["Overdue (1000)", "Due today (200)", "Due in the next 7 days (800)"]
    assert view.lines() == list(result.lines)
    # Buttons for the lines in view, not for two thousand.
    assert len(in_view) <= len(buttons(view)) <= len(in_view) + 2

    # Scrolled to the end: the last lines are worked out then, with the same words.
    worked_out.clear()
    view.table.scrollToBottom()
    settle()
    last = view.model.rowCount() - 1
    assert len(worked_out) <= len(rows_in_view(view)) + 2
    assert worked_out and worked_out[-1] == "KESTREL-1999"
    assert view.model.index(last, WHO).data() == "KESTREL-1999\nሰላም ተስፋይ (Selam Tesfay) — V6"
    assert view.model.index(last, STATUS).data().startswith("Due ")
    # The last line is an exit-strategy review (its button says so).
    assert view.table.indexWidget(view.model.index(last, ACTION)).text() == "Review exit strategy"


def test_a_button_out_of_view_is_made_when_asked_for(qtbot: Any, worked_out: list[str]) -> None:
    view = shown_view(qtbot)
    result = long_result(2000)
    view.show_result(result)
    far = result.lines[1501]  # an exit-strategy review
    button = view.button_for(far.key)
    assert button is not None and button.text() == "Review exit strategy"
    assert far.case_ref in button.accessibleName()
    assert view.table.indexWidget(view.index_for(far.key, ACTION)) is button
    # Making the button works nothing else out.
    assert far.case_ref not in worked_out


def test_the_place_and_the_line_are_kept_across_a_refresh(qtbot: Any) -> None:
    view = shown_view(qtbot)
    view.show_result(long_result(2000))
    settle()
    chosen = view.lines()[700]
    index = view.index_for(chosen.key)
    view.table.scrollTo(index)
    view.table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    settle()
    scrolled = view.table.verticalScrollBar().value()
    assert scrolled > 600
    top = view.table.rowAt(0)

    view.show_result(long_result(2000))  # the ten-minute refresh
    settle()
    assert view.table.verticalScrollBar().value() == scrolled
    assert view.table.rowAt(0) == top
    assert view.model.line(view.table.currentIndex()) == chosen
    assert view.table.selectionModel().isRowSelected(view.index_for(chosen.key).row())
    # The lines in view have their buttons again, and no old button lingers.
    for row in rows_in_view(view):
        if view.model.row_info(row).kind == LINE:  # type: ignore[union-attr]
            assert view.table.indexWidget(view.model.index(row, ACTION)) is not None
    assert len(buttons(view)) < 60


def test_keyboard_and_screen_reader_reach_every_line(qtbot: Any) -> None:
    view = shown_view(qtbot)
    result = long_result(2000)
    view.show_result(result)
    settle()
    line = result.lines[1234]
    view.table.setFocus()
    view.table.setCurrentIndex(view.index_for(line.key))
    with qtbot.waitSignal(view.caseRequested) as asked:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert asked.args == [line.case_ref]
    # A group's title opens nothing.
    opened: list[str] = []
    view.caseRequested.connect(opened.append)
    view.table.activated.emit(view.model.index(0, 0))
    assert opened == []
    # Read out: the whole line in one sentence, and the group with its count.
    spoken = view.index_for(line.key).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Due ") and line.obligation.label in spoken
    assert f"case {line.case_ref}, {line.victim_name} — {line.pseudonym}" in spoken
    assert "since Case opened, 11/10/2026" in spoken and "due " in spoken
    assert view.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Overdue: 1000"
    # Down from the title lands on the first line.
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.model.line(view.table.currentIndex()) == result.lines[0]


def test_the_lines_in_view_are_drawn_whole(qtbot: Any, tmp_path: Path) -> None:
    # The Today view's size in the main window at its usual size (1400 x 1000).
    view = shown_view(qtbot, 1380, 620)
    view.show_result(long_result(2000))
    settle()
    table, model = view.table, view.model
    padding = 6  # a cell's text margins
    lines_seen = 0
    for row in rows_in_view(view):
        info = model.row_info(row)
        assert info is not None
        bold = model.index(row, STATUS).data(Qt.ItemDataRole.FontRole)
        for column in (STATUS, WHO, WHAT, DUE):
            text = model.index(row, column).data()
            if info.kind != LINE:
                if column == STATUS:  # a title spans the row
                    assert QFontMetrics(model.bold).horizontalAdvance(text) < table.width()
                continue
            fm = (
                QFontMetrics(bold) if bold is not None and column == STATUS else table.fontMetrics()
            )
            for part in str(text).split("\n"):
                assert fm.horizontalAdvance(part) + padding <= table.columnWidth(column), part
            # Two lines of text fit the row's height.
            assert table.rowHeight(row) >= fm.lineSpacing() * str(text).count("\n") + fm.height()
        if info.kind == LINE:
            lines_seen += 1
            button = table.indexWidget(model.index(row, ACTION))
            assert button is not None and button.isVisible()
            assert button.width() >= button.sizeHint().width()
    assert lines_seen >= 10
    shot = view.grab()
    path = tmp_path / "today_long.png"
    assert shot.save(str(path))
    image = shot.toImage()
    assert image.width() == 1380
    # Something is drawn in the list (a blank grab is all one colour).
    colours = {image.pixel(x, y) for x in range(0, 1380, 23) for y in range(120, 600, 17)}
    assert len(colours) > 5


def test_lines_brought_into_view_get_their_buttons(qtbot: Any) -> None:
    view = shown_view(qtbot, 1200, 400)
    view.show_result(long_result(2000))
    settle()
    before = len(buttons(view))

    def all_in_view_have_buttons() -> bool:
        return all(
            view.table.indexWidget(view.model.index(row, ACTION)) is not None
            for row in rows_in_view(view)
            if view.model.row_info(row).kind == LINE  # type: ignore[union-attr]
        )

    # A taller window (or the splitter moved) shows more lines.
    view.resize(1200, 900)
    qtbot.waitUntil(lambda: len(rows_in_view(view)) > 20)
    assert all_in_view_have_buttons()
    assert len(buttons(view)) > before
    # Scrolled with the keyboard, a page at a time.
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, 0))
    for _ in range(5):
        qtbot.keyClick(view.table, Qt.Key.Key_PageDown)
    assert view.table.rowAt(0) > 60
    assert all_in_view_have_buttons()
