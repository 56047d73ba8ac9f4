"""The case tabs of the officer's day: overview (victim card, safe contact, checklists),
Victims' Code, NRM timeline and referrals, contacts and SPOC, provisions, exit strategy and
closing. Each shows one case, refreshes after a save, and forgets everything on clear()."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_day_support import (
    ADULT,
    AT,
    CHILD,
    CLOSED,
    DRAFTED,
    copy_vault,
    open_vault,
    texts_with,
)

from msvlo_desktop.core import values as v
from msvlo_desktop.core.entries import effective_entries
from msvlo_desktop.gui import messages
from msvlo_desktop.gui.case_overview import SAFE_CONTACT_REVEALED, CaseOverview
from msvlo_desktop.gui.contacts_tab import ContactsTab
from msvlo_desktop.gui.exit_strategy_tab import ExitStrategyTab
from msvlo_desktop.gui.nrm_tab import NrmTab
from msvlo_desktop.gui.provisions_tab import ProvisionsTab
from msvlo_desktop.gui.victims_code_tab import VictimsCodeTab
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Vault

TABS = (CaseOverview, VictimsCodeTab, NrmTab, ContactsTab, ProvisionsTab, ExitStrategyTab)


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


def make(qtbot: Any, cls: type, vault: Vault, ref: str) -> Any:
    tab = cls(clock=lambda: AT)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.set_case(vault, ref)
    return settled(qtbot, tab)


def settled(qtbot: Any, tab: Any) -> Any:
    """Wait for the tab's log, read in a worker, to be shown."""
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    return tab


def opened_form(tab: Any, button: Any, qtbot: Any) -> Any:
    opened: list[Any] = []
    tab.formOpened.connect(opened.append)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened, "the button opened no form"
    return opened[-1]


# ---------------------------------------------------------------------- overview
def test_age_disputed_victim_switches_the_checklists_to_the_child_workflow(
    qtbot: Any, vault: Vault
) -> None:
    overview = make(qtbot, CaseOverview, vault, ADULT)
    assert overview.checklist("child") is None
    assert "a child" not in overview.values["age"].text()
    nrm_item = overview.checklist("initial_actions").item("nrm_or_duty_to_notify")
    assert "or Duty to Notify" in nrm_item.label

    case = vault.get_case(ADULT)
    header = case.header_json()
    header["victim"]["age_disputed"] = True
    # Every child has enhanced rights: they cannot stay switched off.
    header["victim"]["enhanced_rights"] = {
        "eligible": True,
        "categories": ["under_18"],
        "reason_not_eligible": None,
    }
    vault.update_case(ADULT, header, reason="Age now disputed: treated as a child.")
    overview.refresh()
    settled(qtbot, overview)

    child = overview.checklist("child")
    assert child is not None
    assert "age disputed" in child.title
    assert child.item("nrm").label == "NRM referral without consent"
    initial = overview.checklist("initial_actions")
    assert initial.item("nrm_or_duty_to_notify").label.startswith("NRM referral (a child")
    assert initial.item("ictg").status == "not_done"  # required for a child, not logged
    assert "age disputed" in overview.values["age"].text()
    # The tree shows the child workflow with its items' status in words.
    titles = [
        overview.tree.topLevelItem(i).text(0) for i in range(overview.tree.topLevelItemCount())
    ]
    assert any(t.startswith("Child workflow (age disputed") for t in titles)


def test_checklist_items_name_the_entry_that_completed_them(qtbot: Any, vault: Vault) -> None:
    overview = make(qtbot, CaseOverview, vault, CHILD)
    item = overview.checklist("initial_actions").item("nrm_or_duty_to_notify")
    assert item.status == "done" and item.entry_seq is not None
    head = overview.tree.topLevelItem(0)
    row = next(
        head.child(i) for i in range(head.childCount()) if head.child(i).text(0) == item.label
    )
    assert row.text(1) == "Done"
    assert row.text(2).startswith(f"No. {item.entry_seq} — ")
    with qtbot.waitSignal(overview.showEntry) as asked:
        overview.tree.itemClicked.emit(row, 2)
    assert asked.args == [CHILD, item.entry_id]


