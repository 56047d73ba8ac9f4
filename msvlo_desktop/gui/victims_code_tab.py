"""The Victims' Code tab: each investigation event, the update it needs (Right 6), by when,
and the update that met it; the victim's agreed update frequency, method and opt-out; the
next agreed update; and the Right 4 referral to support services.

Everything shown comes from the obligation engine (``core.obligations``) at the clock's
"now". A selected event's "Record update…" opens the victim-update form naming that event.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import RIGHT6_EVENTS
from msvlo_desktop.core.obligations import Obligation
from msvlo_desktop.core.rules import RIGHT6_UPDATE, RULES, RuleNotInForce
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
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
    plural,
    status_key,
    status_words,
    style_label,
    tr,
)
from msvlo_desktop.gui.entry_forms.display import choice_label

SEQ, EVENT, OCCURRED, DUE, STATUS, MET_BY, NOTES = range(7)
HEADERS = ("No.", "Event", "Occurred", "Update due by", "Status", "Met by", "Late reason and notes")
# Stored contact methods that are not update methods, in words.
_METHOD_WORDS = {"via_support_worker": "through the support worker"}


def method_words(method: str) -> str:
    return tr(_METHOD_WORDS.get(method) or choice_label("method", method).lower())


class VictimsCodeTab(CaseLogTab):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        author: Author = None,
    ) -> None:
        super().__init__(parent, clock=clock, author=author)
        self.setObjectName("victimsCodeTab")
        self.obligations: list[Obligation] = []
        self._events: list[Obligation] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)

        self.rights_label = self._label("victimsCodeRightsLabel", tr("Update timescale"))
        self.preferences_label = self._label("victimsCodePreferencesLabel", tr("Agreed updates"))
        self.next_label = self._label("victimsCodeNextUpdateLabel", tr("Next agreed update"))
        self.support_label = self._label("victimsCodeSupportLabel", tr("Support referral"))
        for label in (
            self.rights_label,
            self.preferences_label,
            self.next_label,
            self.support_label,
        ):
            layout.addWidget(label)

        heading = QLabel(tr("Investigation events and the updates they need (Right 6)"), self)
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.table = make_table(
            self, [tr(h) for h in HEADERS], tr("Investigation events"), "victimsCodeTableWidget"
        )
        fm = self.table.fontMetrics()
        for col, sample in {
            SEQ: "No. 000",
            EVENT: "Suspect released under investigation",
            OCCURRED: "24/03/2026 14:05",
            DUE: "24/03/2026 23:59",
            STATUS: "Overdue by 63 working days",
            MET_BY: "No. 000, 24/03/2026 14:05",
        }.items():
            self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + 28)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self._double_clicked)
        self.table.setToolTip(tr("Double-click an event to see it in the Log."))
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("victimsCodeEmptyLabel")
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.update_button = self.case_button(
            tr("Record &update for the selected event…"),
            tr("Record an update to the victim about the selected event"),
            "recordEventUpdateButton",
        )
        self.update_button.clicked.connect(self.record_event_update)
        self.agreed_button = self.case_button(
            tr("Record &agreed update…"),
            tr("Record a regular agreed update to the victim"),
            "recordAgreedUpdateButton",
        )
        self.agreed_button.clicked.connect(lambda: self.open_form("victim_update"))
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.agreed_button)
        buttons.addStretch(1)
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
        case, at = log.case, log.at
        self.obligations = log.obligations
        self._show_rights(case, at)
        self._show_preferences(case, at)
        support = [o for o in self.obligations if o.kind == "support_referral"]
        if support:
            o = support[0]
            self.support_label.setText(
                tr("Referral to support services (Right 4), due {due} — {status}.").format(
                    due=uk_datetime(o.due), status=self._status_with_entry(o, at)
                )
            )
            style_label(self.support_label, status_key(o, at))
        else:
            self.support_label.setText(
                tr(
                    "Referral to support services (Right 4): the time of the crime report is "
                    "not recorded on the case, so no deadline can be worked out."
                )
            )
            style_label(self.support_label, "quiet")
        self._events = sorted(
            (o for o in self.obligations if o.kind == "victims_code_update"),
            key=lambda o: o.since or o.due,
        )
        rows = [self._row(o, at) for o in self._events]
        fill_table(self.table, rows)
        if self._events:
            self.empty_label.setText(
                plural(
                    len(self._events),
                    "{n} investigation event logged.",
                    "{n} investigation events logged.",
                )
            )
        else:
            self.empty_label.setText(
                tr(
                    "No investigation events are logged yet. Each one (an arrest, a charge, a "
                    "release...) starts a Victims' Code deadline to update the victim."
                )
            )

    def _show_rights(self, case: Case, at: datetime) -> None:
        today = london_date(at)
        enhanced = case.victim.has_enhanced_rights(today, case.opened_on)
        try:
            rule = RULES.rule(RIGHT6_UPDATE, today)
            days = rule.int_param("enhanced_working_days" if enhanced else "standard_working_days")
        except RuleNotInForce:
            days = None
        kind = tr("Enhanced rights") if enhanced else tr("Standard rights")
        style_label(self.rights_label, "quiet")
        if days is None:
            self.rights_label.setText(kind)
        else:
            self.rights_label.setText(
                tr("{kind}: the victim must be told of each event within {days}.").format(
                    kind=kind,
                    days=plural(days, "{n} working day", "{n} working days"),
                )
            )

    def _show_preferences(self, case: Case, at: datetime) -> None:
        prefs = case.victim.update_preferences
        if prefs.opted_out:
            when = (
                tr(" on {day}").format(day=uk_date(prefs.opted_out_on))
                if prefs.opted_out_on
                else tr(" (date not recorded: record it on the victim's details)")
            )
            reason = (
                tr(" Reason: {reason}").format(reason=prefs.opt_out_reason)
                if prefs.opt_out_reason
                else ""
            )
            self.preferences_label.setText(
                tr(
                    "The victim opted out of updates{when}. Events from then on need no "
                    "update.{reason}"
                ).format(when=when, reason=reason)
            )
            style_label(self.preferences_label, "not_applicable")
        elif prefs.every_days:
            self.preferences_label.setText(
                tr("Agreed updates: every {days} by {method}.").format(
                    days=plural(prefs.every_days, "{n} day", "{n} days"),
                    method=method_words(prefs.method),
                )
            )
            style_label(self.preferences_label, "quiet")
        else:
            self.preferences_label.setText(
                tr(
                    "No regular update frequency is agreed with the victim (preferred method: "
                    "{method}). Agree one and record it on the victim's details."
                ).format(method=method_words(prefs.method))
            )
            style_label(self.preferences_label, "quiet")
        pending = [
            o
            for o in self.obligations
            if o.kind == "agreed_update" and o.status in ("due", "overdue")
        ]
        if pending:
            o = pending[-1]
            self.next_label.setText(
                tr("Next agreed update due by {due} — {status}.").format(
                    due=uk_datetime(o.due), status=status_words(o, at)
                )
            )
            style_label(self.next_label, status_key(o, at), bold=o.status == "overdue")
            self.next_label.show()
        else:
            self.next_label.clear()
            self.next_label.hide()

    def _status_with_entry(self, o: Obligation, at: datetime) -> str:
        words = status_words(o, at)
        met = self.entry_by_id(o.met_by)
        if met is not None:
            words += tr(" by No. {seq} on {day}").format(seq=met.seq, day=uk_date(met.occurred_at))
        return words

    def _row(self, o: Obligation, at: datetime) -> list[Cell]:
        event = self.entry_by_id(o.source)
        seq = str(event.seq) if event is not None else ""
        what = tr(RIGHT6_EVENTS.get(o.source_event or "", o.source_event or ""))
        details = event.data.get("details") if event is not None else None
        met = self.entry_by_id(o.met_by)
        met_text = (
            tr("No. {seq}, {when}").format(seq=met.seq, when=uk_datetime(met.occurred_at))
            if met is not None
            else tr("Not yet")
            if o.status in ("due", "overdue")
            else ""
        )
        notes = []
        if o.late_reason:
            notes.append(tr("Late because: {reason}").format(reason=o.late_reason))
        if o.needs_late_reason:
            notes.append(tr("No reason recorded for the late update."))
        notes += list(o.warnings)
        key = status_key(o, at)
        return [
            Cell(seq, data=o.source),
            Cell(what, tooltip=what + (f"\n{details}" if details else "")),
            Cell(uk_datetime(o.since) if o.since else ""),
            Cell(uk_datetime(o.due)),
            Cell(status_words(o, at), status=key, bold=o.status == "overdue"),
            Cell(met_text, data=o.met_by),
            Cell(one_line(" ".join(notes)), tooltip="\n".join(notes) or None),
        ]

    def clear_view(self) -> None:
        self.obligations = []
        self._events = []
        clear_table(self.table)
        for label in (
            self.rights_label,
            self.preferences_label,
            self.next_label,
            self.support_label,
            self.empty_label,
        ):
            label.clear()
            label.setStyleSheet("")

    # ------------------------------------------------------------------ actions
    def selected_event(self) -> Obligation | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self._events[row] if 0 <= row < len(self._events) else None

    def select_event(self, event_id: str) -> bool:
        for row, o in enumerate(self._events):
            if o.source == event_id:
                self.table.selectRow(row)
                return True
        return False

    def button_allowed(self, button: object) -> bool:
        if button is self.update_button:
            return self.selected_event() is not None
        return True

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if self.case_is_open() and self.selected_event() is None:
            self.update_button.setToolTip(tr("Select an event in the table first."))

    def record_event_update(self) -> object:
        o = self.selected_event()
        if o is None:
            return None
        return self.open_form("victim_update", {"satisfies": [o.source]})

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        if self.case_ref is None:
            return
        o = self._events[item.row()] if 0 <= item.row() < len(self._events) else None
        if o is None:
            return
        target = o.met_by if item.column() == MET_BY and o.met_by else o.source
        self.showEntry.emit(self.case_ref, target)
