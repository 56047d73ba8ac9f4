"""The vault's signing keys and the senders it knows (trust on first use).

The vault's Ed25519 key is made the first time it is needed (an export or ``fingerprint``)
and kept in ``signing_keys`` inside the encrypted file, marked as training in a training
vault. Replacing it (``msvlo rekey --new-signing-key``)
adds a new key signed by the old one and retires the old one; the history stays, so bundles
signed later carry the chain back to every earlier key. A backup made before the change holds
only the old key, under the passphrase the backup was made with.

``known_senders`` remembers each sender's officer name and key the first time a bundle from
them is accepted, as SSH remembers a host: a later bundle under the same name with another
key is shown as a changed key (refused by the command line unless the officer accepts it),
unless the known key itself signed the new one.
"""

from __future__ import annotations

import base64
import itertools
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from msvlo_desktop.core.signing import (
    KeyLink,
    Origin,
    endorse_key,
    fingerprint,
    new_private_key,
    public_key_of,
    verify_key_links,
)
from msvlo_desktop.core.values import iso

if TYPE_CHECKING:
    from msvlo_desktop.storage.vault import Vault

__all__ = [
    "KEY_CHANGED",
    "KEY_REPLACED",
    "KNOWN",
    "NEW_SENDER",
    "SenderCheck",
    "SigningKey",
    "check_sender",
    "key_history",
    "remember_sender",
    "replace_signing_key",
    "signing_key",
]

# What a receiving vault knows of a bundle's signer.
KNOWN = "known"  # this officer's bundles came with this key before
NEW_SENDER = "new"  # no bundle from this officer before: check the fingerprint by phone
KEY_CHANGED = "changed"  # this officer's bundles came with another key before
KEY_REPLACED = "replaced"  # another key before, and that key signed this one


@dataclass(frozen=True)
class SigningKey:
    private_key: bytes
    public_key: bytes
    created_at: datetime
    training: bool
    endorsement: bytes | None  # the previous key's signature over this one

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")


@dataclass(frozen=True)
class SenderCheck:
    status: str  # KNOWN, NEW_SENDER, KEY_CHANGED or KEY_REPLACED
    known_fingerprints: tuple[str, ...]  # the keys this vault knew for the officer

    def message(self, officer: str) -> str:
        """One plain sentence for the officer deciding whether to import."""
        if self.status == KNOWN:
            return f"Known sender: earlier bundles from {officer} came with this same key."
        if self.status == KEY_REPLACED:
            return (
                f"{officer} has replaced their signing key; the key this vault knew for them "
                f"({self.known_fingerprints[-1]}) signed the new one."
            )
        if self.status == KEY_CHANGED:
            return (
                f"WARNING: the key has changed. Earlier bundles from {officer} came with the key "
                f"{self.known_fingerprints[-1]}, and nothing links it to this one. Someone else "
                "may have made this bundle: phone the sender on a number you already know and "
                "compare the fingerprint before accepting it."
            )
        return (
            f"New sender: no bundle from {officer} was imported before. Phone the sender on a "
            "number you already know and compare the fingerprint."
        )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _rows(vault: Vault) -> list[SigningKey]:
    rows = vault.conn.execute(
        "SELECT private_key, public_key, created_at, training, endorsement FROM signing_keys"
        " ORDER BY id"
    ).fetchall()
    return [
        SigningKey(
            bytes(private),
            base64.b64decode(public),
            datetime.fromisoformat(created),
            bool(training),
            base64.b64decode(endorsement) if endorsement else None,
        )
        for private, public, created, training, endorsement in rows
    ]


def key_history(vault: Vault) -> list[SigningKey]:
    """Every signing key this vault has had, oldest first (the last is in use)."""
    with vault._mutex:
        return _rows(vault)


