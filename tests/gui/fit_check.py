"""Run in a subprocess by test_keyboard_screen.py, on an offscreen 1366×768 screen at the
scaling QT_SCALE_FACTOR gives: shows every dialog and prints those that do not fit."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent.parent)]


def main() -> int:
    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    os.environ["MSVLO_ANCHOR_DIR"] = str(folder / "anchors")
    from shared_fixtures import PASSPHRASE, FakeClock
    from test_shell_support import CANARY_REF, add_case, make_settings

    from msvlo_desktop.gui.case_dialog import EDIT, NEW, CaseDialog
    from msvlo_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
    from msvlo_desktop.gui.create_vault_dialog import CreateVaultDialog
    from msvlo_desktop.gui.drafts_dialog import DraftsDialog
    from msvlo_desktop.gui.entry_forms import ENTRY_DIALOGS
    from msvlo_desktop.gui.search_dialog import SearchDialog
    from msvlo_desktop.gui.settings_dialog import SettingsDialog
    from msvlo_desktop.gui.start_window import StartWindow
    from msvlo_desktop.gui.task_dialog import BackupDialog, VerifyDialog
    from msvlo_desktop.storage.vault import Draft, Officer, Vault

    clock = FakeClock()
    vault = Vault.create(
        folder / "v.msvlo", PASSPHRASE, Officer("A. Smith", "PC 1234", "Example"), clock=clock
    )
    add_case(vault)
    first = vault.entries(CANARY_REF)[0].id
    draft = Draft(1, "entry", CANARY_REF, clock(), {"entry_type": "note"})
    builders = {
        "start window": lambda: StartWindow(make_settings(folder), training_path=folder / "t"),
        "create vault": lambda: CreateVaultDialog(clock=clock, default_folder=folder),
        "settings": lambda: SettingsDialog(make_settings(folder), vault),
        "verify": lambda: VerifyDialog(vault),
        "backup": lambda: BackupDialog(vault, folder / "b.msvlo"),
        "change passphrase": lambda: ChangePassphraseDialog(vault),
        "drafts": lambda: DraftsDialog([draft], None),
        "new case": lambda: CaseDialog(vault, mode=NEW, clock=clock),
        "edit case": lambda: CaseDialog(vault, mode=EDIT, case_ref=CANARY_REF, clock=clock),
        "search": lambda: SearchDialog(None, vault),
    }
    for entry_type, cls in ENTRY_DIALOGS.items():
        prefill = {"corrects": first} if entry_type == "correction" else None
        builders[f"form {entry_type}"] = lambda c=cls, p=prefill: c(  # type: ignore[misc]
            None, vault, CANARY_REF, prefill=p
        )
    room = app.primaryScreen().availableGeometry()
    bad = []
    for name, build in builders.items():
        window: QWidget = build()
        window.show()
        app.processEvents()
        g = window.geometry()
        # Room for a title bar (about 30 points) above the window, and the whole of it on
        # the screen.
        fits = room.contains(g) and g.height() + 30 <= room.height() and g.width() <= room.width()
        if not fits or window.minimumSizeHint().height() + 30 > room.height():
            size = f"{window.width()}×{window.height()}"
            bad.append(f"{name}: {size} on {room.width()}×{room.height()}")
        closer = getattr(window, "close_without_asking", None)
        if closer is not None:
            closer()
        else:
            window.close()
    vault.close()
    print("\n".join(bad) if bad else "all fit")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
