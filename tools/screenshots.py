"""The screenshots of the user guide, rendered offscreen from a fresh training vault.

``python -m tools.screenshots docs/screenshots`` (``make screenshots``, run from the
repository root) builds a training vault in a temporary folder at a fixed moment (Friday 20
November 2026, 10:00 UTC), drives the real windows and saves each as a PNG: the start
screen, creating a vault, unlocking, the main window with a case's log, the locked window,
the case record, settings, verification, unsaved forms after a lock, every entry form,
search results, and the officer's-day views. Nothing is read from or written to the
officer's own settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from msvlo_desktop.core.entry_fields import ENTRY_TYPES  # one form per entry type

AT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
MAIN_SIZE = (1366, 768)  # the smallest common laptop screen the window must fit
CASE = "KESTREL-0001"  # age disputed, interpreter, SPOC change: shows the most


def _clock() -> datetime:
    return AT


def settle(until: Callable[[], bool] | None = None, timeout: float = 30.0) -> None:
    """Let queued work (workers, layouts, paints) finish."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while True:
        QCoreApplication.processEvents()
        if until is None or until() or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    QCoreApplication.processEvents()


def save(widget: Any, out_dir: Path, name: str, size: tuple[int, int] | None = None) -> Path:
    """Show ``widget`` (at ``size``, or its natural height at that width) and save it."""
    widget.show()
    settle()
    if size is not None:
        width, height = size
        if not height:  # as tall as the content needs at that width
            layout = widget.layout()
            fits = layout.heightForWidth(width) if layout is not None else -1
            height = fits if fits > 0 else widget.sizeHint().height()
        widget.resize(width, height)
    settle()
    path = out_dir / name
    widget.grab().save(str(path))
    print(f"  {path}")
    return path


