"""The reason box of every entry form: what the log's order checks (core/sequence.py) warn
about for the entry as typed, and the officer's answer, the entry's ``sequence_reason``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.errors import Problem
from msvlo_desktop.core.sequence import REASON_FIELD, REASON_LABEL, CaseHistory, check_entry


class SequenceReasonBox(QWidget):
    """What the log's order checks (core/sequence.py) warn about for the entry as typed, and
    the officer's reason it is right (the entry's ``sequence_reason``). Hidden while there is
    nothing to say; the reason is kept with the entry, so the form saves only with one."""

    def __init__(
        self, parent: QWidget | None = None, read_history: Callable[[], CaseHistory] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sequenceReasonBox")
        self._read_history = read_history
        self._history: CaseHistory | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("sequenceWarningLabel")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setProperty("role", "error")
        layout.addWidget(self.warning_label)
        prompt = QLabel(self.tr("&Why this order is right:"), self)
        prompt.setObjectName("sequenceReasonLabel")
        layout.addWidget(prompt)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("sequenceReasonLineEdit")
        self.edit.setAccessibleName(self.tr(REASON_LABEL))
        self.edit.setPlaceholderText(
            self.tr("For example: the case reached us after the RG decision")
        )
        prompt.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("sequenceReasonErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.warnings: list[str] = []
        self.setVisible(False)

    def show_warnings(self, warnings: list[str]) -> None:
        self.warnings = list(warnings)
        self.warning_label.setText("\n".join(self.warnings))
        self.warning_label.setVisible(bool(self.warnings))
        self.update_visibility()

    def update_visibility(self, asked: bool = False) -> None:
        """Shown while there is a warning, a reason typed, or a problem about the reason."""
        self.setVisible(bool(self.warnings or self.edit.text().strip() or asked))

    @classmethod
    def add_to(
        cls, form: QWidget, ui: Any, read_history: Callable[[], CaseHistory]
    ) -> SequenceReasonBox:
        """A reason box in an entry form (``ui`` its generated form), below the fields and
        above the status line and buttons; Tab reaches it after the last field."""
        box = cls(form, read_history)
        ui.sequenceReasonErrorLabel = box.error_label
        layout = ui.mainLayout
        status = getattr(ui, "saveStatusLabel", None)
        at = layout.indexOf(status) if status is not None else -1
        if isinstance(layout, QBoxLayout) and at >= 0:
            layout.insertWidget(at, box)
        else:
            layout.addWidget(box)
        last_field = getattr(ui, "sensitiveCheckBox", None)
        if isinstance(last_field, QWidget):
            QWidget.setTabOrder(last_field, box.edit)
        return box

    def history(self) -> CaseHistory:
        """The case the entry's order is judged against, read once per form."""
        if self._history is None:
            self._history = (
                self._read_history() if self._read_history is not None else CaseHistory(None)
            )
        return self._history

    def problems_for(self, entry: Entry) -> list[Problem]:
        """What the log's order checks refuse, and a warning not yet explained (shown here,
        the reason asked for beside it)."""
        found = check_entry(entry, self.history())
        self.show_warnings([w.message for w in found.warnings])
        problems = list(found.refusals)
        if found.warnings and not self.edit.text().strip():
            problems.append(
                Problem(
                    REASON_FIELD,
                    self.tr("Say why this order is right to save the entry, or change it."),
                )
            )
        return problems
