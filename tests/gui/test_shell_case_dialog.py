"""Opening a case and editing the victim record through the case dialog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from test_shell_support import add_case

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_dialog import EDIT, NEW, CaseDialog


@pytest.fixture(autouse=True)  # first in, last out: dialogs closing at teardown may ask
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def make(qtbot: Any, vault: Any, clock: Any, **kw: Any) -> CaseDialog:
    dialog = CaseDialog(vault, clock=clock, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_new_case_through_the_dialog(qtbot: Any, vault: Any, clock: Any, script: Any) -> None:
    d = make(qtbot, vault, clock, mode=NEW)
    ui = d.ui
    assert not ui.saveButton.isEnabled()
    assert "3 things still need attention" in ui.problemsLabel.text()
    # Nothing typed yet: no red messages under untouched fields.
    assert not d.inline.labels[id(ui.referenceLineEdit)].isVisible()
    qtbot.keyClicks(ui.referenceLineEdit, "bad ref!")
    label = d.inline.labels[id(ui.referenceLineEdit)]
    assert label.isVisible() and "letters, digits" in label.text()
    assert "Case (1 to fix)" in ui.caseTabWidget.tabText(0)
    ui.referenceLineEdit.clear()
    qtbot.keyClicks(ui.referenceLineEdit, "HERON-0007")
    assert not label.isVisible()
    ui.openedOnDateEdit.setDate(QDate(2026, 11, 10))
    ui.labourCheckBox.setChecked(True)
    ui.victimNameLineEdit.setText("Nguyễn Thị Hương")  # QTest types ASCII only
    qtbot.keyClicks(ui.pseudonymLineEdit, "Blue Heron")
    ui.claimedAgeRadioButton.setChecked(True)
    ui.claimedAgeSpinBox.setValue(16)
    assert "A child: 16 today" in ui.childStatusLabel.text()
    # A child always has enhanced rights: the switch is shown on, and cannot be turned off.
    assert ui.enhancedEligibleCheckBox.isChecked()
    assert not ui.enhancedEligibleCheckBox.isEnabled()
    assert "cannot be switched off" in ui.childRightsLabel.text()
    ui.languagesLineEdit.setText("vi, en")
    ui.safeContactMethodComboBox.setCurrentIndex(ui.safeContactMethodComboBox.findData("phone"))
    phone_label = d.inline.labels[id(ui.safeContactPhoneLineEdit)]
    assert "needs the number" in phone_label.text()
    assert not ui.saveButton.isEnabled()
    qtbot.keyClicks(ui.safeContactPhoneLineEdit, "07700 900123")
    ui.placementAddressPlainTextEdit.setPlainText("Flat 2, 1 Example Road")
    assert ui.saveButton.isEnabled()
    assert ui.problemsLabel.text() == "Ready to open."
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    case = saved.args[0]
    stored = vault.get_case("HERON-0007")
    assert stored == case.with_changes(status="open") or stored.reference == case.reference
    v = stored.victim
    assert (v.name, v.pseudonym, v.claimed_age) == ("Nguyễn Thị Hương", "Blue Heron", 16)
    assert v.languages == ("vi", "en")
    assert v.safe_contact is not None and v.safe_contact.phone == "+447700900123"
    assert v.placement_address == "Flat 2, 1 Example Road"
    assert "under_18" in v.enhanced_rights.categories
    assert stored.exploitation_types == ("labour",)
    assert not d.isVisible()


def test_switching_rights_off_for_an_adult_needs_a_reason(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    d = make(qtbot, vault, clock)
    ui = d.ui
    ui.referenceLineEdit.setText("MERLIN-1")
    ui.victimNameLineEdit.setText("Ștefan Popescu")
    ui.pseudonymLineEdit.setText("Grey Owl")
    ui.claimedAgeRadioButton.setChecked(True)
    ui.claimedAgeSpinBox.setValue(30)
    assert ui.enhancedEligibleCheckBox.isEnabled()
    ui.enhancedEligibleCheckBox.setChecked(False)
    assert ui.notEligibleReasonPlainTextEdit.isEnabled()
    reason = d.inline.labels[id(ui.notEligibleReasonPlainTextEdit)]
    assert "needs a recorded reason" in reason.text()
    assert not ui.saveButton.isEnabled()
    ui.notEligibleReasonPlainTextEdit.setPlainText("Assessed as not vulnerable; not trafficking")
    assert ui.saveButton.isEnabled()


def test_editing_needs_a_reason_and_keeps_the_old_version(
    qtbot: Any, vault: Any, clock: Any, script: Any
) -> None:
    add_case(vault)
    d = make(qtbot, vault, clock, mode=EDIT, case_ref="KESTREL-0042")
    ui = d.ui
    assert ui.referenceLineEdit.isReadOnly()
    assert ui.victimNameLineEdit.text() == "Zyxwv Canarynameq"
    assert ui.safeContactPhoneLineEdit.text() == "+447700900123"
    ui.pseudonymLineEdit.setText("Green Heron")
    assert not ui.saveButton.isEnabled()
    assert "Say why the record is being changed." in d.inline.labels[id(ui.reasonLineEdit)].text()
    qtbot.keyClicks(ui.reasonLineEdit, "Victim chose a new pseudonym")
    assert ui.saveButton.isEnabled()
    with qtbot.waitSignal(d.saved):
        ui.saveButton.click()
    assert vault.get_case("KESTREL-0042").victim.pseudonym == "Green Heron"
    revisions = vault.case_revisions("KESTREL-0042")
    assert revisions[-1][2] == "Victim chose a new pseudonym"
    assert revisions[0][3].victim.pseudonym != "Green Heron"


def test_contacts_are_added_and_ended_not_deleted(
    qtbot: Any, vault: Any, clock: Any, script: Any
) -> None:
    add_case(vault)
    d = make(qtbot, vault, clock, mode=EDIT, case_ref="KESTREL-0042")
    ui = d.ui
    ui.contactRoleComboBox.setCurrentIndex(ui.contactRoleComboBox.findData("spoc"))
    ui.contactEmailLineEdit.setText("not an email")
    ui.addContactButton.click()
    assert "Name is required." in ui.contactProblemLabel.text()
    assert ui.contactsTableWidget.rowCount() == 0
    ui.contactNameLineEdit.setText("DC Priya Shah")
    ui.contactEmailLineEdit.setText("priya.shah@example.police.uk")
    ui.contactFromDateEdit.setDate(QDate(2026, 11, 3))
    ui.addContactButton.click()
    assert ui.contactsTableWidget.rowCount() == 1
    assert ui.contactsTableWidget.item(0, 1).text() == "DC Priya Shah"
    ui.reasonLineEdit.setText("SPOC named")
    with qtbot.waitSignal(d.saved):
        ui.saveButton.click()
    again = make(qtbot, vault, clock, mode=EDIT, case_ref="KESTREL-0042")
    again.ui.contactsTableWidget.selectRow(0)
    assert not again.ui.removeContactButton.isEnabled()  # saved contacts are ended, not removed
    again.ui.endContactButton.click()
    assert again.ui.contactsTableWidget.item(0, 6).text() == "20/11/2026"
    again.ui.reasonLineEdit.setText("SPOC moved on")
    with qtbot.waitSignal(again.saved):
        again.ui.saveButton.click()
    (contact,) = vault.get_case("KESTREL-0042").contacts
    assert contact.name == "DC Priya Shah" and str(contact.to_date) == "2026-11-20"


def test_cancel_asks_before_dropping_typed_work(
    qtbot: Any, vault: Any, clock: Any, script: Any
) -> None:
    d = make(qtbot, vault, clock)
    d.ui.referenceLineEdit.setText("X-1")
    script.push(False)
    d.reject()
    assert d.isVisible()
    assert script.asked[-1].title == "Discard this form?"
    script.push(True)
    d.reject()
    assert not d.isVisible()
