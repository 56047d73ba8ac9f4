"""Bindings between an entry field and the widget(s) that edit it.

A binding reads what the officer typed as the raw value ``core`` validates (blank is None,
nothing is parsed or judged here), writes a stored or drafted value back into the widget,
and reports changes. Drafts keep exactly what was typed, invalid or not, so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

_INTEGER = re.compile(r"[+-]?\d+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Binding:
    """One entry field (``name``) edited by ``widgets``."""

    def __init__(self, name: str, *widgets: QWidget) -> None:
        self.name = name
        self.widgets: tuple[QWidget, ...] = widgets

    def value(self) -> Any:
        """The raw value for ``core``: None when nothing was given."""
        raise NotImplementedError

    def draft(self) -> Any:
        """What is in the widget now, JSON-compatible, for a draft."""
        return self.value()

    def set(self, value: Any) -> None:
        raise NotImplementedError

    def connect(self, slot: Callable[[], None]) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        return self.value() in (None, "", [], {})


def _blank_to_none(text: str) -> str | None:
    return text if text.strip() else None


class LineBinding(Binding):
    """A QLineEdit holding text; ``kind`` "int" passes whole numbers as numbers (so the core
    can say "at least 1" for -2), "date" shows stored ISO dates the UK way."""

    def __init__(self, name: str, edit: QLineEdit, kind: str = "text") -> None:
        super().__init__(name, edit)
        self.edit = edit
        self.kind = kind

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        if self.kind == "int" and _INTEGER.fullmatch(text):
            return int(text)
        return text

    def draft(self) -> Any:
        return self.edit.text()

    def set(self, value: Any) -> None:
        if value is None:
            text = ""
        elif self.kind == "date" and isinstance(value, str) and _ISO_DATE.fullmatch(value):
            text = date.fromisoformat(value).strftime("%d/%m/%Y")
        else:
            text = str(value)
        self.edit.setText(text)

    def connect(self, slot: Callable[[], None]) -> None:
        self.edit.textChanged.connect(lambda _t: slot())


class TextBinding(Binding):
    def __init__(self, name: str, edit: QPlainTextEdit) -> None:
        super().__init__(name, edit)
        self.edit = edit

    def value(self) -> Any:
        return _blank_to_none(self.edit.toPlainText())

    def draft(self) -> Any:
        return self.edit.toPlainText()

    def set(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def connect(self, slot: Callable[[], None]) -> None:
        self.edit.textChanged.connect(slot)


class ChoiceBinding(Binding):
    """A QComboBox whose items carry the stored value as user data. With a placeholder the
    combo starts with nothing chosen, so a required choice is a deliberate one."""

    def __init__(
        self, name: str, combo: QComboBox, options: Iterable[tuple[Any, str]] = ()
    ) -> None:
        super().__init__(name, combo)
        self.combo = combo
        self.fill(options)

    def fill(self, options: Iterable[tuple[Any, str]], keep: bool = True) -> None:
        current = self.value() if keep else None
        self.combo.blockSignals(True)
        self.combo.clear()
        for data, label in options:
            self.combo.addItem(label, data)
        self.combo.setCurrentIndex(-1 if self.combo.placeholderText() else 0)
        self.combo.blockSignals(False)
        if current is not None:
            self.set(current)

    def value(self) -> Any:
        if self.combo.currentIndex() < 0:
            return None
        return self.combo.currentData()

    def set(self, value: Any) -> None:
        for i in range(self.combo.count()):
            if self.combo.itemData(i) == value and (
                value is not None or self.combo.itemData(i) is None
            ):
                self.combo.setCurrentIndex(i)
                return
        self.combo.setCurrentIndex(-1 if self.combo.placeholderText() else 0)

    def is_empty(self) -> bool:
        return self.combo.currentIndex() < 0

    def connect(self, slot: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _i: slot())


class CheckBinding(Binding):
    def __init__(self, name: str, box: QCheckBox) -> None:
        super().__init__(name, box)
        self.box = box

    def value(self) -> Any:
        return self.box.isChecked()

    def set(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def is_empty(self) -> bool:
        return False

    def connect(self, slot: Callable[[], None]) -> None:
        self.box.toggled.connect(lambda _c: slot())


class ChecklistBinding(Binding):
    """A QListWidget of checkable items, each carrying its stored code as user data."""

    def __init__(
        self,
        name: str,
        lst: QListWidget,
        options: Iterable[tuple[str, str]] = (),
        empty: Any = None,
    ) -> None:
        super().__init__(name, lst)
        self.list = lst
        self.empty = empty
        self.fill(options)

    def fill(self, options: Iterable[tuple[str, str]], tooltips: Sequence[str] = ()) -> None:
        checked = set(self.checked())
        self.list.blockSignals(True)
        self.list.clear()
        for i, (code, label) in enumerate(options):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked
            )
            if i < len(tooltips) and tooltips[i]:
                item.setToolTip(tooltips[i])
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)

    def checked(self) -> list[str]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def value(self) -> Any:
        return self.checked() or self.empty

    def draft(self) -> Any:
        return self.checked()

    def set(self, value: Any) -> None:
        wanted = set(value or [])
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )

    def is_empty(self) -> bool:
        return not self.checked()

    def connect(self, slot: Callable[[], None]) -> None:
        self.list.itemChanged.connect(lambda _i: slot())


class GroupBinding(Binding):
    """A field made of several line edits, stored as an object (interpreter, contact).
    ``optional`` gives None when every part is blank."""

    def __init__(self, name: str, parts: dict[str, QLineEdit], optional: bool = True) -> None:
        super().__init__(name, *parts.values())
        self.parts = parts
        self.optional = optional

    def value(self) -> Any:
        out = {k: _blank_to_none(e.text().strip()) for k, e in self.parts.items()}
        if self.optional and all(val is None for val in out.values()):
            return None
        return out

    def draft(self) -> Any:
        return {k: e.text() for k, e in self.parts.items()}

    def set(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for k, e in self.parts.items():
            e.setText("" if value.get(k) is None else str(value[k]))

    def is_empty(self) -> bool:
        return all(not e.text().strip() for e in self.parts.values())

    def connect(self, slot: Callable[[], None]) -> None:
        for e in self.parts.values():
            e.textChanged.connect(lambda _t: slot())
