"""What an officer types is never silently wrong: dates typed as
text and shown as understood, nationality and languages chosen by name, clear amounts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from msvlo_desktop.core.values import stored_values
from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_dialog import EDIT, NEW, CaseDialog
from msvlo_desktop.gui.case_overview import language_words, nationality_words
from msvlo_desktop.gui.entry_forms import open_entry_form

REF = "KESTREL-0042"  # FakeClock: 20 November 2026


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def close_quietly(dialog: Any) -> None:
    dialog.close_without_asking()


def make(qtbot: Any, vault: Any, clock: Any, **kw: Any) -> CaseDialog:
    dialog = CaseDialog(vault, clock=clock, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_over(qtbot: Any, widget: Any, text: str) -> None:
    """Select all, then type: what an officer does to replace a date."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_select_all_then_typing_replaces_a_date_and_shows_it_in_full(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    d = make(qtbot, vault, clock, mode=NEW)
    field = d.ui.openedOnDateEdit
    type_over(qtbot, field.edit, "8/11/26")
    assert field.date() == QDate(2026, 11, 8)
    assert field.understood.text() == "Sunday 8 November 2026"
    type_over(qtbot, field.edit, "2026-11-02")
    assert field.date() == QDate(2026, 11, 2)
    assert d.raw()["opened_on"] == "2026-11-02"


