"""F1 opens the user guide shipped inside the package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from test_shell_support import add_case, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.help_viewer import GUIDE, HelpViewer, guide_markdown, install_help
from msvlo_desktop.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def test_the_packaged_guide_is_the_one_in_docs() -> None:
    packaged = (ROOT / "msvlo_desktop" / GUIDE).read_text("utf-8")
    assert packaged == (ROOT / "docs/USER-GUIDE.md").read_text("utf-8"), "run `make forms`"


def test_the_guide_is_shown_as_formatted_text_without_missing_pictures(qtbot: Any) -> None:
    viewer = HelpViewer()
    qtbot.addWidget(viewer)
    text = viewer.browser.toPlainText()
    assert "Keyboard shortcuts" in text
    assert "Create your vault" in text
    assert "screenshots/" not in viewer.browser.toMarkdown()
    assert "![" not in guide_markdown()
    # Headings are headings, not "## " typed out.
    assert "## " not in text


def test_f1_opens_the_guide_from_the_window(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    menu.addAction("About")
    action = install_help(window, menu)
    assert menu.actions()[0] is action
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewers = [w for w in window.findChildren(HelpViewer) if w.isVisible()]
    assert len(viewers) == 1
    viewers[0].close()


def test_the_main_window_has_f1(qtbot: Any, vault: Any, tmp_path: Path, clock: Any) -> None:
    add_case(vault)
    window = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(window)
    f1 = [a for a in window.actions() if "F1" in [k.toString() for k in a.shortcuts()]]
    assert len(f1) == 1
    # From a form or dialog too, not only while the main window is active.
    assert f1[0].shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
