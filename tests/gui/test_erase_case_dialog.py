"""Erase case… in the window (gui/erase_case_dialog.py): reached from the Case menu for a
closed case; it names the case, says backups made before still hold it, offers the report and
bundle first, refuses a case under investigation, and erases only once the reference is typed,
a reason chosen and no live proceedings confirmed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_shell_support import CANARY_REF, add_case, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.erase_case_dialog import EraseCaseDialog
from msvlo_desktop.gui.main_window import MainWindow

REF = CANARY_REF


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def _closed(vault: Any, clock: Any, event: str | None = None) -> Any:
    clock.now = datetime(2026, 12, 7, 15, tzinfo=UTC)
    add_case(vault)
    if event:
        vault.add_entry(
            REF,
            {
                "type": "investigation_event",
                "occurred_at": "2026-11-03T10:00:00+00:00",
                "event": event,
            },
        )
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
        REF,
        reason="Exit strategy completed.",
        retention_review_on="2026-12-08",
        acknowledged=vault.closing_outstanding(REF),
    )
    clock.now = datetime(2026, 12, 9, 9, tzinfo=UTC)
    return vault


@pytest.fixture
def window(qtbot: Any, vault: Any, tmp_path: Path, clock: Any) -> MainWindow:
    _closed(vault, clock, "released_no_further_action")
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None, timeout=10_000)
    return w


def test_erase_from_the_case_menu(qtbot: Any, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    summary = window.day.today.summary_label.text()
    assert "Retention review due: KESTREL-0042 (since 08/12/2026)" in summary
    assert window.select_case(REF)
    actions = window.case_status
    assert actions.erase_action in window.ui.caseMenu.actions()
    assert actions.erase_action.isEnabled()
    actions.erase_action.trigger()
    dialog = window.findChild(EraseCaseDialog)
    assert dialog is not None and dialog.isVisible()
    texts = " ".join(
        dialog.findChild(QLabel, name).text() for name in ("eraseIntroLabel", "eraseBackupsLabel")
    )
    assert "Erasing case KESTREL-0042 removes it" in texts
    assert "08/12/2026" in texts
    assert "Backups made before the erasure still hold the case" in texts
    assert [b.text() for b in dialog.before_buttons] == [
        window.export_report_action.text(),
        window.export_bundle_action.text(),
    ]
    assert not dialog.erase_button.isEnabled()  # until the reference is typed
    qtbot.keyClicks(dialog.reference_edit, REF)
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    problems = dialog.problem_label.text()
    assert "Choose why the case is being erased." in problems
    assert "Confirm that no investigation or proceedings are live" in problems
    assert vault.case_exists(REF)
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("retention_review"))
    dialog.no_proceedings_check.setChecked(True)
    with qtbot.waitSignal(actions.erased):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert not vault.case_exists(REF)
    assert window.current_ref is None
    assert not actions.erase_action.isEnabled()
    assert vault.audit_records()[-1].action == "case erased"


def test_a_case_under_investigation_is_refused(qtbot: Any, vault: Any, clock: Any) -> None:
    _closed(vault, clock, "released_on_bail")
    dialog = EraseCaseDialog(None, vault, REF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.refused
    assert dialog.live_label.isVisible()
    assert "released_on_bail, 03/11/2026" in dialog.live_label.text()
    qtbot.keyClicks(dialog.reference_edit, REF)
    assert not dialog.erase_button.isEnabled()
    assert not dialog.reason_combo.isEnabled()
