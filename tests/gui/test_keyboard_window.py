"""The main window with the keyboard: Tab through the case list opens no case and leaves
it again, and Settings has a key on every platform."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton
from test_shell_support import CANARY_REF, add_case, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.settings_dialog import settings_shortcuts


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def _window(qtbot: Any, vault: Any, tmp_path: Path, clock: Any) -> MainWindow:
    add_case(vault)
    add_case(vault, "HERON-0002", "Other Person")
    window = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    return window


def test_tab_into_the_case_list_opens_no_case_and_tab_leaves_it(
    qtbot: Any, vault: Any, tmp_path: Path, clock: Any
) -> None:
    window = _window(qtbot, vault, tmp_path, clock)
    table = window.ui.casesTableView
    assert window.current_ref is None  # Today is shown
    before = table.previousInFocusChain()
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert window.focusWidget() is table
    assert window.current_ref is None, "focusing the list replaced Today with a case"
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert window.focusWidget() is not table
    assert window.current_ref is None
    # The officer chooses a case explicitly: the arrow keys in the list.
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.current_ref in (CANARY_REF, "HERON-0002")


def test_settings_has_ctrl_comma_everywhere(
    qtbot: Any, vault: Any, tmp_path: Path, clock: Any
) -> None:
    assert QKeySequence("Ctrl+,") in settings_shortcuts()
    assert all(not k.isEmpty() for k in settings_shortcuts())
    window = _window(qtbot, vault, tmp_path, clock)
    assert QKeySequence("Ctrl+,") in window.ui.settingsAction.shortcuts()
    _ = QApplication.instance()


def test_every_control_of_the_window_showing_today_is_reached(
    qtbot: Any, tmp_path_factory: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from keyboard_support import assert_every_control_reached
    from test_day_support import AT, copy_vault, open_vault

    from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV

    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))
    vault = open_vault(copy_vault(tmp_path_factory, tmp_path))
    try:
        window = MainWindow(vault, make_settings(tmp_path), clock=lambda: AT, watch_session=False)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        with qtbot.waitSignal(window.day.today.computed, timeout=20_000):
            window.compute_due()
        # The window starts a pass of its own once the case list is painted: let it end.
        qtbot.waitUntil(
            lambda: not window.day.today.busy and window.ui.casesTableView.isVisible(),
            timeout=20_000,
        )
        qtbot.waitUntil(lambda: window.day.today.refresh_button.isEnabled(), timeout=20_000)
        buttons = [b for b in window.findChildren(QPushButton, "todayActionButton")]
        assert any(b.isVisible() for b in buttons)
        assert_every_control_reached(qtbot, window)
        assert window.current_ref is None
    finally:
        vault.close()
