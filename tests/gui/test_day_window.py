"""The officer's day in the main window: the Today view first after unlocking with its
summary in the status bar, the case tabs filled for the selected case, checklist entries
that open in the Log, closing a case from its tab, and nothing left on screen after a lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from test_day_support import ADULT, AT, CHILD, copy_vault, open_vault, texts_with

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_overview import CaseOverview
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.settings import Settings
from msvlo_desktop.gui.unlock_dialog import LOCKED_BY_USER
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV


@pytest.fixture(autouse=True)
def anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))


@pytest.fixture
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def window(
    qtbot: Any,
    tmp_path_factory: pytest.TempPathFactory,
    tmp_path: Path,
    script: messages.ScriptedAnswers,
) -> Iterator[MainWindow]:
    vault = open_vault(copy_vault(tmp_path_factory, tmp_path))
    w = MainWindow(
        vault,
        Settings.in_file(tmp_path / "settings.ini"),
        clock=lambda: AT,
        idle_check_ms=60_000,
        unlock_delay=lambda n: 0.0,
        watch_session=False,
    )
    qtbot.addWidget(w)
    w.resize(1300, 900)
    w.show()
    qtbot.waitUntil(lambda: w.day.today.result is not None, timeout=20_000)
    yield w
    if w.vault is not None:
        w.close_vault()


def test_today_is_the_first_thing_shown_with_a_summary(window: MainWindow) -> None:
    today = window.day.today
    assert window.ui.caseStackedWidget.currentWidget() is today
    summary = today.summary_label.text()
    assert " overdue, " in summary and " due today across 7 open cases" in summary
    assert window.status_label.text() == summary
    assert window.day.today_action.isEnabled()
    titles = [window.ui.caseTabWidget.tabText(i) for i in range(window.ui.caseTabWidget.count())]
    assert titles[0] == "Log"
    assert titles[1:] == [
        "Overview",
        "Victims' Code",
        "NRM and referrals",
        "Contacts and SPOC",
        "Provisions",
        "Exit strategy",
    ]


def settled(qtbot: Any, window: MainWindow) -> None:
    """Wait for the case's log, read in a worker, to fill every case tab."""
    qtbot.waitUntil(lambda: not window.area.busy, timeout=10_000)


def test_a_case_fills_every_tab_and_today_comes_back(qtbot: Any, window: MainWindow) -> None:
    assert window.select_case(CHILD)
    settled(qtbot, window)
    assert window.ui.caseStackedWidget.currentWidget() is window.ui.casePage
    overview = next(t for t in window.day.tabs if isinstance(t, CaseOverview))
    name = window.vault.get_case(CHILD).victim.name
    assert overview.values["name"].text() == name
    for tab in window.day.tabs:
        assert tab.case_ref == CHILD
    # A checklist item's entry opens in the Log tab.
    item = overview.checklist("initial_actions").item("nrm_or_duty_to_notify")
    overview.showEntry.emit(CHILD, item.entry_id)
    assert window.ui.caseTabWidget.currentWidget() is window.log_view
    assert window.log_view.current_entry().id == item.entry_id

    window.day.today_action.trigger()
    assert window.ui.caseStackedWidget.currentWidget() is window.day.today
    assert window.current_ref is None
    assert texts_with(overview, name) == []
    # The case can be chosen again from the list (the list forgot its current row).
    assert window.select_case(CHILD)
    settled(qtbot, window)
    assert overview.values["name"].text() == name
    # Activating a Today line opens its case.
    window.day.today_action.trigger()
    window.day.today.caseRequested.emit(ADULT)
    assert window.current_ref == ADULT


def test_saving_from_a_tab_refreshes_the_window(
    qtbot: Any, window: MainWindow, script: messages.ScriptedAnswers
) -> None:
    from msvlo_desktop.core.closing import closing_problems

    ref = "CURLEW-0006"
    assert window.select_case(ref)
    settled(qtbot, window)
    exit_tab = window.day.exit_tab
    assert not exit_tab.close_button.isEnabled()
    lead = next(
        c.name for c in window.vault.get_case(ref).contacts if c.role == "lead_investigator"
    )
    window.vault.add_entry(
        ref,
        {
            "type": "exit_strategy",
            "occurred_at": AT.isoformat(),
            "author": "DC 4521 J. Okafor",
            "status": "agreed",
            "agreed_with": lead,
        },
    )
    assert closing_problems(window.vault.entries(ref)) == []
    window.day.refresh()
    settled(qtbot, window)
    assert exit_tab.close_button.isEnabled()
    exit_tab.close_button.click()
    dialog = exit_tab.close_dialog
    assert dialog is not None
    dialog.acknowledge_box.setChecked(True)
    dialog.reason_edit.setPlainText("Exit strategy completed.")
    dialog.ok_button.click()
    assert window.vault.get_case(ref).status == "closed"
    assert "Closed" in window.ui.caseFlagsLabel.text()
    assert not window.ui.logInteractionAction.isEnabled()  # nothing more to log
    assert window.status_label.text().startswith(f"Case {ref} closed ")


def test_lock_leaves_no_case_text_in_the_day_views(qtbot: Any, window: MainWindow) -> None:
    assert window.select_case(CHILD)
    settled(qtbot, window)
    overview = next(t for t in window.day.tabs if isinstance(t, CaseOverview))
    assert overview.reveal_safe_contact()
    refs = [line.case_ref for line in window.day.today.lines()]
    name = window.vault.get_case(CHILD).victim.name
    assert texts_with(window, name, *refs)
    window.lock(LOCKED_BY_USER)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for view in window.day.widgets():
        assert texts_with(view, name, *refs) == []
    assert window.day.today.lines() == []
    assert not window.day.today_action.isEnabled()
    assert overview.safe_contact_shown is False
