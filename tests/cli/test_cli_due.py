"""``msvlo due``: every obligation of every case, as JSON (the contract) and as a table."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "kestrel tuesday lantern"
Run = Any
KEYS = {"case", "kind", "source", "source_event", "due", "status", "met_by", "met_at"}
KINDS = {
    "victims_code_update",
    "support_referral",
    "agreed_update",
    "nrm_rg_expected",
    "nrm_cg_not_before",
    "exit_strategy_review",
    "nrm_or_duty_to_notify",
    "competent_authority_update",
}
STATUSES = {"met_on_time", "met_late", "due", "overdue", "not_applicable"}


@pytest.fixture
def due_vault(new_vault: Path) -> dict[str, str]:
    """One adult victim with enhanced rights: an arrest on Monday 16/11/2026 never told (due
    end of Tuesday), a charge told the same day, a release told late with a reason."""
    clock = [datetime(2026, 11, 16, 9, tzinfo=UTC)]
    with Vault.open(new_vault, PASSPHRASE, clock=lambda: clock[0]) as v:
        v.add_case(
            {
                "reference": "DUE-1",
                "opened_on": "2026-11-02",
                "victim": {"name": "Elira Krasniqi", "pseudonym": "V1"},
            }
        )
        clock[0] = datetime(2026, 11, 20, 12, tzinfo=UTC)

        def add(raw: dict[str, Any]) -> str:
            return v.add_entry("DUE-1", raw).id

        # The adult did not consent to the NRM: a Duty to Notify the day the case opened.
        add(
            {
                "type": "referral",
                "occurred_at": "2026-11-02T15:00:00Z",
                "service": "duty_to_notify",
                "consent": False,
            }
        )
        ids = {
            "arrest": add(
                {
                    "type": "investigation_event",
                    "occurred_at": "2026-11-16T10:00:00Z",
                    "event": "arrest",
                }
            ),
            "charged": add(
                {
                    "type": "investigation_event",
                    "occurred_at": "2026-11-17T10:00:00Z",
                    "event": "charged",
                }
            ),
            "bail": add(
                {
                    "type": "investigation_event",
                    "occurred_at": "2026-11-17T11:00:00Z",
                    "event": "released_on_bail",
                }
            ),
        }
        ids["told"] = add(
            {
                "type": "victim_update",
                "occurred_at": "2026-11-17T16:00:00Z",
                "satisfies": [ids["charged"]],
                "method": "phone",
                "summary": "Told of the charge.",
            }
        )
        ids["late"] = add(
            {
                "type": "victim_update",
                "occurred_at": "2026-11-19T16:00:00Z",
                "satisfies": [ids["bail"]],
                "method": "phone",
                "summary": "Told of the release on bail.",
                "late_reason": "Victim unreachable on the safe number.",
            }
        )
    return ids


def _right6(data: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {o["source_event"]: o for o in data if o["kind"] == "victims_code_update"}


def test_due_json_is_the_documented_contract(
    new_vault: Path, due_vault: dict[str, str], run_cli: Run
) -> None:
    result = run_cli(
        ["due", new_vault, "--json", "--at", "2026-11-20T12:00:00+00:00"], [PASSPHRASE]
    )
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert all(set(o) == KEYS for o in data)
    assert {o["kind"] for o in data} <= KINDS and {o["status"] for o in data} <= STATUSES
    right6 = _right6(data)
    assert right6["arrest"] == {
        "case": "DUE-1",
        "kind": "victims_code_update",
        "source": due_vault["arrest"],
        "source_event": "arrest",
        "due": "2026-11-17T23:59:59+00:00",
        "status": "overdue",
        "met_by": None,
        "met_at": None,
    }
    assert right6["charged"]["status"] == "met_on_time"
    assert right6["charged"]["met_by"] == due_vault["told"]
    assert right6["charged"]["met_at"] == "2026-11-17T16:00:00+00:00"
    assert right6["released_on_bail"]["status"] == "met_late"
    # Most urgent first: the overdue update leads.
    assert data[0]["status"] == "overdue"
    with Vault.open(new_vault, PASSPHRASE) as v:
        assert [r.action for r in v.audit_records()][-1] == "obligations listed"


def test_due_at_a_chosen_moment(new_vault: Path, due_vault: dict[str, str], run_cli: Run) -> None:
    for at, status in [
        ("2026-11-17", "due"),  # the end of that day: the deadline itself, not yet passed
        ("2026-11-17T23:00", "due"),  # London time
        ("2026-11-18", "overdue"),
        ("2026-11-18T00:00:00Z", "overdue"),
    ]:
        result = run_cli(["due", new_vault, "--json", "--at", at], [PASSPHRASE])
        assert result.code == 0, result.err
        assert _right6(json.loads(result.out))["arrest"]["status"] == status, at


def test_due_table_reads_at_a_glance(
    new_vault: Path, due_vault: dict[str, str], run_cli: Run
) -> None:
    result = run_cli(["due", new_vault, "--at", "2026-11-20T12:00:00Z"], [PASSPHRASE])
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Obligations at 20/11/2026 12:00 (London time), most urgent first:"
    table = lines[2:]
    assert table[0].split()[:3] == ["Status", "Case", "What"]
    assert table[2].startswith("overdue") and "DUE-1" in table[2]
    assert "Tell the victim about the arrest" in table[2] and "17/11/2026 23:59" in table[2]


def test_due_over_a_training_vault(filled_vault: Path, run_cli: Run) -> None:
    result = run_cli(["due", filled_vault, "--json", "--at", "2026-11-20T12:00:00Z"], [PASSPHRASE])
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert {o["case"] for o in data} == {"KESTREL-0001", "HERON-0002"}
    statuses = {o["status"] for o in data}
    assert {"met_on_time", "met_late", "due"} <= statuses
    for o in data:
        assert datetime.fromisoformat(o["due"]).utcoffset() is not None
        assert o["met_at"] is None or datetime.fromisoformat(o["met_at"]).tzinfo is not None


def test_due_on_an_empty_vault(new_vault: Path, run_cli: Run) -> None:
    assert json.loads(run_cli(["due", new_vault, "--json"], [PASSPHRASE]).out) == []
    table = run_cli(["due", new_vault], [PASSPHRASE])
    assert table.code == 0 and "no obligations" in table.out.lower()


def test_due_lists_an_adult_case_with_no_nrm_referral_or_duty_to_notify(
    new_vault: Path, run_cli: Run
) -> None:
    clock = [datetime(2026, 11, 2, 9, tzinfo=UTC)]
    with Vault.open(new_vault, PASSPHRASE, clock=lambda: clock[0]) as v:
        v.add_case(
            {
                "reference": "DUE-2",
                "opened_on": "2026-11-02",
                "victim": {"name": "Elira Krasniqi", "pseudonym": "V1", "claimed_age": 30},
            }
        )
    result = run_cli(["due", new_vault, "--json", "--at", "2026-11-04T12:00:00Z"], [PASSPHRASE])
    assert result.code == 0, result.err
    [owed] = [o for o in json.loads(result.out) if o["kind"] == "nrm_or_duty_to_notify"]
    # Opened Monday 2 Nov: due by the end of Tuesday 3 Nov (force policy: 1 working day).
    assert owed == {
        "case": "DUE-2",
        "kind": "nrm_or_duty_to_notify",
        "source": "case",
        "source_event": "case_opened",
        "due": "2026-11-03T23:59:59+00:00",
        "status": "overdue",
        "met_by": None,
        "met_at": None,
    }
    table = run_cli(["due", new_vault, "--at", "2026-11-04T12:00:00Z"], [PASSPHRASE]).out
    assert "Seek the victim's consent and refer into the NRM" in table
