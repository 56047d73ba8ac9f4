"""Helpers shared by the window-shell tests (``test_shell_*.py``): a case with canary text
that must never be on screen after a lock, and a walk over everything the widgets show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from msvlo_desktop.gui.settings import Settings

CANARY_NAME = "Zyxwv Canarynameq"
CANARY_PSEUDONYM = "Pseudocanary Heron"
CANARY_SUMMARY = "Summarycanary quokka 7731"
CANARY_REF = "KESTREL-0042"


def make_settings(folder: Path) -> Settings:
    return Settings.in_file(folder / "settings.ini")


def raw_case(ref: str = CANARY_REF, name: str = CANARY_NAME, **victim: Any) -> dict[str, Any]:
    return {
        "reference": ref,
        "crime_reference": "CR-1234-26",
        "opened_on": "2026-11-02",
        "crime_reported_at": "2026-11-02T10:00:00+00:00",
        "exploitation_types": ["labour"],
        "victim": {
            "name": name,
            "pseudonym": CANARY_PSEUDONYM,
            "claimed_age": 24,
            "safe_contact": {"method": "phone", "phone": "07700 900123"},
            **victim,
        },
    }


def add_case(vault: Any, ref: str = CANARY_REF, name: str = CANARY_NAME, **victim: Any) -> None:
    vault.add_case(raw_case(ref, name, **victim))
    vault.add_entry(
        ref,
        {
            "type": "interaction",
            "occurred_at": "2026-11-03T10:00:00+00:00",
            "mode": "phone",
            "summary": CANARY_SUMMARY,
        },
    )


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    out: list[str] = []
    for row in range(model.rowCount(parent)):
        for col in range(max(model.columnCount(parent), 1)):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None:
                    out.append(str(value))
            if col == 0 and model.rowCount(index) > 0:
                out += model_texts(model, index)
    return out


def shown_texts() -> list[str]:
    """Every piece of text any widget of the application holds or shows right now."""
    out: list[str] = []
    for w in QApplication.allWidgets():
        if isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out += model_texts(w.model())
        if w.isWindow():
            out.append(w.windowTitle())
        out.append(w.toolTip())
    return out


def texts_containing(*needles: str) -> list[str]:
    return [t for t in shown_texts() if any(n in t for n in needles)]


def input_widgets(root: QWidget) -> list[QWidget]:
    """The named input controls of a window (not the parts Qt builds inside them)."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QListView,
        QTableView,
    )

    kinds = (
        QLineEdit,
        QTextEdit,
        QPlainTextEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractButton,
        QListView,
        QTableView,
    )
    out = []
    for w in root.findChildren(QWidget):
        name = w.objectName()
        if not isinstance(w, kinds) or not name or name.startswith("qt_"):
            continue
        parent = w.parentWidget()
        # Parts of a composite control (a spin box's editor, a combo's view) are named by Qt.
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        out.append(w)
    return out
