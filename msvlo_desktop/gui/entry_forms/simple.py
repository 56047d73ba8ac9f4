"""The entry forms that are their fields and little else: interaction, investigation event,
referral, NRM decision, exit strategy and note."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from msvlo_desktop.core.duties import child_on
from msvlo_desktop.core.entries import (
    ACTIONS,
    EXIT_STATUSES,
    INTERACTION_MODES,
    NRM_OUTCOMES,
    NRM_STAGES,
    RIGHT6_EVENTS,
    SERVICES,
    effective_entries,
)
from msvlo_desktop.core.timefmt import london, uk_datetime, weekday_name
from msvlo_desktop.core.wording import language_label
from msvlo_desktop.gui.code_fields import LanguagesField
from msvlo_desktop.gui.entry_forms.base import EntryDialog
from msvlo_desktop.gui.entry_forms.bindings import (
    Binding,
    ChecklistBinding,
    ChoiceBinding,
    GroupBinding,
    LineBinding,
    TextBinding,
)
from msvlo_desktop.gui.entry_forms.date_binding import DateBinding
from msvlo_desktop.gui.entry_forms.deadlines import right6_due
from msvlo_desktop.gui.entry_forms.display import choice_label, tr
from msvlo_desktop.gui.entry_forms.interpreter import InterpreterBinding
from msvlo_desktop.gui.forms.ui_exit_strategy_entry_dialog import Ui_ExitStrategyEntryDialog
from msvlo_desktop.gui.forms.ui_interaction_entry_dialog import Ui_InteractionEntryDialog
from msvlo_desktop.gui.forms.ui_investigation_event_entry_dialog import (
    Ui_InvestigationEventEntryDialog,
)
from msvlo_desktop.gui.forms.ui_note_entry_dialog import Ui_NoteEntryDialog
from msvlo_desktop.gui.forms.ui_nrm_decision_entry_dialog import Ui_NrmDecisionEntryDialog
from msvlo_desktop.gui.forms.ui_referral_entry_dialog import Ui_ReferralEntryDialog

__all__ = [
    "ExitStrategyDialog",
    "InteractionDialog",
    "InvestigationEventDialog",
    "NoteDialog",
    "NrmDecisionDialog",
    "ReferralDialog",
    "choices",
]


def choices(field_name: str, codes: Iterable[str]) -> list[tuple[str, str]]:
    return [(code, choice_label(field_name, code)) for code in codes]


def yes_no(unknown: str) -> list[tuple[bool | None, str]]:
    return [(None, tr(unknown)), (True, tr("Yes")), (False, tr("No"))]


def interpreter_binding(ui: Any) -> Binding:
    """The interpreter of a contact, with whether they are independent (Right 1)."""
    return InterpreterBinding(
        ui.interpreterNameLineEdit,
        ui.interpreterLanguageLineEdit,
        ui.interpreterIndependentComboBox,
    )


def actions_binding(widget: object) -> ChecklistBinding:
    return ChecklistBinding("actions", widget, choices("actions", ACTIONS))  # type: ignore[arg-type]


def _london_today(dialog: EntryDialog) -> date:
    return london(dialog.vault.clock()).date()


class InteractionDialog(EntryDialog):
    entry_type = "interaction"
    ui_class = Ui_InteractionEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        languages = self.case.victim.languages
        # The interpreter's language: chosen by name from the same list as the case's, and
        # filled with the case's first language as soon as an interpreter is named.
        self.interpreter_language = LanguagesField(ui.interpreterLanguageLineEdit, many=False)
        ui.interpreterLanguageLineEdit.setPlaceholderText(
            self.tr("Name or code, e.g. {example}").format(
                example=language_label(languages[0]) if languages else "Vietnamese"
            )
        )
        if languages:
            first = languages[0]

            def prefill(name: str) -> None:
                if name.strip() and not ui.interpreterLanguageLineEdit.text().strip():
                    ui.interpreterLanguageLineEdit.setText(first)

            ui.interpreterNameLineEdit.textEdited.connect(prefill)
        return [
            ChoiceBinding("mode", ui.modeComboBox, choices("mode", INTERACTION_MODES)),
            TextBinding("summary", ui.summaryPlainTextEdit),
            LineBinding("location", ui.locationLineEdit),
            GroupBinding(
                "interpreter",
                {"name": ui.interpreterNameLineEdit, "language": ui.interpreterLanguageLineEdit},
            ),
            DateBinding(
                "next_contact_on",
                ui.nextContactOnLineEdit,
                "Next contact on",
                lambda: _london_today(self),
            ),
            actions_binding(ui.actionsListWidget),
        ]


class InvestigationEventDialog(EntryDialog):
    entry_type = "investigation_event"
    ui_class = Ui_InvestigationEventEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        return [
            ChoiceBinding("event", ui.eventComboBox, choices("event", RIGHT6_EVENTS)),
            TextBinding("details", ui.detailsPlainTextEdit),
            LineBinding("bail_return_on", ui.bailReturnOnLineEdit, "date"),
            TextBinding("bail_conditions", ui.bailConditionsPlainTextEdit),
        ]

    def on_changed(self) -> None:
        due = right6_due(self.case, self.occurred_at())
        label = self.ui.deadlineHintLabel
        if due is None:
            label.setText("")
            label.setVisible(False)
            return
        kind = self.tr("enhanced rights") if due.enhanced else self.tr("standard rights")
        label.setText(
            self.tr(
                "For an event at this time the victim must be updated by {due} "
                "({n} working day(s): {kind})."
            ).format(
                due=f"{weekday_name(london(due.due.at))[:3]} {uk_datetime(due.due.at)}",
                n=due.working_days,
                kind=kind,
            )
            + ("" if due.due.covered else " " + " ".join(due.due.warnings))
        )
        label.setVisible(True)


class ReferralDialog(EntryDialog):
    entry_type = "referral"
    ui_class = Ui_ReferralEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        # The referrals and age assessments so far, read once: the child workflow's order
        # and who counts as a child are judged from them as the officer types.
        self._known = effective_entries(
            self.vault.entries_of_types(self.case_ref, ("referral", "age_assessment", "correction"))
        )
        self._service = ChoiceBinding("service", ui.serviceComboBox, choices("service", SERVICES))
        self._social_worker = LineBinding("social_worker", ui.socialWorkerLineEdit)
        return [
            self._service,
            ChoiceBinding("consent", ui.consentComboBox, yes_no("Not asked")),
            LineBinding("reference", ui.referenceLineEdit),
            ChoiceBinding("ictg_available", ui.ictgAvailableComboBox, yes_no("Not recorded")),
            LineBinding("explained_by", ui.explainedByLineEdit),
            ChoiceBinding("written_consent", ui.writtenConsentComboBox, yes_no("Not recorded")),
            self._social_worker,
            TextBinding("details", ui.detailsPlainTextEdit),
        ]

    def on_changed(self) -> None:
        when = self.occurred_at()
        day = london(when).date()
        child = child_on(self.case, self._known, day)
        label = self.ui.childHintLabel
        text = (
            self.tr(
                "This victim is treated as a child (under 18 or age disputed): make the local "
                "authority child welfare referral (MASH) and an NRM referral, which needs no "
                "consent; never a Duty to Notify referral. Record whether an ICTG service "
                "operates here."
            )
            if child
            else self.tr(
                "An adult's NRM referral needs informed written consent; an adult who does "
                "not consent gets a Duty to Notify referral instead."
            )
        )
        if child and self._service.value() == "nrm":
            safeguarded = any(
                e.type == "referral"
                and e.data.get("service") in ("mash", "local_authority")
                and e.occurred_at <= when
                and e.id != self.correcting_id
                for e in self._known
            )
            if not safeguarded:
                text += " " + self.tr(
                    "Warning: no children's services referral is logged before this one; "
                    "the child workflow makes it first."
                )
            if self._social_worker.value() is None:
                text += " " + self.tr("Give the child's social worker's details.")
        label.setText(text)


class NrmDecisionDialog(EntryDialog):
    entry_type = "nrm_decision"
    ui_class = Ui_NrmDecisionEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        self._stage_shown: str | None = "?"
        self._stage = ChoiceBinding("stage", ui.stageComboBox, choices("stage", NRM_STAGES))
        every = [o for stage in NRM_STAGES for o in NRM_OUTCOMES[stage]]
        self._outcome = ChoiceBinding("outcome", ui.outcomeComboBox, choices("outcome", every))
        return [
            self._stage,
            self._outcome,
            LineBinding("requested_by", ui.requestedByLineEdit),
            TextBinding("details", ui.detailsPlainTextEdit),
            ChoiceBinding(
                "public_order_disqualification",
                ui.disqualificationComboBox,
                yes_no("Not recorded"),
            ),
        ]

    def on_changed(self) -> None:
        # The outcomes offered depend on the stage; an outcome that still fits is kept.
        stage = self._stage.value()
        if stage == self._stage_shown:
            return
        self._stage_shown = stage
        combo = self.ui.outcomeComboBox
        combo.setPlaceholderText(self.tr("Choose…") if stage else self.tr("Choose the stage first"))
        self._outcome.fill(choices("outcome", NRM_OUTCOMES.get(stage or "", ())))
        combo.setEnabled(stage is not None)
        reconsideration = stage == "reconsideration"
        self.ui.requestedByLineEdit.setPlaceholderText(
            self.tr("The first responder or support provider who asked")
            if reconsideration
            else self.tr("Only for a reconsideration")
        )


class ExitStrategyDialog(EntryDialog):
    entry_type = "exit_strategy"
    ui_class = Ui_ExitStrategyEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        return [
            ChoiceBinding("status", ui.statusComboBox, choices("status", EXIT_STATUSES)),
            LineBinding("agreed_with", ui.agreedWithLineEdit),
            TextBinding("criteria", ui.criteriaPlainTextEdit),
            DateBinding("review_on", ui.reviewOnLineEdit, "Review on", lambda: _london_today(self)),
            TextBinding("onward_support", ui.onwardSupportPlainTextEdit),
        ]


class NoteDialog(EntryDialog):
    entry_type = "note"
    ui_class = Ui_NoteEntryDialog

    def make_bindings(self) -> list[Binding]:
        return [
            TextBinding("summary", self.ui.summaryPlainTextEdit),
            actions_binding(self.ui.actionsListWidget),
        ]
