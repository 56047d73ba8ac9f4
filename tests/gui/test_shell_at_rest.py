"""No plaintext at rest, through the window: with canaries in a victim's name, an interaction
and a provision, use search, a kept draft, the lock, a password-protected report, a backup and
the settings, then scan every file the application could have written (the vault and its WAL
and journal, the backup, the report, the settings, the log folder, the per-user folders and
the temporary folder): no canary and no passphrase appears in plain text."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from shared_fixtures import PASSPHRASE
from test_shell_support import CANARY_NAME, CANARY_REF, CANARY_SUMMARY, add_case, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.unlock_dialog import LOCKED_IDLE
from msvlo_desktop.services.reports import export_case_report

PROVISION_CANARY = "Provisioncanary wombat 4417"
DRAFT_CANARY = "Draftcanary platypus 9902"
REPORT_PASSWORD = "numbat lantern orchard 55"


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def _files_written_since(start: float, folders: list[Path]) -> list[Path]:
    out = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in names:
                p = Path(root) / name
                try:
                    if p.is_file() and p.stat().st_mtime >= start:
                        out.append(p)
                except OSError:
                    continue
    return out


def test_no_case_text_or_passphrase_in_any_file(
    qtbot: Any, vault: Any, clock: Any, tmp_path: Path
) -> None:
    start = time.time() - 1
    add_case(vault)
    vault.add_entry(
        CANARY_REF,
        {
            "type": "provision",
            "occurred_at": "2026-11-10T10:00:00+00:00",
            "category": "food",
            "description": PROVISION_CANARY,
            "quantity": 1,
            "value_gbp": "4.50",
            "need": "Had not eaten",
            "justification": "Basic need",
            "authorised_by": "Sgt 1 B. Jones",
        },
    )
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    w.show()
    assert w.select_case(CANARY_REF)
    assert vault.search(CANARY_SUMMARY.split()[0])  # search, audited in the vault
    form = w.open_entry_form("note")
    assert form is not None
    form.ui.summaryPlainTextEdit.setPlainText(DRAFT_CANARY)
    w.lock(LOCKED_IDLE)  # the draft is kept, encrypted, in the vault
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    w.settings.remember_vault(vault.path)  # settings the window keeps, written to disk
    w.settings.save_window_state("main/geometry", w.saveGeometry())
    w.settings.store.sync()
    assert not vault.is_open
    from msvlo_desktop.storage.vault import Vault

    reopened = Vault.open(vault.path, PASSPHRASE, clock=clock)
    try:
        assert [d.data for d in reopened.drafts()]  # the draft is there, inside the vault
        report = tmp_path / "report.pdf"
        export_case_report(
            reopened,
            CANARY_REF,
            report,
            profile="full",
            date_from=None,
            date_to=None,
            recipient="DI 1150 C. Murray",
            purpose="file review",
            password=REPORT_PASSWORD,
        )
        reopened.backup(tmp_path / "backup.msvlo")
    finally:
        reopened.close()

    folders = [tmp_path, Path(tempfile.gettempdir())]
    folders += [Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                              "XDG_STATE_HOME", "XDG_CACHE_HOME")
                if os.path.isdir(os.environ.get(v, ""))]  # fmt: skip
    written = _files_written_since(start, folders)
    names = {p.name for p in written}
    assert {"officer.msvlo", "report.pdf", "backup.msvlo", "settings.ini"} <= names
    secrets = [CANARY_NAME, CANARY_SUMMARY, PROVISION_CANARY, DRAFT_CANARY, PASSPHRASE,
               REPORT_PASSWORD]  # fmt: skip
    found = []
    for p in written:
        try:
            data = p.read_bytes()
        except OSError:
            continue
        for secret in secrets:
            for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
                if encoded in data:
                    found.append((str(p), secret))
    assert found == []
