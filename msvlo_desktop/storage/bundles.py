"""Handover bundles in and out of a vault: signed, sealed, checked before anything is written.

Export: the case as a bundle (core/bundle.py) with ``origin`` and an Ed25519 signature by the
vault's key (core/signing.py, storage/keys.py), then sealed with the bundle password
(core/seal.py) unless the officer chose a plain file. The disclosure (and a handover) is
recorded only once the file is written, by :func:`record_export`.

Import runs in two steps so both front ends can show the officer who sent the bundle before
anything is written: :func:`review_bundle` opens the seal, checks the whole bundle and its
signature, and says what this vault knows of the sender; :func:`import_reviewed` then writes
the case, its log exactly as it came, the sender (trust on first use) and a record of the
bundle, all in one transaction. Every refusal leaves the vault as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msvlo_desktop.core.bundle import (
    MAX_BUNDLE_BYTES,
    UNVERIFIED_MARK,
    BundleError,
    ParsedBundle,
    build_bundle,
    dump_bundle,
    parse_bundle,
)
from msvlo_desktop.core.seal import SealError, WrongPassword, is_sealed, open_sealed, seal
from msvlo_desktop.core.sequence import review_history
from msvlo_desktop.core.signing import Origin, sign_document
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.core.values import iso, short_text
from msvlo_desktop.storage import tombstones
from msvlo_desktop.storage.errors import CaseExists, VaultError
from msvlo_desktop.storage.keys import (
    KEY_CHANGED,
    SenderCheck,
    check_sender,
    previous_key_links,
    remember_sender,
    signing_key,
)

if TYPE_CHECKING:
    from msvlo_desktop.storage.vault import Vault

__all__ = [
    "BUNDLE_SUFFIX",
    "UNVERIFIED_MARK",
    "BundleError",
    "BundleRefused",
    "BundleReview",
    "PasswordNeeded",
    "build_signed_bundle",
    "encode_bundle",
    "handed_over",
    "import_reviewed",
    "imported_unverified",
    "read_bundle_file",
    "record_export",
    "review_bundle",
    "write_bundle_file",
]

BUNDLE_SUFFIX = ".msvlo-bundle"
HANDOVER_ACTION = "case handed over"


class BundleRefused(VaultError):
    """The bundle is not imported (a seal, sender or replay check failed); nothing written."""


class PasswordNeeded(BundleRefused):
    """The bundle is sealed and no bundle password was given."""

    def __init__(self) -> None:
        super().__init__("The bundle is sealed: give its bundle password to open it.")


@dataclass(frozen=True)
class BundleReview:
    """A bundle read and checked, not yet imported: what the officer confirms."""

    parsed: ParsedBundle
    sealed: bool
    sender: SenderCheck | None  # None for a bundle with no signature

    @property
    def origin(self) -> Origin | None:
        return self.parsed.origin

    @property
    def reference(self) -> str:
        return self.parsed.case.reference


# ----------------------------------------------------------------------------- files
def read_bundle_file(raw_path: Path | str) -> bytes:
    """The bytes of a bundle file: a regular file only (never a device, pipe or folder, even
    through a symbolic link), refused by its size before a byte is read, and read through
    the one descriptor that was checked."""
    path = Path(raw_path).expanduser()
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise BundleRefused(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise BundleRefused(f"{path} is a folder, not a case bundle.") from None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise BundleRefused(f"{path} cannot be read (permission denied).") from None
        raise
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise BundleRefused(f"{path} is a folder, not a case bundle.")
        if not stat.S_ISREG(info.st_mode):
            raise BundleRefused(
                f"{path} is not a regular file (a device, pipe or socket); a case bundle is a file."
            )
        if info.st_size > MAX_BUNDLE_BYTES:
            raise BundleRefused(f"{path} is larger than 256 MB; it cannot be a case bundle.")
        chunks = []
        remaining = MAX_BUNDLE_BYTES + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        if remaining <= 0:  # grew while being read
            raise BundleRefused(f"{path} is larger than 256 MB; it cannot be a case bundle.")
        return b"".join(chunks)
    finally:
        os.close(fd)


def write_bundle_file(path: Path, data: bytes) -> None:
    """Write a new bundle file whole, private to its owner, never replacing a file: a private
    temporary file beside it, fsync, then a hard link to the final name (which fails if that
    name appeared meanwhile). Raises :class:`BundleRefused` with the reason."""
    folder = path.parent
    if path.exists() or path.is_symlink():
        raise BundleRefused(f"{path} already exists; choose another name. Nothing was written.")
    if not folder.is_dir():
        raise BundleRefused(f"The folder {folder} does not exist. Nothing was written.")
    tmp = folder / f".{path.name}.{uuid.uuid4().hex[:8]}.partial"
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        _link_new(tmp, path)
    except OSError as exc:
        reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise BundleRefused(
            f"{path} could not be written: {reason}. Nothing was written."
        ) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _link_new(tmp: Path, path: Path) -> None:
    appeared = BundleRefused(
        f"{path} appeared while the bundle was being written; nothing was replaced."
    )
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise appeared from None
    except OSError as exc:
        # A USB stick's FAT or exFAT has no hard links: check, then rename (a narrow window).
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        if path.exists() or path.is_symlink():
            raise appeared from None
        os.rename(tmp, path)


# ----------------------------------------------------------------------------- export
def build_signed_bundle(vault: Vault, ref: str, *, recipient: str, purpose: str) -> dict[str, Any]:
    """The case as a bundle with ``origin`` and the vault key's signature (not yet recorded
    as a disclosure: see :func:`record_export`)."""
    # One line of plain text each, as a receiving vault requires of origin (core/signing.py).
    recipient = short_text(recipient, "recipient")
    purpose = short_text(purpose, "purpose")
    key = signing_key(vault)
    with vault._mutex:
        case = vault.get_case(ref)
        entries = vault.entries(ref)
        head, _ = vault.chain_head(ref)
    doc = build_bundle(case, entries, head)
    origin = Origin(
        officer=vault.officer.display or "unknown officer",
        public_key=key.public_key,
        fingerprint=key.fingerprint,
        exported_at=vault.clock(),
        recipient=recipient,
        purpose=purpose,
        bundle_id=str(uuid.uuid4()),
        training=key.training,
        previous_keys=previous_key_links(vault),
    )
    doc["origin"] = origin.to_json()
    return sign_document(doc, key.private_key)


def encode_bundle(doc: dict[str, Any], password: str | None) -> bytes:
    """The file's bytes: sealed with ``password``, or the readable JSON when it is None."""
    plain = dump_bundle(doc)
    return plain if password is None else seal(plain, password)


