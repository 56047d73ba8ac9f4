"""The distribution's declarations, lock, licence and notices are consistent (fast: reads the
repository's files only). Building the sdist and the wheel is in test_built_distributions.py
(slow)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
LOCKS = ["app", "dev", "bundle"]


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[=<>!~; \[]", requirement, maxsplit=1)[0]).lower()


def _locked(lock: str) -> dict[str, str]:
    """name -> version of every package in requirements/<lock>.txt."""
    text = (ROOT / "requirements" / f"{lock}.txt").read_text(encoding="utf-8")
    pins: dict[str, str] = {}
    for match in re.finditer(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^ ;\\\n]+)", text, re.M):
        pins.setdefault(_name(match.group(1)), match.group(2))
    return pins


def test_licence_is_mit_with_no_licence_classifier() -> None:
    assert PROJECT["license"] == "MIT"
    assert set(PROJECT["license-files"]) == {"LICENSE", "THIRD-PARTY-NOTICES"}
    assert not [c for c in PROJECT["classifiers"] if c.startswith("License ::")]
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in licence


def test_classifiers_and_no_invented_urls() -> None:
    assert "Programming Language :: Python :: 3.11" in PROJECT["classifiers"]
    windows = "Operating System :: Microsoft :: Windows"
    assert any(c.startswith(windows) for c in PROJECT["classifiers"])
    # The project has no public home yet: an address that leads nowhere (or to someone
    # else's project) in the package metadata or the installer would mislead force IT.
    assert "urls" not in PROJECT


def test_lean_dependencies() -> None:
    names = {_name(d) for d in PROJECT["dependencies"]}
    assert "pyside6-essentials" in names
    assert "pyside6" not in names and "pyside6-addons" not in names
    assert "phonenumberslite" in names and "phonenumbers" not in names
    assert "pypdfium2" in names
    for requirement in PROJECT["dependencies"]:
        assert "==" in requirement, f"{requirement} is not pinned"
    assert "6.12.0" not in _locked("app").get("pyside6-essentials", "")


@pytest.mark.parametrize("lock", LOCKS)
def test_every_locked_requirement_has_hashes(lock: str) -> None:
    text = (ROOT / "requirements" / f"{lock}.txt").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
    requirements = [b for b in blocks if re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*==", b)]
    assert requirements
    for block in requirements:
        assert "--hash=sha256:" in block, f"{block.splitlines()[0]} has no hash"


@pytest.mark.parametrize("lock", LOCKS)
def test_lock_matches_the_declared_pins(lock: str) -> None:
    pins = _locked(lock)
    declared = list(PROJECT["dependencies"])
    if lock != "app":
        declared += PROJECT["optional-dependencies"][lock]
    for requirement in declared:
        name = _name(requirement)
        version = requirement.split("==", 1)[1].split(";")[0].strip()
        assert pins.get(name) == version, f"{lock}.txt: {name} {pins.get(name)} != {version}"


def test_lock_is_universal() -> None:
    """Windows-only packages of the build tools are in the lock although it was made on Linux."""
    text = (ROOT / "requirements" / "bundle.txt").read_text(encoding="utf-8")
    assert "sys_platform == 'win32'" in text
    assert "sys_platform == 'darwin'" in text


def test_notices_name_every_runtime_package_with_its_locked_version() -> None:
    notices = (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    summary = notices.split("\n\n=", 1)[0]
    found = {_name(m.group(1)): m.group(2) for m in re.finditer(r"^(\S+) (\S+): ", summary, re.M)}
    for name, version in _locked("app").items():
        assert found.get(name) == version, f"THIRD-PARTY-NOTICES: {name} {version}"


@pytest.mark.parametrize(
    "library",
    ["Qt 6", "SQLCipher", "OpenSSL", "PDFium", "qpdf", "Python", "PyInstaller bootloader"],
)
def test_notices_cover_native_libraries(library: str) -> None:
    notices = (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    assert re.search(rf"^{re.escape(library)}\b.*\n\s+\S", notices, re.M), library


def test_notices_carry_the_lgpl_and_mpl_texts() -> None:
    notices = (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    assert "Mozilla Public License Version 2.0" in notices


def test_sdist_manifest_covers_the_source() -> None:
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    for entry in [
        "graft tests",
        "graft ui",
        "graft resources",
        "graft docs",
        "Makefile",
        "LICENSE",
        "THIRD-PARTY-NOTICES",
    ]:
        assert entry in manifest


def test_bundle_spec_collects_what_the_frozen_application_needs() -> None:
    spec = (ROOT / "packaging" / "msvlo.spec").read_text(encoding="utf-8")
    for needed in [
        'collect_submodules("msvlo_desktop")',
        'collect_data_files("msvlo_desktop")',
        'collect_data_files("holidays")',
        'copy_metadata("msvlo-desktop")',
        '"THIRD-PARTY-NOTICES"',
        'name="msvlo-desktop"',
        'name="msvlo"',
        "console=False",
    ]:
        assert needed in spec, needed
