"""Probes of the window, offscreen (``QT_QPA_PLATFORM=offscreen``): unlocking to the case
list painted, and opening a long case to its log painted.

"Painted" is measured, not assumed: an event filter on the table's viewport sees its first
paint with rows in it, and the clock stops when that paint has finished (a zero-time timer
started from the paint event runs only once the event loop is back from painting).
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.generate import NOW
from benchmarks.probe import Probe, Result, max_rss_bytes
from benchmarks.probes_vault import open_vault
from msvlo_desktop.core.values import iso

TIMEOUT_MS = 300_000


def _app() -> QApplication:
    from msvlo_desktop.gui.app import configure

    app = QApplication.instance() or QApplication(["msvlo-benchmark"])
    assert isinstance(app, QApplication)
    configure(app)
    return app


class PaintWatch(QObject):
    """Runs the event loop until ``widget`` has finished a paint while ``ready()`` holds;
    ``painted_at`` is then the ``perf_counter`` time just after that paint."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool] = lambda: True) -> None:
        super().__init__()
        self._widget = widget
        self._ready = ready
        self._loop = QEventLoop()
        self.painted_at: float | None = None
        self._seen = False
        # Watching from the start: showing a window may paint it before wait() is called.
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint and self._ready():
            self._seen = True
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted_at = time.perf_counter()
        self._loop.quit()

    def wait(self) -> float:
        try:
            if self.painted_at is None:
                QTimer.singleShot(TIMEOUT_MS, self._loop.quit)
                self._loop.exec()
        finally:
            self._widget.removeEventFilter(self)
        if self.painted_at is None:
            raise TimeoutError("the widget was never painted")
        return self.painted_at


def settle(app: QApplication, until: Callable[[], bool] = lambda: True) -> None:
    """Let pending events, and background tasks when ``until`` asks, finish."""
    deadline = time.perf_counter() + TIMEOUT_MS / 1000
    while True:
        app.processEvents()
        if until() or time.perf_counter() > deadline:
            break
        time.sleep(0.01)
    app.processEvents()


# ---------------------------------------------------------------------- unlock
def unlock(path: str, anchor_dir: str, settings_dir: str, trace: bool) -> Result:
    """One unlock, as the window does it: open the vault (key derivation, schema check, the
    anchor compared and rewritten), record the unlock in the audit log, build the main
    window, and run until the case list is painted with its cases. Background work the
    window starts (the Today view, each case's next deadline) runs meanwhile, as it does for
    the officer. One run per process, so no run inherits another's threads."""
    _app()
    from msvlo_desktop.gui.main_window import MainWindow
    from msvlo_desktop.gui.settings import Settings

    settings = Settings.in_file(Path(settings_dir) / "settings.ini")
    if trace:
        tracemalloc.start()
    t0 = time.perf_counter()
    c0 = time.process_time()
    vault = open_vault(path, anchor_dir)
    vault.record_access("unlocked")
    t1 = time.perf_counter()
    window = MainWindow(vault, settings, clock=lambda: NOW, watch_session=False)
    t2 = time.perf_counter()
    table = window.ui.casesTableView
    watch = PaintWatch(table.viewport(), lambda: window.cases.rowCount() > 0)
    window.show()
    t3 = watch.wait()
    cpu = time.process_time() - c0
    out: Result = {
        "times": [t3 - t0],
        "cpu": [cpu],
        "rss": max_rss_bytes(),
        "extra": {
            "open_and_audit": t1 - t0,
            "window_built": t2 - t1,
            "shown_and_painted": t3 - t2,
            "cases": window.cases.rowCount(),
        },
    }
    if trace:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["heap_peak"] = peak
    return out


# ---------------------------------------------------------------------- opening a case
def _big_case(vault: Any, entries: int) -> str:
    return str(next(c.reference for c in vault.list_cases() if c.entry_count >= entries))


