"""Every control of every entry form, the log view and the search dialog has an accessible
name, every label with a mnemonic has a buddy, and training vaults say so on every dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from msvlo_desktop.core.entries import ENTRY_TYPES
from msvlo_desktop.gui.entry_forms import open_entry_form
from msvlo_desktop.gui.log_view import LogView
from msvlo_desktop.gui.search_dialog import SearchDialog
from msvlo_desktop.storage.vault import Officer, Vault

REF = "KESTREL-0042"
CASE = {
    "reference": REF,
    "opened_on": "2026-11-02",
    "victim": {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 24},
}
INPUTS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def inputs_of(root: QWidget) -> list[QWidget]:
    """The controls a person operates, not the parts Qt builds them from."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or not w.isVisibleTo(root):
            continue
        if any(isinstance(a, INPUTS) for a in ancestors(w, root)):
            continue  # a part of a control (a spin box's line edit, a table's corner button)
        out.append(w)
    return out


def ancestors(w: QWidget, root: QWidget) -> list[QWidget]:
    out = []
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        out.append(parent)
        parent = parent.parentWidget()
    return out


def assert_accessible(root: QWidget) -> None:
    controls = inputs_of(root)
    assert len(controls) >= 3
    nameless = [w.objectName() for w in controls if not w.accessibleName().strip()]
    assert nameless == []
    for label in root.findChildren(QLabel):
        if "&" in label.text() and label.isVisibleTo(root):
            assert label.buddy() is not None, label.objectName()


@pytest.fixture
def case(vault):
    vault.add_case(CASE)
    vault.add_entry(
        REF, {"type": "note", "occurred_at": "2026-11-17T09:00:00+00:00", "summary": "First"}
    )
    return REF


@pytest.mark.parametrize("entry_type", ENTRY_TYPES)
def test_every_entry_form_control_has_an_accessible_name(qtbot, vault, case, entry_type) -> None:
    dialog = open_entry_form(None, vault, REF, entry_type)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.close_without_asking())
    assert_accessible(dialog)
    assert not dialog.ui.trainingBannerLabel.isVisibleTo(dialog)
    assert not dialog.windowTitle().startswith("TRAINING")


def test_search_dialog_and_log_view_controls_have_accessible_names(qtbot, vault, case) -> None:
    search = SearchDialog(None, vault)
    qtbot.addWidget(search)
    search.show()
    assert_accessible(search)
    view = LogView()
    qtbot.addWidget(view)
    view.set_vault(vault)
    view.show_case(REF)
    view.show()
    assert_accessible(view)


def test_training_vault_dialogs_say_training(qtbot, tmp_path, clock) -> None:
    vault = Vault.create(
        tmp_path / "training.msvlo",
        "a training passphrase",
        Officer("Trainee"),
        training=True,
        clock=clock,
    )
    try:
        vault.add_case(CASE)
        vault.add_entry(
            REF, {"type": "note", "occurred_at": "2026-11-17T09:00:00+00:00", "summary": "x"}
        )
        dialogs = [open_entry_form(None, vault, REF, t) for t in ENTRY_TYPES]
        dialogs.append(SearchDialog(None, vault))
        dialogs[-1].show()
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            assert dialog.windowTitle().startswith("TRAINING — "), dialog.windowTitle()
            banner = dialog.ui.trainingBannerLabel
            assert banner.isVisible()
            assert banner.text() == "TRAINING: fictional data"
        # The correction form's embedded form shows no second banner.
        correction = dialogs[ENTRY_TYPES.index("correction")]
        assert not correction.form.ui.trainingBannerLabel.isVisibleTo(correction)
        for dialog in dialogs[:-1]:
            dialog.close_without_asking()
    finally:
        vault.close()
