"""Vault > Import case bundle…: choose the file, give its bundle password when sealed, see
the sender, their key fingerprint, what this vault knows of them, when and which bundle, the
entry count and chain head; nothing is written until the officer confirms (and ticks the box
naming the risk for an unsigned bundle or a changed key). Every check lives in
storage/bundles.py and core; the dialog only asks and shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
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
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.bundle import BundleError
from msvlo_desktop.core.seal import is_sealed
from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.gui import messages
from msvlo_desktop.gui.bundle_widgets import (
    STATUS_STYLE,
    WARNING_STYLE,
    busy,
    fit,
    idle,
    password_field,
)
from msvlo_desktop.storage.bundles import (
    BundleReview,
    PasswordNeeded,
    import_reviewed,
    read_bundle_file,
    review_bundle,
)
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.keys import KEY_CHANGED
from msvlo_desktop.storage.vault import Vault

# The history's warnings shown in full before importing; the rest are counted.
SEQUENCE_LINES_SHOWN = 6

__all__ = ["ImportBundleDialog"]


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
        self.fileLineEdit.setAccessibleName(self.tr("Bundle file"))
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
        self.passwordLineEdit = password_field("passwordLineEdit")
        self.passwordLineEdit.setAccessibleName(self.tr("Bundle password"))
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
            # What the sender wrote is text, never markup (core/signing.py: origin).
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(label, value)
            self.values[key] = value
        # What this vault knows of the sender: a sentence or three, full width.
        status = QLabel()
        status.setObjectName("statusValueLabel")
        status.setTextFormat(Qt.TextFormat.PlainText)
        status.setWordWrap(True)
        group.addWidget(status)
        self.values["status"] = status
        # What the history lacks or holds in an unusual order: imported as it was, listed.
        sequence = QLabel()
        sequence.setObjectName("sequenceWarningsLabel")
        sequence.setWordWrap(True)
        sequence.setTextFormat(Qt.TextFormat.PlainText)
        sequence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sequence.setStyleSheet(WARNING_STYLE)
        group.addWidget(sequence)
        self.values["sequence"] = sequence
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
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(WARNING_STYLE)
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
        busy()
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
            idle()
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
        v["sequence"].setText(self.sequence_text(list(parsed.warnings)))
        v["sequence"].setVisible(bool(parsed.warnings))
        if origin is None or review.sender is None:
            for key in ("sender", "fingerprint", "exported_at", "bundle_id", "for"):
                v[key].setText(self.tr("(not signed)"))
            v["status"].setText(
                self.tr(
                    "Nothing shows who made this bundle or that it is unchanged: it carries no "
                    "signature."
                )
            )
            v["status"].setStyleSheet(WARNING_STYLE)
            self.riskCheckBox.setText(
                self.tr("I trust where this file came from: import it as unverified")
            )
            self.riskCheckBox.setVisible(True)
            self.riskCheckBox.setStyleSheet(WARNING_STYLE)
        else:
            v["sender"].setText(origin.officer)
            v["fingerprint"].setText(origin.fingerprint)
            v["exported_at"].setText(uk_datetime(origin.exported_at))
            v["bundle_id"].setText(origin.bundle_id)
            v["for"].setText(f"{origin.recipient} / {origin.purpose}")
            v["status"].setText(review.sender.message(origin.officer))
            v["status"].setStyleSheet(STATUS_STYLE.get(review.sender.status, ""))
            if review.sender.status == KEY_CHANGED:
                self.riskCheckBox.setText(
                    self.tr("I phoned the sender on a number I knew; the fingerprint matches")
                )
                self.riskCheckBox.setVisible(True)
                self.riskCheckBox.setStyleSheet(WARNING_STYLE)
        self._update_buttons()
        self._fit()

    def sequence_text(self, warnings: list[str]) -> str:
        """The history's warnings, the first few in full (all are kept in the import's
        audit record)."""
        if not warnings:
            return ""
        shown = warnings[:SEQUENCE_LINES_SHOWN]
        lines = [
            self.tr(
                "This log has {n} thing(s) to know. The case is imported as it was; these "
                "are kept in the audit record of the import:"
            ).format(n=len(warnings)),
            *(f"• {w}" for w in shown),
        ]
        if len(warnings) > len(shown):
            lines.append(self.tr("…and {n} more.").format(n=len(warnings) - len(shown)))
        return "\n".join(lines)

    def _needs_tick(self) -> bool:
        review = self.review
        if review is None:
            return False
        return review.origin is None or (
            review.sender is not None and review.sender.status == KEY_CHANGED
        )

    def _fit(self) -> None:
        fit(self)

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
