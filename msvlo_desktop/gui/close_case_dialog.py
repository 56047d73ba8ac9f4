"""Closing and reopening a case: the two dialogs and the Case menu's actions.

Closing lists what the case still owes (open MSVLO-role, Victims' Code and child-workflow
checklist items and pending obligations, ``Vault.closing_outstanding``), asks for the reason
(required) and the retention review date (the rules table's default, editable), and needs a
tick acknowledging the open items when there are any. Reopening asks for the reason. Both
are recorded as entries in the case's log by the vault (``close_case``, ``reopen_case``);
a refusal is shown in the dialog next to the field it names, and the dialog stays open.

:class:`CaseStatusActions` puts "Close case…" and "Reopen case…" in the Case menu and a
"Reopen case…" button beside the case banner, enabled for the case shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core import values as v
from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.closing import case_status, closing_problems
from msvlo_desktop.core.closing_review import default_retention_review, retention_rule
from msvlo_desktop.core.entries import STATUS_TYPES, Entry
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.core.typed_dates import date_words
from msvlo_desktop.core.wording import case_status_phrase
from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.erase_case_dialog import EraseCaseDialog, open_erase_dialog
from msvlo_desktop.gui.training_mark import mark
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

__all__ = [
    "CaseStatusActions",
    "CloseCaseDialog",
    "ReopenCaseDialog",
    "open_close_dialog",
    "open_reopen_dialog",
]


def tr(text: str) -> str:
    return QCoreApplication.translate("CloseCaseDialog", text)


class _StatusDialog(QDialog):
    """What the two dialogs share: the reason box, the problem line, the buttons, and Esc
    asking before a typed reason is thrown away."""

    def __init__(self, parent: QWidget | None, vault: Vault, ref: str, title: str) -> None:
        super().__init__(parent)
        self.vault = vault
        self.ref = ref
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonPlainTextEdit")
        self.reason_edit.setTabChangesFocus(True)
        # Five lines: room to say why, and the dialog still fits a 1366×768 screen.
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setProperty("role", "problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a4000f;")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Space kept for two lines, so the buttons do not move when a problem appears.
        self.problem_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self)
        self.ok_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._clear_problem)
        if vault.is_training:
            mark(self)

    def _finish_layout(self) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.problem_label)
        self.layout_.addWidget(self.buttons)

    def _fit_width(self, width: int) -> None:
        """``width`` wide and as tall as the content needs at that width."""
        height = self.layout_.heightForWidth(width)
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def _clear_problem(self) -> None:
        self.problem_label.clear()

    def problem_text(self, field: str, message: str) -> str:
        return message

    def show_problems(self, exc: ValidationError, fields: dict[str, QWidget]) -> None:
        self.problem_label.setText(
            "\n".join(self.problem_text(p.field, p.message) for p in exc.problems)
        )
        for p in exc.problems:
            widget = fields.get(p.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def submit(self) -> None:
        """Ask the vault to record it; each dialog says what (overridden)."""
        raise NotImplementedError(type(self).__name__)

    def reason(self) -> str:
        return self.reason_edit.toPlainText()

    def reject(self) -> None:
        if self.reason().strip() and not messages.confirm(
            self,
            tr("Discard the reason?"),
            tr("Discard the reason you typed? The case is left as it is."),
        ):
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter submits from anywhere, Enter alone never does (the reason has lines).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reason().strip() and not messages.confirm(
            self,
            tr("Discard the reason?"),
            tr("Discard the reason you typed? The case is left as it is."),
        ):
            event.ignore()
            return
        super().closeEvent(event)

    def close_without_asking(self) -> None:
        self.reason_edit.clear()
        self.done(QDialog.DialogCode.Rejected)


class CloseCaseDialog(_StatusDialog):
    """Close a case: what is still open, the reason, the retention review date."""

    closed = Signal(str)

    def __init__(self, parent: QWidget | None, vault: Vault, ref: str) -> None:
        super().__init__(parent, vault, ref, tr("Close case {ref}").format(ref=ref))
        self.setObjectName("closeCaseDialog")
        today = london_date(vault.clock())
        self.closed_on = today
        self.outstanding = vault.closing_outstanding(ref)
        intro = QLabel(
            tr(
                "Closing stops agreed-update reminders and exit-strategy reviews, and nothing "
                "more can be logged until the case is reopened with a reason. The log is kept "
                "in full, and the closing is recorded in it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)

        self.items_label = QLabel(self)
        self.items_label.setObjectName("outstandingLabel")
        self.items_label.setWordWrap(True)
        self.layout_.addWidget(self.items_label)
        self.items_list = QListWidget(self)
        self.items_list.setObjectName("outstandingListWidget")
        self.items_list.setAccessibleName(tr("Still open"))
        self.items_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items_list.setWordWrap(True)
        self.items_list.setTabKeyNavigation(False)
        self.items_list.addItems(self.outstanding)
        # Up to eight lines shown; a longer list scrolls.
        rows = max(3, min(len(self.outstanding), 8))
        self.items_list.setFixedHeight(
            self.fontMetrics().lineSpacing() * rows + 2 * self.items_list.frameWidth() + 8
        )
        self.layout_.addWidget(self.items_list)
        self.acknowledge_box = QCheckBox(self)
        self.acknowledge_box.setObjectName("acknowledgeCheckBox")
        self.layout_.addWidget(self.acknowledge_box)
        count = len(self.outstanding)
        if count:
            self.items_label.setText(
                (
                    tr("1 item is still open:")
                    if count == 1
                    else tr("{count} items are still open:").format(count=count)
                )
                + " "
                + tr("closing does not do them. They are recorded in the closing entry.")
            )
            self.acknowledge_box.setText(
                tr("&I have read the open items and the case is to close with them open")
            )
            self.acknowledge_box.toggled.connect(self._clear_problem)
        else:
            self.items_label.setText(
                tr(
                    "Nothing is outstanding: every checklist item is done or not applicable, "
                    "and nothing is due."
                )
            )
            self.items_list.hide()
            self.acknowledge_box.hide()

        self.reason_edit.setAccessibleName(tr("Reason for closing"))
        self.reason_edit.setPlaceholderText(
            tr("For example: exit strategy completed; support handed to the local authority.")
        )
        reason_label = QLabel(tr("&Reason for closing (required):"), self)
        reason_label.setBuddy(self.reason_edit)
        self.form.addRow(reason_label, self.reason_edit)

        rule = retention_rule(today)
        self.default_review = default_retention_review(today)
        self.review_edit = QLineEdit(uk_date(self.default_review), self)
        self.review_edit.setObjectName("retentionReviewLineEdit")
        self.review_edit.setAccessibleName(tr("Retention review date"))
        self.review_edit.setPlaceholderText(tr("dd/mm/yyyy"))
        self.review_edit.setMaxLength(10)
        self.review_edit.textChanged.connect(self._review_changed)
        review_label = QLabel(tr("Re&tention review on:"), self)
        review_label.setBuddy(self.review_edit)
        self.review_note = QLabel(self)
        self.review_note.setObjectName("retentionReviewNoteLabel")
        self.review_note.setWordWrap(True)
        self.review_note.setToolTip(rule.source)
        years = rule.int_param("years")
        self.policy_words = tr(
            "Default: {years} years after closing (force policy: RULES.md section 7; MoPI "
            "group 1, reviewed every {years} years). Change it if your force's policy differs."
        ).format(years=years)
        review_box = QVBoxLayout()
        review_box.addWidget(self.review_edit)
        review_box.addWidget(self.review_note)
        review_box.addStretch(1)
        self.form.addRow(review_label, review_box)
        self._review_changed(self.review_edit.text())

        self.ok_button.setText(tr("&Close case"))
        self.ok_button.setObjectName("closeCaseButton")
        self._finish_layout()
        self.setTabOrder(self.items_list, self.acknowledge_box)
        self.setTabOrder(self.acknowledge_box, self.reason_edit)
        self.setTabOrder(self.reason_edit, self.review_edit)
        self.setTabOrder(self.review_edit, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        self._fit_width(680)
        (self.acknowledge_box if count else self.reason_edit).setFocus()

    def problem_text(self, field: str, message: str) -> str:
        # The open items are listed above: the line under them says what to do, briefly.
        if field == "outstanding":
            return tr(
                "The items listed above are still open: tick that you have read them to close "
                "the case with them open."
            )
        return message

    def _review_changed(self, text: str) -> None:
        self._clear_problem()
        try:
            day = v.parse_date(text, tr("Retention review date"))
        except ValidationError as exc:
            self.review_note.setText(
                exc.problems[0].message + "\n" + self.policy_words
                if text.strip()
                else tr("Type the date as dd/mm/yyyy.") + "\n" + self.policy_words
            )
            return
        years = day.year - self.closed_on.year
        self.review_note.setText(
            tr("Understood as {day}.").format(day=date_words(day))
            + (
                ""
                if day == self.default_review
                else " "
                + tr("Not the default ({default}).").format(default=uk_date(self.default_review))
            )
            + ("\n" + self.policy_words if years >= 0 else "")
        )

    def submit(self) -> None:
        acknowledged = self.outstanding if self.acknowledge_box.isChecked() else []
        try:
            self.vault.close_case(
                self.ref,
                reason=self.reason(),
                retention_review_on=self.review_edit.text().strip(),
                acknowledged=acknowledged,
            )
        except ValidationError as exc:
            fields: dict[str, QWidget] = {
                "reason": self.reason_edit,
                "retention_review_on": self.review_edit,
                "outstanding": self.acknowledge_box,
            }
            self.show_problems(exc, fields)
            return
        except VaultError as exc:
            diagnostics.show_known_problem(self, exc, tr("The case could not be closed"))
            return
        self.reason_edit.clear()
        self.closed.emit(self.ref)
        self.accept()


class ReopenCaseDialog(_StatusDialog):
    """Reopen a closed case with a reason."""

    reopened = Signal(str)

    def __init__(self, parent: QWidget | None, vault: Vault, ref: str) -> None:
        super().__init__(parent, vault, ref, tr("Reopen case {ref}").format(ref=ref))
        self.setObjectName("reopenCaseDialog")
        last = _last_status_entry(vault, ref)
        words = (
            case_status_phrase(last, tr)
            if last is not None and last.type == "case_closed"
            else tr("This case was closed before closings were recorded in the log.")
        )
        closed_label = QLabel(words, self)
        closed_label.setObjectName("closedWordsLabel")
        closed_label.setWordWrap(True)
        closed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(closed_label)
        intro = QLabel(
            tr(
                "Reopening lets you add to the log and correct entries again; reminders "
                "resume. The closing stays in the log, and the reopening is recorded with "
                "your reason."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.reason_edit.setAccessibleName(tr("Reason for reopening"))
        self.reason_edit.setPlaceholderText(
            tr("For example: suspect re-arrested; the victim needs support again.")
        )
        reason_label = QLabel(tr("&Reason for reopening (required):"), self)
        reason_label.setBuddy(self.reason_edit)
        self.form.addRow(reason_label, self.reason_edit)
        self.ok_button.setText(tr("Re&open case"))
        self.ok_button.setObjectName("reopenCaseButton")
        self._finish_layout()
        self.setTabOrder(self.reason_edit, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        self._fit_width(560)
        self.reason_edit.setFocus()

    def submit(self) -> None:
        try:
            self.vault.reopen_case(self.ref, reason=self.reason())
        except ValidationError as exc:
            self.show_problems(exc, {"reason": self.reason_edit})
            return
        except VaultError as exc:
            diagnostics.show_known_problem(self, exc, tr("The case could not be reopened"))
            return
        self.reason_edit.clear()
        self.reopened.emit(self.ref)
        self.accept()


def _last_status_entry(vault: Vault, ref: str) -> Entry | None:
    return case_status(vault.entries_of_types(ref, STATUS_TYPES)).entry


def open_close_dialog(
    parent: QWidget | None, vault: Vault, ref: str, on_closed: Callable[[str], object]
) -> CloseCaseDialog | None:
    """Open the close dialog for ``ref`` (window-modal, not blocking), or say why the case
    cannot be closed yet (no agreed exit strategy) and return None."""
    try:
        if vault.get_case(ref).status == "closed":
            messages.inform(parent, tr("Close case"), tr("Case {ref} is closed.").format(ref=ref))
            return None
        problems = closing_problems(vault.entries_of_types(ref, ("exit_strategy", "correction")))
        if problems:
            messages.warn(
                parent,
                tr("The case cannot be closed yet"),
                "\n".join(p.message for p in problems),
            )
            return None
        dialog = CloseCaseDialog(parent, vault, ref)
    except VaultError as exc:
        diagnostics.show_known_problem(parent, exc, tr("The case could not be closed"))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.closed.connect(on_closed)
    dialog.open()
    return dialog


def open_reopen_dialog(
    parent: QWidget | None, vault: Vault, ref: str, on_reopened: Callable[[str], object]
) -> ReopenCaseDialog | None:
    """Open the reopen dialog for a closed case ``ref`` (window-modal, not blocking)."""
    try:
        if vault.get_case(ref).status != "closed":
            messages.inform(parent, tr("Reopen case"), tr("Case {ref} is open.").format(ref=ref))
            return None
        dialog = ReopenCaseDialog(parent, vault, ref)
    except VaultError as exc:
        diagnostics.show_known_problem(parent, exc, tr("The case could not be reopened"))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.reopened.connect(on_reopened)
    dialog.open()
    return dialog


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget and isinstance(layout, QBoxLayout):
            return layout
        inner = item.layout()
        if inner is not None:
            found = _layout_holding(inner, widget)
            if found is not None:
                return found
    return None


class CaseStatusActions(QObject):
    """ "Close case…" and "Reopen case…" in the Case menu, and a "Reopen case…" button
    beside the case banner (shown while the case shown is closed).

    ``closed(ref)`` and ``reopened(ref)`` are emitted once the vault has recorded it.
    """

    closed = Signal(str)
    reopened = Signal(str)
    erased = Signal(str)

    def __init__(
        self,
        window: QWidget,
        menu: QMenu,
        *,
        banner_neighbour: QWidget | None = None,
        before_erasure: Sequence[QAction] = (),
    ) -> None:
        super().__init__(window)
        self.window = window
        self.vault: Vault | None = None
        self.ref: str | None = None
        self.close_action = QAction(tr("C&lose case…"), window)
        self.close_action.setObjectName("closeCaseAction")
        self.close_action.setStatusTip(
            tr("Close the selected case, with a reason and a retention review date")
        )
        self.close_action.triggered.connect(self.close_case)
        self.reopen_action = QAction(tr("Re&open case…"), window)
        self.reopen_action.setObjectName("reopenCaseAction")
        self.reopen_action.setStatusTip(tr("Reopen the selected closed case, with a reason"))
        self.reopen_action.triggered.connect(self.reopen_case)
        # Erase case… (gui/erase_case_dialog.py): a closed case, at the end of retention; the
        # dialog offers the final report or bundle (``before_erasure``) first.
        self.before_erasure = tuple(before_erasure)
        self.erase_action = QAction(tr("&Erase case…"), window)
        self.erase_action.setObjectName("eraseCaseAction")
        self.erase_action.setStatusTip(
            tr("Erase the selected closed case from the vault after its retention review")
        )
        self.erase_action.triggered.connect(self.erase_case)
        menu.addSeparator()
        menu.addAction(self.close_action)
        menu.addAction(self.reopen_action)
        menu.addAction(self.erase_action)
        self.reopen_button = QPushButton(tr("Re&open case…"), window)
        self.reopen_button.setObjectName("reopenCaseBannerButton")
        self.reopen_button.setAccessibleName(tr("Reopen case"))
        self.reopen_button.setToolTip(tr("Reopen this closed case, with a reason"))
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.clicked.connect(self.reopen_action.trigger)
        self.reopen_button.hide()
        placed = False
        if banner_neighbour is not None:
            owner = banner_neighbour.parentWidget()
            parent_layout = owner.layout() if owner is not None else None
            holder = _layout_holding(parent_layout, banner_neighbour) if parent_layout else None
            if holder is not None:
                holder.insertWidget(holder.indexOf(banner_neighbour), self.reopen_button)
                placed = True
        if not placed:
            self.reopen_button.setParent(None)
        self.update(None, None, False)

    def update(self, vault: Vault | None, ref: str | None, case_open: bool) -> None:
        """Enable the actions for the case shown (``ref`` None: no case, or locked)."""
        self.vault = vault
        self.ref = ref
        has_case = vault is not None and ref is not None
        self.close_action.setEnabled(has_case and case_open)
        self.reopen_action.setEnabled(has_case and not case_open)
        self.erase_action.setEnabled(has_case and not case_open)
        self.reopen_button.setVisible(has_case and not case_open and self._placed())
        self.reopen_action.setToolTip(
            tr("Reopen case {ref}, with a reason").format(ref=ref)
            if has_case and not case_open
            else tr("Select a closed case first.")
        )

    def _placed(self) -> bool:
        return self.reopen_button.parentWidget() is not None

    def close_case(self) -> CloseCaseDialog | None:
        if self.vault is None or self.ref is None:
            return None
        return open_close_dialog(self.window, self.vault, self.ref, self.closed.emit)

    def reopen_case(self) -> ReopenCaseDialog | None:
        if self.vault is None or self.ref is None:
            return None
        return open_reopen_dialog(self.window, self.vault, self.ref, self.reopened.emit)

    def erase_case(self) -> EraseCaseDialog | None:
        if self.vault is None or self.ref is None:
            return None
        return open_erase_dialog(
            self.window, self.vault, self.ref, self.erased.emit, self.before_erasure
        )
