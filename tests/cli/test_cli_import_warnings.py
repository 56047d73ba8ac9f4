"""``msvlo import`` brings history in as it was and lists what is impossible or unusual in its
order after the reference lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from msvlo_desktop.core.bundle import dump_bundle
from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "kestrel tuesday lantern"  # the passphrase of tests/cli/conftest.py's vaults
Run = Any


def test_import_lists_the_warnings_after_the_reference(
    new_vault: Path, tmp_path: Path, run_cli: Run
) -> None:
    case = {
        "reference": "KESTREL-0042",
        "opened_on": "2026-03-02",
        "victim": {"name": "Lan Nguyen", "pseudonym": "V1", "claimed_age": 16},
        "log": [
            {
                "id": "r1",
                "type": "referral",
                "occurred_at": "2026-03-03T10:00:00+00:00",
                "recorded_at": "2026-03-03T10:00:00+00:00",
                "author": "PC 1",
                "service": "nrm",
            },
            {
                "id": "d1",
                "type": "nrm_decision",
                "occurred_at": "2026-03-03T10:00:00+00:00",
                "recorded_at": "2026-03-03T10:00:00+00:00",
                "author": "PC 1",
                "stage": "conclusive_grounds",
                "outcome": "trafficking",
            },
        ],
    }
    bundle = tmp_path / "old.json"
    bundle.write_bytes(dump_bundle({"format": "msvlo-case-bundle", "version": 1, "case": case}))
    result = run_cli(["import", new_vault, bundle, "--unsigned"], [PASSPHRASE])
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "KESTREL-0042"
    assert lines[1:] == ["unsigned: imported unverified", lines[2]]
    assert lines[2].startswith("2 entries, chain head ")
    # After the reference and sender lines, one line for each thing found (for the person,
    # on standard error, so standard output stays the import's result).
    warnings = [line for line in result.err_lines if line.startswith("Warning: ")]
    assert len(warnings) == 2
    assert warnings[0].startswith("Warning: Entry d1 (NRM decision, 03/03/2026 10:00): ")
    assert "same minute" in warnings[0]
    assert "part way through the NRM" in warnings[1]
    with Vault.open(new_vault, PASSPHRASE) as v:
        assert [e.id for e in v.entries("KESTREL-0042")] == ["r1", "d1"]
        (record,) = [r for r in v.audit_records() if r.action.startswith("case imported")]
        assert len(record.details["warnings"]) == 2
