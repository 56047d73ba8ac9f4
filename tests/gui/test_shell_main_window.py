"""The main window: the case list and what is due, opening cases, logging entries, search,
and the vault actions (verify, backup, change passphrase, settings)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shared_fixtures import PASSPHRASE
from test_shell_support import CANARY_NAME, CANARY_REF, add_case, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_table import NEXT_DUE, OVERDUE_BG, OVERDUE_FG
from msvlo_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.settings import DEFAULT_AUTHOR, IDLE_LOCK_MINUTES
from msvlo_desktop.gui.settings_dialog import SettingsDialog
from msvlo_desktop.gui.task_dialog import BackupDialog, VerifyDialog
from msvlo_desktop.storage.vault import Vault

NEW_PASSPHRASE = "harbour quilt meadow signal"


@pytest.fixture(autouse=True)  # first in, last out: dialogs closing at teardown may ask
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def window(qtbot: Any, vault: Any, clock: Any, tmp_path: Path) -> MainWindow:
    add_case(vault)
    add_case(vault, "HERON-0002", "Elira Krasniqi")
    # An arrest nobody has told the victim about: overdue by now.
    vault.add_entry(
        CANARY_REF,
        {
            "type": "investigation_event",
            "occurred_at": "2026-11-09T09:00:00+00:00",
            "event": "arrest",
        },
    )
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None, timeout=10_000)
    return w


def row_texts(w: MainWindow) -> list[list[str]]:
    model = w.ui.casesTableView.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_case_list_shows_victims_flags_and_what_is_due(window: MainWindow) -> None:
    rows = {r[0]: r for r in row_texts(window)}
    kestrel = rows[CANARY_REF]
    assert kestrel[1] == CANARY_NAME and kestrel[2] == "Pseudocanary Heron"
    assert kestrel[4] == "Enhanced" and kestrel[6] == "Open"
    # The most overdue of its obligations: an adult case opened on Monday 02/11/2026 with
    # neither an NRM referral nor a Duty to Notify (due the next working day, 03/11/2026),
    # before the support referral (04/11/2026) and the arrest update (10/11/2026).
    assert kestrel[NEXT_DUE] == (
        "Overdue: Seek the victim's consent and refer into the NRM, or make a Duty to Notify "
        "referral (due 03/11/2026)"
    )
    index = window.cases.index(window.cases.row_of(CANARY_REF), NEXT_DUE)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_FG
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BG
    assert window.ui.caseCountLabel.text() == "2 cases"


def test_child_and_disputed_age_flags(qtbot: Any, vault: Any, clock: Any, tmp_path: Path) -> None:
    add_case(vault, "A-1", "Child One", claimed_age=15)
    add_case(vault, "A-2", "Child Two", age_disputed=True)
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    rows = {r[0]: r for r in row_texts(w)}
    assert rows["A-1"][3] == "Child"
    assert rows["A-2"][3] == "Age disputed"


def test_filter_and_open_a_case(qtbot: Any, window: MainWindow, vault: Any) -> None:
    qtbot.keyClicks(window.ui.filterLineEdit, "krasniqi")
    assert [r[0] for r in row_texts(window)] == ["HERON-0002"]
    window.ui.filterLineEdit.clear()
    assert len(row_texts(window)) == 2
    assert window.ui.caseStackedWidget.currentWidget() is not window.ui.casePage
    assert not window.ui.logInteractionAction.isEnabled()
    window.select_case(CANARY_REF)
    assert window.ui.caseStackedWidget.currentWidget() is window.ui.casePage
    assert CANARY_NAME in window.ui.caseHeaderLabel.text()
    assert "Overdue" in window.ui.caseFlagsLabel.text()
    assert window.ui.logInteractionAction.isEnabled()
    consulted = [r for r in vault.audit_records() if r.category == "consultation"]
    assert [(r.action, r.case_ref) for r in consulted] == [("case opened", CANARY_REF)]
    assert CANARY_NAME not in window.windowTitle()  # titles show in task bars


def test_logging_an_entry_confirms_the_save(qtbot: Any, window: MainWindow, vault: Any) -> None:
    window.select_case(CANARY_REF)
    assert window.ui.logInteractionAction.shortcut().toString() == "Ctrl+I"
    assert window.ui.logProvisionAction.shortcut().toString() == "Ctrl+Shift+P"
    form = window.open_entry_form("note")
    assert form is not None and form.case_ref == CANARY_REF
    form.ui.summaryPlainTextEdit.setPlainText("Called the victim's support worker.")
    before = vault.entry_count(CANARY_REF)
    with qtbot.waitSignal(form.saved):
        form.ui.saveButton.click()
    assert vault.entry_count(CANARY_REF) == before + 1
    assert window.status_label.text() == "Saved 12:00"


def test_new_case_from_the_window(qtbot: Any, window: MainWindow, vault: Any) -> None:
    window.ui.newCaseAction.trigger()
    dialog = window.findChild(type(window), "") or next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "CaseDialog"
    )
    dialog.ui.referenceLineEdit.setText("OSPREY-0004")
    dialog.ui.victimNameLineEdit.setText("Łukasz Wiśniewski")
    dialog.ui.pseudonymLineEdit.setText("Red Kite")
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.saveButton.click()
    assert vault.case_exists("OSPREY-0004")
    assert window.current_ref == "OSPREY-0004"
    assert window.status_label.text() == "Saved 12:00"
    assert "OSPREY-0004" in [r[0] for r in row_texts(window)]


def test_search_result_opens_the_case_and_entry(qtbot: Any, window: MainWindow, vault: Any) -> None:
    entry = vault.entries("HERON-0002")[0]
    window.open_search()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "openEntry")
    )
    dialog.openEntry.emit("HERON-0002", entry.id)
    assert window.current_ref == "HERON-0002"
    current = window.log_view.current_entry()
    assert current is not None and current.id == entry.id


def test_verify_reports_ok(qtbot: Any, window: MainWindow) -> None:
    window.verify()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VerifyDialog))
    with qtbot.waitSignal(dialog.ended, timeout=20_000):
        pass
    assert dialog.ui.headingLabel.text() == "The vault is intact"
    assert "OK. Checked 2 cases and 3 entries" in dialog.ui.messageLabel.text()
    assert "intact" in window.status_label.text()


def test_backup_writes_an_encrypted_copy(
    qtbot: Any, window: MainWindow, tmp_path: Path, script: Any
) -> None:
    script.push(str(tmp_path / "copy"))
    window.backup()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BackupDialog))
    with qtbot.waitSignal(dialog.ended, timeout=20_000):
        pass
    assert (tmp_path / "copy.msvlo").exists()
    assert "Backup written" in window.status_label.text()
    window.close_vault()
    copy = Vault.open(tmp_path / "copy.msvlo", PASSPHRASE)
    try:
        assert copy.case_exists(CANARY_REF)
    finally:
        copy.close()


def test_change_passphrase(qtbot: Any, window: MainWindow, vault_path: Path) -> None:
    window.change_passphrase()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePassphraseDialog)
    )
    ui = dialog.ui
    ui.currentPassphraseLineEdit.setText("not it")
    ui.newPassphraseLineEdit.setText("short")
    assert "too short" in ui.policyLabel.text()
    assert not ui.changeButton.isEnabled()
    ui.newPassphraseLineEdit.setText(NEW_PASSPHRASE)
    ui.repeatPassphraseLineEdit.setText(NEW_PASSPHRASE)
    assert ui.changeButton.isEnabled()
    with qtbot.waitSignal(dialog.ended, timeout=20_000):
        ui.changeButton.click()
    assert "current passphrase is not right" in ui.messageLabel.text()
    ui.currentPassphraseLineEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        ui.changeButton.click()
    assert "Passphrase changed" in window.status_label.text()
    window.close_vault()
    Vault.open(vault_path, NEW_PASSPHRASE).close()


def test_settings_are_saved_and_applied(qtbot: Any, window: MainWindow) -> None:
    window.open_settings()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    ui = dialog.ui
    assert ui.idleLockSpinBox.value() == 5
    assert ui.defaultAuthorLineEdit.text() == "PC 1234 A. Smith, Example"
    ui.idleLockSpinBox.setValue(12)
    ui.defaultAuthorLineEdit.setText("PC 1234 A. Smith (MSVLO)")
    ui.exportFolderLineEdit.setText("/no/such/folder")
    assert not ui.saveButton.isEnabled()
    ui.exportFolderLineEdit.setText("")
    ui.saveButton.click()
    assert window.settings.get(IDLE_LOCK_MINUTES) == 12
    assert window.idle.timeout.total_seconds() == 12 * 60
    assert window.settings.get(DEFAULT_AUTHOR, window.vault) == "PC 1234 A. Smith (MSVLO)"
    assert window.log_view.author == "PC 1234 A. Smith (MSVLO)"
    assert window.settings.store.value("default_author") is None  # kept in the vault only


def test_window_state_is_remembered_without_case_data(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    window.select_case(CANARY_REF)
    window.close_vault()
    stored = (tmp_path / "settings.ini").read_bytes()
    assert b"geometry" in stored
    assert CANARY_NAME.encode() not in stored and CANARY_REF.encode() not in stored


def test_closing_the_vault_returns_and_audits(qtbot: Any, window: MainWindow, vault: Any) -> None:
    with qtbot.waitSignal(window.closed):
        window.ui.closeVaultAction.trigger()
    assert not vault.is_open
    reopened = Vault.open(vault.path, PASSPHRASE)
    try:
        assert [r.action for r in reopened.audit_records()][-1] == "closed"
    finally:
        reopened.close()


def test_the_window_with_a_case_open_fits_a_1366_by_768_screen(
    qtbot: Any, tmp_path: Path, clock: Any
) -> None:
    """With a case open, the window shrinks to fit a 768-pixel screen less a taskbar and the
    title bar (about 700 pixels): the NRM timeline scrolls, the case list keeps three rows."""
    from msvlo_desktop.services.training import create_training_vault

    vault = create_training_vault(tmp_path / "training.msvlo", PASSPHRASE, cases=3)
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None, timeout=10_000)
    assert w.case_list.select(vault.list_cases()[0].reference)
    qtbot.waitUntil(lambda: not w.area.busy, timeout=20_000)
    # A real vault has no TRAINING banner: what the window needs without it.
    banner = w.ui.trainingBannerLabel
    banner_height = banner.height() + w.ui.centralWidget.layout().spacing()
    tabs = w.ui.caseTabWidget
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        w.resize(1366, 600)
        QApplication.processEvents()
        assert w.height() - banner_height <= 700, (tabs.tabText(i), w.height(), banner_height)
