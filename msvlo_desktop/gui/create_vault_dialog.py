"""Creating a new vault: who owns it, where the file goes, and its passphrase (typed twice,
with the policy's messages and a strength estimate as it is typed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.forms.ui_create_vault_dialog import Ui_CreateVaultDialog
from msvlo_desktop.gui.passphrase_fields import NewPassphrase, wire_show_toggle
from msvlo_desktop.gui.screen_fit import keep_on_screen
from msvlo_desktop.gui.workers import Task, close_vault, run_task
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import VAULT_SUFFIX, Clock, Officer, Vault, utc_now


def with_vault_suffix(path: Path) -> Path:
    if not path.name or path.suffix.lower() == VAULT_SUFFIX:
        return path  # no file name yet (a bare folder): the dialog asks for one
    return path.with_name(path.name + VAULT_SUFFIX)


class CreateVaultDialog(QDialog):
    """Emits ``created(vault)`` with the new vault open, then closes."""

    created = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
        default_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateVaultDialog()
        self.ui.setupUi(self)
        keep_on_screen(self)
        self._clock = clock
        self._task: Task | None = None
        self._location_touched = False
        wire_show_toggle(
            self,
            self.ui.showPassphraseToolButton,
            [self.ui.passphraseLineEdit, self.ui.repeatPassphraseLineEdit],
        )
        self.passphrase = NewPassphrase(
            self.ui.passphraseLineEdit,
            self.ui.repeatPassphraseLineEdit,
            self.ui.strengthProgressBar,
            self.ui.strengthLabel,
            self.ui.policyLabel,
            avoid=self._avoid,
        )
        if default_folder is not None:
            suggestion = default_folder / f"msvlo-vault{VAULT_SUFFIX}"
            n = 2
            while suggestion.exists():
                suggestion = default_folder / f"msvlo-vault-{n}{VAULT_SUFFIX}"
                n += 1
            self.ui.locationLineEdit.setText(str(suggestion))
        self.ui.locationProblemLabel.hide()
        self.ui.statusLabel.hide()
        self.ui.busyProgressBar.hide()
        for edit in (
            self.ui.officerNameLineEdit,
            self.ui.collarNumberLineEdit,
            self.ui.forceLineEdit,
        ):
            edit.textChanged.connect(self._update_state)
        self.ui.locationLineEdit.textEdited.connect(self._location_edited)
        self.ui.locationLineEdit.textChanged.connect(self._update_state)
        self.passphrase.changed.connect(self._update_state)
        self.ui.chooseLocationButton.clicked.connect(self._choose_location)
        self.ui.createButton.clicked.connect(self._create)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._update_state()

    # ----------------------------------------------------------------- state
    def _avoid(self) -> list[str]:
        words = [self.ui.officerNameLineEdit.text(), self.ui.collarNumberLineEdit.text()]
        location = self.location()
        if location is not None:
            words.append(location.stem)
        return words

    def location(self) -> Path | None:
        text = self.ui.locationLineEdit.text().strip()
        if not text:
            return None
        return with_vault_suffix(Path(text).expanduser())

    def _location_problem(self) -> str:
        path = self.location()
        if path is None:
            return self.tr("Choose where to save the vault file.")
        if not path.is_absolute():
            return self.tr("Give the full path of the vault file, or press Choose.")
        if not path.name or path.is_dir():
            return self.tr("{path} is a folder: add a file name for the vault.").format(path=path)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        if path.exists():
            return self.tr(
                "{path} already exists. A new vault never overwrites a file: choose another name."
            ).format(path=path)
        return ""

    def problems(self) -> list[str]:
        out = []
        if not self.ui.officerNameLineEdit.text().strip():
            out.append(self.tr("Give the officer's name."))
        location = self._location_problem()
        if location:
            out.append(location)
        out += self.passphrase.problems
        return out

    def _location_edited(self) -> None:
        self._location_touched = True

    def _update_state(self) -> None:
        problem = self._location_problem()
        show = bool(problem) and (self._location_touched or bool(self.ui.locationLineEdit.text()))
        self.ui.locationProblemLabel.setText(problem)
        self.ui.locationProblemLabel.setVisible(show)
        busy = self._task is not None
        self.ui.createButton.setEnabled(not busy and not self.problems())

    def _choose_location(self) -> None:
        current = self.location()
        path = messages.save_file(
            self,
            self.tr("Where to save the new vault"),
            self.tr("MSVLO vault (*.msvlo)"),
            str(current) if current else "",
        )
        if path is not None:
            self._location_touched = True
            self.ui.locationLineEdit.setText(str(with_vault_suffix(path)))

    # ----------------------------------------------------------------- creating
    def _set_busy(self, busy: bool) -> None:
        for w in (
            self.ui.ownerGroupBox,
            self.ui.fileGroupBox,
            self.ui.passphraseGroupBox,
            self.ui.cancelButton,
        ):
            w.setEnabled(not busy)
        self.ui.busyProgressBar.setVisible(busy)
        self._update_state()

    def _create(self) -> None:
        if self._task is not None or self.problems():
            return
        path = self.location()
        assert path is not None
        officer = Officer(
            self.ui.officerNameLineEdit.text().strip(),
            self.ui.collarNumberLineEdit.text().strip(),
            self.ui.forceLineEdit.text().strip(),
        )
        passphrase = self.passphrase.text()
        clock = self._clock
        self.ui.statusLabel.hide()

        def work(task: Task) -> Vault:
            return Vault.create(path, passphrase, officer, clock=clock)

        self._task = run_task(work, self._on_created, self._on_failed, cleanup=close_vault)
        self._set_busy(True)

    def _on_created(self, vault: Vault) -> None:
        self._task = None
        diagnostics.event("vault created")
        self.passphrase.clear()
        self._set_busy(False)
        self.created.emit(vault)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, VaultError):
            self.ui.statusLabel.setText(str(exc))
            self.ui.statusLabel.show()
        else:
            diagnostics.show_unexpected(self, exc)

    def reject(self) -> None:
        if self._task is not None:
            return  # the file is being written; closing now would leave it half-made
        super().reject()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None
        self.passphrase.clear()
        super().done(result)
