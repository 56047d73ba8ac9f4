"""Atomic saving of reports: complete file or none, temporary files cleaned up, plain errors.

Failures are simulated with an injected writer (the ``writer`` seam of ``write_atomically``)
and, for the rename, by replacing ``os.replace``; not with a read-only folder, because the
test suite runs as root in CI, where permission bits do not stop a write.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

import pytest

from msvlo_desktop.reports.output import ReportWriteError, Writer, write_atomically

DATA = b"%PDF-1.7 encrypted report bytes " * 1000


def _failing_writer(code: int) -> Writer:
    def writer(stream: BinaryIO, data: bytes) -> None:
        stream.write(data[: len(data) // 2])  # part of the report reaches the temp file
        raise OSError(code, os.strerror(code))

    return writer


def test_writes_the_file_owner_only_with_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    write_atomically(target, DATA)
    assert target.read_bytes() == DATA
    assert os.listdir(tmp_path) == ["report.pdf"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_atomically(target, DATA)
    assert target.read_bytes() == DATA
    assert os.listdir(tmp_path) == ["report.pdf"]


def test_syncs_the_file_and_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    write_atomically(tmp_path / "report.pdf", DATA)
    assert len(synced) == (2 if os.name == "posix" else 1)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "Not enough disk space to save the report to"),
        (errno.EROFS, "is read-only"),
        (errno.EACCES, "is read-only, or you are not allowed to save there"),
        (errno.EIO, "Could not save the report to"),
    ],
)
def test_failed_write_leaves_no_file_and_says_why(tmp_path: Path, code: int, message: str) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(ReportWriteError) as caught:
        write_atomically(target, DATA, writer=_failing_writer(code))
    assert message in str(caught.value)
    assert str(tmp_path) in str(caught.value)
    assert caught.value.errno == code
    assert caught.value.path == target
    assert isinstance(caught.value.__cause__, OSError)
    # Neither the final name with partial content nor the temporary file remains.
    assert os.listdir(tmp_path) == []


def test_failed_write_keeps_the_previous_report(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")
    with pytest.raises(ReportWriteError):
        write_atomically(target, DATA, writer=_failing_writer(errno.ENOSPC))
    assert target.read_bytes() == b"previous report"
    assert os.listdir(tmp_path) == ["report.pdf"]


def test_failed_rename_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReportWriteError, match="close it and try again"):
        write_atomically(tmp_path / "report.pdf", DATA)
    assert os.listdir(tmp_path) == []


def test_interrupted_write_removes_the_temporary_file(tmp_path: Path) -> None:
    def interrupted(stream: BinaryIO, data: bytes) -> None:
        stream.write(data[:10])
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "report.pdf", DATA, writer=interrupted)
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "no such folder"
    with pytest.raises(ReportWriteError, match="does not exist") as caught:
        write_atomically(folder / "report.pdf", DATA)
    assert str(folder) in str(caught.value)


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").mkdir()
    with pytest.raises(ReportWriteError, match="is a folder"):
        write_atomically(tmp_path / "report.pdf", DATA)
    assert os.listdir(tmp_path) == ["report.pdf"]
