"""The interpreter of a contact (an interaction or a victim update): name, language and
whether the interpreter is independent of the place of exploitation (Right 1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit

from msvlo_desktop.gui.entry_forms.bindings import Binding, ChoiceBinding
from msvlo_desktop.gui.entry_forms.display import tr

__all__ = ["InterpreterBinding"]


class InterpreterBinding(Binding):
    """The interpreter object: name, language and whether they are independent (Right 1).
    None when nothing is given, so a contact without an interpreter records none."""

    def __init__(self, name_edit: QLineEdit, language_edit: QLineEdit, independent: QComboBox):
        super().__init__("interpreter", name_edit, language_edit, independent)
        self.name_edit = name_edit
        self.language_edit = language_edit
        self.independent = ChoiceBinding(
            "independent",
            independent,
            [
                (None, tr("Not recorded")),
                (True, tr("Yes: independent")),
                (False, tr("No: connected to the place of exploitation")),
            ],
        )

    def value(self) -> Any:
        name = self.name_edit.text().strip() or None
        language = self.language_edit.text().strip() or None
        independent = self.independent.value()
        if name is None and language is None and independent is None:
            return None
        out: dict[str, Any] = {"name": name, "language": language}
        if independent is not None:
            out["independent"] = independent
        return out

    def draft(self) -> Any:
        return {
            "name": self.name_edit.text(),
            "language": self.language_edit.text(),
            "independent": self.independent.value(),
        }

    def set(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.name_edit.setText(str(value.get("name") or ""))
        self.language_edit.setText(str(value.get("language") or ""))
        self.independent.set(value.get("independent"))

    def is_empty(self) -> bool:
        return self.value() is None

    def connect(self, slot: Callable[[], None]) -> None:
        self.name_edit.textChanged.connect(lambda _t: slot())
        self.language_edit.textChanged.connect(lambda _t: slot())
        self.independent.connect(slot)