def open_case(path: str, anchor_dir: str, entries: int, repeat: int, trace: bool) -> Result:
    """The log view (``LogView`` and its lazy ``LogModel``) shown with a case of
    ``entries`` entries, from ``show_case`` to the table painted with its first rows. Also
    kept: when the background index of the whole log (markers, filters) was complete."""
    app = _app()
    from msvlo_desktop.gui.log_view import LogView

    vault = open_vault(path, anchor_dir)
    ref = _big_case(vault, entries)
    view = LogView()
    view.resize(1100, 700)
    view.show()
    settle(app)
    indexed: list[float] = []
    view.model.indexingFinished.connect(lambda: indexed.append(time.perf_counter()))
    viewport = view.ui.entriesTableView.viewport()

    def run() -> tuple[float, float]:
        view.clear()
        settle(app)
        indexed.clear()
        watch = PaintWatch(viewport, lambda: view.model.rowCount() > 0)
        t0 = time.perf_counter()
        view.set_vault(vault)
        view.show_case(ref)
        painted = watch.wait() - t0
        settle(app, lambda: bool(indexed))
        return painted, (indexed[0] - t0) if indexed else float("nan")

    first, _ = run()  # imports and caches a process pays once
    times: list[float] = []
    index_times: list[float] = []
    for _ in range(repeat):
        painted, done = run()
        times.append(painted)
        index_times.append(done)
    out: Result = {
        "times": times,
        "first": first,
        "rss": max_rss_bytes(),
        "extra": {"case": ref, "entries": vault.entry_count(ref), "index_complete": index_times},
    }
    if trace:
        tracemalloc.start()
        run()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["heap_peak"] = peak
    return out


def open_case_window(
    path: str, anchor_dir: str, settings_dir: str, entries: int, repeat: int, trace: bool
) -> Result:
    """The same case opened in the main window, as an officer opens it: selecting it in the
    case list fills every case tab (log, overview, Victims' Code, NRM, contacts, provisions,
    exit strategy) and records the consultation; timed to the log painted. Then, once per
    run, what the window does on the GUI thread after an entry is saved in that case."""
    app = _app()
    from msvlo_desktop.gui.main_window import MainWindow
    from msvlo_desktop.gui.settings import Settings
    from msvlo_desktop.gui.workers import running_tasks

    settings = Settings.in_file(Path(settings_dir) / "settings.ini")
    vault = open_vault(path, anchor_dir)
    ref = _big_case(vault, entries)
    window = MainWindow(vault, settings, clock=lambda: NOW, watch_session=False)
    window.show()
    settle(app, lambda: running_tasks() == 0)
    viewport = window.log_view.ui.entriesTableView.viewport()
    counter = iter(range(10**9))

    def run() -> tuple[float, float]:
        window.show_today()
        settle(app, lambda: running_tasks() == 0)
        watch = PaintWatch(viewport, lambda: window.log_view.model.rowCount() > 0)
        t0 = time.perf_counter()
        window.select_case(ref)
        window.ui.caseTabWidget.setCurrentWidget(window.log_view)
        opened = watch.wait() - t0
        settle(app, lambda: running_tasks() == 0)
        entry = vault.add_entry(
            ref,
            {
                "type": "interaction",
                "mode": "phone",
                "summary": f"Benchmark welfare call {next(counter)}: no new concerns.",
                "occurred_at": iso(NOW - timedelta(minutes=30)),
            },
        )
        t1 = time.perf_counter()
        window._entry_saved(entry)
        refreshed = time.perf_counter() - t1
        settle(app, lambda: running_tasks() == 0)
        return opened, refreshed

    first, first_save = run()  # imports and caches a process pays once
    times: list[float] = []
    after_save: list[float] = []
    for _ in range(repeat):
        opened, refreshed = run()
        times.append(opened)
        after_save.append(refreshed)
    rss = max_rss_bytes()  # before tracing, which costs memory of its own
    heap = None
    if trace:
        tracemalloc.start()
        run()
        _, heap = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    # Opening the form of an update to the victim on that case (it reads the whole log to
    # list the events awaiting an update), then closing it unsaved.
    forms: list[float] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        dialog = window.open_entry_form("victim_update")
        forms.append(time.perf_counter() - t0)
        if dialog is not None:
            dialog.reject()
        settle(app)
    # Locking: drafts kept, views cleared, the lock audited and the vault closed (with its
    # write-ahead log checkpointed), all on the GUI thread.
    t0 = time.perf_counter()
    window.lock()
    locking = time.perf_counter() - t0
    out: Result = {
        "times": times,
        "rss": rss,
        "first": first,
        "extra": {
            "case": ref,
            "after_save_gui_thread": after_save,
            "first_save": first_save,
            "open_update_form": forms,
            "lock": locking,
        },
    }
    if heap is not None:
        out["heap_peak"] = heap
    return out


PROBES: dict[str, Probe] = {
    "unlock": unlock,
    "open_case": open_case,
    "open_case_window": open_case_window,
}