def render(out_dir: Path, work: Path) -> list[Path]:
    from msvlo_desktop.gui import messages
    from msvlo_desktop.gui.case_dialog import EDIT, CaseDialog
    from msvlo_desktop.gui.create_vault_dialog import CreateVaultDialog
    from msvlo_desktop.gui.drafts_dialog import DraftsDialog
    from msvlo_desktop.gui.entry_forms import open_entry_form
    from msvlo_desktop.gui.main_window import MainWindow
    from msvlo_desktop.gui.search_dialog import SearchDialog
    from msvlo_desktop.gui.settings import Settings
    from msvlo_desktop.gui.settings_dialog import SettingsDialog
    from msvlo_desktop.gui.start_window import TRAINING_PASSPHRASE, StartWindow
    from msvlo_desktop.gui.task_dialog import VerifyDialog
    from msvlo_desktop.gui.training_mark import TrainingMarker
    from msvlo_desktop.gui.unlock_dialog import LOCKED_IDLE, UnlockDialog
    from msvlo_desktop.services.training import create_training_vault
    from msvlo_desktop.storage.vault import Officer, Vault

    messages.install_script(messages.ScriptedAnswers())
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    documents = work / "Documents"
    documents.mkdir()
    settings = Settings.in_file(work / "settings.ini")
    own = documents / "pc4521-cases.msvlo"
    Vault.create(
        own,
        "lantern orchard velvet tides",
        Officer("J. Okafor", "DC 4521", "Example Constabulary"),
        clock=_clock,
    ).close()
    settings.remember_vault(own)

    # The start screen and creating a vault.
    start = StartWindow(settings, clock=_clock, training_path=work / "training.msvlo")
    written.append(save(start, out_dir, "start_screen.png", (900, 560)))
    create = CreateVaultDialog(clock=_clock, default_folder=documents)
    ui = create.ui
    ui.officerNameLineEdit.setText("J. Okafor")
    ui.collarNumberLineEdit.setText("DC 4521")
    ui.forceLineEdit.setText("Example Constabulary")
    ui.passphraseLineEdit.setText("kettle harbour violet 42")
    ui.repeatPassphraseLineEdit.setText("kettle harbour")
    written.append(save(create, out_dir, "create_vault.png", (600, 0)))
    create.close()

    # Unlocking after a wrong passphrase.
    unlock = UnlockDialog(own, clock=_clock, reason=LOCKED_IDLE)
    unlock.ui.passphraseLineEdit.setText("lantern orchard")
    unlock.try_unlock()
    settle(lambda: not unlock.busy)
    unlock.ui.passphraseLineEdit.clear()
    written.append(save(unlock, out_dir, "unlock.png", (540, 0)))
    unlock.close()
    start.close()

    # The main window on the training vault, a case's log open.
    vault = create_training_vault(
        work / "training.msvlo", TRAINING_PASSPHRASE, now=AT, clock=_clock
    )
    marker = TrainingMarker()
    marker.enable()
    window = MainWindow(vault, settings, clock=_clock, watch_session=False)
    window.resize(*MAIN_SIZE)
    window.show()
    settle(lambda: window.due_task is None)
    window.select_case(CASE)
    settle(lambda: not window.area.busy)
    entries = vault.entries(CASE)
    interpreted = next(e for e in entries if e.type == "interaction" and e.get("interpreter"))
    window.log_view.select_entry(interpreted.id)
    written.append(save(window, out_dir, "main_window.png"))

    # The case record.
    record = CaseDialog(vault, window, mode=EDIT, case_ref=CASE, clock=_clock)
    record.ui.caseTabWidget.setCurrentWidget(record.ui.victimTab)
    written.append(save(record, out_dir, "case_record.png", (760, 680)))
    record.ui.caseTabWidget.setCurrentWidget(record.ui.rightsTab)
    written.append(save(record, out_dir, "case_rights.png", (760, 680)))
    record.close_without_asking()

    # Every entry form, on the case shown.
    for entry_type in ENTRY_TYPES:
        form: Any = open_entry_form(window, vault, CASE, entry_type)
        written.append(save(form, out_dir, f"entry_{entry_type}.png", (720, 760)))
        form.close_without_asking()

    # Search results.
    search = SearchDialog(window, vault)
    search.ui.searchLineEdit.setText("bail")
    search.search()
    settle(lambda: not search.searching)
    written.append(save(search, out_dir, "search.png", (980, 620)))
    search.close()

    # Settings and verification.
    settings_dialog = SettingsDialog(settings, vault, window)
    written.append(save(settings_dialog, out_dir, "settings.png", (600, 0)))
    settings_dialog.close()
    verify = VerifyDialog(vault, window)
    verify.show()
    verify.start_verify()
    settle(lambda: not verify.running, timeout=120)
    written.append(save(verify, out_dir, "verify.png", (560, 0)))
    verify.close()

    # Closing and reopening a case (filled in, never submitted).
    from tools.close_case_screenshots import render_closing_dialogs

    written += render_closing_dialogs(window, CASE, out_dir, save, settle)

    # The officer's-day views (Today and the case tabs), by their own renderer.
    from tools.day_screenshots import render_day_views

    written += render_day_views(window, out_dir)

    # Locked, and the unsaved form offered back after unlocking.
    window.select_case(CASE)
    settle(lambda: not window.area.busy)
    note: Any = open_entry_form(window, vault, CASE, "note")
    note.ui.summaryPlainTextEdit.setPlainText("Spoke to the support worker about")
    settle()
    window.lock(LOCKED_IDLE)
    if window.unlock_dialog is not None:
        window.unlock_dialog.hide()
    written.append(save(window, out_dir, "locked.png"))
    again = Vault.open(work / "training.msvlo", TRAINING_PASSPHRASE, clock=_clock)
    drafts = DraftsDialog(again.drafts(), window)
    written.append(save(drafts, out_dir, "drafts.png", (600, 0)))
    drafts.close()
    again.close()
    window.close_vault()
    marker.disable()
    messages.install_script(None)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0] if args else "docs/screenshots")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from msvlo_desktop.gui.app import configure

    app = QApplication.instance() or QApplication(["msvlo-desktop"])
    assert isinstance(app, QApplication)
    configure(app)
    with tempfile.TemporaryDirectory(prefix="msvlo-screens-") as tmp:
        written = render(out_dir, Path(tmp))
    print(f"{len(written)} screenshots in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
