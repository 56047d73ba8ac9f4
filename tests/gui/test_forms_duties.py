"""The duty forms: what each says beside its fields, and what it stores (age assessment,
right to review, complaint, risk review, the interpreter on an update, bail on an event)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from msvlo_desktop.core.entries import DUTY_TYPES
from msvlo_desktop.gui.duty_menu import DUTY_ACTIONS
from msvlo_desktop.gui.entry_forms import ENTRY_DIALOGS, open_entry_form
from msvlo_desktop.gui.entry_forms.base import to_qdatetime

REF = "KESTREL-0042"
VICTIM = {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 16, "age_disputed": True}


def close_quietly(dialog) -> None:
    dialog.close_without_asking()


def add_case(vault) -> None:
    vault.add_case({"reference": REF, "opened_on": "2026-11-02", "victim": VICTIM})


def pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_every_duty_type_has_a_form_and_a_menu_item() -> None:
    assert set(DUTY_TYPES) <= set(ENTRY_DIALOGS)
    assert list(DUTY_ACTIONS) == list(DUTY_TYPES)


def test_an_age_assessment_is_recorded_and_says_what_ends_the_child_workflow(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "age_assessment")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    assert ui.hintLabel.text().startswith("In the child workflow now (from the victim's details).")
    ui.requestedByLineEdit.setText("PC 1234 A. Smith")
    ui.requestedOnLineEdit.setText("03/11/2026")
    pick(ui.ageOutcomeComboBox, "adult")
    ui.assessorLineEdit.setText("Social worker J. Khan")
    assert "appropriate adult or advocate" in ui.adultPresentErrorLabel.text()
    assert not ui.saveButton.isEnabled()
    ui.adultPresentLineEdit.setText("Ms R. Patel (advocate)")
    ui.assessedAgeLineEdit.setText("19")
    assert ui.saveButton.isEnabled(), ui.saveStatusLabel.text()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    (entry,) = vault.entries(REF)
    assert dict(entry.data) == {
        "requested_by": "PC 1234 A. Smith",
        "requested_on": "2026-11-03",
        "assessor": "Social worker J. Khan",
        "adult_present": "Ms R. Patel (advocate)",
        "age_outcome": "adult",
        "assessed_age": 19,
    }


def test_the_right_to_review_form_shows_the_scheme_and_window(qtbot, vault, clock) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "right_to_review")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    ui.occurredAtDateTimeEdit.setDateTime(to_qdatetime(datetime(2026, 11, 16, 10, tzinfo=UTC)))
    pick(ui.reviewStageComboBox, "informed")
    pick(ui.decisionComboBox, "cps_discontinuance")
    assert ui.hintLabel.text() == (
        "CPS scheme: the victim may ask for a review until 16/02/2027 (3 calendar months "
        "from being told on 16/11/2026)."
    )
    pick(ui.decisionComboBox, "charge_altered")
    assert ui.hintLabel.text() == "Altering a charge is not reviewable: tell the victim so."


def test_a_complaint_shows_the_handler_s_clock_as_information(qtbot, vault) -> None:
    add_case(vault)
    received = vault.add_entry(
        REF,
        {
            "type": "complaint",
            "occurred_at": "2026-11-12T10:00:00+00:00",
            "complaint_stage": "received",
            "summary": "Not told of the arrest",
        },
    )
    dialog = open_entry_form(None, vault, REF, "complaint")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    pick(ui.complaintStageComboBox, "passed_to_handler")
    pick(ui.complaintOfComboBox, received.id)
    # Thursday 12 November 2026 + 10 working days: 13, 16-20, 23-26 November.
    assert ui.hintLabel.text() == (
        "For information: the complaints handler should acknowledge or answer by 26/11/2026 "
        "(10 working days from 12/11/2026). That is their timescale, not yours."
    )
    ui.summaryPlainTextEdit.setPlainText("Sent to PSD")
    assert "complaints handler" in ui.handlerErrorLabel.text()
    ui.handlerLineEdit.setText("Professional Standards Department")
    assert ui.saveButton.isEnabled(), ui.saveStatusLabel.text()


def test_the_update_form_records_an_independent_interpreter(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "victim_update")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    pick(ui.methodComboBox, "phone")
    ui.summaryPlainTextEdit.setPlainText("Regular update")
    ui.interpreterNameLineEdit.setText("Language Line 4411")
    ui.interpreterLanguageLineEdit.setText("vi")
    pick(ui.interpreterIndependentComboBox, True)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    (entry,) = vault.entries(REF)
    assert entry.data["interpreter"] == {
        "name": "Language Line 4411",
        "language": "vi",
        "independent": True,
    }


def test_the_event_form_takes_the_bail_date_and_conditions(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "investigation_event")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    pick(ui.eventComboBox, "arrest")
    ui.bailReturnOnLineEdit.setText("21/12/2026")
    assert "Only a release on bail" in ui.bailReturnOnErrorLabel.text()
    pick(ui.eventComboBox, "released_on_bail")
    ui.bailConditionsPlainTextEdit.setPlainText("Not to contact the victim")
    assert ui.saveButton.isEnabled(), ui.saveStatusLabel.text()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    (entry,) = vault.entries(REF)
    assert entry.data["bail_return_on"] == "2026-12-21"
    assert entry.data["bail_conditions"] == "Not to contact the victim"


def test_a_child_s_nrm_referral_warns_when_out_of_order(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "referral")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    pick(ui.serviceComboBox, "nrm")
    assert "Warning: no children's services referral is logged before this one" in (
        ui.childHintLabel.text()
    )
    assert "social worker" in ui.childHintLabel.text()
    ui.socialWorkerLineEdit.setText("J. Khan, children's services, 0113 496 0000")
    assert "social worker" not in ui.childHintLabel.text()


def test_after_an_adult_assessment_the_referral_form_treats_the_victim_as_an_adult(
    qtbot, vault
) -> None:
    add_case(vault)
    vault.add_entry(
        REF,
        {
            "type": "age_assessment",
            "occurred_at": "2026-11-10T10:00:00+00:00",
            "requested_by": "PC 1234",
            "requested_on": "2026-11-03",
            "assessor": "Children's services",
            "adult_present": "Ms R. Patel",
            "age_outcome": "adult",
        },
    )
    dialog = open_entry_form(None, vault, REF, "referral")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    assert dialog.ui.childHintLabel.text().startswith("An adult's NRM referral")
