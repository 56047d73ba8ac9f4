"""The import dialog lists what is impossible or unusual in the order of a bundle's log, and
imports the case as it was, with those lines in the audit record of the import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from msvlo_desktop.core.bundle import dump_bundle
from msvlo_desktop.gui.bundle_dialogs import ImportBundleDialog


def test_the_import_dialog_lists_the_order_warnings(qtbot: Any, vault: Any, tmp_path: Path) -> None:
    case = {
        "reference": "KESTREL-0042",
        "opened_on": "2026-03-02",
        "victim": {"name": "Lan Nguyen", "pseudonym": "V1", "claimed_age": 16},
        "log": [
            {
                "id": "r1",
                "type": "referral",
                "occurred_at": "2026-03-03T10:00:00+00:00",
                "recorded_at": "2026-03-03T10:00:00+00:00",
                "author": "PC 1",
                "service": "nrm",
            },
            {
                "id": "d1",
                "type": "nrm_decision",
                "occurred_at": "2026-04-03T10:00:00+00:00",
                "recorded_at": "2026-04-03T10:00:00+00:00",
                "author": "PC 1",
                "stage": "conclusive_grounds",
                "outcome": "trafficking",
            },
        ],
    }
    path = tmp_path / "old.json"
    path.write_bytes(dump_bundle({"format": "msvlo-case-bundle", "version": 1, "case": case}))
    importer = ImportBundleDialog(vault)
    qtbot.addWidget(importer)
    importer.show()
    importer.choose(path)
    label = importer.values["sequence"]
    assert label.isVisible()
    text = label.text()
    assert "This log has 1 thing(s) to know" in text
    assert "• Entry d1 (NRM decision, 03/04/2026 11:00): No reasonable grounds" in text
    importer.riskCheckBox.setChecked(True)  # unsigned: imported as unverified
    importer.import_case()
    assert [e.id for e in vault.entries("KESTREL-0042")] == ["r1", "d1"]
    (record,) = [r for r in vault.audit_records() if r.action.startswith("case imported")]
    assert record.details["warnings"][0].startswith("Entry d1 (NRM decision")
