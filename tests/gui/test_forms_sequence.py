"""Entry forms: the log's order checks (core/sequence.py) as the officer types: an impossible
order refused beside its field, an unusual one explained in the reason box, which is saved
with the entry and shown in the log view."""

from __future__ import annotations

from datetime import UTC, datetime

from msvlo_desktop.gui.entry_forms import open_entry_form
from msvlo_desktop.gui.entry_forms.base import to_qdatetime
from msvlo_desktop.gui.entry_forms.display import entry_html

REF = "KESTREL-0042"


def close_quietly(dialog) -> None:
    dialog.close_without_asking()


def add_case(vault) -> None:
    vault.add_case(
        {
            "reference": REF,
            "opened_on": "2026-11-02",
            "victim": {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 16},
        }
    )


def shown(dialog, label) -> str:
    return label.text() if label.isVisibleTo(dialog) else ""


def test_a_next_contact_before_the_interaction_is_refused_beside_it(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "interaction")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    ui.occurredAtDateTimeEdit.setDateTime(to_qdatetime(datetime(2026, 11, 18, 10, tzinfo=UTC)))
    qtbot.keyClicks(ui.summaryPlainTextEdit, "Phoned about the hearing.")
    ui.modeComboBox.setCurrentIndex(ui.modeComboBox.findData("phone"))
    assert ui.saveButton.isEnabled()
    qtbot.keyClicks(ui.nextContactOnLineEdit, "17/11/2026")
    assert "before this interaction" in shown(dialog, ui.nextContactOnErrorLabel)
    assert not ui.saveButton.isEnabled()
    assert not dialog.reason_box.isVisibleTo(dialog)  # a refusal is no warning


def test_an_entry_before_the_case_was_opened_is_refused(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "note")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    qtbot.keyClicks(ui.summaryPlainTextEdit, "Met at the station.")
    ui.occurredAtDateTimeEdit.setDateTime(to_qdatetime(datetime(2026, 11, 1, 10, tzinfo=UTC)))
    assert "before the case was opened (02/11/2026)" in shown(dialog, ui.occurredAtErrorLabel)
    assert not ui.saveButton.isEnabled()


def test_a_cg_decision_without_an_rg_decision_asks_for_the_reason(qtbot, vault) -> None:
    add_case(vault)
    vault.add_entry(
        REF, {"type": "referral", "occurred_at": "2026-11-03T10:00:00+00:00", "service": "nrm"}
    )
    dialog = open_entry_form(None, vault, REF, "nrm_decision")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    dialog.show()
    ui.stageComboBox.setCurrentIndex(ui.stageComboBox.findData("conclusive_grounds"))
    ui.outcomeComboBox.setCurrentIndex(ui.outcomeComboBox.findData("trafficking"))
    box = dialog.reason_box
    assert box.isVisible()
    assert "No reasonable grounds (RG) decision" in box.warning_label.text()
    assert not ui.saveButton.isEnabled()
    reason = "Transferred to us after the RG decision."
    qtbot.keyClicks(box.edit, reason)
    assert ui.saveButton.isEnabled()
    assert box.isVisible()  # the warning stays in view with its answer
    with qtbot.waitSignal(dialog.saved) as saved:
        ui.saveButton.click()
    entry = saved.args[0]
    assert entry.data["sequence_reason"] == reason
    assert "Why this order is right" in entry_html(entry) and reason in entry_html(entry)


def test_the_reason_box_stays_hidden_when_the_order_is_usual(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(None, vault, REF, "note")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    dialog.show()
    qtbot.keyClicks(dialog.ui.summaryPlainTextEdit, "Checked in by phone.")
    assert dialog.ui.saveButton.isEnabled()
    assert not dialog.reason_box.isVisible()
    saved_note = vault.add_entry(
        REF, {"type": "note", "occurred_at": "2026-11-18T10:00:00+00:00", "summary": "x"}
    )
    assert "Why this order is right" not in entry_html(saved_note)


def test_tab_reaches_the_reason_after_the_last_field_and_before_save(qtbot, vault) -> None:
    add_case(vault)
    dialog = open_entry_form(
        None,
        vault,
        REF,
        "nrm_decision",
        prefill={"stage": "conclusive_grounds", "outcome": "trafficking"},
    )
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    dialog.show()
    assert dialog.reason_box.isVisible()
    ui = dialog.ui
    assert ui.sensitiveCheckBox.nextInFocusChain() is dialog.reason_box.edit
    chain, widget = [], dialog.reason_box.edit
    for _ in range(5):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert ui.saveButton in chain
