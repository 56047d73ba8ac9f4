"""Inline messages from the core beside each field, Save only when valid, and what each form
works out for the officer (running total, outcomes by stage, late updates, the child rule)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from msvlo_desktop.gui.entry_forms import open_entry_form
from msvlo_desktop.gui.entry_forms.base import to_qdatetime

REF = "KESTREL-0042"


def close_quietly(dialog) -> None:
    """Tests end with forms still holding input: close them without the discard question."""
    dialog.close_without_asking()


VICTIM = {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 24}


def add_case(vault, **victim) -> None:
    vault.add_case({"reference": REF, "opened_on": "2026-11-02", "victim": {**VICTIM, **victim}})


def shown(dialog, label) -> str:
    """The inline message, or "" when its label is hidden."""
    return label.text() if label.isVisibleTo(dialog) else ""


def provision(vault, value: str, **extra) -> object:
    return vault.add_entry(
        REF,
        {
            "type": "provision",
            "occurred_at": "2026-11-18T10:00:00+00:00",
            "category": "food",
            "description": "Meal",
            "quantity": 1,
            "value_gbp": value,
            "need": "Hungry",
            "justification": "Basic need",
            "authorised_by": "PS 22 Jones",
            **extra,
        },
    )


def test_future_occurred_at_is_refused_inline(qtbot, vault, clock) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "note")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    qtbot.keyClicks(ui.summaryPlainTextEdit, "Checked in by phone.")
    assert ui.saveButton.isEnabled()
    assert shown(dialog, ui.occurredAtErrorLabel) == ""

    ui.occurredAtDateTimeEdit.setDateTime(to_qdatetime(clock.now + timedelta(hours=2)))
    assert shown(dialog, ui.occurredAtErrorLabel) == "Occurred at cannot be in the future."
    assert not ui.saveButton.isEnabled()
    assert ui.occurredAtDateTimeEdit.property("invalid") is True

    # Earlier is fine: the record is being written after the event.
    ui.occurredAtDateTimeEdit.setDateTime(to_qdatetime(clock.now - timedelta(days=3)))
    assert shown(dialog, ui.occurredAtErrorLabel) == ""
    assert ui.saveButton.isEnabled()
    # The calendar offers no day after today.
    assert ui.occurredAtDateTimeEdit.maximumDate().toString("dd/MM/yyyy") == "20/11/2026"


def fill_provision(qtbot, ui, *, quantity: str = "1", value: str = "12.50") -> None:
    ui.categoryComboBox.setCurrentIndex(0)
    qtbot.keyClicks(ui.descriptionLineEdit, "Winter coat")
    qtbot.keyClicks(ui.quantityLineEdit, quantity)
    qtbot.keyClicks(ui.valueGbpLineEdit, value)
    qtbot.keyClicks(ui.needPlainTextEdit, "No coat in November")
    qtbot.keyClicks(ui.justificationPlainTextEdit, "Proportionate and necessary")
    qtbot.keyClicks(ui.authorisedByLineEdit, "PS 22 Jones")


@pytest.mark.parametrize(
    ("quantity", "value", "field", "message"),
    [
        ("-2", "12.50", "quantity", "Quantity must be at least 1."),
        ("two", "12.50", "quantity", "Quantity must be a whole number such as 1 or 3."),
        ("1", "12.345", "valueGbp", "Value (£) can have at most two decimal places (pence)."),
        ("1", "-5", "valueGbp", "Value (£) cannot be negative."),
    ],
)
def test_provision_amounts_are_checked_inline(
    qtbot, vault, quantity: str, value: str, field: str, message: str
) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "provision")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    fill_provision(qtbot, ui, quantity=quantity, value=value)
    assert shown(dialog, getattr(ui, f"{field}ErrorLabel")) == message
    assert not ui.saveButton.isEnabled()
    # Every other field is fine: nothing else is flagged.
    others = [n for n in ("category", "description", "need", "justification", "authorisedBy")]
    assert all(shown(dialog, getattr(ui, f"{n}ErrorLabel")) == "" for n in others)

    edit = ui.quantityLineEdit if field == "quantity" else ui.valueGbpLineEdit
    edit.clear()
    qtbot.keyClicks(edit, "3" if field == "quantity" else "12.30")
    assert shown(dialog, getattr(ui, f"{field}ErrorLabel")) == ""
    assert ui.saveButton.isEnabled()


def test_untouched_required_fields_are_listed_not_flagged(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "provision")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    assert shown(dialog, ui.descriptionErrorLabel) == ""
    assert ui.saveStatusLabel.text() == (
        "To save, complete: Category, Description, Quantity, Value (£), Need it answers, "
        "Justification, Authorised by."
    )
    qtbot.keyClicks(ui.descriptionLineEdit, "x")
    ui.descriptionLineEdit.clear()
    # Touched and emptied again: now the message sits beside the field.
    assert shown(dialog, ui.descriptionErrorLabel) == "Description is required."
    assert "Description" not in ui.saveStatusLabel.text()


def test_provision_shows_the_running_total_of_the_log_as_corrected(qtbot, vault) -> None:
    add_case(vault)
    provision(vault, "12.40")
    coat = provision(vault, "170.00")
    vault.add_entry(
        REF,
        {
            "type": "correction",
            "occurred_at": "2026-11-19T10:00:00+00:00",
            "corrects": coat.id,
            "reason": "Receipt shows 160.00",
            "replacement": {
                k: val
                for k, val in coat.to_json().items()
                if k not in ("id", "recorded_at", "author")
            }
            | {"value_gbp": "160.00"},
        },
    )
    dialog = open_entry_form(None, vault, REF, "provision")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    assert ui.runningTotalLabel.text() == "Provided so far: £172.40"
    qtbot.keyClicks(ui.valueGbpLineEdit, "22.5")
    assert ui.runningTotalLabel.text() == "Provided so far: £172.40 — with this: £194.90"
    qtbot.keyClicks(ui.valueGbpLineEdit, "55")  # 22.555: not an amount, so no total with it
    assert ui.runningTotalLabel.text() == "Provided so far: £172.40"


def test_spoc_phone_number_is_checked_by_the_core(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "spoc_change")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    qtbot.keyClicks(ui.contactNameLineEdit, "DC 4321 J. Patel")
    assert ui.saveButton.isEnabled()
    qtbot.keyClicks(ui.contactPhoneLineEdit, "12345")
    assert shown(dialog, ui.contactPhoneErrorLabel).startswith(
        "Phone: '12345' is not a valid phone number"
    )
    assert shown(dialog, ui.contactNameErrorLabel) == ""
    assert not ui.saveButton.isEnabled()
    ui.contactPhoneLineEdit.clear()
    qtbot.keyClicks(ui.contactPhoneLineEdit, "01632 960001")
    qtbot.keyClicks(ui.contactEmailLineEdit, "not an email")
    assert shown(dialog, ui.contactPhoneErrorLabel) == ""
    email_message = "Email must look like name@example.police.uk."
    assert shown(dialog, ui.contactEmailErrorLabel) == email_message
    ui.contactEmailLineEdit.clear()
    ui.victimInformedCheckBox.setChecked(True)
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].data == {
        "contact": {"role": "spoc", "name": "DC 4321 J. Patel", "phone": "+441632960001"},
        "victim_informed": True,
    }


def test_child_victim_duty_to_notify_refused_inline(qtbot, vault) -> None:
    add_case(vault, claimed_age=16)
    dialog = open_entry_form(None, vault, REF, "referral")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    assert "treated as a child" in ui.childHintLabel.text()
    ui.serviceComboBox.setCurrentIndex(ui.serviceComboBox.findData("duty_to_notify"))
    assert shown(dialog, ui.serviceErrorLabel).startswith(
        "A child (under 18 or age disputed) is never given a Duty to Notify referral"
    )
    assert not ui.saveButton.isEnabled()
    ui.serviceComboBox.setCurrentIndex(ui.serviceComboBox.findData("nrm"))
    assert shown(dialog, ui.serviceErrorLabel) == ""
    assert ui.saveButton.isEnabled()


def test_nrm_outcomes_follow_the_stage(qtbot, vault) -> None:
    add_case(vault)
    prefill = {"stage": "conclusive_grounds"}
    dialog = open_entry_form(None, vault, REF, "nrm_decision", prefill=prefill)
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    combo = dialog.ui.outcomeComboBox
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "trafficking",
        "slavery_servitude_forced_labour",
        "not_recognised",
    ]
    combo.setCurrentIndex(0)
    # No RG decision is logged: a CG decision is saved with the officer's reason for that.
    dialog.reason_box.edit.setText("The case reached us after the RG decision.")
    assert dialog.ui.saveButton.isEnabled()
    stage = dialog.ui.stageComboBox
    stage.setCurrentIndex(stage.findData("reasonable_grounds"))
    assert [combo.itemData(i) for i in range(combo.count())] == ["positive", "negative"]
    assert combo.currentIndex() == -1  # "trafficking" is no RG outcome
    assert not dialog.ui.saveButton.isEnabled()


def test_agreed_exit_strategy_names_the_lead_investigator(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "exit_strategy")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    ui.statusComboBox.setCurrentIndex(ui.statusComboBox.findData("agreed"))
    assert (
        shown(dialog, ui.agreedWithErrorLabel)
        == "Name the lead investigator the exit strategy was agreed with."
    )
    assert not ui.saveButton.isEnabled()
    qtbot.keyClicks(ui.agreedWithLineEdit, "DI 77 Shah")
    qtbot.keyClicks(ui.reviewOnLineEdit, "31/02/2027")
    assert shown(dialog, ui.reviewOnErrorLabel) == "Review on: '31/02/2027' is not a real date."
    ui.reviewOnLineEdit.clear()
    qtbot.keyClicks(ui.reviewOnLineEdit, "01/03/2027")
    assert ui.saveButton.isEnabled()


def test_victim_update_prefilled_with_its_event_and_late(qtbot, vault, clock) -> None:
    add_case(vault)
    event = vault.add_entry(
        REF,
        {
            "type": "investigation_event",
            "occurred_at": "2026-11-16T09:00:00+00:00",
            "event": "arrest",
        },
    )
    dialog = open_entry_form(None, vault, REF, "victim_update", prefill={"satisfies": [event.id]})
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    item = ui.satisfiesListWidget.item(0)
    assert item.text().startswith(
        "#1 Suspect arrested — 16/11/2026 09:00 · due by 17/11/2026 23:59"
    )
    assert item.checkState() == Qt.CheckState.Checked
    # Enhanced rights: one working day, so an update on 20/11 is late.
    assert ui.lateHintLabel.text() == (
        "This update is late (#1 was due by 17/11/2026 23:59): record the reason it is late."
    )
    assert "(needed)" in ui.lateReasonLabel.text()
    ui.occurredAtDateTimeEdit.setDateTime(to_qdatetime(clock.now - timedelta(days=4)))
    assert "late (" not in ui.lateHintLabel.text()
    qtbot.keyClicks(ui.summaryPlainTextEdit, "Told of the arrest.")
    with qtbot.waitSignal(dialog.saved) as blocker:
        ui.saveButton.click()
    assert blocker.args[0].data["satisfies"] == [event.id]
    assert blocker.args[0].data["method"] == "phone"  # the victim's agreed method


def test_cancel_with_unsaved_text_asks_first(qtbot, vault) -> None:
    from msvlo_desktop.gui.messages import ScriptedAnswers, install_script

    add_case(vault)
    script = ScriptedAnswers()
    install_script(script)
    try:
        dialog = open_entry_form(None, vault, REF, "note")
        qtbot.addWidget(dialog, before_close_func=close_quietly)
        qtbot.keyClicks(dialog.ui.summaryPlainTextEdit, "Half a thought")
        script.push(False)
        dialog.ui.cancelButton.click()
        assert dialog.isVisible()
        assert script.asked[-1].title == "Discard this entry?"
        script.push(True)
        dialog.ui.cancelButton.click()
        assert dialog.isHidden()
    finally:
        install_script(None)


def test_a_closed_case_keeps_the_form_open_with_a_message(qtbot, vault) -> None:
    from msvlo_desktop.gui.messages import ScriptedAnswers, install_script

    add_case(vault)
    vault.add_entry(
        REF,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-11-18T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DI 77 Shah",
        },
    )
    dialog = open_entry_form(None, vault, REF, "note")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    qtbot.keyClicks(dialog.ui.summaryPlainTextEdit, "Written while someone closed the case")
    vault.close_case(
        REF, reason="Exit strategy completed.", acknowledged=vault.closing_outstanding(REF)
    )
    script = ScriptedAnswers()
    install_script(script)
    try:
        dialog.ui.saveButton.click()
    finally:
        install_script(None)
    assert script.asked[0].kind == "error"
    assert "closed" in script.asked[0].text
    assert dialog.isVisible()
    assert dialog.ui.summaryPlainTextEdit.toPlainText() == "Written while someone closed the case"


def test_a_form_on_a_closed_case_says_so_before_anything_is_typed(qtbot, vault) -> None:
    add_case(vault)
    vault.add_entry(
        REF,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-11-18T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DI 77 Shah",
        },
    )
    vault.close_case(
        REF, reason="Exit strategy completed.", acknowledged=vault.closing_outstanding(REF)
    )
    dialog = open_entry_form(None, vault, REF, "note")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    qtbot.keyClicks(dialog.ui.summaryPlainTextEdit, "Anything")
    assert not dialog.ui.saveButton.isEnabled()
    assert dialog.ui.saveStatusLabel.text() == "This case is closed: reopen it to add to its log."
