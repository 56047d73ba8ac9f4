"""Case bundles in the window: Vault > Import case bundle… and Case > Export bundle….

The export dialog asks who the bundle is for and why, and a bundle password twice (or a
plain file, with a warning that anyone holding it can read it). The import dialog opens the
file (asking the bundle password when it is sealed), then shows everything the officer
should check before the case comes in: the reference, the sender and their key fingerprint
(to compare by phone), whether this vault knows that sender, when the bundle was exported and
its id, the entry count and chain head. Nothing is written until the officer confirms; an
unsigned bundle or a changed key needs an explicit tick naming the risk.

Every check lives in storage/bundles.py and core; these dialogs only ask and show.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.bundle import BundleError
from msvlo_desktop.core.passphrase import check_passphrase
from msvlo_desktop.core.seal import is_sealed
from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.gui import messages
from msvlo_desktop.storage.bundles import (
    BUNDLE_SUFFIX,
    BundleReview,
    PasswordNeeded,
    build_signed_bundle,
    encode_bundle,
    import_reviewed,
    read_bundle_file,
    record_export,
    review_bundle,
    write_bundle_file,
)
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.keys import KEY_CHANGED, KEY_REPLACED, KNOWN, NEW_SENDER
from msvlo_desktop.storage.vault import Vault

__all__ = ["ExportBundleDialog", "ImportBundleDialog", "install_bundle_actions"]

_WARNING_STYLE = "color: #a61b1b; font-weight: bold;"
_STATUS_STYLE = {
    KNOWN: "color: #1b6e2a;",
    KEY_REPLACED: "color: #1b6e2a;",
    NEW_SENDER: "color: #7a5200; font-weight: bold;",
    KEY_CHANGED: _WARNING_STYLE,
}


def _busy() -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _idle() -> None:
    QGuiApplication.restoreOverrideCursor()


def _fit(dialog: QDialog) -> None:
    """Grow or shrink the dialog to what it now shows (a warning, the details)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    dialog.adjustSize()


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


# ============================================================================= export
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
        self.passwordLineEdit = _password_field("passwordLineEdit")
        self.repeatLineEdit = _password_field("repeatLineEdit")
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
        self.plainWarningLabel.setStyleSheet(_WARNING_STYLE)
        box.addWidget(self.plainWarningLabel)
        layout.addWidget(protection)

        self.handoverCheckBox = QCheckBox(
            self.tr("Record that the case is &handed over (it stops counting in my returns)")
        )
        self.handoverCheckBox.setObjectName("handoverCheckBox")
        layout.addWidget(self.handoverCheckBox)

        where = QHBoxLayout()
        self.fileLineEdit = QLineEdit()
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
        self.problemLabel.setStyleSheet(_WARNING_STYLE)
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
        _fit(self)

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
        _busy()
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
            _idle()
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


