"""From Unlock to the case list painted: the window's modules are loaded while the unlock
dialog waits for the passphrase, and the background work the window starts (the Today view's
pass, which fills the next-due column, and the checks that may ask something) waits until
the case list has been painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from shared_fixtures import PASSPHRASE
from test_shell_support import add_case, make_settings

from msvlo_desktop.gui import today_view
from msvlo_desktop.gui.case_table import NEXT_DUE
from msvlo_desktop.gui.first_paint import AfterFirstPaint
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.window_modules import WINDOW_MODULES

HERE = Path(__file__).resolve().parent


class PaintSeen(QObject):
    """Notes when ``widget`` has been painted with rows in the case list."""

    def __init__(self, window_rows: Any) -> None:
        super().__init__()
        self._rows = window_rows
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._rows() > 0:
            self.painted = True
        return False


def test_the_case_list_is_painted_before_background_work_starts(
    qtbot: Any, vault: Any, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_case(vault)
    add_case(vault, "HERON-0002", "Elira Krasniqi")
    started: list[bool] = []
    seen: PaintSeen | None = None
    real = today_view.run_task

    def recording(*args: Any, **kwargs: Any) -> Any:
        started.append(seen is not None and seen.painted)
        return real(*args, **kwargs)

    monkeypatch.setattr(today_view, "run_task", recording)
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    assert started == []  # nothing started while the window was built
    assert isinstance(w._due_task, AfterFirstPaint)  # the next-due work is still to come
    seen = PaintSeen(w.cases.rowCount)
    w.ui.casesTableView.viewport().installEventFilter(seen)
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None and w.day.today.result is not None, timeout=20_000)
    assert started and all(started), started
    assert w.cases.rowCount() == 2
    assert any(w.cases.index(r, NEXT_DUE).data() for r in range(2))  # next-due filled


def test_a_window_never_painted_still_starts_its_work(
    qtbot: Any, vault: Any, clock: Any, tmp_path: Path
) -> None:
    add_case(vault)
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)  # never shown
    assert w.day.today.result is None
    qtbot.waitUntil(lambda: w._due_task is None and w.day.today.result is not None, timeout=20_000)


def test_locking_before_the_first_paint_drops_the_waiting_work(
    qtbot: Any, vault: Any, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_case(vault)
    started: list[object] = []
    real = today_view.run_task
    monkeypatch.setattr(today_view, "run_task", lambda *a, **k: started.append(a) or real(*a, **k))
    w = MainWindow(
        vault, make_settings(tmp_path), clock=clock, watch_session=False, unlock_delay=lambda n: 0
    )
    qtbot.addWidget(w)
    w.lock()
    qtbot.wait(800)  # past the fallback: nothing starts for a locked vault
    assert started == []
    assert w.is_locked and w.vault is None


CHILD = """
import json, sys, threading, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from shared_fixtures import FakeClock

app = QApplication(["msvlo-test"])
from msvlo_desktop.gui.settings import Settings
from msvlo_desktop.gui.unlock_dialog import UnlockDialog
from msvlo_desktop.storage.vault import Vault

path, passphrase = Path(sys.argv[1]), sys.argv[2]
clock = FakeClock()
dialog = UnlockDialog(path, clock=clock)
dialog.show()
deadline = time.time() + 120
def preloaded():  # the window's modules, as the dialog loads them, and the calendar
    loader = sys.modules.get("msvlo_desktop.gui.window_modules")
    names = getattr(loader, "WINDOW_MODULES", ())
    return bool(names) and all(m in sys.modules for m in names) and not any(
        t.name == "msvlo-preload" for t in threading.enumerate())
while not preloaded() and time.time() < deadline:
    app.processEvents()
    time.sleep(0.002)
loaded_while_waiting = preloaded()
dialog.close()
before = set(sys.modules)
from msvlo_desktop.gui.main_window import MainWindow
vault = Vault.open(path, passphrase, clock=clock)
window = MainWindow(vault, Settings.in_file(path.with_name("settings.ini")), clock=clock,
                    watch_session=False)
window.show()
while (window._due_task is not None or window.day.today.result is None) and time.time() < deadline:
    app.processEvents()
    time.sleep(0.002)
new = sorted(m for m in set(sys.modules) - before
             if m.split(".")[0] in ("msvlo_desktop", "holidays", "phonenumbers"))
print("RESULT " + json.dumps({"preloaded": loaded_while_waiting, "new": new,
                              "lines": window.day.today.result is not None}), flush=True)
vault.close()
"""


def test_the_unlock_dialog_loads_what_the_window_needs(
    vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    """In a fresh process: once the dialog has waited a moment, building the window and its
    first Today pass import nothing more (no module of the application, no holiday
    calendar, no phone-number data)."""
    add_case(vault)
    vault.close()
    env = dict(os.environ)  # the anchor folder, XDG folders and offscreen platform
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(HERE.parent), env.get("PYTHONPATH", "")) if p
    )
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_path), PASSPHRASE],
        capture_output=True,
        env=env,
        timeout=300,
    )
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    result = json.loads(out.split("RESULT ", 1)[1])
    assert result["preloaded"] is True
    assert result["lines"] is True
    assert result["new"] == [], result["new"]
    assert "msvlo_desktop.gui.log_view" in WINDOW_MODULES


def test_each_preload_step_imports_one_listed_window_module() -> None:
    """The unlock dialog takes one step per turn of the event loop so typing stays responsive
    (docs/PERFORMANCE.md: no GUI-thread work over 100 ms): the steps are plain imports, one
    module each, and together exactly the modules the checks above name."""
    from msvlo_desktop.gui import window_modules

    names = [step().__name__ for step in window_modules.STEPS]
    assert names == list(WINDOW_MODULES)
    assert len(window_modules.STEPS) >= 10
