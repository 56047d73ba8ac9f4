"""The vault's part that compares it with this computer's rollback anchor at unlock.

The anchor itself (what it records, where, under which key) is storage/anchor.py; keeping it
up to date after each write is :meth:`VaultCore.record_anchor`. This part reads it when the
vault is unlocked, sets :attr:`VaultCore.rollback_warning`, and lets the officer accept an
older copy on purpose.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Self

from sqlcipher3 import dbapi2

from msvlo_desktop.storage.anchor import VAULT_KEY_BYTES, Anchor, Reading, new_vault_key
from msvlo_desktop.storage.connection import transaction
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault_core import ANCHOR_FLUSH_SECONDS, VaultCore

__all__ = ["ANCHOR_KEY_META", "VaultAnchor"]

# The meta row holding the rollback anchor's key (storage/anchor.py).
ANCHOR_KEY_META = "anchor_key"


class VaultAnchor(VaultCore):
    """Unlock's comparison with this computer's anchor, and accepting an older copy."""

    def _start_anchor(
        self, anchor_dir: Path | str | None, passphrase: str, *, new: bool = False
    ) -> Self:
        """Read this computer's anchor, set :attr:`rollback_warning`, and record the vault
        now unless a warning stands. A ``new`` vault has no anchor yet to read."""
        if not self.vault_id:
            return self
        try:
            key = self._anchor_key()
            if new:
                anchor = Anchor.fresh(anchor_dir, self.vault_id, passphrase, key)
                reading = Reading()
            else:
                anchor, reading = Anchor.unlock(anchor_dir, self.vault_id, passphrase, key)
            warning = reading.problem
            with self._mutex:
                self._anchor = anchor
                try:
                    state = anchor.heads.read_all(self.conn)
                    if warning is None and reading.recorded is not None:
                        warning = anchor.compare(
                            reading.recorded, state, self._head_lookup(state), self._audit_hash_at
                        )
                except dbapi2.DatabaseError:
                    # A damaged page: the vault still opens so what is intact can be read
                    # and verify() names the damage; the anchor is left as it was.
                    anchor.held = True
                    return self
                self.rollback_warning = warning
                anchor.held = warning is not None
                anchor.record_soon(state, self.clock())
        except BaseException:
            self.close()
            raise
        return self

    def _compare_anchor(self, anchor_dir: Path | str | None, passphrase: str) -> None:
        """:attr:`rollback_warning` from this computer's anchor, recording nothing and
        writing nothing to the vault (Vault.examine)."""
        if not self.vault_id:
            return
        key = self._anchor_key(create=False)
        anchor, reading = Anchor.unlock(anchor_dir, self.vault_id, passphrase, key)
        warning = reading.problem
        if warning is None and reading.recorded is not None:
            with contextlib.suppress(dbapi2.DatabaseError):  # verify() names the damage
                state = anchor.heads.read_all(self.conn)
                warning = anchor.compare(
                    reading.recorded, state, self._head_lookup(state), self._audit_hash_at
                )
        self.rollback_warning = warning

    def _audit_hash_at(self, audit_id: int) -> str | None:
        """The hash of audit record ``audit_id``, for the comparison at unlock."""
        row = self.conn.execute("SELECT hash FROM audit WHERE id = ?", (audit_id,)).fetchone()
        return str(row[0]) if row else None

    def _anchor_key(self, *, create: bool = True) -> bytes | None:
        """The random key this vault's rollback anchors derive their keys from, kept in the
        vault (storage/anchor.py), made at the first unlock that finds none (unless not
        ``create``). None when it cannot be stored (the anchor then derives its keys with
        scrypt, as before)."""
        try:
            row = self.conn.execute(
                "SELECT value FROM meta WHERE key = ?", (ANCHOR_KEY_META,)
            ).fetchone()
        except dbapi2.DatabaseError:
            # A damaged page: the vault must still open so verify() can name the damage
            # (the anchor is then held as it was: see _start_anchor).
            return None
        if row is not None:
            with contextlib.suppress(ValueError):
                stored = bytes.fromhex(str(row[0]))
                if len(stored) == VAULT_KEY_BYTES:
                    return stored
            return None
        if not create:
            return None
        key = new_vault_key()
        try:
            with transaction(self.conn, self.path, "The vault"):
                self.conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)", (ANCHOR_KEY_META, key.hex())
                )
        except (VaultError, dbapi2.Error):
            return None
        return key

    def _anchor_state(self) -> dict[str, tuple[int, str]]:
        return {
            str(ref): (int(count), str(head))
            for ref, count, head in self.conn.execute(
                "SELECT reference, entry_count, head FROM cases"
            )
        }

    def _head_lookup(
        self, state: Mapping[str, tuple[int, str]]
    ) -> Callable[[str, int], str | None]:
        """``_head_at`` for the comparison at unlock. A case still at its recorded count
        (nearly all of them) is compared by the head stored with it, already read with the
        counts; reading its last entry instead costs a page of the log per case (about
        0.1 s for 1,000 cases). An older or diverged copy of the vault carries its own
        heads, so it is caught the same way; only a hand-edited vault whose stored head
        disagrees with its log could differ, and verify() names that."""

        def head_at(ref: str, seq: int) -> str | None:
            if ref in state and state[ref][0] == seq:
                return state[ref][1]
            return self._head_at(ref, seq)

        return head_at

    def _head_at(self, ref: str, seq: int) -> str | None:
        row = self.conn.execute(
            "SELECT e.hash FROM entries e JOIN cases c ON c.id = e.case_id"
            " WHERE c.reference = ? AND e.seq = ?",
            (ref, seq),
        ).fetchone()
        return str(row[0]) if row else None

    @property
    def anchor_error(self) -> str | None:
        """Why this computer's anchor could not be updated at the last write, if it could
        not (a full or read-only disk): rollback protection is then out of date. Waits
        (briefly) for the anchor's deferred write."""
        anchor = self._anchor
        if anchor is None:
            return None
        anchor.flush(timeout=ANCHOR_FLUSH_SECONDS)
        return anchor.last_error

    def accept_this_copy(self, actor: str | None = None) -> None:
        """The officer has checked this vault and keeps it despite the rollback warning (a
        backup restored on purpose): recorded in the audit log, and from now on this copy is
        what this computer remembers."""
        with self._mutex:
            warning = self.rollback_warning
            if warning is None:
                return
            with self._tx():
                self._audit("access", "older copy accepted", actor, warning=warning)
            self.rollback_warning = None
            if self._anchor is not None:
                self._anchor.held = False
                self.record_anchor(force=True)
