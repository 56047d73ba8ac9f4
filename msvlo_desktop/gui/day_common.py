"""What the officer's-day views share: obligation statuses in words and colour, read-only
tables, and the base of every case tab (show a case, forget it, open a form on it).

The views never judge anything themselves: obligations come from ``core.obligations``,
checklists from ``core.checklists`` and closing from ``core.closing``, and the words for an
obligation's status from ``core.wording_obligations`` (the same as the report's and the
command line's). This module only presents them: every status is written out in words, and
colour is added to the words, never used instead of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from msvlo_desktop.core.calendar import WorkingDayCalendar, london_date
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.obligations import Obligation
from msvlo_desktop.core.wording_obligations import since_phrase, status_phrase
from msvlo_desktop.gui import diagnostics
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

Clock = Callable[[], datetime]
# The author a form opens with: fixed, or asked for each time (the window's setting).
Author = str | Callable[[], str | None] | None


def author_now(author: Author) -> str | None:
    return author() if callable(author) else author


# (text colour, background) per status; the words always say the same thing.
_COLOURS: Mapping[str, tuple[str, str | None]] = {
    "overdue": ("#8f1116", "#fde4e4"),
    "due_today": ("#6b4500", "#fff1cc"),
    "due": ("#1d3557", "#e8eef6"),
    "awaited": ("#1d3557", None),
    "met_on_time": ("#1e6b35", "#e3f3e6"),
    "met_late": ("#7a3e00", "#fbe9d7"),
    "not_applicable": ("#55606e", None),
    "done": ("#1e6b35", "#e3f3e6"),
    "not_done": ("#8f1116", "#fde4e4"),
    "quiet": ("#55606e", None),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("DayViews", text)


def plural(n: int, one: str, many: str) -> str:
    return tr(one).format(n=n) if n == 1 else tr(many).format(n=n)


# ---------------------------------------------------------------------- statuses
def status_key(o: Obligation, at: datetime) -> str:
    """The colour family of an obligation's status at ``at``."""
    if o.status == "due":
        if o.is_milestone:
            return "awaited"
        return "due_today" if london_date(o.due) == london_date(at) else "due"
    return o.status


def status_words(o: Obligation, at: datetime, calendar: WorkingDayCalendar | None = None) -> str:
    """An obligation's status in words (``core.wording_obligations.status_phrase``, the
    phrase the report and ``msvlo due`` use), in the window's language."""
    return status_phrase(o, at, calendar, tr)


def since_words(o: Obligation) -> str:
    """What started the clock and when: "Suspect arrested, 24/12/2026"."""
    return since_phrase(o, tr)


def colours(key: str) -> tuple[QColor, QColor | None]:
    fg, bg = _COLOURS.get(key, _COLOURS["quiet"])
    return QColor(fg), QColor(bg) if bg else None


def style_label(label: QLabel, key: str, *, bold: bool = False) -> None:
    """Colour a status label (its text already says the status)."""
    fg, bg = _COLOURS.get(key, _COLOURS["quiet"])
    # The same padding whatever the colour, so the label keeps its size as the status changes.
    css = f"color: {fg}; background: {bg or 'transparent'}; border-radius: 3px; padding: 4px 8px;"
    css += " font-weight: 600;" if bold else ""
    label.setStyleSheet(css)
    label.updateGeometry()


# ---------------------------------------------------------------------- tables
@dataclass(frozen=True)
class Cell:
    """One table cell: its words, optional status colour, tooltip and hidden data."""

    text: str
    status: str | None = None
    tooltip: str | None = None
    data: Any = None
    align_right: bool = False
    bold: bool = False


