"""Unlocking a vault: which file, why it locked, the passphrase, and a growing pause after
wrong guesses.

Every wrong passphrase gets the same message, whatever SQLCipher found, so the dialog never
helps a guesser. Problems that are clearly something else (the file is missing, open
elsewhere, from a newer version, an unencrypted database) say so plainly. Opening runs in a
worker thread because deriving the key takes a noticeable fraction of a second.

While the dialog waits for the passphrase it loads what the main window will need (see
:func:`preload_window`), so that less of it is paid between pressing Unlock and seeing the
case list.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from msvlo_desktop.gui import diagnostics, window_modules
from msvlo_desktop.gui.first_paint import AfterFirstPaint
from msvlo_desktop.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from msvlo_desktop.gui.passphrase_fields import wire_show_toggle
from msvlo_desktop.gui.workers import Task, close_vault, run_task
from msvlo_desktop.storage.errors import VaultError, WrongPassphrase
from msvlo_desktop.storage.vault import Clock, Vault, utc_now

MAX_DELAY_SECONDS = 30.0

# Why the vault last locked: the main window passes one of these keys.
LOCKED_IDLE = "idle"
LOCKED_BY_USER = "user"
LOCKED_SESSION = "session"
LOCKED_SUSPEND = "suspend"

Opener = Callable[..., Vault]


def failure_delay(failures: int) -> float:
    """Seconds to wait after the ``failures``-th wrong passphrase: 1, 2, 4, … up to 30."""
    if failures <= 0:
        return 0.0
    return min(2.0 ** (failures - 1), MAX_DELAY_SECONDS)


def lock_reason_text(reason: str, idle_minutes: int = 5) -> str:
    tr = QCoreApplication.translate
    if reason == LOCKED_IDLE:
        if idle_minutes == 1:
            return tr("unlock", "Locked after 1 minute without activity.")
        return tr("unlock", "Locked after {n} minutes without activity.").format(n=idle_minutes)
    if reason == LOCKED_BY_USER:
        return tr("unlock", "Locked by you (Ctrl+L).")
    if reason == LOCKED_SESSION:
        return tr("unlock", "Locked because the computer was locked.")
    if reason == LOCKED_SUSPEND:
        return tr("unlock", "Locked because the computer was suspended (went to sleep).")
    return ""


def preload_window_modules() -> None:
    """Import every module the main window imports as it is built, all at once (see
    :mod:`msvlo_desktop.gui.window_modules`; the dialog spreads the same steps out)."""
    window_modules.load_all()


def warm_calendar(year: int) -> None:
    """Load the bank holidays of ``year`` and the next (the ``holidays`` package imports
    every country it knows the first time: about 0.3 s of one thread's time) and the UK
    phone-number data, which the Today view's first pass needs. Plain Python, no Qt."""
    from msvlo_desktop.core import values
    from msvlo_desktop.core.obligations import default_calendar

    calendar = default_calendar()
    for y in (year, year + 1):
        if calendar.covers(datetime(y, 6, 1).date()):
            calendar.holidays_in_year(y)
    values.phone("07700 900123", "Phone")  # a fictional number (Ofcom's drama range)


class _Preloader(QObject):
    """Imports the window's modules on the GUI thread, one step per turn of the event loop (so
    typing stays responsive), and warms the calendar in a background thread. Once per
    process: later unlocks find everything loaded."""

    started = False

    def __init__(self, year: int) -> None:
        super().__init__(QCoreApplication.instance())
        self._steps = list(window_modules.STEPS)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)
        threading.Thread(target=self._warm, args=(year,), name="msvlo-preload", daemon=True).start()
        self._timer.start()

    @staticmethod
    def _warm(year: int) -> None:
        try:
            warm_calendar(year)
        except Exception:  # only a head start: the first real use reports any problem
            return

    def _next(self) -> None:
        if not self._steps:
            self._timer.stop()
            self.deleteLater()
            return
        self._steps.pop(0)()


def preload_window(year: int) -> None:
    """Start loading what the main window needs, once per process (see :class:`_Preloader`)."""
    if _Preloader.started or QCoreApplication.instance() is None:
        return
    _Preloader.started = True
    _Preloader(year)


def _open_and_record(opener: Opener, path: Path, passphrase: str, clock: Clock) -> Vault:
    vault = opener(path, passphrase, clock=clock)
    try:
        vault.record_access("unlocked")
    except BaseException:
        vault.close()
        raise
    return vault


