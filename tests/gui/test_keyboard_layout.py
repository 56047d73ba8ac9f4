"""Forms keep still while messages come and go, dialogs fit a small laptop's screen, and a
lone Today line keeps its height."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from test_shell_support import CANARY_REF, add_case

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_dialog import NEW, CaseDialog
from msvlo_desktop.gui.entry_forms import open_entry_form


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def _places(root: QWidget) -> dict[str, tuple[int, int, int, int]]:
    QApplication.processEvents()  # layouts settle in the event loop
    out = {}
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit | QPlainTextEdit | QAbstractButton) and w.isVisible():
            at = w.mapTo(root, QPoint(0, 0))
            out[w.objectName()] = (at.x(), at.y(), w.width(), w.height())
    return out


def test_an_entry_form_does_not_move_when_a_message_appears(qtbot: Any, vault: Any) -> None:
    add_case(vault)
    form = open_entry_form(None, vault, CANARY_REF, "interaction")
    qtbot.addWidget(form, before_close_func=lambda f: f.close_without_asking())
    qtbot.waitExposed(form)
    before = _places(form)
    ui = form.ui
    qtbot.keyClicks(ui.nextContactOnLineEdit, "32/13/2026")
    ui.summaryPlainTextEdit.setPlainText("x")
    ui.summaryPlainTextEdit.clear()
    assert ui.nextContactOnErrorLabel.isVisible() and ui.nextContactOnErrorLabel.text()
    assert ui.summaryErrorLabel.isVisible()
    assert _places(form) == before
    ui.nextContactOnLineEdit.clear()
    ui.summaryPlainTextEdit.setPlainText("Met at the station.")
    assert not ui.nextContactOnErrorLabel.isVisible()
    assert _places(form) == before


def test_the_case_dialog_does_not_move_when_a_message_appears(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    dialog = CaseDialog(vault, mode=NEW, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = _places(dialog)
    qtbot.keyClicks(dialog.ui.referenceLineEdit, "bad ref!")
    label = dialog.inline.labels[id(dialog.ui.referenceLineEdit)]
    assert label.isVisible() and "letters, digits" in label.text()
    assert _places(dialog) == before
    dialog.ui.referenceLineEdit.setText("HERON-0007")
    assert not label.isVisible()
    assert _places(dialog) == before


def test_a_long_message_keeps_to_one_line_and_is_whole_in_the_tooltip(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    dialog = CaseDialog(vault, mode=NEW, clock=clock)
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.keyClicks(dialog.ui.referenceLineEdit, "bad ref!" * 20)
    label = dialog.inline.labels[id(dialog.ui.referenceLineEdit)]
    assert label.height() <= label.fontMetrics().lineSpacing() + 2
    assert label.toolTip() == label.text()
    assert label.width() <= dialog.width()


# ---------------------------------------------------------------- Today (point 13)
def test_a_lone_due_today_line_keeps_its_height(
    qtbot: Any, tmp_path_factory: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from dataclasses import replace

    from test_day_support import AT, copy_vault, open_vault

    from msvlo_desktop.gui.today_view import LINE, TodayView
    from msvlo_desktop.services.today import OVERDUE, TODAY
    from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV

    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))
    vault = open_vault(copy_vault(tmp_path_factory, tmp_path))
    try:
        view = TodayView(clock=lambda: AT)
        qtbot.addWidget(view)
        view.resize(1366, 700)
        view.show()
        view.set_vault(vault)
        with qtbot.waitSignal(view.computed, timeout=20_000):
            view.refresh()
        full = view.result
        assert full is not None
        overdue = [ln for ln in full.lines if ln.group == OVERDUE]
        today = [ln for ln in full.lines if ln.group == TODAY]
        assert overdue and today
        # First an overdue line and nothing due today, then the reverse: a lone line due
        # today lands on the row that held "nothing due today".
        view.show_result(replace(full, lines=(overdue[0],)))
        view.show_result(replace(full, lines=(today[0],)))
        rows = view.model.rows()
        lines = [i for i, r in enumerate(rows) if r.kind == LINE]
        assert len(lines) == 1
        row = lines[0]
        height = view.table.rowHeight(row)
        button = view.button_for(today[0].key)
        assert button is not None
        assert height >= button.sizeHint().height()
        assert height >= 2 * view.table.fontMetrics().lineSpacing()
        assert button.height() >= button.sizeHint().height()
    finally:
        vault.close()


# ---------------------------------------------------------------- point 16
def test_the_note_form_is_not_cut_off_at_the_right(qtbot: Any, vault: Any) -> None:
    add_case(vault)
    for entry_type in ("note", "interaction", "provision"):
        form = open_entry_form(None, vault, CANARY_REF, entry_type)
        qtbot.addWidget(form, before_close_func=lambda f: f.close_without_asking())
        qtbot.waitExposed(form)
        viewport = form.ui.fieldsScrollArea.viewport()

        def inside(form: Any = form, viewport: QWidget = viewport) -> bool:
            for w in form.ui.fieldsWidget.findChildren(QWidget):
                if w.isVisible() and w.parentWidget() is form.ui.fieldsWidget:
                    right = w.mapTo(viewport, QPoint(w.width(), 0)).x()
                    if right > viewport.width():
                        return False
            return True

        qtbot.waitUntil(inside, timeout=2000)


def test_long_text_fields_count_their_characters(qtbot: Any, vault: Any) -> None:
    from msvlo_desktop.core.values import MAX_TEXT

    add_case(vault)
    form = open_entry_form(None, vault, CANARY_REF, "note")
    qtbot.addWidget(form, before_close_func=lambda f: f.close_without_asking())
    counter = form.findChild(QLabel, "summaryPlainTextEditCounterLabel")
    assert counter is not None and counter.isVisible()
    assert counter.text() == "0 of 20,000 characters"
    form.ui.summaryPlainTextEdit.setPlainText("  Called\r\nback  ")
    assert counter.text() == "11 of 20,000 characters"
    form.ui.summaryPlainTextEdit.setPlainText("x" * MAX_TEXT)
    assert counter.text() == "20,000 of 20,000 characters"
    assert form.ui.saveButton.isEnabled()
    form.ui.summaryPlainTextEdit.setPlainText("x" * (MAX_TEXT + 5))
    assert counter.text() == "20,005 of 20,000 characters: 5 too many"
    assert counter.property("role") == "error"
    assert not form.ui.saveButton.isEnabled()


def test_no_checklist_heading_is_cut(
    qtbot: Any, tmp_path_factory: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from test_day_support import AT, CHILD, copy_vault, open_vault

    from msvlo_desktop.gui.case_overview import CaseOverview
    from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV

    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))
    vault = open_vault(copy_vault(tmp_path_factory, tmp_path))
    try:
        tab = CaseOverview(clock=lambda: AT)
        qtbot.addWidget(tab)
        tab.resize(1366, 640)
        tab.show()
        tab.set_case(vault, CHILD)
        qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
        tree = tab.tree
        for i in range(tree.topLevelItemCount()):
            tree.topLevelItem(i).setExpanded(False)  # the headings alone
        # What the view itself needs to draw every heading whole (arrow and padding too).
        assert any("Child workflow" in tree.topLevelItem(i).text(0) for i in range(4))
        assert tree.columnWidth(0) >= tree.sizeHintForColumn(0)
    finally:
        vault.close()


def test_the_corrected_entry_fits_its_half_of_the_correction_form(qtbot: Any, vault: Any) -> None:
    from msvlo_desktop.gui.app import stylesheet

    add_case(vault)
    event = vault.add_entry(
        CANARY_REF,
        {
            "type": "investigation_event",
            "occurred_at": "2026-11-17T09:00:00+00:00",
            "event": "bail_conditions_changed",
            "details": "Bail conditions varied.",
        },
    )
    form = open_entry_form(None, vault, CANARY_REF, "correction", prefill={"corrects": event.id})
    qtbot.addWidget(form, before_close_func=lambda f: f.close_without_asking())
    form.setStyleSheet(stylesheet())  # the house look sizes choice boxes by their text
    form.resize(720, 760)
    qtbot.waitExposed(form)
    inner = form.form
    assert inner is not None
    scroll = inner.ui.fieldsScrollArea
    qtbot.waitUntil(lambda: inner.ui.fieldsWidget.width() <= scroll.viewport().width())
    assert not scroll.horizontalScrollBar().isVisible()