def test_overview_card_and_hidden_safe_contact(qtbot: Any, vault: Vault) -> None:
    overview = make(qtbot, CaseOverview, vault, CHILD)
    case = vault.get_case(CHILD)
    phone = v.phone_display(case.victim.safe_contact.phone)
    assert overview.values["name"].text() == case.victim.name
    assert overview.values["pseudonym"].text() == case.victim.pseudonym
    assert "Vietnamese (vi)" in overview.values["languages"].text()
    assert "interpreter needed" in overview.values["languages"].text()
    assert overview.values["rights"].text().startswith("Yes: ")
    assert "S. Byrne" in overview.values["spoc"].text()
    assert "victim told how to reach them" in overview.values["spoc"].text()
    assert "R. Patel" in overview.values["lead"].text()
    assert overview.values["nrm"].text().startswith("Conclusive grounds decision")
    assert "agreed with DS 2210 R. Patel" in overview.values["exit"].text()
    # Hidden until asked for.
    assert texts_with(overview, phone) == []
    assert overview.safe_contact_label.text() == "Hidden"
    before = [r for r in vault.audit_records(CHILD) if r.action == SAFE_CONTACT_REVEALED]
    qtbot.mouseClick(overview.safe_contact_button, Qt.MouseButton.LeftButton)
    assert phone in overview.safe_contact_label.text()
    after = [r for r in vault.audit_records(CHILD) if r.action == SAFE_CONTACT_REVEALED]
    assert len(after) == len(before) + 1
    assert after[-1].category == "consultation" and after[-1].case_ref == CHILD
    # A refresh of the same case keeps it shown; another case hides it again.
    overview.refresh()
    settled(qtbot, overview)
    assert phone in overview.safe_contact_label.text()
    overview.set_case(vault, ADULT)
    assert texts_with(overview, phone) == []
    settled(qtbot, overview)
    assert overview.safe_contact_label.text() == "Hidden"
    overview.set_case(vault, CHILD)
    settled(qtbot, overview)
    assert overview.safe_contact_label.text() == "Hidden"


# ---------------------------------------------------------------------- Victims' Code
def test_victims_code_tab_shows_events_and_records_an_update_for_one(
    qtbot: Any, vault: Vault
) -> None:
    tab = make(qtbot, VictimsCodeTab, vault, CHILD)
    table = tab.table
    events = [e for e in effective_entries(vault.entries(CHILD)) if e.type == "investigation_event"]
    assert table.rowCount() == len(events)
    statuses = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert statuses[:-1] == ["Met on time"] * (len(events) - 1)
    assert statuses[-1] == "Due Monday"  # bail conditions changed this morning
    assert table.item(0, 5).text().startswith("No. ")
    assert "every 7 days by phone call" in tab.preferences_label.text()
    assert tab.next_label.text().startswith("Next agreed update due by 26/11/2026 23:59")
    assert "Right 4" in tab.support_label.text()
    assert not tab.update_button.isEnabled()  # nothing selected yet
    table.selectRow(table.rowCount() - 1)
    assert tab.update_button.isEnabled()
    dialog = opened_form(tab, tab.update_button, qtbot)
    assert dialog.entry_type == "victim_update"
    assert dialog.field_values()["satisfies"] == [events[-1].id]
    qtbot.keyClicks(dialog.ui.summaryPlainTextEdit, "Told the victim the bail conditions changed.")
    with qtbot.waitSignal(tab.entryAdded):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    settled(qtbot, tab)
    assert tab.table.item(tab.table.rowCount() - 1, 4).text() == "Met on time"


