"""The Today view: the same obligations as ``msvlo due`` at the same moment, grouped by
urgency, one button per line that opens the right form filled in, and a line that moves to
met once the form is saved."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_day_support import AT, PASSPHRASE, copy_vault, open_vault, texts_with

from msvlo_desktop.cli import main as cli_main
from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.obligations import case_obligations
from msvlo_desktop.gui.today_view import TodayView
from msvlo_desktop.services.today import OVERDUE, TODAY, WEEK, group_of
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Vault


@pytest.fixture(autouse=True)
def anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))


@pytest.fixture
def vault_file(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return copy_vault(tmp_path_factory, tmp_path)


@pytest.fixture
def vault(vault_file: Path) -> Iterator[Vault]:
    v = open_vault(vault_file)
    try:
        yield v
    finally:
        v.close()


def computed_view(qtbot: Any, vault: Vault) -> TodayView:
    view = TodayView(clock=lambda: AT)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.set_vault(vault)
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.refresh()
        # The logs are read in a worker: the call returns before the lines are worked out.
        assert view.busy and view.lines() == []
    assert not view.busy
    return view


def due_json(
    vault_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> list[dict[str, Any]]:
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli_main(["due", str(vault_file), "--at", AT.isoformat(), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    return list(json.loads(out))


def test_today_lists_exactly_what_msvlo_due_reports(
    qtbot: Any, vault_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    reported = due_json(vault_file, monkeypatch, capsys)
    vault = open_vault(vault_file)
    try:
        open_cases = {s.reference for s in vault.list_cases() if s.status == "open"}
        view = computed_view(qtbot, vault)
        horizon = london_date(AT) + timedelta(days=7)
        expected = {
            (o["case"], o["kind"], o["source"])
            for o in reported
            if o["case"] in open_cases
            and o["kind"] != "nrm_cg_not_before"
            and (
                o["status"] == "overdue"
                or (
                    o["status"] == "due"
                    and london_date(datetime.fromisoformat(o["due"])) <= horizon
                )
            )
        }
        shown = {line.key for line in view.lines()}
        assert expected  # the training vault has work in it
        assert shown == expected
        # Each group holds what its title says, and overdue comes first.
        overdue = {
            (o["case"], o["kind"], o["source"]) for o in reported if o["status"] == "overdue"
        }
        assert {line.key for line in view.lines(OVERDUE)} == overdue & expected
        for line in view.lines(TODAY):
            assert london_date(line.obligation.due) == london_date(AT)
        for line in view.lines(WEEK):
            assert london_date(AT) < london_date(line.obligation.due) <= horizon
        assert [line.group for line in view.lines()] == sorted(
            (line.group for line in view.lines()), key=[OVERDUE, TODAY, WEEK].index
        )
    finally:
        vault.close()


def test_lines_say_what_to_whom_since_when_and_by_when(qtbot: Any, vault: Vault) -> None:
    view = computed_view(qtbot, vault)
    model = view.model
    assert model.index(0, 0).data().startswith("Overdue (")
    hearing = next(
        line
        for line in view.lines(OVERDUE)
        if line.obligation.source_event == "first_hearing_date_received"
    )
    # The overdue lines follow their group's title.
    row = next(
        r
        for r in range(1, 1 + len(view.lines(OVERDUE)))
        if model.index(r, 1).data().startswith(hearing.case_ref)
    )

    def text(column: int) -> str:
        return str(model.index(row, column).data())

    assert text(0).startswith("Overdue by ") and "working day" in text(0)
    assert hearing.victim_name in text(1) and hearing.pseudonym in text(1)
    assert "Tell the victim the date of the first court hearing" in text(2)
    assert "Since: Date of first court hearing received, " in text(2)
    assert text(3).startswith("due ") and text(3).endswith("23:59")
    # Colour comes with the words, never instead of them.
    background = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == "#fde4e4"
    button = view.button_for(hearing.key)
    assert button is not None and button.text() == "Record update"
    assert hearing.case_ref in button.accessibleName()
    # The milestone that owes nothing and anything met never appear.
    assert all(not line.obligation.is_milestone for line in view.lines())
    assert all(line.obligation.status in ("due", "overdue") for line in view.lines())
    summary = view.summary_label.text()
    n_overdue, n_today = len(view.lines(OVERDUE)), len(view.lines(TODAY))
    assert summary.startswith(f"{n_overdue} overdue, {n_today} due today across 7 open cases")


def test_each_kind_opens_its_form_filled_in(qtbot: Any, vault: Vault) -> None:
    view = computed_view(qtbot, vault)
    opened: list[Any] = []
    view.formOpened.connect(opened.append)
    review = next(line for line in view.lines() if line.obligation.kind == "exit_strategy_review")
    qtbot.mouseClick(view.button_for(review.key), Qt.MouseButton.LeftButton)
    dialog = opened[-1]
    assert dialog.entry_type == "exit_strategy"
    assert dialog.case_ref == review.case_ref
    # The review starts from the strategy as it stands.
    strategies = [e for e in vault.entries(review.case_ref) if e.type == "exit_strategy"]
    current = strategies[-1].data
    assert dialog.field_values()["status"] == current["status"]
    assert dialog.field_values()["criteria"] == current["criteria"]
    dialog.close_without_asking()

    agreed = next(line for line in view.lines() if line.obligation.kind == "agreed_update")
    qtbot.mouseClick(view.button_for(agreed.key), Qt.MouseButton.LeftButton)
    dialog = opened[-1]
    assert dialog.entry_type == "victim_update"
    assert dialog.field_values().get("satisfies", []) == []
    dialog.close_without_asking()


def test_recording_the_update_moves_the_line_to_met(qtbot: Any, vault: Vault) -> None:
    view = computed_view(qtbot, vault)
    line = next(
        line for line in view.lines(OVERDUE) if line.obligation.kind == "victims_code_update"
    )
    opened: list[Any] = []
    view.formOpened.connect(opened.append)
    qtbot.mouseClick(view.button_for(line.key), Qt.MouseButton.LeftButton)
    dialog = opened[-1]
    # The update already names the event the line is about.
    assert dialog.field_values()["satisfies"] == [line.obligation.source]
    assert not dialog.ui.saveButton.isEnabled()
    qtbot.keyClicks(dialog.ui.summaryPlainTextEdit, "Told the victim the date of the hearing.")
    qtbot.keyClicks(dialog.ui.lateReasonPlainTextEdit, "Victim abroad with no phone signal.")
    assert dialog.ui.saveButton.isEnabled()
    added: list[Any] = []
    view.entryAdded.connect(added.append)
    with qtbot.waitSignal(view.computed, timeout=20_000):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(added) == 1 and added[0].type == "victim_update"
    assert line.key not in {ln.key for ln in view.lines()}
    assert view.button_for(line.key) is None
    # The engine agrees: met (late, with the reason).
    case = vault.get_case(line.case_ref)
    now = case_obligations(case, vault.entries(line.case_ref), AT)
    met = next(o for o in now if o.key == line.key)
    assert met.status == "met_late"
    assert met.met_by == added[0].id
    assert met.late_reason == "Victim abroad with no phone signal."


def test_clear_forgets_every_line(qtbot: Any, vault: Vault) -> None:
    view = computed_view(qtbot, vault)
    names = [line.victim_name for line in view.lines()]
    refs = [line.case_ref for line in view.lines()]
    assert texts_with(view, *names, *refs)
    view.clear()
    assert view.vault is None and view.lines() == []
    assert texts_with(view, *names, *refs) == []
    assert view.model.rowCount() == 0
    # A refresh after clearing does nothing until a vault is given again.
    view.refresh()
    assert view.model.rowCount() == 0


def test_a_line_activated_asks_for_its_case(qtbot: Any, vault: Vault) -> None:
    view = computed_view(qtbot, vault)
    first_line = view.model.index(1, 0)  # row 0 is the group's title
    with qtbot.waitSignal(view.caseRequested) as asked:
        view.table.activated.emit(first_line)
    assert asked.args == [view.lines(OVERDUE)[0].case_ref]


def test_group_of_leaves_out_what_owes_nothing() -> None:
    from msvlo_desktop.core.obligations import Obligation

    def ob(kind: str, status: str, due: datetime) -> Obligation:
        return Obligation("R", kind, "x", None, due, status, None, None, "", "r", "1")

    assert group_of(ob("nrm_cg_not_before", "due", AT), AT) is None
    assert group_of(ob("agreed_update", "not_applicable", AT), AT) is None
    assert group_of(ob("agreed_update", "met_on_time", AT), AT) is None
    assert group_of(ob("agreed_update", "overdue", AT - timedelta(days=3)), AT) == OVERDUE
    assert group_of(ob("agreed_update", "due", AT + timedelta(hours=5)), AT) == TODAY
    assert group_of(ob("agreed_update", "due", AT + timedelta(days=7)), AT) == WEEK
    assert group_of(ob("agreed_update", "due", AT + timedelta(days=8)), AT) is None


def test_a_long_list_makes_buttons_only_for_lines_in_view(qtbot: Any) -> None:
    from msvlo_desktop.core.obligations import Obligation
    from msvlo_desktop.services.today import TodayLine, TodayResult

    lines = tuple(
        TodayLine(
            OVERDUE,
            Obligation(
                f"CASE-{i:04d}",
                "agreed_update",
                "case",
                "case_opened",
                AT - timedelta(days=1, minutes=i),
                "overdue",
                None,
                None,
                "Agreed update to the victim",
                "victims_code.right6.update",
                "2020",
            ),
            f"Victim {i}",
            f"V{i}",
        )
        for i in range(600)
    )
    view = TodayView(clock=lambda: AT)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    view.show_result(TodayResult(AT, 600, lines))
    made = view.findChildren(type(view.refresh_button), "todayActionButton")
    assert 0 < len(made) < 100
    last = view.model.index(600, 4)  # the title, then the 600 lines
    view.table.scrollTo(last)
    qtbot.waitUntil(lambda: view.table.indexWidget(last) is not None)
    assert view.table.indexWidget(last).text() == "Record update"
