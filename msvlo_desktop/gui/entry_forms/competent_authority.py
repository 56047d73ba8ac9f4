"""The form for an update sent to the competent authority (SCA or IECA).

After an NRM referral the investigator has an ongoing duty to update the competent authority,
usually by replying to the referral receipt email (College of Policing APP). Each update is
logged here; the reminders come from the rules table's force-policy cadence.
"""

from __future__ import annotations

from msvlo_desktop.core.entries import CA_AUTHORITIES, CA_UPDATE_METHODS
from msvlo_desktop.gui.entry_forms.base import EntryDialog
from msvlo_desktop.gui.entry_forms.bindings import Binding, ChoiceBinding, LineBinding, TextBinding
from msvlo_desktop.gui.entry_forms.simple import choices
from msvlo_desktop.gui.forms.ui_competent_authority_update_entry_dialog import (
    Ui_CompetentAuthorityUpdateEntryDialog,
)

__all__ = ["CompetentAuthorityUpdateDialog"]


class CompetentAuthorityUpdateDialog(EntryDialog):
    entry_type = "competent_authority_update"
    ui_class = Ui_CompetentAuthorityUpdateEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        return [
            ChoiceBinding("authority", ui.authorityComboBox, choices("authority", CA_AUTHORITIES)),
            ChoiceBinding("method", ui.methodComboBox, choices("method", CA_UPDATE_METHODS)),
            LineBinding("reference", ui.referenceLineEdit),
            TextBinding("summary", ui.summaryPlainTextEdit),
        ]