def signing_key(vault: Vault) -> SigningKey:
    """The vault's signing key in use, made (and recorded in the audit log) if it has none."""
    with vault._mutex:
        keys = _rows(vault)
        if keys:
            return keys[-1]
        with vault._tx("The signing key"):
            key = _insert(vault, new_private_key(), None)
            vault._audit(
                "access",
                "signing key created",
                fingerprint=key.fingerprint,
                training=key.training,
            )
        return key


def _insert(vault: Vault, private_key: bytes, endorsement: bytes | None) -> SigningKey:
    public = public_key_of(private_key)
    now = vault.clock()
    vault.conn.execute(
        "INSERT INTO signing_keys (created_at, private_key, public_key, fingerprint, training,"
        " endorsement) VALUES (?, ?, ?, ?, ?, ?)",
        (
            iso(now),
            private_key,
            _b64(public),
            fingerprint(public),
            int(vault.is_training),
            _b64(endorsement) if endorsement else None,
        ),
    )
    return SigningKey(private_key, public, now, vault.is_training, endorsement)


def replace_signing_key(vault: Vault) -> SigningKey:
    """A new signing key, signed by the one it replaces; the old one is kept as history."""
    old = signing_key(vault)
    with vault._mutex, vault._tx("The new signing key"):
        private = new_private_key()
        key = _insert(vault, private, endorse_key(old.private_key, public_key_of(private)))
        vault.conn.execute(
            "UPDATE signing_keys SET retired_at = ? WHERE public_key = ?",
            (iso(vault.clock()), old.public_key_b64),
        )
        vault._audit(
            "access",
            "signing key replaced",
            old_fingerprint=old.fingerprint,
            fingerprint=key.fingerprint,
        )
    return key


def previous_key_links(vault: Vault) -> tuple[KeyLink, ...]:
    """The chain a bundle carries: each older key with its signature over the next one."""
    keys = key_history(vault)
    links: list[KeyLink] = []
    for older, newer in itertools.pairwise(keys):
        if newer.endorsement is None:  # a break in the history: older keys cannot be linked
            links = []
            continue
        links.append(KeyLink(older.public_key, newer.endorsement))
    return tuple(links)


def check_sender(vault: Vault, origin: Origin) -> SenderCheck:
    """What this vault knows of the key that signed a bundle from ``origin.officer``."""
    with vault._mutex:
        # The key in use last (not replaced) sorts last.
        rows = vault.conn.execute(
            "SELECT public_key, fingerprint FROM known_senders WHERE officer = ?"
            " ORDER BY replaced_at IS NULL, last_seen, id",
            (origin.officer,),
        ).fetchall()
    if not rows:
        return SenderCheck(NEW_SENDER, ())
    known = tuple(str(fp) for _, fp in rows)
    current = _b64(origin.public_key)
    latest = str(rows[-1][0])
    if latest == current:
        return SenderCheck(KNOWN, known)
    known = tuple(fp for fp in known if fp != origin.fingerprint)
    links = origin.previous_keys
    chain_keys = [_b64(link.public_key) for link in links]
    if latest in chain_keys and verify_key_links(links, origin.public_key):
        return SenderCheck(KEY_REPLACED, known)
    return SenderCheck(KEY_CHANGED, known)


def remember_sender(vault: Vault, origin: Origin, now: datetime) -> None:
    """Record ``origin``'s officer and key as known; the caller owns the transaction."""
    key = _b64(origin.public_key)
    stamp = iso(now)
    vault.conn.execute(
        "UPDATE known_senders SET replaced_at = ? WHERE officer = ? AND public_key != ?"
        " AND replaced_at IS NULL",
        (stamp, origin.officer, key),
    )
    vault.conn.execute(
        "INSERT INTO known_senders (officer, public_key, fingerprint, first_seen, last_seen)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (officer, public_key) DO UPDATE SET"
        " last_seen = excluded.last_seen, replaced_at = NULL",
        (origin.officer, key, origin.fingerprint, stamp, stamp),
    )
