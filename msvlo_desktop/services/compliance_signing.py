"""Signing and checking compliance returns: the one place that knows how.

A return is signed as a case bundle is: an Ed25519 signature, base64, over the RFC 8785
canonical JSON (``core.signing.canonical_json``) of the whole return without its
``signature`` field, made with the vault's signing key (``storage.keys``: the key its
bundles carry, so ``msvlo fingerprint`` prints the same fingerprint). The return carries the
signer's ``public_key`` (base64) and its fingerprint (``vault``), so a supervisor can check it
with no vault: the signature shows the return is unchanged since the officer's vault made it,
and the fingerprint, compared once with the officer (as for bundles), shows whose vault that
was.

:func:`vault_signer` is the only function that reaches for the vault's key; everything else
works through :class:`ReturnSigner` (sign bytes, public key, fingerprint).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from msvlo_desktop.core import signing
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.storage.keys import signing_key
from msvlo_desktop.storage.vault import Vault

__all__ = [
    "ReturnSigner",
    "SignatureRefused",
    "canonical_json",
    "sign_return",
    "vault_signer",
    "verify_return",
]


class SignatureRefused(ValidationError):
    """The return's signature, public key or fingerprint does not check out."""


@dataclass(frozen=True)
class ReturnSigner:
    """What signing a return needs: a signing function and the key's public half."""

    sign: Callable[[bytes], bytes]
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.public_key)

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")


def canonical_json(doc: Any) -> bytes:
    """RFC 8785 (JSON Canonicalization Scheme) bytes of ``doc``, as bundles are signed."""
    try:
        return signing.canonical_json(doc)
    except signing.SignatureError as exc:
        raise SignatureRefused(exc.problems[0].message, "signature") from None


def vault_signer(vault: Vault) -> ReturnSigner:
    """The vault's signing key (made, and recorded in the audit log, if it has none yet)."""
    key = signing_key(vault)
    return ReturnSigner(
        sign=Ed25519PrivateKey.from_private_bytes(key.private_key).sign,
        public_key=key.public_key,
    )


def sign_return(body: dict[str, Any], signer: ReturnSigner) -> dict[str, Any]:
    """``body`` with ``public_key`` and ``vault`` (the fingerprint) set, then ``signature``
    over the canonical JSON of everything else."""
    doc = {k: v for k, v in body.items() if k != "signature"}
    doc["public_key"] = signer.public_key_b64
    doc["vault"] = signer.fingerprint
    signature = signer.sign(canonical_json(doc))
    return {**doc, "signature": base64.b64encode(signature).decode("ascii")}


def verify_return(doc: dict[str, Any]) -> None:
    """Raise :class:`SignatureRefused` unless ``doc`` is signed by the key in its
    ``public_key``, and ``vault`` is that key's fingerprint."""
    public = signing.decode_b64(doc.get("public_key"), 32)
    if public is None:
        raise SignatureRefused("is not a base64 Ed25519 public key.", "public_key")
    if doc.get("vault") != signing.fingerprint(public):
        raise SignatureRefused("is not the fingerprint of public_key.", "vault")
    if signing.decode_b64(doc.get("signature"), 64) is None:
        raise SignatureRefused("is not a base64 Ed25519 signature.", "signature")
    try:
        signing.verify_document(doc, public)
    except signing.SignatureError:
        raise SignatureRefused(
            "does not match: the return was changed after it was signed, or was not signed "
            "by the key in public_key.",
            "signature",
        ) from None
