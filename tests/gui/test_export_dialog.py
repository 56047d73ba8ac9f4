"""Exporting the case report from the window: the build runs in a worker with progress and
Cancel, the finished PDF is previewed from memory, and Save encrypts, writes and audits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QToolButton
from shared_fixtures import PASSPHRASE

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.export_dialog import ExportDialog
from msvlo_desktop.gui.report_preview import ReportPreview
from msvlo_desktop.gui.training_mark import BANNER_OBJECT_NAME, TITLE_PREFIX
from msvlo_desktop.reports.case_report import ReportCancelled
from msvlo_desktop.services.training import fill_training_vault
from msvlo_desktop.storage.vault import Officer, Vault

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
REPORT_PASSWORD = "amber kettle seventeen lanterns"
BUILD_TIMEOUT_MS = 60_000


@pytest.fixture
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def filled(vault: Vault) -> tuple[Vault, str]:
    [ref] = fill_training_vault(vault, cases=1, now=NOW)
    return vault, ref


def _disclosures(vault: Vault, ref: str) -> list[Any]:
    return [r for r in vault.audit_records(ref) if r.category == "disclosure"]


def _dialog(qtbot: Any, vault: Vault, ref: str, folder: Path) -> ExportDialog:
    dialog = ExportDialog(vault, ref, export_folder=str(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.recipientLineEdit, "DI 1150 C. Murray")
    qtbot.keyClicks(dialog.ui.purposeLineEdit, "File review before charge")
    return dialog


def _build(qtbot: Any, dialog: ExportDialog) -> ReportPreview:
    with qtbot.waitSignal(dialog.previewOpened, timeout=BUILD_TIMEOUT_MS) as opened:
        qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
        # The window stays usable while the worker builds: the progress bar is up.
        assert dialog.running
        assert dialog.ui.progressBar.isVisible()
        assert not dialog.ui.createButton.isEnabled()
    preview = opened.args[0]
    qtbot.addWidget(preview)
    return preview


def test_the_report_is_built_in_a_worker_and_previewed_from_memory(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path, script: Any
) -> None:
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    preview = _build(qtbot, dialog)
    result = dialog.report
    assert result is not None
    assert result.reference == ref
    assert result.recipient == "DI 1150 C. Murray"
    assert preview.document is not None and preview.document.is_open
    assert preview.document.page_count == result.pages > 5
    assert result.export_id in preview.summary_label.text()
    assert not dialog.isVisible()
    # Previewing discloses nothing: no file, no audit record.
    assert list(tmp_path.glob("*.pdf")) == []
    assert _disclosures(vault, ref) == []


def test_save_encrypts_writes_and_audits(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path, script: Any
) -> None:
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    dialog.ui.profileComboBox.setCurrentIndex(dialog.ui.profileComboBox.findData("disclosure"))
    dialog.ui.encryptCheckBox.setChecked(True)
    qtbot.keyClicks(dialog.ui.passwordLineEdit, REPORT_PASSWORD)
    qtbot.keyClicks(dialog.ui.repeatPasswordLineEdit, REPORT_PASSWORD)
    preview = _build(qtbot, dialog)
    result = dialog.report
    assert result is not None and result.profile == "disclosure"

    out = tmp_path / "KESTREL report"  # the .pdf suffix is added
    script.push(str(out))
    with qtbot.waitSignal(preview.saved, timeout=BUILD_TIMEOUT_MS) as saved:
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    written = Path(saved.args[0])
    assert written == tmp_path / "KESTREL report.pdf"
    assert [a.kind for a in script.asked] == ["save_file", "inform"]
    assert "Tell the recipient the report password by another route" in script.asked[1].text
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(written)
    with pikepdf.open(written, password=REPORT_PASSWORD) as pdf:
        assert pdf.encryption.R == 6
        assert len(pdf.pages) == result.pages
    [record] = _disclosures(vault, ref)
    assert record.details["recipient"] == "DI 1150 C. Murray"
    assert record.details["purpose"] == "File review before charge"
    assert record.details["profile"] == "disclosure"
    assert record.details["export_id"] == result.export_id
    assert record.details["encrypted"] is True
    assert not preview.isVisible()
    assert preview.report is None  # the bytes are dropped once saved


def test_cancel_stops_the_build(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path, script: Any
) -> None:
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    opened: list[Any] = []
    dialog.previewOpened.connect(opened.append)
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.running
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.progressLabel.text() == "Stopping…"
    qtbot.waitUntil(lambda: not dialog.running, timeout=BUILD_TIMEOUT_MS)
    assert isinstance(dialog.failure, ReportCancelled)
    assert dialog.ui.messageLabel.text() == "Cancelled: no report was made."
    assert dialog.isVisible()
    assert dialog.ui.createButton.isEnabled()
    assert not dialog.ui.progressBar.isVisible()
    assert opened == []
    assert _disclosures(vault, ref) == []
    # The form is kept: building again works.
    preview = _build(qtbot, dialog)
    assert preview.document.page_count > 0


def test_closing_the_preview_saves_nothing(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path, script: Any
) -> None:
    vault, ref = filled
    preview = _build(qtbot, _dialog(qtbot, vault, ref, tmp_path))
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    assert preview.report is None
    assert script.asked == []
    assert list(tmp_path.glob("*.pdf")) == []
    assert _disclosures(vault, ref) == []


def test_missing_recipient_and_purpose_are_named_and_nothing_starts(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, ref = filled
    dialog = ExportDialog(vault, ref)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert not dialog.running
    text = dialog.ui.messageLabel.text()
    assert "Say who the report is for" in text
    assert "Say why the report is disclosed" in text


def test_a_period_ending_before_it_starts_is_refused(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    dialog.ui.periodCheckBox.setChecked(True)
    assert dialog.ui.fromDateEdit.isEnabled()
    assert dialog.ui.fromDateEdit.displayFormat() == "dd/MM/yyyy"
    dialog.ui.toDateEdit.setDate(dialog.ui.fromDateEdit.date().addDays(-1))
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert "The end of the period is before its start." in dialog.ui.messageLabel.text()


@pytest.mark.parametrize(
    ("password", "repeat", "message"),
    [
        ("short", "short", "too short"),
        (REPORT_PASSWORD, REPORT_PASSWORD + "x", "The two passwords are different."),
        (PASSPHRASE, PASSPHRASE, "That is the vault passphrase"),
    ],
)
def test_a_bad_report_password_is_refused(
    qtbot: Any,
    filled: tuple[Vault, str],
    tmp_path: Path,
    password: str,
    repeat: str,
    message: str,
) -> None:
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    dialog.ui.encryptCheckBox.setChecked(True)
    qtbot.keyClicks(dialog.ui.passwordLineEdit, password)
    qtbot.keyClicks(dialog.ui.repeatPasswordLineEdit, repeat)
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert message in dialog.ui.messageLabel.text()


def test_every_input_has_an_accessible_name(qtbot: Any, filled: tuple[Vault, str]) -> None:
    vault, ref = filled
    dialog = ExportDialog(vault, ref)
    qtbot.addWidget(dialog)
    inputs = dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox)
    inputs += dialog.findChildren(QDateEdit) + dialog.findChildren(QCheckBox)
    inputs += dialog.findChildren(QToolButton)
    assert len(inputs) >= 10
    for widget in inputs:
        if widget.parent() is not None and isinstance(widget.parent(), QDateEdit | QComboBox):
            continue  # Qt's own inner editors
        assert widget.accessibleName(), widget.objectName()


def test_the_password_fields_follow_the_encrypt_box(qtbot: Any, filled: tuple[Vault, str]) -> None:
    vault, ref = filled
    dialog = ExportDialog(vault, ref)
    qtbot.addWidget(dialog)
    assert not dialog.ui.passwordLineEdit.isEnabled()
    dialog.ui.encryptCheckBox.setChecked(True)
    assert dialog.ui.passwordLineEdit.isEnabled()
    qtbot.keyClicks(dialog.ui.passwordLineEdit, REPORT_PASSWORD)
    dialog.ui.encryptCheckBox.setChecked(False)
    assert dialog.ui.passwordLineEdit.text() == ""
    assert dialog.report_password() is None


def test_locking_during_a_build_forgets_it(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    opened: list[Any] = []
    dialog.previewOpened.connect(opened.append)
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    task = dialog.task
    assert task is not None
    dialog.close_without_asking()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: task.done, timeout=BUILD_TIMEOUT_MS)
    assert opened == []


def test_training_vaults_mark_the_dialog_and_the_report(
    qtbot: Any, tmp_path: Path, clock: Any, script: Any
) -> None:
    vault = Vault.create(
        tmp_path / "training.msvlo",
        PASSPHRASE,
        Officer("A. Smith", "PC 1234"),
        training=True,
        clock=clock,
    )
    try:
        [ref] = fill_training_vault(vault, cases=1, now=NOW)
        dialog = _dialog(qtbot, vault, ref, tmp_path)
        assert dialog.windowTitle().startswith(TITLE_PREFIX)
        assert dialog.findChild(QLabel, BANNER_OBJECT_NAME) is not None
        preview = _build(qtbot, dialog)
        assert preview.windowTitle().startswith(TITLE_PREFIX)
        assert dialog.report is not None and dialog.report.training
        preview.reject()
    finally:
        vault.close()


def test_the_main_window_offers_export_report_on_ctrl_e(
    qtbot: Any, vault: Vault, clock: Any, tmp_path: Path, script: Any
) -> None:
    from PySide6.QtWidgets import QApplication
    from test_shell_support import CANARY_REF, add_case, make_settings

    from msvlo_desktop.gui.main_window import MainWindow

    add_case(vault)
    window = MainWindow(
        vault,
        make_settings(tmp_path),
        clock=clock,
        idle_check_ms=10,
        unlock_delay=lambda n: 0.0,
        watch_session=False,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._due_task is None)
    action = window.export_report_action
    assert action.shortcut().toString() == "Ctrl+E"
    assert action in window.ui.caseMenu.actions()
    assert action in window.ui.mainToolBar.actions()
    assert window.select_case(CANARY_REF)
    assert action.isEnabled()
    action.trigger()
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
    ]
    assert dialog.ref == CANARY_REF
    dialog.reject()
    window.lock()
    assert not action.isEnabled()


def test_archivable_and_a_password_exclude_each_other(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path, script: Any
) -> None:
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    pdfa, encrypt = dialog.ui.pdfaCheckBox, dialog.ui.encryptCheckBox
    assert pdfa.isEnabled() and encrypt.isEnabled() and not pdfa.isChecked()
    assert pdfa.accessibleName() == "Archivable PDF (PDF/A)"
    pdfa.setChecked(True)
    assert not encrypt.isEnabled()
    assert "cannot be PDF/A" in encrypt.toolTip()
    pdfa.setChecked(False)
    encrypt.setChecked(True)
    assert not pdfa.isEnabled()
    assert "Untick the password first" in pdfa.toolTip()
    encrypt.setChecked(False)
    assert pdfa.isEnabled() and encrypt.isEnabled()


def test_save_as_an_archivable_pdf(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path, script: Any
) -> None:
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    dialog.ui.pdfaCheckBox.setChecked(True)
    preview = _build(qtbot, dialog)
    assert preview.pdfa
    assert "archivable PDF (PDF/A-2b style)" in preview.summary_label.text()
    script.push(str(tmp_path / "archive.pdf"))
    with qtbot.waitSignal(preview.saved, timeout=BUILD_TIMEOUT_MS) as saved:
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    with pikepdf.open(Path(saved.args[0])) as pdf:
        assert not pdf.is_encrypted
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        [intent] = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
    [record] = _disclosures(vault, ref)
    assert record.details["encrypted"] is False


def test_an_archivable_report_with_characters_no_embedded_font_has_is_explained(
    qtbot: Any,
    filled: tuple[Vault, str],
    tmp_path: Path,
    script: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dataclasses import replace

    from msvlo_desktop.gui import export_dialog

    real = export_dialog.gather_report_data

    def traditional_name(reader: Any, ref: str, *, at: Any) -> Any:
        data = real(reader, ref, at=at)
        victim = replace(data.case.victim, name="陳臺灣")
        return replace(data, case=replace(data.case, victim=victim))

    monkeypatch.setattr(export_dialog, "gather_report_data", traditional_name)
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    dialog.ui.pdfaCheckBox.setChecked(True)
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=BUILD_TIMEOUT_MS)
    message = dialog.ui.messageLabel.text()
    assert "cannot be archivable (PDF/A)" in message and "臺 (U+81FA)" in message
    assert script.asked == []  # a message in the dialog, not the unexpected-error window
    assert dialog.ui.pdfaCheckBox.isEnabled() and dialog.ui.createButton.isEnabled()
    # Without the archivable choice the same report is made.
    dialog.ui.pdfaCheckBox.setChecked(False)
    preview = _build(qtbot, dialog)
    assert preview.report is not None


def test_listed_problems_follow_each_change(
    qtbot: Any, filled: tuple[Vault, str], tmp_path: Path
) -> None:
    """A problem fixed after Create was pressed leaves the list at once: the list never says
    "The two passwords are different." once they match."""
    vault, ref = filled
    dialog = _dialog(qtbot, vault, ref, tmp_path)
    dialog.show()
    dialog.ui.encryptCheckBox.setChecked(True)
    qtbot.keyClicks(dialog.ui.passwordLineEdit, "vivid harbour lantern 42")
    qtbot.keyClicks(dialog.ui.repeatPasswordLineEdit, "vivid harbour lantern 4")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert "The two passwords are different." in dialog.ui.messageLabel.text()
    qtbot.keyClicks(dialog.ui.repeatPasswordLineEdit, "2")
    assert "The two passwords are different." not in dialog.ui.messageLabel.text()
    assert not dialog.running
