"""Reading the case dialog's widgets into raw case fields, and filling them back.

The raw shape is the one ``core.case.parse_case_header`` reads; the dialog keeps no rule of
its own, so these functions only move values between the widgets and that shape. The
dialog (``gui/case_dialog.py``) adds the contacts and the review date it holds itself.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime

from msvlo_desktop.core.timefmt import LONDON
from msvlo_desktop.core.values import iso
from msvlo_desktop.gui.code_fields import nationality_value, set_nationality
from msvlo_desktop.gui.date_field import DateField
from msvlo_desktop.gui.forms.ui_case_dialog import Ui_CaseDialog

EXPLOITATION_BOXES = {
    "sexual": "sexualCheckBox",
    "labour": "labourCheckBox",
    "criminal": "criminalCheckBox",
    "domestic_servitude": "domesticServitudeCheckBox",
    "organ_harvesting": "organHarvestingCheckBox",
    "other": "otherExploitationCheckBox",
}
CATEGORY_BOXES = {
    "most_serious_crime": "mostSeriousCrimeCheckBox",
    "persistently_targeted": "persistentlyTargetedCheckBox",
    "vulnerable_or_intimidated": "vulnerableCheckBox",
    "under_18": "under18CheckBox",
}


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def set_date(edit: DateField, value: Any) -> None:
    """Show a stored (ISO) date; a draft's text that was no date comes back as typed."""
    if not value:
        return
    try:
        edit.setDate(qdate(date.fromisoformat(str(value))))
    except ValueError:
        edit.edit.setText(str(value))


def read_case(ui: Ui_CaseDialog, *, child: bool) -> dict[str, Any]:
    """The case as typed, without its contacts (the dialog holds those)."""
    raw: dict[str, Any] = {
        "reference": ui.referenceLineEdit.text(),
        "crime_reference": ui.crimeReferenceLineEdit.text() or None,
        "opened_on": ui.openedOnDateEdit.iso_text(),
        "exploitation_types": [
            t for t, name in EXPLOITATION_BOXES.items() if getattr(ui, name).isChecked()
        ],
        "victim": read_victim(ui, child=child),
    }
    if ui.crimeReportedCheckBox.isChecked():
        qdt = ui.crimeReportedDateTimeEdit.dateTime()
        d, t = qdt.date(), qdt.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LONDON)
        raw["crime_reported_at"] = iso(local)
    return raw


def read_victim(ui: Ui_CaseDialog, *, child: bool) -> dict[str, Any]:
    victim: dict[str, Any] = {
        "name": ui.victimNameLineEdit.text(),
        "pseudonym": ui.pseudonymLineEdit.text(),
        "date_of_birth": ui.dobDateEdit.iso_text() if ui.dobRadioButton.isChecked() else None,
        "claimed_age": ui.claimedAgeSpinBox.value()
        if ui.claimedAgeRadioButton.isChecked()
        else None,
        "age_disputed": ui.ageDisputedCheckBox.isChecked(),
        "nationality": nationality_value(ui.nationalityComboBox),
        "languages": [w for w in re.split(r"[,;\s]+", ui.languagesLineEdit.text()) if w],
        "interpreter_required": ui.interpreterRequiredCheckBox.isChecked(),
        "placement_address": ui.placementAddressPlainTextEdit.toPlainText() or None,
    }
    method = ui.safeContactMethodComboBox.currentData()
    if method is not None:
        victim["safe_contact"] = {
            "method": method,
            "phone": ui.safeContactPhoneLineEdit.text() or None,
            "notes": ui.safeContactNotesPlainTextEdit.toPlainText() or None,
        }
    else:
        victim["safe_contact"] = None
    eligible = child or ui.enhancedEligibleCheckBox.isChecked()
    categories = [c for c, name in CATEGORY_BOXES.items() if getattr(ui, name).isChecked()]
    if child and "under_18" not in categories:
        categories.append("under_18")
    rights: dict[str, Any] = {
        "eligible": eligible,
        "categories": categories if eligible else [],
        "reason_not_eligible": None
        if eligible
        else (ui.notEligibleReasonPlainTextEdit.toPlainText() or None),
    }
    if ui.assessedCheckBox.isChecked():
        rights["assessed_on"] = ui.assessedOnDateEdit.iso_text()
    victim["enhanced_rights"] = rights
    every = ui.updateEveryDaysSpinBox.value()
    prefs: dict[str, Any] = {
        "every_days": every or None,
        "method": ui.updateMethodComboBox.currentData(),
        "opted_out": ui.optedOutCheckBox.isChecked(),
    }
    if ui.optedOutCheckBox.isChecked():
        prefs["opted_out_on"] = ui.optedOutDateEdit.iso_text()
        prefs["opt_out_reason"] = ui.optOutReasonPlainTextEdit.toPlainText() or None
    victim["update_preferences"] = prefs
    return victim


