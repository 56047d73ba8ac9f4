"""Keeping a window on a small screen: a 1366×768 laptop at 125% scaling leaves about
1090×570 points once the taskbar and the title bar are counted.

A dialog opens at the size its Designer form gives it; on such a screen that may put its
buttons below the bottom edge. :func:`keep_on_screen` shrinks a window, before it is shown, to
the room the screen has (a form taller than that scrolls); :func:`fit_to_screen` does the
same for a shown window and moves it back onto the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room kept for the window's title bar and frame, which the window's own size leaves out.
FRAME_ALLOWANCE_PX = 40


def room_for(window: QWidget) -> QRect | None:
    """The part of the window's screen it may take, frame left out (None: no screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    room = screen.availableGeometry()
    return room.adjusted(0, 0, 0, -FRAME_ALLOWANCE_PX)


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to its screen's room (never below its minimum) and keep it on it."""
    room = room_for(window)
    if room is None:
        return
    width = max(min(window.width(), room.width()), window.minimumWidth())
    height = max(min(window.height(), room.height()), window.minimumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), room.left()), max(room.right() - width, room.left()))
    y = min(max(window.y(), room.top()), max(room.bottom() - height, room.top()))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


def keep_on_screen(window: QWidget) -> None:
    """Give ``window``, before it is first shown, a size its screen has room for (Qt then
    places a window of that size on the screen)."""
    room = room_for(window)
    if room is None:
        return
    width = max(min(window.width(), room.width()), window.minimumWidth())
    height = max(min(window.height(), room.height()), window.minimumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
