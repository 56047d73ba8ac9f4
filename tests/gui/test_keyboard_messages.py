"""Messages that went stale or said the wrong thing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar
from test_shell_support import CANARY_REF, add_case, raw_case

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_dialog import NEW, CaseDialog
from msvlo_desktop.gui.log_view import LogView
from msvlo_desktop.gui.passphrase_fields import PASSWORD, NewPassphrase


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def test_the_empty_log_placeholder_goes_when_an_entry_arrives(qtbot: Any, vault: Any) -> None:
    vault.add_case(raw_case(CANARY_REF))
    view = LogView()
    qtbot.addWidget(view)
    view.set_vault(vault)
    view.show_case(CANARY_REF)
    assert view.ui.detailsTextBrowser.toPlainText() == "No entries in this log yet."
    vault.add_entry(
        CANARY_REF,
        {"type": "note", "occurred_at": "2026-11-17T09:00:00+00:00", "summary": "First"},
    )
    view.refresh()
    assert view.model.total == 1
    assert "No entries" not in view.ui.detailsTextBrowser.toPlainText()


def test_a_duplicate_reference_is_said_before_ready_to_open(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    add_case(vault)
    dialog = CaseDialog(vault, mode=NEW, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.referenceLineEdit.setText(CANARY_REF)
    ui.victimNameLineEdit.setText("Another Person")
    ui.pseudonymLineEdit.setText("Victim Z")
    assert "Ready to open" not in ui.problemsLabel.text()
    assert not ui.saveButton.isEnabled()
    shown = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and "already exists" in label.text()
    ]
    assert shown and CANARY_REF in shown[0]
    ui.referenceLineEdit.setText(CANARY_REF + "-B")
    assert "Ready to open" in ui.problemsLabel.text()


def _pair(qtbot: Any, noun: str) -> tuple[NewPassphrase, QLineEdit, QLineEdit, QLabel, QLabel]:
    first, repeat, label, problems = QLineEdit(), QLineEdit(), QLabel(), QLabel()
    bar = QProgressBar()
    for w in (first, repeat, label, problems, bar):
        qtbot.addWidget(w)
    fields = NewPassphrase(first, repeat, bar, label, problems, noun=noun)
    return fields, first, repeat, label, problems


def test_a_report_password_is_called_a_password(qtbot: Any) -> None:
    fields, first, repeat, label, problems = _pair(qtbot, PASSWORD)
    first.setText("short")
    assert "passphrase" not in (label.text() + problems.text()).lower()
    assert "password" in problems.text()
    first.setText("lantern orchard velvet tides")
    repeat.setText("lantern orchard velvet tide")
    assert "The two passwords are different." in problems.text()
    repeat.setText("lantern orchard velvet tides")
    assert problems.text() == ""
    assert fields.valid
