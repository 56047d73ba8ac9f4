"""Knowing when to lock: real user inactivity, and the computer being locked or suspended.

Idle time is measured from the last *real* input (keyboard, mouse, wheel, touch, tablet)
seen anywhere in the application. Events the application sends itself (timers, repaints,
programmatic key presses) are not spontaneous and never keep a vault open. The clock is
injected so tests move time instead of waiting.

The operating system's own lock and suspend are reported where Qt can see them: the
application being suspended (mobile-style platforms), on Linux the login manager's
PrepareForSleep and the screen saver's ActiveChanged over D-Bus, on Windows the session-lock
and suspend window messages. Each is best effort: where one is missing, the idle timer still
locks the vault.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication

Clock = Callable[[], datetime]
log = logging.getLogger("msvlo_desktop")

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
        QEvent.Type.InputMethod,
    }
)


class IdleMonitor(QObject):
    """Emits ``idle`` once when no real input has arrived for ``timeout``.

    An application-wide event filter notes each spontaneous input event; a check timer
    compares the injected clock with the last input. ``check()`` may also be called directly.
    """

    idle = Signal()

    def __init__(
        self,
        clock: Clock,
        timeout: timedelta,
        parent: QObject | None = None,
        *,
        check_interval_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timeout = timeout
        self._last_input = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self._installed = False

    @property
    def last_input(self) -> datetime:
        return self._last_input

    def start(self) -> None:
        """Start watching from now (after an unlock)."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._last_input = self._clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def set_timeout(self, timeout: timedelta) -> None:
        self.timeout = timeout

    def note_activity(self) -> None:
        self._last_input = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and event.spontaneous():
            self._last_input = self._clock()
        return False

    @Slot()
    def check(self) -> None:
        if self._armed and self._clock() - self._last_input >= self.timeout:
            self._armed = False
            self._timer.stop()
            self.idle.emit()


# --------------------------------------------------------------------- the operating system
SESSION_LOCKED = "session"
SUSPENDED = "suspend"


class SessionWatcher(QObject):
    """Reports the computer being locked or going to sleep: ``sessionLocked(kind)``.

    Every source is optional and guarded: a missing D-Bus service or Windows API is logged
    once and ignored, never an error for the person using the application.
    """

    sessionLocked = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: Any = None,
        system_bus: Any = None,
    ) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._native: _WindowsSessionFilter | None = None
        # The D-Bus connections to listen on (tests pass a private bus).
        self._session_bus = session_bus
        self._system_bus = system_bus

    def start(self, window_id: int | None = None) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
            self.sources.append("application state")
        if sys.platform.startswith("linux"):
            self._connect_dbus()
        elif sys.platform == "win32" and window_id is not None:
            self._connect_windows(window_id)

    @Slot(Qt.ApplicationState)
    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.sessionLocked.emit(SUSPENDED)

    # Linux: logind and the freedesktop screen saver.
    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6 on Linux
            return
        from PySide6.QtCore import SLOT

        system = self._system_bus or QDBusConnection.systemBus()
        session = self._session_bus or QDBusConnection.sessionBus()
        hooks = (
            (
                system,
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                SLOT("_on_prepare_for_sleep(bool)"),
                "logind sleep",
            ),
            (
                system,
                "org.freedesktop.login1",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                SLOT("_on_session_lock()"),
                "logind session lock",
            ),
            (
                session,
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                SLOT("_on_screensaver(bool)"),
                "screen saver",
            ),
            (
                session,
                "org.gnome.ScreenSaver",
                "/org/gnome/ScreenSaver",
                "org.gnome.ScreenSaver",
                "ActiveChanged",
                SLOT("_on_screensaver(bool)"),
                "GNOME screen saver",
            ),
        )
        for bus, service, path, interface, name, slot, label in hooks:
            # The stubs type the slot as bytes; PySide6 takes the str that SLOT() gives.
            connect: Any = bus.connect
            try:
                if bus.isConnected() and connect(service, path, interface, name, self, slot):
                    self.sources.append(label)
            except (RuntimeError, TypeError) as exc:  # pragma: no cover - platform specific
                log.info("session watcher: %s unavailable (%s)", label, type(exc).__name__)

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.sessionLocked.emit(SUSPENDED)

    @Slot()
    def _on_session_lock(self) -> None:
        self.sessionLocked.emit(SESSION_LOCKED)

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:
        if active:
            self.sessionLocked.emit(SESSION_LOCKED)

    # Windows: WTS session notifications and power broadcasts.
    def _connect_windows(self, window_id: int) -> None:  # pragma: no cover - Windows only
        try:
            self._native = _WindowsSessionFilter(self.sessionLocked.emit)
            self._native.register(window_id)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._native)
            self.sources.append("Windows session")
        except (OSError, AttributeError, ValueError) as exc:
            log.info("session watcher: Windows session unavailable (%s)", type(exc).__name__)
            self._native = None

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if self._native is not None and app is not None:
            with contextlib.suppress(RuntimeError):
                app.removeNativeEventFilter(self._native)
            self._native.unregister()
            self._native = None


WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


class _WindowsSessionFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    def __init__(self, report: Callable[[str], None]) -> None:
        super().__init__()
        self._report = report
        self._hwnd: int | None = None

    def register(self, window_id: int) -> None:
        import ctypes

        wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
        if not wtsapi.WTSRegisterSessionNotification(
            ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION
        ):
            raise OSError("WTSRegisterSessionNotification failed")
        self._hwnd = window_id

    def unregister(self) -> None:
        if self._hwnd is None:
            return
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.WinDLL("wtsapi32").WTSUnRegisterSessionNotification(  # type: ignore[attr-defined]
                ctypes.c_void_p(self._hwnd)
            )
        self._hwnd = None

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        try:
            kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
            if kind != b"windows_generic_MSG":
                return False, 0
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._report(SESSION_LOCKED)
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._report(SUSPENDED)
        except (ValueError, TypeError, OSError):
            pass
        return False, 0
