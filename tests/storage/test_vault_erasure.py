"""Erasing a closed case at the end of its retention (storage/erasure.py): the case leaves no
decrypted page of the vault or its write-ahead log, nor a backup made after it; the audit log
keeps a tombstone with no personal data; the log stays undeletable by any ordinary write;
verify names the erased case; an erased reference cannot be imported again."""

from __future__ import annotations

import hashlib
import json
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from shared_fixtures import PASSPHRASE
from sqlcipher3 import dbapi2

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.storage import bundles, schema
from msvlo_desktop.storage.bundles import BundleRefused
from msvlo_desktop.storage.connection import connect
from msvlo_desktop.storage.erasure import erase_case
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

REF = "HERON-0007"
KEEP = "OSPREY-0001"
CANARY = "Zqwxcanarya Vbnmtail"  # a name no other text contains
_PAGE = 4096
_RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page


# ----------------------------------------------------------------------------- decrypting
def _key(path: Path) -> bytes:
    salt = path.read_bytes()[:16]
    return hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256000, 32)


def _decrypt_page(key: bytes, pgno: int, page: bytes) -> bytes:
    start = 16 if pgno == 1 else 0
    iv = page[_PAGE - _RESERVE : _PAGE - _RESERVE + 16]
    body = page[start : _PAGE - _RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(path: Path) -> list[bytes]:
    """Every page of the vault file and every frame of its write-ahead log, decrypted, free
    pages included (SQLCipher 4's page format, the vault's settings)."""
    key = _key(path)
    data = path.read_bytes()
    pages = [
        _decrypt_page(key, n + 1, data[n * _PAGE : (n + 1) * _PAGE])
        for n in range(len(data) // _PAGE)
    ]
    wal = Path(f"{path}-wal")
    if wal.exists():
        log = wal.read_bytes()
        offset = 32  # the log's header
        while offset + 24 + _PAGE <= len(log):
            (pgno,) = struct.unpack(">I", log[offset : offset + 4])
            pages.append(_decrypt_page(key, pgno, log[offset + 24 : offset + 24 + _PAGE]))
            offset += 24 + _PAGE
    return pages


def holds(path: Path, needle: str) -> bool:
    forms = [needle.encode("utf-8"), needle.lower().encode("utf-8")]
    return any(form in page for page in decrypted_pages(path) for form in forms)


# ----------------------------------------------------------------------------- cases
def _case(ref: str, name: str) -> dict[str, Any]:
    return {
        "reference": ref,
        "opened_on": "2026-03-02",
        "exploitation_types": ["labour"],
        "victim": {"name": name, "pseudonym": "V7", "claimed_age": 30, "nationality": "GB"},
        "contacts": [],
    }


def _closed_case(vault: Vault, ref: str, name: str, *, event: str | None) -> None:
    vault.add_case(_case(ref, name))
    vault.add_entry(
        ref,
        {
            "type": "interaction",
            "occurred_at": "2026-03-03T10:00:00+00:00",
            "mode": "face_to_face",
            "summary": f"Met {name} at the reception centre",
        },
    )
    vault.add_entry(
        ref, {"type": "note", "occurred_at": "2026-03-04T10:00:00+00:00", "summary": name}
    )
    if event:
        vault.add_entry(
            ref,
            {
                "type": "investigation_event",
                "occurred_at": "2026-03-05T10:00:00+00:00",
                "event": event,
            },
        )
    vault.add_entry(
        ref,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-03-08T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DS 2210 R. Patel",
        },
    )
    vault.update_case(ref, _case(ref, name + " Junior"), reason=f"Name of {name} corrected")
    vault.save_draft("note", ref, {"summary": f"unsent words about {name}"})
    vault.close_case(
        ref,
        reason="Exit strategy completed",
        retention_review_on="2026-12-01",
        acknowledged=vault.closing_outstanding(ref),
    )


def _erase(vault: Vault, ref: str = REF, **kw: Any) -> Any:
    kw.setdefault("reason", "retention_review")
    kw.setdefault("typed_reference", ref)
    kw.setdefault("no_proceedings_live", True)
    return erase_case(vault, ref, **kw)


@pytest.fixture
def erasable(vault: Vault, clock: Any) -> Vault:
    _closed_case(vault, REF, CANARY, event="released_no_further_action")
    _closed_case(vault, KEEP, "Another Person", event=None)
    vault.search(CANARY)
    clock.now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # past the review date
    return vault


# ----------------------------------------------------------------------------- tests
def test_the_page_reader_finds_the_canary_before_erasure(erasable: Vault) -> None:
    erasable.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert holds(erasable.path, CANARY)  # the scan is real: it sees the case's text


def test_erasure_leaves_the_canary_in_no_decrypted_page_of_the_vault_or_its_log(
    erasable: Vault, tmp_path: Path
) -> None:
    before = erasable.backup(tmp_path / "before.msvlo")
    tombstone = _erase(erasable)
    assert tombstone.reference == REF
    assert not erasable.case_exists(REF)
    assert erasable.case_exists(KEEP)
    assert not holds(erasable.path, CANARY)
    assert not holds(erasable.path, "Zqwxcanarya")  # nor any word of it (index, vocabulary)
    after = erasable.backup(tmp_path / "after.msvlo")
    assert not holds(after, CANARY)
    # A backup made before the erasure still holds the case (said in the confirmation).
    assert holds(before, CANARY)
    erasable.close()
    assert not holds(erasable.path, CANARY)


def test_what_stays_is_searchable_and_what_went_is_not(erasable: Vault) -> None:
    _erase(erasable)
    assert erasable.search("Zqwxcanarya") == []
    assert [h.case_ref for h in erasable.search("reception")] == [KEEP]
    assert [d.case_ref for d in erasable.drafts()] == [KEEP]
    assert [c.reference for c in erasable.list_cases()] == [KEEP]


def test_the_tombstone_keeps_counts_and_head_and_no_personal_data(erasable: Vault) -> None:
    count = erasable.entry_count(REF)
    head, _ = erasable.chain_head(REF)
    _erase(erasable)
    record = erasable.audit_records()[-1]
    assert (record.category, record.action, record.case_ref) == ("erasure", "case erased", REF)
    assert record.actor == "PC 1234 A. Smith, Example"
    assert record.details == {
        "reason": "retention_review",
        "entries": count,
        "revisions": 2,
        "drafts": 1,
        "head": head,
        "retention_review_on": "2026-12-01",
        "no_proceedings_live": True,
    }


def test_the_audit_log_holds_no_case_text(erasable: Vault) -> None:
    _erase(erasable)
    text = json.dumps([r.to_json() for r in erasable.audit_records()], ensure_ascii=False)
    for word in ("Zqwxcanarya", "Vbnmtail", "reception", "corrected", "unsent"):
        assert word not in text


def test_verify_passes_after_erasure_and_names_the_erased_case(erasable: Vault) -> None:
    _erase(erasable)
    result = erasable.verify()
    assert result.ok, result.problems
    assert len(result.erased) == 1
    assert result.erased[0].startswith(f"case {REF} erased on 02/12/2026 by PC 1234 A. Smith")


def test_verify_still_finds_a_case_cut_without_a_tombstone(erasable: Vault) -> None:
    conn = erasable.conn
    conn.execute("DROP TRIGGER entries_no_delete")
    conn.execute("DROP TRIGGER case_revisions_no_delete")
    conn.execute("DROP TRIGGER cases_no_delete")
    case_id = conn.execute("SELECT id FROM cases WHERE reference = ?", (KEEP,)).fetchone()[0]
    for table in ("entries", "case_revisions"):
        conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    result = erasable.verify()
    assert not result.ok
    assert any(f"case {KEEP}: recorded in the audit log but missing" in p for p in result.problems)


def test_an_ordinary_connection_still_cannot_delete(erasable: Vault, vault_path: Path) -> None:
    _erase(erasable)  # the newest audit record is now a tombstone, of another case
    erasable.close()
    conn = connect(vault_path, PASSPHRASE)
    try:
        assert schema.version(conn) == schema.LATEST
        for sql in (
            "DELETE FROM entries",
            "DELETE FROM case_revisions",
            "DELETE FROM cases",
            "DELETE FROM audit",
            "UPDATE entries SET data = '{}'",
        ):
            with pytest.raises(dbapi2.IntegrityError):
                conn.execute(sql)
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] > 0
    finally:
        conn.close()


