"""An entry form's date line edit read as the case dialog's date fields are
(``gui/date_field.py``): typed day first or ISO, the date understood shown under the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit

from msvlo_desktop.gui.date_field import PLACEHOLDER, DateReading, Today, place_below, style_reading
from msvlo_desktop.gui.entry_forms.bindings import LineBinding


class DateBinding(LineBinding):
    """An entry form's date line edit: the core gets the ISO date understood (or the text as
    typed, which it refuses naming the field); the date understood shows under the field."""

    def __init__(self, name: str, edit: QLineEdit, label: str, today: Today) -> None:
        super().__init__(name, edit, "date")
        self.label = label
        self.today = today
        self.understood = QLabel(edit.parentWidget())
        self.understood.setObjectName(f"{edit.objectName()}Understood")
        self.understood.setMinimumHeight(self.understood.fontMetrics().height())
        if not edit.placeholderText():
            edit.setPlaceholderText(PLACEHOLDER)
        place_below(edit, self.understood)
        edit.textChanged.connect(self._typed)
        self._typed()

    def reading(self) -> DateReading:
        return DateReading(self.edit.text(), self.label, self.today(), None)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        day = self.reading().day
        return day.isoformat() if day else text

    def _typed(self, _text: str = "") -> None:
        reading = self.reading()
        # The core's own message shows beside the field on Save; here only the date taken.
        style_reading(
            self.understood, reading if reading.day else DateReading("", "", date.min, None)
        )
