"""The Today view: everything owed across every open case, overdue first, with one button
per line that opens the right form already filled in.

It is the first thing shown after the vault is unlocked. What the lines are (overdue, due
today, due in the next seven days), their order and what each line's form opens with are
worked out by ``services.today`` from each open case's pending obligations as kept in the vault
(``storage/digest.py``): a pass reads the log only of a case that changed since (a save, a
correction, an edited record), so after a save it costs one case. The first pass after an
upgrade (or a change of rules or calendar) reads every log; the view then says how far it has
got. The pass runs in a worker thread (``gui.workers``) and ``computed`` is emitted when the
lines are shown: one code path for eight cases and for a thousand. The same pass gives the case
list its next-due column (``TodayResult.pending``).

Showing the result costs what the lines in view cost, however long the list: the list is a
table over a model (``TodayModel``) whose rows keep their heights in the table's header, a
line's words (dates, working days overdue) are worked out the first time it is drawn, and
its button is made when it comes into view.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.calendar import WorkingDayCalendar, london_date
from msvlo_desktop.core.obligations import default_calendar
from msvlo_desktop.core.timefmt import uk_date, uk_datetime, weekday_name
from msvlo_desktop.gui import diagnostics
from msvlo_desktop.gui.day_common import (
    Author,
    Clock,
    author_now,
    colours,
    plural,
    since_words,
    status_key,
    status_words,
    style_label,
    tr,
)
from msvlo_desktop.gui.workers import Task, TaskCancelled, run_task
from msvlo_desktop.services.today import (
    GROUPS,
    OVERDUE,
    TODAY,
    WEEK,
    TodayLine,
    TodayResult,
    compute_today,
    retention_text,
)
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

GROUP_TITLES = {
    OVERDUE: "Overdue",
    TODAY: "Due today",
    WEEK: "Due in the next 7 days",
}
GROUP_EMPTY = {
    OVERDUE: "Nothing is overdue.",
    TODAY: "Nothing else is due today.",
    WEEK: "Nothing else falls due in the next 7 days.",
}
STATUS, WHO, WHAT, DUE, ACTION = range(5)
HEADERS = ("Status", "Case and victim", "What is owed, and since when", "Due by", "Action")
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
ORDER_ROLE = Qt.ItemDataRole.UserRole + 2  # the line's place (a group's: its first line's)
# The case-and-victim column is as wide as the widest of this many longest names (by
# characters).
_WIDTH_SAMPLE = 40
_WIDTH_SPARE_PX = 8  # so the widest name does not run into the next column
# A pass that reads this many logs or more says how far it has got (the first pass after an
# upgrade reads every log: about 20 s for a thousand long cases); fewer are over too soon.
PROGRESS_FROM = 10


def summary_text(result: TodayResult) -> str:
    """ "3 overdue, 2 due today across 8 open cases; 5 more due in the next 7 days"."""
    overdue, today, week = (result.count(g) for g in GROUPS)
    cases = plural(result.cases, "{n} open case", "{n} open cases")
    text = tr("{overdue} overdue, {today} due today across {cases}").format(
        overdue=overdue, today=today, cases=cases
    )
    if week:
        text += tr("; {n} more due in the next 7 days").format(n=week)
    return text


# ---------------------------------------------------------------------- the lines' words
@dataclass(frozen=True)
class LineTexts:
    """What one line shows and says, in the view's columns."""

    status: str
    who: str
    what: str
    due: str
    tooltips: tuple[str, str, str, str]  # Status, Case and victim, What is owed, Due by
    accessible: str
    colour: str  # the status's colour family (day_common.colours)
    bold: bool


