"""The entry forms: one per entry type, opened non-modal on a case.

``open_entry_form(parent, vault, case_ref, entry_type, prefill=...)`` shows the form for a
type and returns it; its ``saved`` signal carries the stored entry. ``prefill`` opens a form
already filled in (a victim update naming an event: ``{"satisfies": [event_id]}``; an NRM
decision at a stage: ``{"stage": "conclusive_grounds"}``; a correction of an entry:
``{"corrects": entry_id}``). ``EntryDialog.restore(parent, vault, draft)`` reopens a form
from a draft kept by ``draft_data()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from msvlo_desktop.gui.entry_forms.base import EntryDialog
from msvlo_desktop.gui.entry_forms.competent_authority import CompetentAuthorityUpdateDialog
from msvlo_desktop.gui.entry_forms.correction import CorrectionDialog
from msvlo_desktop.gui.entry_forms.duties import (
    AgeAssessmentDialog,
    ComplaintDialog,
    RightToReviewDialog,
    RiskReviewDialog,
    VpsDialog,
    WrittenAcknowledgementDialog,
)
from msvlo_desktop.gui.entry_forms.provision import ProvisionDialog
from msvlo_desktop.gui.entry_forms.simple import (
    ExitStrategyDialog,
    InteractionDialog,
    InvestigationEventDialog,
    NoteDialog,
    NrmDecisionDialog,
    ReferralDialog,
)
from msvlo_desktop.gui.entry_forms.spoc_change import SpocChangeDialog
from msvlo_desktop.gui.entry_forms.victim_update import VictimUpdateDialog
from msvlo_desktop.storage.vault import Vault

ENTRY_DIALOGS: dict[str, type[EntryDialog]] = {
    cls.entry_type: cls
    for cls in (
        InteractionDialog,
        ProvisionDialog,
        InvestigationEventDialog,
        VictimUpdateDialog,
        ReferralDialog,
        NrmDecisionDialog,
        SpocChangeDialog,
        ExitStrategyDialog,
        NoteDialog,
        CompetentAuthorityUpdateDialog,
        AgeAssessmentDialog,
        WrittenAcknowledgementDialog,
        VpsDialog,
        ComplaintDialog,
        RightToReviewDialog,
        RiskReviewDialog,
        CorrectionDialog,
    )
}


def open_entry_form(
    parent: QWidget | None,
    vault: Vault,
    case_ref: str,
    entry_type: str,
    *,
    prefill: Mapping[str, Any] | None = None,
    author: str | None = None,
) -> EntryDialog:
    """Show the form for ``entry_type`` on case ``case_ref`` (non-modal) and return it.

    ``author`` is the default author (the settings' default); without it, the vault's
    officer.
    """
    try:
        cls = ENTRY_DIALOGS[entry_type]
    except KeyError:
        raise ValueError(f"no entry form for type {entry_type!r}") from None
    dialog = cls(parent, vault, case_ref, prefill=prefill, author=author)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


__all__ = [
    "ENTRY_DIALOGS",
    "CorrectionDialog",
    "EntryDialog",
    "ExitStrategyDialog",
    "InteractionDialog",
    "InvestigationEventDialog",
    "NoteDialog",
    "NrmDecisionDialog",
    "ProvisionDialog",
    "ReferralDialog",
    "SpocChangeDialog",
    "VictimUpdateDialog",
    "open_entry_form",
]
