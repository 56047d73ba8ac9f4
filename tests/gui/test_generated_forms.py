"""The committed forms are exactly what pyside6-uic makes of the Designer sources, so a
change to a .ui file that was not regenerated (`make forms`) fails here rather than shipping
a window that differs from its source."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-uic is missing from the environment")
    return found


def test_every_designer_source_has_a_form() -> None:
    assert UI_FILES
    forms = {p.name for p in (ROOT / "msvlo_desktop/gui/forms").glob("ui_*.py")}
    assert {f"ui_{u.stem}.py" for u in UI_FILES} <= forms


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.stem)
def test_form_matches_its_source(ui: Path) -> None:
    generated = subprocess.run(
        [_uic(), "--from-imports", "--no-autoconnection", str(ui)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    committed = (ROOT / "msvlo_desktop/gui/forms" / f"ui_{ui.stem}.py").read_text("utf-8")
    # The committed file carries one do-not-edit line above uic's output.
    assert committed.startswith("# Generated from ")
    assert committed.split("\n", 1)[1] == generated, f"run `make forms` for {ui.name}"


def test_resource_module_matches_its_sources(tmp_path: Path) -> None:
    rcc = shutil.which("pyside6-rcc", path=str(Path(sys.executable).parent))
    assert rcc is not None, "pyside6-rcc is missing from the environment"
    out = tmp_path / "rc.py"
    subprocess.run(
        [rcc, "--format-version", "1", str(ROOT / "resources/resources.qrc"), "-o", str(out)],
        check=True,
    )
    committed = (ROOT / "msvlo_desktop/gui/resources_rc.py").read_text("utf-8")
    assert committed.split("\n", 1)[1] == out.read_text("utf-8"), "run `make forms`"
