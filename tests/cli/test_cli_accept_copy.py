"""``msvlo accept-copy``: an older copy put in place of the vault warns at every unlock until
the officer accepts it; the acceptance is audited and the warning stops."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from msvlo_desktop.storage.vault import Officer, Vault

PASSPHRASE = "kestrel tuesday lantern"
RunCli = Callable[..., Any]


def _note(i: int) -> dict[str, str]:
    return {"type": "note", "occurred_at": f"2026-03-0{i}T10:00:00+00:00", "summary": f"n{i}"}


def test_older_copy_warns_until_accepted(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "officer.msvlo"
    older = tmp_path / "older.msvlo"
    with Vault.create(path, PASSPHRASE, Officer("A. Smith")) as v:
        v.add_case({"reference": "K-1", "opened_on": "2026-03-01",
                    "victim": {"name": "A", "pseudonym": "V1"}})  # fmt: skip
        v.add_entry("K-1", _note(1))
        v.backup(older)
        v.add_entry("K-1", _note(2))
        v.add_entry("K-1", _note(3))
    shutil.copyfile(older, path)

    warned = run_cli(["cases", path], stdin=[PASSPHRASE])
    assert warned.code == 0
    assert "Warning:" in warned.err and "K-1" in warned.err and "3 entries, now 1" in warned.err
    assert "msvlo accept-copy" in warned.err

    accepted = run_cli(["accept-copy", path], stdin=[PASSPHRASE])
    assert accepted.code == 0
    assert accepted.out.startswith("Accepted:")

    quiet = run_cli(["cases", path], stdin=[PASSPHRASE])
    assert quiet.code == 0 and "Warning" not in quiet.err
    again = run_cli(["accept-copy", path], stdin=[PASSPHRASE])
    assert again.out.startswith("Nothing to accept")
    with Vault.open(path, PASSPHRASE) as v:
        assert any(r.action == "older copy accepted" for r in v.audit_records())
