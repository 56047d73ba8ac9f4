"""The main window's lock: when it locks, what locking does, unlocking, and closing.

:class:`LockController` is the state machine of one main window:

* **Unlocked** (a vault open): the idle monitor runs; idle time, Ctrl+L, or the computer
  locking or going to sleep call :meth:`LockController.lock`.
* **Locking waits** while a backup or a vault check stops (each is asked to stop, as Cancel
  does) or while a passphrase change or a report being written finishes (``begin_critical``
  / ``end_critical``): the lock happens as soon as the last one ends.
* **Locked** (no vault open): the window shows the lock screen and the unlock dialog; a
  right passphrase gives the vault back and the window carries on where it was.
* **Closed** (the vault closed, or Quit): the end.

Locking and closing share :meth:`LockController.close_sequence`: keep unfinished forms as
drafts, stop the window's work, close every other window, clear every view, record the event
in the audit log, close the vault and take back what the application put on the clipboard.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog

from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.idle import IdleMonitor, SessionWatcher
from msvlo_desktop.gui.lockdown import ClipboardGuard, close_windows, open_forms
from msvlo_desktop.gui.settings import IDLE_LOCK_MINUTES
from msvlo_desktop.gui.start_window import TRAINING_PASSPHRASE
from msvlo_desktop.gui.task_dialog import BackupDialog, VerifyDialog
from msvlo_desktop.gui.unlock_dialog import (
    LOCKED_BY_USER,
    LOCKED_IDLE,
    UnlockDialog,
    lock_reason_text,
)
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Clock, Vault

if TYPE_CHECKING:
    from msvlo_desktop.gui.main_window import MainWindow

# The audit event of each way of closing the vault, and the word the diagnostics log uses.
LOCKED = "locked"
CLOSED = "closed"
_NOUNS = {LOCKED: "lock", CLOSED: "close"}


class LockController(QObject):
    """Emits ``locked(reason)`` once the vault is locked and ``unlocked()`` once it is open
    again (not when the window first opens)."""

    locked = Signal(str)
    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        *,
        clock: Clock,
        idle_check_ms: int,
        unlock_delay: Callable[[int], float],
        watch_session: bool,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.is_locked = False
        self.reason = ""
        self.unlock_dialog: UnlockDialog | None = None
        # Work that a lock waits for (a passphrase change, a backup or report being written).
        self.critical = 0
        self.pending: str | None = None  # the reason of a lock that waits
        # Backups and vault checks asked to stop so that the vault can lock.
        self.stopping: list[BackupDialog | VerifyDialog] = []
        self._notes_after_unlock: list[str] = []
        self._clock = clock
        self._unlock_delay = unlock_delay
        self.clipboard = ClipboardGuard(window)
        self.idle = IdleMonitor(
            clock, window.idle_timeout(), window, check_interval_ms=idle_check_ms
        )
        self.idle.idle.connect(lambda: self.lock(LOCKED_IDLE))
        self.session = SessionWatcher(window)
        self.session.sessionLocked.connect(self.lock)
        if watch_session:
            self.session.start(int(window.winId()) if sys.platform == "win32" else None)

    # ================================================================= opening
    def begin(self, vault: Vault) -> None:
        """The window opens on ``vault`` (just unlocked from the start screen)."""
        self._resume(vault, first=True)

    def _resume(self, vault: Vault, *, first: bool = False) -> None:
        self.is_locked = False
        self.window.show_vault(vault)
        self.idle.set_timeout(self.window.idle_timeout())
        self.idle.start()
        if not first:
            self.unlocked.emit()
        self.window.check_after_unlock()

    def show_unlock(self) -> None:
        """Ask for the passphrase (the dialog in front if it is already open)."""
        if not self.is_locked:
            return
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return
        window = self.window
        dialog = UnlockDialog(
            window.path,
            window,
            reason=self.reason,
            idle_minutes=window.settings.get(IDLE_LOCK_MINUTES),
            clock=self._clock,
            delay_for=self._unlock_delay,
            training_passphrase=TRAINING_PASSPHRASE if window.is_training else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self._resume)
        dialog.destroyed.connect(self._forget_unlock_dialog)
        self.unlock_dialog = dialog
        dialog.open()

    def _forget_unlock_dialog(self) -> None:
        self.unlock_dialog = None

    # ================================================================= locking
    def lock(self, reason: str = LOCKED_BY_USER) -> None:
        """Keep unfinished forms as drafts, close and clear everything, close the vault, and
        ask for the passphrase.

        A backup or vault check under way is stopped first, as Cancel would (within one step,
        a fraction of a second), and the vault locks once it has stopped; the lock screen says
        what was stopped. A passphrase change or a report being written cannot be stopped
        halfway: the lock waits for it to finish."""
        window = self.window
        if self.is_locked or window.vault is None:
            return
        stopping = self._stop_for_lock()
        if stopping or self.critical:
            self.pending = reason
            if stopping:
                window.say(self.tr("Locking: stopping {what} first…").format(what=stopping))
            else:
                window.say(self.tr("The vault locks as soon as the current operation finishes."))
            return
        notes = self._stopped_notes()
        self.close_sequence(LOCKED, reason=reason)
        self.is_locked = True
        self.reason = reason
        diagnostics.event(f"vault locked ({reason})")
        text = lock_reason_text(reason, window.settings.get(IDLE_LOCK_MINUTES))
        if notes:  # told again once unlocked, when the lock screen has gone
            self._notes_after_unlock = notes
            self.unlocked.connect(self._tell_stopped_soon, Qt.ConnectionType.SingleShotConnection)
        window.show_locked("\n\n".join([text, *notes]))
        self.locked.emit(reason)
        self.show_unlock()

    def begin_critical(self) -> None:
        """A re-key, backup or report is writing: a lock waits for it to finish."""
        self.critical += 1

    def end_critical(self) -> None:
        self.critical = max(0, self.critical - 1)
        if self.critical == 0 and self.pending is not None:
            self._lock_soon()

    # ================================================================= closing
    def shut_down(self) -> None:
        """Close the vault (unless locked), keeping unfinished forms as drafts, and every
        other window: the vault is being closed or the application quits."""
        self.close_sequence(CLOSED)
        self.session.stop()
        self.window.save_state()
        diagnostics.event("vault closed")
        self.is_locked = False

    def close_sequence(self, action: str, **details: str) -> None:
        """The one way the window lets go of its vault, for a lock (``LOCKED``, with the
        ``reason``) and for closing or quitting (``CLOSED``). With no vault open (locked),
        only the work is stopped and the other windows closed."""
        window = self.window
        vault = window.vault
        kept = self._keep_drafts(vault) if vault is not None else 0
        self.idle.stop()
        window.stop_work()
        close_windows(keep=[window])
        if vault is None:
            return
        window.clear_views()
        try:
            vault.record_access(action, **details, drafts=kept)
        except VaultError:
            diagnostics.event(f"{_NOUNS[action]} could not be recorded")
        vault.close()
        window.vault = None
        self.clipboard.clear_ours()

    def _keep_drafts(self, vault: Vault) -> int:
        kept = 0
        for form in open_forms():
            try:
                kind = getattr(form, "DRAFT_KIND", "entry")
                vault.save_draft(kind, getattr(form, "case_ref", None), form.draft_data())
                kept += 1
            except (VaultError, ValueError, TypeError) as exc:
                # Locking must not wait on a form; the failure is noted for IT.
                diagnostics.event(f"draft not kept: {type(exc).__name__}")
        return kept

    # ================================================================= work that stops
    def _stop_for_lock(self) -> str:
        """Ask every backup and vault check under way to stop, as Cancel does; each calls
        ``_stopped_for_lock`` when it has. Returns what is still running ("" for nothing).
        A backup past its last page (flushing and renaming the file) finishes instead."""
        running: list[BackupDialog | VerifyDialog] = [
            d
            for d in self.window.findChildren(QDialog)
            if isinstance(d, BackupDialog | VerifyDialog) and d.running
        ]
        for dialog in running:
            if dialog not in self.stopping:
                self.stopping.append(dialog)
                dialog.ended.connect(self._stopped_for_lock)
                dialog.reject()  # Cancel, where it can still be cancelled
        kinds = {isinstance(d, BackupDialog) for d in running}
        if kinds == {True, False}:
            return self.tr("the backup and the vault check")
        if kinds == {True}:
            return self.tr("the backup")
        return self.tr("the vault check") if kinds else ""

    def _stopped_for_lock(self) -> None:
        """A backup or vault check asked to stop has stopped: lock, unless another is still
        stopping (lock() checks again)."""
        if self.pending is not None:
            self._lock_soon()

    def _lock_soon(self) -> None:
        """The lock that waited, once the work that ended has returned: locking closes (and
        deletes) that work's window, whose own code is still running when it says it ended."""
        QTimer.singleShot(0, self, self._lock_pending)

    def _lock_pending(self) -> None:
        if self.pending is not None:
            reason, self.pending = self.pending, None
            self.lock(reason)

    def _stopped_notes(self) -> list[str]:
        """What the lock stopped, or let finish, in the officer's words."""
        notes = []
        for dialog in self.stopping:
            with contextlib.suppress(RuntimeError):  # already closed and deleted
                notes.append(self._stopped_note(dialog))
        self.stopping.clear()
        return notes

    def _stopped_note(self, dialog: BackupDialog | VerifyDialog) -> str:
        if isinstance(dialog, BackupDialog):
            if dialog.stopped:
                return self.tr(
                    "The backup you started was stopped so that the vault could lock: no "
                    "backup file was written. Back up again once you have unlocked."
                )
            if dialog.failure is not None:
                return self.tr("The backup you started did not finish: {reason}").format(
                    reason=dialog.failure
                )
            return self.tr("The backup finished before the vault locked: {path}").format(
                path=dialog.result_value
            )
        result = dialog.result_value
        if dialog.failure is not None:
            return self.tr("The vault check you started did not finish: {reason}").format(
                reason=dialog.failure
            )
        if dialog.stopped or result is None:
            return self.tr(
                "The vault check you started was stopped so that the vault could lock; run it "
                "again to check the whole vault."
            )
        if result.ok:
            return self.tr("The vault check finished before the vault locked: intact.")
        return self.tr(
            "The vault check found a problem before the vault locked. Run it again once you "
            "have unlocked to see what, and tell your supervisor."
        )

    def _tell_stopped_soon(self) -> None:
        QTimer.singleShot(0, self, self._tell_stopped)

    def _tell_stopped(self) -> None:
        """A message, not the status bar: the Today view's summary soon replaces that, and
        an officer who locked while a backup ran must not think it was made."""
        notes, self._notes_after_unlock = self._notes_after_unlock, []
        if notes and self.window.vault is not None:
            messages.inform(
                self.window, self.tr("Stopped when the vault locked"), "\n\n".join(notes)
            )
