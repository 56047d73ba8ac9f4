"""Screenshots of the officer's-day views for the documentation, rendered offscreen.

``render_day_views(window, out_dir)`` takes a main window showing a training vault and saves
the Today view and each case tab to ``out_dir``: today.png, case_overview.png,
victims_code.png, nrm.png, contacts.png, provisions.png and exit_strategy.png. Each tab is
shown on the training case that shows it best. ``python -m tools.day_screenshots
docs/screenshots`` builds a fresh training vault at a fixed moment (Friday 20 November 2026,
10:00) and renders them on its own.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from msvlo_desktop.gui.case_area import CaseLogTab
from msvlo_desktop.gui.case_overview import CaseOverview
from msvlo_desktop.gui.contacts_tab import ContactsTab
from msvlo_desktop.gui.exit_strategy_tab import ExitStrategyTab
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.nrm_tab import NrmTab
from msvlo_desktop.gui.provisions_tab import ProvisionsTab
from msvlo_desktop.gui.victims_code_tab import VictimsCodeTab

AT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
SIZE = (1400, 1000)
# (file, tab, training case): each tab on the case that shows most of it.
SHOTS: tuple[tuple[str, type[CaseLogTab], str], ...] = (
    ("case_overview.png", CaseOverview, "KESTREL-0001"),  # age disputed: the child workflow
    ("victims_code.png", VictimsCodeTab, "PLOVER-0005"),  # an overdue update among met ones
    ("nrm.png", NrmTab, "KESTREL-0001"),  # referral to conclusive grounds
    ("contacts.png", ContactsTab, "KESTREL-0001"),  # a SPOC change
    ("provisions.png", ProvisionsTab, "MERLIN-0003"),  # accommodation among the provisions
    ("exit_strategy.png", ExitStrategyTab, "AVOCET-0008"),  # review overdue, closing refused
)


def _settle(until: Callable[[], bool] | None = None, timeout: float = 30.0) -> None:
    """Let queued work (the Today worker, layouts, paints) finish."""
    deadline = time.monotonic() + timeout
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until is None or until() or time.monotonic() > deadline:
            break
    QCoreApplication.processEvents()


def render_day_views(window: MainWindow, out_dir: Path) -> list[Path]:
    """Save the Today view and every officer's-day tab of ``window`` (a MainWindow with its
    ``day`` views) as PNG files in ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    day = window.day
    written: list[Path] = []
    window.show_today()
    _settle(lambda: day.today.result is not None and not day.today.busy)
    path = out_dir / "today.png"
    window.grab().save(str(path))
    written.append(path)
    for name, cls, ref in SHOTS:
        window.select_case(ref)
        tab = next(t for t in day.tabs if isinstance(t, cls))
        window.ui.caseTabWidget.setCurrentWidget(tab)
        _settle(lambda: not window.area.busy)
        path = out_dir / name
        window.grab().save(str(path))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0] if args else "docs/screenshots")
    from msvlo_desktop.gui.app import configure
    from msvlo_desktop.gui.settings import Settings
    from msvlo_desktop.gui.start_window import TRAINING_PASSPHRASE
    from msvlo_desktop.services.training import create_training_vault
    from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure(app)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault(ANCHOR_DIR_ENV, str(Path(tmp) / "anchors"))
        vault = create_training_vault(
            Path(tmp) / "training.msvlo", TRAINING_PASSPHRASE, now=AT, cases=8, seed=2026
        )
        window = MainWindow(
            vault,
            Settings.in_file(Path(tmp) / "settings.ini"),
            clock=lambda: AT,
            watch_session=False,
        )
        window.resize(*SIZE)
        window.ui.mainSplitter.setSizes([240, SIZE[1] - 240])
        window.show()
        try:
            for path in render_day_views(window, out_dir):
                print(path)
        finally:
            window.close_vault()
            window.deleteLater()
            _settle()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
