"""One measurement in its own process: ``python -m benchmarks.probe NAME 'JSON ARGS'``.

Each probe runs in a fresh interpreter so that its peak resident memory (``ru_maxrss``) is
its own, leftover worker threads of one window cannot slow the next, and a crash loses one
row, not the run. It prints one line, ``PROBE-RESULT {json}``, and exits at once
(``os._exit``: a window's background tasks are not waited for).

Timed runs come first, without tracing; then, when asked, one more run under
``tracemalloc`` gives the peak of the Python heap during the operation (tracing slows
Python down, so it never overlaps a timed run, and the resident-memory figure is read before
it). Resident memory is the whole process: the interpreter, Qt, the SQLCipher page cache
and whatever the operation kept.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

MARK = "PROBE-RESULT "
# A figure whose first run takes longer than this is measured at most SLOW_REPEAT times: a
# 1,000-case run stays within an hour, and the spread of runs that long is small anyway.
SLOW_SECONDS = 10.0
SLOW_REPEAT = 3

Result = dict[str, Any]
Probe = Callable[..., Result]


def max_rss_bytes() -> int:
    # Kilobytes on Linux, bytes on macOS.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(rss if sys.platform == "darwin" else rss * 1024)


def traced_peak(run: Callable[[], object]) -> int:
    """Peak bytes of Python heap allocated while ``run`` runs, above what was held before."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base, _ = tracemalloc.get_traced_memory()
        run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return max(0, peak - base)


def timed(run: Callable[[], object], repeat: int, *, trace: bool, warmup: bool = True) -> Result:
    """Wall and CPU seconds of ``repeat`` runs, resident memory, and the heap peak of one
    more run when ``trace``. With ``warmup`` a first run is timed apart (``first``): it
    pays what a process pays once (imports, the holiday calendar, the page cache)."""
    out: Result = {}
    if warmup:
        t0 = time.perf_counter()
        run()
        out["first"] = time.perf_counter() - t0
        if out["first"] > SLOW_SECONDS:
            repeat = min(repeat, SLOW_REPEAT)
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(repeat):
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    out.update({"times": times, "cpu": cpu, "rss": max_rss_bytes()})
    if trace:
        out["heap_peak"] = traced_peak(run)
    return out


# What-if runs (``--what-if memory-security-on``): the same probes with SQLCipher's enhanced
# memory security turned on, to show what that setting would cost. The application leaves it
# at SQLCipher's default, off (storage/connection.py; docs/SECURITY.md says why).
WHAT_IF_ENV = "MSVLO_BENCH_WHAT_IF"
MEMORY_SECURITY_ON = "memory-security-on"


def _apply_what_if() -> None:
    if os.environ.get(WHAT_IF_ENV) != MEMORY_SECURITY_ON:
        return
    import sqlcipher3

    real = sqlcipher3.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        conn = real(*args, **kwargs)
        # Before any key, as SQLCipher requires; it then holds for the whole process.
        conn.execute("PRAGMA cipher_memory_security = ON")
        return conn

    sqlcipher3.connect = connect


def _registry() -> dict[str, Probe]:
    from benchmarks import probes_gui, probes_storage, probes_vault

    return {**probes_gui.PROBES, **probes_vault.PROBES, **probes_storage.PROBES}


def main(argv: list[str]) -> None:
    name, raw = argv[0], argv[1] if len(argv) > 1 else "{}"
    args = json.loads(raw)
    _apply_what_if()
    probe = _registry()[name]
    try:
        result = probe(**args)
        result.setdefault("rss", max_rss_bytes())
    except BaseException as exc:
        result = {"error": f"{type(exc).__name__}: {exc}"}
        import traceback

        traceback.print_exc()
    print(MARK + json.dumps(result), flush=True)
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
