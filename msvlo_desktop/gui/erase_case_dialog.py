"""Erase case…: removing a closed case from the vault at the end of its retention.

The dialog names the case and what erasing it removes, says that backups made before the
erasure still hold it, offers the final report or sealed bundle first (the window's own export
actions), and asks for a reason from the fixed list, the officer's confirmation that no
investigation or proceedings are live, and the case reference typed out. A case whose log marks
it under investigation or prosecution is refused before anything is asked. The erasure itself
is ``storage.erasure.erase_case``, which checks all of this again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.entries import STATUS_TYPES
from msvlo_desktop.core.erasure import REASONS, investigation_live, retention_review_on
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.storage.erasure import erase_case
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

__all__ = ["EraseCaseDialog", "open_erase_dialog"]


def tr(text: str) -> str:
    return QCoreApplication.translate("EraseCaseDialog", text)


class EraseCaseDialog(QDialog):
    """Confirm and carry out the erasure of closed case ``ref``."""

    erased = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        vault: Vault,
        ref: str,
        before: Sequence[QAction] = (),
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.ref = ref
        self.setObjectName("eraseCaseDialog")
        self.setWindowTitle(tr("Erase case {ref}").format(ref=ref))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        review = retention_review_on(vault.entries_of_types(ref, STATUS_TYPES))
        intro = QLabel(
            tr(
                "Erasing case {ref} removes it from this vault for good: the victim's record, "
                "the whole log, earlier versions of the record, drafts and its search words. "
                "The audit log keeps only that case {ref} was erased, when, by whom and why, "
                "with its entry count and final chain head; no names or text."
            ).format(ref=ref)
            + " "
            + (
                tr("Its retention review date is {date}.").format(date=uk_date(review))
                if review is not None
                else tr("No retention review date is recorded for it.")
            ),
            self,
        )
        intro.setObjectName("eraseIntroLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        backups = QLabel(
            tr(
                "Backups made before the erasure still hold the case (encrypted). Deal with "
                "them under your force's retention policy; they are not changed by this."
            ),
            self,
        )
        backups.setObjectName("eraseBackupsLabel")
        backups.setWordWrap(True)
        layout.addWidget(backups)
        self.live_label = QLabel(self)
        self.live_label.setObjectName("eraseLiveLabel")
        self.live_label.setWordWrap(True)
        self.live_label.setProperty("role", "problem")
        live = investigation_live(vault.entries_of_types(ref, ("investigation_event",)))
        self.refused = live is not None
        if live is not None:
            self.live_label.setText(
                tr(
                    "This case cannot be erased: its latest investigation event "
                    "({event}, {date}) leaves it under investigation or prosecution."
                ).format(event=live.data.get("event"), date=uk_date(live.occurred_at.date()))
            )
        self.live_label.setVisible(self.refused)
        layout.addWidget(self.live_label)
        self.before_buttons: list[QPushButton] = []
        if before:
            row = QHBoxLayout()
            row.addWidget(QLabel(tr("First, if wanted:"), self))
            for action in before:
                button = QPushButton(action.text(), self)
                button.setObjectName(f"before{len(self.before_buttons)}Button")
                button.setAutoDefault(False)
                button.setEnabled(action.isEnabled())
                button.clicked.connect(action.trigger)
                row.addWidget(button)
                self.before_buttons.append(button)
            row.addStretch(1)
            layout.addLayout(row)
        form = QFormLayout()
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("eraseReasonComboBox")
        self.reason_combo.addItem(tr("Choose a reason…"), "")
        for code, words in REASONS.items():
            self.reason_combo.addItem(tr(words), code)
        reason_label = QLabel(tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_combo)
        form.addRow(reason_label, self.reason_combo)
        self.no_proceedings_check = QCheckBox(
            tr("No investigation or court proceedings are live for this case"), self
        )
        self.no_proceedings_check.setObjectName("noProceedingsCheckBox")
        form.addRow("", self.no_proceedings_check)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("eraseReferenceLineEdit")
        self.reference_edit.setAccessibleName(tr("Case reference, typed to confirm"))
        self.reference_edit.setPlaceholderText(ref)
        reference_label = QLabel(tr("&Type {ref} to confirm:").format(ref=ref), self)
        reference_label.setBuddy(self.reference_edit)
        form.addRow(reference_label, self.reference_edit)
        layout.addLayout(form)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("eraseProblemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty("role", "problem")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        buttons = QDialogButtonBox(self)
        self.erase_button = buttons.addButton(
            tr("&Erase case"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseCaseButton")
        self.erase_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.erase_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        for widget in (self.reason_combo, self.no_proceedings_check, self.reference_edit):
            widget.setEnabled(not self.refused)
        self.reference_edit.textChanged.connect(self._update_button)
        self._update_button()
        self.setMinimumWidth(560)

    def _update_button(self) -> None:
        typed = self.reference_edit.text().strip() == self.ref
        self.erase_button.setEnabled(not self.refused and typed)

    def submit(self) -> None:
        """Erase the case, or show every reason it cannot be erased (nothing is changed)."""
        try:
            erase_case(
                self.vault,
                self.ref,
                reason=str(self.reason_combo.currentData() or ""),
                typed_reference=self.reference_edit.text(),
                no_proceedings_live=self.no_proceedings_check.isChecked(),
            )
        except ValidationError as exc:
            self.problem_label.setText("\n".join(p.message for p in exc.problems))
            self.problem_label.show()
            return
        except VaultError as exc:
            if self.vault.case_exists(self.ref):
                diagnostics.show_known_problem(self, exc, tr("The case could not be erased"))
                return
            # Erased; only the compaction afterwards is left for locking to finish.
            messages.warn(self, tr("Case erased"), str(exc))
        self.erased.emit(self.ref)
        self.accept()


def open_erase_dialog(
    parent: QWidget | None,
    vault: Vault,
    ref: str,
    on_erased: Callable[[str], object],
    before: Sequence[QAction] = (),
) -> EraseCaseDialog | None:
    """Open the erase dialog for closed case ``ref`` (window-modal, not blocking); an open
    case is refused with a message."""
    try:
        if vault.get_case(ref).status != "closed":
            messages.inform(
                parent,
                tr("Erase case"),
                tr("Case {ref} is open: close it before it can be erased.").format(ref=ref),
            )
            return None
        dialog = EraseCaseDialog(parent, vault, ref, before)
    except VaultError as exc:
        diagnostics.show_known_problem(parent, exc, tr("The case could not be erased"))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.erased.connect(on_erased)
    dialog.open()
    return dialog
