"""The search dialog tells cases apart (reference and pseudonym, the column as wide as they
are, the whole in a tooltip) and shows where the words were found, not who wrote the entry."""

from __future__ import annotations

from PySide6.QtCore import Qt

from msvlo_desktop.gui.search_dialog import SearchDialog

CASES = {
    "OPERATION-KINGFISHER-2026-0042": "Victim Alpha Seven",
    "OPERATION-KINGFISHER-2026-0043": "Victim Bravo Two",
}


def fill(vault) -> None:
    for ref, pseudonym in CASES.items():
        vault.add_case(
            {
                "reference": ref,
                "opened_on": "2026-11-02",
                "victim": {"name": "Lan Nguyen", "pseudonym": pseudonym, "claimed_age": 24},
            }
        )
        vault.add_entry(
            ref,
            {
                "type": "interaction",
                "occurred_at": "2026-11-18T09:00:00+00:00",
                "mode": "face_to_face",
                "summary": "Talked through the support on offer and the next court date.",
                "interpreter": {"name": "Dariush Karimi", "language": "prs"},
            },
        )


def test_the_case_column_tells_two_cases_apart(qtbot, vault) -> None:
    fill(vault)
    dialog = SearchDialog(None, vault)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 600)
    dialog.show()
    dialog.ui.searchLineEdit.setText("karimi")
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        dialog.search()
    model = dialog.results
    assert model.rowCount() == 2
    cells = {model.index(r, 0).data() for r in range(2)}
    assert cells == {f"{ref} ({name})" for ref, name in CASES.items()}
    tips = {model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)}
    assert tips == {f"Case {ref}, victim {name}" for ref, name in CASES.items()}
    table = dialog.ui.resultsTableView
    fm = table.fontMetrics()
    width = table.horizontalHeader().sectionSize(0)
    assert width >= max(fm.horizontalAdvance(text) for text in cells)
    # Where the words were found, not the type and author of the entry.
    for r in range(2):
        assert model.index(r, 4).data().startswith("…Karimi")
