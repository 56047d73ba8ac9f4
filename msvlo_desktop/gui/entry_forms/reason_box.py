"""The reason box of every entry form: what the log's order checks (core/sequence.py) warn
about for the entry as typed, and the officer's answer, the entry's ``sequence_reason``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from msvlo_desktop.core.sequence import REASON_LABEL


class SequenceReasonBox(QWidget):
    """What the log's order checks (core/sequence.py) warn about for the entry as typed, and
    the officer's reason it is right (the entry's ``sequence_reason``). Hidden while there is
    nothing to say; the reason is kept with the entry, so the form saves only with one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sequenceReasonBox")
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
