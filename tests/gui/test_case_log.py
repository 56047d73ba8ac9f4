"""A case's log is read once, in a worker, and shared by every case tab: selecting a long
case, saving an entry in it and opening an entry form never read the whole log on the GUI
thread; a save reads only what is new; and a case switched while its log is being read
never shows in the tabs of the case selected after it."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_day_support import ADULT, AT, CHILD, copy_vault, open_vault, texts_with

from msvlo_desktop.core.entries import effective_entries
from msvlo_desktop.core.obligations import case_obligations
from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_area import CaseLogTab
from msvlo_desktop.gui.case_log import PAGE, CaseLog, CaseLogSource
from msvlo_desktop.gui.case_overview import CaseOverview
from msvlo_desktop.gui.log_model import BATCH, LogModel, index_extra
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.gui.nrm_tab import NrmTab
from msvlo_desktop.gui.settings import Settings
from msvlo_desktop.gui.victims_code_tab import VictimsCodeTab
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Vault

PADDING = 1_500  # notes added to a case so that reading it whole is far more than a page


@pytest.fixture(autouse=True)
def anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))


@pytest.fixture
def vault(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Vault]:
    v = open_vault(copy_vault(tmp_path_factory, tmp_path))
    try:
        yield v
    finally:
        v.close()


@pytest.fixture
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def pad(vault: Vault, ref: str, n: int = PADDING) -> int:
    """Add ``n`` routine notes to a case; returns its entry count."""
    vault.add_entries(
        ref,
        [
            {
                "type": "note",
                "occurred_at": (AT - timedelta(minutes=n - i)).isoformat(),
                "summary": f"Routine welfare note {i}",
            }
            for i in range(n)
        ],
    )
    return vault.entry_count(ref)


class Reads:
    """Counts the vault's log reads, by thread: ``entries()`` calls, and the entries
    ``entries_page`` returned (with the offsets asked for)."""

    def __init__(self, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gui = threading.get_ident()
        self.whole: Counter[str] = Counter()
        self.rows: Counter[str] = Counter()
        self.offsets: dict[str, list[int]] = {"gui": [], "worker": []}
        self.hold: dict[str, threading.Event] = {}  # case ref -> released when set
        entries, page = vault.entries, vault.entries_page

        def counted_entries(ref: str) -> Any:
            self.whole[self.who()] += 1
            return entries(ref)

        def counted_page(ref: str, offset: int, limit: int) -> Any:
            who = self.who()
            gate = self.hold.get(ref)
            if gate is not None and who == "worker":
                gate.wait(10)
            found = page(ref, offset, limit)
            self.rows[who] += len(found)
            self.offsets[who].append(offset)
            return found

        monkeypatch.setattr(vault, "entries", counted_entries)
        monkeypatch.setattr(vault, "entries_page", counted_page)

    def who(self) -> str:
        return "gui" if threading.get_ident() == self.gui else "worker"

    def reset(self) -> None:
        self.whole.clear()
        self.rows.clear()
        self.offsets = {"gui": [], "worker": []}


@pytest.fixture
def window(
    qtbot: Any, vault: Vault, tmp_path: Path, script: messages.ScriptedAnswers
) -> Iterator[MainWindow]:
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


def settled(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: not window.area.busy and window.log_view.model.index_complete, timeout=20_000
    )


def overview_of(window: MainWindow) -> CaseOverview:
    return next(t for t in window.day.tabs if isinstance(t, CaseOverview))


# ---------------------------------------------------------------------- the window
def test_selecting_a_long_case_reads_its_log_once_and_never_on_the_gui_thread(
    qtbot: Any, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = pad(vault, CHILD)
    reads = Reads(vault, monkeypatch)
    assert window.select_case(CHILD)
    settled(qtbot, window)

    assert reads.whole["gui"] == 0, "a case tab read the whole log on the GUI thread"
    # The GUI thread reads only the log rows in view, never the log whole.
    assert reads.rows["gui"] <= 2 * BATCH < count
    # One read of the whole log, shared by the six tabs and the log's index.
    assert reads.rows["worker"] == count
    assert reads.whole["worker"] == 0
    for tab in window.day.tabs:
        assert isinstance(tab, CaseLogTab)
        assert tab.log is not None and tab.log.count == count and tab.case_ref == CHILD
    assert overview_of(window).values["name"].text() == vault.get_case(CHILD).victim.name
    # The Log tab's markers and filters cover the whole log without reading it again.
    assert window.log_view.model.index_complete


def test_saving_an_entry_reads_only_the_new_entry(
    qtbot: Any, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = pad(vault, CHILD)
    assert window.select_case(CHILD)
    settled(qtbot, window)
    reads = Reads(vault, monkeypatch)

    form = window.open_entry_form("note")
    qtbot.keyClicks(form.ui.summaryPlainTextEdit, "Spoke to the victim about the hearing.")
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: all(t.log is not None and t.log.count == count + 1 for t in window.day.tabs)
    )
    settled(qtbot, window)

    assert reads.whole["gui"] == 0, "a case tab read the whole log on the GUI thread"
    assert reads.rows["gui"] <= 1  # the Log tab takes the new entry in
    assert reads.rows["worker"] == 1  # the tabs' snapshot is extended, not read again
    assert all(offset >= count for offset in reads.offsets["worker"])
    assert window.log_view.model.total == count + 1
    saved = vault.entries_page(CHILD, count, 1)[0]
    assert window.log_view.model.seq_of(saved.id) == count + 1


def test_tabs_show_what_a_save_changed(
    qtbot: Any, window: MainWindow, vault: Vault, script: messages.ScriptedAnswers
) -> None:
    assert window.select_case(CHILD)
    settled(qtbot, window)
    tab = next(t for t in window.day.tabs if isinstance(t, VictimsCodeTab))
    window.ui.caseTabWidget.setCurrentWidget(tab)
    last = tab.table.rowCount() - 1
    assert tab.table.item(last, 4).text() == "Due Monday"
    tab.table.selectRow(last)
    opened: list[Any] = []
    tab.formOpened.connect(opened.append)
    qtbot.mouseClick(tab.update_button, Qt.MouseButton.LeftButton)
    dialog = opened[-1]
    qtbot.keyClicks(dialog.ui.summaryPlainTextEdit, "Told the victim the bail conditions changed.")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.item(last, 4).text() == "Met on time")
    settled(qtbot, window)
    # The overview's checklists and the Log tab show the same entry.
    assert window.log_view.model.total == vault.entry_count(CHILD)
    assert overview_of(window).log is tab.log


def test_the_victim_update_form_reads_only_the_events_and_updates(
    qtbot: Any, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    pad(vault, CHILD)
    assert window.select_case(CHILD)
    settled(qtbot, window)
    events = [e for e in effective_entries(vault.entries(CHILD)) if e.type == "investigation_event"]
    reads = Reads(vault, monkeypatch)
    dialog = window.open_entry_form("victim_update")
    assert reads.whole["gui"] == 0 and reads.rows["gui"] == 0
    listed = [
        dialog.ui.satisfiesListWidget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.ui.satisfiesListWidget.count())
    ]
    assert listed == [e.id for e in reversed(events)]  # newest first, as before
    dialog.close_without_asking()


def test_switching_cases_quickly_never_shows_the_first_case(
    qtbot: Any, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    pad(vault, CHILD)
    child_name = vault.get_case(CHILD).victim.name
    adult_name = vault.get_case(ADULT).victim.name
    assert window.select_case(CHILD)
    settled(qtbot, window)
    assert texts_with(overview_of(window), child_name)

    reads = Reads(vault, monkeypatch)
    delivered: list[tuple[str, str | None]] = []
    window.area.source.ready.connect(lambda log: delivered.append((log.ref, window.current_ref)))
    # While the next case's log is being read, no tab shows the case before it.
    reads.hold[ADULT] = adult_gate = threading.Event()
    assert window.select_case(ADULT)
    for tab in window.day.tabs:
        assert tab.case_ref == ADULT and tab.log is None
        assert texts_with(tab, child_name) == []
        assert not any(b.isEnabled() for b in tab.case_buttons)  # nothing to record yet
    adult_gate.set()
    settled(qtbot, window)
    assert overview_of(window).values["name"].text() == adult_name

    # A case chosen while the one before it is still being read.
    reads.hold[CHILD] = child_gate = threading.Event()
    assert window.select_case(CHILD)
    qtbot.waitUntil(lambda: window.area.source.busy)
    assert window.select_case(ADULT)
    child_gate.set()
    settled(qtbot, window)
    for tab in window.day.tabs:
        assert tab.log is not None and tab.log.ref == ADULT
        assert texts_with(tab, child_name) == []
    assert overview_of(window).values["name"].text() == adult_name
    assert window.log_view.case_ref == ADULT

    # Back and forth faster than any read: only the case finally selected is shown.
    for ref in (CHILD, ADULT, CHILD, ADULT, CHILD):
        assert window.select_case(ref)
    settled(qtbot, window)
    assert delivered[-1] == (CHILD, CHILD)
    assert all(ref == current for ref, current in delivered)
    for tab in window.day.tabs:
        assert tab.log is not None and tab.log.ref == CHILD
        assert texts_with(tab, adult_name) == []


def test_locking_while_a_log_is_read_leaves_nothing_behind(
    qtbot: Any, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    pad(vault, CHILD)
    name = vault.get_case(CHILD).victim.name
    reads = Reads(vault, monkeypatch)
    gate = threading.Event()
    reads.hold[CHILD] = gate
    assert window.select_case(CHILD)
    qtbot.waitUntil(lambda: reads.offsets["worker"] != [] or window.area.source.busy)
    window.lock()
    gate.set()
    qtbot.waitUntil(lambda: not window.area.source.busy)
    qtbot.wait(100)  # the read, overtaken by the lock, has ended in the worker
    for tab in window.day.tabs:
        assert tab.log is None and tab.case_ref is None and tab.entries == []
    assert window.area.source.log is None
    assert texts_with(window, name) == []


def test_a_filter_typed_before_the_index_arrives_waits_for_it(
    qtbot: Any, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = pad(vault, CHILD)
    whole = index_extra(CaseLog.read(vault, CHILD, AT), None)
    expected = [i.seq for i in whole.items if all(w in i.words for w in ("welfare", "1499"))]
    reads = Reads(vault, monkeypatch)
    gate = threading.Event()
    reads.hold[CHILD] = gate
    assert window.select_case(CHILD)
    window.ui.caseTabWidget.setCurrentWidget(window.log_view)
    view = window.log_view
    view.ui.textFilterLineEdit.setText("welfare 1499")
    assert view.model.filter_waiting
    assert view.ui.matchCountLabel.text() == f"Searching all {count:,} entries…"
    assert reads.rows["gui"] <= 2 * BATCH  # the whole log is not read to filter it
    gate.set()
    settled(qtbot, window)
    assert not view.model.filter_waiting
    assert [view.model.seq_at(r) for r in range(view.model.rowCount())] == expected
    summaries = [view.model.index(r, LogModel.COL_SUMMARY).data() for r in range(len(expected))]
    assert "Routine welfare note 1499" in summaries
    assert reads.whole["gui"] == 0 and reads.rows["gui"] <= 2 * BATCH


# ---------------------------------------------------------------------- the pieces
def test_an_extended_log_is_the_log_read_again(vault: Vault) -> None:
    before = CaseLog.read(vault, CHILD, AT)
    count = pad(vault, CHILD, 700)
    after = before.extended(vault, AT)
    whole = CaseLog.read(vault, CHILD, AT)
    assert after.count == whole.count == count
    assert [e.id for e in after.entries] == [e.id for e in whole.entries]
    assert [e.id for e in after.effective] == [e.id for e in whole.effective]
    assert [(o.kind, o.status, o.due) for o in after.obligations] == [
        (o.kind, o.status, o.due) for o in whole.obligations
    ]
    assert [(c.id, [i.status for i in c.items]) for c in after.checklists] == [
        (c.id, [i.status for i in c.items]) for c in whole.checklists
    ]
    assert before.count == count - 700  # a snapshot never changes
    assert whole.obligations == case_obligations(whole.case, vault.entries(CHILD), AT)
    assert [e.id for e in whole.of_type("referral", "nrm_decision")] == [
        e.id for e in whole.effective if e.type in ("referral", "nrm_decision")
    ]


def test_a_source_delivers_only_the_case_shown(qtbot: Any, vault: Vault) -> None:
    pad(vault, CHILD, PAGE * 2)
    gate = threading.Event()
    page = vault.entries_page

    def slow(ref: str, offset: int, limit: int) -> Any:
        if ref == CHILD:
            gate.wait(10)
        return page(ref, offset, limit)

    vault.entries_page = slow  # type: ignore[method-assign]
    source = CaseLogSource(clock=lambda: AT)
    got: list[CaseLog] = []
    source.ready.connect(got.append)
    source.show(vault, CHILD)
    qtbot.waitUntil(lambda: source._task is not None)
    source.show(vault, ADULT)
    gate.set()
    qtbot.waitUntil(lambda: not source.busy, timeout=10_000)
    qtbot.wait(50)
    assert [log.ref for log in got] == [ADULT]
    assert source.log is got[-1]
    source.clear()
    assert source.log is None and not source.busy


def test_a_tab_ignores_a_log_read_for_another_case(qtbot: Any, vault: Vault) -> None:
    tab = NrmTab(clock=lambda: AT)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_case(vault, ADULT)
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    shown = tab.log
    tab.take_log(CaseLog.read(vault, CHILD, AT), now=True)
    assert tab.log is shown and tab.case_ref == ADULT
    assert "NRM-2026-21402" not in " ".join(
        tab.table.item(r, 4).text() for r in range(tab.table.rowCount())
    )


def test_an_entry_opened_before_the_index_arrives_shows_its_corrections(
    qtbot: Any, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = "CURLEW-0006"  # one entry of it is corrected
    pad(vault, ref)
    (correction,) = vault.entries_of_types(ref, ("correction",))
    corrected = correction.data["corrects"]
    reads = Reads(vault, monkeypatch)
    reads.hold[ref] = gate = threading.Event()
    assert window.select_case(ref)
    window.show_entry(ref, corrected)  # as from a search result
    view = window.log_view
    assert view.current_entry().id == corrected
    assert not view.model.index_complete  # the worker's index has not come yet
    assert [c.id for c in view.model.corrections_of(corrected)] == [correction.id]
    assert correction.data["reason"] in view.ui.detailsTextBrowser.toPlainText()
    assert reads.whole["gui"] == 0 and reads.rows["gui"] <= 2 * BATCH
    gate.set()
    settled(qtbot, window)
    markers = view.model.index(view.model.row_of_seq(view.current_entry().seq), 5).data()
    assert f"Corrected by #{correction.seq}" in markers
