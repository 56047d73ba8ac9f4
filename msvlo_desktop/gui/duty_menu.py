"""The Log menu's "Further duties" submenu: one item per duty entry type (age assessment,
Rights 3, 7 and 12, the right to review, risk review), each opening that type's form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

__all__ = ["DUTY_ACTIONS", "add_duty_menu"]

# Entry type -> (menu text with its mnemonic, status tip).
DUTY_ACTIONS: dict[str, tuple[str, str]] = {
    "age_assessment": ("&Age assessment…", "Record an age assessment requested or decided"),
    "written_acknowledgement": (
        "&Written acknowledgement (Right 3)…",
        "Record the written acknowledgement of the crime report, or why it was not safe",
    ),
    "vps": (
        "Victim &Personal Statement (Right 7)…",
        "Record a Victim Personal Statement offered, made, declined or deferred",
    ),
    "complaint": ("&Complaint (Right 12)…", "Record a complaint and what happened to it"),
    "right_to_review": (
        "&Right to review…",
        "Record that the victim was told of the right to review, a request or its outcome",
    ),
    "risk_review": ("Ris&k review…", "Record a risk review: family, return home, actions"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DutyMenu", text)


def add_duty_menu(
    log_menu: QMenu, before: QAction, parent: QWidget, open_form: Callable[[str], Any]
) -> QMenu:
    """Insert the submenu into ``log_menu`` before ``before``; return it (the window enables
    it with the other logging actions)."""
    menu = QMenu(_tr("Further &duties"), parent)
    menu.setObjectName("dutyMenu")
    for entry_type, (text, tip) in DUTY_ACTIONS.items():
        action = QAction(_tr(text), parent)
        action.setObjectName(f"log_{entry_type}_action")
        action.setStatusTip(_tr(tip))
        action.setToolTip(_tr(tip))
        action.triggered.connect(lambda _=False, t=entry_type: open_form(t))
        menu.addAction(action)
    log_menu.insertMenu(before, menu)
    return menu
