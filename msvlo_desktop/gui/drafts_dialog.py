"""Offering back the forms that were open when the vault locked.

Locking keeps every unfinished form as an encrypted draft in the vault. After the next
unlock this dialog lists them: Restore reopens each form as it was left; Discard deletes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from msvlo_desktop.core.entries import TYPE_LABELS
from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.gui.forms.ui_drafts_dialog import Ui_DraftsDialog
from msvlo_desktop.gui.screen_fit import keep_on_screen
from msvlo_desktop.storage.vault import Draft

CASE_DRAFT_KIND = "case"


def describe_draft(draft: Draft) -> str:
    """What a draft is, for the list: its form, its case and when it was kept."""
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    data = draft.data
    if draft.kind == CASE_DRAFT_KIND:
        what = (
            tr("drafts", "Changes to a case record")
            if data.get("mode") == "edit"
            else tr("drafts", "A new case")
        )
    else:
        entry_type = str(data.get("entry_type") or draft.kind)
        label = TYPE_LABELS.get(entry_type, entry_type.replace("_", " ").capitalize())
        what = tr("drafts", "{label} (unsaved entry)").format(label=label)
    where = (
        tr("drafts", "case {ref}").format(ref=draft.case_ref)
        if draft.case_ref
        else tr("drafts", "no case yet")
    )
    when = tr("drafts", "kept {when}").format(when=uk_datetime(draft.saved_at))
    return f"{what} — {where} — {when}"


class DraftsDialog(QDialog):
    """Emits ``restoreRequested()`` or ``discardRequested()``."""

    restoreRequested = Signal()
    discardRequested = Signal()

    def __init__(self, drafts: Sequence[Draft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DraftsDialog()
        self.ui.setupUi(self)
        keep_on_screen(self)
        n = len(drafts)
        if n == 1:
            text = self.tr("You have 1 unsaved form from before the lock.")
        else:
            text = self.tr("You have {n} unsaved forms from before the lock.").format(n=n)
        self.ui.messageLabel.setText(text)
        for draft in drafts:
            self.ui.draftsListWidget.addItem(describe_draft(draft))
        lst = self.ui.draftsListWidget
        # As tall as the list (up to six forms), not a large empty box for one form.
        rows = min(max(lst.count(), 1), 6)
        lst.setMaximumHeight(rows * max(lst.sizeHintForRow(0), 18) + 2 * lst.frameWidth() + 6)
        self.ui.restoreButton.clicked.connect(self._restore)
        self.ui.discardButton.clicked.connect(self._discard)
        self.ui.restoreButton.setFocus()

    def _restore(self) -> None:
        self.restoreRequested.emit()
        self.accept()

    def _discard(self) -> None:
        self.discardRequested.emit()
        self.accept()