def test_a_two_digit_year_of_birth_is_in_the_last_century(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    d = make(qtbot, vault, clock, mode=NEW)
    d.ui.dobRadioButton.setChecked(True)
    type_over(qtbot, d.ui.dobDateEdit.edit, "1/2/85")
    assert d.ui.dobDateEdit.understood.text() == "Friday 1 February 1985"
    assert d.raw()["victim"]["date_of_birth"] == "1985-02-01"
    assert "An adult: 41 today." in d.ui.childStatusLabel.text()


def test_a_date_after_today_is_kept_as_typed_and_flagged_never_moved(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    d = make(qtbot, vault, clock, mode=NEW)
    d.ui.dobRadioButton.setChecked(True)
    type_over(qtbot, d.ui.dobDateEdit.edit, "07/01/2027")
    field = d.ui.dobDateEdit
    assert field.date() == QDate(2027, 1, 7)  # not 07/01/2026
    assert field.edit.text() == "07/01/2027"
    assert field.understood.text() == "Thursday 7 January 2027: after today: check the year"
    assert d.raw()["victim"]["date_of_birth"] == "2027-01-07"
    problems = {p.field: p.message for p in d.validate()}
    assert problems["victim.date_of_birth"] == "Date of birth cannot be in the future."


def test_what_is_no_date_is_said_beside_the_field_and_refused_by_name(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    d = make(qtbot, vault, clock, mode=NEW)
    type_over(qtbot, d.ui.openedOnDateEdit.edit, "31/11/2026")
    assert "'31/11/2026' is not a real date" in d.ui.openedOnDateEdit.understood.text()
    problems = {p.field: p.message for p in d.validate()}
    assert "Opened on" in problems["opened_on"]


def test_nationality_is_chosen_by_name_and_stored_as_its_code(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    d = make(qtbot, vault, clock, mode=NEW)
    combo = d.ui.nationalityComboBox
    completer = combo.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    completer.setCompletionPrefix("viet")
    assert completer.currentCompletion() == "Viet Nam (VN) · Vietnam"
    combo.setCurrentIndex(combo.findData("VN"))
    assert d.raw()["victim"]["nationality"] == "VN"
    # Typing a name that is no item is never cut to two letters (VI, the Virgin Islands).
    combo.setEditText("Vietnamese")
    assert d.raw()["victim"]["nationality"] == "Vietnamese"
    problems = {p.field: p.message for p in d.validate()}
    assert problems["victim.nationality"].startswith("Nationality must be a two-letter")
    combo.setEditText("stateless")
    assert d.raw()["victim"]["nationality"] == "stateless"
    assert "victim.nationality" not in {p.field for p in d.validate()}


def test_languages_are_named_as_typed_and_chosen_by_name(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    d = make(qtbot, vault, clock, mode=NEW)
    edit = d.ui.languagesLineEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "vi, dari")
    field = d.languages
    assert field.completer.completionCount() >= 1
    assert field.completer.currentCompletion() == "Dari (prs)"
    field.completer.activated.emit("Dari (prs)")
    assert edit.text() == "vi, prs, "
    assert field.named.text() == "Vietnamese (vi), Dari (prs)"
    assert d.raw()["victim"]["languages"] == ["vi", "prs"]
    edit.setText("vie")
    problems = {p.field: p.message for p in d.validate()}
    assert "use its two-letter code 'vi'" in problems["victim.languages[0]"]


def test_a_stored_case_with_an_old_code_opens_and_shows_it(
    qtbot: Any, vault: Any, clock: Any
) -> None:
    # A vault written when any two letters were a nationality and any 2-3 letters a language.
    with stored_values():
        _case(vault, nationality="AB", languages=["vi", "xq"])
    case = vault.get_case(REF)
    assert (case.victim.nationality, case.victim.languages) == ("AB", ("vi", "xq"))
    assert nationality_words(case.victim.nationality) == "AB (not a country code)"
    assert language_words(case.victim).startswith("Vietnamese (vi), xq (not a language code)")
    d = make(qtbot, vault, clock, mode=EDIT, case_ref=REF)
    assert d.ui.nationalityComboBox.currentText() == "AB"  # shown as stored, to correct
    assert d.languages.named.text() == "Vietnamese (vi), xq (not a language code)"
    fields = {p.field for p in d.validate()}
    assert {"victim.nationality", "victim.languages[1]"} <= fields


def _case(vault: Any, **victim: Any) -> None:
    vault.add_case(
        {
            "reference": REF,
            "opened_on": "2026-11-02",
            "victim": {
                "name": "Lan Nguyen",
                "pseudonym": "Victim A",
                "claimed_age": 24,
                **victim,
            },
        }
    )


def test_entry_form_dates_accept_short_years_and_show_the_date_taken(
    qtbot: Any, vault: Any
) -> None:
    _case(vault)
    dialog = open_entry_form(None, vault, REF, "interaction")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    qtbot.keyClicks(ui.summaryPlainTextEdit, "Phone call.")
    qtbot.keyClicks(ui.nextContactOnLineEdit, "8/12/26")
    hint = dialog.findChild(QLabel, "nextContactOnLineEditUnderstood")
    assert hint is not None and hint.text() == "Tuesday 8 December 2026"
    assert ui.nextContactOnErrorLabel.isHidden() or ui.nextContactOnErrorLabel.text() == ""
    binding = next(b for b in dialog.bindings if b.name == "next_contact_on")
    assert binding.value() == "2026-12-08"


def test_the_interpreter_language_comes_from_the_case(qtbot: Any, vault: Any) -> None:
    _case(vault, languages=["prs", "en"])
    dialog = open_entry_form(None, vault, REF, "interaction")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    assert "Dari (prs)" in ui.interpreterLanguageLineEdit.placeholderText()
    qtbot.keyClicks(ui.interpreterNameLineEdit, "Ahmad Karimi")
    assert ui.interpreterLanguageLineEdit.text() == "prs"
    assert dialog.interpreter_language.named.text() == "Dari (prs)"


def test_an_ambiguous_amount_is_refused_and_the_value_is_the_total(qtbot: Any, vault: Any) -> None:
    _case(vault)
    dialog = open_entry_form(None, vault, REF, "provision")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    ui = dialog.ui
    assert "total for all items" in ui.valueGbpLabel.text()
    ui.categoryComboBox.setCurrentIndex(0)
    qtbot.keyClicks(ui.descriptionLineEdit, "Meal")
    qtbot.keyClicks(ui.quantityLineEdit, "2")
    qtbot.keyClicks(ui.valueGbpLineEdit, "6,85")
    qtbot.keyClicks(ui.needPlainTextEdit, "Hungry")
    qtbot.keyClicks(ui.justificationPlainTextEdit, "Basic need")
    qtbot.keyClicks(ui.authorisedByLineEdit, "PS 22 Jones")
    assert ui.valueGbpErrorLabel.text().startswith("Value (£): '6,85' is not a clear amount")
    assert not ui.saveButton.isEnabled()
    ui.valueGbpLineEdit.clear()
    qtbot.keyClicks(ui.valueGbpLineEdit, "6.85")
    assert ui.saveButton.isEnabled()


def test_a_note_in_dari_with_emoji_is_recorded_verbatim(qtbot: Any, vault: Any) -> None:
    _case(vault)
    dialog = open_entry_form(None, vault, REF, "note")
    qtbot.addWidget(dialog, before_close_func=close_quietly)
    message = (
        "می\u200cخواهم \U0001f64f\U0001f3fd \u2764\ufe0f \U0001f468\u200d\U0001f469\u200d\U0001f467"
    )
    dialog.ui.summaryPlainTextEdit.setPlainText(message)
    assert dialog.ui.summaryErrorLabel.text() == "" or dialog.ui.summaryErrorLabel.isHidden()
    assert dialog.ui.saveButton.isEnabled()
    dialog.ui.saveButton.click()
    note = next(e for e in vault.entries(REF) if e.type == "note")
    assert note.get("summary") == message
