"""Light by design, the system's colours when the officer needs them.

The house look (Fusion, the calm stylesheet in ``resources/style/app.qss``) is drawn for a
light scheme. An officer who has chosen a high-contrast theme (Windows' contrast themes and
the like, which Qt reports as a contrast preference) or a dark scheme gets the system's own
palette instead, and the stylesheet without its colours: its sizes, spacing and weights
stay, every colour comes from the system, and borders are drawn in the text colour so
fields stay outlined. The look follows the system when it changes while the application
runs.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high_contrast"

_HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")
_DECLARATION = re.compile(r"(?P<prop>[a-z-]+)\s*:\s*(?P<value>[^;{}]*);")


def system_scheme(app: QApplication) -> str:
    """What the system asks for: ``HIGH_CONTRAST``, ``DARK`` or ``LIGHT``."""
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is not None:
        preference = accessibility().contrastPreference()
        if preference == Qt.ContrastPreference.HighContrast:
            return HIGH_CONTRAST
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


def without_colours(css: str) -> str:
    """``css`` with every fixed colour taken out: colour and background declarations go,
    borders keep their width and style and take the text colour of the system palette."""

    def rewrite(m: re.Match[str]) -> str:
        prop, value = m.group("prop"), m.group("value")
        if not _HEX.search(value):
            return m.group(0)
        if prop.startswith("border"):
            return f"{prop}: {_HEX.sub('palette(window-text)', value)};"
        return ""

    return _DECLARATION.sub(rewrite, css)


def apply_look(app: QApplication, css: str, scheme: str | None = None) -> str:
    """Give ``app`` the house look for ``scheme`` (the system's when None); returns the
    scheme applied."""
    scheme = system_scheme(app) if scheme is None else scheme
    hints = app.styleHints()
    if scheme == LIGHT:
        # The stylesheet is drawn for a light scheme: a system scheme that is not asked for
        # is not taken half-way.
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet(css)
    else:
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # the platform's palette, contrast theme included
        app.setStyleSheet(without_colours(css))
    return scheme


def follow_system(app: QApplication, css: str) -> None:
    """Apply the look now and again whenever the system's scheme or contrast changes."""
    state = {"scheme": apply_look(app, css)}

    def changed(*_args: object) -> None:
        wanted = system_scheme(app)
        if wanted != state["scheme"]:
            state["scheme"] = apply_look(app, css, wanted)

    hints = app.styleHints()
    hints.colorSchemeChanged.connect(changed)
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(changed)
