"""The case dialog's contacts page: the list of the case's contacts, adding one, ending one.

A contact already saved with the case is never removed here, only ended (its "to" date set):
the case's history keeps who was whose contact when. A contact added in this dialog and not
yet saved can be removed again. Each contact is checked by ``core.case.parse_contact``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from msvlo_desktop.core import values as v
from msvlo_desktop.core.case import ROLE_LABELS, parse_contact
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.gui.case_form_fields import pydate
from msvlo_desktop.gui.forms.ui_case_dialog import Ui_CaseDialog

CONTACT_COLUMNS = ("Role", "Name", "Organisation", "Phone", "Email", "From", "To")


class CaseContacts(QObject):
    """Holds the contacts as raw dicts and keeps the table and its buttons in step."""

    changed = Signal()

    def __init__(self, ui: Ui_CaseDialog, today: Callable[[], date], parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self._today = today
        self.contacts: list[dict[str, Any]] = []
        self.added: set[int] = set()
        table = ui.contactsTableWidget
        table.setColumnCount(len(CONTACT_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(c) for c in CONTACT_COLUMNS])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        # Tab leaves the table for its buttons; the arrow keys move between contacts.
        table.setTabKeyNavigation(False)
        ui.contactProblemLabel.hide()
        ui.addContactButton.clicked.connect(self.add)
        ui.endContactButton.clicked.connect(self.end)
        ui.removeContactButton.clicked.connect(self.remove)
        table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def set(self, contacts: Iterable[dict[str, Any]], added: Iterable[int] = ()) -> None:
        """Show ``contacts``; ``added`` are the positions of those not saved yet."""
        self.contacts = [dict(c) for c in contacts]
        self.added = {i for i in added if 0 <= i < len(self.contacts)}
        self.fill()

    def raw(self) -> list[dict[str, Any]]:
        return [dict(c) for c in self.contacts]

    def fill(self) -> None:
        table = self.ui.contactsTableWidget
        table.setRowCount(len(self.contacts))
        for row, c in enumerate(self.contacts):
            cells = (
                self.tr(ROLE_LABELS.get(c.get("role", ""), c.get("role", ""))),
                c.get("name") or "",
                c.get("organisation") or "",
                v.phone_display(c["phone"]) if c.get("phone") else "",
                c.get("email") or "",
                uk_date(date.fromisoformat(c["from"])) if c.get("from") else "",
                uk_date(date.fromisoformat(c["to"])) if c.get("to") else self.tr("current"),
            )
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        self.update_buttons()

    def selected(self) -> int | None:
        rows = {i.row() for i in self.ui.contactsTableWidget.selectedIndexes()}
        return rows.pop() if len(rows) == 1 else None

    def update_buttons(self) -> None:
        row = self.selected()
        active = row is not None and not self.contacts[row].get("to")
        self.ui.endContactButton.setEnabled(active)
        self.ui.removeContactButton.setEnabled(row is not None and row in self.added)

    def add(self) -> None:
        ui = self.ui
        raw = {
            "role": ui.contactRoleComboBox.currentData(),
            "name": ui.contactNameLineEdit.text(),
            "organisation": ui.contactOrganisationLineEdit.text() or None,
            "phone": ui.contactPhoneLineEdit.text() or None,
            "email": ui.contactEmailLineEdit.text() or None,
            "from": pydate(ui.contactFromDateEdit.date()).isoformat(),
        }
        try:
            contact = parse_contact(raw)
        except ValidationError as exc:
            ui.contactProblemLabel.setText("\n".join(p.message for p in exc.problems))
            ui.contactProblemLabel.show()
            return
        ui.contactProblemLabel.hide()
        self.contacts.append(contact.to_json())
        self.added.add(len(self.contacts) - 1)
        for edit in (
            ui.contactNameLineEdit,
            ui.contactOrganisationLineEdit,
            ui.contactPhoneLineEdit,
            ui.contactEmailLineEdit,
        ):
            edit.clear()
        self.fill()
        self.changed.emit()

    def end(self) -> None:
        row = self.selected()
        if row is None or self.contacts[row].get("to"):
            return
        self.contacts[row]["to"] = self._today().isoformat()
        self.fill()
        self.changed.emit()

    def remove(self) -> None:
        row = self.selected()
        if row is None or row not in self.added:
            return
        del self.contacts[row]
        self.added = {i if i < row else i - 1 for i in self.added if i != row}
        self.fill()
        self.changed.emit()
