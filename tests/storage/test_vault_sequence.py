"""The vault applies the log's order checks to every entry made (core/sequence.py), keeps the
officer's reason for an unusual order, and imports history as it was, with the warnings
listed and recorded."""

from __future__ import annotations

import json
from typing import Any

import pytest
from storage_samples import header

from msvlo_desktop.core.bundle import dump_bundle
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.storage.vault import Vault

REF = "KESTREL-0042"


def referral(**more: Any) -> dict[str, Any]:
    return {
        "type": "referral",
        "occurred_at": "2026-03-03T10:00:00+00:00",
        "service": "nrm",
        **more,
    }


def cg(when: str = "2026-05-01T10:00:00+00:00", **more: Any) -> dict[str, Any]:
    return {
        "type": "nrm_decision",
        "occurred_at": when,
        "stage": "conclusive_grounds",
        "outcome": "trafficking",
        **more,
    }


def refused_fields(vault: Vault, raw: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        vault.add_entry(REF, raw)
    return [p.field for p in caught.value.problems]


def test_impossible_orders_are_refused_when_an_entry_is_made(vault: Vault) -> None:
    vault.add_case(header(REF))
    assert refused_fields(
        vault,
        {
            "type": "interaction",
            "occurred_at": "2026-03-01T10:00:00+00:00",
            "mode": "phone",
            "summary": "Before the case was opened.",
        },
    ) == ["occurred_at"]
    assert refused_fields(
        vault,
        {
            "type": "interaction",
            "occurred_at": "2026-03-10T10:00:00+00:00",
            "mode": "phone",
            "summary": "Call.",
            "next_contact_on": "2026-03-09",
        },
    ) == ["next_contact_on"]
    assert refused_fields(
        vault,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-06-10T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DS R. Patel",
            "review_on": "2026-06-01",
        },
    ) == ["review_on"]
    vault.add_entry(REF, referral())
    same_minute = cg("2026-03-03T10:00:30+00:00", sequence_reason="Part way through.")
    assert refused_fields(vault, same_minute) == ["occurred_at"]
    assert vault.entry_count(REF) == 1  # only the referral


def test_a_cg_decision_with_no_rg_decision_needs_a_reason_which_is_kept(vault: Vault) -> None:
    vault.add_case(header(REF))
    vault.add_entry(REF, referral())
    assert refused_fields(vault, cg()) == ["sequence_reason"]
    reason = "The case reached us from another force after the RG decision."
    saved = vault.add_entry(REF, cg(sequence_reason=reason))
    assert saved.data["sequence_reason"] == reason
    doc = vault.export_bundle(REF)
    assert doc["case"]["log"][-1]["sequence_reason"] == reason
    # The reason is in the bundle and travels with it.
    vault.add_case(header("HERON-0007"))
    other = json.loads(dump_bundle(doc))
    other["case"]["reference"] = "HERON-0099"
    other["case"].pop("integrity")
    parsed = vault.import_bundle(dump_bundle(other))
    assert vault.entries("HERON-0099")[-1].data["sequence_reason"] == reason
    assert any(reason in w for w in parsed.warnings)  # listed, with the reason recorded


def test_history_in_a_bundle_is_imported_as_it_was_with_the_warnings_recorded(
    vault: Vault,
) -> None:
    record = header(REF)
    log = [
        {"id": "r1", "recorded_at": "2026-03-03T10:00:00+00:00", "author": "PC 1", **referral()},
        {
            "id": "d1",
            "recorded_at": "2026-03-03T10:00:00+00:00",
            "author": "PC 1",
            **cg("2026-03-03T10:00:00+00:00"),
        },
        {
            "id": "i1",
            "type": "interaction",
            "occurred_at": "2026-03-01T10:00:00+00:00",
            "recorded_at": "2026-03-04T10:00:00+00:00",
            "author": "PC 1",
            "mode": "phone",
            "summary": "Before the case.",
        },
    ]
    doc = {"format": "msvlo-case-bundle", "version": 1, "case": {**record, "log": log}}
    parsed = vault.import_bundle(dump_bundle(doc), source="old.json")
    assert [e.id for e in vault.entries(REF)] == ["r1", "d1", "i1"]
    assert len(parsed.warnings) == 3
    assert parsed.warnings[0].startswith("Entry d1 (NRM decision, 03/03/2026 10:00): ")
    assert parsed.warnings[2].startswith("Entry i1 (Interaction, 01/03/2026 10:00): ")
    (record_of_import,) = [r for r in vault.audit_records(REF) if r.action == "case imported"]
    assert record_of_import.details["warnings"] == list(parsed.warnings)


def test_an_import_with_nothing_unusual_records_no_warnings(vault: Vault) -> None:
    vault.add_case(header(REF))
    vault.add_entry(REF, referral())
    doc = vault.export_bundle(REF)
    doc["case"]["reference"] = "HERON-0007"
    doc["case"].pop("integrity")
    parsed = vault.import_bundle(dump_bundle(doc))
    assert parsed.warnings == ()
    (record,) = [r for r in vault.audit_records("HERON-0007") if r.action == "case imported"]
    assert "warnings" not in record.details
