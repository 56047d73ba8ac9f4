"""Starting probes and the application in child processes, with a private environment.

Every child runs offscreen, with its per-user folders (settings, logs, data) and its rollback
anchors inside the run's own folder, so a benchmark never reads or writes the officer's real
settings or anchors. The peak resident memory of a child comes from ``wait4``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.probe import MARK

ROOT = Path(__file__).resolve().parent.parent


class ProbeFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class Environment:
    """The run's private folder and the variables every child gets."""

    folder: Path

    @property
    def anchors(self) -> Path:
        return self.folder / "anchors"

    @property
    def settings(self) -> Path:
        return self.folder / "settings"

    def variables(self) -> dict[str, str]:
        env = dict(os.environ)
        home = self.folder / "home"
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(home / var.lower())
        env["MSVLO_ANCHOR_DIR"] = str(self.anchors)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        env.pop(EXIT_ENV, None)
        return env

    def prepare(self) -> None:
        for path in (self.anchors, self.settings):
            path.mkdir(parents=True, exist_ok=True)


EXIT_ENV = "MSVLO_EXIT_AFTER_FIRST_PAINT"


def _run(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[str, str, int, int]:
    """(stdout, stderr, exit code, peak resident bytes) of a child process.

    The child writes to temporary files and is reaped with ``wait4``, which gives that one
    child's resource usage (``RUSAGE_CHILDREN`` would give the largest child so far)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT, text=True)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                raise ProbeFailed(f"{' '.join(cmd[2:4])} timed out after {timeout:.0f} s")
            time.sleep(0.005)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        rss = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
        return out.read(), err.read(), proc.returncode, int(rss)


def probe(env: Environment, name: str, timeout: float = 3600, **args: Any) -> dict[str, Any]:
    """Run ``benchmarks.probe NAME`` in a child and return its result."""
    cmd = [sys.executable, "-m", "benchmarks.probe", name, json.dumps(args)]
    out, err, code, rss = _run(cmd, env.variables(), timeout)
    for line in out.splitlines():
        if line.startswith(MARK):
            result: dict[str, Any] = json.loads(line[len(MARK) :])
            if "error" in result:
                raise ProbeFailed(f"{name}: {result['error']}\n{err[-2000:]}")
            result["child_rss"] = rss
            return result
    raise ProbeFailed(f"{name} printed no result (exit {code}):\n{err[-2000:]}")


def cold_start(env: Environment, vault: Path, timeout: float = 120) -> dict[str, Any]:
    """Process start to the unlock dialog painted: ``python -m msvlo_desktop.gui.app --vault``
    with ``MSVLO_EXIT_AFTER_FIRST_PAINT=1`` (see ``gui/app.py``). The clock starts just
    before the process is created and stops at the time the application prints."""
    variables = env.variables()
    variables[EXIT_ENV] = "1"
    cmd = [sys.executable, "-m", "msvlo_desktop.gui.app", "--vault", str(vault)]
    started = time.time_ns()
    out, err, code, rss = _run(cmd, variables, timeout)
    for line in out.splitlines():
        if line.startswith("first-paint "):
            painted = int(line.split()[1])
            return {"seconds": (painted - started) / 1e9, "exit": code, "rss": rss}
    raise ProbeFailed(f"the application printed no first-paint time (exit {code}):\n{err[-2000:]}")
