"""Settings, the log folder and the log are private to their owner (0600 files, 0700
folders), whatever the umask; the lock files are checked in tests/storage."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from msvlo_desktop.gui import diagnostics
from msvlo_desktop.gui.settings import EXPORT_FOLDER, RECENT_VAULTS, Settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_the_log_folder_and_every_log_file_are_private(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / diagnostics.APP_NAME / "log"
    path = diagnostics.setup_logging(folder)
    try:
        diagnostics.event("application started")
        handler = next(h for h in diagnostics.log.handlers if isinstance(h, logging.FileHandler))
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        diagnostics.event("after the rotation")
        handler.flush()
        assert _mode(folder) == 0o700
        assert _mode(folder.parent) == 0o700
        files = sorted(folder.iterdir())
        assert path in files and len(files) == 2
        for f in files:
            assert _mode(f) == 0o600, f
    finally:
        for h in list(diagnostics.log.handlers):
            diagnostics.log.removeHandler(h)
            h.close()


def test_an_existing_world_readable_log_is_made_private(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    (folder / diagnostics.LOG_FILE_NAME).write_text("old\n")
    os.chmod(folder / diagnostics.LOG_FILE_NAME, 0o644)
    diagnostics.setup_logging(folder)
    try:
        assert _mode(folder) == 0o700
        assert _mode(folder / diagnostics.LOG_FILE_NAME) == 0o600
    finally:
        for h in list(diagnostics.log.handlers):
            diagnostics.log.removeHandler(h)
            h.close()


def test_the_settings_file_and_its_folder_are_private(
    tmp_path: Path, open_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    QCoreApplication.setOrganizationName("MSVLO Desktop")
    QCoreApplication.setApplicationName("MSVLO Desktop")
    settings = Settings()
    settings.set(RECENT_VAULTS, ["/home/officer/officer.msvlo"])
    settings.set(EXPORT_FOLDER, "/home/officer/reports")
    settings.store.sync()
    path = Path(settings.store.fileName())
    assert path.is_relative_to(tmp_path)
    assert path.read_text().count("officer.msvlo") == 1
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    # Rewritten by Qt: still private.
    settings.set(EXPORT_FOLDER, "/home/officer/elsewhere")
    settings.store.sync()
    assert _mode(path) == 0o600


def test_settings_in_a_file_are_private(tmp_path: Path, open_umask: None) -> None:
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.set(EXPORT_FOLDER, "/home/officer/reports")
    settings.store.sync()
    assert _mode(tmp_path / "settings.ini") == 0o600
