"""The ``msvlo-desktop`` program: the application object, its look, its log and crash
handling, and the way between the start screen and a vault's main window.

``main()`` is the entry point. ``Application`` holds the flow and takes an injected clock,
settings and timings, so tests and the screenshot script drive the real windows without
waiting and without touching the officer's own settings.

One window per user (``gui.single_instance``): a second launch, say a double-clicked
``.msvlo`` file, brings the running window forward and hands it the vault to open.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFile, QIODevice, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui import resources_rc as _resources  # noqa: F401 - registers :/icons
from msvlo_desktop.gui.diagnostics import APP_NAME, ORG_NAME
from msvlo_desktop.gui.settings import Settings
from msvlo_desktop.gui.single_instance import HandOverError, SingleInstance
from msvlo_desktop.gui.start_window import StartWindow
from msvlo_desktop.gui.system_theme import follow_system
from msvlo_desktop.gui.training_mark import TrainingMarker
from msvlo_desktop.gui.unlock_dialog import UnlockDialog, failure_delay
from msvlo_desktop.hardening import disable_core_dumps
from msvlo_desktop.storage.vault import Clock, Vault, utc_now

if TYPE_CHECKING:
    # Imported when a vault is opened (open_main), usually long before: the unlock dialog
    # loads the window's modules while it waits for the passphrase. Not at start, so the
    # first screen appears sooner.
    from msvlo_desktop.gui.main_window import MainWindow


def stylesheet() -> str:
    f = QFile(":/style/app.qss")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Text):
        return ""
    try:
        return bytes(f.readAll().data()).decode("utf-8")
    finally:
        f.close()


def configure(app: QApplication) -> None:
    """Names, icon and the house look (Fusion, light, the calm stylesheet)."""
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(":/icons/app.svg"))
    app.setStyle("Fusion")
    # Light by design; the system's palette for a high-contrast or dark scheme (system_theme).
    follow_system(app, stylesheet())


class Application(QObject):
    """The start screen when no vault is open, the main window when one is."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock = utc_now,
        training_path: Path | None = None,
        idle_check_ms: int = 1000,
        unlock_delay: Callable[[int], float] = failure_delay,
        watch_session: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.clock = clock
        self.idle_check_ms = idle_check_ms
        self.unlock_delay = unlock_delay
        self.watch_session = watch_session
        self.start_window = StartWindow(settings, clock=clock, training_path=training_path)
        self.start_window.vaultOpened.connect(self.open_main)
        self.main_window: MainWindow | None = None
        self.training = TrainingMarker(self)

    def start(self, vault_path: Path | None = None) -> None:
        self.show_start()
        if vault_path is not None:
            self.start_window.open_vault(Path(vault_path).expanduser().resolve())

    def bring_forward(self, path: Path | None = None) -> None:
        """A later launch asked for this window: come to the front and, given a vault,
        show its unlock screen (unless a vault or another window is already open)."""
        window: QWidget = self.main_window if self.main_window is not None else self.start_window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        if path is None:
            return
        path = Path(path).expanduser().resolve()
        if self.main_window is not None:
            if self.main_window.path.resolve() == path:
                return
            messages.inform(
                self.main_window,
                self.tr("Another vault is open"),
                self.tr(
                    "{open} is open. To open {path}, first close this vault "
                    "(Vault ▸ Close vault), then open it from the start screen."
                ).format(open=self.main_window.path, path=path),
            )
            return
        dialog = self.start_window.dialog
        if dialog is not None and dialog.isVisible():
            if isinstance(dialog, UnlockDialog) and dialog.path.resolve() == path:
                dialog.raise_()
                dialog.activateWindow()
                return
            messages.inform(
                dialog,
                self.tr("Finish this first"),
                self.tr(
                    "To open {path}, first finish with or cancel the window that is open, "
                    "then open the vault from the start screen."
                ).format(path=path),
            )
            return
        self.start_window.open_vault(path)

    def show_start(self) -> None:
        self.start_window.refresh()
        self.start_window.show()
        self.start_window.raise_()

    def open_main(self, vault: Vault) -> None:
        from msvlo_desktop.gui.main_window import MainWindow

        if vault.is_training:
            self.training.enable()
        window = MainWindow(
            vault,
            self.settings,
            clock=self.clock,
            idle_check_ms=self.idle_check_ms,
            unlock_delay=self.unlock_delay,
            watch_session=self.watch_session,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._main_closed)
        window.quitRequested.connect(self.quit)
        self.main_window = window
        window.show()
        self.start_window.hide()

    def _main_closed(self) -> None:
        window, self.main_window = self.main_window, None
        self.training.disable()
        if window is not None:
            window.closed.disconnect(self._main_closed)
            window.quitRequested.disconnect(self.quit)
            # Deferred: this runs inside the window's own signal.
            QTimer.singleShot(0, window.close)
        self.show_start()

    def quit(self) -> None:
        self.training.disable()
        self.start_window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="msvlo-desktop", description="The encrypted case log for MSVLOs."
    )
    parser.add_argument("--vault", type=Path, help="open this vault file (asks its passphrase)")
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="VAULT.msvlo",
        help="the same as --vault (how a double-clicked vault file arrives); if MSVLO Desktop "
        "is already running, its window comes forward and opens this vault",
    )
    known, _qt_args = parser.parse_known_args(list(argv))
    if known.path is not None:
        if known.vault is not None and known.vault != known.path:
            parser.error("give one vault: either VAULT.msvlo or --vault, not both")
        known.vault = known.path
    return known


