"""The backup and verify dialogs: progress that moves, a Cancel that works and leaves nothing
behind, and a window that stays usable while they run."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shared_fixtures import PASSPHRASE
from test_shell_support import add_case, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.task_dialog import BackupDialog, VerifyDialog
from msvlo_desktop.storage import backup as copying
from msvlo_desktop.storage import integrity
from msvlo_desktop.storage.vault import Vault

TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def window(qtbot: Any, vault: Vault, clock: Any, tmp_path: Path) -> MainWindow:
    add_case(vault)
    add_case(vault, "HERON-0002", "Elira Krasniqi")
    add_case(vault, "OSPREY-0003", "Ana Popescu")
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None, timeout=TIMEOUT_MS)
    return w


@pytest.fixture
def slow_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of one page per step, each a little slow: a small vault takes a second or two,
    as a long career's vault does for real."""
    real = copying.copy_database

    def slowly(source: Any, target: Path, passphrase: str, progress: Any = None) -> None:
        def step(done: int, total: int) -> bool:
            time.sleep(0.02)
            return progress(done, total) if progress is not None else True

        real(source, target, passphrase, step)

    monkeypatch.setattr(copying, "STEP_PAGES", 1)
    monkeypatch.setattr(copying, "copy_database", slowly)


@pytest.fixture
def slow_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each case's chain takes a while to check, as a long log does."""
    real: Callable[..., Any] = Vault._verify_case

    def slowly(self: Vault, *args: Any) -> Any:
        time.sleep(0.4)
        return real(self, *args)

    monkeypatch.setattr(Vault, "_verify_case", slowly)


def _dialog(kind: type) -> Any:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind))


def _values(dialog: Any) -> list[int]:
    seen: list[int] = []
    dialog.ui.progressBar.valueChanged.connect(seen.append)
    return seen


def test_backup_progress_moves_to_the_end(
    qtbot: Any, window: MainWindow, tmp_path: Path, script: Any, slow_copy: None
) -> None:
    script.push(str(tmp_path / "copy"))
    window.backup()
    dialog = _dialog(BackupDialog)
    seen = _values(dialog)
    assert dialog.ui.cancelButton.isVisible() and dialog.ui.cancelButton.isEnabled()
    with qtbot.waitSignal(dialog.ended, timeout=TIMEOUT_MS):
        pass
    assert len(seen) > 10 and seen == sorted(seen)
    assert seen[-1] == dialog.ui.progressBar.maximum() > 10
    assert dialog.ui.headingLabel.text() == "Backup written"
    assert not dialog.ui.cancelButton.isVisible() and dialog.ui.closeButton.isVisible()
    assert (tmp_path / "copy.msvlo").exists()
    assert "Backup written" in window.status_label.text()


