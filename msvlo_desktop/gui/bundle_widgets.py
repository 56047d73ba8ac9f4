"""Small pieces the bundle dialogs share: warning styles, the wait cursor, fitting a dialog
to what it shows, and a password field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit

from msvlo_desktop.storage.keys import KEY_CHANGED, KEY_REPLACED, KNOWN, NEW_SENDER

__all__ = ["STATUS_STYLE", "WARNING_STYLE", "busy", "fit", "idle", "password_field"]

WARNING_STYLE = "color: #a61b1b; font-weight: bold;"
STATUS_STYLE = {
    KNOWN: "color: #1b6e2a;",
    KEY_REPLACED: "color: #1b6e2a;",
    NEW_SENDER: "color: #7a5200; font-weight: bold;",
    KEY_CHANGED: WARNING_STYLE,
}


def busy() -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def idle() -> None:
    QGuiApplication.restoreOverrideCursor()


def fit(dialog: QDialog) -> None:
    """Grow or shrink the dialog to what it now shows (a warning, the details)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    dialog.adjustSize()


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field
