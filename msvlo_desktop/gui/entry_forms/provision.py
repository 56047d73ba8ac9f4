"""The provision form: what was given to the victim, its value, need and justification,
with the running total given to this victim so far."""

from __future__ import annotations

from decimal import Decimal

from msvlo_desktop.core import values as v
from msvlo_desktop.core.entries import PROVISION_CATEGORIES, effective_entries
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.gui.entry_forms.base import EntryDialog
from msvlo_desktop.gui.entry_forms.bindings import (
    Binding,
    CheckBinding,
    ChoiceBinding,
    LineBinding,
    TextBinding,
)
from msvlo_desktop.gui.entry_forms.simple import choices
from msvlo_desktop.gui.forms.ui_provision_entry_dialog import Ui_ProvisionEntryDialog


class ProvisionDialog(EntryDialog):
    entry_type = "provision"
    ui_class = Ui_ProvisionEntryDialog

    def make_bindings(self) -> list[Binding]:
        ui = self.ui
        self._value = LineBinding("value_gbp", ui.valueGbpLineEdit)
        # value_gbp is what the provision cost in all: the total for every item, not each.
        ui.valueGbpLabel.setText(self.tr("&Value (£, total for all items):"))
        ui.valueGbpLineEdit.setPlaceholderText(self.tr("Total, e.g. 12.50 or 1,250.00"))
        ui.valueGbpLineEdit.setToolTip(
            self.tr(
                "What the provision cost in all, for every item together (not each). "
                "A point for pence; commas only between thousands."
            )
        )
        return [
            ChoiceBinding(
                "category", ui.categoryComboBox, choices("category", PROVISION_CATEGORIES)
            ),
            LineBinding("description", ui.descriptionLineEdit),
            LineBinding("quantity", ui.quantityLineEdit, "int"),
            self._value,
            TextBinding("need", ui.needPlainTextEdit),
            TextBinding("justification", ui.justificationPlainTextEdit),
            LineBinding("authorised_by", ui.authorisedByLineEdit),
            LineBinding("supplier", ui.supplierLineEdit),
            LineBinding("receipt_ref", ui.receiptRefLineEdit),
            CheckBinding("explained_unconditional", ui.explainedUnconditionalCheckBox),
        ]

    def setup_extra(self) -> None:
        # The log as it now reads, so a corrected value counts once, at its corrected amount
        # (only provisions and corrections are read, through the type index).
        provisions = self.vault.entries_of_types(self.case_ref, ("provision", "correction"))
        self.provided_so_far = sum(
            (
                e.value_gbp
                for e in effective_entries(provisions)
                if e.type == "provision" and e.id != self.correcting_id
            ),
            Decimal("0"),
        )

    def this_value(self) -> Decimal | None:
        """The value typed, if the core accepts it as an amount."""
        raw = self._value.value()
        if raw is None:
            return None
        try:
            return v.money(raw, "Value")
        except ValidationError:
            return None

    def on_changed(self) -> None:
        so_far = v.gbp(self.provided_so_far)
        value = self.this_value()
        if self.correcting_id:
            text = self.tr("Provided to this victim, without this entry: {so_far}").format(
                so_far=so_far
            )
            if value is not None:
                text += self.tr(" — with the corrected value: {total}").format(
                    total=v.gbp(self.provided_so_far + value)
                )
        else:
            text = self.tr("Provided so far: {so_far}").format(so_far=so_far)
            if value is not None:
                text += self.tr(" — with this: {total}").format(
                    total=v.gbp(self.provided_so_far + value)
                )
        self.ui.runningTotalLabel.setText(text)
