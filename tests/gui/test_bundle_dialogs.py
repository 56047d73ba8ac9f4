"""The bundle dialogs: export (sealed or plain, with its warning) and import (the sender shown
and confirmed before anything is written)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shared_fixtures import PASSPHRASE

from msvlo_desktop.core import seal
from msvlo_desktop.core.bundle import dump_bundle
from msvlo_desktop.gui import messages
from msvlo_desktop.gui.bundle_dialogs import ExportBundleDialog, ImportBundleDialog
from msvlo_desktop.storage.bundles import build_signed_bundle, imported_unverified
from msvlo_desktop.storage.vault import Officer, Vault

PASSWORD = "amber lighthouse quietly seven"
REF = "SWIFT-0007"
SCREENSHOTS = os.environ.get("MSVLO_SCREENSHOTS")


@pytest.fixture(autouse=True)
def _cheap_seal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(seal, "WORK_FACTOR", 10)
    yield


@pytest.fixture
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def _add_case(vault: Vault) -> None:
    vault.add_case(
        {
            "reference": REF,
            "opened_on": "2026-03-02",
            "exploitation_types": ["labour"],
            "victim": {
                "name": "Nguyễn Thị Hương",
                "pseudonym": "V1",
                "claimed_age": 30,
                "nationality": "VN",
                "languages": ["vi"],
                "safe_contact": {"phone": "07700 900123", "method": "phone"},
            },
            "contacts": [],
        }
    )
    vault.add_entry(
        REF, {"type": "note", "occurred_at": "2026-03-03T10:00:00+00:00", "summary": "Met."}
    )


@pytest.fixture
def receiver(tmp_path: Path, clock: Any) -> Iterator[Vault]:
    with Vault.create(
        tmp_path / "receiver.msvlo", PASSPHRASE, Officer("B. Jones", "DC 77"), clock=clock
    ) as v:
        yield v


def _shot(widget: Any, name: str) -> None:
    if SCREENSHOTS:
        widget.adjustSize()
        widget.grab().save(str(Path(SCREENSHOTS) / name))


def test_export_sealed_then_import_with_confirmation(
    qtbot: Any, vault: Vault, receiver: Vault, tmp_path: Path, script: Any
) -> None:
    _add_case(vault)
    dialog = ExportBundleDialog(vault, REF, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fileLineEdit.text() == str(tmp_path / f"{REF}.msvlo-bundle")
    assert not dialog.plainWarningLabel.isVisible()
    dialog.export()  # nothing filled in: every field named, nothing written
    problems = dialog.problemLabel.text()
    for field in ("Recipient:", "Purpose:", "Bundle password:"):
        assert field in problems
    assert not list(tmp_path.glob("*.msvlo-bundle"))
    qtbot.keyClicks(dialog.recipientLineEdit, "DC 77 B. Jones")
    qtbot.keyClicks(dialog.purposeLineEdit, "Handover")
    qtbot.keyClicks(dialog.passwordLineEdit, PASSWORD)
    qtbot.keyClicks(dialog.repeatLineEdit, PASSWORD + "x")
    dialog.export()
    assert "differ" in dialog.problemLabel.text()
    dialog.passwordLineEdit.setText(PASSWORD)
    dialog.repeatLineEdit.clear()
    qtbot.keyClicks(dialog.repeatLineEdit, PASSWORD)
    assert dialog.problemLabel.text() == ""  # cleared as soon as the officer types
    _shot(dialog, "bundle_export.png")
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    path = Path(written.args[0])
    assert path.read_bytes().startswith(b"age-encryption.org/v1")
    assert script.asked[-1].title == "Bundle written"

    importer = ImportBundleDialog(receiver)
    qtbot.addWidget(importer)
    importer.show()
    assert not importer.importButton.isEnabled()
    importer.choose(path)
    assert importer.passwordLineEdit.isEnabled() and importer.review is None
    importer.passwordLineEdit.setText("wrong password for it")
    importer.open_bundle()
    assert "password is wrong" in importer.problemLabel.text()
    assert not importer.importButton.isEnabled()
    importer.passwordLineEdit.setText(PASSWORD)
    importer.open_bundle()
    assert importer.review is not None
    values = {k: v.text() for k, v in importer.values.items()}
    assert values["reference"] == REF
    assert values["sender"] == "PC 1234 A. Smith, Example"
    assert values["fingerprint"] == importer.review.origin.fingerprint  # type: ignore[union-attr]
    assert "New sender" in values["status"]
    assert values["entries"] == "1"
    assert values["head"] == vault.chain_head(REF)[0]
    assert importer.importButton.isEnabled()
    assert not receiver.case_exists(REF)  # nothing written before the officer confirms
    _shot(importer, "bundle_import.png")
    with qtbot.waitSignal(importer.imported):
        qtbot.mouseClick(importer.importButton, Qt.MouseButton.LeftButton)
    assert receiver.case_exists(REF)


def test_plain_export_shows_its_warning(
    qtbot: Any, vault: Vault, tmp_path: Path, script: Any
) -> None:
    _add_case(vault)
    dialog = ExportBundleDialog(vault, REF, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.plainRadioButton.setChecked(True)
    assert dialog.plainWarningLabel.isVisible()
    assert "not encrypted" in dialog.plainWarningLabel.text()
    assert not dialog.passwordLineEdit.isEnabled()
    assert dialog.fileLineEdit.text().endswith(f"{REF}.json")
    qtbot.keyClicks(dialog.recipientLineEdit, "DC 77 B. Jones")
    qtbot.keyClicks(dialog.purposeLineEdit, "Handover")
    dialog.handoverCheckBox.setChecked(True)
    _shot(dialog, "bundle_export_plain.png")
    dialog.export()
    assert (tmp_path / f"{REF}.json").read_bytes().startswith(b"{")
    assert [r.action for r in vault.audit_records()][-1] == "case handed over"


def test_an_unsigned_bundle_needs_the_tick_and_is_marked(
    qtbot: Any, vault: Vault, receiver: Vault, tmp_path: Path
) -> None:
    _add_case(vault)
    doc = build_signed_bundle(vault, REF, recipient="x", purpose="y")
    del doc["signature"]
    path = tmp_path / "unsigned.json"
    path.write_bytes(dump_bundle(doc))
    importer = ImportBundleDialog(receiver)
    qtbot.addWidget(importer)
    importer.show()
    importer.choose(path)  # plain: checked at once
    assert importer.review is not None and importer.riskCheckBox.isVisible()
    assert "no signature" in importer.values["status"].text()
    assert not importer.importButton.isEnabled()
    importer.import_case()
    assert not receiver.case_exists(REF)
    importer.riskCheckBox.setChecked(True)
    _shot(importer, "bundle_import_unsigned.png")
    importer.import_case()
    assert receiver.case_exists(REF) and imported_unverified(receiver, REF)


def test_a_tampered_bundle_is_refused_in_the_dialog(
    qtbot: Any, vault: Vault, receiver: Vault, tmp_path: Path
) -> None:
    _add_case(vault)
    doc = build_signed_bundle(vault, REF, recipient="x", purpose="y")
    doc["case"]["victim"]["name"] = "Someone Else"
    path = tmp_path / "tampered.json"
    path.write_bytes(dump_bundle(doc))
    importer = ImportBundleDialog(receiver)
    qtbot.addWidget(importer)
    importer.choose(path)
    assert importer.review is None and "signature" in importer.problemLabel.text()
    assert not importer.importButton.isEnabled()
    assert not receiver.case_exists(REF)


def test_the_case_overview_shows_the_unverified_mark(
    qtbot: Any, vault: Vault, receiver: Vault, tmp_path: Path
) -> None:
    from msvlo_desktop.gui.case_overview import CaseOverview

    _add_case(vault)
    doc = build_signed_bundle(vault, REF, recipient="x", purpose="y")
    del doc["signature"]
    path = tmp_path / "unsigned.json"
    path.write_bytes(dump_bundle(doc))
    importer = ImportBundleDialog(receiver)
    qtbot.addWidget(importer)
    importer.choose(path)
    importer.riskCheckBox.setChecked(True)
    importer.import_case()
    for source, shown in ((receiver, True), (vault, False)):
        overview = CaseOverview()
        qtbot.addWidget(overview)
        overview.show()
        overview.set_case(source, REF)
        qtbot.waitUntil(lambda o=overview: o.values["name"].text() != "", timeout=10_000)
        assert overview.unverified_label.isVisible() is shown
        assert "Imported unverified" in overview.unverified_label.text()


def test_the_main_window_offers_both_actions(
    qtbot: Any, vault: Vault, clock: Any, tmp_path: Path, script: Any
) -> None:
    from test_shell_support import make_settings

    from msvlo_desktop.gui.main_window import MainWindow

    _add_case(vault)
    window = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    vault_menu = [a.objectName() for a in window.ui.vaultMenu.actions()]
    case_menu = [a.objectName() for a in window.ui.caseMenu.actions()]
    assert "importBundleAction" in vault_menu and "exportBundleAction" in case_menu
    assert window.import_bundle_action.isEnabled()
    assert not window.export_bundle_action.isEnabled()  # no case selected yet
    assert window.select_case(REF)
    qtbot.waitUntil(window.export_bundle_action.isEnabled, timeout=10_000)
    window.export_bundle_action.trigger()
    dialogs = [d for d in window.findChildren(ExportBundleDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].ref == REF
    dialogs[0].reject()
    window.import_bundle_action.trigger()
    importers = [d for d in window.findChildren(ImportBundleDialog) if d.isVisible()]
    assert len(importers) == 1
    importers[0].reject()


def test_a_changed_key_is_shown_and_needs_the_phone_check_tick(
    qtbot: Any, vault: Vault, receiver: Vault, tmp_path: Path, clock: Any
) -> None:
    _add_case(vault)
    first = tmp_path / "first.json"
    first.write_bytes(dump_bundle(build_signed_bundle(vault, REF, recipient="x", purpose="y")))
    importer = ImportBundleDialog(receiver)
    qtbot.addWidget(importer)
    importer.choose(first)
    importer.import_case()
    assert receiver.case_exists(REF)
    # Another vault under the same officer's name, with its own key.
    with Vault.create(
        tmp_path / "impostor.msvlo",
        PASSPHRASE,
        Officer("A. Smith", "PC 1234", "Example"),
        clock=clock,
    ) as impostor:
        impostor.add_case({**_header("SWIFT-0008")})
        forged = tmp_path / "forged.json"
        doc = build_signed_bundle(impostor, "SWIFT-0008", recipient="x", purpose="y")
        forged.write_bytes(dump_bundle(doc))
    second = ImportBundleDialog(receiver)
    qtbot.addWidget(second)
    second.show()
    second.choose(forged)
    assert "key has changed" in second.values["status"].text()
    assert second.riskCheckBox.isVisible() and "phoned the sender" in second.riskCheckBox.text()
    assert not second.importButton.isEnabled()
    second.import_case()
    assert not receiver.case_exists("SWIFT-0008")
    second.riskCheckBox.setChecked(True)
    _shot(second, "bundle_import_changed_key.png")
    second.import_case()
    assert receiver.case_exists("SWIFT-0008")


def _header(ref: str) -> dict[str, Any]:
    return {
        "reference": ref,
        "opened_on": "2026-03-02",
        "exploitation_types": ["labour"],
        "victim": {
            "name": "Elira Krasniqi",
            "pseudonym": "V2",
            "claimed_age": 25,
            "nationality": "AL",
            "languages": ["sq"],
            "safe_contact": {"phone": "07700 900456", "method": "phone"},
        },
        "contacts": [],
    }
