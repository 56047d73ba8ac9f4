"""The TRAINING mark on every window while a training vault is open.

A training vault holds fictional cases for practice. So that nobody mistakes it for real
work (or types a real victim's details into it), every window shown while it is open gets
"TRAINING — " in front of its title and, where the window has a plain layout, a coloured
banner at the top. An application-wide event filter applies the mark to each window as it is
shown, so dialogs built by any part of the application are covered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QFormLayout, QLabel, QWidget

TITLE_PREFIX = "TRAINING — "
BANNER_OBJECT_NAME = "trainingBannerLabel"
_MARKABLE = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


def banner_text() -> str:
    return QCoreApplication.translate(
        "training", "TRAINING: fictional data. Never record a real case in this vault."
    )


def make_banner(parent: QWidget | None = None) -> QLabel:
    label = QLabel(banner_text(), parent)
    label.setObjectName(BANNER_OBJECT_NAME)
    label.setProperty("role", "trainingBanner")
    label.setWordWrap(True)
    label.setAccessibleName(banner_text())
    return label


def _is_markable(widget: QWidget) -> bool:
    return widget.isWindow() and widget.windowType() in _MARKABLE


def mark(window: QWidget) -> None:
    """Prefix the title and add the banner (once) to one window."""
    title = window.windowTitle()
    if not title.startswith(TITLE_PREFIX):
        window.setWindowTitle(TITLE_PREFIX + title)
    if window.findChild(QLabel, BANNER_OBJECT_NAME) is not None:
        return
    layout = window.layout()
    banner: QLabel | None = None
    if isinstance(layout, QBoxLayout):
        banner = make_banner(window)
        layout.insertWidget(0, banner)
    elif isinstance(layout, QFormLayout):
        banner = make_banner(window)
        layout.insertRow(0, banner)
    if banner is not None:
        banner.setProperty("insertedByTrainingMark", True)
        banner.show()  # a child added while its window is being shown stays hidden otherwise


def unmark(window: QWidget) -> None:
    title = window.windowTitle()
    if title.startswith(TITLE_PREFIX):
        window.setWindowTitle(title[len(TITLE_PREFIX) :])
    for label in window.findChildren(QLabel, BANNER_OBJECT_NAME):
        if label.property("insertedByTrainingMark"):
            label.hide()
            label.setParent(None)
            label.deleteLater()


class TrainingMarker(QObject):
    """While enabled, marks every window as it is shown or retitled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = False

    def enable(self) -> None:
        if self.enabled:
            return
        self.enabled = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and _is_markable(widget):
                mark(widget)

    def disable(self) -> None:
        if not self.enabled:
            return
        self.enabled = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            if _is_markable(widget):
                unmark(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.Show, QEvent.Type.WindowTitleChange)
            and isinstance(watched, QWidget)
            and _is_markable(watched)
        ):
            if kind == QEvent.Type.Show:
                mark(watched)
            elif not watched.windowTitle().startswith(TITLE_PREFIX):
                watched.setWindowTitle(TITLE_PREFIX + watched.windowTitle())
        return False