def line_texts(line: TodayLine, at: datetime, calendar: WorkingDayCalendar) -> LineTexts:
    """A line's words at ``at``. The view asks for them only when a line is first drawn
    (or read out): a thousand lines' dates and working days worked out at once would hold
    the window for a quarter of a second."""
    o = line.obligation
    status = status_words(o, at, calendar)
    victim = f"{line.victim_name} — {line.pseudonym}"
    since = since_words(o)
    who = f"{o.case}\n{victim}"
    what = o.label + (" ⚠" if o.warnings else "") + "\n" + tr("Since: {since}").format(since=since)
    due = tr("due {when}").format(when=uk_datetime(o.due))
    what_tip = what + ("\n\n" + "\n".join(o.warnings) if o.warnings else "")
    who_tip = who + "\n" + tr("Double-click to open the case.")
    accessible = tr("{status}: {what}, case {ref}, {victim}, since {since}, {due}").format(
        status=status, what=o.label, ref=o.case, victim=victim, since=since, due=due
    )
    return LineTexts(
        status,
        who,
        what,
        due,
        (status, who_tip, what_tip, due),
        accessible,
        status_key(o, at),
        o.status == "overdue",
    )


# ---------------------------------------------------------------------- the model
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_LINE = int(LINE_ROLE)
_ORDER = int(ORDER_ROLE)
_LINE_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ACCESSIBLE, _FOREGROUND, _BACKGROUND, _FONT))
_HEAD_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_LINE_FLAGS = _HEAD_FLAGS | Qt.ItemFlag.ItemIsSelectable
# The kinds of row: a group's title with its count, one line, a group's "nothing" row.
HEAD, LINE, EMPTY = "head", "line", "empty"
ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root (never changed)


class Row(NamedTuple):
    """One row of the view: its kind, its group's number, and (for a line) the line's
    place in its group and in the whole list (a title's: its group's first line's)."""

    kind: str
    group: int
    at: int = 0
    place: int = 0


