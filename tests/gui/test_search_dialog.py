"""The search dialog: Enter searches every case through the vault (which audits it) in a
worker, and a result opens its entry in its case."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.search_dialog import SearchDialog
from msvlo_desktop.storage.vault import Vault

CASES = ("KESTREL-0042", "HERON-0007")


def add_cases(vault) -> dict[str, object]:
    found = {}
    for ref in CASES:
        vault.add_case(
            {
                "reference": ref,
                "opened_on": "2026-11-02",
                "victim": {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 24},
            }
        )
    found["kestrel"] = vault.add_entry(
        CASES[0],
        {
            "type": "note",
            "occurred_at": "2026-11-18T09:00:00+00:00",
            "summary": "Collected from the Zanzibar Street address",
        },
    )
    found["heron"] = vault.add_entry(
        CASES[1],
        {
            "type": "interaction",
            "occurred_at": "2026-11-19T10:30:00+00:00",
            "mode": "phone",
            "summary": "Asked about Zanzibar trip",
            "location": "Hull",
        },
    )
    vault.add_entry(
        CASES[1],
        {
            "type": "note",
            "occurred_at": "2026-11-19T11:00:00+00:00",
            "summary": "Nothing to do with it",
        },
    )
    return found


def make_dialog(qtbot, vault) -> SearchDialog:
    dialog = SearchDialog(None, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_search(qtbot, dialog: SearchDialog, text: str) -> list:
    """Type ``text``, press Enter and wait for the results."""
    dialog.ui.searchLineEdit.setText(text)
    with qtbot.waitSignal(dialog.searched, timeout=10_000) as shown:
        dialog.search()
    assert not dialog.searching
    return shown.args[0]


def searches_recorded(vault) -> list[tuple[int, int]]:
    return [
        (r.details["words"], r.details["results"])
        for r in vault.audit_records()
        if r.action == "search run"
    ]


@pytest.fixture
def held(monkeypatch):
    """Searches wait in their worker until ``held.set()``; the queries that ran, in order."""
    gate = threading.Event()
    ran: list[str] = []
    real = Vault.search

    def waiting(self, query, **kwargs):
        assert threading.current_thread() is not threading.main_thread()
        gate.wait(10)
        ran.append(query)
        return real(self, query, **kwargs)

    monkeypatch.setattr(Vault, "search", waiting)
    gate.ran = ran
    yield gate
    gate.set()


def test_enter_searches_and_enter_opens_the_entry(qtbot, vault) -> None:
    found = add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    qtbot.keyClicks(dialog.ui.searchLineEdit, "zanzibar")
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        qtbot.keyClick(dialog.ui.searchLineEdit, Qt.Key.Key_Return)
    results = dialog.results
    assert results.rowCount() == 2
    # Most recent first: case, number, date, type, then where the words are.
    assert [results.index(0, c).data() for c in range(4)] == [
        "HERON-0007 (Victim A)",
        "1",
        "19/11/2026 10:30",
        "Interaction",
    ]
    assert "Zanzibar" in results.index(0, 4).data()
    assert [results.index(1, c).data() for c in range(4)] == [
        "KESTREL-0042 (Victim A)",
        "1",
        "18/11/2026 09:00",
        "Note",
    ]
    assert dialog.ui.resultsStatusLabel.text().startswith("2 entries found")

    table = dialog.ui.resultsTableView
    table.setFocus()
    table.setCurrentIndex(results.index(1, 0))
    with qtbot.waitSignal(dialog.openEntry) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == ["KESTREL-0042", found["kestrel"].id]
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.openEntry) as opened:
        table.setCurrentIndex(results.index(0, 3))
        dialog.ui.openButton.click()
    assert opened.args == ["HERON-0007", found["heron"].id]


def test_search_is_audited_by_the_vault_once(qtbot, vault) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    hits = run_search(qtbot, dialog, "hull")
    assert [h.entry.data["location"] for h in hits] == ["Hull"]
    record = vault.audit_records()[-1]
    assert record.action == "search run"
    assert record.category == "consultation"
    assert record.details == {"words": 1, "results": 1}  # never the words searched for
    assert record.actor == vault.officer.display
    run_search(qtbot, dialog, "zanzibar")
    assert searches_recorded(vault) == [(1, 1), (1, 2)]


def test_the_search_runs_in_a_worker_and_says_so(qtbot, vault, held) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    dialog.ui.searchLineEdit.setText("zanzibar")
    dialog.search()
    # The window is free while the search runs: the dialog says it is searching.
    assert dialog.searching
    assert dialog.ui.resultsStatusLabel.text() == "Searching…"
    assert dialog.results.rowCount() == 0
    qtbot.wait(50)
    assert dialog.searching and held.ran == []
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        held.set()
    assert held.ran == ["zanzibar"]
    assert dialog.results.rowCount() == 2
    assert dialog.ui.resultsStatusLabel.text().startswith("2 entries found")
    assert searches_recorded(vault) == [(1, 2)]


def test_a_new_search_discards_the_one_running(qtbot, vault, held) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    shown = []
    dialog.searched.connect(shown.append)
    dialog.ui.searchLineEdit.setText("zanzibar")
    dialog.search()
    dialog.ui.searchLineEdit.setText("hull")
    dialog.search()
    held.set()
    qtbot.waitUntil(lambda: len(held.ran) == 2 and not dialog.searching, timeout=10_000)
    qtbot.waitUntil(lambda: len(searches_recorded(vault)) == 2, timeout=10_000)
    qtbot.wait(100)  # the first search's result has arrived and been dropped
    # Only the second search's results are shown, once; each search was recorded once.
    assert [[h.entry.data.get("location") for h in hits] for hits in shown] == [["Hull"]]
    assert dialog.results.rowCount() == 1
    assert dialog.results.index(0, 0).data() == "HERON-0007 (Victim A)"
    assert sorted(searches_recorded(vault)) == [(1, 1), (1, 2)]


def test_typing_discards_the_search_running(qtbot, vault, held) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    shown = []
    dialog.searched.connect(shown.append)
    dialog.ui.searchLineEdit.setText("zanzibar")
    dialog.search()
    qtbot.keyClicks(dialog.ui.searchLineEdit, " trip")
    assert not dialog.searching
    assert dialog.ui.resultsStatusLabel.text() == "Press Enter to search for these words."
    held.set()
    qtbot.waitUntil(lambda: searches_recorded(vault) == [(1, 2)], timeout=10_000)
    qtbot.wait(100)
    assert shown == []
    assert dialog.results.rowCount() == 0
    # Enter searches for what the box says now.
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        qtbot.keyClick(dialog.ui.searchLineEdit, Qt.Key.Key_Return)
    assert dialog.results.rowCount() == 1
    assert dialog.results.index(0, 0).data() == "HERON-0007 (Victim A)"


def test_closing_the_dialog_closes_its_connection(qtbot, vault) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    run_search(qtbot, dialog, "zanzibar")
    reader = dialog._reader
    assert reader._conn is not None and reader._conn.is_open
    conn = reader._conn
    dialog.close()
    qtbot.waitUntil(lambda: not conn.is_open, timeout=10_000)
    assert reader._conn is None
    # The window's own connection is untouched.
    assert vault.is_open
    assert len(vault.search("zanzibar")) == 2


def test_no_results_and_empty_query(qtbot, vault) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    before = len(vault.audit_records())
    qtbot.keyClick(dialog.ui.searchLineEdit, Qt.Key.Key_Return)
    assert dialog.ui.resultsStatusLabel.text() == "Type what to search for."
    assert len(vault.audit_records()) == before  # nothing searched, nothing recorded
    dialog.ui.searchLineEdit.setText("walrus")
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        dialog.ui.searchButton.click()
    assert dialog.results.rowCount() == 0
    assert dialog.ui.resultsStatusLabel.text() == "No entry contains all of: walrus"
    assert not dialog.ui.openButton.isEnabled()


def test_clear_forgets_the_search(qtbot, vault) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    run_search(qtbot, dialog, "zanzibar")
    assert dialog.results.rowCount() == 2
    conn = dialog._reader._conn
    dialog.clear()
    qtbot.waitUntil(lambda: not conn.is_open, timeout=10_000)
    assert dialog.ui.searchLineEdit.text() == ""
    assert dialog.results.rowCount() == 0
    assert "zanzibar" not in dialog.ui.resultsStatusLabel.text().lower()


def test_a_search_that_cannot_run_says_why(qtbot, vault) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    try:
        vault.close()  # the window locked before the first search opened its connection
        dialog.ui.searchLineEdit.setText("zanzibar")
        dialog.search()
        qtbot.waitUntil(lambda: not dialog.searching, timeout=10_000)
    finally:
        messages.install_script(None)
    assert [(a.kind, a.title, a.text) for a in answers.asked] == [
        ("error", "The search could not be run", "The vault is locked.")
    ]
    assert dialog.ui.resultsStatusLabel.text() == "The search could not be run."
    assert dialog.results.rowCount() == 0
