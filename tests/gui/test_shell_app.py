"""The application as a whole: the start screen, recent vaults, the training vault, the way
to the main window and back, the log file and the unexpected-error dialog."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shared_fixtures import PASSPHRASE
from test_shell_support import CANARY_NAME, add_case, make_settings

from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.app import Application, configure, parse_args, stylesheet
from msvlo_desktop.gui.idle import IdleMonitor
from msvlo_desktop.gui.settings import IDLE_LOCK_MINUTES, RECENT_VAULTS, Settings
from msvlo_desktop.gui.start_window import TRAINING_PASSPHRASE
from msvlo_desktop.gui.training_mark import TITLE_PREFIX, TrainingMarker


@pytest.fixture(autouse=True)  # first in, last out: dialogs closing at teardown may ask
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def application(qtbot: Any, tmp_path: Path, clock: Any) -> Iterator[Application]:
    app = Application(
        make_settings(tmp_path),
        clock=clock,
        training_path=tmp_path / "data" / "training.msvlo",
        watch_session=False,
    )
    yield app
    if app.main_window is not None:
        app.main_window.close_vault()
    app.training.disable()
    app.start_window.close()
    app.start_window.deleteLater()


def test_open_a_vault_from_the_start_screen_and_close_it_again(
    qtbot: Any, application: Application, vault: Any
) -> None:
    add_case(vault)
    path = vault.path
    vault.close()
    application.start(path)  # as `msvlo-desktop --vault PATH`
    start = application.start_window
    assert start.isVisible()
    dialog = start.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.passphraseLineEdit, PASSPHRASE)
    with qtbot.waitSignal(start.vaultOpened, timeout=10_000):
        qtbot.keyClick(dialog.ui.passphraseLineEdit, Qt.Key.Key_Return)
    window = application.main_window
    assert window is not None and window.isVisible()
    assert not start.isVisible()
    assert window.windowTitle() == "MSVLO Desktop — officer.msvlo"
    assert application.settings.recent_vaults() == [path.resolve()]
    window.close_vault()
    qtbot.waitUntil(lambda: application.main_window is None and start.isVisible())
    item = start.ui.recentVaultsListWidget.item(0)
    assert item is not None and "officer.msvlo" in item.text()


def test_recent_list_missing_file_and_removal(
    qtbot: Any, application: Application, tmp_path: Path
) -> None:
    gone = tmp_path / "moved.msvlo"
    application.settings.set(RECENT_VAULTS, [str(gone)])
    application.start()
    start = application.start_window
    assert "(file not found)" in start.ui.recentVaultsListWidget.item(0).text()
    start.ui.openRecentButton.click()
    assert "There is no vault at" in start.ui.statusLabel.text()
    start.ui.removeRecentButton.click()
    assert start.ui.recentVaultsListWidget.count() == 0
    assert application.settings.get(RECENT_VAULTS) == []


def test_create_a_vault_from_the_start_screen(
    qtbot: Any, application: Application, tmp_path: Path
) -> None:
    application.start()
    application.start_window.ui.createVaultButton.click()
    dialog = application.start_window.dialog
    ui = dialog.ui
    ui.officerNameLineEdit.setText("A. Smith")
    ui.locationLineEdit.setText(str(tmp_path / "new"))
    ui.passphraseLineEdit.setText("lantern orchard velvet tides")
    ui.repeatPassphraseLineEdit.setText("lantern orchard velvet tides")
    with qtbot.waitSignal(application.start_window.vaultOpened, timeout=10_000):
        ui.createButton.click()
    assert application.main_window is not None
    assert application.main_window.vault.path == tmp_path / "new.msvlo"


def test_training_vault_is_marked_everywhere(
    qtbot: Any, application: Application, tmp_path: Path
) -> None:
    application.start()
    start = application.start_window
    assert TRAINING_PASSPHRASE in start.ui.trainingPassphraseLabel.text()
    with qtbot.waitSignal(start.vaultOpened, timeout=60_000):
        start.ui.openTrainingButton.click()
    window = application.main_window
    assert window is not None and window.vault.is_training
    assert window.windowTitle().startswith(TITLE_PREFIX)
    assert window.ui.trainingBannerLabel.isVisible()
    assert "TRAINING: fictional data" in window.ui.trainingBannerLabel.text()
    assert application.settings.get(RECENT_VAULTS) == []  # never in the recent list
    window.open_settings()
    settings = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.objectName() == "SettingsDialog"
    )
    assert settings.windowTitle().startswith(TITLE_PREFIX)
    banners = [w for w in settings.findChildren(QWidget, "trainingBannerLabel") if w.isVisible()]
    assert len(banners) == 1
    window.lock()
    assert window.unlock_dialog.windowTitle().startswith(TITLE_PREFIX)
    assert TRAINING_PASSPHRASE in window.unlock_dialog.ui.trainingPassphraseLabel.text()
    window.close_vault()
    qtbot.waitUntil(lambda: not application.training.enabled)
    assert not start.windowTitle().startswith(TITLE_PREFIX)


def test_training_marker_marks_any_window(qtbot: Any) -> None:
    marker = TrainingMarker()
    marker.enable()
    try:
        from PySide6.QtWidgets import QDialog, QVBoxLayout

        dialog = QDialog()
        dialog.setWindowTitle("Anything")
        QVBoxLayout(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == TITLE_PREFIX + "Anything"
        dialog.setWindowTitle("Retitled")
        assert dialog.windowTitle() == TITLE_PREFIX + "Retitled"
        assert dialog.findChild(QWidget, "trainingBannerLabel") is not None
    finally:
        marker.disable()
    assert dialog.windowTitle() == "Retitled"


def test_idle_monitor_counts_only_real_input(qtbot: Any, clock: Any) -> None:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QLineEdit

    monitor = IdleMonitor(clock, timedelta(minutes=2), check_interval_ms=5)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    monitor.start()
    try:
        fired: list[bool] = []
        monitor.idle.connect(lambda: fired.append(True))
        clock.now += timedelta(minutes=1)
        QApplication.sendEvent(
            field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        )
        clock.now += timedelta(minutes=1)
        with qtbot.waitSignal(monitor.idle):
            pass
        assert fired == [True]
        monitor.check()  # fires once, until started again
        assert fired == [True]
    finally:
        monitor.stop()


def test_settings_have_typed_defaults_and_refuse_bad_values(tmp_path: Path) -> None:
    settings = Settings.in_file(tmp_path / "s.ini")
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    settings.store.setValue(IDLE_LOCK_MINUTES.key, "600")  # edited by hand
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    settings.set(IDLE_LOCK_MINUTES, 15)
    assert Settings.in_file(tmp_path / "s.ini").get(IDLE_LOCK_MINUTES) == 15
    with pytest.raises(ValueError):
        settings.set(IDLE_LOCK_MINUTES, 0)


def test_the_log_never_holds_case_data(tmp_path: Path) -> None:
    path = diagnostics.setup_logging(tmp_path / "logs")
    try:
        diagnostics.event("vault unlocked")
        try:
            raise ValueError(f"could not parse {CANARY_NAME}")
        except ValueError as exc:
            diagnostics.log_bug(exc)
        for handler in diagnostics.log.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        for handler in list(diagnostics.log.handlers):
            diagnostics.log.removeHandler(handler)
            handler.close()
    assert "vault unlocked" in text
    assert "builtins.ValueError" in text and "test_shell_app.py" in text
    assert CANARY_NAME not in text


def test_unexpected_errors_name_the_log_file(
    tmp_path: Path, script: messages.ScriptedAnswers, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = diagnostics.setup_logging(tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr("threading.excepthook", __import__("threading").excepthook)
    diagnostics.install_excepthook()
    try:
        try:
            raise RuntimeError("boom with secret text")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        for handler in list(diagnostics.log.handlers):
            diagnostics.log.removeHandler(handler)
            handler.close()
    (asked,) = script.asked
    assert asked.kind == "error" and str(path) in asked.text
    assert "secret text" not in path.read_text(encoding="utf-8")
    logging.getLogger("msvlo_desktop").handlers.clear()


def test_known_problems_get_their_own_message(script: messages.ScriptedAnswers) -> None:
    from msvlo_desktop.storage.errors import DiskFull

    diagnostics.report(None, DiskFull("The entry"), "Not saved")
    (asked,) = script.asked
    assert asked.kind == "warn" and "disk is full" in asked.text


def test_command_line_and_look() -> None:
    assert parse_args(["--vault", "/x/y.msvlo"]).vault == Path("/x/y.msvlo")
    assert parse_args([]).vault is None
    assert "QPushButton" in stylesheet()
    app = QApplication.instance()
    configure(app)
    assert app.organizationName() == "MSVLO Desktop"
    app.setStyleSheet("")


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A D-Bus session daemon of the test's own (skipped where dbus-daemon is missing)."""
    import os
    import shutil
    import signal
    import subprocess

    if shutil.which("dbus-daemon") is None or not sys.platform.startswith("linux"):
        pytest.skip("dbus-daemon is not installed")
    out = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    try:
        yield out[0]
    finally:
        os.kill(int(out[1]), signal.SIGTERM)


def test_screen_saver_over_dbus_locks(qtbot: Any, private_bus: str) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    from msvlo_desktop.gui.idle import SESSION_LOCKED, SessionWatcher

    bus = QDBusConnection.connectToBus(private_bus, "msvlo-shell-test")
    try:
        watcher = SessionWatcher(session_bus=bus, system_bus=bus)
        watcher.start()
        assert "screen saver" in watcher.sources
        assert bus.registerService("org.freedesktop.ScreenSaver")
        off = QDBusMessage.createSignal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
        )
        off.setArguments([False])  # the screen saver stopping locks nothing
        on = QDBusMessage.createSignal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
        )
        on.setArguments([True])
        seen: list[str] = []
        watcher.sessionLocked.connect(seen.append)
        with qtbot.waitSignal(watcher.sessionLocked, timeout=5_000):
            bus.send(off)
            bus.send(on)
        assert seen == [SESSION_LOCKED]
    finally:
        QDBusConnection.disconnectFromBus("msvlo-shell-test")
