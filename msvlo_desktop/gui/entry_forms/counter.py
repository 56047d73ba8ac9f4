"""How much of a long text field's room is used: "1,234 of 20,000 characters" under it.

The core refuses text longer than ``values.MAX_TEXT`` (20,000 characters); the counter lets
the officer see the limit coming instead of meeting it at Save. It counts as the core does
(line endings as one character, Unicode composed, the ends trimmed).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QPlainTextEdit, QWidget

from msvlo_desktop.core.values import MAX_TEXT


def _tr(text: str) -> str:
    return QCoreApplication.translate("counter", text)


def counted(text: str) -> int:
    """The length of ``text`` as the core measures it against the limit."""
    return len(unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip())


def _box_of(root: QWidget, widget: QWidget) -> QBoxLayout | None:
    for layout in root.findChildren(QLayout):
        if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
            return layout
    return None


class CharacterCounter(QObject):
    """A counter label under ``edit`` (in the box layout that holds it)."""

    def __init__(self, root: QWidget, edit: QPlainTextEdit, limit: int = MAX_TEXT) -> None:
        super().__init__(edit)
        self.edit = edit
        self.limit = limit
        self.label = QLabel(edit.parentWidget())
        self.label.setObjectName(f"{edit.objectName()}CounterLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label.setAccessibleName(_tr("Characters used"))
        box = _box_of(root, edit)
        if box is not None:
            box.insertWidget(box.indexOf(edit) + 1, self.label)
        edit.textChanged.connect(self.update)
        self.update()

    def update(self) -> None:
        n = counted(self.edit.toPlainText())
        text = _tr("{n} of {limit} characters").format(n=f"{n:,}", limit=f"{self.limit:,}")
        if n > self.limit:
            text = _tr("{n} of {limit} characters: {over} too many").format(
                n=f"{n:,}", limit=f"{self.limit:,}", over=f"{n - self.limit:,}"
            )
        role = "error" if n > self.limit else "hint"
        self.label.setText(text)
        if self.label.property("role") != role:
            self.label.setProperty("role", role)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)
