"""The unlock dialog: one message for any wrong passphrase, a growing pause, plain messages
for problems that are something else, and the unlock recorded in the audit log."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shared_fixtures import PASSPHRASE

from msvlo_desktop.gui.unlock_dialog import (
    LOCKED_BY_USER,
    LOCKED_IDLE,
    LOCKED_SESSION,
    LOCKED_SUSPEND,
    UnlockDialog,
    failure_delay,
    lock_reason_text,
)
from msvlo_desktop.storage.vault import Vault

GENERIC = "The vault could not be unlocked. Check the passphrase."


@pytest.fixture
def closed_vault(vault: Any) -> Path:
    path: Path = vault.path
    vault.close()
    return path


def make(qtbot: Any, path: Path, clock: Any, **kw: Any) -> UnlockDialog:
    dialog = UnlockDialog(path, clock=clock, tick_ms=5, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot: Any, dialog: UnlockDialog, passphrase: str) -> None:
    field = dialog.ui.passphraseLineEdit
    field.selectAll()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_delays_grow_and_stop_at_thirty_seconds() -> None:
    assert [failure_delay(n) for n in range(8)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_wrong_then_right(qtbot: Any, closed_vault: Path, clock: Any) -> None:
    dialog = make(qtbot, closed_vault, clock)
    assert str(closed_vault) in dialog.ui.vaultPathLabel.text()
    attempt(qtbot, dialog, "not the passphrase")
    assert dialog.ui.messageLabel.text() == GENERIC
    assert dialog.failures == 1
    assert not dialog.ui.unlockButton.isEnabled()
    assert dialog.retry_at == clock.now + timedelta(seconds=1)
    assert "You can try again in 1 s" in dialog.ui.delayLabel.text()
    assert "only slows down guessing" in dialog.ui.delayLabel.text()  # a deterrent only
    qtbot.keyClick(dialog.ui.passphraseLineEdit, Qt.Key.Key_Return)  # ignored while waiting
    assert dialog.failures == 1 and not dialog.busy
    clock.now += timedelta(seconds=1)
    qtbot.waitUntil(lambda: dialog.ui.unlockButton.isEnabled())
    assert not dialog.ui.delayLabel.isVisible()

    attempt(qtbot, dialog, "also wrong")  # a different wrong passphrase: same message
    assert dialog.ui.messageLabel.text() == GENERIC
    assert dialog.retry_at == clock.now + timedelta(seconds=2)
    assert "You can try again in 2 s" in dialog.ui.delayLabel.text()
    clock.now += timedelta(seconds=2)
    qtbot.waitUntil(lambda: dialog.ui.unlockButton.isEnabled())

    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        attempt(qtbot, dialog, PASSPHRASE)
    vault: Vault = unlocked.args[0]
    try:
        assert vault.is_open
        assert [r.action for r in vault.audit_records()][-1] == "unlocked"
    finally:
        vault.close()
    assert dialog.ui.passphraseLineEdit.text() == ""


def test_the_delay_function_is_injected(qtbot: Any, closed_vault: Path, clock: Any) -> None:
    seen: list[int] = []

    def delay(n: int) -> float:
        seen.append(n)
        return 7.0

    dialog = make(qtbot, closed_vault, clock, delay_for=delay)
    attempt(qtbot, dialog, "wrong one")
    attempt_blocked = dialog.waiting
    clock.now += timedelta(seconds=7)
    qtbot.waitUntil(lambda: not dialog.waiting)
    attempt(qtbot, dialog, "wrong two")
    assert seen == [1, 2]
    assert attempt_blocked


def test_a_vault_open_elsewhere_says_so(qtbot: Any, vault: Any, clock: Any) -> None:
    dialog = make(qtbot, vault.path, clock)  # ``vault`` holds the file open
    attempt(qtbot, dialog, PASSPHRASE)
    assert "open in another MSVLO Desktop window" in dialog.ui.messageLabel.text()
    assert dialog.failures == 0 and dialog.retry_at is None  # not a guess: no pause


def test_missing_and_unencrypted_files_say_so(qtbot: Any, tmp_path: Path, clock: Any) -> None:
    dialog = make(qtbot, tmp_path / "gone.msvlo", clock)
    attempt(qtbot, dialog, PASSPHRASE)
    assert "There is no vault at" in dialog.ui.messageLabel.text()
    plain = tmp_path / "plain.msvlo"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    dialog = make(qtbot, plain, clock)
    attempt(qtbot, dialog, PASSPHRASE)
    assert "unencrypted SQLite database" in dialog.ui.messageLabel.text()
    assert dialog.failures == 0


def test_why_it_locked(qtbot: Any, closed_vault: Path, clock: Any) -> None:
    assert lock_reason_text(LOCKED_IDLE, 5) == "Locked after 5 minutes without activity."
    assert lock_reason_text(LOCKED_IDLE, 1) == "Locked after 1 minute without activity."
    assert lock_reason_text(LOCKED_BY_USER) == "Locked by you (Ctrl+L)."
    assert "computer was locked" in lock_reason_text(LOCKED_SESSION)
    assert "suspended" in lock_reason_text(LOCKED_SUSPEND)
    dialog = make(qtbot, closed_vault, clock, reason=LOCKED_IDLE, idle_minutes=10)
    assert dialog.ui.lockReasonLabel.text() == "Locked after 10 minutes without activity."
    first_open = make(qtbot, closed_vault, clock)
    assert not first_open.ui.lockReasonLabel.isVisible()


def test_cancel_while_unlocking_closes_the_vault_again(
    qtbot: Any, closed_vault: Path, clock: Any
) -> None:
    dialog = make(qtbot, closed_vault, clock)
    dialog.ui.passphraseLineEdit.setText(PASSPHRASE)
    dialog.try_unlock()
    dialog.reject()
    qtbot.waitUntil(lambda: _can_open(closed_vault), timeout=10_000)


def _can_open(path: Path) -> bool:
    try:
        Vault.open(path, PASSPHRASE).close()
    except Exception:
        return False
    return True


def test_a_slow_unlock_says_why_and_the_words_go_with_it(
    qtbot: Any, closed_vault: Path, clock: Any
) -> None:
    import threading

    release = threading.Event()

    def slow_open(path: Path, passphrase: str, **kw: Any) -> Vault:
        release.wait(10)
        return Vault.open(path, passphrase, **kw)

    dialog = make(qtbot, closed_vault, clock, opener=slow_open, slow_after_ms=50)
    dialog.ui.passphraseLineEdit.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.ui.busyLabel.text() == "Unlocking…"
    qtbot.waitUntil(lambda: "first unlock after an update" in dialog.ui.busyLabel.text())
    assert dialog.ui.busyLabel.wordWrap()
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as got:
        release.set()
    got.args[0].close()
    assert dialog.ui.busyLabel.text() == "Unlocking…"
    assert not dialog.ui.busyLabel.isVisibleTo(dialog)
