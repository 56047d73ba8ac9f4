"""Probes of the window, offscreen (``QT_QPA_PLATFORM=offscreen``): unlocking to the case
list painted, and opening a long case to its log painted.

"Painted" is measured, not assumed: an event filter on the table's viewport sees its first
paint with rows in it, and the clock stops when that paint has finished (a zero-time timer
started from the paint event runs only once the event loop is back from painting).

Work the window hands to workers is not free for the GUI thread: the results come back to
it, and Python runs one thread at a time. So the window probes also keep a heartbeat on the
GUI thread (a timer every 2 ms) from the officer's action until the background work is
done: the longest gap between two beats is the longest the window could not respond.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.generate import NOW
from benchmarks.probe import Probe, Result, max_rss_bytes
from benchmarks.probes_vault import open_vault
from msvlo_desktop.core.values import iso

TIMEOUT_MS = 300_000
WAIT_MS = 60_000  # the longest a window probe waits for background work


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


class Heartbeat(QObject):
    """A timer on the GUI thread every ``interval_ms``: :meth:`stop` returns the longest gap
    between two beats since :meth:`start` (or between the start and the first beat), which
    is the longest the GUI thread was held up, to within the interval."""

    def __init__(self, interval_ms: int = 2) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.longest = 0.0
        self._timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._beat()
        self._timer.stop()
        return self.longest


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
    window starts (the Today view, each case's next deadline) starts after that paint, as
    it does for the officer. One run per process, so no run inherits another's threads.

    Before the clock starts, what the unlock dialog loads while it waits for the passphrase
    (the window's modules, the holiday calendar: gui/unlock_dialog.py), as it has for an
    officer who has typed a passphrase."""
    _app()
    from msvlo_desktop.gui.main_window import MainWindow
    from msvlo_desktop.gui.settings import Settings
    from msvlo_desktop.gui.unlock_dialog import preload_window_modules, warm_calendar

    preload_window_modules()
    warm_calendar(NOW.year)
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
        # Not stopped: stopping tracemalloc while the window's background threads allocate
        # (the anchor writer, the preloader, the Today pass) can crash CPython 3.11, and the
        # process ends with this run anyway.
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


