"""Opening a case and editing its record: the case, the victim, safety, rights, contacts.

The dialog only gathers what is typed into the raw case fields of ``core.case``; every rule
(required fields, dates, phone numbers, enhanced rights for a child...) is checked by
``parse_case_header`` as the officer types, and each problem is shown under its field. Save
is enabled only when the core finds nothing wrong. A change to an existing case needs a
reason, kept with the previous version of the record.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from msvlo_desktop.core.case import (
    CONTACT_ROLES,
    ROLE_LABELS,
    Case,
    parse_case_header,
    parse_reference,
)
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.timefmt import LONDON
from msvlo_desktop.core.victim import CONTACT_METHODS, Victim
from msvlo_desktop.core.wording import CONTACT_METHOD_LABELS
from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.case_contacts import CaseContacts
from msvlo_desktop.gui.case_form_fields import (
    CATEGORY_BOXES,
    EXPLOITATION_BOXES,
    load_case,
    pydate,
    qdate,
    read_case,
)
from msvlo_desktop.gui.drafts_dialog import CASE_DRAFT_KIND
from msvlo_desktop.gui.forms.ui_case_dialog import Ui_CaseDialog
from msvlo_desktop.gui.inline_problems import InlineProblems
from msvlo_desktop.gui.screen_fit import keep_on_screen
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Clock, Draft, Vault

NEW, EDIT = "new", "edit"


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()


class CaseDialog(QDialog):
    """A new case (``mode="new"``) or changes to ``case_ref`` (``mode="edit"``).

    Emits ``saved(case)`` with the stored Case, then closes.
    """

    saved = Signal(object)
    DRAFT_KIND = CASE_DRAFT_KIND

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        mode: str = NEW,
        case_ref: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        keep_on_screen(self)
        self.vault = vault
        self.mode = mode
        self.case_ref = case_ref
        self._clock = clock or vault.clock
        self.contacts = CaseContacts(self.ui, self._today, self)
        self.contacts.changed.connect(lambda: self._changed("contacts"))
        self._review_on: str | None = None
        self._touched: set[str] = set()
        self._loading = True
        self.problems: list[Problem] = []
        self._setup_widgets()
        self.inline = InlineProblems(self._field_widgets())
        self._tab_titles = [
            self.ui.caseTabWidget.tabText(i) for i in range(self.ui.caseTabWidget.count())
        ]
        if mode == EDIT:
            assert case_ref is not None
            self.setWindowTitle(self.tr("Edit case {ref}").format(ref=case_ref))
            self.ui.headingLabel.setText(self.tr("Case {ref}").format(ref=case_ref))
            self.ui.introLabel.setText(
                self.tr(
                    "Change what needs changing and say why. The previous version of the "
                    "record is kept, with your reason, in the case's history."
                )
            )
            self.ui.saveButton.setText(self.tr("&Save changes"))
            self.ui.saveButton.setAccessibleName(self.tr("Save changes"))
            self.ui.referenceLineEdit.setReadOnly(True)
            self.ui.referenceLineEdit.setToolTip(self.tr("A case's reference never changes."))
            self.load(vault.get_case(case_ref).header_json())
        else:
            self.setWindowTitle(self.tr("New case"))
            self.ui.introLabel.setText(
                self.tr(
                    "Open a case for one victim. Only the reference, the date it opened, the "
                    "victim's name and a pseudonym are needed now; complete the rest as you "
                    "learn it."
                )
            )
            self.ui.saveButton.setText(self.tr("Open ca&se"))
            self.ui.saveButton.setAccessibleName(self.tr("Open case"))
            self.ui.reasonLabel.hide()
            self.ui.reasonLineEdit.hide()
        self._connect_changes()
        self._loading = False
        # What the form held when it opened: Esc asks before losing any change to it.
        self._opened_with = self.draft_data()
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.caseTabWidget.setCurrentIndex(0)
        self.validate()

    # ----------------------------------------------------------------- set up
    def _setup_widgets(self) -> None:
        ui = self.ui
        today = self._today()
        for edit in (
            ui.openedOnDateEdit,
            ui.dobDateEdit,
            ui.optedOutDateEdit,
            ui.assessedOnDateEdit,
            ui.contactFromDateEdit,
        ):
            edit.setMaximumDate(qdate(today))
            edit.setMinimumDate(QDate(1900, 1, 1))
            edit.setDate(qdate(today))
        ui.dobDateEdit.setDate(qdate(today.replace(year=today.year - 18)))
        # Spare height goes below the last field, not between the fields.
        for form in (
            ui.caseFormLayout,
            ui.victimFormLayout,
            ui.safetyFormLayout,
            ui.rightsFormLayout,
        ):
            filler = QWidget()
            filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            form.addRow(filler)
        self._scroll_pages()
        # The age fields sit beside their choices, not at the far edge of the form.
        ui.dobDateEdit.setMaximumWidth(180)
        ui.claimedAgeSpinBox.setMaximumWidth(180)
        ui.ageLayout.setColumnStretch(2, 1)
        ui.crimeReportedDateTimeEdit.setDateTime(self._london_now())
        ui.crimeReportedDateTimeEdit.setMaximumDateTime(self._london_now())
        ui.safeContactMethodComboBox.addItem(self.tr("No safe contact recorded"), None)
        for method in CONTACT_METHODS:
            ui.safeContactMethodComboBox.addItem(self.tr(CONTACT_METHOD_LABELS[method]), method)
            ui.updateMethodComboBox.addItem(self.tr(CONTACT_METHOD_LABELS[method]), method)
        for role in CONTACT_ROLES:
            ui.contactRoleComboBox.addItem(self.tr(ROLE_LABELS[role]), role)
        ui.enhancedEligibleCheckBox.setChecked(True)
        ui.mostSeriousCrimeCheckBox.setChecked(True)

    def _scroll_pages(self) -> None:
        """Each page scrolls when the screen is too small for it (a 1366×768 laptop at 125%
        has 580 points of height): the page moves into a scroll area that takes its place
        among the tabs, and its name, so ``ui.victimTab`` is still the tab to choose."""
        tabs = self.ui.caseTabWidget
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page is None:
                continue
            name = page.objectName()
            text, tip = tabs.tabText(i), tabs.tabToolTip(i)
            tabs.removeTab(i)
            scroll = QScrollArea()
            scroll.setObjectName(name)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            # Only a way to make room, not a tab stop of its own.
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            page.setObjectName(f"{name}Contents")
            scroll.setWidget(page)
            scroll.viewport().setAutoFillBackground(False)
            page.setAutoFillBackground(False)
            tabs.insertTab(i, scroll, text)
            tabs.setTabToolTip(i, tip)
            setattr(self.ui, name, scroll)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "reference": ui.referenceLineEdit,
            "crime_reference": ui.crimeReferenceLineEdit,
            "opened_on": ui.openedOnDateEdit,
            "crime_reported_at": ui.crimeReportedWidget,
            "exploitation_types": ui.exploitationWidget,
            "victim.name": ui.victimNameLineEdit,
            "victim.pseudonym": ui.pseudonymLineEdit,
            "victim.date_of_birth": ui.ageWidget,
            "victim.claimed_age": ui.ageWidget,
            "victim.nationality": ui.nationalityLineEdit,
            "victim.languages": ui.languagesLineEdit,
            "victim.safe_contact": ui.safeContactMethodComboBox,
            "victim.safe_contact.phone": ui.safeContactPhoneLineEdit,
            "victim.safe_contact.notes": ui.safeContactNotesPlainTextEdit,
            "victim.placement_address": ui.placementAddressPlainTextEdit,
            "victim.update_preferences": ui.updateEveryDaysSpinBox,
            "victim.update_preferences.method": ui.updateMethodComboBox,
            "victim.update_preferences.opted_out_on": ui.optedOutDateEdit,
            "victim.update_preferences.opt_out_reason": ui.optOutReasonPlainTextEdit,
            "victim.enhanced_rights": ui.categoriesWidget,
            "victim.enhanced_rights.reason_not_eligible": ui.notEligibleReasonPlainTextEdit,
            "victim.enhanced_rights.assessed_on": ui.assessedWidget,
            "reason": ui.reasonLineEdit,
        }

    def _connect_changes(self) -> None:
        ui = self.ui
        keyed: list[tuple[str, QWidget]] = [
            ("reference", ui.referenceLineEdit),
            ("crime_reference", ui.crimeReferenceLineEdit),
            ("opened_on", ui.openedOnDateEdit),
            ("crime_reported_at", ui.crimeReportedCheckBox),
            ("crime_reported_at", ui.crimeReportedDateTimeEdit),
            ("victim.name", ui.victimNameLineEdit),
            ("victim.pseudonym", ui.pseudonymLineEdit),
            ("victim.date_of_birth", ui.dobRadioButton),
            ("victim.date_of_birth", ui.dobDateEdit),
            ("victim.claimed_age", ui.claimedAgeRadioButton),
            ("victim.claimed_age", ui.claimedAgeSpinBox),
            ("victim.claimed_age", ui.ageUnknownRadioButton),
            ("victim.date_of_birth", ui.ageDisputedCheckBox),
            ("victim.nationality", ui.nationalityLineEdit),
            ("victim.languages", ui.languagesLineEdit),
            ("victim.interpreter_required", ui.interpreterRequiredCheckBox),
            ("victim.safe_contact", ui.safeContactMethodComboBox),
            ("victim.safe_contact.phone", ui.safeContactPhoneLineEdit),
            ("victim.safe_contact.notes", ui.safeContactNotesPlainTextEdit),
            ("victim.placement_address", ui.placementAddressPlainTextEdit),
            ("victim.update_preferences", ui.updateEveryDaysSpinBox),
            ("victim.update_preferences.method", ui.updateMethodComboBox),
            ("victim.update_preferences.opted_out_on", ui.optedOutCheckBox),
            ("victim.update_preferences.opted_out_on", ui.optedOutDateEdit),
            ("victim.update_preferences.opt_out_reason", ui.optOutReasonPlainTextEdit),
            ("victim.enhanced_rights", ui.enhancedEligibleCheckBox),
            ("victim.enhanced_rights.reason_not_eligible", ui.notEligibleReasonPlainTextEdit),
            ("victim.enhanced_rights.assessed_on", ui.assessedCheckBox),
            ("victim.enhanced_rights.assessed_on", ui.assessedOnDateEdit),
            ("reason", ui.reasonLineEdit),
        ]
        keyed += [("exploitation_types", getattr(ui, n)) for n in EXPLOITATION_BOXES.values()]
        keyed += [("victim.enhanced_rights", getattr(ui, n)) for n in CATEGORY_BOXES.values()]
        for key, widget in keyed:
            signal = _change_signal(widget)
            signal.connect(lambda *_, k=key: self._changed(k))

    # ----------------------------------------------------------------- clock helpers
    def _now(self) -> datetime:
        return self._clock()

    def _today(self) -> date:
        return self._now().astimezone(LONDON).date()

    def _london_now(self) -> QDateTime:
        now = self._now().astimezone(LONDON)
        return QDateTime(qdate(now.date()), QTime(now.hour, now.minute))

    # ----------------------------------------------------------------- raw fields
    def raw(self) -> dict[str, Any]:
        """The case as typed, in the raw shape ``parse_case_header`` reads."""
        raw = read_case(self.ui, child=self.is_child())
        raw["contacts"] = self.contacts.raw()
        if self._review_on:
            raw["review_on"] = self._review_on
        return raw

    def load(self, raw: dict[str, Any]) -> None:
        """Fill every widget from raw case fields (a stored case or a draft)."""
        was_loading, self._loading = self._loading, True
        load_case(self.ui, raw)
        self.contacts.set(raw.get("contacts") or [])
        self._review_on = raw.get("review_on")
        self._loading = was_loading

    # ----------------------------------------------------------------- rules, via core
    def is_child(self) -> bool:
        """What the core says about the age as typed (under 18, or age disputed)."""
        ui = self.ui
        probe = Victim(
            name="-",
            pseudonym="-",
            date_of_birth=pydate(ui.dobDateEdit.date()) if ui.dobRadioButton.isChecked() else None,
            claimed_age=ui.claimedAgeSpinBox.value()
            if ui.claimedAgeRadioButton.isChecked()
            else None,
            age_disputed=ui.ageDisputedCheckBox.isChecked(),
        )
        return probe.is_child(self._today(), pydate(ui.openedOnDateEdit.date()))

    def _age_text(self) -> str:
        ui = self.ui
        probe = Victim(
            name="-",
            pseudonym="-",
            date_of_birth=pydate(ui.dobDateEdit.date()) if ui.dobRadioButton.isChecked() else None,
            claimed_age=ui.claimedAgeSpinBox.value()
            if ui.claimedAgeRadioButton.isChecked()
            else None,
            age_disputed=ui.ageDisputedCheckBox.isChecked(),
        )
        age = probe.age_on(self._today(), pydate(ui.openedOnDateEdit.date()))
        if probe.age_disputed:
            return self.tr(
                "Treated as a child: the age is disputed, so the child workflow applies until "
                "an age assessment decides otherwise."
            )
        if age is None:
            return ""
        if age < 18:
            return self.tr("A child: {age} today. The child workflow applies.").format(age=age)
        return self.tr("An adult: {age} today.").format(age=age)

    def _apply_dependencies(self) -> None:
        ui = self.ui
        ui.dobDateEdit.setEnabled(ui.dobRadioButton.isChecked())
        ui.claimedAgeSpinBox.setEnabled(ui.claimedAgeRadioButton.isChecked())
        ui.crimeReportedDateTimeEdit.setEnabled(ui.crimeReportedCheckBox.isChecked())
        has_safe = ui.safeContactMethodComboBox.currentData() is not None
        ui.safeContactPhoneLineEdit.setEnabled(has_safe)
        ui.safeContactNotesPlainTextEdit.setEnabled(has_safe)
        opted = ui.optedOutCheckBox.isChecked()
        ui.optedOutDateEdit.setEnabled(opted)
        ui.optOutReasonPlainTextEdit.setEnabled(opted)
        ui.updateEveryDaysSpinBox.setEnabled(not opted)
        ui.updateMethodComboBox.setEnabled(not opted)
        ui.assessedOnDateEdit.setEnabled(ui.assessedCheckBox.isChecked())
        age_text = self._age_text()
        ui.childStatusLabel.setText(age_text)
        ui.childStatusLabel.setVisible(bool(age_text))
        child = self.is_child()
        if child:
            # The core refuses enhanced rights off for a child: show that, do not offer it.
            ui.enhancedEligibleCheckBox.setChecked(True)
            ui.under18CheckBox.setChecked(True)
            ui.childRightsLabel.setText(
                self.tr(
                    "Enhanced rights always apply to a child (under 18, or whose age is "
                    "disputed): they cannot be switched off."
                )
            )
        ui.childRightsLabel.setVisible(child)
        ui.enhancedEligibleCheckBox.setEnabled(not child)
        ui.under18CheckBox.setEnabled(not child)
        eligible = ui.enhancedEligibleCheckBox.isChecked()
        ui.categoriesWidget.setEnabled(eligible)
        ui.notEligibleReasonPlainTextEdit.setEnabled(not eligible)

    def _changed(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        self.validate()

    def validate(self) -> list[Problem]:
        """Ask the core about the case as typed; show each problem beside its field."""
        self._apply_dependencies()
        problems: list[Problem] = []
        try:
            parse_case_header(self.raw(), now=self._now())
        except ValidationError as exc:
            problems = list(exc.problems)
        taken = self._reference_taken()
        if taken is not None:
            problems.append(
                Problem(
                    "reference",
                    self.tr(
                        "A case {ref} already exists in this vault: give this case its own "
                        "reference."
                    ).format(ref=taken),
                )
            )
        if self.mode == EDIT and not self.ui.reasonLineEdit.text().strip():
            problems.append(Problem("reason", self.tr("Say why the record is being changed.")))
        self.problems = problems
        visible = {k for k in self.inline.fields if any(k.startswith(t) for t in self._touched)}
        visible |= {k for k in self.inline.fields for t in self._touched if t.startswith(k)}
        if self.mode == EDIT and self._touched:
            visible.add("reason")  # once something changed, say that a reason is needed
        unclaimed = self.inline.show(problems, visible)
        self._mark_tabs(problems)
        self._summarise(problems, unclaimed)
        self.ui.saveButton.setEnabled(not problems)
        return problems

    def _reference_taken(self) -> str | None:
        """The reference typed for a new case, when the vault already holds a case by it
        (said beside the field now, not after "Ready to open" and a refused save)."""
        if self.mode != NEW:
            return None
        try:
            ref = parse_reference(self.ui.referenceLineEdit.text())
        except ValidationError:
            return None
        return ref if self.vault.case_exists(ref) else None

    def _mark_tabs(self, problems: list[Problem]) -> None:
        tabs = self.ui.caseTabWidget
        counts = [0] * tabs.count()
        for key in self.inline.keys_with_problems(problems):
            widget = self.inline.fields[key]
            for i in range(tabs.count()):
                page = tabs.widget(i)
                if page is not None and page.isAncestorOf(widget):
                    counts[i] += 1
        for i, title in enumerate(self._tab_titles):
            tabs.setTabText(
                i,
                title
                if not counts[i]
                else self.tr("{title} ({n} to fix)").format(title=title, n=counts[i]),
            )

    def _summarise(self, problems: list[Problem], unclaimed: list[Problem]) -> None:
        label = self.ui.problemsLabel
        if not problems:
            label.setText(
                self.tr("Ready to save.") if self.mode == EDIT else self.tr("Ready to open.")
            )
            label.setProperty("role", "ok")
        else:
            n = len(problems)
            text = (
                self.tr("1 thing still needs attention before saving")
                if n == 1
                else self.tr("{n} things still need attention before saving").format(n=n)
            )
            names = [self._field_name(k) for k in self.inline.keys_with_problems(problems)]
            shown = list(dict.fromkeys(name for name in names if name))
            text += (": " + ", ".join(shown) + ".") if shown else "."
            if unclaimed:
                text += "\n" + "\n".join(f"• {p.message}" for p in unclaimed)
            label.setText(text)
            label.setProperty("role", "hint")
        label.style().unpolish(label)
        label.style().polish(label)

    def _field_name(self, key: str) -> str:
        """The label a field has on its form (what the officer sees), without shortcuts."""
        widget = self.inline.fields[key]
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and label.text():
                return label.text().replace("&", "")
        if isinstance(widget, QAbstractButton):
            return widget.text().replace("&", "")
        return widget.accessibleName()

    def touch_all(self) -> None:
        self._touched |= set(self.inline.fields)
        self.validate()

    # ----------------------------------------------------------------- saving
    def save(self) -> None:
        if self.validate():
            self.touch_all()
            return
        raw = self.raw()
        try:
            if self.mode == EDIT:
                assert self.case_ref is not None
                case = self.vault.update_case(
                    self.case_ref, raw, reason=self.ui.reasonLineEdit.text().strip()
                )
            else:
                case = self.vault.add_case(raw)
        except ValidationError as exc:
            self._touched |= set(self.inline.fields)
            self.inline.show(exc.problems)
            self.ui.saveButton.setEnabled(False)
            return
        except VaultError as exc:
            messages.warn(
                self,
                self.tr("The case was not saved"),
                str(exc) + "\n\n" + self.tr("The form stays open with everything you typed."),
            )
            return
        diagnostics.event("case saved" if self.mode == NEW else "case record changed")
        self.saved.emit(case)
        self.accept()

    # ----------------------------------------------------------------- drafts
    def has_input(self) -> bool:
        """Whether anything was typed (an untouched form is not worth keeping at a lock)."""
        return bool(self._touched)

    def draft_data(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "raw": self.raw(),
            "reason": self.ui.reasonLineEdit.text(),
            "added_contacts": sorted(self.contacts.added),
        }

    @classmethod
    def restore(
        cls, parent: QWidget | None, vault: Vault, draft: Draft, *, clock: Clock | None = None
    ) -> CaseDialog:
        data = draft.data
        mode = EDIT if data.get("mode") == EDIT else NEW
        dialog = cls(vault, parent, mode=mode, case_ref=draft.case_ref, clock=clock)
        dialog._loading = True
        dialog.load(dict(data.get("raw") or {}))
        dialog.ui.reasonLineEdit.setText(data.get("reason") or "")
        dialog.contacts.set(
            dialog.contacts.contacts, (int(i) for i in data.get("added_contacts") or [])
        )
        dialog._loading = False
        dialog.touch_all()
        return dialog

    def changed_since_opened(self) -> bool:
        """Whether anything differs from what the form opened with (dates, choices and
        contacts as much as typed text)."""
        return bool(self._touched) and self.draft_data() != self._opened_with

    def reject(self) -> None:
        if self.changed_since_opened() and not messages.confirm(
            self,
            self.tr("Discard this form?"),
            self.tr("What you typed has not been saved. Discard it?"),
        ):
            return
        super().reject()

    def close_without_asking(self) -> None:
        """Close at once (the window is locking and has kept the draft)."""
        self._touched.clear()
        self.done(QDialog.DialogCode.Rejected)


def _change_signal(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QDateTimeEdit):  # QDateEdit too
        return widget.dateTimeChanged
    if isinstance(widget, QCheckBox | QAbstractButton):
        return widget.toggled
    raise TypeError(f"no change signal for {type(widget).__name__}")


__all__ = ["EDIT", "NEW", "Case", "CaseDialog"]
