"""Logging an interaction and a provision with the keyboard alone: focus starts in the first
field, Tab walks the fields in reading order to Save, Return saves."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from msvlo_desktop.gui.entry_forms import EntryDialog, open_entry_form

REF = "KESTREL-0042"


def close_quietly(dialog) -> None:
    """Tests end with forms still holding input: close them without the discard question."""
    dialog.close_without_asking()


CASE = {
    "reference": REF,
    "opened_on": "2026-11-02",
    "victim": {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 24},
}


def tab_to(qtbot, dialog: EntryDialog, target: QWidget, visited: list[QWidget]) -> None:
    """Press Tab until ``target`` has focus, noting each control reached on the way."""
    for _ in range(40):
        here = dialog.focusWidget()
        if not visited or visited[-1] is not here:
            visited.append(here)
        if here is target:
            return
        qtbot.keyClick(here, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def type_in(qtbot, dialog: EntryDialog, text: str) -> None:
    qtbot.keyClicks(dialog.focusWidget(), text)


def test_interaction_logged_with_the_keyboard_only(qtbot, vault) -> None:
    vault.add_case(CASE)
    dialog = open_entry_form(None, vault, REF, "interaction")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    assert dialog.focusWidget() is ui.occurredAtDateTimeEdit
    assert not ui.saveButton.isEnabled()

    visited: list[QWidget] = []
    tab_to(qtbot, dialog, ui.modeComboBox, visited)
    type_in(qtbot, dialog, "Ph")
    tab_to(qtbot, dialog, ui.summaryPlainTextEdit, visited)
    type_in(qtbot, dialog, "Met at the station; agreed weekly calls.")
    tab_to(qtbot, dialog, ui.locationLineEdit, visited)
    type_in(qtbot, dialog, "Leeds station")
    tab_to(qtbot, dialog, ui.interpreterNameLineEdit, visited)
    type_in(qtbot, dialog, "Mai Tran")
    tab_to(qtbot, dialog, ui.interpreterLanguageLineEdit, visited)
    type_in(qtbot, dialog, "vi")
    tab_to(qtbot, dialog, ui.nextContactOnLineEdit, visited)
    type_in(qtbot, dialog, "27/11/2026")
    tab_to(qtbot, dialog, ui.actionsListWidget, visited)
    qtbot.keyClick(ui.actionsListWidget, Qt.Key.Key_Space)  # the first action
    qtbot.keyClick(ui.actionsListWidget, Qt.Key.Key_Down)
    qtbot.keyClick(ui.actionsListWidget, Qt.Key.Key_Space)  # the second
    tab_to(qtbot, dialog, ui.saveButton, visited)

    assert visited == [
        ui.occurredAtDateTimeEdit,
        ui.authorLineEdit,
        ui.modeComboBox,
        ui.summaryPlainTextEdit,
        ui.locationLineEdit,
        ui.interpreterNameLineEdit,
        ui.interpreterLanguageLineEdit,
        ui.nextContactOnLineEdit,
        ui.actionsListWidget,
        ui.sensitiveCheckBox,
        ui.saveButton,
    ]
    assert ui.saveButton.isEnabled(), ui.saveStatusLabel.text()
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.keyClick(ui.saveButton, Qt.Key.Key_Return)

    stored = vault.entries(REF)
    assert len(stored) == 1
    entry = stored[0]
    assert blocker.args[0].id == entry.id
    assert entry.type == "interaction"
    assert entry.author == "PC 1234 A. Smith, Example"
    assert entry.occurred_at == vault.clock()
    assert not entry.sensitive
    assert dict(entry.data) == {
        "mode": "phone",
        "summary": "Met at the station; agreed weekly calls.",
        "location": "Leeds station",
        "interpreter": {"name": "Mai Tran", "language": "vi"},
        "next_contact_on": "2026-11-27",
        "actions": ["basic_needs_assessment", "risk_assessment"],
    }
    assert dialog.isHidden()


def test_provision_logged_with_the_keyboard_only(qtbot, vault) -> None:
    vault.add_case(CASE)
    dialog = open_entry_form(None, vault, REF, "provision")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    assert dialog.focusWidget() is ui.occurredAtDateTimeEdit

    visited: list[QWidget] = []
    steps = [
        (ui.categoryComboBox, "Fo"),
        (ui.descriptionLineEdit, "Sandwich and water"),
        (ui.quantityLineEdit, "2"),
        (ui.valueGbpLineEdit, "4.50"),
        (ui.needPlainTextEdit, "Had not eaten since the morning"),
        (ui.justificationPlainTextEdit, "Basic need; the cheapest suitable option"),
        (ui.authorisedByLineEdit, "PS 22 Jones"),
        (ui.supplierLineEdit, "Station kiosk"),
        (ui.receiptRefLineEdit, "R-1193"),
    ]
    for widget, text in steps:
        tab_to(qtbot, dialog, widget, visited)
        type_in(qtbot, dialog, text)
    tab_to(qtbot, dialog, ui.explainedUnconditionalCheckBox, visited)
    qtbot.keyClick(ui.explainedUnconditionalCheckBox, Qt.Key.Key_Space)
    tab_to(qtbot, dialog, ui.sensitiveCheckBox, visited)
    tab_to(qtbot, dialog, ui.saveButton, visited)

    assert visited == [
        ui.occurredAtDateTimeEdit,
        ui.authorLineEdit,
        *(w for w, _ in steps),
        ui.explainedUnconditionalCheckBox,
        ui.sensitiveCheckBox,
        ui.saveButton,
    ]
    assert ui.runningTotalLabel.text() == "Provided so far: £0.00 — with this: £4.50"
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(ui.saveButton, Qt.Key.Key_Return)

    (entry,) = vault.entries(REF)
    assert entry.type == "provision"
    assert entry.value_gbp == Decimal("4.50")
    assert dict(entry.data) == {
        "category": "food",
        "description": "Sandwich and water",
        "quantity": 2,
        "value_gbp": "4.50",
        "need": "Had not eaten since the morning",
        "justification": "Basic need; the cheapest suitable option",
        "authorised_by": "PS 22 Jones",
        "supplier": "Station kiosk",
        "receipt_ref": "R-1193",
        "explained_unconditional": True,
    }


def test_return_does_not_save_an_invalid_form(qtbot, vault) -> None:
    vault.add_case(CASE)
    dialog = open_entry_form(None, vault, REF, "note")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    qtbot.keyClick(dialog.ui.authorLineEdit, Qt.Key.Key_Return)
    assert vault.entries(REF) == []
    assert dialog.isVisible()
    assert dialog.ui.saveStatusLabel.text() == "To save, complete: Note."
