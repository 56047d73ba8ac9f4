"""One façade for message boxes and file pickers, with a seam tests can answer.

Every question the application asks a person goes through here. Tests install a
:class:`ScriptedAnswers` so no real modal dialog blocks the event loop and nothing
monkeypatches Qt classes.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


@dataclass
class Asked:
    kind: str
    title: str
    text: str


@dataclass
class ScriptedAnswers:
    """Answers given in order; records every question asked (for assertions)."""

    answers: deque[Any] = field(default_factory=deque)
    asked: list[Asked] = field(default_factory=list)

    def push(self, *answers: Any) -> None:
        self.answers.extend(answers)

    def take(self, kind: str, title: str, text: str, default: Any = None) -> Any:
        self.asked.append(Asked(kind, title, text))
        return self.answers.popleft() if self.answers else default


_scripted: ScriptedAnswers | None = None


def install_script(script: ScriptedAnswers | None) -> None:
    """Route every question to ``script`` (tests), or back to real dialogs (None)."""
    global _scripted
    _scripted = script


def inform(parent: QWidget | None, title: str, text: str) -> None:
    if _scripted is not None:
        _scripted.take("inform", title, text)
        return
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    if _scripted is not None:
        _scripted.take("warn", title, text)
        return
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    if _scripted is not None:
        _scripted.take("error", title, text + ("\n" + details if details else ""))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    if _scripted is not None:
        return bool(_scripted.take("confirm", title, text, default_yes))
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, default)
    return answer == QMessageBox.StandardButton.Yes


def open_file(
    parent: QWidget | None, title: str, name_filter: str, folder: str = ""
) -> Path | None:
    if _scripted is not None:
        answer = _scripted.take("open_file", title, name_filter)
        return Path(answer) if answer else None
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, name_filter)
    return Path(path) if path else None


def save_file(
    parent: QWidget | None, title: str, name_filter: str, suggested: str = ""
) -> Path | None:
    if _scripted is not None:
        answer = _scripted.take("save_file", title, name_filter)
        return Path(answer) if answer else None
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(path) if path else None


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    if _scripted is not None:
        answer = _scripted.take("choose_folder", title, "")
        return Path(answer) if answer else None
    path = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(path) if path else None
