"""The forms of the officer's further duties: age assessment, written acknowledgement
(Right 3), Victim Personal Statement (Right 7), complaint (Right 12), right to review and
risk review.

As everywhere, the core judges: these forms only offer the choices, name the entries a
follow-up can refer to, and say what the rules table says (the review window, the
complaints handler's clock) beside the fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from msvlo_desktop.core.duties import (
    age_judgement,
    complaint_response_due,
    review_scheme,
    review_window_end,
)
from msvlo_desktop.core.entries import (
    AGE_OUTCOMES,
    COMPLAINT_STAGES,
    REVIEW_DECISIONS,
    REVIEW_OUTCOMES,
    REVIEW_STAGES,
    RISK_LEVELS,
    UPDATE_METHODS,
    VPS_STATUSES,
    Entry,
    effective_entries,
)
from msvlo_desktop.core.obligations import default_calendar
from msvlo_desktop.core.timefmt import london, uk_date, uk_datetime
from msvlo_desktop.gui.entry_forms.base import EntryDialog
from msvlo_desktop.gui.entry_forms.bindings import Binding, ChoiceBinding, LineBinding, TextBinding
from msvlo_desktop.gui.entry_forms.simple import choices
from msvlo_desktop.gui.forms.ui_age_assessment_entry_dialog import Ui_AgeAssessmentEntryDialog
from msvlo_desktop.gui.forms.ui_complaint_entry_dialog import Ui_ComplaintEntryDialog
from msvlo_desktop.gui.forms.ui_right_to_review_entry_dialog import Ui_RightToReviewEntryDialog
from msvlo_desktop.gui.forms.ui_risk_review_entry_dialog import Ui_RiskReviewEntryDialog
from msvlo_desktop.gui.forms.ui_vps_entry_dialog import Ui_VpsEntryDialog
from msvlo_desktop.gui.forms.ui_written_acknowledgement_entry_dialog import (
    Ui_WrittenAcknowledgementEntryDialog,
)

__all__ = [
    "AgeAssessmentDialog",
    "ComplaintDialog",
    "RightToReviewDialog",
    "RiskReviewDialog",
    "VpsDialog",
    "WrittenAcknowledgementDialog",
]


def _risk(name: str, combo: QComboBox, levels: tuple[str, ...] = RISK_LEVELS) -> ChoiceBinding:
    return ChoiceBinding(name, combo, choices(name, levels))


class AgeAssessmentDialog(EntryDialog):
    entry_type = "age_assessment"
    ui_class = Ui_AgeAssessmentEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        return [
            LineBinding("requested_by", ui.requestedByLineEdit),
            LineBinding("requested_on", ui.requestedOnLineEdit, "date"),
            LineBinding("assessor", ui.assessorLineEdit),
            LineBinding("adult_present", ui.adultPresentLineEdit),
            ChoiceBinding(
                "age_outcome", ui.ageOutcomeComboBox, choices("age_outcome", AGE_OUTCOMES)
            ),
            LineBinding("assessed_age", ui.assessedAgeLineEdit, "int"),
            LineBinding("assessed_date_of_birth", ui.assessedDateOfBirthLineEdit, "date"),
            TextBinding("details", ui.detailsPlainTextEdit),
        ]

    def on_changed(self) -> None:
        log = self.vault.entries_of_types(self.case_ref, ("age_assessment", "correction"))
        judgement = age_judgement(self.case, log, london(self.occurred_at()).date())
        now = self.tr("In the child workflow now") if judgement.child else self.tr("An adult now")
        why = (
            self.tr("from the victim's details")
            if judgement.reason == "case record"
            else judgement.reason
        )
        self.ui.hintLabel.setText(
            f"{now} ({why}). "
            + self.tr(
                "Only an outcome of adult, or the 18th birthday of an assessed date of birth, "
                "ends the child workflow; unticking \u201cage disputed\u201d does not once an "
                "assessment is logged."
            )
        )


class WrittenAcknowledgementDialog(EntryDialog):
    entry_type = "written_acknowledgement"
    ui_class = Ui_WrittenAcknowledgementEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        return [
            ChoiceBinding(
                "safe_to_send",
                ui.safeToSendComboBox,
                [(True, self.tr("Yes")), (False, self.tr("No: not safe to send"))],
            ),
            ChoiceBinding("method", ui.methodComboBox, choices("method", UPDATE_METHODS)),
            TextBinding("withheld_reason", ui.withheldReasonPlainTextEdit),
            TextBinding("details", ui.detailsPlainTextEdit),
        ]


class VpsDialog(EntryDialog):
    entry_type = "vps"
    ui_class = Ui_VpsEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        return [
            ChoiceBinding("vps_status", ui.vpsStatusComboBox, choices("vps_status", VPS_STATUSES)),
            LineBinding("revisit_on", ui.revisitOnLineEdit, "date"),
            TextBinding("details", ui.detailsPlainTextEdit),
        ]


def _started(dialog: EntryDialog, entry_type: str, stage_field: str, stage: str) -> list[Entry]:
    """The entries of ``entry_type`` at ``stage`` a follow-up can name, oldest first."""
    log = effective_entries(
        dialog.vault.entries_of_types(dialog.case_ref, (entry_type, "correction"))
    )
    return [e for e in log if e.type == entry_type and e.data.get(stage_field) == stage]


class ComplaintDialog(EntryDialog):
    entry_type = "complaint"
    ui_class = Ui_ComplaintEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        self.received = _started(self, "complaint", "complaint_stage", "received")
        options: list[tuple[Any, str]] = [(None, self.tr("None: a new complaint"))]
        options += [
            (e.id, f"#{e.seq} {uk_datetime(e.occurred_at)}: {e.data['summary'][:60]}")
            for e in reversed(self.received)
        ]
        self._of = ChoiceBinding("complaint_of", ui.complaintOfComboBox, options)
        return [
            ChoiceBinding(
                "complaint_stage",
                ui.complaintStageComboBox,
                choices("complaint_stage", COMPLAINT_STAGES),
            ),
            self._of,
            TextBinding("summary", ui.summaryPlainTextEdit),
            LineBinding("handler", ui.handlerLineEdit),
            LineBinding("reference", ui.referenceLineEdit),
        ]

    def on_changed(self) -> None:
        chosen = self._of.value()
        received = next((e for e in self.received if e.id == chosen), None)
        start = received.occurred_at if received is not None else self.occurred_at()
        due = complaint_response_due(start, default_calendar())
        self.ui.hintLabel.setText(
            self.tr(
                "For information: the complaints handler should acknowledge or answer by "
                "{due} (10 working days from {start}). That is their timescale, not yours."
            ).format(due=uk_date(due), start=uk_date(start))
        )


class RightToReviewDialog(EntryDialog):
    entry_type = "right_to_review"
    ui_class = Ui_RightToReviewEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        self.informed = _started(self, "right_to_review", "review_stage", "informed")
        options: list[tuple[Any, str]] = [(None, self.tr("None: the victim is told now"))]
        options += [
            (
                e.id,
                f"#{e.seq} {uk_date(e.occurred_at)}: "
                + choices("decision", [e.data["decision"]])[0][1],
            )
            for e in reversed(self.informed)
        ]
        self._decision = ChoiceBinding(
            "decision",
            ui.decisionComboBox,
            [(None, self.tr("—")), *choices("decision", REVIEW_DECISIONS)],
        )
        self._of = ChoiceBinding("review_of", ui.reviewOfComboBox, options)
        return [
            ChoiceBinding(
                "review_stage", ui.reviewStageComboBox, choices("review_stage", REVIEW_STAGES)
            ),
            self._decision,
            self._of,
            ChoiceBinding(
                "review_outcome",
                ui.reviewOutcomeComboBox,
                [(None, self.tr("—")), *choices("review_outcome", REVIEW_OUTCOMES)],
            ),
            TextBinding("details", ui.detailsPlainTextEdit),
        ]

    def on_changed(self) -> None:
        told = next((e for e in self.informed if e.id == self._of.value()), None)
        decision = told.data["decision"] if told is not None else self._decision.value()
        when = told.occurred_at if told is not None else self.occurred_at()
        if decision is None:
            self.ui.hintLabel.setText("")
            return
        scheme = review_scheme(decision, at=london(when).date())
        if scheme == "not_reviewable":
            text = self.tr("Altering a charge is not reviewable: tell the victim so.")
        else:
            text = self.tr(
                "{scheme}: the victim may ask for a review until {end} (3 calendar months "
                "from being told on {told})."
            ).format(
                scheme=self.tr("Police scheme") if scheme == "police" else self.tr("CPS scheme"),
                end=uk_date(review_window_end(when)),
                told=uk_date(when),
            )
        self.ui.hintLabel.setText(text)


class RiskReviewDialog(EntryDialog):
    entry_type = "risk_review"
    ui_class = Ui_RiskReviewEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        return [
            _risk("risk_level", ui.riskLevelComboBox, RISK_LEVELS[1:]),
            _risk("family_risk", ui.familyRiskComboBox),
            _risk("repatriation_risk", ui.repatriationRiskComboBox),
            TextBinding("risk_notes", ui.riskNotesPlainTextEdit),
            TextBinding("risk_actions", ui.riskActionsPlainTextEdit),
            LineBinding("review_on", ui.reviewOnLineEdit, "date"),
        ]
