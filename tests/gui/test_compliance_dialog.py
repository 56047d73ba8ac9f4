"""The compliance return and merge dialogs, and the late-reason category on the victim
update form (the hand-built vault of tests/services/test_compliance_samples.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QListWidget,
    QTextBrowser,
    QWidget,
)
from services.test_compliance_samples import (
    EXPECTED_OBLIGATIONS,
    FIRST,
    LAST,
    MADE_AT,
    SECRETS,
    build_officer_vault,
    build_small_vault,
    open_officer_vault,
)

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.compliance_dialog import (
    ComplianceMergeDialog,
    ComplianceReturnDialog,
    last_quarter,
)
from msvlo_desktop.gui.entry_forms import open_entry_form
from msvlo_desktop.services.compliance import Period
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Officer, Vault

INPUTS = (QAbstractButton, QDateEdit, QListWidget, QTextBrowser)


@pytest.fixture
def answers() -> Iterator[messages.ScriptedAnswers]:
    script = messages.ScriptedAnswers()
    messages.install_script(script)
    yield script
    messages.install_script(None)


@pytest.fixture
def officer_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Vault]:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))
    vault = open_officer_vault(build_officer_vault(tmp_path))
    try:
        yield vault
    finally:
        vault.close()


def _set_period(dialog: ComplianceReturnDialog, first: str, last: str) -> None:
    dialog.fromDateEdit.setDate(QDate.fromString(first, "yyyy-MM-dd"))
    dialog.toDateEdit.setDate(QDate.fromString(last, "yyyy-MM-dd"))


@pytest.mark.parametrize(
    ("today", "first", "last"),
    [
        (date(2026, 11, 20), date(2026, 7, 1), date(2026, 9, 30)),
        (date(2027, 1, 1), date(2026, 10, 1), date(2026, 12, 31)),
        (date(2026, 3, 31), date(2025, 10, 1), date(2025, 12, 31)),
    ],
)
def test_the_period_starts_as_the_last_quarter(today: date, first: date, last: date) -> None:
    assert last_quarter(today) == Period(first, last)


def test_every_control_has_an_accessible_name(qtbot: Any, officer_vault: Vault) -> None:
    for dialog in (ComplianceReturnDialog(officer_vault), ComplianceMergeDialog()):
        qtbot.addWidget(dialog)
        controls = dialog.findChildren(QWidget)
        inputs = [w for w in controls if isinstance(w, INPUTS)]
        assert len(inputs) >= 4
        assert [w.objectName() for w in inputs if not w.accessibleName().strip()] == []


def test_make_preview_and_save(
    qtbot: Any, officer_vault: Vault, tmp_path: Path, answers: messages.ScriptedAnswers
) -> None:
    dialog = ComplianceReturnDialog(officer_vault)
    qtbot.addWidget(dialog)
    assert not dialog.saveJsonButton.isEnabled()
    _set_period(dialog, FIRST, LAST)
    dialog.makeButton.click()
    assert dialog.doc is not None
    assert dialog.doc["obligations"] == EXPECTED_OBLIGATIONS
    assert dialog.doc["generated_at"] == MADE_AT.isoformat()
    text = dialog.previewBrowser.toPlainText()
    assert "02/11/2026 to 13/11/2026" in text
    assert "Met late" in text and "43%" in text  # Right 6 updates: 3 on time of 7 decided
    for secret in SECRETS:
        assert secret not in text
    out = tmp_path / "okafor-return"
    answers.push(str(out), None, str(tmp_path / "okafor-return.pdf"), None)
    dialog.saveJsonButton.click()
    saved = json.loads((tmp_path / "okafor-return.json").read_text(encoding="utf-8"))
    assert saved == dialog.doc
    dialog.savePdfButton.click()
    assert (tmp_path / "okafor-return.pdf").read_bytes().startswith(b"%PDF")
    assert [a.kind for a in answers.asked] == ["save_file", "inform", "save_file", "inform"]


def test_a_period_ending_before_it_starts_is_shown(qtbot: Any, officer_vault: Vault) -> None:
    dialog = ComplianceReturnDialog(officer_vault)
    qtbot.addWidget(dialog)
    _set_period(dialog, LAST, FIRST)
    dialog.makeButton.click()
    assert dialog.doc is None
    assert dialog.errorLabel.isVisibleTo(dialog)
    assert "before it starts" in dialog.errorLabel.text()
    assert not dialog.saveJsonButton.isEnabled()


def test_merge_two_officers_then_refuse_the_same_twice(
    qtbot: Any,
    officer_vault: Vault,
    tmp_path: Path,
    answers: messages.ScriptedAnswers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = tmp_path / "a.json"
    dialog = ComplianceReturnDialog(officer_vault)
    qtbot.addWidget(dialog)
    _set_period(dialog, FIRST, LAST)
    dialog.makeButton.click()
    assert dialog.doc is not None
    first.write_text(json.dumps(dialog.doc), encoding="utf-8")
    (tmp_path / "b").mkdir()
    with open_officer_vault(
        build_small_vault(tmp_path / "b", Officer("S. Ahmed", "PC 5120", ""))
    ) as other:
        second_dialog = ComplianceReturnDialog(other)
        qtbot.addWidget(second_dialog)
        _set_period(second_dialog, FIRST, LAST)
        second_dialog.makeButton.click()
        assert second_dialog.doc is not None
        second = tmp_path / "b.json"
        second.write_text(json.dumps(second_dialog.doc), encoding="utf-8")

    merge = ComplianceMergeDialog()
    qtbot.addWidget(merge)
    assert not merge.mergeButton.isEnabled()
    answers.push(str(first), str(second))
    merge.addButton.click()
    merge.addButton.click()
    merge.mergeButton.click()
    assert merge.doc is not None and merge.doc["format"] == "msvlo-compliance-team"
    assert merge.doc["total"]["obligations"]["victims_code_update"]["met_late"] == 3
    text = merge.previewBrowser.toPlainText()
    assert "PC 4471 R. Okafor" in text and "PC 5120 S. Ahmed" in text
    merge.forPccCheckBox.setChecked(True)
    assert merge.doc is None  # merged again for the new choice
    merge.mergeButton.click()
    assert merge.doc is not None and merge.doc["format"] == "msvlo-compliance-force"
    assert "Okafor" not in merge.previewBrowser.toPlainText()
    merge.add_return(first)
    merge.mergeButton.click()
    assert merge.doc is None
    assert "same vault" in merge.errorLabel.text()
    assert not merge.saveJsonButton.isEnabled()
    merge.returnsListWidget.setCurrentRow(2)
    merge.removeButton.click()
    merge.mergeButton.click()
    assert merge.doc is not None


def test_late_reason_category_on_the_victim_update_form(qtbot: Any, officer_vault: Vault) -> None:
    dialog = open_entry_form(None, officer_vault, "KESTREL-0001", "victim_update")
    qtbot.addWidget(dialog)
    combo = dialog.lateReasonCategoryComboBox  # type: ignore[attr-defined]
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [
        "Not late, or no category",
        "Victim could not be reached",
        "Interpreter not available",
        "Officer not available",
        "Other reason",
    ]
    combo.setCurrentIndex(3)
    qtbot.keyClicks(dialog.ui.summaryPlainTextEdit, "Told of the hearing date.")
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.ui.saveButton.click()
    assert blocker.args[0].data["late_reason_category"] == "officer_unavailable"
