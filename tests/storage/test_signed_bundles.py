"""Signed and sealed bundles between vaults: who sent it, what changed, and nothing written
when anything is wrong (storage/bundles.py, storage/keys.py, schema version 4)."""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from storage_samples import add_sample_case

from msvlo_desktop.core import seal
from msvlo_desktop.core.bundle import BundleError, dump_bundle
from msvlo_desktop.core.signing import canonical_json, sign_document
from msvlo_desktop.storage import schema
from msvlo_desktop.storage.bundles import (
    BundleRefused,
    PasswordNeeded,
    build_signed_bundle,
    encode_bundle,
    handed_over,
    import_reviewed,
    imported_unverified,
    read_bundle_file,
    record_export,
    review_bundle,
)
from msvlo_desktop.storage.errors import CaseExists
from msvlo_desktop.storage.keys import (
    KEY_CHANGED,
    KEY_REPLACED,
    KNOWN,
    NEW_SENDER,
    key_history,
    replace_signing_key,
    signing_key,
)
from msvlo_desktop.storage.vault import Officer, Vault

PASSPHRASE = "correct horse battery staple"
PASSWORD = "amber lighthouse quietly seven"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
SMITH = Officer("A. Smith", "PC 1234", "Example")
JONES = Officer("B. Jones", "DC 77", "Example")
NAME = "Nguyễn Thị Hương"
REF = "KESTREL-0042"


@pytest.fixture(autouse=True)
def _cheap_seal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(seal, "WORK_FACTOR", 10)
    yield


def _vault(path: Path, officer: Officer = SMITH, training: bool = False) -> Vault:
    return Vault.create(path, PASSPHRASE, officer, clock=lambda: NOW, training=training)


@pytest.fixture
def sender(tmp_path: Path) -> Iterator[Vault]:
    with _vault(tmp_path / "sender.msvlo") as v:
        add_sample_case(v)
        yield v


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Vault]:
    with _vault(tmp_path / "receiver.msvlo", JONES) as v:
        yield v


def _state(vault: Vault) -> tuple[Any, ...]:
    """Everything an import would change."""
    return (
        [c.reference for c in vault.list_cases()],
        len(vault.audit_records()),
        vault.conn.execute("SELECT count(*) FROM known_senders").fetchone()[0],
        vault.conn.execute("SELECT count(*) FROM imported_bundles").fetchone()[0],
    )


def _import(vault: Vault, data: bytes, password: str | None = None, **options: Any) -> Any:
    return import_reviewed(vault, review_bundle(vault, data, password), **options)


def test_schema_version_4_keeps_keys_senders_and_imports() -> None:
    assert schema.LATEST >= 4  # version 5 (erasure) came after
    names = " ".join(schema.V4.split())
    for table in ("signing_keys", "known_senders", "imported_bundles"):
        assert f"CREATE TABLE {table}" in names


def test_the_signing_key_lives_in_the_vault_and_is_made_once(sender: Vault) -> None:
    key = signing_key(sender)
    assert signing_key(sender) == key
    assert [a.action for a in sender.audit_records()].count("signing key created") == 1
    stored = sender.conn.execute("SELECT private_key FROM signing_keys").fetchall()
    assert [bytes(r[0]) for r in stored] == [key.private_key]
    assert key.private_key not in sender.path.read_bytes()  # encrypted at rest


