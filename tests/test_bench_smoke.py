"""The benchmark harness (``make bench``) still runs: a tiny quick run end to end.

It builds a two-case vault in a temporary folder, starts the application once to its first
paint (the ``MSVLO_EXIT_AFTER_FIRST_PAINT`` hook in ``gui/app.py``), runs a few probes in
their own processes and checks the table and the results file. The figures themselves are
not judged here: on a shared test machine they mean nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_quick_benchmark_run_prints_the_table_and_writes_results(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--quick",
            "--sizes",
            "2",
            "--repeat",
            "1",
            "--no-trace",
            "--only",
            "cold,save,search,today,todayview",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    assert "Machine : " in out and "SQLCipher" in out
    for operation in (
        "Cold start → unlock screen painted",
        "Save one entry",
        "Search every log",
        "Today view (all open cases)",
        "Today view shown (GUI thread)",
    ):
        assert operation in out
    assert "ERROR" not in out
    results = sorted(tmp_path.glob("results-*.json"))
    assert len(results) == 1
    rows = json.loads(results[0].read_text(encoding="utf-8"))["rows"]
    by_key = {row["key"]: row for row in rows}
    # gui_thread: the worst GUI-thread wait measured (here the Today view showing its lines;
    # search runs in a worker, so it is no GUI-thread wait).
    assert set(by_key) == {"cold_start", "save", "search", "today", "today_view", "gui_thread"}
    assert by_key["gui_thread"]["note"].startswith("worst: Today view shown")
    assert by_key["save"]["verdict"] in ("PASS", "MISS")
    assert len(by_key["save"]["values"]) == 20  # 20 saves per run
    assert all(v > 0 for row in rows for v in row["values"])
    assert by_key["cold_start"]["rss"] > 10_000_000  # the application's own process
    # The cached vault is kept; the run's scratch copies and anchors are gone.
    assert list((tmp_path / "vaults").glob("g*-2x100.msvlo"))
    assert not list(tmp_path.glob("run-*"))