def record_export(
    vault: Vault, doc: dict[str, Any], *, sealed: bool, handover: bool, actor: str | None = None
) -> None:
    """Record the written bundle as a disclosure, and the handover when asked, in one
    transaction (call only once the file exists: a failed write discloses nothing)."""
    case = doc["case"]
    origin = doc["origin"]
    ref = case["reference"]
    details = {
        "recipient": origin["recipient"],
        "purpose": origin["purpose"],
        "entries": len(case["log"]),
        "head": case["integrity"]["head"],
        "bundle_id": origin["bundle_id"],
        "sealed": sealed,
    }
    with vault._mutex, vault._tx("The export record"):
        vault._audit("disclosure", "case bundle exported", actor, ref, **details)
        if handover:
            vault._audit(
                "disclosure",
                HANDOVER_ACTION,
                actor,
                ref,
                recipient=origin["recipient"],
                bundle_id=origin["bundle_id"],
            )


def handed_over(vault: Vault) -> set[str]:
    """References of cases handed over to another officer by an export with handover."""
    with vault._mutex:
        rows = vault.conn.execute(
            "SELECT DISTINCT case_ref FROM audit WHERE action = ? AND case_ref IS NOT NULL",
            (HANDOVER_ACTION,),
        ).fetchall()
    return {str(r[0]) for r in rows}


# ----------------------------------------------------------------------------- import
def review_bundle(vault: Vault, data: bytes, password: str | None) -> BundleReview:
    """Open and check a bundle without writing anything. Raises :class:`PasswordNeeded` for a
    sealed bundle without ``password``, :class:`BundleRefused` for a wrong password, a
    damaged seal, a training key in a real vault or a replay, and
    :class:`~msvlo_desktop.core.bundle.BundleError` for an invalid bundle or signature."""
    sealed = is_sealed(data)
    if sealed:
        if password is None:
            raise PasswordNeeded()
        try:
            data = open_sealed(data, password)
        except WrongPassword as exc:
            raise BundleRefused(f"{exc} Nothing was imported.") from None
        except SealError as exc:
            raise BundleRefused(f"{exc} Nothing was imported.") from None
    parsed = parse_bundle(data, now=vault.clock())
    # History comes in as it was; what is impossible or unusual in its order is listed
    # (core/sequence.py), for the officer to read and the import's audit record to keep.
    parsed = replace(
        parsed,
        warnings=(
            *parsed.warnings,
            *review_history(parsed.case.opened_on, parsed.entries, parsed.case.victim),
        ),
    )
    origin = parsed.origin
    if origin is not None and origin.training and not vault.is_training:
        raise BundleRefused(
            "The bundle was signed by a training vault's key; a real vault does not import "
            "training cases. Nothing was imported."
        )
    _check_replay(vault, parsed)
    sender = check_sender(vault, origin) if origin is not None else None
    return BundleReview(parsed, sealed, sender)


