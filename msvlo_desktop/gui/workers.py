"""Running slow vault work (unlock, verify, backup, re-key) off the GUI thread.

Key derivation alone takes about 0.2 s and verifying a large vault takes seconds, so these
run in ``QThreadPool`` and report back through queued signals: the callbacks always run on
the GUI thread, whatever the worker did.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class TaskCancelled(Exception):
    """Raised inside a task's function when the person pressed Cancel."""


class _Relay(QObject):
    """Lives in the GUI thread; the worker's signals are queued to it."""

    finished = Signal(bool, object)
    progressed = Signal(int, int)

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    @Slot(bool, object)
    def _on_finished(self, ok: bool, value: object) -> None:
        self._task._deliver(ok, value)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._task.on_progress is not None and not self._task.done:
            self._task.on_progress(done, total)


_running: set[Task] = set()


class Task(QRunnable):
    """One function run in the pool. ``fn`` receives the task, to report progress and to
    see whether it was cancelled."""

    def __init__(
        self,
        fn: Callable[[Task], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
        cleanup: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_progress = on_progress
        self._cleanup = cleanup
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self.done = False
        self.discarded = False

    # ----------------------------------------------------------------- worker side
    def run(self) -> None:
        try:
            result = self._fn(self)
        except BaseException as exc:
            self._relay.finished.emit(False, exc)
        else:
            self._relay.finished.emit(True, result)

    def report(self, done: int, total: int) -> bool:
        """Report progress; returns False once cancelled (the shape Vault.verify wants)."""
        self._relay.progressed.emit(done, total)
        return not self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled

    # ----------------------------------------------------------------- GUI side
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def discard(self) -> None:
        """Forget the result: the window that asked has gone (the vault locked)."""
        self.discarded = True
        self._cancel.set()

    def _deliver(self, ok: bool, value: object) -> None:
        self.done = True
        _running.discard(self)
        if self.discarded:
            # Nobody wants the result any more, but it may hold a resource (an open vault).
            if ok and self._cleanup is not None:
                self._cleanup(value)
            return
        if ok:
            self.on_success(value)
        else:
            assert isinstance(value, BaseException)
            self.on_failure(value)


def run_task(
    fn: Callable[[Task], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
    cleanup: Callable[[Any], None] | None = None,
) -> Task:
    """Start ``fn`` in the pool; the callbacks run later on the GUI thread.

    ``cleanup`` receives a successful result nobody will use (the task was discarded), so a
    vault opened for a dialog that has since closed is closed again.
    """
    task = Task(fn, on_success, on_failure, on_progress, cleanup)
    _running.add(task)  # keeps the task and its relay alive until delivered
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def running_tasks() -> int:
    return len(_running)


def close_vault(result: object) -> None:
    """The ``cleanup`` for a task that opens a vault: close it if nobody took it."""
    from msvlo_desktop.storage.vault import Vault

    if isinstance(result, Vault):
        result.close()
