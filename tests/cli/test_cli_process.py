"""The real entry point in a separate process: exit codes, and exactly one line on standard
error, with nothing from SQLCipher's own logging and no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "kestrel tuesday lantern"
SCRIPT = Path(sys.executable).with_name("msvlo")


def _run(args: list[str], stdin: str, anchors: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MSVLO_ANCHOR_DIR": str(anchors), "PYTHONIOENCODING": "utf-8"}
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "msvlo_desktop.cli"]
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        encoding="utf-8",
    )


def test_the_installed_command_end_to_end(tmp_path: Path) -> None:
    anchors = tmp_path / "anchors"
    vault = tmp_path / "v.msvlo"
    made = _run(["init", str(vault), "--officer", "PC 1234 A. Smith"], PASSPHRASE + "\n", anchors)
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    wrong = _run(["verify", str(vault)], "a wrong passphrase here\n", anchors)
    assert wrong.returncode == 3
    assert wrong.stderr == f"The passphrase is wrong, or {vault} is not an MSVLO vault.\n"
    assert wrong.stdout == ""
    ok = _run(["verify", str(vault)], PASSPHRASE + "\n", anchors)
    assert (ok.returncode, ok.stdout) == (0, "OK\n")
    usage = _run(["verify"], "", anchors)
    assert usage.returncode == 2 and len(usage.stderr.splitlines()) == 1


def test_python_dash_m_works_too(tmp_path: Path) -> None:
    env = {**os.environ, "MSVLO_ANCHOR_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "msvlo_desktop.cli", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.startswith("msvlo ")


@pytest.mark.skipif(not SCRIPT.exists(), reason="the msvlo script is not installed in this venv")
def test_the_console_script_is_installed() -> None:
    assert SCRIPT.read_text().count("msvlo_desktop.cli") >= 1
