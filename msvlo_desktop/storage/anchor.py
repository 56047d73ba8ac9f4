"""The rollback anchor: noticing when a vault is replaced by an older copy of itself.

An older copy of a vault is a perfectly valid vault: it opens with the same passphrase and
every hash chain in it verifies. What gives it away is the computer's memory of what it saw
last. After every committed write the vault leaves a small *anchor* file on this computer,
outside the vault, recording per case the number of log entries and the hash of the latest
one (the chain head), and the total number of entries. On unlock the vault is compared with
the anchor; if a case has fewer entries, a recorded head is no longer in its chain, a case
has gone, or the total has fallen, the officer is warned. The anchor also covers the audit
log (its newest record's id and hash: fewer records, or another history, is warned) and each
case's record and status (a digest: a record that differs while the audit log has not moved
on since, such as a safe-contact change reverted, is warned); see ``anchor_state.py``.
Anchors written before that cover (without ``audit`` and ``records``) are still read, and
compared on entries alone. Access is never blocked: restoring
a backup on purpose is legitimate, and the warning can be accepted.

Where anchors live: ``<platformdirs user_data_dir("MSVLO Desktop")>/anchors/<vault id>.anchor``.
The directory can be chosen with the ``anchor_dir`` argument of ``Vault.create``/``Vault.open``
or, for a whole process (tests, a portable install), the environment variable
``MSVLO_ANCHOR_DIR``; the argument wins over the variable.

What an anchor holds and how it is protected (see docs/SECURITY.md):

- no case data in plain text: case references are stored as HMAC-SHA256 digests under a
  key only the unlocked vault can derive, so a reference cannot be read or even confirmed
  without it; the file does show how many cases there are, their entry counts and when it
  was last written;
- keys derived, with HMAC-SHA512, from a random 32-byte *anchor key* kept inside the
  encrypted vault (its ``meta`` table, made at the first unlock that finds none), the
  passphrase, and a random 16-byte salt stored in the file. The anchor key is read after
  the vault's own key derivation, so unlocking pays no second slow derivation, and the
  anchor gives nothing to guess passphrases against: without the vault's contents no guess
  can be checked at all, and with the vault file the cost per guess is the vault's own
  (PBKDF2-HMAC-SHA512, 256,000 iterations). The passphrase is part of the derivation so that
  an anchor written before a change of passphrase is still told apart (below);
- anchors written before the anchor key existed used scrypt on the passphrase alone
  (N=2^15, r=8, p=1, 32 MiB; about 0.1 s at every unlock). Such an anchor is still read, once,
  with scrypt, and its next write uses the anchor key;
- an HMAC-SHA256 over everything else in the file, so an edited, forged or damaged anchor is
  detected (and reported as a warning: it is never trusted, never blocks);
- a key check value, so an anchor written under another passphrase (this copy of the vault
  predates a change of passphrase) is told apart from an anchor that has been altered.

Writes are atomic (a temporary file, flushed, then renamed over the anchor), so a crash
leaves either the previous anchor or the new one. The anchor is written only after the vault
has committed, so it is never ahead of the vault and a crash cannot cause a false warning.

Writes are deferred: after a commit the saving thread only notes the vault's new state
(:meth:`Anchor.record_soon`, reading just the cases that changed: see ``anchor_state.py``)
and a background thread writes the anchor, so a save does not wait for it (rewriting the
whole file is about 9 ms for 1,000 cases, where the save itself is about 3 ms). The writer
starts at once and waits ``COALESCE_SECONDS`` (50 ms) before writing, so that a burst of
saves (an import, a form saving several entries) becomes one write of the newest state
rather than one each; states noted while it writes go into its next write. Closing the vault
(locking, quitting) and reading ``Vault.anchor_error`` skip the wait and wait for the last
write (:meth:`Anchor.flush`).

What deferring gives up, and why it is safe: if the process dies after a commit and before
its anchor write (within about 60 ms of the save), the anchor keeps the state before it. The
vault is then ahead of its anchor, which is normal and never a warning, exactly as when a
crash fell between a commit and the synchronous write that used to follow it (a window of
about 9 ms at 1,000 cases). What is lost is the protection of those last writes: a copy of the
vault taken after the anchor's last write but before them, put in place after the crash,
would not be noticed. A copy older than the anchor's last write still is, so the guarantee is
unchanged in kind: never ahead of the vault, behind only by the saves of the last moment
before a crash, up to date after a normal close. A copy swapped in while the application
runs is compared at the next unlock with an anchor that by then holds every write (closing
waits for it).

When the passphrase changes, the anchor under the new key is first staged beside the old one
(``.anchor.next``) and moved into place once the re-keyed vault is; whichever passphrase
opens the vault after a crash finds an anchor it can check.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from msvlo_desktop.core.chain import canonical_json
from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.core.values import iso
from msvlo_desktop.storage.anchor_state import AuditMark, CaseHeads

ANCHOR_DIR_ENV = "MSVLO_ANCHOR_DIR"
APP_NAME = "MSVLO Desktop"
FORMAT = "msvlo-anchor"
VERSION = 1
SUFFIX = ".anchor"
# scrypt cost: comparable to SQLCipher's PBKDF2-HMAC-SHA512 at 256,000 iterations per guess
# on a GPU, and memory-hard; about 0.1 s on a laptop, paid once per unlock.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
VAULT_KEY_BYTES = 32
# The "kdf" names an anchor file can carry: its keys come from the vault's anchor key, or (an
# anchor written before the vault had one) from the passphrase alone with scrypt.
KDF_VAULT_KEY = "hmac-sha512-vault-key"
KDF_SCRYPT = "scrypt"
_VAULT_KEY_LABEL = b"msvlo-anchor keys v1\x00"
# How long the background writer lets the states of a burst of saves gather before writing
# the newest: see "Writes are deferred" above.
COALESCE_SECONDS = 0.05
_KEY_CHECK_LABEL = b"msvlo-anchor key check v1"
_MAX_ANCHOR_BYTES = 16 * 1024 * 1024
_LISTED = 3  # findings named in a warning before "and N more"

# A vault's state as the anchor records it: case reference -> (entry count, chain head).
State = Mapping[str, tuple[int, str]]
# The hash of entry ``seq`` of case ``ref`` in the open vault, or None if there is none.
HeadAt = Callable[[str, int], str | None]
# The hash of audit record ``id`` in the open vault, or None if there is none.
AuditAt = Callable[[int], str | None]
# The audit log's newest record (id, hash) and each case record's digest (by reference).
Covered = tuple[AuditMark | None, dict[str, str]]


def default_anchor_dir() -> Path:
    """Where anchors are kept when no directory is given: the environment variable, else the
    per-user application data folder."""
    override = os.environ.get(ANCHOR_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs  # only here: the variable (tests, portable installs) needs no lookup

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "anchors"


def new_vault_key() -> bytes:
    """A new anchor key, to be kept inside the encrypted vault."""
    return secrets.token_bytes(VAULT_KEY_BYTES)


def derive_keys_from_vault_key(
    vault_key: bytes, passphrase: str, salt: bytes
) -> tuple[bytes, bytes]:
    """(MAC key, reference key): 64 bytes of HMAC-SHA512 under the vault's anchor key, over
    the salt and the passphrase, split in two."""
    out = hmac.new(
        vault_key, _VAULT_KEY_LABEL + salt + passphrase.encode("utf-8"), hashlib.sha512
    ).digest()
    return out[:32], out[32:]


def derive_keys(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    """(MAC key, reference key) from the passphrase alone: 64 bytes of scrypt, split in two
    (anchors written before the vault kept an anchor key)."""
    out = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=64 * 1024 * 1024,
        dklen=64,
    )
    return out[:32], out[32:]


@dataclass(frozen=True)
class Recorded:
    """What the anchor says this computer saw last."""

    at: datetime
    total: int
    cases: dict[str, tuple[int, str]]  # keyed digest of the reference -> (count, head)
    # The audit log's newest record (id, hash), and each case record's digest keyed as
    # ``cases``; None in an anchor written before they were covered.
    audit: tuple[int, str] | None = None
    records: dict[str, str] | None = None


@dataclass(frozen=True)
class Reading:
    """The outcome of reading an anchor at unlock."""

    recorded: Recorded | None = None  # None: no anchor yet, or it could not be trusted
    problem: str | None = None  # why the anchor could not be trusted (a warning), if so


class Anchor:
    """The anchor file of one vault on this computer, with the keys to read and write it.

    Thread-safe: a vault and its worker connections share one Anchor.
    """

    def __init__(
        self,
        directory: Path,
        vault_id: str,
        salt: bytes,
        keys: tuple[bytes, bytes],
        *,
        kdf: str = KDF_SCRYPT,
        vault_key: bytes | None = None,
    ):
        self.directory = directory
        self.vault_id = vault_id
        self.path = directory / f"{vault_id}{SUFFIX}"
        self.staged_path = directory / f"{vault_id}{SUFFIX}.next"
        self._salt = salt
        self._mac_key, self._ref_key = keys
        self._kdf = kdf
        # The vault's anchor key: new anchors, re-keyed ones and the next write of an anchor
        # read with scrypt derive their keys from it (None: the vault could not keep one).
        self._vault_key = vault_key
        # Keys for the next write, when the anchor in place was read with scrypt: (salt,
        # keys) from the anchor key. Not used before, so the comparison at unlock reads the
        # digests written under the old keys.
        self._upgrade: tuple[bytes, tuple[bytes, bytes]] | None = None
        self._digests: dict[str, str] = {}
        # What the anchor file holds now: the cases' state, and the audit mark and records.
        self._written: tuple[dict[str, tuple[int, str]], Covered] | None = None
        self._lock = threading.Lock()  # held while the file is written or the keys change
        # Deferred writes (record_soon): the newest state noted and not yet written, the
        # background writer if one is running, and an order so that an older state is never
        # written over a newer one.
        self._flow = threading.Condition(threading.Lock())
        self._pending: tuple[int, State, datetime] | None = None
        self._writer: threading.Thread | None = None
        self._suspended = False
        self._hurry = False  # flush() is waiting: write without gathering first
        self._noted = 0
        self._written_at = 0
        # Set on a re-keyed anchor (rekeyed()): the anchor it replaces, whose deferred writes
        # wait, while the re-key stages its file, until the new key is adopted.
        self._predecessor: Anchor | None = None
        # Every case's count and head as last committed, shared by the vault's connections.
        self.heads = CaseHeads()
        # While a warning stands unanswered the anchor keeps what was seen before, so the
        # warning is repeated at every unlock until the officer accepts this copy.
        self.held = False
        # Set while the last anchor write failed (a full or read-only disk): the vault itself
        # is unaffected, but rollback protection is not up to date.
        self.last_error: str | None = None

    # ------------------------------------------------------------------ opening
    @classmethod
    def unlock(
        cls,
        directory: Path | str | None,
        vault_id: str,
        passphrase: str,
        vault_key: bytes | None = None,
    ) -> tuple[Anchor, Reading]:
        """Read the anchor of ``vault_id`` with keys derived from ``passphrase`` and the
        vault's anchor key (or, for an anchor written before it, from ``passphrase`` alone).

        Never raises for a missing, unreadable, damaged or forged anchor: those come back as
        a Reading with no record (and a problem, unless the anchor is simply missing).
        """
        directory = Path(directory) if directory is not None else default_anchor_dir()
        path = directory / f"{vault_id}{SUFFIX}"
        # Temporary files of writes a crash cut short (the anchor itself is intact).
        with contextlib.suppress(OSError):
            for stale in directory.glob(f".{vault_id}{SUFFIX}*.tmp"):
                _remove_quietly(stale)
        doc, problem = _load(path)
        if doc is None and problem is None:
            anchor = cls.fresh(directory, vault_id, passphrase, vault_key)
            if anchor.staged_path.exists():  # a re-key stopped before its anchor moved in
                return cls._adopt_staged(anchor, passphrase, None)
            return anchor, Reading(None, None)
        kdf = _kdf_of(doc) if doc is not None else None
        if kdf is None:
            anchor = cls.fresh(directory, vault_id, passphrase, vault_key)
            return anchor, Reading(None, problem or _DAMAGED)
        assert doc is not None
        anchor = cls._reading(directory, vault_id, passphrase, vault_key, kdf)
        recorded, problem = anchor._check(doc)
        if problem == _OTHER_KEY and anchor.staged_path.exists():
            return cls._adopt_staged(anchor, passphrase, problem)
        if problem is None:
            # Opened with the key of the anchor in place: a staged anchor under another key is
            # left from a re-key that never reached the vault file.
            _remove_quietly(anchor.staged_path)
        return anchor, Reading(recorded, problem)

    @classmethod
    def fresh(
        cls,
        directory: Path | str | None,
        vault_id: str,
        passphrase: str,
        vault_key: bytes | None = None,
    ) -> Anchor:
        """A new anchor (new salt) for a vault this computer has no record of."""
        directory = Path(directory) if directory is not None else default_anchor_dir()
        salt = secrets.token_bytes(SALT_BYTES)
        if vault_key is None:
            return cls(directory, vault_id, salt, derive_keys(passphrase, salt))
        keys = derive_keys_from_vault_key(vault_key, passphrase, salt)
        return cls(directory, vault_id, salt, keys, kdf=KDF_VAULT_KEY, vault_key=vault_key)

    @classmethod
    def _reading(
        cls,
        directory: Path,
        vault_id: str,
        passphrase: str,
        vault_key: bytes | None,
        kdf: tuple[str, bytes],
    ) -> Anchor:
        """The anchor with the keys to check a file written with ``kdf`` (name, salt)."""
        name, salt = kdf
        if name == KDF_SCRYPT:
            anchor = cls(directory, vault_id, salt, derive_keys(passphrase, salt))
            anchor._vault_key = vault_key
            if vault_key is not None:
                new_salt = secrets.token_bytes(SALT_BYTES)
                anchor._upgrade = (
                    new_salt,
                    derive_keys_from_vault_key(vault_key, passphrase, new_salt),
                )
            return anchor
        # Without the vault's anchor key nothing checks; a random key makes that plain.
        key = vault_key if vault_key is not None else secrets.token_bytes(VAULT_KEY_BYTES)
        keys = derive_keys_from_vault_key(key, passphrase, salt)
        return cls(directory, vault_id, salt, keys, kdf=KDF_VAULT_KEY, vault_key=vault_key)

    @classmethod
    def _adopt_staged(
        cls, fallback: Anchor, passphrase: str, otherwise: str | None
    ) -> tuple[Anchor, Reading]:
        """Finish a re-key interrupted between renaming the vault and renaming its anchor:
        the staged anchor is adopted if it opens with this passphrase."""
        doc, _ = _load(fallback.staged_path)
        kdf = _kdf_of(doc) if doc is not None else None
        if doc is not None and kdf is not None:
            staged = cls._reading(
                fallback.directory, fallback.vault_id, passphrase, fallback._vault_key, kdf
            )
            recorded, problem = staged._check(doc)
            if problem is None:
                try:
                    os.replace(staged.staged_path, staged.path)
                except OSError as exc:
                    staged.last_error = _describe(exc)
                return staged, Reading(recorded, None)
        return fallback, Reading(None, otherwise)

    def rekeyed(self, passphrase: str) -> Anchor:
        """A new anchor for the same vault under a new passphrase (fresh salt)."""
        new = Anchor.fresh(self.directory, self.vault_id, passphrase, self._vault_key)
        new.last_error = self.last_error
        new._predecessor = self
        new.heads = self.heads  # the same vault: what is covered is read once
        return new

    def adopt(self, other: Anchor) -> None:
        """Take ``other``'s key (after a re-key), keeping this object, which worker
        connections share. Whether a warning holds the anchor is unchanged."""
        with self._lock:
            self._salt = other._salt
            self._mac_key, self._ref_key = other._mac_key, other._ref_key
            self._kdf, self._vault_key, self._upgrade = other._kdf, other._vault_key, None
            self._digests = {}
            self._written = other._written
            self.last_error = other.last_error
        # Deferred writes held back while the re-key staged its file go out under the new key.
        other._predecessor = None
        self._resume()

    # ------------------------------------------------------------------ checking
    def digest(self, ref: str) -> str:
        """The keyed digest that stands for case ``ref`` in the anchor."""
        d = self._digests.get(ref)
        if d is None:
            d = hmac.new(self._ref_key, ref.encode("utf-8"), hashlib.sha256).hexdigest()
            self._digests[ref] = d
        return d

    def _keyed(self, covered: Covered) -> Covered:
        """The record digests as the anchor holds them: keyed, like the references, so the
        file cannot be used to confirm a guess at a case record."""
        mark, records = covered
        return mark, {
            ref: hmac.new(self._ref_key, d.encode(), hashlib.sha256).hexdigest()
            for ref, d in records.items()
        }

    def _key_check(self) -> str:
        return hmac.new(self._mac_key, _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()

    def _mac(self, doc: Mapping[str, Any]) -> str:
        body = {k: v for k, v in doc.items() if k != "mac"}
        return hmac.new(self._mac_key, canonical_json(body), hashlib.sha256).hexdigest()

    def _check(self, doc: dict[str, Any]) -> tuple[Recorded | None, str | None]:
        body = doc.get("body")
        if isinstance(body, dict) and body.get("vault") != self.vault_id:
            # Another vault's anchor under this one's name. Its keys come from that vault's
            # anchor key, so its key check could never pass: said before that check (only
            # the wording depends on it; any of these is a warning).
            return None, _ALTERED
        if not hmac.compare_digest(str(doc.get("key_check", "")), self._key_check()):
            return None, _OTHER_KEY
        if not hmac.compare_digest(str(doc.get("mac", "")), self._mac(doc)):
            return None, _ALTERED
        body = doc.get("body")
        try:
            assert isinstance(body, dict)
            if body["vault"] != self.vault_id:
                return None, _ALTERED
            cases = {
                str(k): (int(v[0]), str(v[1]))
                for k, v in body["cases"].items()
                if isinstance(v, list) and len(v) == 2
            }
            audit = body.get("audit")
            records = body.get("records")
            recorded = Recorded(
                datetime.fromisoformat(body["at"]),
                int(body["total"]),
                cases,
                None if audit is None else (int(audit[0]), str(audit[1])),
                None if records is None else {str(k): str(v) for k, v in records.items()},
            )
        except (AssertionError, KeyError, TypeError, ValueError, AttributeError, IndexError):
            # A valid MAC over an unexpected body: written by a newer or broken version.
            return None, _DAMAGED
        return recorded, None

    def compare(
        self,
        recorded: Recorded,
        state: State,
        head_at: HeadAt,
        audit_at: AuditAt | None = None,
    ) -> str | None:
        """The rollback warning for a vault in ``state``, or None when it is not behind.
        ``audit_at(id)``: the hash of the vault's audit record ``id``; with it, the audit log
        and case records (as :attr:`heads` last read them) are compared too."""
        covered = self._keyed(self.heads.covered()) if audit_at is not None else None
        return rollback_message(recorded, state, head_at, self.digest, covered, audit_at)

    # ------------------------------------------------------------------ writing
    def _document(self, state: State, now: datetime) -> dict[str, Any]:
        kdf: dict[str, Any] = {"name": self._kdf, "salt": self._salt.hex()}
        if self._kdf == KDF_SCRYPT:
            kdf.update(n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "kdf": kdf,
            "key_check": self._key_check(),
            "body": {
                "vault": self.vault_id,
                "at": iso(now),
                "total": sum(count for count, _ in state.values()),
                "cases": {self.digest(ref): [count, head] for ref, (count, head) in state.items()},
            },
        }
        audit, records = self._keyed(self.heads.covered())
        if audit is not None:
            doc["body"]["audit"] = list(audit)
            doc["body"]["records"] = {self.digest(ref): d for ref, d in records.items()}
        doc["mac"] = self._mac(doc)
        return doc

    def record(self, state: State, now: datetime, *, force: bool = False) -> None:
        """Write the anchor for a vault in ``state`` now (skipped when nothing it records
        changed). A state noted earlier and not yet written is dropped: this one is newer.

        A failure is kept in ``last_error``, never raised: the vault's own write has already
        committed and must not be reported as failed.
        """
        with self._flow:
            self._noted += 1
            order = self._noted
            self._pending = None
        self._record(order, state, now, force=force)

    def _record(self, order: int, state: State, now: datetime, *, force: bool = False) -> None:
        with self._lock:
            if self.held or order < self._written_at:
                return
            written = (dict(state), self.heads.covered())
            if not force and self._written is not None and self._written == written:
                return
            if self._upgrade is not None:
                # The anchor read at unlock was written with scrypt: from now on, the keys
                # from the vault's anchor key.
                self._salt, (self._mac_key, self._ref_key) = self._upgrade
                self._kdf, self._upgrade, self._digests = KDF_VAULT_KEY, None, {}
            try:
                self._write(self.path, self._document(state, now))
            except OSError as exc:
                self.last_error = _describe(exc)
                return
            self._written = written
            self._written_at = order
            self.last_error = None

    def record_soon(self, state: State, now: datetime) -> None:
        """Have the anchor written for a vault in ``state`` by the background writer, and
        return at once. Only the newest state noted is written; :meth:`flush` waits for it.
        ``state`` must not be changed afterwards (it is kept as it is)."""
        with self._flow:
            self._noted += 1
            self._pending = (self._noted, state, now)
            self._start_writer()

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every state noted has been written (or its write has failed: see
        ``last_error``). False if ``timeout`` seconds passed first. States held back while a
        re-key stages its anchor are not waited for: they are written once it is adopted."""
        with self._flow:
            if self._writer is not None:
                self._hurry = True
                self._flow.notify_all()
            return self._flow.wait_for(lambda: self._writer is None, timeout)

    def _start_writer(self) -> None:  # with self._flow held
        if self._writer is None and self._pending is not None and not self._suspended:
            # Not a daemon: an interpreter exiting normally lets the last write finish.
            self._writer = threading.Thread(
                target=self._write_pending, name="msvlo-anchor-writer", daemon=False
            )
            self._writer.start()

    def _write_pending(self) -> None:
        while True:
            with self._flow:
                # A moment for the states of a burst of saves to gather into one write,
                # cut short by flush().
                self._flow.wait_for(lambda: self._hurry or self._suspended, COALESCE_SECONDS)
                job = None if self._suspended else self._pending
                if job is None:
                    self._writer = None
                    self._hurry = False
                    self._flow.notify_all()
                    return
                self._pending = None
            order, state, now = job
            try:
                self._record(order, state, now)
            except Exception as exc:  # never let the writer die with a state unwritten
                self.last_error = str(exc) or type(exc).__name__

    def _suspend(self) -> None:
        """Hold deferred writes back (a re-key is staging its anchor), once the one under
        way, if any, has finished."""
        with self._flow:
            self._suspended = True
            self._flow.wait_for(lambda: self._writer is None)

    def _resume(self) -> None:
        with self._flow:
            self._suspended = False
            self._start_writer()

    def stage(self, state: State, now: datetime) -> None:
        """Write this (re-keyed) anchor beside the current one, to be moved in by commit().

        The anchor it replaces writes nothing more under the old key until this one is
        adopted (or discarded): a deferred write landing after the move would put an anchor
        under the old passphrase beside a vault under the new one."""
        predecessor = self._predecessor
        if predecessor is not None:
            predecessor._suspend()
            with predecessor._flow:
                # Noted before this state was read, so older than it: not to be written
                # over it once the new key is adopted.
                predecessor._pending = None
        with self._lock:
            self._write(self.staged_path, self._document(state, now))
            self._written = (dict(state), self.heads.covered())

    def commit_staged(self) -> None:
        with self._lock:
            try:
                os.replace(self.staged_path, self.path)
            except OSError as exc:
                self.last_error = _describe(exc)

    def discard_staged(self) -> None:
        _remove_quietly(self.staged_path)
        if self._predecessor is not None:
            self._predecessor._resume()

    def _write(self, target: Path, doc: dict[str, Any]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        data = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            try:
                os.write(fd, data)
                # Flushed before the rename so a crash cannot leave an empty anchor (which
                # would read as damaged and raise a false warning).
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
        except BaseException:
            _remove_quietly(tmp)
            raise


_OTHER_KEY = (
    "The record of this vault kept on this computer was written with another passphrase, so "
    "it cannot be checked. If the passphrase was changed on this computer, this copy of the "
    "vault may be older than the one last used here; otherwise that record has been replaced."
)
_ALTERED = (
    "The record of this vault kept on this computer has been altered, so it cannot be checked "
    "whether this vault is older than the one last used here."
)
_DAMAGED = (
    "The record of this vault kept on this computer is damaged, so it cannot be checked "
    "whether this vault is older than the one last used here."
)


def rollback_message(
    recorded: Recorded,
    state: State,
    head_at: HeadAt,
    digest: Callable[[str], str],
    covered: Covered | None = None,
    audit_at: AuditAt | None = None,
) -> str | None:
    """Compare the vault's ``state`` with what was recorded; the warning, or None.

    Behind means: a recorded case has fewer entries now, the entry at the recorded position
    is not the recorded head (the log has another history), a recorded case is missing, or
    the total number of entries has fallen. Being ahead (new cases, new entries) is normal.

    With ``covered`` (the vault's audit mark and record digests) and ``audit_at``, and an
    anchor that recorded them: the audit log has fewer records than recorded, or its record
    at the recorded position is another; or, the audit log being exactly where it was, a
    case record or status is not the one recorded (every change of one writes an audit
    record, so with no audit record since, nothing may have changed it).
    """
    by_digest = {digest(ref): ref for ref in state}
    older: list[str] = []
    different: list[str] = []
    missing = 0
    for key, (count, head) in recorded.cases.items():
        ref = by_digest.get(key)
        if ref is None:
            missing += 1
            continue
        now_count = state[ref][0]
        if now_count < count:
            older.append(f"case {ref} had {_entries(count)}, now {now_count}")
        elif count and head_at(ref, count) != head:
            different.append(f"entry {count} of case {ref} is not the one recorded then")
    if missing:
        older.append(
            f"{missing} case{'s' if missing != 1 else ''} seen then "
            f"{'are' if missing != 1 else 'is'} missing"
        )
    total = sum(count for count, _ in state.values())
    if total < recorded.total and not older:
        older.append(f"it had {_entries(recorded.total)} in all, now {total}")
    # The audit log and case records are named only when the entries alone do not tell (a
    # copy behind in its entries is behind in its audit log too: said once is enough).
    mark, records = covered if covered is not None else (None, {})
    entries_tell = bool(older or different)
    if (
        mark is not None
        and audit_at is not None
        and recorded.audit is not None
        and not entries_tell
    ):
        now_id = mark[0]
        was_id, was_hash = recorded.audit
        if now_id < was_id:
            older.append(f"its audit log had {_records(was_id)}, now {now_id}")
        elif was_id and audit_at(was_id) != was_hash:
            different.append(f"audit record {was_id} is not the one recorded then")
        elif now_id == was_id and recorded.records is not None:
            by_ref = {digest(ref): ref for ref in records}
            for key, was in recorded.records.items():
                ref = by_ref.get(key)
                if ref is not None and records[ref] != was:
                    different.append(
                        f"the record of case {ref} (its details or status) is not the one "
                        "recorded then"
                    )
    findings = older + different
    if not findings:
        return None
    listed = "; ".join(findings[:_LISTED])
    if len(findings) > _LISTED:
        listed += f"; and {len(findings) - _LISTED} more"
    when = uk_datetime(recorded.at)
    if older:
        return (
            f"This vault is older than the last one seen on this computer (on {when}): "
            f"{listed}. It may have been replaced by an older copy. Nothing has been blocked; "
            "check it against the copy you expect to be current before relying on it."
        )
    return (
        f"This vault does not match the last one seen on this computer (on {when}): "
        f"{listed}. It may have been replaced by another copy. Nothing has been blocked; "
        "check it against the copy you expect to be current before relying on it."
    )


def _entries(n: int) -> str:
    return f"{n} entr{'y' if n == 1 else 'ies'}"


def _records(n: int) -> str:
    return f"{n} record{'' if n == 1 else 's'}"


def _load(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """(document, None), (None, None) when there is no anchor, or (None, problem)."""
    try:
        with open(path, "rb") as f:
            data = f.read(_MAX_ANCHOR_BYTES + 1)
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, (
            "The record of this vault kept on this computer cannot be read "
            f"({_describe(exc)}), so it cannot be checked whether this vault is older than "
            "the one last used here."
        )
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None, _DAMAGED
    if (
        len(data) > _MAX_ANCHOR_BYTES
        or not isinstance(doc, dict)
        or doc.get("format") != FORMAT
        or doc.get("version") != VERSION
    ):
        return None, _DAMAGED
    return doc, None


def _kdf_of(doc: dict[str, Any]) -> tuple[str, bytes] | None:
    """(kdf name, salt) of an anchor file, or None when they are not ones this code writes."""
    kdf = doc.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") not in (KDF_VAULT_KEY, KDF_SCRYPT):
        return None
    # The cost parameters are fixed, never read from the file: a forged anchor must not be
    # able to make unlocking slow or its own key cheap to guess.
    try:
        salt = bytes.fromhex(str(kdf.get("salt", "")))
    except ValueError:
        return None
    return (str(kdf["name"]), salt) if len(salt) == SALT_BYTES else None


def _describe(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


__all__ = [
    "ANCHOR_DIR_ENV",
    "Anchor",
    "Reading",
    "Recorded",
    "default_anchor_dir",
    "derive_keys_from_vault_key",
    "new_vault_key",
    "rollback_message",
]
