"""The services layer's place: no Qt in it (a command-line run never loads PySide6), reports
below it know no vault, and its modules stay small enough to read."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "msvlo_desktop"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_services_import_no_qt() -> None:
    files = sorted((PACKAGE / "services").rglob("*.py"))
    assert files
    bad = {f.name: sorted(m for m in _imports(f) if m.startswith("PySide6")) for f in files}
    assert {k: v for k, v in bad.items() if v} == {}


def test_reports_know_no_vault_and_no_service() -> None:
    below = ("msvlo_desktop.storage", "msvlo_desktop.services", "sqlcipher3")
    bad = {
        f.name: sorted(m for m in _imports(f) if m.startswith(below))
        for f in sorted((PACKAGE / "reports").rglob("*.py"))
    }
    assert {k: v for k, v in bad.items() if v} == {}


def test_importing_every_service_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import msvlo_desktop.services.next_due, msvlo_desktop.services.obligations\n"
        "import msvlo_desktop.services.reports, msvlo_desktop.services.today\n"
        "import msvlo_desktop.services.training\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
    )
    assert out.stdout.strip() == "[]"


def test_no_service_module_over_800_lines_nor_class_over_500() -> None:
    long_modules, long_classes = {}, {}
    for f in sorted((PACKAGE / "services").rglob("*.py")):
        text = f.read_text(encoding="utf-8")
        if text.count("\n") > 800:
            long_modules[f.name] = text.count("\n")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > 500:
                    long_classes[f"{f.name}:{node.name}"] = size
    assert (long_modules, long_classes) == ({}, {})
