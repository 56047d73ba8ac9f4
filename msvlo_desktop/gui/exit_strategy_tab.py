"""The exit strategy tab: where the strategy stands, who agreed it and when, its whole
history, and closing the case.

A case may be closed only once an exit strategy has been agreed with the lead investigator
(``core.closing``). "Close case…" is offered only then; otherwise the tab says exactly what
is missing, in the words ``closing_problems`` uses, and the button stays disabled.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.closing import case_status
from msvlo_desktop.core.entries import STATUS_TYPES, Entry
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.core.wording import case_status_phrase
from msvlo_desktop.gui.case_area import CaseLogTab
from msvlo_desktop.gui.case_log import CaseLog
from msvlo_desktop.gui.day_common import (
    Author,
    Cell,
    Clock,
    clear_table,
    fill_table,
    make_table,
    one_line,
    status_key,
    status_words,
    style_label,
    tr,
)
from msvlo_desktop.gui.entry_forms.display import choice_label
from msvlo_desktop.storage.errors import VaultError

HEADERS = ("No.", "Date", "Status", "Agreed with", "Criteria", "Review on", "Onward support")
SEQ, DATE, STATUS, AGREED, CRITERIA, REVIEW, ONWARD = range(7)
# What a new exit-strategy entry starts from: the strategy as it stands.
_CARRIED = ("status", "agreed_with", "criteria", "onward_support")


def strategy_prefill(entry: Entry | None) -> dict[str, Any]:
    if entry is None:
        return {}
    return {k: entry.data[k] for k in _CARRIED if entry.data.get(k)}


# The least height the tab asks for; its content scrolls below that.
MIN_VISIBLE_HEIGHT = 200


class ExitStrategyTab(CaseLogTab):
    """``caseClosed`` carries the reference of the case this tab closed."""

    caseClosed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        author: Author = None,
    ) -> None:
        super().__init__(parent, clock=clock, author=author)
        self.setObjectName("exitStrategyTab")
        self.strategies: list[Entry] = []
        self.problems: list[str] = []
        self.close_dialog: QDialog | None = None
        # Everything scrolls together when the window is short (a 1366x768 screen with a
        # case open): the tab asks for little height of its own.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("exitStrategyScrollArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setMinimumHeight(MIN_VISIBLE_HEIGHT)
        content = QWidget(scroll)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addWidget(self.problem_label)
        heading = QLabel(tr("Exit strategy"), self)
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.status_label = self._label("exitStatusLabel", tr("Exit strategy status"))
        layout.addWidget(self.status_label)
        self.agreement_label = self._label("exitAgreementLabel", tr("Agreement"))
        layout.addWidget(self.agreement_label)
        self.review_label = self._label("exitReviewLabel", tr("Next review"))
        layout.addWidget(self.review_label)

        history = QLabel(tr("History"), self)
        history.setProperty("role", "subheading")
        layout.addWidget(history)
        self.table = make_table(
            self, [tr(h) for h in HEADERS], tr("Exit strategy history"), "exitHistoryTableWidget"
        )
        fm = self.table.fontMetrics()
        for col, sample in {
            SEQ: "No. 00",
            DATE: "24/03/2026",
            STATUS: "Agreed with the lead investigator",
            AGREED: "DS 2210 R. Patel",
            CRITERIA: "Safe accommodation secured and support in place",
            REVIEW: "24/03/2026",
        }.items():
            self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + 24)
        self.table.setToolTip(tr("Double-click an entry to see it in the Log."))
        self.table.itemDoubleClicked.connect(self._double_clicked)
        self.table.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.table, 1)
        self.details_label = self._label("exitDetailsLabel", tr("Exit strategy entry in full"))
        layout.addWidget(self.details_label)

        closing = QLabel(tr("Closing the case"), self)
        closing.setProperty("role", "subheading")
        layout.addWidget(closing)
        self.closing_label = self._label("closingLabel", tr("Whether the case can be closed"))
        layout.addWidget(self.closing_label)

        buttons = QHBoxLayout()
        self.record_button = self.case_button(
            tr("&Record exit strategy…"),
            tr("Record where the exit strategy now stands"),
            "recordExitStrategyButton",
        )
        self.record_button.clicked.connect(self.record_strategy)
        self.close_button = self.case_button(
            tr("&Close case…"), tr("Close the case"), "closeCaseButton"
        )
        self.close_button.clicked.connect(self.close_case)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _label(self, object_name: str, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # ------------------------------------------------------------------ showing
    def show_log(self, log: CaseLog) -> None:
        self.strategies = sorted(log.of_type("exit_strategy"), key=lambda e: e.occurred_at)
        latest = self.strategies[-1] if self.strategies else None
        if latest is None:
            self.status_label.setText(
                tr(
                    "No exit strategy is logged yet. The MSVLO supports the victim until an "
                    "exit strategy is agreed with the lead investigator."
                )
            )
            style_label(self.status_label, "not_done", bold=True)
        else:
            self.status_label.setText(
                tr("Status: {status} (No. {seq}, logged {day}).").format(
                    status=choice_label("status", str(latest.data.get("status"))),
                    seq=latest.seq,
                    day=uk_date(latest.occurred_at),
                )
            )
            style_label(self.status_label, "quiet", bold=True)
        agreed = log.agreed_exit_strategy
        if agreed is not None:
            self.agreement_label.setText(
                tr("Agreed with {who} on {day} (No. {seq}).").format(
                    who=agreed.data.get("agreed_with"),
                    day=uk_date(agreed.occurred_at),
                    seq=agreed.seq,
                )
            )
            style_label(self.agreement_label, "met_on_time")
        elif latest is not None:
            self.agreement_label.setText(
                tr("Not agreed with the lead investigator as it now stands.")
            )
            style_label(self.agreement_label, "not_done")
        else:
            self.agreement_label.clear()
            self.agreement_label.setStyleSheet("")
        self._show_review(log)
        fill_table(self.table, [self._row(e) for e in self.strategies])
        self._show_selected()
        self._show_closing(log)

    def _show_review(self, log: CaseLog) -> None:
        at = log.at
        reviews = [
            o
            for o in log.obligations
            if o.kind == "exit_strategy_review" and o.status in ("due", "overdue")
        ]
        if not reviews:
            self.review_label.clear()
            self.review_label.setStyleSheet("")
            self.review_label.hide()
            return
        o = reviews[-1]
        self.review_label.setText(
            tr("Review due on {day} — {status}.").format(
                day=uk_date(o.due), status=status_words(o, at)
            )
        )
        style_label(self.review_label, status_key(o, at), bold=o.status == "overdue")
        self.review_label.show()

    def _show_closing(self, log: CaseLog) -> None:
        case = log.case
        if case.status == "closed":
            self.problems = []
            when = uk_date(case.closed_on) if case.closed_on else ""
            words = (
                tr("This case was closed on {day}.").format(day=when)
                if when
                else tr("This case is closed.")
            )
            found = case_status(log.of_type(*STATUS_TYPES), "closed")
            if found.entry is not None:
                words += "\n" + case_status_phrase(found.entry, tr)
            words += "\n" + tr("To add to its log, reopen it (Case menu: Reopen case…).")
            self.closing_label.setText(words)
            style_label(self.closing_label, "quiet")
            return
        self.problems = [p.message for p in log.closing_problems]
        if self.problems:
            self.closing_label.setText("\n".join(self.problems))
            style_label(self.closing_label, "not_done")
        else:
            self.closing_label.setText(
                tr(
                    "An exit strategy is agreed with the lead investigator: the case may be "
                    "closed. The log is kept, and a closed case can be reopened with a reason."
                )
            )
            style_label(self.closing_label, "met_on_time")

    def _row(self, e: Entry) -> list[Cell]:
        d = e.data
        criteria = str(d.get("criteria") or "")
        onward = str(d.get("onward_support") or "")
        review = d.get("review_on")
        status = str(d.get("status"))
        return [
            Cell(str(e.seq), data=e.id),
            Cell(uk_date(e.occurred_at)),
            Cell(
                choice_label("status", status),
                status="met_on_time" if status in ("agreed", "completed") else None,
            ),
            Cell(str(d.get("agreed_with") or "")),
            Cell(one_line(criteria), tooltip=criteria or None),
            Cell(uk_date(date.fromisoformat(review)) if review else ""),
            Cell(one_line(onward), tooltip=onward or None),
        ]

    def _show_selected(self) -> None:
        """The selected entry (else the latest) in full: criteria and onward support are
        too long for the table."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else len(self.strategies) - 1
        if not 0 <= row < len(self.strategies):
            self.details_label.clear()
            self.details_label.hide()
            return
        e = self.strategies[row]
        d = e.data
        parts = [
            tr("No. {seq} ({day}, {status}).").format(
                seq=e.seq,
                day=uk_date(e.occurred_at),
                status=choice_label("status", str(d.get("status"))).lower(),
            )
        ]
        if d.get("criteria"):
            parts.append(tr("Criteria: {text}").format(text=" ".join(str(d["criteria"]).split())))
        if d.get("onward_support"):
            parts.append(
                tr("Onward support: {text}").format(text=" ".join(str(d["onward_support"]).split()))
            )
        self.details_label.setText("\n".join(parts))
        style_label(self.details_label, "quiet")
        self.details_label.show()

    def clear_view(self) -> None:
        self.strategies = []
        self.problems = []
        clear_table(self.table)
        for label in (
            self.details_label,
            self.status_label,
            self.agreement_label,
            self.review_label,
            self.closing_label,
        ):
            label.clear()
            label.setStyleSheet("")

    # ------------------------------------------------------------------ actions
    def button_allowed(self, button: QPushButton) -> bool:
        if button is self.close_button:
            return not self.problems
        return True

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if self.case is not None and self.case_is_open() and self.problems:
            self.close_button.setToolTip("\n".join(self.problems))

    def record_strategy(self) -> object:
        latest = self.strategies[-1] if self.strategies else None
        prefill: Mapping[str, Any] = strategy_prefill(latest)
        return self.open_form("exit_strategy", prefill)

    def close_case(self) -> bool:
        """Open the close dialog (gui/close_case_dialog.py); True when it was opened. The
        case is closed when the officer completes it (``caseClosed`` is emitted then)."""
        if self.vault is None or self.case_ref is None or not self.case_is_open():
            return False
        if self.problems:
            return False
        from msvlo_desktop.gui.close_case_dialog import open_close_dialog

        self.close_dialog = open_close_dialog(self, self.vault, self.case_ref, self._closed)
        return self.close_dialog is not None

    def _closed(self, ref: str) -> None:
        # Nothing more may be recorded from now on, before the log is read again.
        if self.vault is not None:
            with contextlib.suppress(VaultError):
                self.case = self.vault.get_case(ref)
        self._update_buttons()
        self.refresh()
        self.caseClosed.emit(ref)

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if self.case_ref is not None and 0 <= row < len(self.strategies):
            self.showEntry.emit(self.case_ref, self.strategies[row].id)
