"""Forms keep still while messages come and go, dialogs fit a small laptop's screen, and a
lone Today line keeps its height (issue 14, points 11, 12 and 13)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QWidget
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
