"""Correcting an entry from the log view: the original stays in the log, struck through in
the details beside the correction, with the reason."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from msvlo_desktop.gui.entry_forms import open_entry_form
from msvlo_desktop.gui.entry_forms.base import to_qdatetime
from msvlo_desktop.gui.log_model import LogModel
from msvlo_desktop.gui.log_view import LogView

REF = "KESTREL-0042"
CASE = {
    "reference": REF,
    "opened_on": "2026-11-02",
    "victim": {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 24},
}
INTERACTION = {
    "type": "interaction",
    "occurred_at": "2026-11-19T09:00:00+00:00",
    "mode": "phone",
    "summary": "Called to arrange a meeting",
    "location": "Office",
}


def struck_through(doc: QTextDocument, text: str) -> bool:
    cursor = doc.find(text)
    assert not cursor.isNull(), f"{text!r} is not in the details"
    return cursor.charFormat().fontStrikeOut()


def make_view(qtbot, vault) -> LogView:
    view = LogView()
    qtbot.addWidget(view)
    view.set_vault(vault)
    view.show_case(REF)
    view.show()
    return view


def test_correct_an_entry_and_keep_the_original(qtbot, vault) -> None:
    vault.add_case(CASE)
    original = vault.add_entry(REF, INTERACTION)
    view = make_view(qtbot, vault)
    assert view.select_entry(original.id)
    assert view.correct_action.isEnabled()

    dialog = view.open_correction()
    assert dialog is not None and dialog.form is not None
    assert dialog.ui.correctedEntrySpinBox.value() == original.seq
    assert "Called to arrange a meeting" in dialog.ui.originalTextBrowser.toPlainText()
    form = dialog.form
    assert form.ui.locationLineEdit.text() == "Office"  # starts from the entry as it reads
    assert not dialog.ui.saveButton.isEnabled()

    form.ui.locationLineEdit.clear()
    qtbot.keyClicks(form.ui.locationLineEdit, "Car park")
    assert not dialog.ui.saveButton.isEnabled()  # the reason is still missing
    assert dialog.ui.saveStatusLabel.text() == "To save, complete: Reason for the correction."
    qtbot.keyClicks(dialog.ui.reasonPlainTextEdit, "Wrong place typed")
    assert dialog.ui.saveButton.isEnabled()
    with qtbot.waitSignal(view.entryAdded) as added:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)

    first, correction = vault.entries(REF)
    assert first == original  # unchanged, still in the log
    assert added.args[0].id == correction.id
    assert correction.type == "correction"
    assert correction.data["corrects"] == original.id
    assert correction.data["reason"] == "Wrong place typed"
    assert correction.data["replacement"] == {
        "type": "interaction",
        "occurred_at": "2026-11-19T09:00:00+00:00",
        "sensitive": False,
        "mode": "phone",
        "summary": "Called to arrange a meeting",
        "location": "Car park",
    }

    # The view took the correction in, and the original's details show both versions.
    assert view.model.rowCount() == 2
    markers = view.model.index(0, LogModel.COL_MARKERS).data()
    assert "Corrected by #2" in markers
    assert view.model.index(1, LogModel.COL_MARKERS).data() == "Correction of #1"
    assert view.current_entry().id == original.id
    details = view.ui.detailsTextBrowser
    assert struck_through(details.document(), "Office")
    assert not struck_through(details.document(), "Car park")
    text = details.toPlainText()
    assert "Wrong place typed" in text
    assert "Corrected to (#2)" in text

    # Selecting the correction shows what it corrects.
    assert view.select_entry(correction.id)
    text = details.toPlainText()
    assert "Correction of #1 Interaction (19/11/2026 09:00)." in text
    assert "Reason for the correction: Wrong place typed" in text
    assert struck_through(details.document(), "Office")


def test_nothing_changed_cannot_be_saved(qtbot, vault) -> None:
    vault.add_case(CASE)
    original = vault.add_entry(REF, INTERACTION)
    dialog = open_entry_form(None, vault, REF, "correction", prefill={"corrects": original.id})
    qtbot.addWidget(dialog, before_close_func=lambda d: d.close_without_asking())
    qtbot.keyClicks(dialog.ui.reasonPlainTextEdit, "Checking")
    assert not dialog.ui.saveButton.isEnabled()
    assert dialog.ui.saveStatusLabel.text().startswith("Nothing has been changed yet")


def test_replacement_problems_show_in_the_embedded_form(qtbot, vault, clock) -> None:
    vault.add_case(CASE)
    original = vault.add_entry(REF, INTERACTION)
    dialog = open_entry_form(None, vault, REF, "correction", prefill={"corrects": original.id})
    qtbot.addWidget(dialog, before_close_func=lambda d: d.close_without_asking())
    form = dialog.form
    qtbot.keyClicks(dialog.ui.reasonPlainTextEdit, "Wrong time")
    form.ui.occurredAtDateTimeEdit.setDateTime(to_qdatetime(clock.now + timedelta(hours=1)))
    assert form.ui.occurredAtErrorLabel.text() == "Occurred at cannot be in the future."
    assert form.ui.occurredAtErrorLabel.isVisibleTo(dialog)
    assert not dialog.ui.saveButton.isEnabled()
    form.ui.summaryPlainTextEdit.clear()
    assert form.ui.summaryErrorLabel.text() == "Summary is required."
    form.ui.summaryPlainTextEdit.setPlainText("Called to arrange a meeting")
    form.ui.occurredAtDateTimeEdit.setDateTime(to_qdatetime(clock.now - timedelta(hours=30)))
    assert dialog.ui.saveButton.isEnabled()
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.ui.saveButton.click()
    assert blocker.args[0].data["replacement"]["occurred_at"] == "2026-11-19T06:00:00+00:00"


def test_a_correction_of_a_correction_corrects_the_original(qtbot, vault) -> None:
    vault.add_case(CASE)
    original = vault.add_entry(REF, INTERACTION)
    first = vault.add_entry(
        REF,
        {
            "type": "correction",
            "occurred_at": "2026-11-20T10:00:00+00:00",
            "corrects": original.id,
            "reason": "Place",
            "replacement": {**INTERACTION, "location": "Car park"},
        },
    )
    dialog = open_entry_form(None, vault, REF, "correction", prefill={"corrects": first.id})
    qtbot.addWidget(dialog, before_close_func=lambda d: d.close_without_asking())
    assert dialog.original is not None and dialog.original.id == original.id
    assert dialog.ui.correctedEntrySummaryLabel.text().startswith(
        "#2 is a correction; this corrects #1"
    )
    # The editable copy starts from the entry as it now reads, after the first correction.
    assert dialog.form.ui.locationLineEdit.text() == "Car park"
    assert dialog.form.ui.summaryPlainTextEdit.toPlainText() == "Called to arrange a meeting"
    dialog.form.ui.modeComboBox.setCurrentIndex(dialog.form.ui.modeComboBox.findData("video"))
    qtbot.keyClicks(dialog.ui.reasonPlainTextEdit, "It was a video call")
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.ui.saveButton.click()
    assert blocker.args[0].data["corrects"] == original.id
    assert blocker.args[0].data["replacement"]["location"] == "Car park"
    assert blocker.args[0].data["replacement"]["mode"] == "video"


def test_choosing_another_entry_by_number(qtbot, vault) -> None:
    vault.add_case(CASE)
    vault.add_entry(REF, INTERACTION)
    note = vault.add_entry(
        REF, {"type": "note", "occurred_at": "2026-11-19T10:00:00+00:00", "summary": "Noted"}
    )
    dialog = open_entry_form(None, vault, REF, "correction")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.close_without_asking())
    assert dialog.original.id == note.id  # the latest entry unless told otherwise
    spin = dialog.ui.correctedEntrySpinBox
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert dialog.original.type == "interaction"
    assert dialog.form.entry_type == "interaction"
    assert dialog.isVisible()  # Enter in the number did not save or close


def test_correct_action_disabled_for_a_closed_case(qtbot, vault) -> None:
    vault.add_case(CASE)
    strategy = vault.add_entry(
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
    view = make_view(qtbot, vault)
    assert view.select_entry(strategy.id)
    assert not view.correct_action.isEnabled()
    assert not view.ui.correctEntryButton.isEnabled()
    assert "closed" in view.correct_action.toolTip()
