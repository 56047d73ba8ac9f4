"""Changing the passphrase of a vault that takes a while to copy: the officer is told before
starting that it cannot be stopped, and sees how much has been copied while it runs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shared_fixtures import PASSPHRASE
from test_shell_support import add_case

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from msvlo_desktop.storage import backup as copying
from msvlo_desktop.storage.vault import Vault

NEW_PASSPHRASE = "harbour lantern copper meadow"
TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def slow_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """One page per step, each a little slow: a small vault takes a second or two to copy,
    as a long career's vault does for real."""
    real = copying.copy_database

    def slowly(source: Any, target: Path, passphrase: str, progress: Any = None) -> None:
        def step(done: int, total: int) -> bool:
            time.sleep(0.01)
            return progress(done, total) if progress is not None else True

        real(source, target, passphrase, step)

    monkeypatch.setattr(copying, "STEP_PAGES", 1)
    monkeypatch.setattr(copying, "copy_database", slowly)


@pytest.fixture
def dialog(qtbot: Any, vault: Vault) -> ChangePassphraseDialog:
    add_case(vault)
    d = ChangePassphraseDialog(vault)
    qtbot.addWidget(d)
    d.show()
    return d


def _fill(d: ChangePassphraseDialog, current: str = PASSPHRASE) -> None:
    d.ui.currentPassphraseLineEdit.setText(current)
    d.ui.newPassphraseLineEdit.setText(NEW_PASSPHRASE)
    d.ui.repeatPassphraseLineEdit.setText(NEW_PASSPHRASE)
    assert d.ui.changeButton.isEnabled()


def test_the_dialog_says_before_starting_that_it_cannot_be_stopped(
    dialog: ChangePassphraseDialog, vault: Vault
) -> None:
    label = dialog.no_stop_label
    assert label.isVisible()
    text = label.text()
    assert "cannot be stopped" in text
    assert "copy takes the vault's place only at the end" in text
    assert "do not start it now" in text
    megabytes = max(vault.path.stat().st_size / 1_000_000, 1)
    assert f"This vault is {megabytes:.0f} MB." in text
    # Nothing is under way yet: no progress, and Cancel closes.
    assert not dialog.ui.busyProgressBar.isVisible()
    assert not dialog.progress_label.isVisible()
    assert dialog.ui.cancelButton.isEnabled()


def test_progress_is_shown_as_the_vault_is_copied(
    qtbot: Any, dialog: ChangePassphraseDialog, vault: Vault, slow_copy: None
) -> None:
    _fill(dialog)
    bar = dialog.ui.busyProgressBar
    seen: list[int] = []
    texts: list[str] = []
    bar.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT_MS):
        dialog.ui.changeButton.click()
        assert bar.isVisible() and bar.maximum() == 0  # moving until the copy starts
        assert dialog.progress_label.text() == "Checking the current passphrase…"
        assert not dialog.ui.cancelButton.isEnabled()
        qtbot.waitUntil(lambda: bar.maximum() > 0 and 2 < bar.value() < bar.maximum())
        texts.append(dialog.progress_label.text())
        # Escape does not close it or stop it.
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and dialog.running
    pages = bar.maximum()
    assert pages > 10
    assert len(seen) > 10 and seen == sorted(seen)
    assert seen[-1] == pages
    assert "MB copied. This cannot be stopped" in texts[0]
    assert texts[0].startswith("Re-encrypting: ")
    assert not dialog.isVisible()
    vault.close()
    Vault.open(vault.path, NEW_PASSPHRASE).close()


def test_a_wrong_current_passphrase_hides_the_progress_again(
    qtbot: Any, dialog: ChangePassphraseDialog, vault: Vault
) -> None:
    _fill(dialog, current="not the passphrase")
    with qtbot.waitSignal(dialog.ended, timeout=TIMEOUT_MS):
        dialog.ui.changeButton.click()
    assert "current passphrase is not right" in dialog.ui.messageLabel.text()
    assert not dialog.ui.busyProgressBar.isVisible()
    assert not dialog.progress_label.isVisible()
    assert dialog.no_stop_label.isVisible()
    assert dialog.ui.cancelButton.isEnabled()
    vault.close()
    Vault.open(vault.path, PASSPHRASE).close()