def test_a_case_under_investigation_cannot_be_erased(vault: Vault, clock: Any) -> None:
    _closed_case(vault, REF, CANARY, event="released_under_investigation")
    clock.now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    with pytest.raises(ValidationError) as refused:
        _erase(vault)
    assert [p.field for p in refused.value.problems] == ["investigation"]
    assert "under investigation or prosecution" in refused.value.problems[0].message
    assert "released_under_investigation, on 05/03/2026" in refused.value.problems[0].message
    assert vault.case_exists(REF)


def test_every_missing_confirmation_is_named_and_nothing_is_erased(erasable: Vault) -> None:
    with pytest.raises(ValidationError) as refused:
        _erase(erasable, reason="", typed_reference="HERON-007", no_proceedings_live=False)
    assert [p.field for p in refused.value.problems] == [
        "reason",
        "reference",
        "no_proceedings_live",
    ]
    assert "Type the case reference (HERON-0007)" in refused.value.problems[1].message
    assert erasable.case_exists(REF)


def test_an_open_case_or_one_not_yet_due_for_review_is_refused(vault: Vault, clock: Any) -> None:
    _closed_case(vault, REF, CANARY, event=None)
    with pytest.raises(ValidationError) as refused:
        _erase(vault)  # 20/11/2026: the review date is 01/12/2026
    assert [p.field for p in refused.value.problems] == ["retention_review_on"]
    assert "not due for retention review until 01/12/2026" in str(refused.value)
    # Erased in error before review, for another reason: allowed.
    _erase(vault, reason="created_in_error")
    assert not vault.case_exists(REF)
    vault.add_case(_case("SWIFT-0001", "Someone"))
    with pytest.raises(ValidationError) as refused:
        _erase(vault, "SWIFT-0001", reason="created_in_error")
    assert [p.field for p in refused.value.problems] == ["status"]


