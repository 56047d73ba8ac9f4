"""Locking while a backup, a vault check or a passphrase change runs: a backup or check is
stopped and the vault locks as soon as it has (no backup file is left), and the officer is
told; a passphrase change cannot be stopped, so the lock waits for it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shared_fixtures import PASSPHRASE
from test_shell_support import add_case, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.task_dialog import BackupDialog, VerifyDialog
from msvlo_desktop.gui.unlock_dialog import LOCKED_BY_USER, LOCKED_IDLE
from msvlo_desktop.storage import backup as copying
from msvlo_desktop.storage.vault import Vault

TIMEOUT_MS = 20_000
NEW_PASSPHRASE = "harbour lantern copper meadow"
NO_FILE = "no backup file was written"


@pytest.fixture(autouse=True)  # first in, last out: dialogs closing at teardown may ask
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def window(
    qtbot: Any, vault: Vault, clock: Any, tmp_path: Path, script: Any
) -> Iterator[MainWindow]:
    add_case(vault)
    add_case(vault, "HERON-0002", "Elira Krasniqi")
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
    qtbot.waitUntil(lambda: w._due_task is None, timeout=TIMEOUT_MS)
    _settle(qtbot, w)
    yield w
    _settle(qtbot, w)


def _settle(qtbot: Any, window: MainWindow) -> None:
    """The work held back until the case list (or the unlock dialog) is painted has
    started, so that none is left queued when the window goes at the end of the test."""
    qtbot.waitUntil(lambda: not window._after_paint.waiting, timeout=TIMEOUT_MS)
    unlock = window.unlock_dialog
    if unlock is not None:
        qtbot.waitUntil(lambda: not unlock._after_paint.waiting, timeout=TIMEOUT_MS)
    qtbot.wait(50)


@pytest.fixture
def steps() -> list[float]:
    """When each copy step ran (time.monotonic())."""
    return []


@pytest.fixture
def slow_copy(monkeypatch: pytest.MonkeyPatch, steps: list[float]) -> None:
    """One page per step, each a little slow: a small vault takes seconds to copy, as a long
    career's vault does for real."""
    real = copying.copy_database

    def slowly(source: Any, target: Path, passphrase: str, progress: Any = None) -> None:
        def step(done: int, total: int) -> bool:
            time.sleep(0.02)
            steps.append(time.monotonic())
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
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def _start_backup(qtbot: Any, window: MainWindow, script: Any, folder: Path) -> BackupDialog:
    """A backup into ``folder``, under way (a few pages copied)."""
    folder.mkdir()
    script.push(str(folder / "copy"))
    window.backup()
    dialog: BackupDialog = _dialog(BackupDialog)
    qtbot.waitUntil(lambda: dialog.ui.progressBar.value() > 2, timeout=TIMEOUT_MS)
    return dialog


def _unlock(qtbot: Any, window: MainWindow) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.passphraseLineEdit, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=TIMEOUT_MS):
        qtbot.keyClick(dialog.ui.passphraseLineEdit, Qt.Key.Key_Return)
    _settle(qtbot, window)


def _backups_recorded(vault_path: Path) -> int:
    with Vault.open(vault_path, PASSPHRASE) as again:
        return sum(1 for r in again.audit_records() if r.action == "backup written")


def test_lock_stops_a_backup_and_says_no_file_was_written(
    qtbot: Any,
    window: MainWindow,
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    script: Any,
    slow_copy: None,
    steps: list[float],
) -> None:
    folder = tmp_path / "backups"
    dialog = _start_backup(qtbot, window, script, folder)
    total = dialog.ui.progressBar.maximum()
    assert total > 20
    window.lock(LOCKED_BY_USER)
    asked = time.monotonic()
    # Not yet: the copy stops at the end of the step under way.
    assert not window.is_locked
    assert "Locking: stopping the backup first" in window.status_label.text()
    with qtbot.waitSignal(window.locked, timeout=TIMEOUT_MS) as locked:
        pass
    assert locked.args == [LOCKED_BY_USER]
    assert window.is_locked and window.vault is None and not vault.is_open
    # It stopped within a step or two, long before the copy would have finished.
    assert len([t for t in steps if t > asked]) <= 2
    assert len(steps) < total
    assert list(folder.iterdir()) == []  # no backup, and no partial copy either
    text = window.ui.lockedReasonLabel.text()
    assert text.startswith("Locked by you (Ctrl+L).")
    assert "The backup you started was stopped so that the vault could lock" in text
    assert NO_FILE in text
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, BackupDialog)]
    _unlock(qtbot, window)
    # Told again once unlocked, when the lock screen has gone.
    qtbot.waitUntil(lambda: any(a.kind == "inform" for a in script.asked), timeout=TIMEOUT_MS)
    [told] = [a for a in script.asked if a.kind == "inform"]
    assert told.title == "Stopped when the vault locked"
    assert NO_FILE in told.text and "Back up again once you have unlocked" in told.text
    assert window._stopping_for_lock == []
    _settle(qtbot, window)
    window.close_vault()
    assert _backups_recorded(vault_path) == 0