def test_a_sealed_bundle_round_trip(sender: Vault, receiver: Vault) -> None:
    doc = build_signed_bundle(sender, REF, recipient="DC 77 B. Jones", purpose="handover")
    assert set(doc) == {"format", "version", "case", "origin", "signature"}
    assert doc["origin"]["fingerprint"] == signing_key(sender).fingerprint
    data = encode_bundle(doc, PASSWORD)
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert NAME.encode(encoding) not in data
    assert b"07700" not in data and REF.encode() not in data
    review = review_bundle(receiver, data, PASSWORD)
    assert review.sealed and review.sender is not None and review.sender.status == NEW_SENDER
    assert review.origin is not None and review.origin.officer == "PC 1234 A. Smith, Example"
    parsed = import_reviewed(receiver, review, source="x.msvlo-bundle")
    assert receiver.chain_head(REF) == sender.chain_head(REF)
    assert [e.to_json() for e in receiver.entries(REF)] == [
        e.to_json() for e in sender.entries(REF)
    ]
    assert parsed.head == doc["case"]["integrity"]["head"]
    assert not imported_unverified(receiver, REF)
    record = receiver.audit_records()[-1]
    assert record.action == "case imported" and record.details["verified"] is True
    assert record.details["bundle_id"] == doc["origin"]["bundle_id"]
    assert record.details["fingerprint"] == doc["origin"]["fingerprint"]


def test_a_sealed_bundle_needs_its_password(sender: Vault, receiver: Vault) -> None:
    data = encode_bundle(build_signed_bundle(sender, REF, recipient="x", purpose="y"), PASSWORD)
    before = _state(receiver)
    with pytest.raises(PasswordNeeded):
        review_bundle(receiver, data, None)
    with pytest.raises(BundleRefused, match="password is wrong"):
        review_bundle(receiver, data, "not the password at all")
    assert _state(receiver) == before


