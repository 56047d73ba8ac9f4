"""The search dialog: Enter searches every case through the vault (which audits it), and a
result opens its entry in its case."""

from __future__ import annotations

from PySide6.QtCore import Qt

from msvlo_desktop.gui.search_dialog import SearchDialog

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


def test_enter_searches_and_enter_opens_the_entry(qtbot, vault) -> None:
    found = add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    qtbot.keyClicks(dialog.ui.searchLineEdit, "zanzibar")
    qtbot.keyClick(dialog.ui.searchLineEdit, Qt.Key.Key_Return)
    results = dialog.results
    assert results.rowCount() == 2
    # Most recent first: case, number, date, type, then where the words are.
    assert [results.index(0, c).data() for c in range(4)] == [
        "HERON-0007",
        "1",
        "19/11/2026 10:30",
        "Interaction",
    ]
    assert "Zanzibar" in results.index(0, 4).data()
    assert [results.index(1, c).data() for c in range(4)] == [
        "KESTREL-0042",
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


def test_search_is_audited_by_the_vault(qtbot, vault) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    dialog.ui.searchLineEdit.setText("hull")
    hits = dialog.search()
    assert [h.entry.data["location"] for h in hits] == ["Hull"]
    record = vault.audit_records()[-1]
    assert record.action == "search run"
    assert record.category == "consultation"
    assert record.details["query"] == "hull"


def test_no_results_and_empty_query(qtbot, vault) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    before = len(vault.audit_records())
    qtbot.keyClick(dialog.ui.searchLineEdit, Qt.Key.Key_Return)
    assert dialog.ui.resultsStatusLabel.text() == "Type what to search for."
    assert len(vault.audit_records()) == before  # nothing searched, nothing recorded
    dialog.ui.searchLineEdit.setText("walrus")
    dialog.ui.searchButton.click()
    assert dialog.results.rowCount() == 0
    assert dialog.ui.resultsStatusLabel.text() == "No entry contains all of: walrus"
    assert not dialog.ui.openButton.isEnabled()


def test_clear_forgets_the_search(qtbot, vault) -> None:
    add_cases(vault)
    dialog = make_dialog(qtbot, vault)
    dialog.ui.searchLineEdit.setText("zanzibar")
    dialog.search()
    assert dialog.results.rowCount() == 2
    dialog.clear()
    assert dialog.ui.searchLineEdit.text() == ""
    assert dialog.results.rowCount() == 0
    assert "zanzibar" not in dialog.ui.resultsStatusLabel.text().lower()
