"""The export dialog's "Use the pseudonym" box: the report built has the pseudonym for the
victim's name throughout, and the disclosure record says so."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.export_dialog import ExportDialog
from msvlo_desktop.services.training import fill_training_vault
from msvlo_desktop.storage.vault import Vault

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def test_a_pseudonymised_export_hides_the_name_and_is_audited(
    qtbot: Any, vault: Vault, tmp_path: Path, script: Any
) -> None:
    [ref] = fill_training_vault(vault, cases=1, now=NOW)
    victim = vault.get_case(ref).victim
    dialog = ExportDialog(vault, ref, export_folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert victim.pseudonym in dialog.pseudonym_check.text()
    assert not dialog.pseudonym_check.isChecked()  # the officer's choice on each export
    dialog.pseudonym_check.setChecked(True)
    qtbot.keyClicks(dialog.ui.recipientLineEdit, "CPS disclosure officer")
    qtbot.keyClicks(dialog.ui.purposeLineEdit, "Unused material schedule")
    with qtbot.waitSignal(dialog.previewOpened, timeout=60_000) as opened:
        qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    qtbot.addWidget(preview)
    result = dialog.report
    assert result is not None and result.pseudonymised
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(BytesIO(result.pdf_bytes)).pages)
    assert victim.name not in text
    assert victim.pseudonym in text
    script.push(str(tmp_path / "copy"))
    with qtbot.waitSignal(preview.saved, timeout=60_000):
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    [record] = [r for r in vault.audit_records(ref) if r.category == "disclosure"]
    assert record.details["pseudonymised"] is True