def test_cancelling_a_backup_leaves_no_file(
    qtbot: Any, window: MainWindow, vault: Vault, tmp_path: Path, script: Any, slow_copy: None
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    script.push(str(folder / "copy"))
    audit_before = len(vault.audit_records())
    window.backup()
    dialog = _dialog(BackupDialog)
    qtbot.waitUntil(lambda: dialog.ui.progressBar.value() > 2, timeout=TIMEOUT_MS)
    assert "MB to" in dialog.ui.messageLabel.text()
    with qtbot.waitSignal(dialog.ended, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
        assert dialog.ui.messageLabel.text() == "Stopping…"
    assert dialog.stopped
    assert dialog.ui.headingLabel.text() == "Backup stopped"
    assert "No backup file was written" in dialog.ui.messageLabel.text()
    assert list(folder.iterdir()) == []
    assert len(vault.audit_records()) == audit_before
    assert "Backup stopped" in window.status_label.text()
    # The vault is as it was, and a lock no longer waits for anything.
    assert vault.verify().ok
    assert window._critical == 0


@pytest.fixture
def held_copy(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """A copy that stops part-way inside one of its steps (``held`` is set) until ``gate`` is
    set: whatever the copy holds during a step, it holds it for as long as the test likes."""
    held, gate = threading.Event(), threading.Event()
    real = copying.copy_database

    def holding(source: Any, target: Path, passphrase: str, progress: Any = None) -> None:
        def step(done: int, total: int) -> bool:
            if done >= 3 and not gate.is_set():
                held.set()
                gate.wait(60)
            return progress(done, total) if progress is not None else True

        real(source, target, passphrase, step)

    monkeypatch.setattr(copying, "STEP_PAGES", 1)
    monkeypatch.setattr(copying, "copy_database", holding)
    yield held, gate
    gate.set()


def test_the_window_stays_usable_during_a_backup(
    qtbot: Any,
    window: MainWindow,
    vault: Vault,
    tmp_path: Path,
    script: Any,
    held_copy: tuple[threading.Event, threading.Event],
) -> None:
    held, gate = held_copy
    script.push(str(tmp_path / "copy"))
    window.backup()
    dialog = _dialog(BackupDialog)
    assert held.wait(TIMEOUT_MS / 1000), "the copy never reached its third step"
    # The copy is stopped inside a step. Reading the case list, as the window does after a
    # save, must not wait for it: if it did, it would return only once the gate opened.
    opener = threading.Timer(15, gate.set)
    opener.start()
    try:
        for _ in range(5):
            window.reload_cases()
            assert not gate.is_set(), "the case list waited for the backup copy"
            assert window.case_list.model.rowCount() == 3
    finally:
        opener.cancel()
        gate.set()
    with qtbot.waitSignal(dialog.ended, timeout=TIMEOUT_MS):
        pass
    assert dialog.ui.headingLabel.text() == "Backup written"


def test_verify_progress_moves_through_every_part(
    qtbot: Any, window: MainWindow, slow_cases: None
) -> None:
    window.verify()
    dialog = _dialog(VerifyDialog)
    seen = _values(dialog)
    qtbot.waitUntil(
        lambda: "Checking the hash chain" in dialog.ui.messageLabel.text() or not dialog.running,
        timeout=TIMEOUT_MS,
    )
    assert "Checking the hash chain of every case" in dialog.ui.messageLabel.text()
    with qtbot.waitSignal(dialog.ended, timeout=TIMEOUT_MS):
        pass
    assert seen == sorted(seen) and seen[-1] == integrity.VERIFY_TOTAL
    assert any(integrity.CASES < v < integrity.AUDIT for v in seen)
    assert dialog.ui.headingLabel.text() == "The vault is intact"
    assert "intact" in window.status_label.text()


def test_cancelling_verify_says_stopped_not_intact(
    qtbot: Any, window: MainWindow, slow_cases: None
) -> None:
    window.verify()
    dialog = _dialog(VerifyDialog)
    qtbot.waitUntil(
        lambda: "Checking the hash chain" in dialog.ui.messageLabel.text(), timeout=TIMEOUT_MS
    )
    with qtbot.waitSignal(dialog.ended, timeout=TIMEOUT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels, as the button does
        assert dialog.ui.messageLabel.text() == "Stopping…"
    result = dialog.result_value
    assert result.cancelled and not result.ok
    assert result.cases < 3
    assert dialog.ui.headingLabel.text() == "Verification stopped"
    assert "not known to be intact" in dialog.ui.messageLabel.text()
    assert "stopped" in window.status_label.text()
    assert "intact" not in window.status_label.text()
    assert dialog.isVisible()  # the outcome stays on screen until closed


def test_verify_and_backup_dialogs_start_busy(qtbot: Any, vault: Vault, tmp_path: Path) -> None:
    for dialog in (VerifyDialog(vault), BackupDialog(vault, tmp_path / "b.msvlo")):
        qtbot.addWidget(dialog)
        assert dialog.ui.cancelButton.isVisibleTo(dialog)
        assert dialog.ui.progressBar.maximum() == 0  # moving "busy" bar until the first step
    vault.close()
    with Vault.open(vault.path, PASSPHRASE) as again:
        assert again.verify().ok