def test_importing_an_erased_reference_is_refused(erasable: Vault) -> None:
    doc = bundles.build_signed_bundle(erasable, REF, recipient="DC Jones", purpose="handover")
    data = bundles.encode_bundle(doc, None)
    _erase(erasable)
    with pytest.raises(BundleRefused, match=f"Case {REF} was erased from this vault on 02/12/2026"):
        bundles.review_bundle(erasable, data, None)
    assert not erasable.case_exists(REF)


def test_the_anchor_accepts_the_erasure_and_an_older_copy_is_reported(
    erasable: Vault, tmp_path: Path, clock: Any
) -> None:
    older = erasable.backup(tmp_path / "older.msvlo")
    _erase(erasable)
    path = erasable.path
    erasable.close()
    with Vault.open(path, PASSPHRASE, clock=clock) as reopened:
        assert reopened.rollback_warning is None
    # The older copy, still holding the erased case, put in the vault's place.
    path.unlink()
    older.rename(path)
    with Vault.open(path, PASSPHRASE, clock=clock) as copy:
        assert copy.rollback_warning is not None
        assert "older than the last one seen" in copy.rollback_warning


def test_erasure_before_the_newest_version_is_migrated(tmp_path: Path, clock: Any) -> None:
    """A vault made at version 4 gets the erasure-aware triggers on upgrade."""
    path = tmp_path / "v4.msvlo"
    conn = connect(path, PASSPHRASE, create=True)
    for number in range(1, 5):
        schema.MIGRATIONS[number](conn)
    conn.execute("PRAGMA user_version = 4")
    conn.execute(
        "INSERT INTO meta VALUES ('vault_id', 'abc'), ('created_at', '2026-01-01'),"
        " ('officer_name', 'A. Smith')"
    )
    conn.close()
    with Vault.open(path, PASSPHRASE, clock=clock) as v:
        assert schema.version(v.conn) == 5
        _closed_case(v, REF, CANARY, event=None)
        clock.now += timedelta(days=20)
        _erase(v)
        assert not v.case_exists(REF)


def test_a_reader_elsewhere_delays_only_the_emptying_of_the_log(erasable: Vault) -> None:
    reader = erasable.worker_connection()
    reader.conn.execute("BEGIN")
    reader.conn.execute("SELECT count(*) FROM entries").fetchone()  # a read in progress
    try:
        with pytest.raises(VaultError, match="Lock the vault to finish"):
            _erase(erasable)
        assert not erasable.case_exists(REF)  # the erasure itself stands
    finally:
        reader.conn.execute("COMMIT")
        reader.close()
    erasable.close()  # locking empties the write-ahead log
    assert not holds(erasable.path, CANARY)