def make_table(
    parent: QWidget, headers: Sequence[str], name: str, object_name: str
) -> QTableWidget:
    """A read-only, row-selecting table with an accessible name."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(object_name)
    table.setAccessibleName(name)
    # The style sheet sets the font; measure column widths in the font actually used.
    table.ensurePolished()
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    # Tab leaves the table for the next control; the arrow keys move between its rows.
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[Cell | str]]) -> None:
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, raw in enumerate(row):
            cell = raw if isinstance(raw, Cell) else Cell(raw)
            item = QTableWidgetItem(cell.text)
            item.setToolTip(cell.tooltip if cell.tooltip is not None else cell.text)
            if cell.data is not None:
                item.setData(Qt.ItemDataRole.UserRole, cell.data)
            if cell.align_right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if cell.status is not None:
                fg, bg = colours(cell.status)
                item.setForeground(QBrush(fg))
                if bg is not None:
                    item.setBackground(QBrush(bg))
            if cell.bold or cell.status in ("overdue", "not_done"):
                font = QFont(table.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    # No cell looks chosen until the officer chooses one.
    table.setCurrentCell(-1, -1)


def clear_table(table: QTableWidget) -> None:
    table.clearContents()
    table.setRowCount(0)


def one_line(text: str, limit: int = 160) -> str:
    """Long free text on one table line (the tooltip keeps it whole)."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------- case tabs
class CaseTab(QWidget):
    """What every case tab shares: the case shown, its buttons, its problem line and the
    signals below. ``clear`` forgets everything it showed (the window calls it before
    locking); how a tab is filled is its subclass's (``case_area.CaseLogTab``: from one read
    of the log, in a worker).

    ``entryAdded`` carries an entry saved from a form this tab opened; ``showEntry`` asks
    the window to select an entry in the Log tab; ``formOpened`` carries each form opened.
    """

    entryAdded = Signal(object)
    showEntry = Signal(str, str)
    formOpened = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        author: Author = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.author = author
        self.vault: Vault | None = None
        self.case_ref: str | None = None
        self.case: Case | None = None
        self.entries: list[Entry] = []
        self.effective: list[Entry] = []
        self.case_buttons: list[QPushButton] = []
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("caseTabProblemLabel")
        self.problem_label.setProperty("role", "error")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

    # ------------------------------------------------------------------ the API
    def refresh(self) -> None:
        """Take in what was recorded since the tab was filled; how is the subclass's."""
        raise NotImplementedError

    def clear(self) -> None:
        self.vault = None
        self.case_ref = None
        self.case = None
        self.entries = []
        self.effective = []
        self.problem_label.clear()
        self.problem_label.hide()
        self.clear_view()
        self._update_buttons()

    # ------------------------------------------------------------------ subclasses
    def clear_view(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ helpers
    def now(self) -> datetime:
        if self._clock is not None:
            return self._clock()
        if self.vault is not None:
            return self.vault.clock()
        from msvlo_desktop.storage.vault import utc_now

        return utc_now()

    def today(self) -> date:
        return london_date(self.now())

    def case_is_open(self) -> bool:
        return self.case is not None and self.case.status != "closed"

    def case_button(self, text: str, name: str, object_name: str) -> QPushButton:
        """A button that records something in the case: disabled while the case is closed."""
        button = QPushButton(text, self)
        button.setObjectName(object_name)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        self.case_buttons.append(button)
        button.setEnabled(False)
        return button

    def _update_buttons(self) -> None:
        open_case = self.case_is_open()
        for button in self.case_buttons:
            button.setEnabled(open_case and self.button_allowed(button))
            if self.case is not None and not open_case:
                button.setToolTip(
                    tr("The case is closed: reopen it (Case menu: Reopen case…) to add to it.")
                )
            else:
                button.setToolTip(button.accessibleName())

    def button_allowed(self, button: QPushButton) -> bool:
        """Whether a case button may be pressed now, besides the case being open."""
        return True

    def open_form(self, entry_type: str, prefill: Mapping[str, Any] | None = None) -> Any:
        """Open the entry form for ``entry_type`` on this case, filled with ``prefill``."""
        if self.vault is None or self.case_ref is None or not self.case_is_open():
            return None
        from msvlo_desktop.gui.entry_forms import open_entry_form

        try:
            dialog = open_entry_form(
                self.window(),
                self.vault,
                self.case_ref,
                entry_type,
                prefill=prefill,
                author=author_now(self.author),
            )
        except VaultError as exc:
            diagnostics.show_known_problem(self, exc, tr("The form could not be opened"))
            return None
        dialog.saved.connect(self._form_saved)
        self.formOpened.emit(dialog)
        return dialog

    def _form_saved(self, entry: Entry) -> None:
        self.refresh()
        self.entryAdded.emit(entry)