def test_the_idle_lock_stops_a_backup_too(
    qtbot: Any,
    window: MainWindow,
    clock: Any,
    tmp_path: Path,
    script: Any,
    slow_copy: None,
    steps: list[float],
) -> None:
    folder = tmp_path / "backups"
    dialog = _start_backup(qtbot, window, script, folder)
    total = dialog.ui.progressBar.maximum()
    clock.now += timedelta(minutes=5, seconds=1)
    with qtbot.waitSignal(window.locked, timeout=TIMEOUT_MS) as locked:
        pass
    assert locked.args == [LOCKED_IDLE]
    assert len(steps) < total
    assert list(folder.iterdir()) == []
    text = window.ui.lockedReasonLabel.text()
    assert "Locked after 5 minutes without activity." in text
    assert NO_FILE in text


def test_a_backup_past_its_last_page_finishes_and_is_kept(
    qtbot: Any,
    window: MainWindow,
    vault_path: Path,
    tmp_path: Path,
    script: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Flushing the copy and renaming it cannot be stopped: the lock waits, and says where
    the backup is."""
    real_fsync_dir = copying.fsync_dir

    def slow_fsync_dir(path: Path) -> None:
        time.sleep(0.5)
        real_fsync_dir(path)

    monkeypatch.setattr(copying, "fsync_dir", slow_fsync_dir)
    folder = tmp_path / "backups"
    folder.mkdir()
    script.push(str(folder / "copy"))
    window.backup()
    dialog: BackupDialog = _dialog(BackupDialog)
    qtbot.waitUntil(lambda: not dialog.ui.cancelButton.isEnabled(), timeout=TIMEOUT_MS)
    assert dialog.running  # every page copied; the file is being put in place
    window.lock(LOCKED_BY_USER)
    assert not window.is_locked
    with qtbot.waitSignal(window.locked, timeout=TIMEOUT_MS):
        pass
    assert [p.name for p in folder.iterdir()] == ["copy.msvlo"]
    text = window.ui.lockedReasonLabel.text()
    assert "The backup finished before the vault locked" in text
    assert str(folder / "copy.msvlo") in text
    assert NO_FILE not in text
    _settle(qtbot, window)
    window.close_vault()
    assert _backups_recorded(vault_path) == 1


def test_lock_stops_a_vault_check(qtbot: Any, window: MainWindow, slow_cases: None) -> None:
    window.verify()
    dialog: VerifyDialog = _dialog(VerifyDialog)
    qtbot.waitUntil(
        lambda: "Checking the hash chain" in dialog.ui.messageLabel.text(), timeout=TIMEOUT_MS
    )
    window.lock(LOCKED_BY_USER)
    assert not window.is_locked
    assert "Locking: stopping the vault check first" in window.status_label.text()
    with qtbot.waitSignal(window.locked, timeout=TIMEOUT_MS):
        pass
    result = dialog.result_value
    assert result is not None and result.cancelled and result.cases < 2
    assert "The vault check you started was stopped" in window.ui.lockedReasonLabel.text()


def test_lock_waits_for_a_passphrase_change_it_cannot_stop(
    qtbot: Any, window: MainWindow, vault_path: Path, slow_copy: None, steps: list[float]
) -> None:
    window.change_passphrase()
    dialog: ChangePassphraseDialog = _dialog(ChangePassphraseDialog)
    dialog.ui.currentPassphraseLineEdit.setText(PASSPHRASE)
    dialog.ui.newPassphraseLineEdit.setText(NEW_PASSPHRASE)
    dialog.ui.repeatPassphraseLineEdit.setText(NEW_PASSPHRASE)
    dialog.ui.changeButton.click()
    bar = dialog.ui.busyProgressBar
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() > 2, timeout=TIMEOUT_MS)
    pages = bar.maximum()
    window.lock(LOCKED_BY_USER)
    assert not window.is_locked
    assert "as soon as the current operation finishes" in window.status_label.text()
    with qtbot.waitSignal(window.locked, timeout=TIMEOUT_MS):
        pass
    # Every page was copied: the change was not cut short.
    assert len(steps) >= pages
    assert NO_FILE not in window.ui.lockedReasonLabel.text()
    _settle(qtbot, window)
    window.close_vault()
    Vault.open(vault_path, NEW_PASSPHRASE).close()
