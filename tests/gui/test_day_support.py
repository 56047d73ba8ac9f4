"""Helpers shared by the officer's-day tests (``test_day_*.py``): one training vault built
once per test session and copied for each test, a fixed "now", and a walk over every piece
of text a widget and its children hold."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "kestrel tuesday lantern"
# The screenshots' moment: Friday 20 November 2026, 10:00 in London.
AT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
ADULT = "MERLIN-0003"  # adult, standard rights, agreed update due today
CHILD = "KESTREL-0001"  # age disputed, the full NRM story, a SPOC change
DRAFTED = "CURLEW-0006"  # exit strategy only drafted
CLOSED = "HERON-0002"

_master: dict[str, Path] = {}


def master_vault(factory: pytest.TempPathFactory) -> Path:
    """The training vault at ``AT`` (8 cases, seed 2026), built once per session, closed."""
    if "path" not in _master:
        from msvlo_desktop.services.training import create_training_vault

        folder = factory.mktemp("day-master")
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
            vault = create_training_vault(
                folder / "training.msvlo", PASSPHRASE, now=AT, cases=8, seed=2026
            )
            vault.close()
        _master["path"] = folder / "training.msvlo"
    return _master["path"]


def copy_vault(factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """A test's own copy of the training vault (closed)."""
    dest = tmp_path / "training.msvlo"
    shutil.copy2(master_vault(factory), dest)
    return dest


def open_vault(path: Path) -> Vault:
    return Vault.open(path, PASSPHRASE, clock=lambda: AT)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    out: list[str] = []
    for row in range(model.rowCount(parent)):
        for col in range(max(model.columnCount(parent), 1)):
            index = model.index(row, col, parent)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.UserRole,
            ):
                value = index.data(role)
                if value is not None:
                    out.append(str(value))
            if col == 0 and model.rowCount(index) > 0:
                out += _model_texts(model, index)
    return out


def widget_texts(root: QWidget) -> list[str]:
    """Every piece of text ``root`` and its children show or hold."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out += _model_texts(w.model())
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
    return [t for t in out if t]


def texts_with(root: QWidget, *needles: str) -> list[str]:
    return [t for t in widget_texts(root) if any(n in t for n in needles)]


def shown(widget: Any) -> bool:
    return bool(widget.isVisibleTo(widget.window()))
