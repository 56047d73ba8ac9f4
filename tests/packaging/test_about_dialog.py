"""Help > About: version, the MIT licence, the third-party notices and About Qt."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from msvlo_desktop.gui import about_dialog
from msvlo_desktop.gui.about_dialog import AboutDialog, legal_text

ROOT = Path(__file__).resolve().parents[2]


def test_dialog_shows_version_licence_and_notices(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "MSVLO Desktop" in dialog.summary.text()
    assert "MIT licence" in dialog.summary.text()
    assert dialog.licence_view.toPlainText().startswith("MIT License")
    notices = dialog.notices_view.toPlainText()
    assert "PySide6" in notices and "SQLCipher" in notices and "PDFium" in notices
    assert dialog.licence_view.isReadOnly() and dialog.notices_view.isReadOnly()


def test_about_qt_button_opens_qts_box(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda parent, title: calls.append(title))
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.about_qt_button.click()
    assert calls == ["About Qt"]


def test_frozen_folder_is_read_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "LICENSE").write_text("frozen copy", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert legal_text("LICENSE") == "frozen copy"


def test_texts_match_the_repository_files() -> None:
    for name in ("LICENSE", "THIRD-PARTY-NOTICES"):
        assert legal_text(name) == (ROOT / name).read_text(encoding="utf-8")


def test_missing_file_is_said_plainly(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about_dialog, "legal_text", lambda name: None)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "The file LICENSE is not part of this installation" in dialog.licence_view.toPlainText()


def test_help_menu_opens_the_about_box(
    qtbot: QtBot, vault: Any, clock: Any, tmp_path: Path
) -> None:
    from msvlo_desktop.gui.main_window import MainWindow
    from msvlo_desktop.gui.settings import Settings

    window = MainWindow(
        vault, Settings.in_file(tmp_path / "settings.ini"), clock=clock, watch_session=False
    )
    qtbot.addWidget(window)
    window.show()
    window.ui.aboutAction.trigger()
    dialogs = [d for d in window.findChildren(AboutDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].licence_view.toPlainText().startswith("MIT License")
    dialogs[0].close()
