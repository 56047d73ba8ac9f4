"""Locking the main window: after an idle lock nothing on screen shows case data, the vault
is closed, the clipboard is cleared, and unsaved forms come back after unlocking."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from shared_fixtures import PASSPHRASE
from test_shell_support import (
    CANARY_NAME,
    CANARY_PSEUDONYM,
    CANARY_REF,
    CANARY_SUMMARY,
    add_case,
    make_settings,
    texts_containing,
)

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_dialog import CaseDialog
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.unlock_dialog import LOCKED_BY_USER, LOCKED_IDLE, LOCKED_SESSION
from msvlo_desktop.storage.vault import Vault

DRAFT_TEXT = "Draftcanary words typed before the lock"


@pytest.fixture(autouse=True)  # first in, last out: dialogs closing at teardown may ask
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def window(qtbot: Any, vault: Any, clock: Any, tmp_path: Path, script: Any) -> MainWindow:
    add_case(vault)
    w = MainWindow(
        vault,
        make_settings(tmp_path),
        clock=clock,
        idle_check_ms=10,
        unlock_delay=lambda n: 0.0,
        watch_session=False,
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None)
    return w


def open_case(qtbot: Any, w: MainWindow) -> None:
    assert w.select_case(CANARY_REF)
    qtbot.waitUntil(lambda: bool(texts_containing(CANARY_SUMMARY)))


def unlock(qtbot: Any, w: MainWindow) -> None:
    dialog = w.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.passphraseLineEdit, PASSPHRASE)
    with qtbot.waitSignal(w.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.ui.passphraseLineEdit, Qt.Key.Key_Return)


def test_idle_lock_leaves_no_case_data_anywhere(
    qtbot: Any, window: MainWindow, vault: Any, clock: Any
) -> None:
    open_case(qtbot, window)
    window.edit_case()  # a dialog full of the victim's details
    assert texts_containing(CANARY_NAME)
    QApplication.clipboard().setText(CANARY_NAME)  # the officer copied the name
    clock.now += timedelta(minutes=5, seconds=1)
    with qtbot.waitSignal(window.locked, timeout=5_000) as locked:
        pass
    assert locked.args == [LOCKED_IDLE]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert not vault.is_open  # the connection is dropped, not just hidden
    assert window.vault is None
    assert texts_containing(CANARY_NAME, CANARY_PSEUDONYM, CANARY_SUMMARY, CANARY_REF) == []
    assert QApplication.clipboard().text() == ""
    assert "locked" in window.windowTitle()
    assert window.unlock_dialog is not None
    assert (
        "Locked after 5 minutes without activity." in window.unlock_dialog.ui.lockReasonLabel.text()
    )
    unlock(qtbot, window)
    assert window.vault.drafts() == []  # the edit dialog was open, but nothing was typed


def test_unlock_reopens_the_case_and_audits_both(
    qtbot: Any, window: MainWindow, vault_path: Path, clock: Any
) -> None:
    open_case(qtbot, window)
    window.lock(LOCKED_BY_USER)
    assert not texts_containing(CANARY_SUMMARY)
    unlock(qtbot, window)
    assert window.vault is not None and window.vault.is_open
    assert window.current_ref == CANARY_REF
    qtbot.waitUntil(lambda: bool(texts_containing(CANARY_SUMMARY)))
    records = window.vault.audit_records()
    consulted = [r for r in records if r.category == "consultation" and r.case_ref == CANARY_REF]
    assert len(consulted) == 2  # opened once before the lock, once after
    actions = [r.action for r in records]
    assert actions.index("locked") < actions.index("unlocked")
    assert actions[-2:] == ["unlocked", "case opened"]
    locked = [r for r in window.vault.audit_records() if r.action == "locked"]
    assert locked[0].details["reason"] == LOCKED_BY_USER


def test_programmatic_events_do_not_keep_the_vault_open(
    qtbot: Any, window: MainWindow, clock: Any
) -> None:
    start = window.idle.last_input
    clock.now += timedelta(minutes=3)
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(window.ui.filterLineEdit, event)  # not a person typing
    assert window.idle.last_input == start
    qtbot.keyClick(window.ui.filterLineEdit, Qt.Key.Key_B)  # a person typing
    assert window.idle.last_input == clock.now
    clock.now += timedelta(minutes=4)  # 4 minutes since the key press: still open
    window.idle.check()
    assert not window.is_locked
    clock.now += timedelta(minutes=1)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    assert window.is_locked


def test_ctrl_l_and_the_computer_locking_lock_the_vault(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.locked) as locked:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == [LOCKED_BY_USER]
    assert "Locked by you (Ctrl+L)." in window.unlock_dialog.ui.lockReasonLabel.text()
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked) as locked:
        window.session.sessionLocked.emit(LOCKED_SESSION)
    assert locked.args == [LOCKED_SESSION]


def test_unsaved_entry_form_comes_back_after_unlock(
    qtbot: Any, window: MainWindow, script: Any
) -> None:
    open_case(qtbot, window)
    form = window.open_entry_form("note")
    assert form is not None
    qtbot.keyClicks(form.ui.summaryPlainTextEdit, DRAFT_TEXT)
    window.lock(LOCKED_BY_USER)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert texts_containing(DRAFT_TEXT) == []  # kept encrypted in the vault, not on screen
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.drafts_dialog is not None)
    offer = window.drafts_dialog
    assert "You have 1 unsaved form from before the lock." in offer.ui.messageLabel.text()
    assert "Note" in offer.ui.draftsListWidget.item(0).text()
    qtbot.mouseClick(offer.ui.restoreButton, Qt.MouseButton.LeftButton)
    restored = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and getattr(w, "entry_type", None) == "note"
    ]
    assert len(restored) == 1
    assert restored[0].ui.summaryPlainTextEdit.toPlainText() == DRAFT_TEXT
    assert restored[0].case_ref == CANARY_REF
    assert window.vault.drafts() == []  # reopened, so no longer kept


def test_unsaved_case_changes_come_back_and_discard_removes_them(
    qtbot: Any, window: MainWindow
) -> None:
    open_case(qtbot, window)
    window.edit_case()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CaseDialog))
    dialog.ui.pseudonymLineEdit.setText("Changed Heron")
    dialog.ui.reasonLineEdit.setText("Spelling")
    window.lock(LOCKED_IDLE)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.drafts_dialog is not None)
    qtbot.mouseClick(window.drafts_dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    restored = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, CaseDialog) and w.isVisible()
    )
    assert restored.ui.pseudonymLineEdit.text() == "Changed Heron"
    assert restored.ui.reasonLineEdit.text() == "Spelling"
    assert restored.ui.saveButton.isEnabled()
    restored.close_without_asking()
    window.lock(LOCKED_IDLE)  # nothing open now: nothing kept
    unlock(qtbot, window)
    assert window.vault.drafts() == []


def test_discard_deletes_the_kept_forms(qtbot: Any, window: MainWindow) -> None:
    open_case(qtbot, window)
    form = window.open_entry_form("note")
    qtbot.keyClicks(form.ui.summaryPlainTextEdit, DRAFT_TEXT)
    window.lock(LOCKED_IDLE)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.drafts_dialog is not None)
    qtbot.mouseClick(window.drafts_dialog.ui.discardButton, Qt.MouseButton.LeftButton)
    assert window.vault.drafts() == []
    assert "Unsaved forms discarded." in window.status_label.text()


def test_lock_waits_for_a_backup_being_written(qtbot: Any, window: MainWindow) -> None:
    window._begin_critical()
    window.lock(LOCKED_IDLE)
    assert not window.is_locked and window.vault is not None
    with qtbot.waitSignal(window.locked):
        window._end_critical()
    assert window.is_locked


def test_closing_the_vault_keeps_forms_and_clears_as_a_lock_does(
    qtbot: Any, window: MainWindow, vault: Any
) -> None:
    """Locking and closing share one close sequence: the typed form is kept as a draft (and
    counted in the audit record), every view and window is cleared, the clipboard taken back."""
    open_case(qtbot, window)
    form = window.open_entry_form("note")
    qtbot.keyClicks(form.ui.summaryPlainTextEdit, DRAFT_TEXT)
    QApplication.clipboard().setText(CANARY_NAME)
    with qtbot.waitSignal(window.closed):
        window.close_vault()
    assert window.vault is None and not vault.is_open
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert QApplication.clipboard().text() == ""
    assert window.cases.rowCount() == 0 and not window.day.today.lines()
    assert texts_containing(CANARY_SUMMARY) == [] and texts_containing(CANARY_NAME) == []
    reopened = Vault.open(vault.path, PASSPHRASE)
    try:
        last = reopened.audit_records()[-1]
        assert (last.action, last.details.get("drafts")) == ("closed", 1)
        (kept,) = reopened.drafts()
        assert DRAFT_TEXT in json.dumps(kept.data)
    finally:
        reopened.close()
