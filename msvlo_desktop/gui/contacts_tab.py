"""The contacts and SPOC tab: who the victim's contacts are now (by role), the full history
of who held each role when, and the single point of contact (SPOC) with whether the victim
has been told how to reach them.

The history is ``core.case.case_contact_history`` (the report reads the same): the case's
own contacts merged with the log's SPOC changes (a change ends the previous SPOC that day);
a SPOC change that cannot be read is named in the tab's problem line. "Change SPOC…" opens the
SPOC change form, which records whether the victim was informed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from msvlo_desktop.core import values as v
from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.case import (
    ROLE_LABELS,
    Case,
    Contact,
    ContactHistory,
    case_contact_history,
)
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.core.wording import role_label
from msvlo_desktop.gui.case_area import CaseLogTab
from msvlo_desktop.gui.case_log import CaseLog
from msvlo_desktop.gui.day_common import (
    Author,
    Cell,
    Clock,
    clear_table,
    fill_table,
    make_table,
    style_label,
    tr,
)

CURRENT_HEADERS = ("Role", "Name", "Organisation", "Phone", "Email", "Since")
HISTORY_HEADERS = ("Role", "Name", "Organisation", "From", "To", "Source")


def case_contacts(case: Case, effective: list[Entry]) -> ContactHistory:
    """The case's contact history (``core.case.case_contact_history``, as the report has it)."""
    return case_contact_history(case, effective)


def spoc_status(
    case: Case, effective: list[Entry], history: ContactHistory, today: date
) -> tuple[Contact | None, Entry | None, bool]:
    """The current SPOC, the SPOC change entry that named them (if any), and whether the
    victim has been told how to reach them: the change says so, or an interaction or note
    after it records "victim told how to contact the officer"."""
    spoc = history.current_in_role("spoc", today)
    if spoc is None:
        return None, None, False
    change = next((e for e in effective if e.id == spoc.source_entry), None)
    informed = bool(change is not None and change.data.get("victim_informed"))
    since = change.occurred_at if change is not None else None
    if not informed:
        for e in effective:
            actions = e.data.get("actions") or () if e.type in ("interaction", "note") else ()
            if "officer_contact_given" in actions and (since is None or e.occurred_at >= since):
                informed = True
                break
    return spoc, change, informed


def contact_line(c: Contact) -> str:
    parts = [c.name]
    if c.organisation:
        parts.append(c.organisation)
    if c.phone:
        parts.append(v.phone_display(c.phone))
    return ", ".join(parts)


