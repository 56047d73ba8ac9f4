"""The vault: every case, its log and its audit trail in one encrypted file.

This is the service layer the window and the command line both call. Each public method does
one thing: it validates through ``core``, writes in one transaction, records the audit entry,
and returns what changed. Nothing outside this package runs SQL.

:class:`Vault` is one object for its callers (one connection, one lock, one audit trail), put
together from parts along the vault's own seams, each in its own module and each building only
on the parts below it:

``vault_core.VaultCore``
    the open connection, its lock (:attr:`~VaultCore.mutex`) and closing; the write
    transaction, the audit trail, and the rollback anchor's upkeep after each write.
``vault_anchor.VaultAnchor``
    the comparison with this computer's rollback anchor at unlock; accepting an older copy.
``vault_cases.VaultCases``
    cases, their hash-chained logs, and full-text search.
``vault_bundles.VaultBundles``
    case bundles in and out (on top of the cases and logs).
``vault_upkeep.VaultUpkeep``
    verification, backups and passphrase changes (on top of the anchor, which a change
    re-keys).
``vault_drafts.VaultDrafts``
    drafts and settings.

This module adds opening: creating a vault, unlocking one, and a worker thread's second
connection. ``rows.py`` turns stored rows into entries and cases for all of them (and for the
kept digest, ``digest.py``). A new method goes into the part whose tables and rules it uses;
a part calls only its own methods and those of the parts it is built on.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from sqlcipher3 import dbapi2

from msvlo_desktop.core.values import iso
from msvlo_desktop.storage import audit, schema, search
from msvlo_desktop.storage import backup as copying
from msvlo_desktop.storage.connection import (
    VaultNeedsUpgrade,
    check_is_encrypted_file,
    connect,
    connect_read_only,
    on_read_only_medium,
    quote_key,
    transaction,
    translate,
)
from msvlo_desktop.storage.errors import (
    NewerVault,
    ReadOnlyVault,
    VaultError,
    VaultExists,
    VaultMissing,
)
from msvlo_desktop.storage.lock import InstanceLock, check_single_link, real_path
from msvlo_desktop.storage.search import SearchHit
from msvlo_desktop.storage.vault_anchor import ANCHOR_KEY_META
from msvlo_desktop.storage.vault_bundles import VaultBundles
from msvlo_desktop.storage.vault_cases import CaseSummary
from msvlo_desktop.storage.vault_core import (
    ANCHOR_FLUSH_SECONDS,
    VAULT_SUFFIX,
    Clock,
    Officer,
    VaultCore,
    resembles_passphrase,
    utc_now,
)
from msvlo_desktop.storage.vault_drafts import Draft, VaultDrafts
from msvlo_desktop.storage.vault_upkeep import (
    VaultUpkeep,
    VerifyResult,
    check_new_passphrase,
    rekey_partial,
)


class Vault(VaultBundles, VaultUpkeep, VaultDrafts):
    """An open, unlocked vault. Thread-safe: one connection guarded by a lock."""

    # ----------------------------------------------------------------- open and close
    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        officer: Officer,
        *,
        training: bool = False,
        clock: Clock = utc_now,
        anchor_dir: Path | str | None = None,
    ) -> Vault:
        """Create a new vault file; refuses to touch an existing file or a passphrase the
        policy refuses. ``anchor_dir``: see :mod:`msvlo_desktop.storage.anchor`."""
        check_new_passphrase(passphrase)
        path = Path(path)
        if path.exists():
            raise VaultExists(path)
        if not path.parent.exists():
            raise VaultError(f"The folder {path.parent} does not exist.")
        path = real_path(path)
        lock = InstanceLock(path)
        _acquire(lock, path)
        try:
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                os.close(fd)
            except FileExistsError:
                raise VaultExists(path) from None
            except OSError as exc:
                raise translate(exc, path, "The new vault") from None
            try:
                lock.hold_identity_of(path)
                conn = connect(path, passphrase, create=True)
                schema.migrate(conn, None)
                now = clock()
                with transaction(conn, path, "The new vault"):
                    meta = {
                        "vault_id": uuid.uuid4().hex,
                        "created_at": iso(now),
                        "officer_name": officer.name,
                        "officer_collar": officer.collar_number,
                        "officer_force": officer.force,
                        "training": "1" if training else "0",
                        "app": "MSVLO Desktop",
                    }
                    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
                    audit.append(
                        conn,
                        at=now,
                        actor=officer.display or "unknown",
                        category="access",
                        action="vault created",
                        details={"training": training},
                    )
            except BaseException:
                with contextlib.suppress(OSError):
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(path) + suffix).unlink(missing_ok=True)
                raise
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock, passphrase, clock)._start_anchor(
            anchor_dir, passphrase, new=True
        )

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        exclusive: bool = True,
        anchor_dir: Path | str | None = None,
    ) -> Vault:
        """Unlock an existing vault. ``exclusive`` takes the one-process lock (the window and
        every command do; a worker thread's second connection does not). Then compare it with
        this computer's anchor (in ``anchor_dir``): see :attr:`rollback_warning`."""
        return cls._unlock(Path(path), passphrase, clock, exclusive)._start_anchor(
            anchor_dir, passphrase
        )

    @classmethod
    def examine(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        clock: Clock = utc_now,
        anchor_dir: Path | str | None = None,
    ) -> Vault:
        """Unlock a vault to check it, never writing to it: no migration (an older format is
        refused with :class:`VaultNeedsUpgrade`), no anchor key or anchor record, no
        journal-mode change, no write-ahead log left behind. Held by the one-process lock
        (a file beside it, not the vault) unless the medium is read-only; read as immutable
        when nothing can change it meanwhile. :attr:`rollback_warning` is set as at unlock.
        """
        path = real_path(Path(path))
        check_is_encrypted_file(path)  # nothing made beside a missing file, not even a lock
        lock: InstanceLock | None = None
        if not on_read_only_medium(path):
            lock = InstanceLock(path)
            try:
                _acquire(lock, path)
            except ReadOnlyVault:
                lock = None  # a folder we cannot write to: read it as it is
        try:
            immutable = lock is not None or on_read_only_medium(path)
            immutable = immutable and not Path(f"{path}-wal").exists()
            conn = connect_read_only(path, passphrase, immutable=immutable)
            try:
                found = schema.version(conn)
                if found > schema.LATEST:
                    raise NewerVault(path, found, schema.LATEST)
                if found < schema.LATEST:
                    raise VaultNeedsUpgrade(path, found, schema.LATEST)
                vault = cls(path, conn, lock, passphrase, clock)
            except BaseException as exc:
                conn.close()
                if isinstance(exc, dbapi2.Error):
                    raise translate(exc, path) from None
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        vault.read_only = True
        try:
            vault._compare_anchor(anchor_dir, passphrase)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _unlock(cls, path: Path, passphrase: str, clock: Clock, exclusive: bool) -> Vault:
        # The real file, whatever name it was given (storage/lock.py): one lock, one
        # write-ahead log, and a re-key or backup that acts on the file, not on a link.
        path = real_path(path)
        check_single_link(path)
        lock = InstanceLock(path) if exclusive else None
        if lock:
            if not path.exists():
                raise VaultMissing(path)
            _acquire(lock, path)
        try:
            conn = connect(path, passphrase)
            try:
                schema.migrate(conn, path)
                if lock:
                    # Words indexed by another version are indexed again (storage/search.py).
                    search.ensure_current(conn)
                vault = cls(path, conn, lock, passphrase, clock)
            except BaseException as exc:
                conn.close()
                if isinstance(exc, dbapi2.Error):
                    # A damaged page under the schema or the vault's own settings.
                    raise translate(exc, path) from None
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        if lock:
            # A re-key killed before its rename leaves a full copy under the new key.
            copying.remove_partial(rekey_partial(path))
        return vault

    def worker_connection(self) -> Vault:
        """A second connection to this vault for a worker thread (same passphrase; it shares
        this connection's anchor, so its writes keep the anchor up to date too)."""
        assert self._passphrase is not None, "vault is closed"
        worker = Vault._unlock(self.path, self._passphrase, self.clock, False)
        worker._anchor = self._anchor
        self._workers.add(worker)
        return worker


def _acquire(lock: InstanceLock, path: Path) -> None:
    """Take the one-process lock; a read-only or full disk is named as such (the lock file
    is the first thing written)."""
    try:
        lock.acquire()
    except OSError as exc:
        raise translate(exc, path, "The vault") from None


__all__ = [
    "ANCHOR_FLUSH_SECONDS",
    "ANCHOR_KEY_META",
    "VAULT_SUFFIX",
    "CaseSummary",
    "Clock",
    "Draft",
    "Officer",
    "SearchHit",
    "Vault",
    "VaultCore",
    "VerifyResult",
    "quote_key",
    "resembles_passphrase",
    "utc_now",
]