def test_opted_out_victim_is_shown_with_the_date_and_reason(qtbot: Any, vault: Vault) -> None:
    ref = next(
        s.reference
        for s in vault.list_cases()
        if vault.get_case(s.reference).victim.update_preferences.opted_out
    )
    tab = make(qtbot, VictimsCodeTab, vault, ref)
    prefs = vault.get_case(ref).victim.update_preferences
    text = tab.preferences_label.text()
    assert text.startswith("The victim opted out of updates on ")
    assert prefs.opt_out_reason in text
    assert {tab.table.item(r, 4).text() for r in range(tab.table.rowCount())} == {"Not applicable"}


# ---------------------------------------------------------------------- NRM
def test_nrm_timeline_draws_the_whole_story_without_overlapping_labels(
    qtbot: Any, vault: Vault
) -> None:
    tab = make(qtbot, NrmTab, vault, CHILD)
    kinds = [m.kind for m in tab.story.milestones]
    for kind in ("referral", "rg_positive", "cg_not_before", "cg_positive"):
        assert kind in kinds
    # The RG decision came: "RG expected by" is no longer drawn as awaited.
    assert "rg_expected" not in kinds and "rg_overdue" not in kinds
    (band,) = tab.story.bands
    cg = next(m for m in tab.story.milestones if m.kind == "cg_positive")
    rg = next(m for m in tab.story.milestones if m.kind == "rg_positive")
    assert (band.start, band.end) == (rg.day, cg.day)
    assert (band.end - band.start).days >= 30
    description = tab.timeline.accessibleDescription()
    assert "NRM referral: 20/06/2026" in description and "Today: 20/11/2026" in description
    for tab_width in (560, 840, 1240):
        # The timeline sits in a scroll area that gives it the tab's width.
        tab.resize(tab_width, max(tab.height(), 600))
        QApplication.processEvents()
        tab.timeline._relayout(force=True)
        width = tab.timeline.width()
        assert width >= tab_width - 60
        for labels in (tab.timeline._above, tab.timeline._below):
            for i, a in enumerate(labels):
                assert a.left >= 0 and a.left + a.width <= width
                for b in labels[i + 1 :]:
                    if a.row == b.row:
                        assert a.left + a.width <= b.left or b.left + b.width <= a.left
    image = tab.timeline.grab()
    assert not image.isNull() and image.height() >= tab.timeline.minimumHeight()
    # Every referral is in the table, NRM or not.
    referrals = [e for e in effective_entries(vault.entries(CHILD)) if e.type == "referral"]
    assert tab.table.rowCount() == len(referrals)
    services = {tab.table.item(r, 2).text() for r in range(tab.table.rowCount())}
    assert {"MASH / children's services", "ICTG service", "NRM referral"} <= services


def test_duty_to_notify_case_and_decision_form_stage(qtbot: Any, vault: Vault) -> None:
    tab = make(qtbot, NrmTab, vault, CHILD)
    dialog = opened_form(tab, tab.decision_button, qtbot)
    assert dialog.entry_type == "nrm_decision"
    assert dialog.field_values()["stage"] == "conclusive_grounds"  # RG already decided
    dialog.close_without_asking()
    empty = make(qtbot, NrmTab, vault, ADULT)
    assert empty.story is not None and empty.story.stage


def test_nrm_tab_logs_an_update_to_the_competent_authority(qtbot: Any, vault: Vault) -> None:
    tab = make(qtbot, NrmTab, vault, CHILD)
    dialog = opened_form(tab, tab.ca_update_button, qtbot)
    assert dialog.entry_type == "competent_authority_update"
    dialog.close_without_asking()


