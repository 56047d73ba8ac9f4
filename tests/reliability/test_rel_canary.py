"""No plaintext at rest: a canary recorded in a case never appears in any file but the
bundle exported on purpose, and the passphrase never appears anywhere.

The canary is put in the victim's name, an interaction and a provision. Then the officer
searches, backs up, exports a bundle, re-keys, verifies and reads the audit log. Scanned as
raw bytes, UTF-8 and UTF-16-LE: the vault and its -wal and -shm files (while open and after
closing), the lock file, the backup, the rollback anchors, and the temporary-files folder.
The exported bundle is plain JSON by design (a handover file the officer chose to write) and
is left out of the scan; docs/SECURITY.md says so.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from reliability_support import (
    OFFICER,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    case_fields,
    interaction,
    provision,
    run_cli,
)

from msvlo_desktop.storage.vault import Vault

CANARY = "Qzvanary7731"
NAME = f"Žofie {CANARY}-Nováková"
REF = "KESTREL-0042"


def _forms(secret: str) -> list[bytes]:
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def _leaks(folders: list[Path], secrets: list[str], *, skip: set[Path]) -> list[str]:
    found = []
    for folder in folders:
        files = (
            [folder] if folder.is_file() else sorted(p for p in folder.rglob("*") if p.is_file())
        )
        for f in files:
            if f in skip:
                continue
            data = f.read_bytes()
            for secret in secrets:
                for form in _forms(secret):
                    if form in data:
                        found.append(f"{f} holds {secret!r} ({len(form)}-byte form)")
    return found


def test_no_case_data_or_passphrase_in_any_file_at_rest(
    tmp_path: Path, anchor_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    work = tmp_path / "work"
    work.mkdir()
    path = work / "officer.msvlo"
    bundle = work / "handover.json"
    secrets = [CANARY, NAME, PASSPHRASE, OTHER_PASSPHRASE]
    scanned = [work, anchor_dir, temp]

    with Vault.create(path, PASSPHRASE, OFFICER) as v:
        v.add_case(case_fields(REF, name=NAME))
        v.add_entry(REF, interaction(1, f"Met {NAME} at the station; {CANARY} is safe."))
        v.add_entry(REF, provision(f"Coat and shoes for {CANARY}"))
        for i in range(30):
            v.add_entry(REF, interaction(i))
        hits = v.search(CANARY)
        assert len(hits) == 2 and CANARY in hits[0].snippet
        v.save_draft("interaction", REF, {"summary": f"draft about {CANARY}"})
        # While open: the WAL and shared-memory files exist and are scanned too.
        assert Path(str(path) + "-wal").exists()
        assert _leaks(scanned, secrets, skip=set()) == []
        v.backup(work / "backup.msvlo")

    PLAIN_EXPORT = ("--recipient", "DS R. Patel", "--purpose", "file build", "--plain")
    for args, stdin in (
        (["export-bundle", str(path), REF, "-o", str(bundle), *PLAIN_EXPORT], [PASSPHRASE]),
        (["rekey", str(path)], [PASSPHRASE, OTHER_PASSPHRASE]),
        (["verify", str(path)], [OTHER_PASSPHRASE]),
        (["audit", str(path)], [OTHER_PASSPHRASE]),
    ):
        code, _, err = run_cli(args, *stdin)
        assert code == 0, (args, err)
        assert PASSPHRASE not in err and OTHER_PASSPHRASE not in err

    # The exported bundle holds the case in plain text, as intended; nothing else does.
    assert CANARY.encode() in bundle.read_bytes()
    assert PASSPHRASE.encode() not in bundle.read_bytes()
    leaks = _leaks(scanned, secrets, skip={bundle})
    assert leaks == []
    # The scan is not vacuous: it covered the vault, the backup, the lock file and an anchor.
    names = {p.name for folder in scanned for p in folder.rglob("*") if p.is_file()}
    assert {"officer.msvlo", "backup.msvlo", "officer.msvlo.lock"} <= names
    assert any(n.endswith(".anchor") for n in names)
    # And it would have found the canary had it been there in plain text.
    (temp / "probe.txt").write_text(NAME, encoding="utf-16-le")
    assert _leaks([temp], [CANARY], skip=set())
