"""The Today view: everything owed across every open case, overdue first, with one button
per line that opens the right form already filled in.

It is the first thing shown after the vault is unlocked. Lines come from the obligation
engine (``core.obligations.case_obligations``) for every open case, evaluated at the
injected clock's "now": what is overdue, what is due today and what falls due in the next
seven days (London days). Met and not-applicable obligations are left out, and so is the
conclusive-grounds "not before" milestone, which owes the officer nothing
(docs/RULES-ENGINE.md).

Reading every log takes time on a large vault, so the work always runs in a worker thread
on its own connection (``gui.workers``) and ``computed`` is emitted when the lines are
shown: one code path for eight cases and for a thousand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.calendar import WorkingDayCalendar, london_date
from msvlo_desktop.core.entries import effective_entries
from msvlo_desktop.core.obligations import (
    Obligation,
    case_obligations,
    default_calendar,
    sort_by_urgency,
)
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
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
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

OVERDUE, TODAY, WEEK = "overdue", "today", "week"
GROUPS = (OVERDUE, TODAY, WEEK)
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
# Buttons are made for the lines in view (and a screenful beyond): a thousand real buttons
# would take seconds to build on the GUI thread.
_BUTTON_MARGIN_PX = 600

# The button on each line: its words, the form it opens, and what the form is filled with.
ACTIONS: Mapping[str, tuple[str, str]] = {
    "victims_code_update": ("Record update", "victim_update"),
    "agreed_update": ("Record update", "victim_update"),
    "support_referral": ("Record referral", "referral"),
    "nrm_rg_expected": ("Record RG decision", "nrm_decision"),
    "exit_strategy_review": ("Review exit strategy", "exit_strategy"),
}
# What an exit-strategy review starts from: the strategy as it stands (a new review date is
# the officer's to set).
_EXIT_FIELDS = ("status", "agreed_with", "criteria", "onward_support")


@dataclass(frozen=True)
class TodayLine:
    """One thing owed, to whom, and which group it is in."""

    group: str
    obligation: Obligation
    victim_name: str
    pseudonym: str
    exit_strategy: Mapping[str, Any] | None = None

    @property
    def case_ref(self) -> str:
        return self.obligation.case

    @property
    def key(self) -> tuple[str, str, str]:
        return self.obligation.key

    @property
    def action_text(self) -> str:
        return tr(ACTIONS[self.obligation.kind][0])

    @property
    def entry_type(self) -> str:
        return ACTIONS[self.obligation.kind][1]

    def prefill(self) -> dict[str, Any]:
        """What the form opens with: the update names the event, the RG decision has its
        stage, the exit-strategy review starts from the strategy as it stands."""
        kind = self.obligation.kind
        if kind == "victims_code_update":
            return {"satisfies": [self.obligation.source]}
        if kind == "nrm_rg_expected":
            return {"stage": "reasonable_grounds"}
        if kind == "exit_strategy_review" and self.exit_strategy:
            return {k: self.exit_strategy[k] for k in _EXIT_FIELDS if self.exit_strategy.get(k)}
        return {}


@dataclass(frozen=True)
class TodayResult:
    at: datetime
    cases: int
    lines: tuple[TodayLine, ...] = ()
    unreadable: tuple[str, ...] = field(default_factory=tuple)

    def count(self, group: str) -> int:
        return sum(1 for line in self.lines if line.group == group)

    def in_group(self, group: str) -> list[TodayLine]:
        return [line for line in self.lines if line.group == group]


def group_of(o: Obligation, at: datetime) -> str | None:
    """Which list an obligation belongs on at ``at``, or None when it is not shown."""
    if o.is_met or o.status == "not_applicable" or o.is_milestone or o.kind not in ACTIONS:
        return None
    if o.status == "overdue":
        return OVERDUE
    day, today = london_date(o.due), london_date(at)
    if day <= today:
        return TODAY
    if day <= today + timedelta(days=7):
        return WEEK
    return None


def compute_today(
    vault: Vault,
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
    check: Callable[[], None] | None = None,
) -> TodayResult:
    """Every line of the Today view at ``at``, for the vault's open cases."""
    cal = calendar if calendar is not None else default_calendar()
    lines: list[TodayLine] = []
    unreadable: list[str] = []
    summaries = vault.list_cases(include_closed=False)
    for summary in summaries:
        if check is not None:
            check()
        ref = summary.reference
        try:
            case = vault.get_case(ref)
            entries = vault.entries(ref)
        except VaultError:
            unreadable.append(ref)
            continue
        owed = [
            (group, o)
            for o in case_obligations(case, entries, at, calendar=cal)
            if (group := group_of(o, at)) is not None
        ]
        exit_strategy = None
        if any(o.kind == "exit_strategy_review" for _, o in owed):
            strategies = [e for e in effective_entries(entries) if e.type == "exit_strategy"]
            strategies.sort(key=lambda e: e.occurred_at)
            exit_strategy = dict(strategies[-1].data) if strategies else None
        for group, o in owed:
            lines.append(
                TodayLine(
                    group,
                    o,
                    case.victim.name,
                    case.victim.pseudonym,
                    exit_strategy if o.kind == "exit_strategy_review" else None,
                )
            )
    by_key = {line.key: line for line in lines}
    ordered = [by_key[o.key] for o in sort_by_urgency(line.obligation for line in lines)]
    return TodayResult(at, len(summaries), tuple(ordered), tuple(unreadable))


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


