"""The start screen: shown on first run and whenever no vault is open.

From here an officer creates a vault, opens one (from a file or the recent list) or opens
the training vault, whose fictional cases and fixed passphrase make it safe to practise on.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QListWidgetItem, QWidget

from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui import resources_rc as _resources  # noqa: F401 - :/icons
from msvlo_desktop.gui.compliance_dialog import install_merge_button
from msvlo_desktop.gui.create_vault_dialog import CreateVaultDialog
from msvlo_desktop.gui.diagnostics import APP_NAME, ORG_NAME
from msvlo_desktop.gui.forms.ui_start_window import Ui_StartWindow
from msvlo_desktop.gui.screen_fit import keep_on_screen
from msvlo_desktop.gui.settings import Settings
from msvlo_desktop.gui.unlock_dialog import UnlockDialog
from msvlo_desktop.gui.workers import Task, close_vault, run_task
from msvlo_desktop.storage.errors import VaultError, WrongPassphrase
from msvlo_desktop.storage.vault import Clock, Vault, utc_now

# The training vault holds only fictional cases, so its passphrase is fixed and shown on
# screen: trainees practise unlocking without anything real to protect.
TRAINING_PASSPHRASE = "fictional cases only"
TRAINING_FILE_NAME = "training.msvlo"


def default_training_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME)) / TRAINING_FILE_NAME


def remove_vault_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def open_training_vault(path: Path, clock: Clock, *, fresh: bool = False) -> Vault:
    """Open the training vault, creating it (fictional cases up to now) when missing."""
    from msvlo_desktop.services.training import create_training_vault

    if fresh:
        remove_vault_files(path)
    if path.exists():
        vault = Vault.open(path, TRAINING_PASSPHRASE, clock=clock)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        vault = create_training_vault(path, TRAINING_PASSPHRASE, now=clock(), clock=clock)
    try:
        vault.record_access("unlocked")
    except BaseException:
        vault.close()
        raise
    return vault


class StartWindow(QWidget):
    """Emits ``vaultOpened(vault)`` with an open, unlocked vault."""

    vaultOpened = Signal(object)

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock = utc_now,
        training_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StartWindow()
        self.ui.setupUi(self)
        keep_on_screen(self)
        self.settings = settings
        self._clock = clock
        self.training_path = training_path or default_training_path()
        self._task: Task | None = None
        self.dialog: CreateVaultDialog | UnlockDialog | None = None
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self.ui.appIconLabel.setPixmap(QIcon(":/icons/app.svg").pixmap(64, 64))
        self.ui.createVaultButton.setIcon(QIcon(":/icons/new-case.svg"))
        self.ui.openVaultButton.setIcon(QIcon(":/icons/open-vault.svg"))
        self.ui.openTrainingButton.setIcon(QIcon(":/icons/training.svg"))
        self.ui.trainingPassphraseLabel.setText(
            self.tr("Its passphrase is: <b>{passphrase}</b>").format(passphrase=TRAINING_PASSPHRASE)
        )
        self.ui.busyProgressBar.hide()
        self.ui.statusLabel.hide()
        self.ui.createVaultButton.clicked.connect(self.create_vault)
        self.ui.openVaultButton.clicked.connect(self.choose_vault)
        self.ui.openRecentButton.clicked.connect(self._open_selected_recent)
        self.ui.removeRecentButton.clicked.connect(self._remove_selected_recent)
        self.ui.recentVaultsListWidget.itemActivated.connect(self._open_recent_item)
        self.ui.recentVaultsListWidget.currentRowChanged.connect(self._update_buttons)
        self.ui.openTrainingButton.clicked.connect(lambda: self.open_training())
        self.ui.resetTrainingButton.clicked.connect(self._reset_training)
        install_merge_button(self)
        self.refresh()

    # ----------------------------------------------------------------- recent list
    def refresh(self) -> None:
        """Fill the recent list and the buttons from the settings."""
        lst = self.ui.recentVaultsListWidget
        lst.clear()
        for path in self.settings.recent_vaults():
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            missing = not path.exists()
            note = self.tr(" (file not found)") if missing else ""
            item.setText(f"{path.name}{note}\n{path.parent}")
            item.setToolTip(str(path))
            lst.addItem(item)
        if lst.count():
            lst.setCurrentRow(0)
        self.ui.resetTrainingButton.setEnabled(self.training_path.exists())
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.ui.recentVaultsListWidget.currentItem() is not None
        busy = self._task is not None
        self.ui.openRecentButton.setEnabled(has and not busy)
        self.ui.removeRecentButton.setEnabled(has and not busy)
        for b in (
            self.ui.createVaultButton,
            self.ui.openVaultButton,
            self.ui.openTrainingButton,
        ):
            b.setEnabled(not busy)
        self.ui.resetTrainingButton.setEnabled(not busy and self.training_path.exists())

    def _selected_recent(self) -> Path | None:
        item = self.ui.recentVaultsListWidget.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _open_recent_item(self, item: QListWidgetItem) -> None:
        self.open_vault(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _open_selected_recent(self) -> None:
        path = self._selected_recent()
        if path is not None:
            self.open_vault(path)

    def _remove_selected_recent(self) -> None:
        path = self._selected_recent()
        if path is not None:
            self.settings.forget_vault(path)
            self.refresh()

    # ----------------------------------------------------------------- create and open
    def create_vault(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        dialog = CreateVaultDialog(self, clock=self._clock, default_folder=folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._vault_ready)
        self.dialog = dialog
        dialog.open()

    def choose_vault(self) -> None:
        recent = self.settings.recent_vaults()
        path = messages.open_file(
            self,
            self.tr("Open a vault"),
            self.tr("MSVLO vault (*.msvlo);;All files (*)"),
            str(recent[0].parent) if recent else "",
        )
        if path is not None:
            self.open_vault(path)

    def open_vault(self, path: Path) -> None:
        """Ask for the passphrase of the vault at ``path`` and open it."""
        self._show_status("")
        if not path.exists():
            self._show_status(
                self.tr(
                    "There is no vault at {path}. It may have been moved or renamed, or be on "
                    "a drive that is not connected. Remove it from the list, or open the file "
                    "where it is now."
                ).format(path=path)
            )
            return
        dialog = UnlockDialog(path, self, clock=self._clock)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self._vault_ready)
        self.dialog = dialog
        dialog.open()

    def _vault_ready(self, vault: Vault) -> None:
        self.dialog = None
        if not vault.is_training:
            self.settings.remember_vault(vault.path)
        self.refresh()
        self.vaultOpened.emit(vault)

    # ----------------------------------------------------------------- training
    def open_training(self, *, fresh: bool = False) -> None:
        if self._task is not None:
            return
        path, clock = self.training_path, self._clock
        self._show_status("")
        self.ui.busyProgressBar.show()
        self._show_status(
            self.tr("Preparing the training vault…")
            if fresh or not path.exists()
            else self.tr("Opening the training vault…"),
            role="hint",
        )

        def work(task: Task) -> Vault:
            return open_training_vault(path, clock, fresh=fresh)

        self._task = run_task(
            work, self._training_ready, self._training_failed, cleanup=close_vault
        )
        self._update_buttons()

    def _reset_training(self) -> None:
        if messages.confirm(
            self,
            self.tr("Start the training vault afresh"),
            self.tr(
                "Delete the training vault and make new fictional cases? Whatever you "
                "practised in it is removed. Your own vaults are not touched."
            ),
        ):
            self.open_training(fresh=True)

    def _training_ready(self, vault: Vault) -> None:
        self._task = None
        self.ui.busyProgressBar.hide()
        self._show_status("")
        diagnostics.event("training vault opened")
        self._update_buttons()
        self._vault_ready(vault)

    def _training_failed(self, exc: BaseException) -> None:
        self._task = None
        self.ui.busyProgressBar.hide()
        self._update_buttons()
        if isinstance(exc, WrongPassphrase):
            self._show_status(
                self.tr(
                    "The training vault could not be opened (it may be damaged). Press "
                    "\u201cStart it afresh\u201d to make a new one."
                )
            )
        elif isinstance(exc, VaultError):
            self._show_status(str(exc))
        else:
            self._show_status("")
            diagnostics.show_unexpected(self, exc)

    def _show_status(self, text: str, role: str = "error") -> None:
        label = self.ui.statusLabel
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))

    # ----------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None
        super().closeEvent(event)
