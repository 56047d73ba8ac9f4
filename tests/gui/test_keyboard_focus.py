"""Every control of every view and dialog is reached by Tab and Shift+Tab, and no table or
list keeps Tab for its cells."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from keyboard_support import assert_every_control_reached
from test_day_support import ADULT, AT, CHILD, copy_vault, open_vault
from test_shell_support import make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_dialog import EDIT, NEW, CaseDialog
from msvlo_desktop.gui.case_overview import CaseOverview
from msvlo_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from msvlo_desktop.gui.contacts_tab import ContactsTab
from msvlo_desktop.gui.create_vault_dialog import CreateVaultDialog
from msvlo_desktop.gui.drafts_dialog import DraftsDialog
from msvlo_desktop.gui.entry_forms import ENTRY_DIALOGS, open_entry_form
from msvlo_desktop.gui.exit_strategy_tab import ExitStrategyTab
from msvlo_desktop.gui.log_view import LogView
from msvlo_desktop.gui.nrm_tab import NrmTab
from msvlo_desktop.gui.provisions_tab import ProvisionsTab
from msvlo_desktop.gui.search_dialog import SearchDialog
from msvlo_desktop.gui.settings_dialog import SettingsDialog
from msvlo_desktop.gui.start_window import StartWindow
from msvlo_desktop.gui.task_dialog import BackupDialog, VerifyDialog
from msvlo_desktop.gui.today_view import TodayView
from msvlo_desktop.gui.victims_code_tab import VictimsCodeTab
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Vault


@pytest.fixture(autouse=True)
def anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def vault(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Vault]:
    v = open_vault(copy_vault(tmp_path_factory, tmp_path))
    try:
        yield v
    finally:
        v.close()


def _draft() -> Any:
    from msvlo_desktop.storage.vault import Draft

    return Draft(1, "entry", ADULT, AT, {"entry_type": "note"})


DIALOGS: dict[str, Callable[[Vault, Path], Any]] = {
    "start window": lambda v, p: StartWindow(make_settings(p), training_path=p / "t.msvlo"),
    "create vault": lambda v, p: CreateVaultDialog(clock=lambda: AT, default_folder=p),
    "settings": lambda v, p: SettingsDialog(make_settings(p), v),
    "verify": lambda v, p: VerifyDialog(v),
    "backup": lambda v, p: BackupDialog(v, p / "b.msvlo"),
    "change passphrase": lambda v, p: ChangePassphraseDialog(v),
    "drafts": lambda v, p: DraftsDialog([_draft(), _draft()], None),
    "new case": lambda v, p: CaseDialog(v, mode=NEW, clock=lambda: AT),
    "edit case": lambda v, p: CaseDialog(v, mode=EDIT, case_ref=CHILD, clock=lambda: AT),
    "search": lambda v, p: SearchDialog(None, v),
}


def _close(widget: Any) -> None:
    closer = getattr(widget, "close_without_asking", None)
    if closer is not None:
        closer()


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_focus_chain(qtbot: Any, vault: Vault, tmp_path: Path, name: str) -> None:
    dialog = DIALOGS[name](vault, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if name == "search":
        dialog.ui.searchLineEdit.setText("victim")
        with qtbot.waitSignal(dialog.searched, timeout=10_000):
            dialog.search()
        assert dialog.results.rowCount() > 0
    if name == "edit case":
        assert dialog.ui.contactsTableWidget.rowCount() > 0
        dialog.ui.caseTabWidget.setCurrentWidget(dialog.ui.contactsTab)
    assert_every_control_reached(qtbot, dialog)


@pytest.mark.parametrize("entry_type", sorted(ENTRY_DIALOGS))
def test_entry_form_focus_chain(qtbot: Any, vault: Vault, entry_type: str) -> None:
    prefill = None
    if entry_type == "correction":
        prefill = {"corrects": vault.entries(ADULT)[-1].id}
    dialog = open_entry_form(None, vault, ADULT, entry_type, prefill=prefill)
    qtbot.addWidget(dialog, before_close_func=_close)
    qtbot.waitExposed(dialog)
    assert_every_control_reached(qtbot, dialog)


TABS = (CaseOverview, VictimsCodeTab, NrmTab, ContactsTab, ProvisionsTab, ExitStrategyTab)


@pytest.mark.parametrize("cls", TABS, ids=lambda c: c.__name__)
def test_case_tab_focus_chain(qtbot: Any, vault: Vault, cls: type) -> None:
    tab = cls(clock=lambda: AT)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.set_case(vault, CHILD)
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    assert_every_control_reached(qtbot, tab)


def test_today_buttons_are_reached_by_tab(qtbot: Any, vault: Vault) -> None:
    view = TodayView(clock=lambda: AT)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.set_vault(vault)
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.refresh()
    buttons = [b for b in view.findChildren(type(view.refresh_button)) if b.isVisible()]
    assert len(buttons) > 2
    assert_every_control_reached(qtbot, view)


def test_log_view_focus_chain(qtbot: Any, vault: Vault) -> None:
    view = LogView()
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.set_vault(vault)
    view.show_case(CHILD)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    assert_every_control_reached(qtbot, view)
