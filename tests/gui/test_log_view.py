"""The case log view: lazy loading of a long log, filters over the whole log, markers in
words, details, refresh after a save, and clear() forgetting the case."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from msvlo_desktop.core.entries import Entry
from msvlo_desktop.gui.log_model import BATCH, LogModel
from msvlo_desktop.gui.log_view import LogView

REF = "KESTREL-0042"
CASE = {
    "reference": REF,
    "opened_on": "2026-11-02",
    "victim": {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 24},
}


def bulk_notes(vault, ref: str, n: int, special: dict[int, str]) -> dict[int, str]:
    """Append ``n`` notes in one transaction (the vault's own append, without an fsync per
    entry). ``special`` gives some sequence numbers their own text. Returns seq -> id."""
    case_id, _, _, count, head, _ = vault._case_row(ref)
    start = vault.clock() - timedelta(days=30)
    ids = {}
    with vault._mutex, vault._tx():
        for _ in range(n):
            seq = count + 1
            when = start + timedelta(minutes=seq)
            entry = Entry(
                id=uuid.uuid4().hex,
                type="note",
                occurred_at=when,
                recorded_at=when,
                author="PC 1234 A. Smith",
                data={"summary": special.get(seq, f"Routine welfare check {seq}")},
            )
            stored = vault._append(case_id, ref, count, head, entry)
            count, head = stored.seq, stored.hash
            ids[seq] = entry.id
    return ids


def make_view(qtbot, vault) -> LogView:
    view = LogView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.set_vault(vault)
    view.show_case(REF)
    view.show()
    return view


@pytest.fixture
def long_case(vault):
    vault.add_case(CASE)
    ids = bulk_notes(vault, REF, 10_000, {9_500: "Victim mentioned Zanzibar Street"})
    assert vault.entry_count(REF) == 10_000
    return ids


def test_a_long_log_opens_lazily_and_fetches_more(qtbot, vault, long_case) -> None:
    view = make_view(qtbot, vault)
    model = view.model
    assert model.total == 10_000
    assert model.rowCount() < 10_000
    assert model.rowCount() == BATCH
    assert not model.index_complete  # the index is built afterwards, a chunk at a time
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * BATCH
    assert model.index(2 * BATCH - 1, LogModel.COL_SEQ).data() == str(2 * BATCH)
    assert view.ui.matchCountLabel.text() == "10,000 entries"
    with qtbot.waitSignal(model.indexingFinished, timeout=20_000):
        pass
    assert model.index_complete

    # Far down the log: selecting it exposes the rows up to it and shows its details.
    with qtbot.waitSignal(view.entrySelected) as selected:
        assert view.select_entry(long_case[9_500])
    assert selected.args == [long_case[9_500]]
    assert view.ui.entriesTableView.currentIndex().row() == 9_499
    assert "Zanzibar Street" in view.ui.detailsTextBrowser.toPlainText()


def test_text_filter_searches_the_whole_log(qtbot, vault, long_case) -> None:
    view = make_view(qtbot, vault)
    model = view.model
    qtbot.keyClicks(view.ui.textFilterLineEdit, "zanzibar")
    assert model.rowCount() == 1
    assert model.index(0, LogModel.COL_SEQ).data() == "9500"
    assert model.index(0, LogModel.COL_SUMMARY).data() == "Victim mentioned Zanzibar Street"
    assert view.ui.matchCountLabel.text() == "1 of 10,000 entries match"

    # Several words: every one must appear, anywhere in the entry.
    view.ui.textFilterLineEdit.setText("welfare 777")
    expected = [str(n) for n in range(1, 10_001) if "777" in str(n)]
    assert model.match_count == len(expected) == 19
    assert [model.index(r, LogModel.COL_SEQ).data() for r in range(model.rowCount())] == expected

    view.ui.textFilterLineEdit.clear()
    assert model.rowCount() == BATCH
    assert view.ui.matchCountLabel.text() == "10,000 entries"


@pytest.fixture
def small_case(vault, clock):
    vault.add_case(CASE)
    late = vault.add_entry(
        REF,
        {
            "type": "interaction",
            "occurred_at": "2026-11-17T09:00:00+00:00",
            "mode": "phone",
            "summary": "Called",
            "location": "Office",
        },
    )
    sensitive = vault.add_entry(
        REF,
        {
            "type": "note",
            "occurred_at": "2026-11-20T11:00:00+00:00",
            "summary": "Placement at 4 Example Road",
            "sensitive": True,
        },
    )
    coat = vault.add_entry(
        REF,
        {
            "type": "provision",
            "occurred_at": "2026-11-20T11:30:00+00:00",
            "category": "clothing",
            "description": "Winter coat",
            "quantity": 1,
            "value_gbp": "45.00",
            "need": "No coat",
            "justification": "Cold",
            "authorised_by": "PS 22 Jones",
        },
    )
    return {"late": late, "sensitive": sensitive, "coat": coat}


def test_columns_and_markers_in_words(qtbot, vault, small_case) -> None:
    view = make_view(qtbot, vault)
    model = view.model
    with qtbot.waitSignal(model.indexingFinished):
        pass

    def row(r: int) -> list[str]:
        return [model.index(r, c).data() for c in range(model.columnCount())]

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "No.",
        "Occurred",
        "Type",
        "Summary",
        "Author",
        "Markers",
    ]
    assert row(0) == [
        "1",
        "17/11/2026 09:00",
        "Interaction",
        "Phone: Called",
        "PC 1234 A. Smith, Example",
        "Late",
    ]
    assert row(1)[5] == "Sensitive"
    assert row(2) == [
        "3",
        "20/11/2026 11:30",
        "Provision",
        "Winter coat × 1 (£45.00) — No coat",
        "PC 1234 A. Smith, Example",
        "",
    ]

    assert view.select_entry(small_case["late"].id)
    details = view.ui.detailsTextBrowser.toPlainText()
    for text in (
        "#1 Interaction",
        "Occurred at",
        "17/11/2026 09:00",
        "Recorded at",
        "20/11/2026 12:00",
        "Author",
        "Mode",
        "Phone call",
        "Location",
        "Office",
        "Late entry: recorded 3 days 3 hours after it happened",
        small_case["late"].hash[:16],
    ):
        assert text in details, text


def test_type_filter_and_refresh_after_a_save(qtbot, vault, small_case) -> None:
    view = make_view(qtbot, vault)
    model = view.model
    combo = view.ui.typeFilterComboBox
    combo.setCurrentIndex(combo.findData("provision"))
    assert model.rowCount() == 1
    assert model.index(0, LogModel.COL_TYPE).data() == "Provision"

    combo.setCurrentIndex(0)
    assert view.select_entry(small_case["coat"].id)
    vault.add_entry(
        REF, {"type": "note", "occurred_at": "2026-11-20T11:45:00+00:00", "summary": "Later"}
    )
    view.refresh()
    assert model.rowCount() == 4
    assert model.index(3, LogModel.COL_SUMMARY).data() == "Later"
    assert view.current_entry().id == small_case["coat"].id  # the selection stays
    assert view.ui.matchCountLabel.text() == "4 entries"


def test_filter_hides_then_select_entry_clears_it(qtbot, vault, small_case) -> None:
    view = make_view(qtbot, vault)
    view.ui.textFilterLineEdit.setText("placement")
    assert view.model.rowCount() == 1
    view.ui.textFilterLineEdit.setText("nothing like this")
    assert view.model.rowCount() == 0
    assert view.ui.detailsTextBrowser.toPlainText() == "No entries match the filter."
    assert view.select_entry(small_case["coat"].id)
    assert view.ui.textFilterLineEdit.text() == ""
    assert view.model.rowCount() == 3


def test_clear_drops_the_case(qtbot, vault, small_case) -> None:
    view = make_view(qtbot, vault)
    view.ui.textFilterLineEdit.setText("coat")
    assert view.select_entry(small_case["coat"].id)
    assert "Winter coat" in view.ui.detailsTextBrowser.toPlainText()
    view.ui.textFilterLineEdit.setText("coat")
    view.clear()
    assert view.model.rowCount() == 0
    assert view.model.total == 0
    assert view.model.entry_by_id(small_case["coat"].id) is None
    assert view.ui.detailsTextBrowser.toPlainText() == ""
    assert view.ui.textFilterLineEdit.text() == ""
    assert view.ui.matchCountLabel.text() == ""
    assert not view.correct_action.isEnabled()
    # The same view shows a case again after unlocking.
    view.show_case(REF)
    assert view.model.rowCount() == 3
