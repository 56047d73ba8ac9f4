"""Reading only some types of a case's entries (what an entry form lists: the events and
their updates, the provisions, the corrections) gives exactly those entries of the whole
log, in the order recorded, without reading the rest."""

from __future__ import annotations

from typing import Any

import pytest
from storage_samples import add_sample_case

from msvlo_desktop.core.entries import effective_entries
from msvlo_desktop.storage.errors import VaultError

REF = "KESTREL-0042"


def test_entries_of_types_are_the_whole_log_filtered(vault: Any) -> None:
    add_sample_case(vault, REF)
    add_sample_case(vault, "KESTREL-0043")  # another case's entries are never included
    whole = vault.entries(REF)
    for types in (
        ("investigation_event",),
        ("investigation_event", "victim_update", "correction"),
        ("provision", "correction"),
        ("correction",),
        ("victim_update", "investigation_event"),  # any order asked
    ):
        found = vault.entries_of_types(REF, types)
        assert found == [e for e in whole if e.type in types]
        assert [e.seq for e in found] == sorted(e.seq for e in found)
    assert vault.entries_of_types(REF, ()) == []
    assert vault.entries_of_types(REF, ("spoc_change",)) == []


def test_the_log_as_corrected_from_some_types_is_the_same(vault: Any) -> None:
    # A correction keeps the type of the entry it corrects, so the corrections and one type
    # give that type's entries as the log now reads.
    add_sample_case(vault, REF)
    now_reads = effective_entries(vault.entries(REF))
    some = effective_entries(vault.entries_of_types(REF, ("provision", "correction")))
    provisions = [e for e in some if e.type == "provision"]
    assert provisions == [e for e in now_reads if e.type == "provision"]
    assert str(provisions[0].data["value_gbp"]) == "46.50"  # the corrected value


def test_entries_of_types_of_an_unknown_case_says_so(vault: Any) -> None:
    with pytest.raises(VaultError):
        vault.entries_of_types("NOSUCH-0001", ("note",))


def test_closing_reads_the_exit_strategy_as_corrected(vault: Any) -> None:
    from msvlo_desktop.core.errors import ValidationError

    add_sample_case(vault, REF)
    agreed = vault.add_entry(
        REF,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-03-06T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DS 2210 R. Patel",
            "criteria": "Safe accommodation and support in place.",
        },
    )
    # Corrected to a draft: the strategy as the log now reads is not agreed.
    vault.add_entry(
        REF,
        {
            "type": "correction",
            "occurred_at": "2026-03-07T10:00:00+00:00",
            "corrects": agreed.id,
            "reason": "It was only drafted.",
            "replacement": {
                "status": "drafted",
                "criteria": "Safe accommodation and support in place.",
            },
        },
    )
    with pytest.raises(ValidationError) as refused:
        vault.close_case(
            REF, reason="Exit strategy completed.", acknowledged=vault.closing_outstanding(REF)
        )
    assert "drafted" in refused.value.problems[0].message
    assert vault.get_case(REF).status == "open"
    vault.add_entry(
        REF,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-03-08T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DS 2210 R. Patel",
        },
    )
    vault.close_case(
        REF, reason="Exit strategy completed.", acknowledged=vault.closing_outstanding(REF)
    )
    assert vault.get_case(REF).status == "closed"