class ContactsTab(CaseLogTab):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        author: Author = None,
    ) -> None:
        super().__init__(parent, clock=clock, author=author)
        self.setObjectName("contactsTab")
        self.history: ContactHistory | None = None
        self._history_rows: list[Contact] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        heading = QLabel(tr("Single point of contact (SPOC)"), self)
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.spoc_label = QLabel(self)
        self.spoc_label.setObjectName("spocLabel")
        self.spoc_label.setAccessibleName(tr("Current SPOC"))
        self.spoc_label.setWordWrap(True)
        layout.addWidget(self.spoc_label)

        current = QLabel(tr("Current contacts"), self)
        current.setProperty("role", "subheading")
        layout.addWidget(current)
        self.current_table = make_table(
            self,
            [tr(h) for h in CURRENT_HEADERS],
            tr("Current contacts"),
            "currentContactsTableWidget",
        )
        layout.addWidget(self.current_table, 1)

        past = QLabel(tr("History"), self)
        past.setProperty("role", "subheading")
        layout.addWidget(past)
        self.history_table = make_table(
            self,
            [tr(h) for h in HISTORY_HEADERS],
            tr("Contact history"),
            "contactHistoryTableWidget",
        )
        self.history_table.setToolTip(tr("Double-click a SPOC change to see it in the Log."))
        self.history_table.itemDoubleClicked.connect(self._double_clicked)
        layout.addWidget(self.history_table, 1)
        fm = self.current_table.fontMetrics()
        widths = {
            0: fm.horizontalAdvance("Independent child trafficking guardian (ICTG)") + 24,
            1: fm.horizontalAdvance("DC 4521 J. Okafor, Example") + 24,
            2: fm.horizontalAdvance("Independent Child Trafficking Guardianship") + 24,
            3: fm.horizontalAdvance("+44 01632 960000") + 24,
            4: fm.horizontalAdvance("name.surname@example.police.uk") + 24,
        }
        for table in (self.current_table, self.history_table):
            for col, width in widths.items():
                table.setColumnWidth(col, width)
        for col in (3, 4):
            self.history_table.setColumnWidth(col, fm.horizontalAdvance("24/03/2026") + 28)

        hint = QLabel(
            tr(
                "Other contacts (lead investigator, support worker, ICTG...) are kept on the "
                "case: change them with \u201cEdit case and victim details\u201d."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.change_button = self.case_button(
            tr("Change &SPOC…"),
            tr("Record a change of the victim's single point of contact"),
            "changeSpocButton",
        )
        self.change_button.clicked.connect(lambda: self.open_form("spoc_change"))
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_log(self, log: CaseLog) -> None:
        case = log.case
        today = london_date(log.at)
        history = case_contacts(case, log.of_type("spoc_change"))
        self.history = history
        if history.unreadable:
            numbers = []
            for entry_id in history.unreadable:
                found = log.entry(entry_id)
                numbers.append(f"#{found.seq}" if found is not None else entry_id)
            text = (
                tr("SPOC change {ids} could not be read and is left out of the history.")
                if len(numbers) == 1
                else tr("SPOC changes {ids} could not be read and are left out of the history.")
            )
            self._say(text.format(ids=", ".join(numbers)), "error")
        spoc, change, informed = spoc_status(case, log.effective, history, today)
        if spoc is None:
            self.spoc_label.setText(
                tr("No SPOC is recorded. Name one with \u201cChange SPOC…\u201d.")
            )
            style_label(self.spoc_label, "not_done", bold=True)
        else:
            since = tr(" since {day}").format(day=uk_date(spoc.from_date)) if spoc.from_date else ""
            where = (
                tr(" (SPOC change No. {seq})").format(seq=change.seq) if change is not None else ""
            )
            told = (
                tr("The victim has been told how to reach them.")
                if informed
                else tr("The victim has NOT yet been told how to reach them.")
            )
            self.spoc_label.setText(
                tr("{contact}{since}{where}. {told}").format(
                    contact=contact_line(spoc), since=since, where=where, told=told
                )
            )
            key = "met_on_time" if informed else "overdue"
            style_label(self.spoc_label, key, bold=not informed)
        current = sorted(history.current(today), key=_role_order)
        fill_table(self.current_table, [self._current_row(c) for c in current])
        self._history_rows = sorted(
            history.contacts, key=lambda c: (_role_order(c), c.from_date or date.min)
        )
        fill_table(
            self.history_table, [self._history_row(c, history, today) for c in self._history_rows]
        )

    def _current_row(self, c: Contact) -> list[Cell | str]:
        return [
            role_label(c.role, tr),
            c.name,
            c.organisation or "",
            v.phone_display(c.phone) if c.phone else "",
            c.email or "",
            uk_date(c.from_date) if c.from_date else tr("Case opening"),
        ]

    def _history_row(self, c: Contact, history: ContactHistory, today: date) -> list[Cell | str]:
        change = self.entry_by_id(c.source_entry)
        if change is not None:
            informed = (
                tr("victim informed")
                if change.data.get("victim_informed")
                else tr("victim NOT informed")
            )
            source = Cell(
                tr("SPOC change No. {seq} ({informed})").format(seq=change.seq, informed=informed),
                status=None if change.data.get("victim_informed") else "overdue",
                data=change.id,
            )
        else:
            source = Cell(tr("Case record"))
        return [
            role_label(c.role, tr),
            c.name,
            c.organisation or "",
            uk_date(c.from_date) if c.from_date else tr("Case opening"),
            _until(c, history, today),
            source,
        ]

    def clear_view(self) -> None:
        self.history = None
        self._history_rows = []
        self.spoc_label.clear()
        self.spoc_label.setStyleSheet("")
        clear_table(self.current_table)
        clear_table(self.history_table)

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if self.case_ref is None or not 0 <= row < len(self._history_rows):
            return
        entry_id = self._history_rows[row].source_entry
        if entry_id:
            self.showEntry.emit(self.case_ref, entry_id)


def _until(c: Contact, history: ContactHistory, today: date) -> str:
    """The History table's "To": the end date; "Current" for whoever holds the role now; a
    SPOC replaced on the case record with no end date says so."""
    if c.to_date:
        return uk_date(c.to_date)
    return tr("Current") if history.is_current(c, today) else tr("Replaced")


def _role_order(c: Contact) -> int:
    order = list(ROLE_LABELS)
    return order.index(c.role) if c.role in order else len(order)
