"""``msvlo due`` lists the duty reminders: bail, risk review, a deferred statement."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "kestrel tuesday lantern"


def _vault(path: Path) -> None:
    clock = [datetime(2026, 11, 30, 9, tzinfo=UTC)]
    with Vault.open(path, PASSPHRASE, clock=lambda: clock[0]) as v:
        v.add_case(
            {
                "reference": "DUTY-1",
                "opened_on": "2026-11-02",
                "victim": {"name": "Elira Krasniqi", "pseudonym": "V1"},
            }
        )
        clock[0] = datetime(2026, 12, 5, 12, tzinfo=UTC)

        def add(raw: dict[str, Any]) -> None:
            v.add_entry("DUTY-1", raw)

        # Friday 4 December 2026 15:00, bail to Monday 21 December.
        add(
            {
                "type": "investigation_event",
                "occurred_at": "2026-12-04T15:00:00Z",
                "event": "released_on_bail",
                "bail_return_on": "2026-12-21",
                "bail_conditions": "Not to contact the victim",
            }
        )
        add(
            {
                "type": "vps",
                "occurred_at": "2026-12-01T10:00:00Z",
                "vps_status": "deferred",
                "revisit_on": "2026-12-14",
            }
        )


def test_due_lists_the_duty_reminders(new_vault: Path, run_cli: Any) -> None:
    _vault(new_vault)
    result = run_cli(
        ["due", new_vault, "--json", "--at", "2026-12-05T12:00:00+00:00"], [PASSPHRASE]
    )
    assert result.code == 0, result.err
    found = {o["kind"]: o for o in json.loads(result.out) if o["case"] == "DUTY-1"}
    # 2 working days after Friday 4 December: Monday 7, Tuesday 8 December.
    assert found["bail_safety_review"]["due"] == "2026-12-08T23:59:59+00:00"
    assert found["bail_safety_review"]["source_event"] == "bail_conditions"
    # 2 calendar days before Monday 21 December: Saturday 19 December.
    assert found["bail_return_reminder"]["due"] == "2026-12-19T23:59:59+00:00"
    assert found["vps_revisit"]["due"] == "2026-12-14T23:59:59+00:00"
    duties = ("bail_safety_review", "bail_return_reminder", "vps_revisit")
    assert {found[k]["status"] for k in duties} == {"due"}
    table = run_cli(["due", new_vault, "--at", "2026-12-05T12:00:00+00:00"], [PASSPHRASE])
    assert table.code == 0, table.err
    assert "Bail return on 21/12/2026: review the victim's safety plan before it" in table.out
    assert "Review the victim's safety plan for the bail conditions" in table.out
    assert "Offer the Victim Personal Statement again (deferred)" in table.out
