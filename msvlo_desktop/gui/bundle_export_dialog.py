"""Case > Export bundle…: who it is for and why, a bundle password twice or a plain file
with its warning, then the signed (and sealed) bundle written and the disclosure recorded.
Every check lives in storage/bundles.py and core; the dialog only asks and shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.passphrase import check_passphrase
from msvlo_desktop.gui import messages
from msvlo_desktop.gui.bundle_widgets import (
    WARNING_STYLE,
    busy,
    fit,
    idle,
    password_field,
)
from msvlo_desktop.storage.bundles import (
    BUNDLE_SUFFIX,
    build_signed_bundle,
    encode_bundle,
    record_export,
    write_bundle_file,
)
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

__all__ = ["ExportBundleDialog"]


class ExportBundleDialog(QDialog):
    """Case > Export bundle…: a signed bundle, sealed with a password unless plain."""

    exported = Signal(str)  # the path written

    def __init__(
        self, vault: Vault, ref: str, parent: QWidget | None = None, *, folder: str = ""
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.ref = ref
        self.setObjectName("exportBundleDialog")
        self.setWindowTitle(self.tr("Export case bundle: {ref}").format(ref=ref))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Write case {ref} as a bundle another officer can import. It is signed with "
                "this vault's key, so the receiver can check who sent it and that nothing was "
                "changed; the export is recorded in the audit log as a disclosure."
            ).format(ref=ref)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.recipientLineEdit = QLineEdit()
        self.recipientLineEdit.setObjectName("recipientLineEdit")
        self.recipientLineEdit.setPlaceholderText(self.tr("e.g. DC 77 B. Jones, Example Police"))
        self.purposeLineEdit = QLineEdit()
        self.purposeLineEdit.setObjectName("purposeLineEdit")
        self.purposeLineEdit.setPlaceholderText(self.tr("e.g. handover of the case"))
        form.addRow(self.tr("&Recipient:"), self.recipientLineEdit)
        form.addRow(self.tr("&Purpose:"), self.purposeLineEdit)
        layout.addLayout(form)

        protection = QGroupBox(self.tr("Protection"))
        box = QVBoxLayout(protection)
        self.sealedRadioButton = QRadioButton(
            self.tr("&Sealed with a bundle password (recommended)")
        )
        self.sealedRadioButton.setObjectName("sealedRadioButton")
        self.sealedRadioButton.setChecked(True)
        self.plainRadioButton = QRadioButton(self.tr("P&lain, readable file: NOT protected"))
        self.plainRadioButton.setObjectName("plainRadioButton")
        box.addWidget(self.sealedRadioButton)
        pw = QFormLayout()
        self.passwordLineEdit = password_field("passwordLineEdit")
        self.passwordLineEdit.setAccessibleName(self.tr("Bundle password"))
        self.repeatLineEdit = password_field("repeatLineEdit")
        self.repeatLineEdit.setAccessibleName(self.tr("Repeat the bundle password"))
        pw.addRow(self.tr("Bundle pass&word:"), self.passwordLineEdit)
        pw.addRow(self.tr("Re&peat it:"), self.repeatLineEdit)
        box.addLayout(pw)
        tell = QLabel(
            self.tr(
                "Tell the recipient the password by another route than the file (by phone). "
                "Force IT can open the file with the standard age tool."
            )
        )
        tell.setWordWrap(True)
        box.addWidget(tell)
        box.addWidget(self.plainRadioButton)
        self.plainWarningLabel = QLabel(
            self.tr(
                "Warning: a plain bundle is not encrypted. Anyone who gets the file (a lost "
                "USB stick, a forwarded e-mail) can read the victim's name, safe contact and "
                "the whole log. The signature only shows changes; it hides nothing."
            )
        )
        self.plainWarningLabel.setObjectName("plainWarningLabel")
        self.plainWarningLabel.setWordWrap(True)
        self.plainWarningLabel.setStyleSheet(WARNING_STYLE)
        box.addWidget(self.plainWarningLabel)
        layout.addWidget(protection)

        self.handoverCheckBox = QCheckBox(
            self.tr("Record that the case is &handed over (it stops counting in my returns)")
        )
        self.handoverCheckBox.setObjectName("handoverCheckBox")
        layout.addWidget(self.handoverCheckBox)

        where = QHBoxLayout()
        self.fileLineEdit = QLineEdit()
        self.fileLineEdit.setAccessibleName(self.tr("File to write"))
        self.fileLineEdit.setObjectName("fileLineEdit")
        self.browseButton = QPushButton(self.tr("&Browse…"))
        self.browseButton.setObjectName("browseButton")
        self.browseButton.clicked.connect(self._browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.fileLineEdit)
        where.addWidget(file_label)
        where.addWidget(self.fileLineEdit, 1)
        where.addWidget(self.browseButton)
        layout.addLayout(where)
        self._folder = folder

        self.problemLabel = QLabel()
        self.problemLabel.setObjectName("problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.problemLabel)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.exportButton = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.exportButton.setObjectName("exportButton")
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.sealedRadioButton.toggled.connect(self._protection_changed)
        self._protection_changed()
        # A problem shown stays only until the officer changes something.
        for edit in (
            self.recipientLineEdit,
            self.purposeLineEdit,
            self.passwordLineEdit,
            self.repeatLineEdit,
            self.fileLineEdit,
        ):
            edit.textEdited.connect(self.problemLabel.clear)

    def _fit(self) -> None:
        fit(self)

    def _suggested(self) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in self.ref)
        name = f"{safe}.json" if self.plainRadioButton.isChecked() else f"{safe}{BUNDLE_SUFFIX}"
        return Path(self._folder or Path.home()) / name

    def _protection_changed(self) -> None:
        sealed = self.sealedRadioButton.isChecked()
        self.passwordLineEdit.setEnabled(sealed)
        self.repeatLineEdit.setEnabled(sealed)
        self.plainWarningLabel.setVisible(not sealed)
        self._fit()
        current = self.fileLineEdit.text().strip()
        if not current or Path(current).name in (
            f"{self.ref}.json",
            f"{self.ref}{BUNDLE_SUFFIX}",
        ):
            self.fileLineEdit.setText(str(self._suggested()))

    def _browse(self) -> None:
        chosen = messages.save_file(
            self,
            self.tr("Save the case bundle"),
            self.tr("Case bundles (*.msvlo-bundle *.json)"),
            str(self._suggested()),
        )
        if chosen is not None:
            self.fileLineEdit.setText(str(chosen))

    def problems(self) -> list[str]:
        """What stops the export, each naming its field (empty when it can go ahead)."""
        out = []
        if not self.recipientLineEdit.text().strip():
            out.append(self.tr("Recipient: say who the bundle is for."))
        if not self.purposeLineEdit.text().strip():
            out.append(self.tr("Purpose: say why the case is disclosed."))
        if not self.fileLineEdit.text().strip():
            out.append(self.tr("File: choose where to write the bundle."))
        if self.sealedRadioButton.isChecked():
            password = self.passwordLineEdit.text()
            for problem in check_passphrase(password, avoid=[self.vault.officer.name, self.ref]):
                out.append(self.tr("Bundle password: {p}").format(p=problem))
            if password != self.repeatLineEdit.text():
                out.append(self.tr("Repeat it: the two bundle passwords differ."))
            if password and self.vault.is_passphrase(password):
                out.append(
                    self.tr("Bundle password: it is the vault's passphrase; choose another.")
                )
        return out

    def export(self) -> None:
        problems = self.problems()
        if problems:
            self.problemLabel.setText("\n".join(problems))
            self._fit()
            return
        path = Path(self.fileLineEdit.text().strip()).expanduser()
        password = self.passwordLineEdit.text() if self.sealedRadioButton.isChecked() else None
        busy()
        try:
            doc = build_signed_bundle(
                self.vault,
                self.ref,
                recipient=self.recipientLineEdit.text().strip(),
                purpose=self.purposeLineEdit.text().strip(),
            )
            write_bundle_file(path, encode_bundle(doc, password))
            record_export(
                self.vault,
                doc,
                sealed=password is not None,
                handover=self.handoverCheckBox.isChecked(),
            )
        except VaultError as exc:
            self.problemLabel.setText(str(exc))
            self._fit()
            return
        finally:
            idle()
            self.passwordLineEdit.clear()
            self.repeatLineEdit.clear()
        self.exported.emit(str(path))
        messages.inform(
            self,
            self.tr("Bundle written"),
            self.tr(
                "Wrote {path}.\n\nSigned by {officer}\nKey fingerprint: {fp}\nBundle id: {id}"
            ).format(
                path=path,
                officer=doc["origin"]["officer"],
                fp=doc["origin"]["fingerprint"],
                id=doc["origin"]["bundle_id"],
            ),
        )
        self.accept()