def test_a_flipped_byte_anywhere_in_a_sealed_bundle_is_refused(
    sender: Vault, receiver: Vault
) -> None:
    data = encode_bundle(build_signed_bundle(sender, REF, recipient="x", purpose="y"), PASSWORD)
    before = _state(receiver)
    step = max(1, len(data) // 40)
    for i in [*range(0, 120, 3), *range(120, len(data), step), len(data) - 1]:
        flipped = data[:i] + bytes([data[i] ^ 0x20]) + data[i + 1 :]
        with pytest.raises((BundleRefused, BundleError)):
            _import(receiver, flipped, PASSWORD)
    assert _state(receiver) == before


def _edits() -> list[tuple[str, Any]]:
    def victim_name(d: dict[str, Any]) -> None:
        d["case"]["victim"]["name"] = "Someone Else"

    def phone(d: dict[str, Any]) -> None:
        d["case"]["victim"]["safe_contact"]["phone"] = "07700 900999"

    def entry_and_head(d: dict[str, Any]) -> None:
        d["case"]["log"][0]["summary"] = "Changed"
        del d["case"]["integrity"]  # as if the head were recomputed

    def origin(d: dict[str, Any]) -> None:
        d["origin"]["recipient"] = "Someone else"

    def added(d: dict[str, Any]) -> None:
        d["case"]["review_on"] = None

    return [
        ("victim name", victim_name),
        ("phone", phone),
        ("entry and head", entry_and_head),
        ("origin", origin),
        ("added field", added),
    ]


@pytest.mark.parametrize(("what", "edit"), _edits(), ids=[w for w, _ in _edits()])
def test_an_edit_anywhere_in_a_plain_bundle_is_refused(
    sender: Vault, receiver: Vault, what: str, edit: Any
) -> None:
    doc = build_signed_bundle(sender, REF, recipient="x", purpose="y")
    tampered = copy.deepcopy(doc)
    edit(tampered)
    before = _state(receiver)
    with pytest.raises(BundleError) as caught:
        _import(receiver, dump_bundle(tampered))
    assert caught.value.problems[0].field == "signature", what
    assert _state(receiver) == before
    # Re-signing with another key gives a valid bundle from a different key: see senders.


def test_a_flipped_byte_in_a_plain_bundle_is_refused(sender: Vault, receiver: Vault) -> None:
    data = dump_bundle(build_signed_bundle(sender, REF, recipient="x", purpose="y"))
    original = json.loads(data)
    before = _state(receiver)
    for i in range(0, len(data), max(1, len(data) // 80)):
        flipped = data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :]
        try:
            review_bundle(receiver, flipped, None)
        except (BundleError, BundleRefused):
            continue
        # Only a flip in insignificant whitespace leaves a bundle that still verifies.
        assert json.loads(flipped) == original, i
    assert _state(receiver) == before


def test_an_unsigned_bundle_needs_consent_and_is_marked(sender: Vault, receiver: Vault) -> None:
    doc = build_signed_bundle(sender, REF, recipient="x", purpose="y")
    del doc["signature"]
    before = _state(receiver)
    with pytest.raises(BundleRefused, match="no signature"):
        _import(receiver, dump_bundle(doc))
    assert _state(receiver) == before
    parsed = _import(receiver, dump_bundle(doc), allow_unsigned=True)
    assert parsed.origin is None
    assert imported_unverified(receiver, REF)
    # The log is imported exactly as it was: same chain head as the sender's.
    assert receiver.chain_head(REF) == sender.chain_head(REF)
    record = receiver.audit_records()[-1]
    assert record.action == "case imported unverified" and record.details["verified"] is False


def test_a_known_senders_changed_key_is_refused_unless_accepted(
    tmp_path: Path, sender: Vault, receiver: Vault
) -> None:
    first = build_signed_bundle(sender, REF, recipient="x", purpose="y")
    _import(receiver, dump_bundle(first))
    # Someone else's vault, under the same officer's name, with its own key.
    with _vault(tmp_path / "impostor.msvlo") as impostor:
        add_sample_case(impostor, "KESTREL-0043")
        forged = build_signed_bundle(impostor, "KESTREL-0043", recipient="x", purpose="y")
    review = review_bundle(receiver, dump_bundle(forged), None)
    assert review.sender is not None and review.sender.status == KEY_CHANGED
    assert "key has changed" in review.sender.message("PC 1234 A. Smith, Example")
    before = _state(receiver)
    with pytest.raises(BundleRefused, match="has changed since their last bundle"):
        import_reviewed(receiver, review)
    assert _state(receiver) == before
    import_reviewed(receiver, review, accept_new_key=True)
    assert receiver.case_exists("KESTREL-0043")
    # The accepted key is now the one known for that name; the first key is now "changed".
    add_sample_case(sender, "KESTREL-0044")
    later = build_signed_bundle(sender, "KESTREL-0044", recipient="x", purpose="y")
    status = review_bundle(receiver, dump_bundle(later), None).sender
    assert status is not None and status.status == KEY_CHANGED


def test_a_key_replaced_by_the_sender_is_followed(
    tmp_path: Path, sender: Vault, receiver: Vault
) -> None:
    add_sample_case(sender, "KESTREL-0043")
    _import(receiver, dump_bundle(build_signed_bundle(sender, REF, recipient="x", purpose="y")))
    old = signing_key(sender)
    new = replace_signing_key(sender)
    assert [k.fingerprint for k in key_history(sender)] == [old.fingerprint, new.fingerprint]
    doc = build_signed_bundle(sender, "KESTREL-0043", recipient="x", purpose="y")
    assert doc["origin"]["previous_keys"][0]["public_key"] == old.public_key_b64
    review = review_bundle(receiver, dump_bundle(doc), None)
    assert review.sender is not None and review.sender.status == KEY_REPLACED
    import_reviewed(receiver, review)
    assert receiver.case_exists("KESTREL-0043")


def test_a_known_sender_is_known(tmp_path: Path, sender: Vault, receiver: Vault) -> None:
    add_sample_case(sender, "KESTREL-0043")
    _import(receiver, dump_bundle(build_signed_bundle(sender, REF, recipient="x", purpose="y")))
    doc = build_signed_bundle(sender, "KESTREL-0043", recipient="x", purpose="y")
    review = review_bundle(receiver, dump_bundle(doc), None)
    assert review.sender is not None and review.sender.status == KNOWN


def test_a_rotation_survives_rekey_and_a_backup_before_holds_only_the_old_key(
    tmp_path: Path, sender: Vault
) -> None:
    old = signing_key(sender)
    backup = sender.backup(tmp_path / "before.msvlo")
    replace_signing_key(sender)
    sender.rekey("violin harbour marmalade 42")
    assert len(key_history(sender)) == 2
    with Vault.open(backup, PASSPHRASE) as copy_before:
        assert [k.fingerprint for k in key_history(copy_before)] == [old.fingerprint]


def test_a_training_key_is_refused_by_a_real_vault(tmp_path: Path, receiver: Vault) -> None:
    with _vault(tmp_path / "training.msvlo", training=True) as training:
        add_sample_case(training)
        assert signing_key(training).training
        doc = build_signed_bundle(training, REF, recipient="x", purpose="y")
    assert doc["origin"]["training"] is True
    before = _state(receiver)
    with pytest.raises(BundleRefused, match="training"):
        _import(receiver, dump_bundle(doc))
    assert _state(receiver) == before
    # Dropping the mark breaks the signature.
    del doc["origin"]["training"]
    with pytest.raises(BundleError, match="changed after it was signed"):
        _import(receiver, dump_bundle(doc))


def test_replays_are_refused(sender: Vault, receiver: Vault) -> None:
    doc = build_signed_bundle(sender, REF, recipient="x", purpose="y")
    _import(receiver, dump_bundle(doc))
    with pytest.raises(CaseExists):
        _import(receiver, dump_bundle(doc))
    # The same bundle under another reference is a different document: its signature fails;
    # the same bundle id in a newly signed bundle is refused as already imported.
    key = signing_key(sender)
    other = copy.deepcopy(doc)
    other["case"]["reference"] = "KESTREL-0099"
    del other["case"]["integrity"]
    resigned = sign_document(other, key.private_key)
    with pytest.raises(BundleRefused, match="already imported"):
        _import(receiver, dump_bundle(resigned))


def test_export_record_and_handover(sender: Vault) -> None:
    doc = build_signed_bundle(sender, REF, recipient="DC 77 B. Jones", purpose="handover")
    record_export(sender, doc, sealed=True, handover=True)
    actions = [(r.action, r.details.get("bundle_id")) for r in sender.audit_records()[-2:]]
    bundle_id = doc["origin"]["bundle_id"]
    assert actions == [("case bundle exported", bundle_id), ("case handed over", bundle_id)]
    assert handed_over(sender) == {REF}


def test_the_signature_is_over_the_canonical_document(sender: Vault) -> None:
    doc = build_signed_bundle(sender, REF, recipient="x", purpose="y")
    body = {k: v for k, v in doc.items() if k != "signature"}
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(doc["origin"]["public_key"]))
    public.verify(base64.b64decode(doc["signature"]), canonical_json(body))


def test_bundle_files_are_regular_files_read_within_the_cap(tmp_path: Path) -> None:
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(BundleRefused, match="not a regular file"):
        read_bundle_file(link)
    with pytest.raises(BundleRefused, match="folder"):
        read_bundle_file(tmp_path)
    with pytest.raises(BundleRefused, match="no file"):
        read_bundle_file(tmp_path / "none.json")
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(256 * 1024 * 1024 + 1)  # sparse: no disk used
    with pytest.raises(BundleRefused, match="larger than 256 MB"):
        read_bundle_file(big)
    ok = tmp_path / "ok.json"
    ok.write_bytes(b"{}")
    assert read_bundle_file(ok) == b"{}"


def test_the_unverified_mark_is_on_the_reports_cover(sender: Vault, receiver: Vault) -> None:
    import io

    import pypdf

    from msvlo_desktop.reports.case_report import build_case_report
    from msvlo_desktop.services.reports import gather_report_data

    doc = build_signed_bundle(sender, REF, recipient="x", purpose="y")
    del doc["signature"]
    _import(receiver, dump_bundle(doc), allow_unsigned=True)
    data = gather_report_data(receiver, REF)
    assert data.imported_unverified
    assert not gather_report_data(sender, REF).imported_unverified
    pdf = build_case_report(data, recipient="DS R. Patel", purpose="file review").pdf_bytes
    first = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Imported unverified" in " ".join(first.split())
