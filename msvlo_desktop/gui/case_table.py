"""The case list: one row per case with the victim, their flags and the next thing due.

The next thing due is the most urgent of a case's pending obligations (``core.obligations``),
as kept in the vault between sessions (``storage/digest.py``). The window takes them from the
Today view's pass, in a worker, and fills the column in when ready (``next_due_for``). Every
status is shown in words as well as colour.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from msvlo_desktop.core.calendar import WorkingDayCalendar
from msvlo_desktop.core.obligations import Obligation, is_pending, sort_by_urgency
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.storage.digest import pending_obligations
from msvlo_desktop.storage.errors import CaseNotFound
from msvlo_desktop.storage.vault import CaseSummary, Vault

REFERENCE, VICTIM, PSEUDONYM, CHILD, ENHANCED, NEXT_DUE, STATUS = range(7)
HEADERS = ("Reference", "Victim", "Pseudonym", "Child", "Rights", "Next thing due", "Status")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_FG, OVERDUE_BG = QColor("#8f1116"), QColor("#fde4e4")
DUE_FG, DUE_BG = QColor("#6b4500"), QColor("#fff1cc")
QUIET_FG = QColor("#55606e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTable", text)


@dataclass(frozen=True)
class NextDue:
    """The most urgent open obligation of a case, in words."""

    status: str  # "overdue", "due", "none", "closed", "unknown"
    text: str
    due: datetime | None
    open_count: int = 0


def most_urgent(obligations: Iterable[Obligation]) -> NextDue:
    """An open case's next thing due: the first of its pending obligations by urgency."""
    pending = [o for o in obligations if is_pending(o)]
    if not pending:
        return NextDue("none", _tr("Nothing due"), None)
    first = sort_by_urgency(pending)[0]
    if first.status == "overdue":
        text = _tr("Overdue: {label} (due {day})")
    else:
        text = _tr("Due: {label} (by {day})")
    return NextDue(
        first.status,
        text.format(label=first.label, day=uk_date(first.due)),
        first.due,
        len(pending),
    )


def next_due_for(
    refs: Iterable[str],
    pending: Mapping[str, Sequence[Obligation]],
    closed: Collection[str] = (),
    unreadable: Collection[str] = (),
) -> dict[str, NextDue]:
    """The column for ``refs`` from one pass: each open case's pending obligations, the
    closed cases and the cases whose log could not be read. A case the pass did not see (made
    since) is left out: it shows "Working out…" until the next pass."""
    out: dict[str, NextDue] = {}
    for ref in refs:
        if ref in pending:
            out[ref] = most_urgent(pending[ref])
        elif ref in closed:
            out[ref] = NextDue("closed", _tr("Case closed"), None)
        elif ref in unreadable:
            out[ref] = NextDue("unknown", _tr("Not worked out: the log could not be read"), None)
    return out


def compute_next_due(
    vault: Vault,
    refs: list[str],
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
) -> dict[str, NextDue]:
    """Every case's next thing due at ``at``, in one pass over the kept pending obligations
    (``storage/digest.py``); cases not in the vault are left out."""
    found = pending_obligations(vault, at, calendar=calendar, refs=refs)
    pending = {ref: p.obligations for ref, p in found.cases.items()}
    return next_due_for(refs, pending, found.closed, found.unreadable)


def next_due(vault: Vault, ref: str, at: datetime) -> NextDue:
    """One case's next thing due at ``at``."""
    found = compute_next_due(vault, [ref], at)
    if ref not in found:
        raise CaseNotFound(ref)
    return found[ref]


def child_text(summary: CaseSummary) -> str:
    if summary.age_disputed:
        return _tr("Age disputed")
    return _tr("Child") if summary.is_child else ""


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._due: dict[str, NextDue] = {}

    # ----------------------------------------------------------------- contents
    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(cases)
        self._due = {k: v for k, v in self._due.items() if any(c.reference == k for c in cases)}
        self.endResetModel()

    def set_next_due(self, due: dict[str, NextDue]) -> None:
        self._due.update(due)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, NEXT_DUE), self.index(len(self._rows) - 1, NEXT_DUE)
            )

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._due = {}
        self.endResetModel()

    def references(self) -> list[str]:
        return [r.reference for r in self._rows]

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, ref: str) -> int | None:
        for i, r in enumerate(self._rows):
            if r.reference == ref:
                return i
        return None

    def next_due_of(self, ref: str) -> NextDue | None:
        return self._due.get(ref)

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
        if role == SORT_ROLE:
            return self._sort_key(s, col, due)
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
            order = {"overdue": 0, "due": 1, "none": 2, "closed": 3}
            if due is None:
                return (4, "")
            return (order.get(due.status, 4), due.due.isoformat() if due.due else "")
        return self._text(s, col, due).casefold()


class CaseFilterModel(QSortFilterProxyModel):
    """Filters on every column's words (reference, names, pseudonym, flags, what is due)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
