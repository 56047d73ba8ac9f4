"""Walking a window's focus chain with the keyboard, as an officer without a mouse would:
Tab from the first control until focus comes back round, noting every control reached."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateTimeEdit, QWidget


def reachable_controls(root: QWidget) -> list[QWidget]:
    """Every enabled, visible control of ``root``'s window that takes focus from Tab."""
    window = root.window()
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.window() is not window or not w.isVisible() or not w.isEnabled():
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.focusProxy() is not None:
            continue
        # The parts Qt builds inside a composite control (a spin box's line edit).
        if w.objectName().startswith("qt_"):
            continue
        parent = w.parentWidget()
        if parent is not None and parent.focusProxy() is w:
            continue
        out.append(w)
    return out


def _name(w: QWidget | None) -> str:
    if w is None:
        return "nothing"
    return f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}"


def walk(qtbot: Any, root: QWidget, *, backwards: bool = False, limit: int = 400) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from the first control until focus comes back to it.

    Fails when a key press leaves focus where it was (a table keeping Tab for its cells).
    Returns the controls reached, in order.
    """
    window = root.window()
    window.activateWindow()
    controls = reachable_controls(root)
    assert controls, f"{_name(root)} has no control to walk"
    if len(controls) == 1:  # a lone button (Cancel while work runs) keeps focus, rightly
        return controls
    start = window.focusWidget()
    if start is None or not (start.focusPolicy() & Qt.FocusPolicy.TabFocus):
        start = controls[0]
        start.setFocus(Qt.FocusReason.TabFocusReason)
    start = window.focusWidget()
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    mods = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    seen: list[QWidget] = [start]
    here = start
    stays = 0
    for _ in range(limit):
        qtbot.keyClick(here, key, mods)
        QApplication.processEvents()
        nxt = window.focusWidget()
        if nxt is here and isinstance(here, QDateTimeEdit) and stays < 6:
            # Tab walks a date's day, month, year (and time) before leaving it.
            stays += 1
            continue
        stays = 0
        assert nxt is not here, f"{'Shift+Tab' if backwards else 'Tab'} stays in {_name(here)}"
        if nxt is start or nxt in seen:
            return seen
        seen.append(nxt)
        here = nxt
    raise AssertionError(f"focus never came back to {_name(start)}")


def assert_every_control_reached(qtbot: Any, root: QWidget) -> None:
    """Tab and Shift+Tab both reach every control, and leave every list and table."""
    for backwards in (False, True):
        seen = walk(qtbot, root, backwards=backwards)
        missed = [w for w in reachable_controls(root) if w not in seen]
        assert not missed, "never reached by {}: {}".format(
            "Shift+Tab" if backwards else "Tab", ", ".join(_name(w) for w in missed)
        )
        tables = [w for w in seen if isinstance(w, QAbstractItemView)]
        for table in tables:
            assert table.tabKeyNavigation() is False, f"{_name(table)} keeps Tab for its cells"
