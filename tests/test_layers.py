"""The layering rule of DESIGN.md: core, storage and reports never import Qt; core never
imports a database driver."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "msvlo_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["core", "storage", "reports"])
def test_no_qt_below_the_window(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found under {layer}/"
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(m for m in _imports(f) if m.startswith("PySide6"))
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
