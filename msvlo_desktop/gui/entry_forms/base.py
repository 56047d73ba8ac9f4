"""The behaviour every entry form shares: when, who, sensitive, inline messages, Save.

Each form is a Designer form (``ui/<type>_entry_dialog.ui``) used by composition. The base
class asks ``core`` to validate the entry as typed on every change (a dry run of what
``Vault.add_entry`` will do) and shows each problem beside its field, so the form never
judges anything itself. Save stays disabled until the core finds nothing wrong. A form can
also be embedded in the correction form, which then validates the whole correction and
hands the problems of the replacement back to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime
from functools import partial
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, QTimeZone, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from msvlo_desktop.core import values as v
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import Entry, EntryContext, validate_entry
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.sequence import REASON_FIELD, TYPES_READ, CaseHistory
from msvlo_desktop.core.timefmt import LONDON
from msvlo_desktop.gui import messages
from msvlo_desktop.gui.entry_forms.bindings import Binding, LineBinding, TextBinding
from msvlo_desktop.gui.entry_forms.counter import CharacterCounter
from msvlo_desktop.gui.entry_forms.display import field_label
from msvlo_desktop.gui.entry_forms.reason_box import SequenceReasonBox
from msvlo_desktop.gui.inline_problems import reserve_message_line
from msvlo_desktop.gui.screen_fit import fit_to_screen
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

TRAINING_PREFIX = "TRAINING — "
_LONDON_QT = QTimeZone(b"Europe/London")
_EARLIEST = QDateTime(QDate(2000, 1, 1), QTime(0, 0), _LONDON_QT)
# A problem about when an entry was recorded can only come from the time it happened.
_ALIASES = {"recorded_at": "occurred_at"}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.capitalize() for p in rest)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), _LONDON_QT)


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def end_of_london_day(moment: datetime) -> QDateTime:
    day = moment.astimezone(LONDON).date()
    return QDateTime(QDate(day.year, day.month, day.day), QTime(23, 59, 59), _LONDON_QT)


class CaseEntries(Mapping[str, Entry]):
    """A case's entries by id, looked up through the vault only when the rules ask."""

    def __init__(self, vault: Vault, case_ref: str) -> None:
        self._vault = vault
        self._ref = case_ref
        self._cache: dict[str, Entry] = {}

    def __getitem__(self, key: str) -> Entry:
        if key not in self._cache:
            try:
                self._cache[key] = self._vault.get_entry(self._ref, key)
            except VaultError:
                raise KeyError(key) from None
        return self._cache[key]

    def __iter__(self) -> Iterator[str]:
        return iter([e.id for e in self._vault.entries(self._ref)])

    def __len__(self) -> int:
        return self._vault.entry_count(self._ref)


