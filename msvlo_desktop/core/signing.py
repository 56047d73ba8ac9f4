"""Who exported a bundle: Ed25519 signing keys, fingerprints and the bundle's ``origin``.

Every vault has a signing key (kept inside the encrypted vault, storage/keys.py). An export
puts ``origin`` (officer, public key, fingerprint, when, for whom, why, a bundle id) at the
top of the bundle and signs the RFC 8785 canonical JSON of the whole bundle without its
``signature`` field, so any change anywhere in the file (a name, a phone number, an entry,
the origin itself) fails the check.

A signature proves which *key* signed, never which person: the receiver compares the
fingerprint with the sender by phone the first time, and the vault remembers the key
(known senders) so a later change of key is noticed. A key can be replaced: the old key
signs the new one (``origin.previous_keys``), so a receiver who knew the old key can follow
the change without a new phone check. The fingerprint is the first 128 bits of SHA-256 over
the raw public key, as eight groups of four hex digits, to be read aloud.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.values import in_date_window, short_text

__all__ = [
    "ORIGIN_FIELDS",
    "KeyLink",
    "Origin",
    "SignatureError",
    "canonical_json",
    "decode_b64",
    "endorse_key",
    "fingerprint",
    "new_private_key",
    "parse_origin",
    "public_key_of",
    "sign_document",
    "verify_document",
    "verify_key_links",
]

ORIGIN_FIELDS = (
    "officer",
    "public_key",
    "fingerprint",
    "exported_at",
    "recipient",
    "purpose",
    "bundle_id",
)
# Optional: ``training`` (true for a training vault's key, refused by a real vault) and
# ``previous_keys`` (the chain of endorsements from older keys of the same vault).
_OPTIONAL_ORIGIN = ("training", "previous_keys")
_ENDORSEMENT_CONTEXT = b"msvlo signing key replaced v1\n"


class SignatureError(ValidationError):
    """The signature or the origin does not verify; nothing has been written."""


@dataclass(frozen=True)
class KeyLink:
    """An older key of the sender's vault and its signature over the key that replaced it."""

    public_key: bytes
    endorsement: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class Origin:
    officer: str
    public_key: bytes
    fingerprint: str
    exported_at: datetime
    recipient: str
    purpose: str
    bundle_id: str
    training: bool = False
    previous_keys: tuple[KeyLink, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "officer": self.officer,
            "public_key": _b64(self.public_key),
            "fingerprint": self.fingerprint,
            "exported_at": self.exported_at.isoformat(),
            "recipient": self.recipient,
            "purpose": self.purpose,
            "bundle_id": self.bundle_id,
        }
        if self.training:
            out["training"] = True
        if self.previous_keys:
            out["previous_keys"] = [
                {"public_key": _b64(k.public_key), "endorsement": _b64(k.endorsement)}
                for k in self.previous_keys
            ]
        return out


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object, length: int | None) -> bytes | None:
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    if length is not None and len(raw) != length:
        return None
    # One spelling only: the unused low bits of the last digit could otherwise be changed
    # without changing the bytes, so an edited signature or key would still be accepted.
    if _b64(raw) != text:
        return None
    return raw


def decode_b64(text: object, length: int | None = None) -> bytes | None:
    """The bytes of canonical base64 ``text`` (of ``length`` bytes when given), else None:
    every signed document (bundles, compliance returns) reads its keys and signatures so."""
    return _unb64(text, length)


def canonical_json(doc: Any) -> bytes:
    """RFC 8785 (JSON Canonicalization Scheme) bytes of ``doc``."""
    try:
        return bytes(rfc8785.dumps(doc))
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise SignatureError(
            f"The bundle cannot be put in canonical form to check its signature ({exc})."
        ) from None


def new_private_key() -> bytes:
    """A new Ed25519 private key, as its 32 raw bytes."""
    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_key_of(private_key: bytes) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(private_key).public_key()
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """``A1B2 C3D4 …``: eight groups of four hex digits, to compare by phone."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def sign_document(doc: dict[str, Any], private_key: bytes) -> dict[str, Any]:
    """``doc`` with ``signature`` set over its canonical JSON without ``signature``."""
    body = {k: v for k, v in doc.items() if k != "signature"}
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(canonical_json(body))
    return {**body, "signature": _b64(signature)}


def verify_document(doc: dict[str, Any], public_key: bytes) -> None:
    """Raise :class:`SignatureError` unless ``doc['signature']`` is ``public_key``'s signature
    over the canonical JSON of ``doc`` without ``signature``."""
    signature = _unb64(doc.get("signature"), 64)
    if signature is None:
        raise SignatureError("is not a base64 Ed25519 signature (64 bytes).", "signature")
    body = {k: v for k, v in doc.items() if k != "signature"}
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, canonical_json(body))
    except InvalidSignature:
        raise SignatureError(
            "does not match the bundle: the file was changed after it was signed, or it was "
            "not signed by the key in origin.public_key.",
            "signature",
        ) from None


def endorse_key(old_private_key: bytes, new_public_key: bytes) -> bytes:
    """The old key's signature over the key that replaces it."""
    return Ed25519PrivateKey.from_private_bytes(old_private_key).sign(
        _ENDORSEMENT_CONTEXT + new_public_key
    )


