"""The Settings dialog: idle-lock time, the default author of new entries, export folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from msvlo_desktop.gui.screen_fit import keep_on_screen
from msvlo_desktop.gui.settings import (
    DEFAULT_AUTHOR,
    EXPORT_FOLDER,
    IDLE_LOCK_MINUTES,
    IDLE_LOCK_RANGE,
    Settings,
)
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

# Linux desktops have no standard key for preferences (QKeySequence.Preferences is empty
# there): Ctrl+, is what GNOME and KDE applications use.
SETTINGS_KEY = "Ctrl+,"


def settings_shortcuts() -> list[QKeySequence]:
    """The keys that open Settings: the platform's own (Cmd+, on macOS) and Ctrl+, always."""
    keys = [
        k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) if not k.isEmpty()
    ]
    ours = QKeySequence(SETTINGS_KEY)
    if ours not in keys:
        keys.append(ours)
    return keys


class SettingsDialog(QDialog):
    """Emits ``saved()`` after the settings were written."""

    saved = Signal()

    def __init__(self, settings: Settings, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        keep_on_screen(self)
        self.settings = settings
        self.vault = vault
        self.ui.idleLockSpinBox.setRange(*IDLE_LOCK_RANGE)
        self.ui.idleLockSpinBox.setValue(settings.get(IDLE_LOCK_MINUTES))
        officer = vault.officer.display
        author = settings.get(DEFAULT_AUTHOR, vault) or officer
        self.ui.defaultAuthorLineEdit.setText(author)
        self.ui.defaultAuthorLineEdit.setPlaceholderText(officer)
        self.ui.defaultAuthorHintLabel.setText(
            self.tr(
                "Written as the author of entries you record in this vault; you can still "
                "change it on each entry. The vault's owner is {officer}."
            ).format(officer=officer)
        )
        self.ui.exportFolderLineEdit.setText(settings.get(EXPORT_FOLDER))
        self.ui.exportFolderProblemLabel.hide()
        self.ui.exportFolderLineEdit.textChanged.connect(self._update_state)
        self.ui.chooseExportFolderButton.clicked.connect(self._choose_folder)
        self.ui.saveButton.clicked.connect(self._save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._update_state()

    def _folder_problem(self) -> str:
        text = self.ui.exportFolderLineEdit.text().strip()
        if text and not Path(text).expanduser().is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=text)
        return ""

    def _update_state(self) -> None:
        problem = self._folder_problem()
        self.ui.exportFolderProblemLabel.setText(problem)
        self.ui.exportFolderProblemLabel.setVisible(bool(problem))
        self.ui.saveButton.setEnabled(not problem)

    def _choose_folder(self) -> None:
        folder = messages.choose_folder(
            self, self.tr("Choose the export folder"), self.ui.exportFolderLineEdit.text()
        )
        if folder is not None:
            self.ui.exportFolderLineEdit.setText(str(folder))

    def _save(self) -> None:
        if self._folder_problem():
            return
        self.settings.set(IDLE_LOCK_MINUTES, self.ui.idleLockSpinBox.value())
        folder = self.ui.exportFolderLineEdit.text().strip()
        self.settings.set(EXPORT_FOLDER, str(Path(folder).expanduser()) if folder else "")
        author = self.ui.defaultAuthorLineEdit.text().strip()
        # The officer's own name is the default: storing it would freeze today's spelling.
        value = "" if author == self.vault.officer.display else author
        try:
            self.settings.set(DEFAULT_AUTHOR, value, self.vault)
        except VaultError as exc:
            diagnostics.show_known_problem(self, exc, self.tr("Settings not saved"))
            return
        diagnostics.event("settings saved")
        self.saved.emit()
        self.accept()
