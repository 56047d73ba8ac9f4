"""The victim update form: which investigation events it tells the victim about, how, what
was said, and why it is late when it is after an event's Victims' Code deadline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from msvlo_desktop.core.entries import (
    LATE_REASON_CATEGORIES,
    UPDATE_METHODS,
    Entry,
    effective_entries,
)
from msvlo_desktop.core.timefmt import london, uk_datetime
from msvlo_desktop.gui.entry_forms.base import EntryDialog
from msvlo_desktop.gui.entry_forms.bindings import (
    Binding,
    ChecklistBinding,
    ChoiceBinding,
    TextBinding,
)
from msvlo_desktop.gui.entry_forms.deadlines import Right6Due, right6_due
from msvlo_desktop.gui.entry_forms.display import choice_label
from msvlo_desktop.gui.entry_forms.simple import choices, interpreter_binding
from msvlo_desktop.gui.forms.ui_victim_update_entry_dialog import Ui_VictimUpdateEntryDialog

# The victim's agreed way of being updated, as the nearest update method.
_PREFERRED_METHOD = {"via_support_worker": "third_party"}


class VictimUpdateDialog(EntryDialog):
    entry_type = "victim_update"
    ui_class = Ui_VictimUpdateEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        # Only the events, the updates and their corrections: read through the type index,
        # so a long log of interactions is not read to open the form.
        log = effective_entries(
            self.vault.entries_of_types(
                self.case_ref, ("investigation_event", "victim_update", "correction")
            )
        )
        updated_by: dict[str, list[int]] = {}
        for e in log:
            if e.type == "victim_update" and e.id != self.correcting_id:
                for event_id in e.data.get("satisfies", []):
                    updated_by.setdefault(event_id, []).append(e.seq)
        # Newest first: an update is usually about the latest event.
        self.events: list[Entry] = [e for e in reversed(log) if e.type == "investigation_event"]
        self.dues: dict[str, Right6Due | None] = {
            e.id: right6_due(self.case, e.occurred_at) for e in self.events
        }
        options, tips = [], []
        for e in self.events:
            what = choice_label("event", e.data["event"])
            text = f"#{e.seq} {what} — {uk_datetime(e.occurred_at)}"
            due = self.dues[e.id]
            if due is not None:
                text += " · " + self.tr("due by {due}").format(due=uk_datetime(due.due.at))
            if e.id in updated_by:
                text += " · " + self.tr("already updated ({refs})").format(
                    refs=", ".join(f"#{n}" for n in updated_by[e.id])
                )
            options.append((e.id, text))
            tips.append(e.data.get("details", ""))
        self._satisfies = ChecklistBinding("satisfies", ui.satisfiesListWidget, empty=[])
        self._satisfies.fill(options, tips)
        if not self.events:
            ui.satisfiesListWidget.setToolTip(
                self.tr(
                    "No investigation events are logged in this case yet: an agreed "
                    "regular update covers none."
                )
            )
        method = ChoiceBinding("method", ui.methodComboBox, choices("method", UPDATE_METHODS))
        preferred = self.case.victim.update_preferences.method
        method.set(_PREFERRED_METHOD.get(preferred, preferred))
        return [
            self._satisfies,
            method,
            TextBinding("summary", ui.summaryPlainTextEdit),
            TextBinding("late_reason", ui.lateReasonPlainTextEdit),
            self._late_reason_category(),
            interpreter_binding(ui),
        ]

    def _late_reason_category(self) -> ChoiceBinding:
        """Why the update was late, as one of a few categories, above the free-text reason:
        the compliance return counts the category and never reads the text."""
        ui = self.ui
        combo = QComboBox(ui.fieldsWidget)
        combo.setObjectName("lateReasonCategoryComboBox")
        combo.setAccessibleName(self.tr("Why the update was late"))
        combo.setToolTip(
            self.tr("Counted in the Victims' Code compliance return (the free-text reason is not).")
        )
        ui.lateReasonFieldLayout.insertWidget(0, combo)
        QWidget.setTabOrder(ui.summaryPlainTextEdit, combo)
        QWidget.setTabOrder(combo, ui.lateReasonPlainTextEdit)
        self.lateReasonCategoryComboBox = combo
        options: list[tuple[str | None, str]] = [(None, self.tr("Not late, or no category"))]
        options += choices("late_reason_category", LATE_REASON_CATEGORIES)
        return ChoiceBinding("late_reason_category", combo, options)

    def set_values(self, values: Any) -> None:
        super().set_values(values)
        # An event named by a prefill is shown first, where the officer looks.
        wanted = values.get("satisfies") or []
        lst = self.ui.satisfiesListWidget
        for row in range(lst.count()):
            if lst.item(row).data(Qt.ItemDataRole.UserRole) in wanted:
                lst.setCurrentRow(row)
                break

    def late_events(self) -> list[tuple[Entry, Right6Due]]:
        """The covered events whose update deadline had passed when this update was given."""
        when = self.occurred_at()
        chosen = set(self._satisfies.checked())
        out = []
        for e in self.events:
            due = self.dues.get(e.id)
            if e.id in chosen and due is not None and when > due.due.at:
                out.append((e, due))
        return out

    def on_changed(self) -> None:
        late = self.late_events()
        label = self.ui.lateHintLabel
        if late:
            which = "; ".join(
                f"#{e.seq} {self.tr('was due by')} {london(d.due.at).strftime('%d/%m/%Y %H:%M')}"
                for e, d in late
            )
            label.setText(
                self.tr("This update is late ({which}): record the reason it is late.").format(
                    which=which
                )
            )
            label.setProperty("role", "error")
            self.ui.lateReasonLabel.setText(self.tr("&Reason the update was late (needed):"))
        else:
            label.setText(self.tr("Only needed when the update is after an event's deadline."))
            label.setProperty("role", "hint")
            self.ui.lateReasonLabel.setText(self.tr("&Reason the update was late:"))
        label.style().unpolish(label)
        label.style().polish(label)