class EntryDialog(QDialog):
    """A form that records one entry of ``entry_type`` in a case's log.

    Shown non-modal. ``saved`` carries the stored Entry. ``draft_data()`` returns everything
    typed so far; ``EntryDialog.restore(parent, vault, draft)`` reopens a form from it.
    """

    saved = Signal(object)
    changed = Signal()

    entry_type: ClassVar[str] = ""
    ui_class: ClassVar[type[Any]]
    DRAFT_KIND: ClassVar[str] = "entry"

    def __init__(
        self,
        parent: QWidget | None,
        vault: Vault,
        case_ref: str,
        *,
        prefill: Mapping[str, Any] | None = None,
        author: str | None = None,
        embedded: bool = False,
        case: Case | None = None,
        correcting: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = self.ui_class()
        self.ui.setupUi(self)
        self.vault = vault
        self.case_ref = case_ref
        self.case = case if case is not None else vault.get_case(case_ref)
        self.embedded = embedded
        # The id of the entry this form's values will correct (embedded in a correction).
        self.correcting_id = correcting
        self.existing = CaseEntries(vault, case_ref)
        self._touched: set[str] = set()
        self._loading = True
        self._discarding = False
        self._first_show = True
        self.saved_entry: Entry | None = None
        self._max_day: date | None = None

        self.reason_box = SequenceReasonBox.add_to(
            self,
            self.ui,
            lambda: CaseHistory.of(
                self.case.opened_on, vault.entries_of_types(case_ref, TYPES_READ), self.case.victim
            ),
        )
        self.bindings: list[Binding] = [
            *self.make_bindings(),
            LineBinding(REASON_FIELD, self.reason_box.edit),
        ]
        self._by_name = {b.name: b for b in self.bindings}
        self._setup_common(author)
        self.setup_extra()
        if prefill:
            self.set_values(prefill)
        for b in self.bindings:
            b.connect(partial(self._edited, b.name))
        self._loading = False
        # What the form held when it opened: any difference, a date or a ticked item in a
        # list as much as typed text, is something the officer would lose on Esc.
        self._opened_with = self.draft_values()
        self.refresh()

    # ------------------------------------------------------------------ set up
    def make_bindings(self) -> list[Binding]:
        """The form's type-specific fields (subclasses)."""
        return []

    def setup_extra(self) -> None:
        """Anything a form shows besides its fields (running totals, hints)."""

    def _setup_common(self, author: str | None) -> None:
        ui = self.ui
        scroll = getattr(ui, "fieldsScrollArea", None)
        if isinstance(scroll, QScrollArea):
            # The scroll area only makes room on a small screen; it is not a tab stop.
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.viewport().setAutoFillBackground(False)
            ui.fieldsWidget.setAutoFillBackground(False)
        edit = getattr(ui, "occurredAtDateTimeEdit", None)
        if edit is not None:
            edit.setTimeZone(_LONDON_QT)
            edit.setMinimumDateTime(_EARLIEST)
            now = self.vault.clock().replace(second=0, microsecond=0)
            self._update_maximum()
            edit.setDateTime(to_qdatetime(now))
            edit.dateTimeChanged.connect(lambda _d: self._edited("occurred_at"))
        author_edit: QLineEdit | None = getattr(ui, "authorLineEdit", None)
        if author_edit is not None:
            author_edit.setText(author or self.vault.officer.display)
            author_edit.textChanged.connect(lambda _t: self._edited("author"))
        box = getattr(ui, "sensitiveCheckBox", None)
        if box is not None:
            box.toggled.connect(lambda _c: self._edited("sensitive"))
        # Every field's message line keeps its room, so nothing moves when one appears.
        for name, widget in vars(ui).items():
            if name.endswith("ErrorLabel") and isinstance(widget, QLabel):
                reserve_message_line(widget)
        # A choice's box need not be as wide as its longest choice (which would push the
        # form past a narrow window or the correction form's half): its list, when open,
        # is as wide as the choices.
        for combo in self.findChildren(QComboBox):
            if combo.objectName().startswith("qt_"):
                continue
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            view = combo.view()
            view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        # Long text fields say how much of their 20,000 characters is used.
        self.counters = [
            CharacterCounter(self, b.edit) for b in self.bindings if isinstance(b, TextBinding)
        ]
        status = getattr(ui, "saveStatusLabel", None)
        if isinstance(status, QLabel):
            # Two lines kept for what is still missing, said or not, so Save never moves.
            status.setWordWrap(True)
            status.ensurePolished()
            status.setFixedHeight(2 * status.fontMetrics().lineSpacing() + 4)
            policy = status.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            policy.setRetainSizeWhenHidden(True)
            status.setSizePolicy(policy)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        title = self.windowTitle() + f" — {self.case_ref}"
        if self.vault.is_training:
            title = self.tr(TRAINING_PREFIX) + title
            ui.trainingBannerLabel.setText(self.tr("TRAINING: fictional data"))
            ui.trainingBannerLabel.setVisible(not self.embedded)
        self.setWindowTitle(title)
        if self.embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
            for name in (
                "introLabel",
                "saveStatusLabel",
                "saveButton",
                "cancelButton",
                "authorLabel",
                "authorLineEdit",
                "authorErrorLabel",
            ):
                widget = getattr(ui, name, None)
                if widget is not None:
                    widget.setVisible(False)
            self.setSizeGripEnabled(False)
            # The author is the correction's; its row would leave a gap in the copy.
            form_layout = getattr(ui, "fieldsFormLayout", None)
            author_label = getattr(ui, "authorLabel", None)
            if form_layout is not None and author_label is not None:
                form_layout.setRowVisible(author_label, False)
            ui.mainLayout.setContentsMargins(0, 0, 0, 0)

    def _update_maximum(self) -> None:
        """Occurred-at may be set earlier, never later: the calendar offers no day after
        today, and the core's inline message covers a time later today."""
        edit = getattr(self.ui, "occurredAtDateTimeEdit", None)
        now = self.vault.clock()
        today = now.astimezone(LONDON).date()
        if edit is not None and today != self._max_day:
            self._max_day = today
            edit.setMaximumDateTime(end_of_london_day(now))

    # ------------------------------------------------------------------ values
    def occurred_at(self) -> datetime:
        edit = getattr(self.ui, "occurredAtDateTimeEdit", None)
        if edit is None:
            return self.vault.clock()
        return from_qdatetime(edit.dateTime())

    def author(self) -> str:
        edit = getattr(self.ui, "authorLineEdit", None)
        return edit.text() if edit is not None else self.vault.officer.display

    def sensitive(self) -> bool:
        box = getattr(self.ui, "sensitiveCheckBox", None)
        return bool(box.isChecked()) if box is not None else False

    def field_values(self) -> dict[str, Any]:
        """The type-specific fields as raw values for the core (None left out)."""
        out = {}
        for b in self.bindings:
            value = b.value()
            if value is not None:
                out[b.name] = value
        return out

    def build_raw(self) -> dict[str, Any]:
        """The entry as the vault will be asked to record it."""
        return {
            "type": self.entry_type,
            "occurred_at": v.iso(self.occurred_at()),
            "author": self.author(),
            "sensitive": self.sensitive(),
            **self.field_values(),
        }

    def replacement_raw(self) -> dict[str, Any]:
        """This form's values as the ``replacement`` of a correction."""
        return {
            "type": self.entry_type,
            "occurred_at": v.iso(self.occurred_at()),
            "sensitive": self.sensitive(),
            **self.field_values(),
        }

    def draft_values(self) -> dict[str, Any]:
        """Every widget's content as typed (JSON-compatible), keyed like the entry."""
        out: dict[str, Any] = {
            "occurred_at": v.iso(self.occurred_at()),
            "sensitive": self.sensitive(),
        }
        if not self.embedded:
            out["author"] = self.author()
        for b in self.bindings:
            out[b.name] = b.draft()
        return out

    def draft_data(self) -> dict[str, Any]:
        """Everything typed so far, to keep as a draft and reopen with :meth:`restore`."""
        return {"entry_type": self.entry_type, "case_ref": self.case_ref, **self.draft_values()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fill the form from stored entry values, a prefill or a draft."""
        when = values.get("occurred_at")
        edit = getattr(self.ui, "occurredAtDateTimeEdit", None)
        if when and edit is not None:
            try:
                edit.setDateTime(to_qdatetime(v.parse_datetime(when, "Occurred at")))
                self._touched.add("occurred_at")
            except ValidationError:
                pass
        if "author" in values and getattr(self.ui, "authorLineEdit", None) is not None:
            self.ui.authorLineEdit.setText(str(values["author"] or ""))
        if "sensitive" in values and getattr(self.ui, "sensitiveCheckBox", None) is not None:
            self.ui.sensitiveCheckBox.setChecked(bool(values["sensitive"]))
        for b in self.bindings:
            if b.name in values:
                b.set(values[b.name])
                if not b.is_empty():
                    self._touched.add(b.name)

    @classmethod
    def restore(cls, parent: QWidget | None, vault: Vault, draft: Any) -> EntryDialog:
        """Reopen a form from a ``storage.vault.Draft`` (``draft.data`` from draft_data())."""
        from msvlo_desktop.gui.entry_forms import open_entry_form

        data = dict(draft.data)
        entry_type = data.pop("entry_type", None) or draft.kind
        case_ref = data.pop("case_ref", None) or draft.case_ref
        author = data.get("author")
        return open_entry_form(parent, vault, case_ref, entry_type, prefill=data, author=author)

    # ------------------------------------------------------------------ validation
    def context(self) -> EntryContext:
        return EntryContext(
            now=self.vault.clock(),
            victim=self.case.victim,
            opened_on=self.case.opened_on,
            existing=self.existing,
        )

    def adjust_problems(self, problems: list[Problem]) -> list[Problem]:
        """Let a form route problems to finer fields than the core names (subclasses)."""
        return problems

    def problems(self) -> list[Problem]:
        """What the core finds wrong with the entry as typed (empty when it can be saved)."""
        found: list[Problem] = []
        if self.case.status == "closed":
            # The vault refuses it too; saying so now spares typing a whole entry first.
            found.append(Problem("", self.tr("This case is closed: reopen it to add to its log.")))
        try:
            entry = validate_entry(self.build_raw(), self.context())
        except ValidationError as exc:
            found += self.adjust_problems(list(exc.problems))
            self.reason_box.show_warnings([])
        else:
            found += self.adjust_problems(self.reason_box.problems_for(entry))
        return found

    def on_changed(self) -> None:
        """Update what depends on the values (totals, hints) before validating (subclasses)."""

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self.refresh()

    def refresh(self) -> None:
        self._update_maximum()
        self.on_changed()
        if self.embedded:
            self.changed.emit()
            return
        problems = self.problems()
        self.show_problems(problems)
        self.ui.saveButton.setEnabled(not problems)
        self.changed.emit()

    def label_for(self, name: str) -> str:
        return field_label(self.entry_type, name)

    def error_label(self, name: str) -> QLabel | None:
        label = getattr(self.ui, camel(_ALIASES.get(name, name)) + "ErrorLabel", None)
        return label if isinstance(label, QLabel) else None

    def _inputs_of(self, name: str) -> tuple[QWidget, ...]:
        if name in self._by_name:
            return self._by_name[name].widgets
        common = {"occurred_at": "occurredAtDateTimeEdit", "author": "authorLineEdit"}
        widget = getattr(self.ui, common.get(name, ""), None)
        return (widget,) if widget is not None else ()

    def _is_empty(self, name: str) -> bool:
        b = self._by_name.get(name)
        return b.is_empty() if b is not None else False

    def show_problems(self, problems: list[Problem]) -> list[str]:
        """Put each problem beside its field. Required fields not yet touched are listed in
        the status line instead, so a new form does not open covered in messages. Returns
        that status line's messages (what is missing, and problems that belong to no field
        here) for a correction form to show on behalf of its embedded form."""
        inline: dict[str, str] = {}
        missing: list[str] = []
        general: list[str] = []
        for p in problems:
            key = re.split(r"[.\[]", p.field, maxsplit=1)[0] if p.field else ""
            key = _ALIASES.get(key, key)
            if self.error_label(key) is None:
                general.append(p.message)
                continue
            if (
                key not in self._touched
                and self._is_empty(key)
                and p.message.endswith("is required.")
            ):
                if self.label_for(key) not in missing:
                    missing.append(self.label_for(key))
                continue
            inline.setdefault(key, p.message)
        names = {*(b.name for b in self.bindings), "occurred_at", "author", *inline}
        for name in names:
            label = self.error_label(name)
            if label is None:
                continue
            message = inline.get(name, "")
            reserve_message_line(label).set(message)
            for widget in self._inputs_of(name):
                if bool(widget.property("invalid")) != bool(message):
                    widget.setProperty("invalid", bool(message))
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
                widget.setAccessibleDescription(message)
        self.reason_box.update_visibility(asked=REASON_FIELD in inline)
        status = []
        if missing:
            status.append(self.tr("To save, complete: {fields}.").format(fields=", ".join(missing)))
        status += general
        status_label = getattr(self.ui, "saveStatusLabel", None)
        if status_label is not None and not self.embedded:
            status_label.setText(" ".join(status))
            status_label.setToolTip(" ".join(status))
            status_label.setProperty("role", "error" if general else "hint")
            status_label.style().unpolish(status_label)
            status_label.style().polish(status_label)
            status_label.setVisible(bool(status))
        return status

    def touch_all(self) -> None:
        self._touched.update(b.name for b in self.bindings)
        self._touched.update(("occurred_at", "author"))

    def has_input(self) -> bool:
        """True when the officer typed something that is not saved yet."""
        if self.saved_entry is not None:
            return False
        if self.draft_values() != self._opened_with:
            return True
        return any(not self._is_empty(n) for n in self._touched if n in self._by_name)

    # ------------------------------------------------------------------ save and close
    def save(self) -> None:
        if self.embedded or not self.ui.saveButton.isEnabled():
            return
        raw = self.build_raw()
        try:
            entry = self.vault.add_entry(self.case_ref, raw)
        except ValidationError as exc:
            # The rules can change between the last check and Save (the clock moved on).
            self.touch_all()
            self.show_problems(self.adjust_problems(list(exc.problems)))
            self.ui.saveButton.setEnabled(False)
            return
        except VaultError as exc:
            messages.error(
                self,
                self.tr("The entry was not saved"),
                str(exc) + "\n\n" + self.tr("The form stays open with everything you typed."),
            )
            return
        self.saved_entry = entry
        self.saved.emit(entry)
        self.accept()

    def close_without_asking(self) -> None:
        """Close at once (the window is locking and has kept the draft)."""
        self._discarding = True
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        if (
            not self._discarding
            and self.has_input()
            and not messages.confirm(
                self,
                self.tr("Discard this entry?"),
                self.tr("What you typed in this form has not been saved. Discard it?"),
            )
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        # A form owned by a window would otherwise live, hidden, as long as the window.
        if self.parent() is not None and not self.embedded:
            self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.embedded:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.embedded:
            # Enter and Escape belong to the correction form this one is part of.
            event.ignore()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The scroll area can resize the fields (a scroll bar appearing) while their layout
        # is settling; the layout then keeps its old width and runs the fields under the
        # scroll bar, cut off at the right. Lay them out again once the resizing is over.
        QTimer.singleShot(0, self, self._settle_fields)

    def _settle_fields(self) -> None:
        fields = getattr(self.ui, "fieldsWidget", None)
        layout = fields.layout() if fields is not None else None
        if fields is not None and layout is not None and layout.geometry() != fields.rect():
            layout.invalidate()
            layout.activate()

    def first_input(self) -> QWidget | None:
        return getattr(self.ui, "occurredAtDateTimeEdit", None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show and not self.embedded:
            self._first_show = False
            self._fit_to_screen()
            first = self.first_input()
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def _fit_to_screen(self) -> None:
        # The fields scroll; the form itself, its Save button included, stays on screen.
        fit_to_screen(self)
