"""Rollback cover beyond the entries: an older copy that differs only in its audit log, or
only in a case record, is noticed at unlock; anchors written before that cover still read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlcipher3
from reliability_support import NOW, PASSPHRASE, case_fields, new_vault

from msvlo_desktop.storage.anchor_state import CaseHeads
from msvlo_desktop.storage.vault import Vault

REF = "KESTREL-0001"


def _open(path: Path) -> Vault:
    return Vault.open(path, PASSPHRASE, clock=lambda: NOW)


def _put_back(copy: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copy2(copy, path)


def _disclose(vault: Vault, n: int) -> None:
    for i in range(n):
        vault.record_disclosure(
            REF, what="case report", recipient=f"DI {i} C. Murray", purpose="file review"
        )


def test_an_audit_only_rollback_is_warned(tmp_path: Path) -> None:
    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=3) as v:
        _disclose(v, 1)
    copy = tmp_path / "older.msvlo"
    shutil.copy2(path, copy)
    with _open(path) as v:
        assert v.rollback_warning is None
        _disclose(v, 2)  # two disclosures, nothing else
        audited = len(v.audit_records())
    _put_back(copy, path)
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert v.rollback_warning.startswith("This vault is older than the last one seen")
        assert f"its audit log had {audited} records, now {audited - 2}" in v.rollback_warning
        assert len(v.entries(REF)) == 3  # the entries alone would not have told


def test_an_audit_log_with_another_history_is_warned(tmp_path: Path) -> None:
    """A copy with as many audit records, but other ones (two other disclosures)."""
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=1).close()
    copy = tmp_path / "other.msvlo"
    shutil.copy2(path, copy)
    with _open(path) as v:
        _disclose(v, 2)
    with Vault.open(copy, PASSPHRASE, clock=lambda: NOW, anchor_dir=tmp_path / "elsewhere") as c:
        for i in range(2):
            c.record_disclosure(REF, what="case report", recipient=f"X {i}", purpose="other")
    _put_back(copy, path)
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert "is not the one recorded then" in v.rollback_warning
        assert v.rollback_warning.startswith("This vault does not match the last one seen")


def test_a_case_record_only_rollback_is_warned(tmp_path: Path) -> None:
    """A safe-contact change reverted in the case record, and nothing else."""
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=2).close()
    raw = sqlcipher3.connect(str(path), isolation_level=None)
    raw.execute(f"PRAGMA key = '{PASSPHRASE}'")
    old_header = raw.execute("SELECT header FROM cases WHERE reference = ?", (REF,)).fetchone()[0]
    raw.close()
    with _open(path) as v:
        fields = case_fields(REF)
        fields["victim"]["safe_contact"]["phone"] = "+447700900456"
        v.update_case(REF, fields, reason="New safe number from the support worker")
        assert v.get_case(REF).victim.safe_contact is not None
    raw = sqlcipher3.connect(str(path), isolation_level=None)
    raw.execute(f"PRAGMA key = '{PASSPHRASE}'")
    raw.execute("UPDATE cases SET header = ? WHERE reference = ?", (old_header, REF))
    raw.close()
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert (
            f"the record of case {REF} (its details or status) is not the one recorded then"
            in v.rollback_warning
        )


def test_a_whole_older_copy_after_a_safe_contact_change_is_warned(tmp_path: Path) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=2).close()
    copy = tmp_path / "older.msvlo"
    shutil.copy2(path, copy)
    with _open(path) as v:
        fields = case_fields(REF)
        fields["victim"]["safe_contact"]["phone"] = "+447700900456"
        v.update_case(REF, fields, reason="New safe number")
    _put_back(copy, path)
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert "its audit log had" in v.rollback_warning


def test_closing_and_ordinary_work_give_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=2).close()
    for _ in range(3):
        with _open(path) as v:
            assert v.rollback_warning is None
            _disclose(v, 1)
            fields = case_fields(REF)
            fields["victim"]["safe_contact"]["notes"] = f"changed {len(v.audit_records())}"
            v.update_case(REF, fields, reason="Updated notes")
    with _open(path) as v:
        assert v.rollback_warning is None


def test_an_anchor_from_before_the_cover_is_read_and_then_extended(
    tmp_path: Path, anchor_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "officer.msvlo"
    with monkeypatch.context() as mp:
        # As an earlier version wrote it: entries only.
        mp.setattr(CaseHeads, "covered", lambda self: (None, {}))
        new_vault(path, entries=2).close()
    doc = json.loads(next(anchor_dir.glob("*.anchor")).read_text())
    assert "audit" not in doc["body"] and "records" not in doc["body"]
    with _open(path) as v:
        assert v.rollback_warning is None
        _disclose(v, 1)
    doc = json.loads(next(anchor_dir.glob("*.anchor")).read_text())
    assert doc["body"]["audit"][0] > 0 and len(doc["body"]["records"]) == 1
    raw = next(anchor_dir.glob("*.anchor")).read_bytes()
    assert b"KESTREL" not in raw and b"Nguy" not in raw
