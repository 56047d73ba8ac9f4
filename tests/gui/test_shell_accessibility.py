"""Every input control of every window the shell owns has an accessible name, so a screen
reader says what each field is for."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_shell_support import CANARY_REF, add_case, input_widgets, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_dialog import EDIT, NEW, CaseDialog
from msvlo_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from msvlo_desktop.gui.create_vault_dialog import CreateVaultDialog
from msvlo_desktop.gui.drafts_dialog import DraftsDialog
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.settings_dialog import SettingsDialog
from msvlo_desktop.gui.start_window import StartWindow
from msvlo_desktop.gui.task_dialog import BackupDialog, VerifyDialog
from msvlo_desktop.gui.unlock_dialog import UnlockDialog


@pytest.fixture(autouse=True)  # first in, last out: dialogs closing at teardown may ask
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def _main_window(vault: Any, tmp_path: Path, clock: Any) -> Any:
    window = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    window.select_case(CANARY_REF)
    # The case tabs belong to their own views (tested by their authors); the shell's own
    # controls are everything else.
    window.shell_only = [  # type: ignore[attr-defined]
        w for w in input_widgets(window) if not window.ui.caseTabWidget.isAncestorOf(w)
    ]
    return window


BUILDERS: dict[str, Callable[[Any, Path, Any], Any]] = {
    "start window": lambda v, p, c: StartWindow(make_settings(p), training_path=p / "t.msvlo"),
    "create vault": lambda v, p, c: CreateVaultDialog(clock=c, default_folder=p),
    "unlock": lambda v, p, c: UnlockDialog(v.path, clock=c, training_passphrase="x y z"),
    "settings": lambda v, p, c: SettingsDialog(make_settings(p), v),
    "verify": lambda v, p, c: VerifyDialog(v),
    "backup": lambda v, p, c: BackupDialog(v, p / "b.msvlo"),
    "change passphrase": lambda v, p, c: ChangePassphraseDialog(v),
    "drafts": lambda v, p, c: DraftsDialog([_draft()], None),
    "new case": lambda v, p, c: CaseDialog(v, mode=NEW, clock=c),
    "edit case": lambda v, p, c: CaseDialog(v, mode=EDIT, case_ref=CANARY_REF, clock=c),
    "main window": _main_window,
}


def _draft() -> Any:
    from datetime import UTC, datetime

    from msvlo_desktop.storage.vault import Draft

    return Draft(1, "entry", CANARY_REF, datetime(2026, 11, 20, tzinfo=UTC), {"entry_type": "note"})


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_every_input_has_an_accessible_name(
    qtbot: Any, vault: Any, tmp_path: Path, clock: Any, name: str
) -> None:
    add_case(vault)
    window = BUILDERS[name](vault, tmp_path, clock)
    qtbot.addWidget(window)
    window.show()
    controls = getattr(window, "shell_only", None) or input_widgets(window)
    assert len(controls) >= 2, "the walk found the window's controls"
    unnamed = sorted(
        f"{type(w).__name__} {w.objectName()}" for w in controls if not w.accessibleName().strip()
    )
    assert unnamed == []
