"""Help > About MSVLO Desktop: the version, the licence (MIT), the third-party notices and
Qt's own About box.

The licence and the notices are read from wherever this installation keeps them: next to the
frozen application's libraries (PyInstaller sets ``sys._MEIPASS``), at the root of a source
checkout, or in the installed package's metadata (a wheel carries them under
``.dist-info/licenses/``). The same files are in the wheel, the sdist and the frozen folder.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.gui import diagnostics

DISTRIBUTION = "msvlo-desktop"
LICENSE_FILE = "LICENSE"
NOTICES_FILE = "THIRD-PARTY-NOTICES"


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return ""


def legal_text(name: str) -> str | None:
    """The text of LICENSE or THIRD-PARTY-NOTICES for this installation, or None."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        candidate = Path(frozen) / name
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    # A source checkout (an editable install included): the files as they are now.
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / name).is_file():
        return (checkout / name).read_text(encoding="utf-8")
    try:
        return metadata.distribution(DISTRIBUTION).read_text(f"licenses/{name}")
    except metadata.PackageNotFoundError:
        return None


def _missing(name: str) -> str:
    return (
        f"The file {name} is not part of this installation. It is in the application's "
        "source distribution and in the installer folder; ask your IT service desk for it."
    )


class AboutDialog(QDialog):
    """Version, licence, third-party notices, and About Qt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About MSVLO Desktop"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)

        version = app_version()
        self.summary = QLabel(
            self.tr(
                "<b>MSVLO Desktop {version}</b><br>The encrypted case log for Modern Slavery "
                "Victim Liaison Officers.<br><br>Free software under the MIT licence. It "
                "includes third-party software under its own licences (LGPL-3.0 for Qt, "
                "PySide6 and python-bidi; MPL-2.0 for pikepdf; others listed under "
                "Third-party notices).<br><br>The application's log file (no case data): {log}"
            ).format(version=version or self.tr("(version unknown)"), log=diagnostics.log_path())
        )
        self.summary.setObjectName("aboutSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget(self)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.licence_view = self._text_view(LICENSE_FILE, fixed)
        self.notices_view = self._text_view(NOTICES_FILE, fixed)
        self.tabs.addTab(self.licence_view, self.tr("Licence"))
        self.tabs.addTab(self.notices_view, self.tr("Third-party notices"))
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.about_qt_button = QPushButton(self.tr("About &Qt"), self)
        self.about_qt_button.setObjectName("aboutQtButton")
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt_button.clicked.connect(self.about_qt)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _text_view(self, name: str, font: QFont) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setObjectName(name.lower().replace("-", "_") + "_view")
        view.setReadOnly(True)
        view.setFont(font)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        view.setPlainText(legal_text(name) or _missing(name))
        view.setAccessibleName(name)
        return view

    def about_qt(self) -> None:
        QMessageBox.aboutQt(self, self.tr("About Qt"))
