"""Holding background work back until the window has first been painted.

Python runs one thread at a time, so a worker started while the main window is still being
built and painted (the Today view's pass, the case list's next-due column) takes turns with
it and delays what the officer is waiting to see. After unlocking, the window therefore
queues that work here and it starts once the case list has finished painting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is not painted soon (hidden, minimised, covered) does not hold the work back
# for longer than this.
FALLBACK_MS = 500


class AfterFirstPaint(QObject):
    """Runs queued work once ``widget`` has finished a paint after :meth:`arm`, or after
    ``fallback_ms`` if it is not painted by then.

    While armed it stands for the work not started yet: :meth:`discard` (the vault is
    locking) drops it, as a task's ``discard`` does.
    """

    def __init__(self, widget: QWidget, *, fallback_ms: int = FALLBACK_MS) -> None:
        super().__init__(widget)
        self._widget = widget
        self._queue: list[Callable[[], None]] = []
        self._armed = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(fallback_ms)
        self._fallback.timeout.connect(self._run)

    @property
    def waiting(self) -> bool:
        """Armed, and the widget not yet painted."""
        return self._armed

    def arm(self) -> None:
        """Hold work given to :meth:`later` until the next paint of the widget."""
        self.discard()
        self._armed = True
        self._widget.installEventFilter(self)
        self._fallback.start()

    def later(self, work: Callable[[], None]) -> None:
        """Run ``work`` after the paint (at once when not armed)."""
        if self._armed:
            self._queue.append(work)
        else:
            work()

    def discard(self) -> None:
        """Drop the work not started yet."""
        self._armed = False
        self._queue.clear()
        self._fallback.stop()
        self._widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and watched is self._widget and event.type() == QEvent.Type.Paint:
            # Runs once the event loop is back from painting.
            QTimer.singleShot(0, self, self._run)  # dropped if this object is deleted first
        return False

    def _run(self) -> None:
        if not self._armed:
            return
        queue = list(self._queue)
        self.discard()
        for work in queue:
            work()


__all__ = ["FALLBACK_MS", "AfterFirstPaint"]
