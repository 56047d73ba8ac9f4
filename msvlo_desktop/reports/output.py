"""Save a finished (encrypted) report so the file is either complete or absent, never partial.

The bytes go to a temporary file in the destination folder (same file system, so the final
rename is atomic), readable by the owner only; they are flushed and fsync'd, the file is
renamed over the destination, and on POSIX the folder is fsync'd so the rename survives a
power cut. On any failure the temporary file is removed and ``ReportWriteError`` says in
plain words what went wrong, for the window to show as it is.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["ReportWriteError", "Writer", "write_atomically"]

Writer = Callable[[BinaryIO, bytes], None]

_NO_SPACE = {errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())
_NOT_ALLOWED = {errno.EACCES, errno.EPERM}
# File systems that cannot fsync a directory say so with these; the data itself is already
# safely on disk by then.
_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.EBADF, getattr(errno, "ENOTSUP", errno.EINVAL)}


class ReportWriteError(Exception):
    """The report could not be saved; ``str(error)`` is a message fit to show the user."""

    def __init__(self, message: str, path: Path, errno_code: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.errno = errno_code


def _message(exc: OSError, path: Path) -> str:
    folder = path.parent
    code = exc.errno
    if code in _NO_SPACE:
        return f"Not enough disk space to save the report to {path}."
    if code == errno.EROFS:
        return f"The folder {folder} is read-only."
    if code in _NOT_ALLOWED:
        # On Windows a file open in a PDF viewer refuses replacement with the same error.
        return (
            f"The folder {folder} is read-only, or you are not allowed to save there. "
            f"If {path.name} is open in another program, close it and try again."
        )
    if code == errno.ENOENT:
        return f"The folder {folder} does not exist."
    if code == errno.EISDIR:
        return f"{path} is a folder. Choose a file name for the report."
    if code == errno.ENAMETOOLONG:
        return f"The file name {path.name} is too long."
    return f"Could not save the report to {path}: {exc.strerror or exc}."


def _write_all(stream: BinaryIO, data: bytes) -> None:
    stream.write(data)


def _fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        # Windows has no directory handles to fsync; NTFS journals the rename itself.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def _put_in_place(temp: Path, path: Path, *, replace: bool) -> None:
    """Give the finished temporary file its final name. Without ``replace`` a file that
    appeared at *path* meanwhile (while the report was built) is never replaced: the name is
    taken with link(2), which fails if it exists, then the temporary name is removed; where
    the file system has no hard links (FAT, exFAT) an empty file is created exclusively
    (O_EXCL) first and the report renamed over it, which is ours."""
    if replace:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        os.replace(temp, path)
        return
    temp.unlink()


def write_atomically(
    path: Path, data: bytes, *, writer: Writer = _write_all, replace: bool = True
) -> None:
    """Write *data* to *path* atomically; the result is 0600. ``replace``: an existing file
    is replaced (the officer chose to); otherwise one that exists, or appeared while the
    report was built, is left as it is and ``ReportWriteError`` says so.

    *writer* puts the bytes into the open temporary file; tests pass one that fails part-way.
    Raises ``ReportWriteError`` (chained to the ``OSError``) on failure, after removing the
    temporary file; an existing file at *path* is then left as it was (unless only the final
    fsync of the folder failed, when the new file is already in place).
    """
    path = Path(path)
    folder = path.parent
    try:
        # mkstemp opens with O_EXCL and mode 0600: nobody else can read the report while it
        # is being written, and that mode carries over to the final file.
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ReportWriteError(_message(exc, path), path, exc.errno) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            writer(stream, data)
            stream.flush()
            os.fsync(stream.fileno())
        _put_in_place(temp, path, replace=replace)
        _fsync_directory(folder)
    except BaseException as exc:
        # Also on KeyboardInterrupt: never leave a half-written report lying about.
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, FileExistsError):
            raise ReportWriteError(
                f"{path} already exists (it appeared while the report was being built) and "
                "was not replaced; save the report under another name.",
                path,
                exc.errno,
            ) from exc
        if isinstance(exc, OSError):
            raise ReportWriteError(_message(exc, path), path, exc.errno) from exc
        raise
