"""``msvlo import`` of history: an adult's NRM referral with consent unrecorded comes in with
a warning (a handover is never blocked by history); consent refused stays refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PASSPHRASE = "kestrel tuesday lantern"


def write_bundle(tmp_path: Path, referral: dict[str, Any]) -> Path:
    doc = {
        "format": "msvlo-case-bundle",
        "version": 1,
        "case": {
            "reference": "KESTREL-0042",
            "opened_on": "2026-11-02",
            "victim": {"name": "Elira Krasniqi", "pseudonym": "V1", "claimed_age": 30},
            "log": [
                {
                    "id": "n1",
                    "type": "referral",
                    "occurred_at": "2026-11-03T10:00:00+00:00",
                    "recorded_at": "2026-11-03T11:00:00+00:00",
                    "author": "PC 1234 A. Smith",
                    "sensitive": False,
                    "service": "nrm",
                    **referral,
                }
            ],
        },
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_history_without_consent_is_imported_with_a_warning(
    new_vault: Path, tmp_path: Path, run_cli: Any
) -> None:
    bundle = write_bundle(tmp_path, {})
    result = run_cli(["import", new_vault, bundle, "--unsigned"], [PASSPHRASE])
    # The option is new with signed bundles; an import without it takes the plain bundle.
    if result.code != 0 and "unrecognized arguments" in result.err:
        result = run_cli(["import", new_vault, bundle], [PASSPHRASE])
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "KESTREL-0042"
    assert "consent not recorded" in result.err and "n1" in result.err


def test_history_with_consent_refused_is_not_imported(
    new_vault: Path, tmp_path: Path, run_cli: Any
) -> None:
    bundle = write_bundle(tmp_path, {"consent": False})
    result = run_cli(["import", new_vault, bundle, "--unsigned"], [PASSPHRASE])
    if result.code != 0 and "unrecognized arguments" in result.err:
        result = run_cli(["import", new_vault, bundle], [PASSPHRASE])
    assert result.code == 1
    assert "Duty to Notify" in result.err
