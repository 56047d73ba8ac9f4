"""No crash dumps: a dump of this process would hold the passphrase and case text.

Called first thing by the window (``gui/app.py``) and the command line (``cli``), before any
passphrase is read, as KeePassXC does:

- Linux and macOS: the core file size limit is set to 0, which stops the kernel writing a
  core file. Started as a program (``msvlo``, ``msvlo-desktop``), the hard limit is set to 0
  too, so nothing in the process can raise it again; called inside another Python process
  (``main(argv)`` from a test or a script), only the soft limit is, so that host process can
  still start others with the limit it chooses;
- Linux: the process is also marked not dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which stops
  a core handler configured through ``core_pattern`` (systemd-coredump, apport: they ignore the
  size limit) and other processes of the same user from reading this one's memory through
  ``ptrace`` or ``/proc/<pid>/mem``;
- Windows: no error-reporting dialog or dump (``SetErrorMode``), and the executable is excluded
  from Windows Error Reporting (``WerAddExcludedApplication``), which would otherwise keep a
  dump of a crash.

Nothing here can fail the start: a setting the system refuses is noted in the returned list
(and the log) and the application goes on, as it would without it.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys
from pathlib import Path

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
# Windows: SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
_SEM_FLAGS = 0x0001 | 0x0002 | 0x8000


def disable_core_dumps(*, whole_process: bool = True) -> list[str]:
    """Apply the settings above; return what could not be applied. ``whole_process``: this
    is the program itself, so the hard core limit is lowered as well."""
    problems: list[str] = []
    if os.name == "posix":
        problems += _no_core_file(whole_process)
        if sys.platform.startswith("linux"):
            problems += _not_dumpable()
    elif os.name == "nt":  # pragma: no cover - exercised on Windows laptops
        problems += _windows_no_dumps()
    return problems


def _no_core_file(whole_process: bool) -> list[str]:
    import resource

    try:
        hard = 0 if whole_process else resource.getrlimit(resource.RLIMIT_CORE)[1]
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (ValueError, OSError) as exc:
        return [f"core file limit not set: {exc}"]
    return []


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _not_dumpable() -> list[str]:
    try:
        libc = _libc()
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return [f"prctl(PR_SET_DUMPABLE) refused: errno {ctypes.get_errno()}"]
    except (OSError, AttributeError) as exc:
        return [f"prctl unavailable: {exc}"]
    return []


def is_dumpable() -> bool | None:
    """Linux: whether this process may be dumped (``PR_GET_DUMPABLE``); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _windows_no_dumps() -> list[str]:  # pragma: no cover - exercised on Windows laptops
    problems: list[str] = []
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return ["Windows libraries unavailable"]
    try:
        kernel32 = windll.kernel32
        kernel32.SetErrorMode(kernel32.GetErrorMode() | _SEM_FLAGS)
    except (OSError, AttributeError) as exc:
        problems.append(f"SetErrorMode unavailable: {exc}")
    with contextlib.suppress(OSError, AttributeError):
        wer = windll.wer
        exe = os.path.basename(sys.executable)
        # S_OK is 0; anything else (a policy forbids it) is noted, not fatal.
        if wer.WerAddExcludedApplication(ctypes.c_wchar_p(exe), False) != 0:
            problems.append("Windows Error Reporting exclusion refused")
    return problems


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) and make it readable by its owner only (0700), if it
    is ours. A no-op for the mode on Windows, where the profile folder is already private."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if folder.stat().st_uid == os.getuid():
                os.chmod(folder, 0o700)


def make_private_file(path: Path) -> None:
    """Create ``path`` empty if missing and make it readable by its owner only (0600), so a
    program that rewrites it in place or through a temporary file keeps that mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        if os.name == "posix" and os.fstat(fd).st_uid == os.getuid():
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