# ============================================================================= import
class ImportBundleDialog(QDialog):
    """Vault > Import case bundle…: open, check, show the sender, then import on confirm."""

    imported = Signal(str)  # the reference of the new case

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, folder: str = "") -> None:
        super().__init__(parent)
        self.vault = vault
        self.review: BundleReview | None = None
        self._data: bytes | None = None
        self._folder = folder
        self.setObjectName("importBundleDialog")
        self.setWindowTitle(self.tr("Import case bundle"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)

        where = QHBoxLayout()
        self.fileLineEdit = QLineEdit()
        self.fileLineEdit.setObjectName("fileLineEdit")
        self.fileLineEdit.setReadOnly(True)
        self.browseButton = QPushButton(self.tr("&Choose file…"))
        self.browseButton.setObjectName("browseButton")
        self.browseButton.clicked.connect(self._browse)
        where.addWidget(QLabel(self.tr("Bundle:")))
        where.addWidget(self.fileLineEdit, 1)
        where.addWidget(self.browseButton)
        layout.addLayout(where)

        pw = QHBoxLayout()
        self.passwordLabel = QLabel(self.tr("Bundle pass&word:"))
        self.passwordLineEdit = _password_field("passwordLineEdit")
        self.passwordLabel.setBuddy(self.passwordLineEdit)
        self.openButton = QPushButton(self.tr("&Open and check"))
        self.openButton.setObjectName("openButton")
        self.openButton.clicked.connect(self.open_bundle)
        self.passwordLineEdit.returnPressed.connect(self.open_bundle)
        pw.addWidget(self.passwordLabel)
        pw.addWidget(self.passwordLineEdit, 1)
        pw.addWidget(self.openButton)
        layout.addLayout(pw)

        self.detailsGroupBox = QGroupBox(self.tr("Check before importing"))
        self.detailsGroupBox.setObjectName("detailsGroupBox")
        group = QVBoxLayout(self.detailsGroupBox)
        details = QFormLayout()
        group.addLayout(details)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("reference", self.tr("Case reference:")),
            ("sender", self.tr("Sender:")),
            ("fingerprint", self.tr("Key fingerprint:")),
            ("exported_at", self.tr("Exported at:")),
            ("bundle_id", self.tr("Bundle id:")),
            ("for", self.tr("For / purpose:")),
            ("entries", self.tr("Entries:")),
            ("head", self.tr("Chain head:")),
        ):
            value = QLabel()
            value.setObjectName(f"{key}ValueLabel")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(label, value)
            self.values[key] = value
        # What this vault knows of the sender: a sentence or three, full width.
        status = QLabel()
        status.setObjectName("statusValueLabel")
        status.setWordWrap(True)
        group.addWidget(status)
        self.values["status"] = status
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        self.values["fingerprint"].setFont(mono)
        self.values["head"].setFont(QFont(mono.family()))
        layout.addWidget(self.detailsGroupBox)

        self.riskCheckBox = QCheckBox()
        self.riskCheckBox.setObjectName("riskCheckBox")
        self.riskCheckBox.toggled.connect(self._update_buttons)
        layout.addWidget(self.riskCheckBox)

        self.problemLabel = QLabel()
        self.problemLabel.setObjectName("problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(_WARNING_STYLE)
        layout.addWidget(self.problemLabel)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.importButton = buttons.addButton(
            self.tr("&Import case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.importButton.setObjectName("importButton")
        buttons.accepted.connect(self.import_case)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_review()

    # ------------------------------------------------------------------ choosing and opening
    def _browse(self) -> None:
        chosen = messages.open_file(
            self,
            self.tr("Choose a case bundle"),
            self.tr("Case bundles (*.msvlo-bundle *.json);;All files (*)"),
            self._folder,
        )
        if chosen is not None:
            self.choose(chosen)

    def choose(self, path: Path) -> None:
        """Read the file (a regular file within the size limit) and ask for its password
        when it is sealed; a plain bundle is checked at once."""
        self.review = None
        self._data = None
        self.fileLineEdit.setText(str(path))
        self.passwordLineEdit.clear()
        try:
            self._data = read_bundle_file(path)
        except VaultError as exc:
            self._fail(str(exc))
            return
        except OSError as exc:
            self._fail(
                self.tr("{path} cannot be read: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return
        sealed = is_sealed(self._data)
        self.passwordLabel.setEnabled(sealed)
        self.passwordLineEdit.setEnabled(sealed)
        self.openButton.setEnabled(True)
        self.problemLabel.clear()
        self._show_review()
        if sealed:
            self.passwordLineEdit.setFocus()
        else:
            self.open_bundle()

    def open_bundle(self) -> None:
        if self._data is None:
            return
        sealed = is_sealed(self._data)
        password = self.passwordLineEdit.text() if sealed else None
        _busy()
        try:
            self.review = review_bundle(self.vault, self._data, password)
        except PasswordNeeded as exc:
            self._fail(str(exc))
            return
        except BundleError as exc:
            lines = [str(p) for p in exc.problems[:8]]
            more = len(exc.problems) - len(lines)
            if more > 0:
                lines.append(self.tr("… and {n} more problems.").format(n=more))
            self._fail(
                self.tr("This is not a valid case bundle; nothing was imported.")
                + "\n"
                + "\n".join(lines)
            )
            return
        except VaultError as exc:
            self._fail(str(exc))
            return
        finally:
            _idle()
            self.passwordLineEdit.clear()
        self.problemLabel.clear()
        self._show_review()

    def _fail(self, text: str) -> None:
        self.review = None
        self.problemLabel.setText(text)
        self._show_review()

    # ------------------------------------------------------------------ showing
    def _show_review(self) -> None:
        review = self.review
        self.detailsGroupBox.setVisible(review is not None)
        self.riskCheckBox.setVisible(False)
        self.riskCheckBox.setChecked(False)
        if self._data is None:
            self.passwordLabel.setEnabled(False)
            self.passwordLineEdit.setEnabled(False)
            self.openButton.setEnabled(False)
        if review is None:
            self._update_buttons()
            self._fit()
            return
        v = self.values
        parsed = review.parsed
        origin = review.origin
        v["reference"].setText(parsed.case.reference)
        v["entries"].setText(str(len(parsed.entries)))
        v["head"].setText(parsed.head)
        if origin is None or review.sender is None:
            for key in ("sender", "fingerprint", "exported_at", "bundle_id", "for"):
                v[key].setText(self.tr("(not signed)"))
            v["status"].setText(
                self.tr(
                    "Nothing shows who made this bundle or that it is unchanged: it carries no "
                    "signature."
                )
            )
            v["status"].setStyleSheet(_WARNING_STYLE)
            self.riskCheckBox.setText(
                self.tr("I trust where this file came from: import it as unverified")
            )
            self.riskCheckBox.setVisible(True)
            self.riskCheckBox.setStyleSheet(_WARNING_STYLE)
        else:
            v["sender"].setText(origin.officer)
            v["fingerprint"].setText(origin.fingerprint)
            v["exported_at"].setText(uk_datetime(origin.exported_at))
            v["bundle_id"].setText(origin.bundle_id)
            v["for"].setText(f"{origin.recipient} / {origin.purpose}")
            v["status"].setText(review.sender.message(origin.officer))
            v["status"].setStyleSheet(_STATUS_STYLE.get(review.sender.status, ""))
            if review.sender.status == KEY_CHANGED:
                self.riskCheckBox.setText(
                    self.tr("I phoned the sender on a number I knew; the fingerprint matches")
                )
                self.riskCheckBox.setVisible(True)
                self.riskCheckBox.setStyleSheet(_WARNING_STYLE)
        self._update_buttons()
        self._fit()

    def _needs_tick(self) -> bool:
        review = self.review
        if review is None:
            return False
        return review.origin is None or (
            review.sender is not None and review.sender.status == KEY_CHANGED
        )

    def _fit(self) -> None:
        _fit(self)

    def _update_buttons(self) -> None:
        ready = self.review is not None and (
            not self._needs_tick() or self.riskCheckBox.isChecked()
        )
        self.importButton.setEnabled(ready)

    # ------------------------------------------------------------------ importing
    def import_case(self) -> None:
        review = self.review
        if review is None or (self._needs_tick() and not self.riskCheckBox.isChecked()):
            return
        tick = self.riskCheckBox.isChecked()
        try:
            parsed = import_reviewed(
                self.vault,
                review,
                allow_unsigned=tick and review.origin is None,
                accept_new_key=tick and review.origin is not None,
                source=Path(self.fileLineEdit.text()).name,
            )
        except (VaultError, BundleError) as exc:
            self._fail(str(exc))
            return
        self.imported.emit(parsed.case.reference)
        self.accept()


# ============================================================================= wiring
def install_bundle_actions(window: QMainWindow) -> tuple[QAction, QAction]:
    """Add Import case bundle… to the Vault menu and Export bundle… to the Case menu of the
    main window, enabled with the window's own New case and Export report actions."""
    # The main window is passed as a QMainWindow so this module need not import it (it
    # imports this one); what is used of it: ui, export_report_action, vault, current_ref.
    main: Any = window
    ui = main.ui
    import_action = QAction(window.tr("&Import case bundle…"), window)
    import_action.setObjectName("importBundleAction")
    import_action.setStatusTip(window.tr("Import a case bundle from another officer"))
    export_action = QAction(window.tr("Export &bundle…"), window)
    export_action.setObjectName("exportBundleAction")
    export_action.setStatusTip(window.tr("Write the selected case as a bundle for handover"))
    ui.vaultMenu.insertAction(ui.verifyAction, import_action)
    ui.vaultMenu.insertSeparator(ui.verifyAction)
    report_action: QAction = main.export_report_action
    ui.caseMenu.addAction(export_action)

    def follow() -> None:
        import_action.setEnabled(ui.newCaseAction.isEnabled())
        export_action.setEnabled(report_action.isEnabled())

    ui.newCaseAction.changed.connect(follow)
    report_action.changed.connect(follow)
    follow()

    def open_import() -> None:
        vault = getattr(window, "vault", None)
        if vault is None:
            return
        dialog = ImportBundleDialog(vault, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda ref: _imported(window, ref))
        dialog.open()

    def open_export() -> None:
        vault = getattr(window, "vault", None)
        ref = getattr(window, "current_ref", None)
        if vault is None or ref is None:
            return
        dialog = ExportBundleDialog(vault, ref, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda path: window.statusBar().showMessage(
                window.tr("Bundle written: {path}").format(path=path)
            )
        )
        dialog.open()

    import_action.triggered.connect(open_import)
    export_action.triggered.connect(open_export)
    return import_action, export_action


def _imported(window: QMainWindow, ref: str) -> None:
    reload_cases = getattr(window, "reload_cases", None)
    if reload_cases is not None:
        reload_cases()
    select_case = getattr(window, "select_case", None)
    if select_case is not None:
        select_case(ref)
    window.statusBar().showMessage(window.tr("Imported case {ref}").format(ref=ref))