def verify_key_links(links: tuple[KeyLink, ...], current: bytes) -> bool:
    """Whether each older key signed the next one, the last signing ``current``."""
    for i, link in enumerate(links):
        following = links[i + 1].public_key if i + 1 < len(links) else current
        try:
            Ed25519PublicKey.from_public_bytes(link.public_key).verify(
                link.endorsement, _ENDORSEMENT_CONTEXT + following
            )
        except (InvalidSignature, ValueError):
            return False
    return True


def parse_origin(raw: Any) -> Origin:
    """Validate the ``origin`` object of a bundle. Raises :class:`SignatureError`."""
    if not isinstance(raw, dict):
        raise SignatureError("must be an object naming who exported the bundle.", "origin")
    problems: list[Problem] = []
    for key in raw:
        if key not in ORIGIN_FIELDS and key not in _OPTIONAL_ORIGIN:
            problems.append(Problem(f"origin.{key}", "is not a field of origin."))
    shape = []
    for key in ORIGIN_FIELDS:
        if key not in raw:
            shape.append(Problem(f"origin.{key}", "is missing."))
        elif not isinstance(raw[key], str):
            shape.append(Problem(f"origin.{key}", "must be text."))
    if shape:
        raise SignatureError(problems + shape)
    officer = raw["officer"].strip()
    if not officer:
        problems.append(Problem("origin.officer", "must name the exporting officer."))
    for key in ("recipient", "purpose") if not officer else ("officer", "recipient", "purpose"):
        # The sender chooses this text and signs it with their own key, and the receiver reads
        # it beside the fingerprint: one line of plain text, as a name in a case is, so no
        # line break, terminal escape or direction override can forge or hide that line.
        try:
            short_text(raw[key], f"origin.{key}")
        except ValidationError as exc:
            problems.extend(
                Problem(f"origin.{key}", _without_label(p.message)) for p in exc.problems
            )
    public_key = _unb64(raw["public_key"], 32)
    if public_key is None:
        problems.append(Problem("origin.public_key", "is not a base64 Ed25519 public key."))
    elif raw["fingerprint"] != fingerprint(public_key):
        problems.append(Problem("origin.fingerprint", "does not belong to origin.public_key."))
    try:
        exported_at = datetime.fromisoformat(raw["exported_at"])
        if exported_at.tzinfo is None:
            problems.append(Problem("origin.exported_at", "must give its UTC offset."))
        else:
            # As written and in UTC (how the import records it): within the date window.
            in_date_window(exported_at, "origin.exported_at")
            in_date_window(exported_at.astimezone(UTC), "origin.exported_at")
    except ValidationError as exc:
        problems.extend(
            Problem("origin.exported_at", _without_label(p.message)) for p in exc.problems
        )
    except ValueError:
        problems.append(Problem("origin.exported_at", "is not an ISO 8601 date and time."))
    try:
        if str(uuid.UUID(raw["bundle_id"])) != raw["bundle_id"]:
            raise ValueError
    except ValueError:
        problems.append(Problem("origin.bundle_id", "is not a UUID in its usual form."))
    training = raw.get("training", False)
    if not isinstance(training, bool):
        problems.append(Problem("origin.training", "must be true or false."))
    links = _parse_links(raw.get("previous_keys", []), problems)
    if problems:
        raise SignatureError(problems)
    assert public_key is not None
    return Origin(
        officer=officer,
        public_key=public_key,
        fingerprint=raw["fingerprint"],
        exported_at=exported_at,
        recipient=raw["recipient"],
        purpose=raw["purpose"],
        bundle_id=raw["bundle_id"],
        training=training,
        previous_keys=links,
    )


def _without_label(message: str) -> str:
    # short_text's message starts with the label, which the problem's field already names.
    return message.split(" ", 1)[1] if message.startswith("origin.") else message


def _parse_links(raw: Any, problems: list[Problem]) -> tuple[KeyLink, ...]:
    if not isinstance(raw, list) or len(raw) > 100:
        problems.append(Problem("origin.previous_keys", "must be a list of older keys."))
        return ()
    links = []
    for i, item in enumerate(raw):
        where = f"origin.previous_keys[{i}]"
        if not isinstance(item, dict) or set(item) != {"public_key", "endorsement"}:
            problems.append(Problem(where, 'must be {"public_key": ..., "endorsement": ...}.'))
            continue
        key = _unb64(item["public_key"], 32)
        endorsement = _unb64(item["endorsement"], 64)
        if key is None or endorsement is None:
            problems.append(Problem(where, "holds a key or signature that is not valid base64."))
            continue
        links.append(KeyLink(key, endorsement))
    return tuple(links)