def load_case(ui: Ui_CaseDialog, raw: dict[str, Any]) -> None:
    """Fill every widget but the contacts from raw case fields (a stored case or a draft)."""
    ui.referenceLineEdit.setText(raw.get("reference") or "")
    ui.crimeReferenceLineEdit.setText(raw.get("crime_reference") or "")
    set_date(ui.openedOnDateEdit, raw.get("opened_on"))
    reported = raw.get("crime_reported_at")
    ui.crimeReportedCheckBox.setChecked(bool(reported))
    if reported:
        try:
            local = datetime.fromisoformat(reported).astimezone(LONDON)
            ui.crimeReportedDateTimeEdit.setDateTime(
                QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
            )
        except ValueError:
            pass
    types = set(raw.get("exploitation_types") or [])
    for t, name in EXPLOITATION_BOXES.items():
        getattr(ui, name).setChecked(t in types)
    load_victim(ui, raw.get("victim") or {})


def load_victim(ui: Ui_CaseDialog, victim: dict[str, Any]) -> None:
    ui.victimNameLineEdit.setText(victim.get("name") or "")
    ui.pseudonymLineEdit.setText(victim.get("pseudonym") or "")
    if victim.get("date_of_birth"):
        ui.dobRadioButton.setChecked(True)
        set_date(ui.dobDateEdit, victim["date_of_birth"])
    elif victim.get("claimed_age") is not None:
        ui.claimedAgeRadioButton.setChecked(True)
        ui.claimedAgeSpinBox.setValue(int(victim["claimed_age"]))
    else:
        ui.ageUnknownRadioButton.setChecked(True)
    ui.ageDisputedCheckBox.setChecked(bool(victim.get("age_disputed")))
    set_nationality(ui.nationalityComboBox, victim.get("nationality"))
    ui.languagesLineEdit.setText(", ".join(victim.get("languages") or []))
    ui.interpreterRequiredCheckBox.setChecked(bool(victim.get("interpreter_required")))
    ui.placementAddressPlainTextEdit.setPlainText(victim.get("placement_address") or "")
    safe = victim.get("safe_contact") or {}
    index = ui.safeContactMethodComboBox.findData(safe.get("method")) if safe else 0
    ui.safeContactMethodComboBox.setCurrentIndex(max(index, 0))
    ui.safeContactPhoneLineEdit.setText(safe.get("phone") or "")
    ui.safeContactNotesPlainTextEdit.setPlainText(safe.get("notes") or "")
    rights = victim.get("enhanced_rights") or {}
    ui.enhancedEligibleCheckBox.setChecked(bool(rights.get("eligible", True)))
    categories = set(rights.get("categories") or [])
    for c, name in CATEGORY_BOXES.items():
        getattr(ui, name).setChecked(c in categories)
    ui.notEligibleReasonPlainTextEdit.setPlainText(rights.get("reason_not_eligible") or "")
    ui.assessedCheckBox.setChecked(bool(rights.get("assessed_on")))
    set_date(ui.assessedOnDateEdit, rights.get("assessed_on"))
    prefs = victim.get("update_preferences") or {}
    ui.updateEveryDaysSpinBox.setValue(int(prefs.get("every_days") or 0))
    index = ui.updateMethodComboBox.findData(prefs.get("method") or "phone")
    ui.updateMethodComboBox.setCurrentIndex(max(index, 0))
    ui.optedOutCheckBox.setChecked(bool(prefs.get("opted_out")))
    set_date(ui.optedOutDateEdit, prefs.get("opted_out_on"))
    ui.optOutReasonPlainTextEdit.setPlainText(prefs.get("opt_out_reason") or "")
