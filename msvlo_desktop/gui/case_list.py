"""The list of cases on the left of the main window: the table, its filter, which case is
selected, the count under it and the next-due column, and the one-line description of the
selected case shown above its tabs.

:class:`CaseList` emits ``chosen(ref)`` when the officer moves to a case (never while the
list is being refilled); the window decides what opening it means.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView

from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.gui.case_table import (
    REF_ROLE,
    CaseFilterModel,
    CaseTableModel,
    child_text,
    make_case_list_keyboard_friendly,
    next_due_for,
)
from msvlo_desktop.gui.first_paint import AfterFirstPaint
from msvlo_desktop.storage.vault import CaseSummary


class CaseList(QObject):
    chosen = Signal(str)

    def __init__(
        self, table: QTableView, filter_edit: QLineEdit, count_label: QLabel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.filter_edit = filter_edit
        self.count_label = count_label
        self.model = CaseTableModel(parent)
        self.proxy = CaseFilterModel(parent)
        self.proxy.setSourceModel(self.model)
        self._reloading = False
        table.setModel(self.proxy)
        make_case_list_keyboard_friendly(table)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 140), (1, 260), (2, 150), (3, 110), (4, 90), (6, 70)):
            table.setColumnWidth(col, width)
        table.verticalHeader().hide()
        # At least three cases stay visible however tall the selected case's tabs are: more
        # would push the window past a 1366x768 screen with a case open (tests/gui/
        # test_keyboard_screen.py); the splitter gives the list more whenever there is room.
        row = table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(row * 3 + table.horizontalHeader().sizeHint().height() + 4)
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        filter_edit.textChanged.connect(self._filter)
        # After unlocking, background work waits for the case list to be painted.
        self.after_paint = AfterFirstPaint(table.viewport())

    def set_cases(self, cases: list[CaseSummary], selected: str | None) -> None:
        """Fill the list, keeping case ``selected`` selected."""
        self._reloading = True
        try:
            self.model.set_cases(cases)
            self.select(selected)
        finally:
            self._reloading = False
        n = self.model.rowCount()
        self.count_label.setText(self.tr("1 case") if n == 1 else self.tr("{n} cases").format(n=n))

    def select(self, ref: str | None) -> bool:
        """Select case ``ref`` (shown again if the filter hid it); False if it is not listed."""
        table = self.table
        if ref is None:
            table.clearSelection()
            return False
        row = self.model.row_of(ref)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filter
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        return True

    def clear_selection(self) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        selection.clearCurrentIndex()

    def clear(self) -> None:
        """Forget every case (locking or closing)."""
        self.model.clear()
        self.filter_edit.clear()
        self.count_label.clear()

    def set_due(self, result: Any) -> None:
        """Fill the next-due column from a Today pass (``TodayView.computed``)."""
        refs = self.model.references()
        self.model.set_next_due(
            next_due_for(refs, result.pending, result.closed, result.unreadable)
        )

    def is_open(self, ref: str) -> bool:
        row = self.model.row_of(ref)
        return row is not None and self.model.summary(row).status != "closed"

    def describe(self, ref: str) -> tuple[str, str] | None:
        """The header (reference, name and pseudonym) and the flags line of case ``ref``;
        None when it is not listed."""
        row = self.model.row_of(ref)
        if row is None:
            return None
        s = self.model.summary(row)
        header = self.tr("{ref} — {name} ({pseudonym})").format(
            ref=ref, name=s.victim_name, pseudonym=s.pseudonym
        )
        flags = [self.tr("Closed") if s.status == "closed" else self.tr("Open")]
        child = child_text(s)
        if child:
            flags.append(child)
        flags.append(
            self.tr("Enhanced rights") if s.enhanced_rights else self.tr("Standard rights")
        )
        if s.crime_reference:
            flags.append(self.tr("Crime ref. {ref}").format(ref=s.crime_reference))
        flags.append(self.tr("Opened {day}").format(day=uk_date(date.fromisoformat(s.opened_on))))
        due = self.model.next_due_of(ref)
        if due is not None:
            flags.append(due.text)
        return header, " · ".join(flags)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reloading:
            return
        ref = current.data(REF_ROLE) if current.isValid() else None
        if ref is not None:  # None: the filter hid the case; it stays open until another
            self.chosen.emit(ref)
