"""What locking does to the rest of the application: close every other window and take back
case text the application put on the clipboard.

Unfinished forms are kept as drafts by the main window before this runs; here every dialog
is closed without asking (forms that offer ``close_without_asking`` use it), so nothing that
showed case data stays on screen while the vault is locked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# On these platforms the clipboard never leaves the process, so whatever is on it was put
# there by this application.
_PRIVATE_CLIPBOARD_PLATFORMS = frozenset({"offscreen", "minimal"})


def open_forms() -> list[Any]:
    """Every visible window holding an unfinished form (it offers ``draft_data``)."""
    out = []
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and callable(getattr(widget, "draft_data", None)):
            has_input = getattr(widget, "has_input", None)
            if callable(has_input) and not has_input():
                continue
            out.append(widget)
    return out


def close_windows(keep: Iterable[QWidget]) -> int:
    """Close every visible window except ``keep``; returns how many were closed."""
    kept = set(map(id, keep))
    closed = 0
    # Innermost first: a message box asked from a form closes before the form itself.
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in kept]
    windows.sort(key=_depth, reverse=True)
    for widget in windows:
        if not widget.isVisible():
            continue
        closer = getattr(widget, "close_without_asking", None)
        if callable(closer):
            closer()
        elif isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)
        else:
            widget.close()
        widget.hide()
        closed += 1
    # Delete what was closed now, unless a dialog's own event loop is still running under
    # us (deleting it there would pull the floor from under that loop; it goes shortly).
    if QThread.currentThread().loopLevel() <= 1:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return closed


def _depth(widget: QWidget) -> int:
    n = 0
    parent = widget.parentWidget()
    while parent is not None:
        n += 1
        parent = parent.parentWidget()
    return n


class ClipboardGuard(QObject):
    """Remembers the text this application last put on the clipboard, to take it back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self.clipboard = QGuiApplication.clipboard()
        self.clipboard.dataChanged.connect(self._changed)

    def _private(self) -> bool:
        return QGuiApplication.platformName() in _PRIVATE_CLIPBOARD_PLATFORMS

    def _changed(self) -> None:
        text = self.clipboard.text()
        if text and (self.clipboard.ownsClipboard() or self._private()):
            self._ours = text

    def clear_ours(self) -> bool:
        """Empty the clipboard if it still holds text this application put there."""
        text = self.clipboard.text()
        if text and (self.clipboard.ownsClipboard() or text == self._ours):
            self.clipboard.clear()
            self._ours = None
            return True
        self._ours = None
        return False
