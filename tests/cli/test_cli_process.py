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


def _run(
    args: list[str], stdin: str, anchors: Path, *, module: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MSVLO_ANCHOR_DIR": str(anchors), "PYTHONIOENCODING": "utf-8"}
    script = [str(SCRIPT)] if SCRIPT.exists() and not module else None
    command = script or [sys.executable, "-m", "msvlo_desktop.cli"]
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
    # Exactly our one line: nothing from SQLCipher's own logging, no traceback.
    assert wrong.stderr == f"The passphrase is wrong, or {vault} is not an MSVLO vault.\n"
    assert wrong.stdout == ""
    # python -m msvlo_desktop.cli is the same program.
    ok = _run(["verify", str(vault)], PASSPHRASE + "\n", anchors, module=True)
    assert (ok.returncode, ok.stdout) == (0, "OK\n"), ok.stderr


@pytest.mark.skipif(not SCRIPT.exists(), reason="the msvlo script is not installed in this venv")
def test_the_console_script_runs_main() -> None:
    assert "msvlo_desktop.cli" in SCRIPT.read_text()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("command", ["verify", "cases"])
def test_a_named_pipe_is_not_a_vault_and_does_not_hang(tmp_path: Path, command: str) -> None:
    # Opening a named pipe to read waits for a writer that never comes: a pipe put where a
    # vault or a backup is expected (a shared folder, a USB stick) hung every command.
    pipe = tmp_path / "v.msvlo"
    os.mkfifo(pipe)
    env = {**os.environ, "MSVLO_ANCHOR_DIR": str(tmp_path / "anchors")}
    done = subprocess.run(
        [sys.executable, "-m", "msvlo_desktop.cli", command, str(pipe)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        encoding="utf-8",
    )
    assert done.returncode == 3, done.stderr
    assert done.stderr == f"{pipe} is not a regular file (a pipe or device); it is not a vault.\n"
