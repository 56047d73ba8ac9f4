"""Signing and checking compliance returns: the one place that knows how.

A return is signed like a case bundle: an Ed25519 signature, base64, over the RFC 8785
canonical JSON of the whole return without its ``signature`` field, made with the vault's
signing key. The return carries the signer's ``public_key`` (base64) and its fingerprint
(``vault``), so a supervisor can check it with no vault: the signature shows the return is
unchanged since the officer's vault made it, and the fingerprint, compared once with the
officer (as for bundles), shows whose vault that was.

:func:`vault_signer` is the only function that reaches for the vault's key; everything else
works through :class:`ReturnSigner` (sign bytes, public key, fingerprint).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.storage.vault import Vault

__all__ = [
    "ReturnSigner",
    "SignatureRefused",
    "canonical_json",
    "fingerprint",
    "sign_return",
    "vault_signer",
    "verify_return",
]

# Until the vault has a signing key of its own for bundles, returns are signed with a key
# kept in the vault's settings (inside the encrypted file). Made once, on the first return.
_KEY_SETTING = "compliance.signing_key"


class SignatureRefused(ValidationError):
    """The return's signature, public key or fingerprint does not check out."""


@dataclass(frozen=True)
class ReturnSigner:
    """What signing a return needs: a signing function and the key's public half."""

    sign: Callable[[bytes], bytes]
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")


def fingerprint(public_key: bytes) -> str:
    """``A1B2 C3D4 …``: the first 128 bits of SHA-256 over the raw key, eight groups of four
    hex digits to read aloud (as ``msvlo fingerprint`` prints a vault's key)."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def canonical_json(doc: Any) -> bytes:
    """RFC 8785 (JSON Canonicalization Scheme) bytes of ``doc``."""
    try:
        return bytes(rfc8785.dumps(doc))
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise SignatureRefused(f"cannot be put in canonical form ({exc}).", "signature") from None


def vault_signer(vault: Vault) -> ReturnSigner:
    """The vault's signing key as a :class:`ReturnSigner` (made and recorded on first use)."""
    stored = vault.get_setting(_KEY_SETTING)
    if stored is None:
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes_raw()
        vault.set_setting(_KEY_SETTING, base64.b64encode(raw).decode("ascii"))
        public = _public_bytes(private)
        vault.record_access("compliance signing key created", fingerprint=fingerprint(public))
    else:
        private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    return ReturnSigner(sign=private.sign, public_key=_public_bytes(private))


def _public_bytes(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign_return(body: dict[str, Any], signer: ReturnSigner) -> dict[str, Any]:
    """``body`` with ``public_key`` and ``vault`` (the fingerprint) set, then ``signature``
    over the canonical JSON of everything else."""
    doc = {k: v for k, v in body.items() if k != "signature"}
    doc["public_key"] = signer.public_key_b64
    doc["vault"] = signer.fingerprint
    signature = signer.sign(canonical_json(doc))
    return {**doc, "signature": base64.b64encode(signature).decode("ascii")}


def _unb64(text: object, length: int) -> bytes | None:
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    return raw if len(raw) == length else None


def verify_return(doc: dict[str, Any]) -> None:
    """Raise :class:`SignatureRefused` unless ``doc`` is signed by the key in its
    ``public_key``, and ``vault`` is that key's fingerprint."""
    public = _unb64(doc.get("public_key"), 32)
    if public is None:
        raise SignatureRefused("is not a base64 Ed25519 public key.", "public_key")
    if doc.get("vault") != fingerprint(public):
        raise SignatureRefused("is not the fingerprint of public_key.", "vault")
    signature = _unb64(doc.get("signature"), 64)
    if signature is None:
        raise SignatureRefused("is not a base64 Ed25519 signature.", "signature")
    body = {k: v for k, v in doc.items() if k != "signature"}
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, canonical_json(body))
    except InvalidSignature:
        raise SignatureRefused(
            "does not match: the return was changed after it was signed, or was not signed "
            "by the key in public_key.",
            "signature",
        ) from None