def wait_until(until: Callable[[], bool]) -> None:
    """Run the event loop (as the application does, so timers keep time) until ``until()``
    holds, checking every 2 ms."""
    if until():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setTimerType(Qt.TimerType.PreciseTimer)
    check.setInterval(2)
    check.timeout.connect(lambda: loop.quit() if until() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    check.start()
    deadline.start(WAIT_MS)
    loop.exec()
    check.stop()
    deadline.stop()
    if not until():
        raise TimeoutError("the window never finished its background work")


def open_case_window(
    path: str, anchor_dir: str, settings_dir: str, entries: int, repeat: int, trace: bool
) -> Result:
    """The same case opened in the main window, as an officer opens it: selecting it in the
    case list records the consultation, shows the log, and has the case's log read in a
    worker for the other case tabs (overview, Victims' Code, NRM, contacts, provisions, exit
    strategy); timed to the log painted. Kept too: how long the selection itself held the
    GUI thread, when every tab was filled and the log's index complete, and the longest the
    GUI thread was held up meanwhile (a heartbeat). Then, once per run, an entry is saved in
    that case: how long the window's refresh held the GUI thread, when the tabs showed the
    entry, and the longest hold-up meanwhile."""
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
    beat = Heartbeat()

    def filled() -> bool:
        busy = bool(getattr(window.area, "busy", False))
        log = window.log_view
        return not busy and (log.case_ref is None or log.model.index_complete)

    def idle() -> bool:
        return running_tasks() == 0 and filled()

    def run() -> dict[str, float]:
        window.show_today()
        wait_until(idle)
        watch = PaintWatch(viewport, lambda: window.log_view.model.rowCount() > 0)
        beat.start()
        t0 = time.perf_counter()
        window.select_case(ref)
        window.ui.caseTabWidget.setCurrentWidget(window.log_view)
        selected = time.perf_counter() - t0
        opened = watch.wait() - t0
        wait_until(filled)
        open_filled = time.perf_counter() - t0
        open_stall = beat.stop()
        wait_until(idle)
        entry = vault.add_entry(
            ref,
            {
                "type": "interaction",
                "mode": "phone",
                "summary": f"Benchmark welfare call {next(counter)}: no new concerns.",
                "occurred_at": iso(NOW - timedelta(minutes=30)),
            },
        )
        count = vault.entry_count(ref)
        beat.start()
        t1 = time.perf_counter()
        window._entry_saved(entry)
        refreshed = time.perf_counter() - t1
        wait_until(lambda: filled() and _tabs_hold(window, count))
        save_filled = time.perf_counter() - t1
        save_stall = beat.stop()
        wait_until(idle)
        return {
            "opened": opened,
            "selected": selected,
            "open_filled": open_filled,
            "open_stall": open_stall,
            "refreshed": refreshed,
            "save_filled": save_filled,
            "save_stall": save_stall,
        }

    first = run()  # imports and caches a process pays once
    runs = [run() for _ in range(repeat)]
    rss = max_rss_bytes()  # before tracing, which costs memory of its own
    heap = None
    if trace:
        tracemalloc.start()
        run()
        _, heap = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    # Opening the form of an update to the victim on that case (it lists the events awaiting
    # an update), then closing it unsaved.
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

    def each(key: str) -> list[float]:
        return [r[key] for r in runs]

    out: Result = {
        "times": each("opened"),
        "rss": rss,
        "first": first["opened"],
        "extra": {
            "case": ref,
            "open_gui_thread": each("selected"),
            "open_longest_hold": each("open_stall"),
            "open_filled": each("open_filled"),
            "after_save_gui_thread": each("refreshed"),
            "after_save_longest_hold": each("save_stall"),
            "after_save_filled": each("save_filled"),
            "first_save": first["refreshed"],
            "open_update_form": forms,
            "lock": locking,
        },
    }
    if heap is not None:
        out["heap_peak"] = heap
    return out


def _tabs_hold(window: Any, count: int) -> bool:
    """Whether every case tab shows the case's log up to ``count`` entries."""
    return all(len(tab.entries) >= count for tab in window.day.tabs)


# ---------------------------------------------------------------------- the Today view shown
def today_view(path: str, anchor_dir: str, repeat: int, trace: bool) -> Result:
    """The Today view showing a worked-out result (every open case's lines), on the GUI
    thread, as after each pass of its worker: ``TodayView.show_result`` until the list is
    painted, in a view of the size it has in the main window. The pass itself (a worker) is
    the ``today`` probe; here it runs once, untimed. Kept too: ``show_result`` alone (wall
    and CPU), the CPU time to the list painted (the machine is shared: wall-clock times
    vary with its load), the longest the GUI thread was held up from the call until all
    was settled (a heartbeat), and a page down the list (the lines come into view: worked
    out, given their buttons, painted)."""
    app = _app()
    from msvlo_desktop.gui.today_view import TodayView
    from msvlo_desktop.services.today import compute_today

    vault = open_vault(path, anchor_dir)
    t0 = time.perf_counter()
    result = compute_today(vault, NOW)
    worked_out = time.perf_counter() - t0
    view = TodayView(clock=lambda: NOW)
    view.resize(1380, 620)
    view.show()
    settle(app)
    viewport = view.table.viewport()
    beat = Heartbeat()

    def run() -> dict[str, float]:
        watch = PaintWatch(viewport, lambda: view.model.rowCount() > 0)
        beat.start()
        c0, t0 = time.process_time(), time.perf_counter()
        view.show_result(result)
        shown, cpu = time.perf_counter() - t0, time.process_time() - c0
        painted = watch.wait() - t0
        painted_cpu = time.process_time() - c0
        settle(app)
        held = beat.stop()
        bar = view.table.verticalScrollBar()
        bar.setValue(0)
        settle(app)
        paged = 0.0
        if bar.maximum() > 0:  # a short list has nowhere to page to, and paints nothing
            watch = PaintWatch(viewport)
            t1 = time.perf_counter()
            bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
            paged = watch.wait() - t1
            settle(app)
        bar.setValue(0)
        settle(app)
        return {
            "painted": painted,
            "painted_cpu": painted_cpu,
            "shown": shown,
            "cpu": cpu,
            "held": held,
            "paged": paged,
        }

    first = run()  # fonts and glyphs a process draws once
    runs = [run() for _ in range(repeat)]
    out: Result = {
        "times": [r["painted"] for r in runs],
        "cpu": [r["cpu"] for r in runs],
        "first": first["painted"],
        "rss": max_rss_bytes(),
        "extra": {
            "open_cases": result.cases,
            "lines": len(result.lines),
            "worked_out_seconds": worked_out,
            "show_result_seconds": [r["shown"] for r in runs],
            "painted_cpu_seconds": [r["painted_cpu"] for r in runs],
            "longest_hold_seconds": [r["held"] for r in runs],
            "page_down_seconds": [r["paged"] for r in runs],
            "first_show_result_seconds": first["shown"],
        },
    }
    if trace:
        tracemalloc.start()
        run()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["heap_peak"] = peak
    vault.close()
    return out


PROBES: dict[str, Probe] = {
    "unlock": unlock,
    "open_case": open_case,
    "open_case_window": open_case_window,
    "today_view": today_view,
}
