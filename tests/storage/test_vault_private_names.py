"""Nothing outside storage/ reaches into the vault: the window, the command line, the reports
and the benchmarks use its public names only, so its parts can change behind them."""

from __future__ import annotations

import ast
from pathlib import Path

from msvlo_desktop.storage import vault as vault_module
from msvlo_desktop.storage.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
STORAGE = ROOT / "msvlo_desktop" / "storage"


def _private_names() -> set[str]:
    """Every private name of the vault: its methods, properties and the attributes its
    parts set on ``self``, and the module-level names of its modules."""
    names = {n for n in dir(Vault) if n.startswith("_") and not n.startswith("__")}
    for path in STORAGE.glob("vault*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                names.add(node.attr)
    return names


def _module_private_names() -> set[str]:
    return {n for n in vars(vault_module) if n.startswith("_") and not n.startswith("__")}


def _reaching_in(path: Path, private: set[str], module_private: set[str]) -> list[str]:
    """Each ``x._name`` with a vault private ``_name`` where ``x`` is not ``self`` or ``cls``
    (a class's own attribute of the same name is its own business), and each private name
    imported from a vault module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in private:
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                continue
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "msvlo_desktop.storage.vault"
        ):
            found += [
                f"{path.relative_to(ROOT)}:{node.lineno} imports {a.name}"
                for a in node.names
                if a.name.startswith("_") or a.name in module_private
            ]
    return found


def test_the_private_names_are_found() -> None:
    private = _private_names()
    assert {"_mutex", "_conn", "_anchor", "_tx", "_audit", "_case_row"} <= private


def test_nothing_outside_storage_touches_a_private_name_of_the_vault() -> None:
    private, module_private = _private_names(), _module_private_names()
    files = [
        f
        for folder in ("msvlo_desktop", "benchmarks")
        for f in sorted((ROOT / folder).rglob("*.py"))
        if STORAGE not in f.parents
    ]
    assert len(files) > 50
    offenders = [hit for f in files for hit in _reaching_in(f, private, module_private)]
    assert offenders == []