# ---------------------------------------------------------------------- contacts
def test_contacts_show_the_spoc_history_from_the_log(qtbot: Any, vault: Vault) -> None:
    tab = make(qtbot, ContactsTab, vault, CHILD)
    assert "PC 2718 S. Byrne" in tab.spoc_label.text()
    assert "since 29/07/2026" in tab.spoc_label.text()
    assert "has been told how to reach them" in tab.spoc_label.text()
    rows = [
        [tab.history_table.item(r, c).text() for c in range(6)]
        for r in range(tab.history_table.rowCount())
    ]
    spocs = [r for r in rows if r[0] == "Single point of contact (SPOC)"]
    assert spocs[0][1] == "DC 4521 J. Okafor" and spocs[0][4] == "29/07/2026"
    assert spocs[1][1] == "PC 2718 S. Byrne" and spocs[1][4] == "Current"
    assert spocs[1][5].startswith("SPOC change No. ") and "victim informed" in spocs[1][5]
    current = {tab.current_table.item(r, 0).text() for r in range(tab.current_table.rowCount())}
    assert "Lead investigator" in current
    dialog = opened_form(tab, tab.change_button, qtbot)
    assert dialog.entry_type == "spoc_change"
    qtbot.keyClicks(dialog.ui.contactNameLineEdit, "PC 3141 T. Reyes")
    qtbot.keyClicks(dialog.ui.contactPhoneLineEdit, "01632 960123")
    with qtbot.waitSignal(tab.entryAdded):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    settled(qtbot, tab)
    assert "PC 3141 T. Reyes" in tab.spoc_label.text()
    assert "NOT yet been told" in tab.spoc_label.text()


# ---------------------------------------------------------------------- provisions
def test_provision_totals_in_pounds(qtbot: Any, vault: Vault) -> None:
    tab = make(qtbot, ProvisionsTab, vault, CHILD)
    provisions = [e for e in effective_entries(vault.entries(CHILD)) if e.type == "provision"]
    total = sum((Decimal(e.data["value_gbp"]) for e in provisions), Decimal("0"))
    assert tab.table.rowCount() == len(provisions)
    assert tab.totals.total == total
    n = len(provisions)
    assert tab.total_label.text() == f"Total provided: {v.gbp(total)} in {n} provisions."
    last = tab.category_table.rowCount() - 1
    assert tab.category_table.item(last, 0).text() == "All provisions"
    assert tab.category_table.item(last, 2).text() == v.gbp(total)
    by_category = sum((amount for _, amount in tab.totals.by_category.values()), Decimal("0"))
    by_month = sum((amount for _, amount in tab.totals.by_month.values()), Decimal("0"))
    assert by_category == by_month == total
    assert tab.month_table.item(0, 0).text() == "June 2026"
    tab.table.selectRow(0)
    assert "Need it answers:" in tab.details_label.text()


# ---------------------------------------------------------------------- exit strategy
def test_close_case_is_refused_until_an_agreed_exit_strategy_is_logged(
    qtbot: Any, vault: Vault, script: messages.ScriptedAnswers
) -> None:
    tab = make(qtbot, ExitStrategyTab, vault, DRAFTED)
    assert not tab.close_button.isEnabled()
    assert "has not been agreed with the lead investigator" in tab.closing_label.text()
    assert tab.closing_label.isVisibleTo(tab)
    assert tab.close_button.toolTip() == tab.closing_label.text()
    assert tab.close_case() is False  # refused even when asked directly
    assert vault.get_case(DRAFTED).status == "open"
    assert script.asked == []

    dialog = opened_form(tab, tab.record_button, qtbot)
    assert dialog.field_values()["status"] == "drafted"  # starts from where it stands
    assert dialog.field_values()["criteria"]
    combo = dialog.ui.statusComboBox
    combo.setCurrentIndex(combo.findData("agreed"))
    lead = vault.get_case(DRAFTED).contacts
    lead_name = next(c.name for c in lead if c.role == "lead_investigator")
    qtbot.keyClicks(dialog.ui.agreedWithLineEdit, lead_name)
    assert dialog.ui.saveButton.isEnabled()
    with qtbot.waitSignal(tab.entryAdded):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    settled(qtbot, tab)

    assert tab.close_button.isEnabled()
    assert f"Agreed with {lead_name}" in tab.agreement_label.text()
    # Closing asks for the reason in its dialog (gui/close_case_dialog.py).
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    dialog = tab.close_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close_without_asking()  # the officer thinks again
    assert vault.get_case(DRAFTED).status == "open"
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    dialog = tab.close_dialog
    assert dialog is not None
    if dialog.outstanding:
        dialog.acknowledge_box.setChecked(True)
    qtbot.keyClicks(dialog.reason_edit, "Exit strategy completed.")
    with qtbot.waitSignal(tab.caseClosed) as closed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert closed.args == [DRAFTED]
    assert script.asked == []
    assert vault.get_case(DRAFTED).status == "closed"
    settled(qtbot, tab)
    assert tab.closing_label.text().startswith("This case was closed on ")
    assert not tab.close_button.isEnabled() and not tab.record_button.isEnabled()


