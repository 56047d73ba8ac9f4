"""The application's log file and what happens when something goes wrong.

The log helps IT support when the application itself misbehaves. It holds event names
("vault unlocked", "backup written") and, for our own bugs, the exception's type and the
stack of function names and line numbers: never a victim's details, a case reference, a file
name, a passphrase or an exception's message (which may quote what was typed).

Known problems (a vault open elsewhere, a full disk, a read-only or damaged file, a vault from
a newer version) get a plain message and a way forward; anything else is our bug and gets the
unexpected-error dialog naming the log file.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from msvlo_desktop.gui import messages
from msvlo_desktop.hardening import make_private_dir, make_private_file
from msvlo_desktop.storage.errors import VaultError

APP_NAME = "MSVLO Desktop"
ORG_NAME = "MSVLO Desktop"
LOG_FILE_NAME = "msvlo-desktop.log"
log = logging.getLogger("msvlo_desktop")

_log_path: Path | None = None


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotated log whose every new file is created private (0600), whatever the umask."""

    def _open(self) -> io.TextIOWrapper:  # type: ignore[type-arg,unused-ignore]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def setup_logging(folder: Path | None = None) -> Path:
    """Send the application's log to a rotated file in the platform's log folder."""
    global _log_path
    folder = folder or default_log_dir()
    # The log and its folder are private (0700, 0600): it names events, not case data, but
    # nobody else on the computer has any business reading it.
    if folder.parent.name == APP_NAME:
        make_private_dir(folder.parent)
    make_private_dir(folder)
    path = folder / LOG_FILE_NAME
    make_private_file(path)
    handler = _PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    for old in list(log.handlers):
        if isinstance(old, RotatingFileHandler):
            log.removeHandler(old)
            old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    _log_path = path
    return path


def log_path() -> Path:
    return _log_path or default_log_dir() / LOG_FILE_NAME


def event(name: str) -> None:
    """Log that something happened. ``name`` is a fixed phrase, never data."""
    log.info("%s", name)


def describe_bug(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The exception's type and where it happened, without its message or any values."""
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        where = Path(frame.filename)
        parts = where.parts
        if "msvlo_desktop" in parts:
            shown = "/".join(parts[parts.index("msvlo_desktop") :])
        else:
            shown = where.name
        lines.append(f"  {shown}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def log_bug(exc: BaseException) -> None:
    log.error("unexpected error: %s", describe_bug(type(exc), exc.__traceback__))


def _tr(text: str) -> str:
    return QCoreApplication.translate("diagnostics", text)


def show_known_problem(parent: QWidget | None, exc: VaultError, doing: str) -> None:
    """A known problem: its plain message (which already says what to do next)."""
    event(f"known problem: {type(exc).__name__}")
    messages.warn(parent, doing, str(exc))


def _unexpected_text() -> str:
    return _tr(
        "MSVLO Desktop met an error it did not expect. Everything already saved is safe "
        "in the vault; the last thing you did may not have been completed, so check it.\n\n"
        "The technical details are in the log file, which holds no case data:\n{path}\n\n"
        "Please send that file to your IT support."
    ).format(path=log_path())


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    """Our bug: log it (type and stack only) and tell the person where the log is."""
    log_bug(exc)
    messages.error(parent, _tr("Something went wrong"), _unexpected_text())


def report(parent: QWidget | None, exc: BaseException, doing: str) -> None:
    """Show any failure the right way: known problems plainly, bugs with the log path."""
    if isinstance(exc, VaultError):
        show_known_problem(parent, exc, doing)
    else:
        show_unexpected(parent, exc)


_in_hook = False


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    global _in_hook
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unexpected error: %s", describe_bug(exc_type, tb))
    if _in_hook:  # the dialog itself failed: the log has it, do not loop
        return
    _in_hook = True
    try:
        messages.error(None, _tr("Something went wrong"), _unexpected_text())
    finally:
        _in_hook = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    log.error("unexpected error in a thread: %s", describe_bug(args.exc_type, args.exc_traceback))


def install_excepthook() -> None:
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