class TodayModel(QAbstractTableModel):
    """The rows of the Today view, top to bottom: each group's title with its count
    (Overdue, Due today, Due in the next 7 days), then its lines (or a row saying there is
    nothing). A line's words are worked out when the view first asks for them (only rows
    in view are drawn) and kept until the next result, so showing 1,245 lines costs what
    the dozen on screen cost."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._lines: list[list[TodayLine]] = []
        self._groups: list[str] = []
        self._at: datetime | None = None
        self._calendar: WorkingDayCalendar | None = None
        self._texts: dict[int, LineTexts] = {}
        self._brushes: dict[str, tuple[QBrush, QBrush | None]] = {}
        self._quiet = QBrush(colours("quiet")[0])
        self.bold = QFont()

    # ------------------------------------------------------------------ filling
    def show(self, result: TodayResult, calendar: WorkingDayCalendar, bold: QFont) -> None:
        self.beginResetModel()
        self._at, self._calendar, self.bold = result.at, calendar, bold
        self._groups = list(GROUPS)
        self._lines = [result.in_group(group) for group in GROUPS]
        rows: list[Row] = []
        place = 0
        for g, lines in enumerate(self._lines):
            rows.append(Row(HEAD, g, 0, place))
            if not lines:
                rows.append(Row(EMPTY, g, 0, place))
            rows.extend(Row(LINE, g, i, place + i) for i in range(len(lines)))
            place += len(lines)
        self._rows = rows
        self._texts = {}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._lines, self._groups, self._texts = [], [], [], {}
        self._at = None
        self.endResetModel()

    def row_info(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Row]:
        return list(self._rows)

    def line(self, index: ModelIndex) -> TodayLine | None:
        """The line of a row (None for a group's title or the row saying it is empty)."""
        r = self.row_info(index.row()) if index.isValid() else None
        return self._lines[r.group][r.at] if r is not None and r.kind == LINE else None

    def line_at(self, row: int) -> TodayLine:
        r = self._rows[row]
        return self._lines[r.group][r.at]

    def texts(self, row: int) -> LineTexts:
        """The words of the line on ``row`` (worked out once)."""
        found = self._texts.get(row)
        if found is None:
            assert self._at is not None and self._calendar is not None
            r = self._rows[row]
            line = self._lines[r.group][r.at]
            found = self._texts[row] = line_texts(line, self._at, self._calendar)
        return found

    # ------------------------------------------------------------------ the model's API
    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _LINE_FLAGS if self._rows[index.row()].kind == LINE else _HEAD_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self._rows[row]
        if r.kind != LINE:
            return self._group_data(r, role) if col == 0 else None
        if col == ACTION:
            return None
        if role == _LINE:
            return self._lines[r.group][r.at].case_ref if col == 0 else None
        if role == _ORDER:
            return r.place if col == 0 else None
        if role not in _LINE_ROLES:
            return None
        texts = self.texts(row)
        if role == _DISPLAY:
            return (texts.status, texts.who, texts.what, texts.due)[col]
        if role == _TOOLTIP:
            return texts.tooltips[col]
        if role == _ACCESSIBLE:
            return texts.accessible if col == 0 else None
        if col != STATUS:
            return None
        if role == _FOREGROUND:
            return self._brush(texts.colour)[0]
        if role == _BACKGROUND:
            return self._brush(texts.colour)[1]
        return self.bold if texts.bold else None

    def _group_data(self, r: Row, role: int) -> Any:
        group, n = self._groups[r.group], len(self._lines[r.group])
        if role == _ORDER:
            return r.place
        if r.kind == EMPTY:
            if role == _DISPLAY:
                return tr(GROUP_EMPTY[group])
            return self._quiet if role == _FOREGROUND else None
        title = tr(GROUP_TITLES[group])
        if role == _DISPLAY:
            return f"{title} ({n})"
        if role == _ACCESSIBLE:
            return f"{title}: {n}"
        return self.bold if role == _FONT else None

    def _brush(self, key: str) -> tuple[QBrush, QBrush | None]:
        found = self._brushes.get(key)
        if found is None:
            fg, bg = colours(key)
            found = self._brushes[key] = (QBrush(fg), QBrush(bg) if bg is not None else None)
        return found


# ---------------------------------------------------------------------- the view
class TodayView(QWidget):
    """What is owed today across every open case.

    ``computed`` carries the :class:`TodayResult` once the lines are on screen;
    ``failed`` says why they could not be worked out; ``summaryChanged`` the one-line
    summary; ``entryAdded`` an entry saved from a form this view opened; ``caseRequested``
    the reference of a case to open (a line activated); ``formOpened`` each form a line's
    button opened.
    """

    computed = Signal(object)
    failed = Signal(str)
    summaryChanged = Signal(str)
    entryAdded = Signal(object)
    caseRequested = Signal(str)
    formOpened = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        calendar: WorkingDayCalendar | None = None,
        author: Author = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self._clock = clock
        self._calendar = calendar
        self.author = author
        self.vault: Vault | None = None
        self.result: TodayResult | None = None
        self._task: Task | None = None
        self._generation = 0
        self._buttons: dict[tuple[str, str, str], QPushButton] = {}
        # Each line's row in the view, and every line's key in order.
        self._where: dict[tuple[str, str, str], int] = {}
        self._order: list[tuple[str, str, str]] = []
        # The rows last given a title's height (group titles, "nothing due" rows).
        self._short_rows: set[int] = set()
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.title_label = QLabel(tr("Today"), self)
        self.title_label.setObjectName("todayTitleLabel")
        self.title_label.setProperty("role", "heading")
        top.addWidget(self.title_label)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("todayDateLabel")
        self.date_label.setProperty("role", "hint")
        top.addWidget(self.date_label)
        top.addStretch(1)
        self.refresh_button = QPushButton(tr("&Refresh"), self)
        self.refresh_button.setObjectName("todayRefreshButton")
        self.refresh_button.setAccessibleName(tr("Refresh what is due"))
        self.refresh_button.setToolTip(tr("Work out again what is owed across every open case"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("todaySummaryLabel")
        self.summary_label.setAccessibleName(tr("Summary of what is due"))
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        layout.addWidget(self.summary_label)

        self.model = TodayModel(self)
        # A table, not a tree: its rows' heights are kept by its header, so a result of a
        # thousand lines is shown without measuring (or working out) a single line off screen.
        self.table = QTableView(self)
        self.table.setObjectName("todayTableView")
        self.table.setAccessibleName(tr("What is owed today"))
        self.table.setModel(self.model)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        # Tab leaves the list for the lines' buttons, as in any list.
        self.table.setTabKeyNavigation(False)
        self.table.setCornerButtonEnabled(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.ensurePolished()
        bold = QFont(self.table.font())
        bold.setBold(True)
        self._bold = bold
        fm, bold_fm = self.table.fontMetrics(), QFontMetrics(bold)
        widths = {
            STATUS: bold_fm.horizontalAdvance("Overdue by 63 working days") + 36,
            WHO: fm.horizontalAdvance("أحمد الحسن (Ahmed Al-Hassan) — V7") + 36,
            DUE: fm.horizontalAdvance("due 24/11/2026 23:59") + 28,
            ACTION: fm.horizontalAdvance("Review exit strategy") + 56,
        }
        for col, width in widths.items():
            header.resizeSection(col, width)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Fixed)
        # A line shows two lines of text and its button; a group's title one line of text.
        button = QPushButton(tr("Review exit strategy"))
        button.ensurePolished()
        self._title_height = self._text_height("Overdue", bold) + 4
        self._line_height = max(
            self._text_height("A\u2028B", self.table.font()), button.sizeHint().height()
        )
        margin = self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table
        )
        self._cell_padding = 2 * (margin + 1)
        rows.setMinimumSectionSize(self._title_height)
        rows.setDefaultSectionSize(self._line_height)
        self.table.activated.connect(self._activated)
        self.table.viewport().installEventFilter(self)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self.ensure_buttons())
        layout.addWidget(self.table, 1)

        self.hint_label = QLabel(
            tr(
                "Each line's button opens the form already filled in. Double-click a line "
                "(or press Enter) to open its case."
            ),
            self,
        )
        self.hint_label.setObjectName("todayHintLabel")
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)

    def _text_height(self, text: str, font: QFont) -> int:
        """How high a cell of ``text`` is drawn in the list (as its rows' delegate measures)."""
        option = QStyleOptionViewItem()
        option.initFrom(self.table)
        option.font = font
        option.fontMetrics = QFontMetrics(font)
        option.text = text
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        size = self.table.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self.table
        )
        return size.height()

    # ------------------------------------------------------------------ the API
    def set_vault(self, vault: Vault | None) -> None:
        """Use ``vault`` from now on (None: forget it and everything shown)."""
        if vault is None:
            self.clear()
            return
        self.vault = vault

    def now(self) -> datetime:
        if self._clock is not None:
            return self._clock()
        if self.vault is not None:
            return self.vault.clock()
        from msvlo_desktop.storage.vault import utc_now

        return utc_now()

    def refresh(self) -> Task | None:
        """Work out the lines again in a worker; ``computed`` (or ``failed``) follows.
        Returns the worker's task (None without a vault)."""
        if self.vault is None:
            return None
        if self._task is not None:
            self._task.discard()
        self._generation += 1
        generation = self._generation
        vault, at, cal = self.vault, self.now(), self._calendar
        self.date_label.setText(self._date_words(at))
        self.refresh_button.setEnabled(False)
        if self.result is None:
            self._show_summary(tr("Working out what is due…"), "quiet")

        def work(task: Task) -> TodayResult:
            # The window's own connection (it is thread-safe): a pass that finds every case
            # unchanged takes milliseconds, where opening a second connection takes a key
            # derivation (about 0.2 s). The connection is held one statement at a time, so a
            # save waits at most for one case's read.
            return compute_today(
                vault, at, calendar=cal, check=task.check_cancelled, progress=task.report
            )

        def progressed(done: int, total: int) -> None:
            if generation != self._generation or total < PROGRESS_FROM:
                return
            text = tr("Working out what is due: {done} of {total} cases read…").format(
                done=done, total=total
            )
            if self.result is not None:
                text += " " + tr("The lines below are from before.")
            self._show_summary(text, "quiet")

        def done(result: TodayResult) -> None:
            if generation != self._generation or self.vault is None:
                return
            self._task = None
            self.refresh_button.setEnabled(True)
            self.show_result(result)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._task = None
            self.refresh_button.setEnabled(True)
            if isinstance(exc, TaskCancelled):
                return
            if isinstance(exc, VaultError):
                text = tr("What is due could not be worked out: {problem}").format(problem=exc)
            else:
                diagnostics.log_bug(exc)
                text = tr("What is due could not be worked out; the log file has details.")
            self._show_summary(text, "overdue")
            self.summaryChanged.emit(text)
            self.failed.emit(text)

        self._task = run_task(work, done, failed, progressed)
        return self._task

    def clear(self) -> None:
        """Forget the vault and every line (the window is locking or closing)."""
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._generation += 1
        self.vault = None
        self.result = None
        self._drop_buttons()
        self.model.clear()
        self.summary_label.clear()
        self.summary_label.setStyleSheet("")
        self.summary_label.hide()
        self.date_label.clear()
        self.refresh_button.setEnabled(True)

    @property
    def busy(self) -> bool:
        """The lines are being worked out."""
        return self._task is not None

    def lines(self, group: str | None = None) -> list[TodayLine]:
        if self.result is None:
            return []
        return list(self.result.lines) if group is None else self.result.in_group(group)

    def index_for(self, key: tuple[str, str, str], column: int = 0) -> QModelIndex:
        """Where a line is in the view (invalid if no such line)."""
        row = self._where.get(key)
        return QModelIndex() if row is None else self.model.index(row, column)

    def button_for(self, key: tuple[str, str, str]) -> QPushButton | None:
        """The button of a line (made now if it was not in view yet); None if no such line."""
        return self._button(key) if key in self._where else None

    def open_line(self, line: TodayLine) -> Any:
        """Open the form a line's button opens; returns it (None if it cannot be opened)."""
        if self.vault is None:
            return None
        from msvlo_desktop.gui.entry_forms import open_entry_form

        try:
            dialog = open_entry_form(
                self.window(),
                self.vault,
                line.case_ref,
                line.entry_type,
                prefill=line.prefill(),
                author=author_now(self.author),
            )
        except VaultError as exc:
            diagnostics.show_known_problem(self, exc, tr("The form could not be opened"))
            return None
        dialog.saved.connect(self._saved)
        self.formOpened.emit(dialog)
        return dialog

    # ------------------------------------------------------------------ showing
    def show_result(self, result: TodayResult) -> None:
        """Show ``result``'s lines. Only the lines in view are worked out and given their
        buttons now; the others when they are scrolled to (``TodayModel``)."""
        self.result = result
        # The lines are worked out again after every save and every ten minutes: the officer
        # keeps their place in the list, and the line they were on.
        scrolled = self.table.verticalScrollBar().value()
        current = self.model.line(self.table.currentIndex())
        self._drop_buttons()
        cal = self._calendar if self._calendar is not None else default_calendar()
        self.model.show(result, cal, self._bold)
        self.table.clearSpans()
        short: set[int] = set()
        for row, r in enumerate(self.model.rows()):
            if r.kind == LINE:
                line = self.model.line_at(row)
                self._where[line.key] = row
                self._order.append(line.key)
            else:
                short.add(row)
                self.table.setSpan(row, 0, 1, len(HEADERS))
                self.table.setRowHeight(row, self._title_height)
        # The view keeps a row's height from one result to the next: a line on a row that
        # last held a title or "nothing due" would be squashed to one line of text.
        for row in self._short_rows - short:
            if row < self.model.rowCount():
                self.table.setRowHeight(row, self._line_height)
        self._short_rows = short
        self.table.setColumnWidth(WHO, self._who_width(result.lines))
        text = summary_text(result)
        if result.unreadable:
            text += " " + tr("Not read: {refs}.").format(refs=", ".join(result.unreadable))
        if result.retention_due:
            text += " " + tr(retention_text(result))
        key = (
            "overdue"
            if result.count(OVERDUE)
            else "due_today"
            if result.count(TODAY)
            else "met_on_time"
        )
        self._show_summary(text, key)
        # Laid out now (it is otherwise left to the event loop), so the scroll bar has its
        # new range before the old position is put back.
        self.table.doItemsLayout()
        if current is not None and current.key in self._where:
            self.table.selectionModel().setCurrentIndex(
                self.index_for(current.key),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.verticalScrollBar().setValue(scrolled)
        self.ensure_buttons()
        self.summaryChanged.emit(text)
        self.computed.emit(result)

    def _who_width(self, lines: Collection[TodayLine]) -> int:
        """The width of the case-and-victim column: the widest of the longest names (names
        vary a great deal), within bounds. Measuring every name of a long list would cost
        more than showing it."""
        texts = {f"{line.victim_name} — {line.pseudonym}" for line in lines}
        texts.update(line.case_ref for line in lines)
        longest = sorted(texts, key=len, reverse=True)[:_WIDTH_SAMPLE]
        fm = self.table.fontMetrics()
        widest = max((fm.horizontalAdvance(t) for t in longest), default=0)
        return min(max(widest + self._cell_padding + _WIDTH_SPARE_PX, 200), 380)

    def ensure_buttons(self) -> None:
        """Give every line in view its button. Buttons are made as lines come into view
        (before they are drawn): a thousand real buttons would take seconds to build on the
        GUI thread."""
        if not self._order:
            return
        top = self.model.row_info(self.table.rowAt(0))
        start = top.place if top is not None else 0
        # Lines are the tallest rows, so this many cover the view.
        count = self.table.viewport().height() // max(self._line_height, 1) + 1
        for key in self._order[start : start + count]:
            self._button(key)

    def _button(self, key: tuple[str, str, str]) -> QPushButton:
        button = self._buttons.get(key)
        if button is not None:
            return button
        row = self._where[key]
        line = self.model.line_at(row)
        o = line.obligation
        action = tr(line.action_text)
        button = QPushButton(action, self.table.viewport())
        button.setObjectName("todayActionButton")
        button.setAutoDefault(False)
        button.setAccessibleName(
            tr("{action} for case {ref}: {what}").format(action=action, ref=o.case, what=o.label)
        )
        button.setToolTip(button.accessibleName())
        button.clicked.connect(lambda _=False, ln=line: self.open_line(ln))
        self.table.setIndexWidget(self.model.index(row, ACTION), button)
        self._buttons[key] = button
        return button

    def _drop_buttons(self) -> None:
        # The view deletes its row widgets later; until then they must hold no case text.
        for button in self._buttons.values():
            button.setText("")
            button.setAccessibleName("")
            button.setToolTip("")
            button.hide()
        self._buttons.clear()
        self._where.clear()
        self._order.clear()

    def _show_summary(self, text: str, key: str) -> None:
        # Styled before the text is set, so the label's size includes the padding.
        style_label(self.summary_label, key, bold=True)
        self.summary_label.setText(text)
        self.summary_label.show()

    def _date_words(self, at: datetime) -> str:
        day = london_date(at)
        return f"{tr(weekday_name(day))} {uk_date(day)}"

    # ------------------------------------------------------------------ events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list's viewport changes size with the window, the splitter and the summary.
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.ensure_buttons()
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        line = self.model.line(index)
        if line is not None:
            self.caseRequested.emit(line.case_ref)

    def _saved(self, entry: Any) -> None:
        self.entryAdded.emit(entry)
        # The window refreshes every view after a save; alone, the view does it itself.
        if not self.busy:
            self.refresh()
