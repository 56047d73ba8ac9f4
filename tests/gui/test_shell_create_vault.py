"""Creating a vault through its dialog, with the keyboard only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.create_vault_dialog import CreateVaultDialog
from msvlo_desktop.storage.vault import Vault

GOOD = "lantern orchard velvet tides"


@pytest.fixture(autouse=True)  # first in, last out: dialogs closing at teardown may ask
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def dialog(qtbot: Any, tmp_path: Path, clock: Any, script: Any) -> CreateVaultDialog:
    d = CreateVaultDialog(clock=clock, default_folder=tmp_path)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    d.ui.officerNameLineEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.ui.officerNameLineEdit)
    return d


def type_here(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab(qtbot: Any, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_create_a_vault_with_the_keyboard(
    qtbot: Any, dialog: CreateVaultDialog, tmp_path: Path
) -> None:
    ui = dialog.ui
    type_here(qtbot, "A. Smith")
    tab(qtbot)
    type_here(qtbot, "PC 1234")
    tab(qtbot)
    type_here(qtbot, "Example Constabulary")
    tab(qtbot)
    assert QApplication.focusWidget() is ui.locationLineEdit
    ui.locationLineEdit.selectAll()
    type_here(qtbot, str(tmp_path / "mine"))
    tab(qtbot, 2)  # past Choose…
    assert QApplication.focusWidget() is ui.passphraseLineEdit
    type_here(qtbot, "short")
    assert not ui.createButton.isEnabled()
    assert ui.policyLabel.isVisible()
    assert "too short" in ui.policyLabel.text()
    tab(qtbot)  # the show/hide button is not a tab stop (Ctrl+H toggles)
    assert QApplication.focusWidget() is ui.repeatPassphraseLineEdit
    # Back to the first box and a passphrase the policy accepts; the repeat still differs.
    ui.passphraseLineEdit.setFocus()
    ui.passphraseLineEdit.selectAll()
    type_here(qtbot, GOOD)
    assert "too short" not in ui.policyLabel.text()
    assert "Type the same passphrase again" in ui.policyLabel.text()
    assert not ui.createButton.isEnabled()
    assert "Strength:" in ui.strengthLabel.text()
    ui.repeatPassphraseLineEdit.setFocus()
    type_here(qtbot, GOOD[:-1])
    assert "The two passphrases are different." in ui.policyLabel.text()
    assert not ui.createButton.isEnabled()
    type_here(qtbot, GOOD[-1])
    assert not ui.policyLabel.isVisible()
    assert ui.createButton.isEnabled()
    with qtbot.waitSignal(dialog.created, timeout=10_000) as created:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the default button
    vault: Vault = created.args[0]
    try:
        assert vault.path == tmp_path / "mine.msvlo"  # the suffix is added
        assert vault.officer.display == "PC 1234 A. Smith, Example Constabulary"
        assert [r.action for r in vault.audit_records()] == ["vault created"]
    finally:
        vault.close()
    reopened = Vault.open(tmp_path / "mine.msvlo", GOOD)
    reopened.close()
    assert ui.passphraseLineEdit.text() == ""  # not kept in a widget after use


def test_common_passphrases_and_the_officers_name_are_refused(
    qtbot: Any, dialog: CreateVaultDialog
) -> None:
    ui = dialog.ui
    ui.officerNameLineEdit.setText("Alexandra Smithson")
    for bad, message in (
        ("password1234", "most commonly used"),
        ("Alexandra Smithson", "your name"),
        ("123456789012", "sequence"),
    ):
        ui.passphraseLineEdit.setText(bad)
        ui.repeatPassphraseLineEdit.setText(bad)
        assert message in ui.policyLabel.text(), bad
        assert not ui.createButton.isEnabled()
        assert ui.strengthProgressBar.value() <= 1


def test_an_existing_file_is_never_overwritten(
    qtbot: Any, dialog: CreateVaultDialog, tmp_path: Path
) -> None:
    existing = tmp_path / "taken.msvlo"
    existing.write_bytes(b"something else")
    ui = dialog.ui
    ui.officerNameLineEdit.setText("A. Smith")
    ui.passphraseLineEdit.setText(GOOD)
    ui.repeatPassphraseLineEdit.setText(GOOD)
    ui.locationLineEdit.setText(str(existing))
    assert "already exists" in ui.locationProblemLabel.text()
    assert not ui.createButton.isEnabled()
    ui.locationLineEdit.setText(str(tmp_path / "missing-folder" / "v.msvlo"))
    assert "does not exist" in ui.locationProblemLabel.text()
    assert not ui.createButton.isEnabled()
    assert existing.read_bytes() == b"something else"


def test_choose_location_adds_the_suffix(
    qtbot: Any, dialog: CreateVaultDialog, tmp_path: Path, script: Any
) -> None:
    script.push(str(tmp_path / "chosen"))
    qtbot.mouseClick(dialog.ui.chooseLocationButton, Qt.MouseButton.LeftButton)
    assert script.asked[-1].kind == "save_file"
    assert dialog.ui.locationLineEdit.text() == str(tmp_path / "chosen.msvlo")


def test_show_toggle_works_from_the_keyboard(qtbot: Any, dialog: CreateVaultDialog) -> None:
    ui = dialog.ui
    button = ui.showPassphraseToolButton
    # Not a tab stop: a space typed after Tab must never reveal the passphrase.
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert ui.passphraseLineEdit.echoMode() == QLineEdit.EchoMode.Password
    assert button.accessibleName() == "Show passphrase"
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert ui.passphraseLineEdit.echoMode() == QLineEdit.EchoMode.Normal
    assert ui.repeatPassphraseLineEdit.echoMode() == QLineEdit.EchoMode.Normal
    assert button.accessibleName() == "Hide passphrase"
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert ui.passphraseLineEdit.echoMode() == QLineEdit.EchoMode.Password
