"""The case list: one row per case with the victim, their flags and the next thing due.

The next thing due is the most urgent of a case's pending obligations (``core.obligations``),
as kept in the vault between sessions (``storage/digest.py``) and put in words by
``services.next_due``. The window takes them from the Today view's pass, in a worker, and fills
the column in when ready (``next_due_for``). Every status is shown in words as well as colour.

The list is reread after every save and case change, so its order costs one key per case:
the model keeps its rows in the order shown and sorts them itself (``CaseTableModel.sort``,
which a click on a column header reaches through the filter), as Qt's sorting proxy would
(a stable sort, equal rows keeping the order they had), but without a comparison in Python
per pair of rows. A reread that changes nothing changes nothing on screen.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableView

from msvlo_desktop.core.obligations import Obligation
from msvlo_desktop.services import next_due
from msvlo_desktop.services.next_due import NextDue
from msvlo_desktop.storage.vault import CaseSummary

REFERENCE, VICTIM, PSEUDONYM, CHILD, ENHANCED, NEXT_DUE, STATUS = range(7)
HEADERS = ("Reference", "Victim", "Pseudonym", "Child", "Rights", "Next thing due", "Status")
REF_ROLE = Qt.ItemDataRole.UserRole + 2
# The next-due column orders by urgency, then by date (the oldest overdue first).
URGENCY = {"overdue": 0, "due": 1, "none": 2, "closed": 3}
NOT_WORKED_OUT = 4
ASCENDING = Qt.SortOrder.AscendingOrder

OVERDUE_FG, OVERDUE_BG = QColor("#8f1116"), QColor("#fde4e4")
DUE_FG, DUE_BG = QColor("#6b4500"), QColor("#fff1cc")
QUIET_FG = QColor("#55606e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTable", text)


def most_urgent(obligations: Iterable[Obligation]) -> NextDue:
    """An open case's next thing due, in the window's words (``services.next_due``)."""
    return next_due.most_urgent(obligations, _tr)


def next_due_for(
    refs: Iterable[str],
    pending: Mapping[str, Sequence[Obligation]],
    closed: Collection[str] = (),
    unreadable: Collection[str] = (),
) -> dict[str, NextDue]:
    """The column for ``refs`` from one pass, in the window's words
    (``services.next_due.next_due_for``)."""
    return next_due.next_due_for(refs, pending, closed, unreadable, translate=_tr)


def child_text(summary: CaseSummary) -> str:
    if summary.age_disputed:
        return _tr("Age disputed")
    return _tr("Child") if summary.is_child else ""


class CaseTableModel(QAbstractTableModel):
    """One row per case, in the order shown (see the module's notes on sorting)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._listed: list[CaseSummary] = []  # as the vault lists them
        self._rows: list[CaseSummary] = []  # as shown
        self._row_of: dict[str, int] = {}
        self._due: dict[str, NextDue] = {}
        self._sort_column = -1
        self._sort_order = ASCENDING

    # ----------------------------------------------------------------- contents
    def set_cases(self, cases: list[CaseSummary]) -> None:
        """The cases as the vault lists them. Equal rows are then shown in that order, as
        after any reread; the same cases again move nothing and keep the selection."""
        listed = list(cases)
        refs = {c.reference for c in listed}
        self._due = {k: v for k, v in self._due.items() if k in refs}
        self._listed = listed
        rows = self._ordered(listed)
        if len(refs) == len(listed) == len(self._rows) and refs == self._row_of.keys():
            self._rearrange(rows)
            return
        self.beginResetModel()
        self._set_rows(rows)
        self.endResetModel()

    def set_next_due(self, due: dict[str, NextDue]) -> None:
        changed = [ref for ref, d in due.items() if self._due.get(ref) != d]
        if not changed:
            return
        self._due.update(due)
        if self._sort_column == NEXT_DUE:
            keys = self._keys(self._listed)
            if not self._in_order(keys):
                # As a sorting proxy does: every row sorted again, from the vault's order.
                self._rearrange(self._ordered(self._listed, keys))
        rows = [self._row_of[ref] for ref in changed if ref in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows), NEXT_DUE), self.index(max(rows), NEXT_DUE))

    def clear(self) -> None:
        self.beginResetModel()
        self._listed = []
        self._set_rows([])
        self._due = {}
        self.endResetModel()

    def references(self) -> list[str]:
        return [r.reference for r in self._listed]

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, ref: str) -> int | None:
        return self._row_of.get(ref)

    def next_due_of(self, ref: str) -> NextDue | None:
        return self._due.get(ref)

    # ----------------------------------------------------------------- order
    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        """Order the rows by ``column``: equal rows keep the order they are shown in, so
        a click on a second column keeps the first one's order within its groups."""
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self._rearrange(self._ordered(self._rows) if column >= 0 else list(self._listed))

    def _keys(self, rows: list[CaseSummary]) -> dict[str, Any]:
        """Each case's key in the sorted column, worked out once."""
        col, due = self._sort_column, self._due
        return {s.reference: self._sort_key(s, col, due.get(s.reference)) for s in rows}

    def _ordered(
        self, rows: list[CaseSummary], keys: dict[str, Any] | None = None
    ) -> list[CaseSummary]:
        """``rows`` in the order shown: one key per row and a stable sort, as Qt's proxy
        sorts (Python's sort is stable in both directions)."""
        if self._sort_column < 0:
            return list(rows)
        by_ref = self._keys(rows) if keys is None else keys
        return sorted(
            rows, key=lambda s: by_ref[s.reference], reverse=self._sort_order != ASCENDING
        )

    def _in_order(self, keys: dict[str, Any]) -> bool:
        """Whether the rows shown are still in order (no row before one it sorts after)."""
        shown = [keys[s.reference] for s in self._rows]
        if self._sort_order == ASCENDING:
            return not any(b < a for a, b in pairwise(shown))
        return not any(a < b for a, b in pairwise(shown))

    def _set_rows(self, rows: list[CaseSummary]) -> None:
        self._rows = rows
        self._row_of = {}
        for i, r in enumerate(rows):
            self._row_of.setdefault(r.reference, i)

    def _rearrange(self, rows: list[CaseSummary]) -> None:
        """Show the same cases as ``rows``: moved rows through a layout change (the
        selection and the current case follow their rows), changed ones redrawn."""
        if [r.reference for r in rows] != [r.reference for r in self._rows]:
            self.layoutAboutToBeChanged.emit()
            old_refs = [r.reference for r in self._rows]
            self._set_rows(rows)
            moved = self.persistentIndexList()
            self.changePersistentIndexList(
                moved,
                [self.index(self._row_of[old_refs[i.row()]], i.column()) for i in moved],
            )
            self.layoutChanged.emit()
            return
        changed = [
            i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new
        ]
        self._rows = rows
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), len(HEADERS) - 1)
            )

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        due = self._due.get(s.reference)
        if role == REF_ROLE:
            return s.reference
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(s, col, due)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == NEXT_DUE and due is not None and due.open_count > 1:
                more = due.open_count - 1
                return (
                    due.text
                    + "\n"
                    + (
                        _tr("and 1 more open obligation")
                        if more == 1
                        else _tr("and {n} more open obligations").format(n=more)
                    )
                )
            return self._text(s, col, due) or None
        if col == NEXT_DUE and due is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                if due.status == "overdue":
                    return QBrush(OVERDUE_FG)
                if due.status == "due":
                    return QBrush(DUE_FG)
                return QBrush(QUIET_FG)
            if role == Qt.ItemDataRole.BackgroundRole:
                if due.status == "overdue":
                    return QBrush(OVERDUE_BG)
                if due.status == "due":
                    return QBrush(DUE_BG)
            if role == Qt.ItemDataRole.FontRole and due.status == "overdue":
                font = QFont()
                font.setBold(True)
                return font
        if col == STATUS and role == Qt.ItemDataRole.ForegroundRole and s.status == "closed":
            return QBrush(QUIET_FG)
        return None

    def _text(self, s: CaseSummary, col: int, due: NextDue | None) -> str:
        if col == REFERENCE:
            return s.reference
        if col == VICTIM:
            return s.victim_name
        if col == PSEUDONYM:
            return s.pseudonym
        if col == CHILD:
            return child_text(s)
        if col == ENHANCED:
            return _tr("Enhanced") if s.enhanced_rights else _tr("Standard")
        if col == NEXT_DUE:
            return due.text if due is not None else _tr("Working out…")
        if col == STATUS:
            return _tr("Closed") if s.status == "closed" else _tr("Open")
        return ""

    def _sort_key(self, s: CaseSummary, col: int, due: NextDue | None) -> Any:
        if col == NEXT_DUE:
            if due is None:
                return (NOT_WORKED_OUT, "")
            urgency = URGENCY.get(due.status, NOT_WORKED_OUT)
            return (urgency, due.due.isoformat() if due.due else "")
        return self._text(s, col, due).casefold()


class CaseFilterModel(QSortFilterProxyModel):
    """Filters on every column's words (reference, names, pseudonym, flags, what is due).

    It never sorts: a column header's click is passed on to the case list, which keeps its
    rows in the order shown (``CaseTableModel.sort``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class _NoCaseOnFocus(QObject):
    """Focus arriving in the case list (by Tab, or the window coming back) opens nothing.

    An item view given focus with no current row makes its first row current, and the window
    opens the current case: Tab through the window would replace Today with the first case.
    Here the list takes focus as it is; the arrow keys, a click or Enter choose a case.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._table
            and event.type() == QEvent.Type.FocusIn
            and not self._table.currentIndex().isValid()
        ):
            # The focus frame is still drawn; only the view's "make a row current" is skipped.
            self._table.viewport().update()
            self._table.update()
            return True
        return False


def make_case_list_keyboard_friendly(table: QTableView) -> None:
    """Tab leaves the case list (the arrow keys move between cases), and focusing the list
    never opens a case by itself."""
    table.setTabKeyNavigation(False)
    table.installEventFilter(_NoCaseOnFocus(table))
