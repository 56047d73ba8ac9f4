"""The user guide inside the application: F1 (Help ▸ User guide) opens it in a window.

The guide is written once, in ``docs/USER-GUIDE.md``; ``make forms`` copies it into the
package (``msvlo_desktop/resources/help/USER-GUIDE.md``, package data like the fonts) so an
installed or frozen copy has it too, and a test fails when the two differ. The pictures of
the guide stay in ``docs/``: here they are left out, and the words stand on their own.
"""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.gui.screen_fit import keep_on_screen

GUIDE = "resources/help/USER-GUIDE.md"
HELP_KEY = QKeySequence.StandardKey.HelpContents  # F1 on Windows and Linux

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_EMPTY_TABLE_ROW = re.compile(r"^\s*\|[\s|:-]*\|\s*$")
_SCREENSHOT_LINK = re.compile(r"\[([^\]]+)\]\(screenshots/[^)]*\)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def guide_markdown() -> str:
    """The packaged user guide, without the pictures that live only in ``docs/``."""
    text = (resources.files("msvlo_desktop") / GUIDE).read_text("utf-8")
    text = _IMAGE.sub("", text)
    text = _SCREENSHOT_LINK.sub(r"\1", text)
    # A table that held only pictures is left with empty rows: drop them.
    return "\n".join(line for line in text.splitlines() if not _EMPTY_TABLE_ROW.match(line))


class HelpViewer(QDialog):
    """The user guide, to read beside the main window (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpViewer")
        self.setWindowTitle(_tr("MSVLO Desktop user guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideTextBrowser")
        self.browser.setAccessibleName(_tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setMarkdown(guide_markdown())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        layout.addWidget(buttons)
        self.resize(860, 700)
        keep_on_screen(self)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow(self, url: QUrl) -> None:
        # Only the guide's own headings are followed; the guide never leaves the window.
        if url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


def install_help(window: QWidget, menu: QMenu | None = None) -> QAction:
    """Give ``window`` the F1 action that opens the user guide (first in ``menu``)."""
    action = QAction(_tr("User &guide"), window)
    action.setObjectName("userGuideAction")
    action.setShortcuts(QKeySequence.keyBindings(HELP_KEY) or [QKeySequence("F1")])
    # F1 works from every window of the application, a form or dialog included.
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.setToolTip(_tr("Open the user guide (F1)"))
    viewer: list[HelpViewer] = []

    def show() -> None:
        if not viewer:
            viewer.append(HelpViewer(window))
        viewer[0].show()
        viewer[0].raise_()
        viewer[0].activateWindow()

    action.triggered.connect(show)
    window.addAction(action)
    if menu is not None:
        existing = menu.actions()
        if existing:
            menu.insertAction(existing[0], action)
            menu.insertSeparator(existing[0])
        else:
            menu.addAction(action)
    return action
