"""After a SPOC change, Current contacts lists only the new SPOC; the previous one is in the
history with the day the change ended their role (core/case.py, the Contacts tab, the
overview)."""

from __future__ import annotations

from datetime import date
from typing import Any

from shared_fixtures import FIXED_NOW

from msvlo_desktop.core.case import case_contact_history
from msvlo_desktop.core.entries import effective_entries
from msvlo_desktop.gui.case_overview import CaseOverview
from msvlo_desktop.gui.contacts_tab import ContactsTab

REF = "KESTREL-0042"
OLD = "DC 4521 J. Okafor"
NEW = "PC 3141 T. Reyes"


def case_with_a_spoc_change_today(vault: Any) -> None:
    vault.add_case(
        {
            "reference": REF,
            "opened_on": "2026-11-02",
            "victim": {"name": "Lan Nguyen", "pseudonym": "Victim A", "claimed_age": 24},
            "contacts": [
                {"role": "spoc", "name": OLD, "from": "2026-11-02", "to": None},
                {"role": "lead_investigator", "name": "DS R. Patel", "from": None, "to": None},
            ],
        }
    )
    vault.add_entry(
        REF,
        {
            "type": "spoc_change",
            "occurred_at": FIXED_NOW.isoformat(),
            "contact": {"name": NEW},
            "victim_informed": True,
        },
    )


def test_the_core_history_has_one_current_spoc_on_the_day_of_the_change(vault: Any) -> None:
    case_with_a_spoc_change_today(vault)
    history = case_contact_history(vault.get_case(REF), effective_entries(vault.entries(REF)))
    today = FIXED_NOW.date()
    spocs = [c.name for c in history.current(today) if c.role == "spoc"]
    assert spocs == [NEW]
    old = next(c for c in history.contacts if c.name == OLD)
    assert old.to_date == today and not history.is_current(old, today)
    assert [c.name for c in history.current(date(2026, 11, 19)) if c.role == "spoc"] == [OLD]


def test_current_contacts_list_only_the_new_spoc(qtbot: Any, vault: Any) -> None:
    case_with_a_spoc_change_today(vault)
    tab = ContactsTab(clock=lambda: FIXED_NOW)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_case(vault, REF)
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    current = [
        [tab.current_table.item(r, c).text() for c in range(2)]
        for r in range(tab.current_table.rowCount())
    ]
    assert [name for role, name in current if role.startswith("Single point")] == [NEW]
    assert "DS R. Patel" in [name for _, name in current]
    history = [
        [tab.history_table.item(r, c).text() for c in range(5)]
        for r in range(tab.history_table.rowCount())
    ]
    old = next(r for r in history if r[1] == OLD)
    assert old[4] == "20/11/2026"
    new = next(r for r in history if r[1] == NEW)
    assert new[4] == "Current"

    overview = CaseOverview(clock=lambda: FIXED_NOW)
    qtbot.addWidget(overview)
    overview.show()
    overview.set_case(vault, REF)
    qtbot.waitUntil(lambda: not overview.busy, timeout=10_000)
    assert NEW in overview.values["spoc"].text() and OLD not in overview.values["spoc"].text()
