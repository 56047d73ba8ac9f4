"""The audit log holds no case text: after a scripted session (search, report, bundle export,
close, reopen, record change, erase) no name or free text of the case is in any audit record,
so erasing a case leaves nothing of it behind in the log that can never be edited."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from msvlo_desktop.services.reports import export_case_report
from msvlo_desktop.storage import bundles
from msvlo_desktop.storage.erasure import erase_case
from msvlo_desktop.storage.vault import Vault

REF = "HERON-0042"
CANARY = "Qxjcanary Wombatfield"


def _case(name: str) -> dict[str, Any]:
    return {
        "reference": REF,
        "opened_on": "2026-03-02",
        "exploitation_types": ["labour"],
        "victim": {"name": name, "pseudonym": "V9", "claimed_age": 30},
        "contacts": [],
    }


def test_a_whole_session_leaves_no_case_text_in_the_audit_log(
    vault: Vault, clock: Any, tmp_path: Path
) -> None:
    vault.add_case(_case(CANARY))
    vault.add_entry(
        REF,
        {
            "type": "note",
            "occurred_at": "2026-03-03T10:00:00+00:00",
            "summary": f"{CANARY} described the farm",
        },
    )
    vault.add_entry(
        REF,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-03-08T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DS 2210 R. Patel",
        },
    )
    assert vault.search(CANARY)
    assert vault.search("Qxjcanary farm", case_ref=REF)
    export_case_report(
        vault, REF, tmp_path / "r.pdf", recipient="DI 1150 C. Murray", purpose="File review"
    )
    doc = bundles.build_signed_bundle(vault, REF, recipient="DC Jones", purpose="handover")
    bundles.record_export(vault, doc, sealed=False, handover=False)
    vault.update_case(REF, _case(CANARY + " Junior"), reason=f"Spelling of {CANARY} fixed")
    vault.close_case(
        REF,
        reason=f"{CANARY} settled",
        retention_review_on="2026-12-01",
        acknowledged=vault.closing_outstanding(REF),
    )
    vault.reopen_case(REF, reason=f"{CANARY} asked for help again")
    vault.close_case(
        REF,
        reason="Done",
        retention_review_on="2026-12-01",
        acknowledged=vault.closing_outstanding(REF),
    )
    clock.now = datetime(2026, 12, 2, 9, tzinfo=UTC)
    erase_case(vault, REF, reason="retention_review", typed_reference=REF, no_proceedings_live=True)
    records = vault.audit_records()
    actions = {r.action for r in records}
    assert {"search run", "case report exported", "case bundle exported", "case erased"} <= actions
    assert {"case closed", "case reopened", "case record changed"} <= actions
    text = json.dumps([r.to_json() for r in records], ensure_ascii=False).lower()
    for word in ("qxjcanary", "wombatfield", "farm", "settled", "spelling", "help again"):
        assert word not in text
