"""One date field for every form: type a date the way people write it and see what was taken.

An officer types ``7/12/2027``, ``07/12/27`` or ``2027-12-07`` (select all and type over it, as
in any text box); next to the field the form shows the date it understood in full ("Tuesday 7
December 2027") or why it understood none. Reading is the core's
(``core.typed_dates.typed_date``): day first, a two-digit year within the 80 years before and
the 20 after today. Nothing is moved to fit: a date after the field's latest allowed day is
kept as typed and flagged beside the field ("after today: check the year"), and the core
refuses it on Save with the field's name where its rules say so.

* :class:`DateField`: the case dialog's date fields (a line edit and the understood line),
  with the calls of the ``QDateEdit`` it replaces (``date``, ``setDate``, ``dateChanged``,
  ``setMaximumDate``) so the dialog reads it as before;
* ``entry_forms.date_binding.DateBinding``: an entry form's date line edit
  (``next_contact_on``, ``review_on``), read the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.typed_dates import date_words, typed_date

Today = Callable[[], date]
PLACEHOLDER = "dd/mm/yyyy"


class DateReading:
    """What a typed text means: a date, or the reason it is none (English, from the core)."""

    def __init__(self, text: str, label: str, today: date, latest: date | None) -> None:
        self.day: date | None = None
        self.problem = ""
        self.warning = ""
        if not text.strip():
            return
        try:
            self.day = typed_date(text, label, today)
        except ValidationError as exc:
            self.problem = exc.problems[0].message
            return
        if latest is not None and self.day > latest:
            self.warning = "after today: check the year" if latest == today else "too late"

    def words(self) -> str:
        if self.day is None:
            return self.problem
        shown = date_words(self.day)
        return f"{shown}: {self.warning}" if self.warning else shown


def style_reading(label: QLabel, reading: DateReading) -> None:
    label.setText(reading.words())
    bad = bool(reading.problem or reading.warning)
    label.setProperty("invalid", bad)
    label.setStyleSheet("color: #b00020;" if bad else "color: palette(placeholder-text);")


class DateField(QWidget):
    """A date typed as text, with the date understood shown under it."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(PLACEHOLDER)
        self.understood = QLabel(self)
        self.understood.setObjectName("understoodLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.understood)
        # The line is always there (a space when empty), so the form never jumps.
        self.understood.setMinimumHeight(self.understood.fontMetrics().height())
        self.setFocusProxy(self.edit)
        self._today: Today = date.today
        self._latest: QDate | None = None
        self._earliest: QDate | None = None
        self.edit.textChanged.connect(self._typed)
        self._typed()

    # -- the QDateEdit calls the dialog makes
    def set_today(self, today: Today) -> None:
        self._today = today
        self._typed()

    def setMaximumDate(self, latest: QDate) -> None:
        """The latest sensible day: a later one is flagged, never moved."""
        self._latest = latest
        self._typed()

    def setMinimumDate(self, earliest: QDate) -> None:
        self._earliest = earliest

    def maximumDate(self) -> QDate:
        return self._latest or QDate(2100, 12, 31)

    def setDate(self, day: QDate) -> None:
        self.edit.setText(day.toString("dd/MM/yyyy") if day.isValid() else "")

    def date(self) -> QDate:
        """The date understood, or an invalid ``QDate`` when the text is none."""
        day = self.reading().day
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def text(self) -> str:
        return self.edit.text()

    def iso_text(self) -> str | None:
        """The date understood as ISO for the core; the text as typed when it is none (the
        core then refuses it naming the field); ``None`` when blank."""
        text = self.edit.text().strip()
        if not text:
            return None
        day = self.reading().day
        return day.isoformat() if day else text

    def py_date(self) -> dt.date | None:
        return self.reading().day

    def reading(self) -> DateReading:
        latest = self._latest
        return DateReading(
            self.edit.text(),
            self.accessibleName() or "Date",
            self._today(),
            date(latest.year(), latest.month(), latest.day()) if latest else None,
        )

    def _typed(self, _text: str = "") -> None:
        style_reading(self.understood, self.reading())
        self.dateChanged.emit(self.date())


def place_below(edit: QWidget, label: QLabel) -> None:
    """Put ``label`` just under ``edit`` in the box layout that holds it (or, in a form
    layout row, in a new column box made of the two)."""
    top = edit.window()
    for layout in top.findChildren(QLayout):
        index = layout.indexOf(edit)
        if index < 0:
            continue
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(index + 1, label)
            return
        if isinstance(layout, QFormLayout):
            position: tuple[int, object] = layout.getWidgetPosition(edit)  # type: ignore[assignment]
            layout.insertRow(position[0] + 1, "", label)
            return
    parent = edit.parentWidget()
    holder = parent.layout() if parent is not None else None
    if holder is not None:
        holder.addWidget(label)
