"""What a benchmark run ran on: printed at the top of the table and kept with the results."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_bytes() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} (kernel {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def _load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def describe() -> dict[str, str]:
    """CPU, cores, RAM, OS, Python, SQLite and SQLCipher versions, and the load average."""
    from importlib.metadata import version

    import reportlab
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        cipher_sqlite = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        conn.close()
    ram = _ram_bytes()
    return {
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "ram": f"{ram / 2**30:.1f} GiB" if ram else "unknown",
        "os": _os_name(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "sqlcipher": f"SQLCipher {cipher} (SQLite {cipher_sqlite}), sqlcipher3 "
        f"{version('sqlcipher3')}",
        "sqlite_stdlib": f"SQLite {sqlite3.sqlite_version} (Python's sqlite3)",
        "pyside6": _pyside_version(),
        "reportlab": reportlab.Version,
        "load_average_at_start": _load(),
        "executable": sys.executable,
    }


def _pyside_version() -> str:
    # The application installs PySide6-Essentials; PySide6 itself (the bindings' own version)
    # says the same in every distribution.
    import PySide6

    return str(PySide6.__version__)


def lines(info: dict[str, str]) -> list[str]:
    return [
        f"Machine : {info['cpu']}, {info['cores']} cores, {info['ram']} RAM",
        f"OS      : {info['os']}",
        f"Python  : {info['python']}; PySide6 {info['pyside6']}; reportlab {info['reportlab']}",
        f"Storage : {info['sqlcipher']}; {info['sqlite_stdlib']}",
        f"Load    : {info['load_average_at_start']} (1, 5, 15 min) when the run started",
    ]
