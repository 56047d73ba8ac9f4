"""The SPOC change form: the victim's new single point of contact and whether the victim
has been given the new details."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from msvlo_desktop.core import values as v
from msvlo_desktop.core.case import parse_contact
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.gui.entry_forms.base import EntryDialog
from msvlo_desktop.gui.entry_forms.bindings import Binding, CheckBinding, LineBinding
from msvlo_desktop.gui.forms.ui_spoc_change_entry_dialog import Ui_SpocChangeEntryDialog

_PARTS = ("name", "organisation", "phone", "email")


class SpocChangeDialog(EntryDialog):
    entry_type = "spoc_change"
    ui_class = Ui_SpocChangeEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        self._parts = {
            "name": LineBinding("contact_name", ui.contactNameLineEdit),
            "organisation": LineBinding("contact_organisation", ui.contactOrganisationLineEdit),
            "phone": LineBinding("contact_phone", ui.contactPhoneLineEdit),
            "email": LineBinding("contact_email", ui.contactEmailLineEdit),
        }
        return [*self._parts.values(), CheckBinding("victim_informed", ui.victimInformedCheckBox)]

    def contact(self) -> dict[str, Any]:
        return {key: b.value() for key, b in self._parts.items()}

    def field_values(self) -> dict[str, Any]:
        return {
            "contact": self.contact(),
            "victim_informed": self.ui.victimInformedCheckBox.isChecked(),
        }

    def set_values(self, values: Mapping[str, Any]) -> None:
        stored = values.get("contact")
        if isinstance(stored, Mapping):
            # A stored contact (a correction's prefill): shown as officers write numbers.
            values = dict(values)
            for key in _PARTS:
                value = stored.get(key)
                if key == "phone" and value:
                    value = v.phone_display(str(value))
                values[f"contact_{key}"] = value
        super().set_values(values)

    def label_for(self, name: str) -> str:
        labels = {
            "contact_name": self.tr("New SPOC's name"),
            "contact_organisation": self.tr("Organisation"),
            "contact_phone": self.tr("Phone"),
            "contact_email": self.tr("Email"),
        }
        return labels.get(name) or super().label_for(name)

    def adjust_problems(self, problems: list[Problem]) -> list[Problem]:
        """The core reports the contact as one field; ask it again about the contact alone
        so each message appears beside the part it is about."""
        out = [p for p in problems if p.field.split(".")[0] != "contact"]
        if len(out) == len(problems):
            return problems
        try:
            parse_contact({**self.contact(), "role": "spoc"}, require_role="spoc")
        except ValidationError as exc:
            for p in exc.problems:
                name = f"contact_{p.field}" if p.field in _PARTS else "contact"
                out.append(Problem(name, p.message))
        return out
