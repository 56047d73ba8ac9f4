"""Shared material for the reliability tests: a passphrase, a case, entries, a vault."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from msvlo_desktop.core.bundle import build_bundle, dump_bundle
from msvlo_desktop.storage.vault import Officer, Vault

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "violet kettle under the orchard"
OFFICER = Officer("A. Smith", "PC 1234", "Example Constabulary")
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
HERE = Path(__file__).resolve().parent


def case_fields(ref: str = "KESTREL-0042", name: str = "Nguyễn Thị Hương") -> dict[str, Any]:
    return {
        "reference": ref,
        "crime_reference": "CR-12345-26",
        "opened_on": "2026-03-02",
        "crime_reported_at": "2026-03-02T09:15:00+00:00",
        "exploitation_types": ["labour", "criminal"],
        "victim": {
            "name": name,
            "pseudonym": "V1",
            "claimed_age": 16,
            "age_disputed": True,
            "nationality": "VN",
            "languages": ["vi"],
            "interpreter_required": True,
            "safe_contact": {
                "phone": "+447700900123",
                "method": "phone",
                "notes": "after 6pm only",
            },
        },
        "contacts": [
            {
                "role": "spoc",
                "name": "PC 1234 A. Smith",
                "organisation": "Example Constabulary",
                "phone": "+441632960001",
                "from": "2026-03-02",
            }
        ],
    }


def interaction(i: int, text: str = "") -> dict[str, Any]:
    return {
        "type": "interaction",
        "occurred_at": "2026-03-04T10:00:00+00:00",
        "mode": "phone",
        "summary": text or f"Phone call number {i} about accommodation and safety.",
    }


def provision(description: str = "Hot meal and drink") -> dict[str, Any]:
    return {
        "type": "provision",
        "occurred_at": "2026-03-04T12:00:00+00:00",
        "category": "food",
        "description": description,
        "quantity": 1,
        "value_gbp": "6.50",
        "need": "Had not eaten since the morning",
        "justification": "Welfare during a long interview",
        "authorised_by": "Sgt B. Jones",
    }


def new_vault(
    path: Path, *, cases: int = 1, entries: int = 5, passphrase: str = PASSPHRASE, **kw: Any
) -> Vault:
    """A vault at ``path`` with ``cases`` cases of ``entries`` interactions each (left open)."""
    vault = Vault.create(path, passphrase, OFFICER, clock=lambda: NOW, **kw)
    for c in range(cases):
        ref = f"KESTREL-{c + 1:04d}"
        vault.add_case(case_fields(ref))
        for i in range(entries):
            vault.add_entry(ref, interaction(i))
    return vault


def bundle_bytes(vault: Vault, ref: str) -> bytes:
    return dump_bundle(
        build_bundle(vault.get_case(ref), vault.entries(ref), vault.chain_head(ref)[0])
    )


def bundle_doc(vault: Vault, ref: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(bundle_bytes(vault, ref))
    return doc


def run_cli(args: list[str], *stdin_lines: str) -> tuple[int, str, str]:
    """``msvlo ARGS`` in this process with STDIN_LINES piped in: (exit code, out, err)."""
    import contextlib
    import io
    import sys

    from msvlo_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO("".join(line + "\n" for line in stdin_lines))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(args)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()
