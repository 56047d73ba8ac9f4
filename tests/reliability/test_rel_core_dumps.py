"""No crash dumps: the window and the command line turn core dumps off first thing
(msvlo_desktop/hardening.py). Checked by reading the process's own settings, and by aborting
a process whose core limit was unlimited before the hardening ran."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX core dumps")

# Started as the real entry points are, after the core limit was raised to unlimited: then the
# entry point runs, and the process reports its own settings and, with "abort", aborts.
CHILD = textwrap.dedent(
    """
    import ctypes, ctypes.util, os, resource, sys
    unlimited = (resource.RLIM_INFINITY, resource.RLIM_INFINITY)
    resource.setrlimit(resource.RLIMIT_CORE, unlimited)
    entry, action = sys.argv[1], sys.argv[2]
    if entry == "cli":  # as the installed `msvlo` script runs it: main() with no arguments
        from msvlo_desktop.cli import main
        sys.argv = ["msvlo", "--version"]
        main()
    elif entry == "gui":
        from msvlo_desktop.gui.app import main
        sys.argv = ["msvlo-desktop"]
        main()
    elif entry == "cli-in-process":  # main(argv) called by another Python program
        from msvlo_desktop.cli import main
        main(["--version"])
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    dumpable = libc.prctl(3, 0, 0, 0, 0) if sys.platform.startswith("linux") else -1
    print("dumpable", dumpable, "core", *resource.getrlimit(resource.RLIMIT_CORE), flush=True)
    if action == "abort":
        os.abort()
    """
)


def _run(entry: str, action: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env["MSVLO_EXIT_AFTER_FIRST_PAINT"] = "1"
    return subprocess.run(
        [sys.executable, "-c", CHILD, entry, action],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _settings(done: subprocess.CompletedProcess[str]) -> tuple[int, int, int]:
    line = next(x for x in done.stdout.splitlines() if x.startswith("dumpable"))
    _, dumpable, _, soft, hard = line.split()
    return int(dumpable), int(soft), int(hard)


@pytest.mark.parametrize("entry", ["cli", "gui"])
def test_the_entry_points_turn_core_dumps_off(tmp_path: Path, entry: str) -> None:
    done = _run(entry, "report", tmp_path)
    assert done.returncode == 0, done.stderr
    dumpable, soft, hard = _settings(done)
    assert (soft, hard) == (0, 0)
    if sys.platform.startswith("linux"):
        assert dumpable == 0


def _cores(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name == "core" or p.name.startswith("core.")]


@pytest.mark.parametrize("entry", ["cli", "gui"])
def test_an_aborted_process_leaves_no_core_file(tmp_path: Path, entry: str) -> None:
    done = _run(entry, "abort", tmp_path)
    assert done.returncode != 0
    assert _cores(tmp_path) == []


def test_without_the_hardening_the_same_abort_leaves_a_core_file(tmp_path: Path) -> None:
    """The control: on this system an abort with an unlimited limit does write a core file,
    so the test above shows the hardening at work (skipped where cores go elsewhere)."""
    pattern = Path("/proc/sys/kernel/core_pattern")
    if not pattern.exists() or pattern.read_text().strip() not in ("core", "core.%p"):
        pytest.skip("core files are not written to the working folder on this system")
    done = _run("none", "abort", tmp_path)
    assert done.returncode != 0
    assert _cores(tmp_path) != []


def test_called_inside_another_program_the_soft_limit_is_lowered(tmp_path: Path) -> None:
    """main(argv) inside a host process (a test, a script): no core file from it either,
    and the host keeps its hard limit for what it starts later."""
    done = _run("cli-in-process", "report", tmp_path)
    assert done.returncode == 0, done.stderr
    dumpable, soft, hard = _settings(done)
    assert soft == 0 and hard != 0
    if sys.platform.startswith("linux"):
        assert dumpable == 0
    aborted = _run("cli-in-process", "abort", tmp_path)
    assert aborted.returncode != 0
    assert _cores(tmp_path) == []