def _check_replay(vault: Vault, parsed: ParsedBundle) -> None:
    """The one place that decides whether a bundle's case may come (back) in."""
    ref = parsed.case.reference
    with vault._mutex:
        if vault.case_exists(ref):
            raise CaseExists(ref)
        # A case erased at the end of its retention must never come back in through an
        # old bundle (storage/erasure.py).
        erased = tombstones.erasure_of(vault.conn, ref)
        if erased is not None:
            raise BundleRefused(
                f"Case {ref} was erased from this vault on {uk_date(erased.at.date())} at the "
                "end of its retention; it cannot be imported again. Nothing was imported."
            )
        if parsed.origin is not None:
            seen = vault.conn.execute(
                "SELECT case_ref FROM imported_bundles WHERE bundle_id = ?",
                (parsed.origin.bundle_id,),
            ).fetchone()
            if seen is not None:
                raise BundleRefused(
                    f"This bundle (id {parsed.origin.bundle_id}) was already imported into "
                    f"this vault, as case {seen[0]}; nothing was imported."
                )


def import_reviewed(
    vault: Vault,
    review: BundleReview,
    *,
    allow_unsigned: bool = False,
    accept_new_key: bool = False,
    source: str = "",
    actor: str | None = None,
) -> ParsedBundle:
    """Write a reviewed bundle as a new case: all of it, or nothing."""
    parsed = review.parsed
    origin = parsed.origin
    if origin is None and not allow_unsigned:
        raise BundleRefused(
            "The bundle carries no signature, so nothing shows who made it or that it is "
            "unchanged. Nothing was imported; import it as unverified only if you trust "
            "where it came from (command line: --unsigned)."
        )
    case = parsed.case
    now = vault.clock()
    details: dict[str, Any] = {
        "source": source,
        "entries": len(parsed.entries),
        "head": parsed.head,
        "verified": origin is not None,
        "sealed": review.sealed,
    }
    if parsed.warnings:
        details["warnings"] = list(parsed.warnings)
    if origin is not None:
        details.update(
            sender=origin.officer,
            fingerprint=origin.fingerprint,
            bundle_id=origin.bundle_id,
            exported_at=iso(origin.exported_at),
        )
    with vault._mutex, vault._tx("The import"):
        _check_replay(vault, parsed)
        # Asked again here: another import may have taught the vault this sender since.
        sender = check_sender(vault, origin) if origin is not None else None
        if sender is not None and sender.status == KEY_CHANGED and not accept_new_key:
            assert origin is not None
            raise BundleRefused(
                f"The signing key of {origin.officer} has changed since their last bundle; "
                "nothing was imported. Check the fingerprint with them by phone first, then "
                "accept the new key (command line: --accept-new-key)."
            )
        if sender is not None:
            details["sender_key"] = sender.status
        vault._write_imported(
            parsed,
            now,
            actor,
            "case imported" if origin is not None else "case imported unverified",
            **details,
        )
        if origin is not None:
            remember_sender(vault, origin, now)
        vault.conn.execute(
            "INSERT INTO imported_bundles (case_ref, bundle_id, exported_at, sender,"
            " fingerprint, verified, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                case.reference,
                origin.bundle_id if origin else None,
                iso(origin.exported_at) if origin else None,
                origin.officer if origin else None,
                origin.fingerprint if origin else None,
                int(origin is not None),
                iso(now),
            ),
        )
    return parsed


def imported_unverified(vault: Vault, ref: str) -> bool:
    """Whether the case came in from a bundle with no signature (shown on the case and on
    its reports; kept outside the log, which is stored exactly as it came)."""
    with vault._mutex:
        row = vault.conn.execute(
            "SELECT 1 FROM imported_bundles WHERE case_ref = ? AND verified = 0", (ref,)
        ).fetchone()
    return row is not None