class TodayView(QWidget):
    """What is owed today across every open case.

    ``computed`` carries the :class:`TodayResult` once the lines are on screen;
    ``summaryChanged`` the one-line summary; ``entryAdded`` an entry saved from a form this
    view opened; ``caseRequested`` the reference of a case to open (a line activated);
    ``formOpened`` each form a line's button opened.
    """

    computed = Signal(object)
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
        self._lines: dict[tuple[str, str, str], tuple[TodayLine, QTreeWidgetItem]] = {}
        self._order: list[tuple[str, str, str]] = []
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

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("todayTreeWidget")
        self.tree.setAccessibleName(tr("What is owed today"))
        self.tree.setColumnCount(len(HEADERS))
        self.tree.setHeaderLabels([tr(h) for h in HEADERS])
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.tree.ensurePolished()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        fm, bold_fm = self.tree.fontMetrics(), QFontMetrics(bold)
        widths = {
            STATUS: bold_fm.horizontalAdvance("Overdue by 63 working days") + 36,
            WHO: fm.horizontalAdvance("أحمد الحسن (Ahmed Al-Hassan) — V7") + 36,
            DUE: fm.horizontalAdvance("due 24/11/2026 23:59") + 28,
            ACTION: fm.horizontalAdvance("Review exit strategy") + 56,
        }
        for col, width in widths.items():
            header.resizeSection(col, width)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Fixed)
        self.tree.itemActivated.connect(self._activated)
        self.tree.verticalScrollBar().valueChanged.connect(lambda _v: self.ensure_buttons())
        layout.addWidget(self.tree, 1)

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

    def refresh(self) -> None:
        """Work out the lines again in a worker; ``computed`` follows."""
        if self.vault is None:
            return
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
            reader = vault.worker_connection()
            try:
                return compute_today(reader, at, calendar=cal, check=task.check_cancelled)
            finally:
                reader.close()

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

        self._task = run_task(work, done, failed)

    def clear(self) -> None:
        """Forget the vault and every line (the window is locking or closing)."""
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._generation += 1
        self.vault = None
        self.result = None
        self._drop_buttons()
        self.tree.clear()
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

    def button_for(self, key: tuple[str, str, str]) -> QPushButton | None:
        """The button of a line (made now if it was not in view yet); None if no such line."""
        return self._button(key) if key in self._lines else None

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
        self.result = result
        self._drop_buttons()
        self.tree.clear()
        at = result.at
        cal = self._calendar if self._calendar is not None else default_calendar()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self._bold = bold
        # Built apart from the tree and added at once: each change to an item already in a
        # large tree costs a pass over it.
        heads: list[QTreeWidgetItem] = []
        empties: list[QTreeWidgetItem] = []
        for group in GROUPS:
            members = result.in_group(group)
            head = QTreeWidgetItem()
            title = tr(GROUP_TITLES[group])
            head.setText(0, f"{title} ({len(members)})")
            head.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{title}: {len(members)}")
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(0, ORDER_ROLE, len(self._order))
            if not members:
                empty = QTreeWidgetItem(head)
                empty.setText(0, tr(GROUP_EMPTY[group]))
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                fg, _ = colours("quiet")
                empty.setForeground(0, QBrush(fg))
                empty.setData(0, ORDER_ROLE, len(self._order))
                empties.append(empty)
            head.addChildren([self._line_item(line, at, cal) for line in members])
            heads.append(head)
        self.tree.addTopLevelItems(heads)
        for item in (*heads, *empties):
            item.setFirstColumnSpanned(True)
        for head in heads:
            head.setExpanded(True)
        # The victim's name decides the width of that column (names vary a great deal).
        self.tree.resizeColumnToContents(WHO)
        self.tree.setColumnWidth(WHO, min(max(self.tree.columnWidth(WHO), 200), 380))
        text = summary_text(result)
        if result.unreadable:
            text += " " + tr("Not read: {refs}.").format(refs=", ".join(result.unreadable))
        key = (
            "overdue"
            if result.count(OVERDUE)
            else "due_today"
            if result.count(TODAY)
            else "met_on_time"
        )
        self._show_summary(text, key)
        self.ensure_buttons()
        self.summaryChanged.emit(text)
        self.computed.emit(result)

    def _line_item(self, line: TodayLine, at: datetime, cal: WorkingDayCalendar) -> QTreeWidgetItem:
        o = line.obligation
        item = QTreeWidgetItem()
        status = status_words(o, at, cal)
        victim = f"{line.victim_name} — {line.pseudonym}"
        what = o.label + (" ⚠" if o.warnings else "")
        due = tr("due {when}").format(when=uk_datetime(o.due))
        since = since_words(o)
        texts = {
            STATUS: status,
            WHO: f"{o.case}\n{victim}",
            WHAT: what + "\n" + tr("Since: {since}").format(since=since),
            DUE: due,
        }
        for col, text in texts.items():
            item.setText(col, text)
            item.setToolTip(col, text)
        if o.warnings:
            item.setToolTip(WHAT, texts[WHAT] + "\n\n" + "\n".join(o.warnings))
        item.setToolTip(WHO, texts[WHO] + "\n" + tr("Double-click to open the case."))
        fg, bg = colours(status_key(o, at))
        item.setForeground(STATUS, QBrush(fg))
        if bg is not None:
            item.setBackground(STATUS, QBrush(bg))
        if o.status == "overdue":
            item.setFont(STATUS, self._bold)
        item.setData(0, LINE_ROLE, o.case)
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            tr("{status}: {what}, case {ref}, {victim}, since {since}, {due}").format(
                status=status, what=o.label, ref=o.case, victim=victim, since=since, due=due
            ),
        )
        item.setData(0, ORDER_ROLE, len(self._order))
        self._lines[line.key] = (line, item)
        self._order.append(line.key)
        return item

    def ensure_buttons(self) -> None:
        """Give every line in view (and a screenful beyond) its button."""
        if not self._order:
            return
        viewport = self.tree.viewport()
        top = self.tree.itemAt(viewport.rect().topLeft())
        start = int(top.data(0, ORDER_ROLE) or 0) if top is not None else 0
        # Lines are at least two text lines high, so this many cover the view and the margin.
        line_height = max(self.tree.fontMetrics().height() * 2, 1)
        count = (viewport.height() + _BUTTON_MARGIN_PX) // line_height + 1
        for key in self._order[start : start + count]:
            self._button(key)

    def _button(self, key: tuple[str, str, str]) -> QPushButton:
        button = self._buttons.get(key)
        if button is not None:
            return button
        line, item = self._lines[key]
        o = line.obligation
        button = QPushButton(line.action_text, self.tree)
        button.setObjectName("todayActionButton")
        button.setAutoDefault(False)
        button.setAccessibleName(
            tr("{action} for case {ref}: {what}").format(
                action=line.action_text, ref=o.case, what=o.label
            )
        )
        button.setToolTip(button.accessibleName())
        button.clicked.connect(lambda _=False, ln=line: self.open_line(ln))
        self.tree.setItemWidget(item, ACTION, button)
        self._buttons[key] = button
        return button

    def _drop_buttons(self) -> None:
        # The tree deletes its item widgets later; until then they must hold no case text.
        for button in self._buttons.values():
            button.setText("")
            button.setAccessibleName("")
            button.setToolTip("")
            button.hide()
            button.deleteLater()
        self._buttons.clear()
        self._lines.clear()
        self._order.clear()

    def _show_summary(self, text: str, key: str) -> None:
        # Styled before the text is set, so the label's size includes the padding.
        style_label(self.summary_label, key, bold=True)
        self.summary_label.setText(text)
        self.summary_label.show()

    def _date_words(self, at: datetime) -> str:
        day = london_date(at)
        return f"{tr(day.strftime('%A'))} {uk_date(day)}"

    # ------------------------------------------------------------------ events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.ensure_buttons()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ref = item.data(0, LINE_ROLE)
        if ref:
            self.caseRequested.emit(str(ref))

    def _saved(self, entry: Any) -> None:
        self.entryAdded.emit(entry)
        # The window refreshes every view after a save; alone, the view does it itself.
        if not self.busy:
            self.refresh()
