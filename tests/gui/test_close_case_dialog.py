"""Closing and reopening a case in the window (gui/close_case_dialog.py): what is open is
listed, a reason is required, the retention review date defaults to ten years and can be
typed, open items must be acknowledged; a closed case can be reopened from the Case menu or
the banner, and its entries can be corrected again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_shell_support import CANARY_REF, add_case, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.close_case_dialog import CloseCaseDialog, ReopenCaseDialog
from msvlo_desktop.gui.main_window import MainWindow

REF = CANARY_REF
AGREED = {
    "type": "exit_strategy",
    "occurred_at": "2026-11-18T10:00:00+00:00",
    "status": "agreed",
    "agreed_with": "DI 77 Shah",
}


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def closable(vault: Any, clock: Any) -> Any:
    clock.now = datetime(2026, 12, 7, 15, tzinfo=UTC)
    add_case(vault)
    vault.add_entry(REF, AGREED)
    return vault


def close_dialog(qtbot: Any, vault: Any) -> CloseCaseDialog:
    dialog = CloseCaseDialog(None, vault, REF)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.close_without_asking())
    dialog.show()
    return dialog


def test_the_close_dialog_lists_what_is_open_and_needs_a_reason(qtbot: Any, closable: Any) -> None:
    vault = closable
    outstanding = vault.closing_outstanding(REF)
    assert "Victims' Code: Victim Personal Statement offered (Right 7)" in outstanding
    dialog = close_dialog(qtbot, vault)
    shown = [dialog.items_list.item(i).text() for i in range(dialog.items_list.count())]
    assert shown == outstanding
    assert dialog.items_label.text().startswith(f"{len(outstanding)} items are still open")
    assert dialog.acknowledge_box.isVisible() and not dialog.acknowledge_box.isChecked()
    # Closed on 07/12/2026: reviewed on 07/12/2036 unless changed.
    assert dialog.review_edit.text() == "07/12/2036"
    assert "Understood as Sunday 7 December 2036." in dialog.review_note.text()
    assert "10 years after closing" in dialog.review_note.text()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    problems = dialog.problem_label.text()
    assert "Say why the case is being closed (the reason is required)." in problems
    assert "The items listed above are still open: tick that you have read them" in problems
    assert dialog.isVisible() and vault.get_case(REF).status == "open"
    assert dialog.focusWidget() is dialog.reason_edit

    qtbot.keyClicks(dialog.reason_edit, "Exit strategy completed; handed to the LA.")
    assert dialog.problem_label.text() == ""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "tick that you have read them" in dialog.problem_label.text()
    assert dialog.focusWidget() is dialog.acknowledge_box
    assert vault.get_case(REF).status == "open"

    dialog.acknowledge_box.setChecked(True)
    with qtbot.waitSignal(dialog.closed) as closed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed.args == [REF]
    assert not dialog.isVisible()
    entry = vault.entries(REF)[-1]
    assert entry.type == "case_closed"
    assert entry.data["reason"] == "Exit strategy completed; handed to the LA."
    assert entry.data["retention_review_on"] == "2036-12-07"
    assert entry.data["outstanding"] == outstanding


def test_a_typed_retention_review_date_is_understood_or_refused(qtbot: Any, closable: Any) -> None:
    vault = closable
    dialog = close_dialog(qtbot, vault)
    dialog.acknowledge_box.setChecked(True)
    qtbot.keyClicks(dialog.reason_edit, "Handed over.")
    dialog.review_edit.selectAll()
    qtbot.keyClicks(dialog.review_edit, "31/02/2030")
    assert "'31/02/2030' is not a real date" in dialog.review_note.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Retention review date" in dialog.problem_label.text()
    assert dialog.focusWidget() is dialog.review_edit
    dialog.review_edit.selectAll()
    qtbot.keyClicks(dialog.review_edit, "01/12/2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "must be after the closing date (07/12/2026)" in dialog.problem_label.text()
    dialog.review_edit.selectAll()
    qtbot.keyClicks(dialog.review_edit, "30/06/2033")
    assert dialog.review_note.text().startswith(
        "Understood as Thursday 30 June 2033. Not the default (07/12/2036)."
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert vault.entries(REF)[-1].data["retention_review_on"] == "2033-06-30"


def test_nothing_open_needs_no_tick(qtbot: Any, closable: Any, monkeypatch: Any) -> None:
    vault = closable
    monkeypatch.setattr(type(vault), "closing_outstanding", lambda self, ref, at=None: [])
    dialog = close_dialog(qtbot, vault)
    assert not dialog.acknowledge_box.isVisibleTo(dialog)
    assert not dialog.items_list.isVisibleTo(dialog)
    assert dialog.items_label.text().startswith("Nothing is outstanding")


def test_escape_with_a_typed_reason_asks_first(
    qtbot: Any, closable: Any, script: messages.ScriptedAnswers
) -> None:
    dialog = close_dialog(qtbot, closable)
    qtbot.keyClicks(dialog.reason_edit, "Half a reason")
    script.push(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert script.asked[-1].title == "Discard the reason?"
    script.push(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert closable.get_case(REF).status == "open"


def _focus_chain(dialog: QWidget) -> list[str]:
    names: list[str] = []
    start = QApplication.focusWidget()
    widget = start
    for _ in range(30):
        widget.nextInFocusChain()
        dialog.focusNextChild()
        widget = QApplication.focusWidget()
        if widget is None or widget is start:
            break
        names.append(widget.objectName() or type(widget).__name__)
    return names


def test_the_dialogs_are_keyboard_usable_and_fit_a_small_screen(qtbot: Any, closable: Any) -> None:
    vault = closable
    dialog = close_dialog(qtbot, vault)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    chain = _focus_chain(dialog)
    for name in (
        "outstandingListWidget",
        "reasonPlainTextEdit",
        "retentionReviewLineEdit",
        "closeCaseButton",
    ):
        assert name in chain, chain
    # Tab never stays inside the list or the reason box.
    assert chain.count("reasonPlainTextEdit") == 1
    size = dialog.frameGeometry()
    assert size.width() <= 1366 and size.height() <= 768 - 40
    vault.close_case(REF, reason="Done.", acknowledged=vault.closing_outstanding(REF))
    reopen = ReopenCaseDialog(None, vault, REF)
    qtbot.addWidget(reopen, before_close_func=lambda d: d.close_without_asking())
    reopen.show()
    assert reopen.frameGeometry().height() <= 768 - 40
    assert "Closed on 07/12/2026 by " in reopen.findChild(QWidget, "closedWordsLabel").text()


@pytest.fixture
def window(qtbot: Any, closable: Any, tmp_path: Path, clock: Any) -> MainWindow:
    closable.close_case(
        REF, reason="Exit strategy completed.", acknowledged=closable.closing_outstanding(REF)
    )
    w = MainWindow(closable, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None, timeout=10_000)
    return w


def test_reopen_from_the_case_menu_then_correct(qtbot: Any, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    assert window.select_case(REF)
    actions = window.case_status
    assert actions.reopen_action in window.ui.caseMenu.actions()
    assert actions.close_action in window.ui.caseMenu.actions()
    assert actions.reopen_action.isEnabled() and not actions.close_action.isEnabled()
    assert actions.reopen_button.isVisible()
    # The log says how to correct: reopen from the Case menu, which is there.
    log = window.log_view
    entry = vault.entries(REF)[0]
    assert log.select_entry(entry.id)
    assert not log.correct_action.isEnabled()
    assert "Reopen case…" in log.correct_action.toolTip()

    qtbot.mouseClick(actions.reopen_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ReopenCaseDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Say why the case is being reopened" in dialog.problem_label.text()
    qtbot.keyClicks(dialog.reason_edit, "Suspect re-arrested; support needed again.")
    with qtbot.waitSignal(actions.reopened):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert vault.get_case(REF).status == "open"
    assert vault.entries(REF)[-1].type == "case_reopened"
    assert not actions.reopen_button.isVisible()
    assert actions.close_action.isEnabled() and not actions.reopen_action.isEnabled()
    assert window.status_label.text().startswith(f"Case {REF} reopened ")

    qtbot.waitUntil(lambda: log.select_entry(entry.id) and log.correct_action.isEnabled())
    correction = log.open_correction(entry.id)
    assert correction is not None
    # The form belongs to the window, whose close sequence closes it at teardown.
    assert correction.isVisible()
    assert correction.original is not None and correction.original.id == entry.id
    # The closing and the reopening themselves are not corrected: the form says so.
    spin = correction.ui.correctedEntrySpinBox
    spin.setValue(vault.entry_count(REF))
    assert correction.original is None and correction.form is None
    assert "is not corrected" in correction.ui.correctedEntrySummaryLabel.text()
    assert not correction.ui.saveButton.isEnabled()
    spin.setValue(1)
    assert correction.original is not None and correction.original.id == entry.id
    # Nor can they be picked from the log.
    assert log.select_entry(vault.entries(REF)[-1].id)
    assert not log.correct_action.isEnabled()
    assert "not corrected" in log.correct_action.toolTip()


def test_close_from_the_case_menu(qtbot: Any, closable: Any, tmp_path: Path, clock: Any) -> None:
    w = MainWindow(closable, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None, timeout=10_000)
    assert w.select_case(REF)
    actions = w.case_status
    assert actions.close_action.isEnabled() and not actions.reopen_action.isEnabled()
    actions.close_action.trigger()
    dialog = w.findChild(CloseCaseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.acknowledge_box.setChecked(True)
    qtbot.keyClicks(dialog.reason_edit, "Exit strategy completed.")
    with qtbot.waitSignal(actions.closed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closable.get_case(REF).status == "closed"
    assert actions.reopen_action.isEnabled() and actions.reopen_button.isVisible()
