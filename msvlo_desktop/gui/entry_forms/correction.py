"""The correction form: choose an entry, edit its details in its own form, say why.

Nothing in the log changes: the form records a ``correction`` entry naming the original,
whose ``replacement`` holds the corrected fields. The original is shown read-only beside the
editable copy, which starts from the entry as it now reads (after any earlier correction).
Correcting a correction corrects the entry it corrected.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from msvlo_desktop.core import values as v
from msvlo_desktop.core.entries import (
    STATUS_TYPES,
    Entry,
    effective_entries,
    summary,
    validate_entry,
)
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.gui.entry_forms.base import EntryDialog
from msvlo_desktop.gui.entry_forms.bindings import Binding, TextBinding
from msvlo_desktop.gui.entry_forms.display import entry_html, type_label
from msvlo_desktop.gui.forms.ui_correction_dialog import Ui_CorrectionDialog
from msvlo_desktop.storage.errors import VaultError

_PREFIX = "replacement."


def current_values(entry: Entry) -> dict[str, Any]:
    """An entry's values as a form prefill (and as the core normalises a replacement)."""
    return {
        "type": entry.type,
        "occurred_at": v.iso(entry.occurred_at),
        "sensitive": entry.sensitive,
        **entry.data,
    }


class CorrectionDialog(EntryDialog):
    entry_type = "correction"
    ui_class = Ui_CorrectionDialog

    def make_bindings(self) -> list[Binding]:
        return [TextBinding("reason", self.ui.reasonPlainTextEdit)]

    def setup_extra(self) -> None:
        self.form: EntryDialog | None = None
        self.original: Entry | None = None
        self.current: Entry | None = None
        self._start: dict[str, Any] = {}
        spin = self.ui.correctedEntrySpinBox
        count = self.vault.entry_count(self.case_ref)
        spin.setRange(1, max(count, 1))
        spin.setEnabled(count > 0)
        if count:
            # The latest entry that can be corrected (a closing or reopening cannot).
            seq = count
            while seq > 1 and self._is_status_entry(seq):
                seq -= 1
            spin.setValue(seq)
            self.choose(seq)
        else:
            self.ui.correctedEntrySummaryLabel.setText(self.tr("This case has no entries yet."))
        spin.valueChanged.connect(self.choose)
        # The editable copy needs more room than the read-only original.
        self.ui.correctionSplitter.setSizes([400, 600])

    # ------------------------------------------------------------------ the entry corrected
    def choose(self, seq: int) -> None:
        """Show entry number ``seq`` (or the entry it corrects) for correcting."""
        found = self.vault.entries_page(self.case_ref, seq - 1, 1)
        if not found:
            return
        chosen = found[0]
        # Only the corrections are read (through the type index); other entries one by one
        # as they are named, so a long log is not read to correct one entry.
        by_id = {e.id: e for e in self.vault.entries_of_types(self.case_ref, ("correction",))}
        by_id[chosen.id] = chosen

        def lookup(entry_id: str) -> Entry | None:
            return by_id.get(entry_id) or self.existing.get(entry_id)

        original = chosen
        while original.type == "correction":
            target = lookup(original.data["corrects"])
            if target is None:
                break
            original = target
        if self.original is not None and original.id == self.original.id:
            return
        if original.type in STATUS_TYPES:
            self._not_correctable(original)
            return
        corrections = [
            c
            for c in by_id.values()
            if c.type == "correction" and self._root(c, by_id) == original.id
        ]
        corrections.sort(key=lambda c: c.seq)
        now_reads = effective_entries([original, *corrections])
        current = next(e for e in now_reads if e.id == original.id)
        self.original, self.current = original, current

        note = ""
        if chosen.id != original.id:
            note = self.tr("#{n} is a correction; this corrects #{m}, the entry it corrects. ")
            note = note.format(n=chosen.seq, m=original.seq)
        self.ui.correctedEntrySummaryLabel.setText(
            note
            + f"#{original.seq} {type_label(original.type)} — {uk_datetime(current.occurred_at)}"
            + f" — {summary(current)}"
        )
        self.ui.originalTextBrowser.setHtml(
            entry_html(original, corrections=corrections, lookup=lookup)
        )
        self._embed(original, current)

    def _is_status_entry(self, seq: int) -> bool:
        found = self.vault.entries_page(self.case_ref, seq - 1, 1)
        return bool(found) and found[0].type in STATUS_TYPES

    def _not_correctable(self, entry: Entry) -> None:
        """A closing or reopening was chosen: it is shown, and nothing can be saved."""
        self.original = self.current = None
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        self.ui.correctedEntrySummaryLabel.setText(
            self.tr(
                "#{n} {type} — a closing or reopening is not corrected: close or reopen the "
                "case again with the right reason. Choose another entry."
            ).format(n=entry.seq, type=type_label(entry.type))
        )
        self.ui.originalTextBrowser.setHtml(entry_html(entry))
        self.ui.replacementGroupBox.setTitle(self.tr("Corrected entry"))
        if not self._loading:
            self.refresh()

    @staticmethod
    def _root(entry: Entry, by_id: Mapping[str, Entry]) -> str:
        seen: set[str] = set()
        while entry.type == "correction" and entry.id not in seen:
            seen.add(entry.id)
            target = by_id.get(entry.data["corrects"])
            if target is None:
                return str(entry.data["corrects"])
            entry = target
        return entry.id

    def _embed(self, original: Entry, current: Entry) -> None:
        from msvlo_desktop.gui.entry_forms import ENTRY_DIALOGS

        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
        box = self.ui.replacementGroupBox
        form = ENTRY_DIALOGS[original.type](
            box,
            self.vault,
            self.case_ref,
            prefill=current_values(current),
            embedded=True,
            case=self.case,
            correcting=original.id,
        )
        self.ui.replacementLayout.addWidget(form)
        box.setTitle(self.tr("Corrected entry ({type})").format(type=type_label(original.type)))
        form.changed.connect(self._form_changed)
        self.form = form
        self._start = form.draft_values()
        first = form.first_input()
        if first is not None:
            QWidget.setTabOrder(self.ui.originalTextBrowser, first)
            QWidget.setTabOrder(form.ui.sensitiveCheckBox, self.ui.reasonPlainTextEdit)
        if not self._loading:
            self.refresh()

    def _form_changed(self) -> None:
        if not self._loading:
            self.refresh()

    # ------------------------------------------------------------------ values
    def first_input(self) -> QWidget | None:
        spin: QWidget = self.ui.correctedEntrySpinBox
        return spin

    def occurred_at(self) -> datetime:
        # A correction happens when it is made.
        return self.vault.clock()

    def field_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.original is not None:
            out["corrects"] = self.original.id
        if self.form is not None:
            out["replacement"] = self.form.replacement_raw()
        reason = self.bindings[0].value()
        if reason is not None:
            out["reason"] = reason
        return out

    def sensitive(self) -> bool:
        # The correction repeats the entry's details, so it is as sensitive as they are.
        if self.form is None:
            return False
        return self.form.sensitive() or bool(self.original and self.original.sensitive)

    def draft_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "author": self.author(),
            "reason": self.ui.reasonPlainTextEdit.toPlainText(),
        }
        if self.original is not None:
            out["corrects"] = self.original.id
        if self.form is not None:
            out["replacement"] = self.form.draft_values()
        return out

    def set_values(self, values: Mapping[str, Any]) -> None:
        target = values.get("corrects")
        if isinstance(target, str) and target:
            try:
                seq = self.vault.get_entry(self.case_ref, target).seq
            except VaultError:
                seq = 0  # an entry no longer in the case: the choice stays as it is
            if seq:
                spin = self.ui.correctedEntrySpinBox
                spin.blockSignals(True)
                spin.setValue(seq)
                spin.blockSignals(False)
                self.choose(seq)
        replacement = values.get("replacement")
        if self.form is not None and isinstance(replacement, Mapping):
            self.form.set_values(replacement)
        super().set_values({k: val for k, val in values.items() if k in ("author", "reason")})

    def has_input(self) -> bool:
        if self.saved_entry is not None:
            return False
        changed = self.form is not None and self.form.draft_values() != self._start
        return changed or bool(self.ui.reasonPlainTextEdit.toPlainText().strip())

    # ------------------------------------------------------------------ validation
    def problems(self) -> list[Problem]:
        if self.original is None:
            return [Problem("", self.tr("Choose the entry to correct."))]
        try:
            entry = validate_entry(self.build_raw(), self.context())
        except ValidationError as exc:
            return list(exc.problems)
        if self.current is not None and entry.data["replacement"] == current_values(self.current):
            return [
                Problem(
                    "",
                    self.tr(
                        "Nothing has been changed yet: correct the details under “Corrected "
                        "entry”, then say why."
                    ),
                )
            ]
        return []

    def show_problems(self, problems: list[Problem]) -> list[str]:
        own = [p for p in problems if not p.field.startswith(_PREFIX)]
        theirs = [
            Problem(p.field[len(_PREFIX) :], p.message)
            for p in problems
            if p.field.startswith(_PREFIX)
        ]
        if self.form is not None:
            for message in self.form.show_problems(self.form.adjust_problems(theirs)):
                own.append(Problem("", message))
        return super().show_problems(own)

    def touch_all(self) -> None:
        super().touch_all()
        if self.form is not None:
            self.form.touch_all()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the entry number shows that entry; it must not save the correction.
        spin = self.ui.correctedEntrySpinBox
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and spin.hasFocus():
            spin.interpretText()
            return
        super().keyPressEvent(event)
