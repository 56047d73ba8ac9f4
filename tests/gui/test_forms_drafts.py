"""Every form's draft keeps exactly what was typed (valid or not) and reopens filled in."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from msvlo_desktop.core.entries import ENTRY_TYPES
from msvlo_desktop.gui.entry_forms import EntryDialog, open_entry_form

REF = "KESTREL-0042"
CASE = {
    "reference": REF,
    "opened_on": "2026-11-02",
    "victim": {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 24},
}

# What an officer might have typed when the window locked; some of it is not valid yet.
TYPED = {
    "interaction": {
        "mode": "video",
        "summary": "Talked about the hearing",
        "location": "",
        "interpreter": {"name": "Mai Tran", "language": "v"},
        "next_contact_on": "27/11/20",
        "actions": ["risk_assessment", "nrm_explained"],
    },
    "provision": {
        "category": "transport",
        "description": "Train ticket",
        "quantity": "-1",
        "value_gbp": "12.345",
        "need": "Travel to the hearing",
        "justification": "",
        "authorised_by": "PS 22 Jones",
        "supplier": "Northern",
        "receipt_ref": "",
        "explained_unconditional": True,
    },
    "investigation_event": {"event": "charged", "details": "Two counts"},
    "victim_update": {
        "satisfies": ["EVENT"],
        "method": "letter",
        "summary": "Told of charge",
        "late_reason": "Victim unreachable",
    },
    "referral": {
        "service": "nrm",
        "consent": True,
        "reference": "NRM-1",
        "ictg_available": False,
        "explained_by": "PC 1234",
        "written_consent": None,
        "details": "Form sent",
    },
    "nrm_decision": {
        "stage": "reconsideration",
        "outcome": "upheld",
        "requested_by": "Salvation Army",
        "details": "",
        "public_order_disqualification": None,
    },
    "competent_authority_update": {
        "authority": "sca",
        "method": "reply_to_referral_receipt",
        "reference": "NRM-1",
        "summary": "",
    },
    "spoc_change": {
        "contact_name": "DC 4321 J. Patel",
        "contact_organisation": "CID",
        "contact_phone": "12345",
        "contact_email": "",
        "victim_informed": False,
    },
    "exit_strategy": {
        "status": "drafted",
        "agreed_with": "",
        "criteria": "Settled in housing",
        "review_on": "01/03/2027",
        "onward_support": "",
    },
    "note": {"summary": "Remember the letter", "actions": []},
    "age_assessment": {
        "requested_by": "PC 1234",
        "requested_on": "03/11/20",
        "assessor": "",
        "adult_present": "Ms R. Patel",
        "age_outcome": "child",
        "assessed_age": "16",
        "assessed_date_of_birth": "",
        "details": "",
    },
    "written_acknowledgement": {
        "safe_to_send": False,
        "method": "letter",
        "withheld_reason": "",
        "details": "Home is the place of exploitation",
    },
    "vps": {"vps_status": "deferred", "revisit_on": "01/12/20", "details": ""},
    "complaint": {
        "complaint_stage": "received",
        "complaint_of": None,
        "summary": "Not told of the arrest",
        "handler": "",
        "reference": "",
    },
    "right_to_review": {
        "review_stage": "informed",
        "decision": "cps_no_charge",
        "review_of": None,
        "review_outcome": None,
        "details": "Told by phone",
    },
    "risk_review": {
        "risk_level": "high",
        "family_risk": "medium",
        "repatriation_risk": "high",
        "risk_notes": "",
        "risk_actions": "Safe house",
        "review_on": "01/12/20",
    },
}


@pytest.fixture
def case(vault):
    vault.add_case(CASE)
    event = vault.add_entry(
        REF,
        {
            "type": "investigation_event",
            "occurred_at": "2026-11-16T09:00:00+00:00",
            "event": "arrest",
        },
    )
    note = vault.add_entry(
        REF, {"type": "note", "occurred_at": "2026-11-17T09:00:00+00:00", "summary": "First"}
    )
    return {"event": event, "note": note}


def round_trip(qtbot, vault, dialog: EntryDialog) -> EntryDialog:
    """Keep the draft in the vault as the window does, reopen it from there."""
    data = dialog.draft_data()
    assert json.loads(json.dumps(data)) == data  # JSON-compatible
    vault.save_draft(EntryDialog.DRAFT_KIND, dialog.case_ref, data)
    dialog.close_without_asking()
    (draft,) = vault.drafts()
    restored = EntryDialog.restore(None, vault, draft)
    qtbot.addWidget(restored, before_close_func=lambda d: d.close_without_asking())
    return restored


@pytest.mark.parametrize("entry_type", [t for t in ENTRY_TYPES if t != "correction"])
def test_draft_round_trip(qtbot, vault, case, entry_type: str) -> None:
    typed = dict(TYPED[entry_type])
    if entry_type == "victim_update":
        typed["satisfies"] = [case["event"].id]
    dialog = open_entry_form(None, vault, REF, entry_type, author="DC 9 Other")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.close_without_asking())
    dialog.set_values(typed)
    dialog.ui.sensitiveCheckBox.setChecked(True)
    before = dialog.draft_data()
    raw = dialog.build_raw()
    assert before["entry_type"] == entry_type
    assert before["case_ref"] == REF
    assert before["author"] == "DC 9 Other"
    assert before["sensitive"] is True
    assert {key: before[key] for key in typed} == typed

    restored = round_trip(qtbot, vault, dialog)
    assert type(restored) is type(dialog)
    assert restored.draft_data() == before
    assert restored.build_raw() == raw
    assert restored.isVisible()


def test_invalid_text_survives_a_draft(qtbot, vault, case) -> None:
    dialog = open_entry_form(None, vault, REF, "provision")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.close_without_asking())
    qtbot.keyClicks(dialog.ui.valueGbpLineEdit, "12.345")
    restored = round_trip(qtbot, vault, dialog)
    assert restored.ui.valueGbpLineEdit.text() == "12.345"
    assert restored.ui.valueGbpErrorLabel.text() == (
        "Value (£) can have at most two decimal places (pence)."
    )
    assert not restored.ui.saveButton.isEnabled()


def test_correction_draft_round_trip(qtbot, vault, case) -> None:
    note = case["note"]
    dialog = open_entry_form(None, vault, REF, "correction", prefill={"corrects": note.id})
    qtbot.addWidget(dialog, before_close_func=lambda d: d.close_without_asking())
    form = dialog.form
    assert form is not None
    form.ui.summaryPlainTextEdit.setPlainText("First visit")
    qtbot.keyClicks(dialog.ui.reasonPlainTextEdit, "Typo")
    before = dialog.draft_data()
    assert before["corrects"] == note.id
    assert before["replacement"]["summary"] == "First visit"
    assert before["reason"] == "Typo"

    restored = round_trip(qtbot, vault, dialog)
    assert restored.draft_data() == before
    assert restored.form is not None
    assert restored.form.ui.summaryPlainTextEdit.toPlainText() == "First visit"
    assert restored.ui.correctedEntrySpinBox.value() == note.seq
    assert restored.ui.saveButton.isEnabled()
    with qtbot.waitSignal(restored.saved) as blocker:
        qtbot.mouseClick(restored.ui.saveButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].data["replacement"]["summary"] == "First visit"
