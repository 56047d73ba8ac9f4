"""A high-contrast or dark system scheme is followed, not overridden by the light house
look."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from msvlo_desktop.gui import app as app_module
from msvlo_desktop.gui import system_theme
from msvlo_desktop.gui.system_theme import DARK, HIGH_CONTRAST, LIGHT, apply_look, without_colours

HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")


@pytest.fixture
def qapp_state(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test does to the application's look is put back afterwards."""
    sheet, palette, style = qapp.styleSheet(), QPalette(qapp.palette()), qapp.style().name()
    yield qapp
    qapp.styleHints().unsetColorScheme()
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def test_the_colourless_stylesheet_keeps_sizes_and_outlines() -> None:
    css = app_module.stylesheet()
    assert HEX.search(css)
    plain = without_colours(css)
    assert not HEX.search(plain)
    assert "font-size: 10pt" in plain
    assert "palette(window-text)" in plain  # borders drawn in the system's text colour
    assert "border-radius" in plain


@pytest.mark.parametrize("scheme", [HIGH_CONTRAST, DARK])
def test_a_contrast_or_dark_scheme_keeps_the_system_palette(
    qapp_state: QApplication, monkeypatch: Any, scheme: str
) -> None:
    monkeypatch.setattr(system_theme, "system_scheme", lambda _app: scheme)
    app_module.configure(qapp_state)
    assert not HEX.search(qapp_state.styleSheet())
    assert qapp_state.palette() == QPalette()


def test_a_light_system_gets_the_house_look(qapp_state: QApplication, monkeypatch: Any) -> None:
    monkeypatch.setattr(system_theme, "system_scheme", lambda _app: LIGHT)
    app_module.configure(qapp_state)
    assert HEX.search(qapp_state.styleSheet())


def test_apply_look_names_the_scheme(qapp_state: QApplication) -> None:
    assert apply_look(qapp_state, "QLabel { color: #123456; }", HIGH_CONTRAST) == HIGH_CONTRAST
    assert qapp_state.styleSheet().strip() == "QLabel {  }"
