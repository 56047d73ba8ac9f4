"""The Today view and the case list's next-due column from each case's kept pending
obligations: one pass for both, a save costs its own case, and the first pass says how far
it has got."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_day_support import ADULT, AT, CLOSED, copy_vault, open_vault

from msvlo_desktop.core.obligations import case_obligations, is_pending, sort_by_urgency
from msvlo_desktop.gui import messages, today_view
from msvlo_desktop.gui.case_table import NEXT_DUE, most_urgent
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.settings import Settings
from msvlo_desktop.gui.today_view import TodayView
from msvlo_desktop.services import today
from msvlo_desktop.storage import digest
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Vault


@pytest.fixture(autouse=True)
def anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))


@pytest.fixture
def vault(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Vault]:
    v = open_vault(copy_vault(tmp_path_factory, tmp_path))
    digest.forget(v)
    try:
        yield v
    finally:
        v.close()


@pytest.fixture
def logs_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The case ids whose logs the passes read."""
    read: list[int] = []
    real = digest._engine_entries

    def spy(vault: Vault, case_id: int, *args: Any) -> Any:
        read.append(case_id)
        return real(vault, case_id, *args)

    monkeypatch.setattr(digest, "_engine_entries", spy)
    return read


def case_id(vault: Vault, ref: str) -> int:
    return int(vault.conn.execute("SELECT id FROM cases WHERE reference = ?", (ref,)).fetchone()[0])


def computed(qtbot: Any, view: TodayView) -> None:
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.refresh()


def test_the_first_pass_says_how_far_it_has_got(
    qtbot: Any, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(today_view, "PROGRESS_FROM", 2)
    view = TodayView(clock=lambda: AT)
    qtbot.addWidget(view)
    view.show()
    view.set_vault(vault)
    said: list[str] = []
    real = view._show_summary

    def spy(text: str, key: str) -> None:
        said.append(text)
        real(text, key)

    monkeypatch.setattr(view, "_show_summary", spy)
    computed(qtbot, view)
    progress = [t for t in said if t.startswith("Working out what is due: ")]
    assert progress[0] == "Working out what is due: 0 of 7 cases read…"
    assert progress[-1] == "Working out what is due: 7 of 7 cases read…"
    assert said[-1] == view.summary_label.text()
    assert said[-1].endswith("across 7 open cases") or " across 7 open cases;" in said[-1]
    # Every case kept: the next pass reads no log and says nothing of progress.
    said.clear()
    computed(qtbot, view)
    assert not [t for t in said if t.startswith("Working out what is due: ")]
    assert len(digest.pending_obligations(vault, AT).cases) == 7


def test_after_a_save_only_that_case_is_read_again(
    qtbot: Any, vault: Vault, logs_read: list[int]
) -> None:
    view = TodayView(clock=lambda: AT)
    qtbot.addWidget(view)
    view.set_vault(vault)
    computed(qtbot, view)
    assert len(set(logs_read)) == 7
    before = {line.key for line in view.lines()}
    logs_read.clear()
    event = vault.add_entry(
        ADULT,
        {
            "type": "investigation_event",
            "occurred_at": "2026-11-19T15:00:00+00:00",
            "event": "arrest",
        },
    )
    computed(qtbot, view)
    assert set(logs_read) == {case_id(vault, ADULT)}
    added = {line.key for line in view.lines()} - before
    assert added == {(ADULT, "victims_code_update", event.id)}
    # The same lines as the engine gives on the whole log.
    case = vault.get_case(ADULT)
    owed = [o for o in case_obligations(case, vault.entries(ADULT), AT) if is_pending(o)]
    assert list(view.result.pending[ADULT]) == sort_by_urgency(owed)  # type: ignore[union-attr]


@pytest.fixture
def window(
    qtbot: Any, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> Iterator[MainWindow]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
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
    w.show()
    qtbot.waitUntil(lambda: w._due_task is None and w.day.today.result is not None, timeout=20_000)
    yield w
    if w.vault is not None:
        w.close_vault()
    messages.install_script(None)


def test_the_next_due_column_comes_from_the_today_views_pass(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    passes: list[Any] = []
    real = today.pending_obligations

    def spy(*args: Any, **kw: Any) -> Any:
        found = real(*args, **kw)
        passes.append(found)
        return found

    monkeypatch.setattr(today, "pending_obligations", spy)
    with qtbot.waitSignal(window.day.today.computed, timeout=20_000):
        window.compute_due()
    qtbot.waitUntil(lambda: window._due_task is None)
    assert len(passes) == 1
    result = window.day.today.result
    assert result is not None
    model = window.cases
    for ref in model.references():
        due = model.next_due_of(ref)
        assert due is not None
        if ref == CLOSED:
            assert due.status == "closed"
            continue
        assert due == most_urgent(result.pending[ref])
        row = model.row_of(ref)
        assert model.index(row, NEXT_DUE).data() == due.text
    # The most urgent line of the Today view is the first in its case's column.
    first = result.lines[0]
    assert model.next_due_of(first.case_ref).due == first.obligation.due  # type: ignore[union-attr]


def test_a_save_starts_one_pass_for_today_and_the_case_list(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []
    real = today_view.run_task

    def counting(*args: Any, **kw: Any) -> Any:
        started.append(True)
        return real(*args, **kw)

    monkeypatch.setattr(today_view, "run_task", counting)
    assert window.vault is not None
    entry = window.vault.add_entry(
        ADULT, {"type": "note", "occurred_at": AT.isoformat(), "summary": "Rang the GP."}
    )
    window._entry_saved(entry)
    qtbot.waitUntil(lambda: window._due_task is None, timeout=20_000)
    assert started == [True]  # one pass feeds the Today lines and the next-due column
