"""The command line after an erasure: ``msvlo verify`` passes and names the erased case (on
standard error; standard output stays ``OK``), and ``msvlo import`` refuses a bundle of the
erased reference (exit 1, nothing written)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from msvlo_desktop.storage import bundles
from msvlo_desktop.storage.erasure import erase_case
from msvlo_desktop.storage.vault import Officer, Vault

PASSPHRASE = "kestrel tuesday lantern"
REF = "HERON-0009"


class _Clock:
    now = datetime(2026, 11, 20, 12, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _erased_vault(tmp_path: Path) -> tuple[Path, Path]:
    clock = _Clock()
    path = tmp_path / "v.msvlo"
    bundle = tmp_path / "old.json"
    with Vault.create(path, PASSPHRASE, Officer("A. Smith", "PC 1234"), clock=clock) as v:
        v.add_case(
            {
                "reference": REF,
                "opened_on": "2026-03-02",
                "exploitation_types": ["labour"],
                "victim": {"name": "Ana Pop", "pseudonym": "V2", "claimed_age": 30},
                "contacts": [],
            }
        )
        v.add_entry(
            REF,
            {
                "type": "exit_strategy",
                "occurred_at": "2026-03-08T10:00:00+00:00",
                "status": "agreed",
                "agreed_with": "DS 2210 R. Patel",
            },
        )
        v.close_case(
            REF,
            reason="Done",
            retention_review_on="2026-12-01",
            acknowledged=v.closing_outstanding(REF),
        )
        doc = bundles.build_signed_bundle(v, REF, recipient="DC Jones", purpose="handover")
        bundle.write_bytes(bundles.encode_bundle(doc, None))
        clock.now = datetime(2026, 12, 2, 9, tzinfo=UTC)
        erase_case(v, REF, reason="retention_review", typed_reference=REF, no_proceedings_live=True)
    return path, bundle


def test_verify_names_the_erased_case_and_import_refuses_it(tmp_path: Path, run_cli: Any) -> None:
    path, bundle = _erased_vault(tmp_path)
    result = run_cli(["verify", path], [PASSPHRASE])
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "OK"
    assert f"case {REF} erased on 02/12/2026 by PC 1234 A. Smith" in result.err
    refused = run_cli(["import", path, bundle, "--unsigned"], [PASSPHRASE])
    assert refused.code == 1
    assert f"Case {REF} was erased from this vault on 02/12/2026" in refused.err
    with Vault.open(path, PASSPHRASE) as v:
        assert not v.case_exists(REF)
