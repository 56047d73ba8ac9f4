"""The layering rules of DESIGN.md, read from the source so a reader's change cannot quietly
break them:

* nothing under ``core/``, ``storage/``, ``reports/`` or ``services/`` imports Qt;
* ``core/`` imports no database driver, ``reports/`` does not reach the vault;
* nothing outside ``storage/`` touches a name of the vault that starts with an underscore;
* the tests of those layers and of the command line need no QApplication;
* no hand-written module is over 800 lines and no class over 500.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "msvlo_desktop"
GENERATED = ("gui/forms/", "gui/resources_rc.py")
QT_FREE_LAYERS = ["core", "storage", "reports", "services"]
QT_FREE_TESTS = ["core", "storage", "reports", "services", "cli", "reliability"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _hand_written() -> list[Path]:
    return [
        f
        for f in sorted(PACKAGE.rglob("*.py"))
        if not any(str(f.relative_to(PACKAGE)).startswith(g) for g in GENERATED)
    ]


@pytest.mark.parametrize("layer", QT_FREE_LAYERS)
def test_no_qt_below_the_window(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found under {layer}/"
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(
            m for m in _imports(f) if m.startswith(("PySide6", "msvlo_desktop.gui"))
        )
        for f in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_uses_no_database_driver() -> None:
    offenders = {}
    for f in sorted((PACKAGE / "core").rglob("*.py")):
        bad = [m for m in _imports(f) if m.split(".")[0] in ("sqlcipher3", "sqlite3", "pikepdf")]
        if bad:
            offenders[f.name] = bad
    assert offenders == {}


@pytest.mark.parametrize("layer", ["core", "reports"])
def test_lower_layers_do_not_reach_up(layer: str) -> None:
    above = ("msvlo_desktop.storage", "msvlo_desktop.services", "msvlo_desktop.cli")
    if layer == "core":
        above += ("msvlo_desktop.reports",)
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(m for m in _imports(f) if m.startswith(above))
        for f in sorted((PACKAGE / layer).rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


# `vault._x`, `self.vault._x`, `Vault._x`: a private name of the vault reached from outside.
_VAULT_PRIVATE = re.compile(r"\b(?:[A-Za-z_]*vault|Vault)\._[a-z]\w*")


def test_nothing_outside_storage_touches_vault_private_names() -> None:
    offenders = {}
    for f in _hand_written():
        if f.is_relative_to(PACKAGE / "storage"):
            continue
        found = sorted(set(_VAULT_PRIVATE.findall(f.read_text(encoding="utf-8"))))
        if found:
            offenders[str(f.relative_to(PACKAGE))] = found
    assert offenders == {}


@pytest.mark.parametrize("folder", QT_FREE_TESTS)
def test_layer_tests_need_no_qapplication(folder: str) -> None:
    files = sorted((ROOT / "tests" / folder).rglob("*.py"))
    assert files, f"no tests under tests/{folder}/"
    offenders = {}
    for f in files:
        text = f.read_text(encoding="utf-8")
        bad = sorted(
            m for m in _imports(f) if m.startswith(("PySide6", "pytestqt", "msvlo_desktop.gui"))
        )
        if re.search(r"\b(qtbot|qapp)\b", text):
            bad.append("qtbot/qapp fixture")
        if bad:
            offenders[str(f.relative_to(ROOT))] = bad
    assert offenders == {}


def test_modules_and_classes_stay_readable() -> None:
    too_long = {}
    for f in _hand_written():
        text = f.read_text(encoding="utf-8")
        lines = text.count("\n") + 1
        if lines > 800:
            too_long[str(f.relative_to(PACKAGE))] = lines
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > 500:
                    too_long[f"{f.relative_to(PACKAGE)}::{node.name}"] = size
    assert too_long == {}


def test_module_lists_are_imports_not_strings() -> None:
    """Readers, type checkers and freezing tools follow import statements, not strings."""
    offenders = [
        str(f.relative_to(PACKAGE))
        for f in _hand_written()
        if "importlib.import_module(" in f.read_text(encoding="utf-8")
    ]
    assert offenders == []
