"""Passphrase fields, access keys, Esc and Ctrl+L on the forms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from test_shell_support import CANARY_REF, add_case, make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_dialog import EDIT, NEW, CaseDialog
from msvlo_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from msvlo_desktop.gui.create_vault_dialog import CreateVaultDialog
from msvlo_desktop.gui.entry_forms import open_entry_form
from msvlo_desktop.gui.settings_dialog import SettingsDialog
from msvlo_desktop.gui.start_window import StartWindow


@pytest.fixture(autouse=True)  # first in, last out: dialogs closing at teardown may ask
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def _quiet(dialog: Any) -> None:
    dialog.close_without_asking()


# ---------------------------------------------------------------- passphrase fields
@pytest.mark.parametrize("which", ["create vault", "change passphrase"])
def test_tab_from_a_passphrase_goes_to_the_repeat_and_space_never_reveals(
    qtbot: Any, vault: Any, tmp_path: Path, clock: Any, which: str
) -> None:
    if which == "create vault":
        dialog: Any = CreateVaultDialog(clock=clock, default_folder=tmp_path)
    else:
        dialog = ChangePassphraseDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    ui = dialog.ui
    first = getattr(ui, "passphraseLineEdit", None) or ui.newPassphraseLineEdit
    repeat = getattr(ui, "repeatPassphraseLineEdit", None)
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    qtbot.keyClicks(first, "lantern")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is repeat
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert first.echoMode() == QLineEdit.EchoMode.Password
    assert repeat.echoMode() == QLineEdit.EchoMode.Password
    # Ctrl+H, named in the button's tooltip, is the keyboard's way to show it.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert first.echoMode() == QLineEdit.EchoMode.Normal


def _access_keys(window: QWidget) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QAbstractButton | QLabel):
            texts = [(w.objectName(), w.text())]
        elif isinstance(w, QTabBar):
            texts = [(f"tab {w.tabText(i)}", w.tabText(i)) for i in range(w.count())]
        else:
            continue
        for name, text in texts:
            m = re.search(r"&([^&\s])", text.replace("&&", ""))
            if m:
                keys.setdefault(m.group(1).lower(), []).append(name)
    return keys


@pytest.mark.parametrize(
    "which", ["create vault", "change passphrase", "settings", "start", "new case", "edit case"]
)
def test_no_access_key_is_bound_twice(
    qtbot: Any, vault: Any, tmp_path: Path, clock: Any, which: str
) -> None:
    add_case(vault)
    builders = {
        "create vault": lambda: CreateVaultDialog(clock=clock, default_folder=tmp_path),
        "change passphrase": lambda: ChangePassphraseDialog(vault),
        "settings": lambda: SettingsDialog(make_settings(tmp_path), vault),
        "start": lambda: StartWindow(make_settings(tmp_path), training_path=tmp_path / "t"),
        "new case": lambda: CaseDialog(vault, mode=NEW, clock=clock),
        "edit case": lambda: CaseDialog(vault, mode=EDIT, case_ref=CANARY_REF, clock=clock),
    }
    window = builders[which]()
    qtbot.addWidget(window)
    window.show()
    tabs = getattr(window.ui, "caseTabWidget", None)
    for page in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(page)
        twice = {k: names for k, names in _access_keys(window).items() if len(names) > 1}
        assert twice == {}


# ---------------------------------------------------------------- Esc on a form
def test_esc_asks_when_only_the_date_was_changed(
    qtbot: Any, vault: Any, script: messages.ScriptedAnswers
) -> None:
    add_case(vault)
    form = open_entry_form(None, vault, CANARY_REF, "note")
    qtbot.addWidget(form, before_close_func=_quiet)
    edit = form.ui.occurredAtDateTimeEdit
    edit.setDateTime(edit.dateTime().addDays(-1))
    script.push(False)  # "Discard this entry?" No
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert [a.kind for a in script.asked] == ["confirm"]
    assert form.isVisible()


def test_esc_asks_when_only_a_list_was_ticked(
    qtbot: Any, vault: Any, script: messages.ScriptedAnswers
) -> None:
    add_case(vault)
    form = open_entry_form(None, vault, CANARY_REF, "interaction")
    qtbot.addWidget(form, before_close_func=_quiet)
    actions = form.ui.actionsListWidget
    actions.item(0).setCheckState(Qt.CheckState.Checked)
    script.push(False)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert [a.kind for a in script.asked] == ["confirm"]
    assert form.isVisible()


def test_esc_asks_when_only_sensitive_was_ticked(
    qtbot: Any, vault: Any, script: messages.ScriptedAnswers
) -> None:
    add_case(vault)
    form = open_entry_form(None, vault, CANARY_REF, "note")
    qtbot.addWidget(form, before_close_func=_quiet)
    form.ui.sensitiveCheckBox.setChecked(True)
    script.push(False)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert [a.kind for a in script.asked] == ["confirm"]


def test_esc_closes_an_untouched_form_without_asking(
    qtbot: Any, vault: Any, script: messages.ScriptedAnswers
) -> None:
    add_case(vault)
    form = open_entry_form(None, vault, CANARY_REF, "interaction")
    qtbot.addWidget(form, before_close_func=_quiet)
    with qtbot.waitSignal(form.rejected):
        qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert script.asked == []


def test_esc_on_the_case_dialog_asks_after_a_date_change_only(
    qtbot: Any, vault: Any, clock: Any, script: messages.ScriptedAnswers
) -> None:
    add_case(vault)
    dialog = CaseDialog(vault, mode=EDIT, case_ref=CANARY_REF, clock=clock)
    qtbot.addWidget(dialog, before_close_func=_quiet)
    dialog.show()
    edit = dialog.ui.openedOnDateEdit
    edit.setDate(edit.date().addDays(-3))
    script.push(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert [a.kind for a in script.asked] == ["confirm"]
    assert dialog.isVisible()


# ---------------------------------------------------------------- Ctrl+L on a form
def test_ctrl_l_in_a_form_reaches_the_windows_lock(qtbot: Any, vault: Any) -> None:
    """The form lets Ctrl+L through to the window's lock (an application-wide shortcut):
    the window keeps the form's draft and closes it without asking."""
    add_case(vault)
    window = QWidget()
    qtbot.addWidget(window)
    lock = QAction("Lock", window)
    lock.setShortcut(QKeySequence("Ctrl+L"))
    lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.addAction(lock)
    window.show()
    form = open_entry_form(window, vault, CANARY_REF, "note")
    kept: list[dict[str, Any]] = []

    def locked() -> None:
        kept.append(form.draft_data())
        form.close_without_asking()

    lock.triggered.connect(locked)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    field = form.ui.summaryPlainTextEdit
    field.setFocus()
    qtbot.keyClicks(field, "Called the victim")
    with qtbot.waitSignal(lock.triggered, timeout=2000):
        qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert kept and kept[0]["summary"] == "Called the victim"
    qtbot.waitUntil(lambda: not form.isVisible())


def test_forms_keep_ctrl_l_free(qtbot: Any, vault: Any) -> None:
    """No shortcut inside a form claims Ctrl+L for itself."""
    add_case(vault)
    for entry_type in ("note", "interaction", "provision"):
        form = open_entry_form(None, vault, CANARY_REF, entry_type)
        qtbot.addWidget(form, before_close_func=_quiet)
        lock = QKeySequence("Ctrl+L")
        owned = [a.text() for a in form.findChildren(QAction) if lock in a.shortcuts()]
        assert owned == []