def claim_or_hand_over(vault: Path | None, name: str | None = None) -> SingleInstance | None:
    """Become the user's running window (returned), or hand *vault* to the one already
    running (None: this launch has nothing more to do). If the running window does not
    answer, this launch goes on as a window of its own, and says why in the log."""
    instance = SingleInstance(name)
    if instance.claim():
        return instance
    try:
        instance.hand_over(Path(vault).expanduser().resolve() if vault is not None else None)
    except HandOverError as exc:
        diagnostics.event(f"second window started: {exc}")
        return instance
    diagnostics.event("handed over to the running window")
    return None


# For the benchmarks (benchmarks/, docs/PERFORMANCE.md), which time a cold start from process
# start to the first screen painted: with this variable set to 1 the program prints
# "first-paint <nanoseconds since the epoch>" once the first screen has finished painting (the
# unlock dialog when --vault is given, else the start screen) and quits.
EXIT_AFTER_FIRST_PAINT_ENV = "MSVLO_EXIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    """Reports the end of the first paint of a window of type ``target``, then quits."""

    def __init__(self, app: QApplication, target: type[QWidget]) -> None:
        super().__init__(app)
        self._app = app
        self._target = target
        self._seen = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), self._target)
        ):
            self._seen = True
            # Runs once the event loop is back from painting.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.time_ns()}", flush=True)
        self._app.removeEventFilter(self)
        self._app.quit()


def main(argv: Sequence[str] | None = None, *, clock: Clock = utc_now) -> int:
    disable_core_dumps(whole_process=argv is None)  # first: see msvlo_desktop/hardening.py
    args = sys.argv if argv is None else ["msvlo-desktop", *argv]
    if {"-h", "--help"} & set(args[1:]):
        parse_args(args[1:])  # prints the help and exits, before any window system is needed
    app = QApplication(args)
    # Parsed once Qt has taken its own options out (-platform offscreen, -style ...), so
    # their values are never taken for a vault file.
    options = parse_args(app.arguments()[1:])
    measuring = os.environ.get(EXIT_AFTER_FIRST_PAINT_ENV) == "1"
    if measuring:
        _FirstPaint(app, UnlockDialog if options.vault is not None else StartWindow)
    configure(app)
    diagnostics.setup_logging()
    diagnostics.install_excepthook()
    # A timing run is not the officer's session: it neither hands over nor takes the name.
    instance = None if measuring else claim_or_hand_over(options.vault)
    if instance is None and not measuring:
        return 0
    diagnostics.event("application started")
    controller = Application(Settings(), clock=clock)
    if instance is not None:
        instance.activated.connect(controller.bring_forward)
    controller.start(options.vault)
    code = app.exec()
    diagnostics.event("application stopped")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