def test_closed_case_offers_nothing_to_record(qtbot: Any, vault: Vault) -> None:
    for cls in TABS:
        tab = make(qtbot, cls, vault, CLOSED)
        if cls is CaseOverview:
            continue  # it records nothing
        assert tab.case_buttons
        for button in tab.case_buttons:
            assert not button.isEnabled()
            assert "closed" in button.toolTip()


# ---------------------------------------------------------------------- clear
@pytest.mark.parametrize("cls", TABS, ids=lambda c: c.__name__)
def test_clear_leaves_no_case_text(qtbot: Any, vault: Vault, cls: type) -> None:
    case = vault.get_case(CHILD)
    entries = effective_entries(vault.entries(CHILD))
    needles = [
        CHILD,
        case.victim.name,
        v.phone_display(case.victim.safe_contact.phone),
        "R. Patel",
        "S. Byrne",
        "NRM-2026-21402",
        "Phone credit top-up",
        "Victim settled in",
        *[str(e.data.get("summary"))[:30] for e in entries if e.data.get("summary")],
        *[str(e.data.get("details")) for e in entries if e.data.get("details")],
    ]
    tab = make(qtbot, cls, vault, CHILD)
    if isinstance(tab, CaseOverview):
        tab.reveal_safe_contact()
    assert texts_with(tab, *needles), "the tab showed nothing of the case"
    tab.clear()
    assert texts_with(tab, *needles) == []
    assert tab.vault is None and tab.case is None and tab.entries == []
    for button in tab.case_buttons:
        assert not button.isEnabled()


def test_timeline_packs_crowded_labels_into_rows(qtbot: Any) -> None:
    from datetime import date

    from msvlo_desktop.gui.nrm_timeline import Band, Milestone, NrmTimeline

    timeline = NrmTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(500, 200)
    timeline.show()
    day = date(2026, 6, 1)
    crowded = [
        Milestone("referral", day, "NRM referral"),
        Milestone("rg_positive", date(2026, 6, 2), "RG decision: positive"),
        Milestone("reconsideration", date(2026, 6, 3), "Reconsideration requested"),
        Milestone("rg_expected", date(2026, 6, 2), "RG expected by"),
        Milestone("cg_not_before", date(2026, 7, 2), "CG not before"),
    ]
    timeline.set_story(crowded, [Band(date(2026, 6, 2), None, "Recovery period")], day)
    sparse_height = NrmTimeline().minimumHeight()
    above = timeline._above
    assert len({label.row for label in above}) == 3  # three labels a day apart: three rows
    for i, a in enumerate(above):
        for b in above[i + 1 :]:
            if a.row == b.row:
                assert a.left + a.width <= b.left or b.left + b.width <= a.left
    assert timeline.minimumHeight() > sparse_height
    assert "Recovery period: 02/06/2026 – continuing" in timeline.accessibleDescription()
    timeline.clear()
    assert timeline.accessibleDescription() == "" and timeline.milestones == []