class UnlockDialog(QDialog):
    """Emits ``unlocked(vault)`` with the vault open (and the unlock audited), then closes."""

    unlocked = Signal(object)

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        reason: str = "",
        idle_minutes: int = 5,
        clock: Clock = utc_now,
        delay_for: Callable[[int], float] = failure_delay,
        training_passphrase: str | None = None,
        opener: Opener = Vault.open,
        tick_ms: int = 250,
        slow_after_ms: int = 3000,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call, unused-ignore]
        self.path = Path(path)
        self._clock = clock
        self._delay_for = delay_for
        self._opener = opener
        self._task: Task | None = None
        self._after_paint = AfterFirstPaint(self)
        self.failures = 0
        self.retry_at: datetime | None = None
        self.ui.vaultPathLabel.setText(self.tr("Vault: {path}").format(path=self.path))
        text = lock_reason_text(reason, idle_minutes)
        self.ui.lockReasonLabel.setText(text)
        self.ui.lockReasonLabel.setVisible(bool(text))
        if training_passphrase:
            self.ui.trainingPassphraseLabel.setText(
                self.tr("Training vault (fictional data). Its passphrase is: {passphrase}").format(
                    passphrase=training_passphrase
                )
            )
            self.ui.trainingPassphraseLabel.show()
        self.ui.messageLabel.hide()
        self.ui.delayLabel.hide()
        self.ui.busyProgressBar.hide()
        self.ui.busyLabel.hide()
        wire_show_toggle(self, self.ui.showPassphraseToolButton, [self.ui.passphraseLineEdit])
        self._busy_text = self.ui.busyLabel.text()
        self.ui.busyLabel.setWordWrap(True)
        # An unlock that takes long is most likely the first after an update, which upgrades
        # the vault once (the search index is rebuilt: about a minute for a million entries).
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(slow_after_ms)
        self._slow.timeout.connect(self._say_slow)
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_ms)
        self._ticker.timeout.connect(self._tick)
        self.ui.passphraseLineEdit.textChanged.connect(self._update_state)
        self.ui.unlockButton.clicked.connect(self.try_unlock)
        self.ui.passphraseLineEdit.returnPressed.connect(self.try_unlock)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.passphraseLineEdit.setFocus()
        self._update_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Once the dialog has been painted: loading must not delay its own first paint.
        self._after_paint.arm()
        self._after_paint.later(lambda: preload_window(self._clock().year))

    # ----------------------------------------------------------------- state
    @property
    def waiting(self) -> bool:
        return self.retry_at is not None and self._clock() < self.retry_at

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _update_state(self) -> None:
        self.ui.unlockButton.setEnabled(
            not self.busy and not self.waiting and bool(self.ui.passphraseLineEdit.text())
        )

    def _tick(self) -> None:
        if self.retry_at is None:
            self._ticker.stop()
            return
        left = (self.retry_at - self._clock()).total_seconds()
        if left <= 0:
            self.retry_at = None
            self._ticker.stop()
            self.ui.delayLabel.hide()
            self._update_state()
            return
        seconds = math.ceil(left)
        self.ui.delayLabel.setText(
            self.tr(
                "You can try again in {n} s. This pause only slows down guessing; it is the "
                "passphrase and the encryption that protect the vault."
            ).format(n=seconds)
        )
        self.ui.delayLabel.show()

    # ----------------------------------------------------------------- unlocking
    def try_unlock(self) -> None:
        passphrase = self.ui.passphraseLineEdit.text()
        if self.busy or self.waiting or not passphrase:
            return
        self.ui.messageLabel.hide()
        path, clock, opener = self.path, self._clock, self._opener

        def work(task: Task) -> Vault:
            return _open_and_record(opener, path, passphrase, clock)

        self._task = run_task(work, self._on_unlocked, self._on_failed, cleanup=close_vault)
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyProgressBar.setVisible(busy)
        self.ui.busyLabel.setText(self._busy_text)
        self.ui.busyLabel.setVisible(busy)
        if busy:
            self._slow.start()
        else:
            self._slow.stop()
        # Read-only, not disabled: focus stays in the field, so Enter never lands elsewhere.
        self.ui.passphraseLineEdit.setReadOnly(busy)
        self._update_state()

    def _say_slow(self) -> None:
        if self.busy:
            self.ui.busyLabel.setText(
                self.tr(
                    "Still unlocking… The first unlock after an update upgrades the vault "
                    "once (its search index is rebuilt): for a long career of cases this can "
                    "take a minute or two. Please wait; nothing is lost if it is slow."
                )
            )

    def _on_unlocked(self, vault: Vault) -> None:
        self._task = None
        diagnostics.event("vault unlocked")
        self.ui.passphraseLineEdit.clear()
        self._set_busy(False)
        self.unlocked.emit(vault)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            diagnostics.event("unlock failed")
            self._show_message(self.tr("The vault could not be unlocked. Check the passphrase."))
            delay = self._delay_for(self.failures)
            if delay > 0:
                self.retry_at = self._clock() + timedelta(seconds=delay)
                self._tick()
                self._ticker.start()
            self._update_state()
        elif isinstance(exc, VaultError):
            diagnostics.event(f"unlock refused: {type(exc).__name__}")
            self._show_message(str(exc))
        else:
            diagnostics.show_unexpected(self, exc)
        self.ui.passphraseLineEdit.setFocus()
        self.ui.passphraseLineEdit.selectAll()

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._ticker.stop()
        self.ui.passphraseLineEdit.clear()
        super().done(result)
