"""Sealing a case bundle with a password: the age file format (https://age-encryption.org/v1).

A sealed bundle is an age file with one passphrase (scrypt) recipient, so force IT can open
it with the standard ``age -d`` (or ``rage -d``) command and read the bundle JSON inside:
a published, reviewed format, not a container of our own. age authenticates everything: the
header carries an HMAC under the file key, the payload is ChaCha20-Poly1305 in 64 KiB
chunks with the last chunk marked, so a changed, cut or extended file fails to open.

Writing uses the specification's primitives from ``cryptography`` with a fixed scrypt work
factor, ``WORK_FACTOR`` (2^18, the ``age`` tool's own default; about 256 MB and a second).
The ``pyrage`` binding (rage, the Rust implementation) calibrates the work factor to the
exporting computer instead, which would make the limit below depend on whose computer wrote
the file. Opening uses ``pyrage``. Before anything is derived, :func:`read_header` reads the
header and refuses a work factor above ``MAX_WORK_FACTOR``: a hostile file naming 2^40 would
otherwise cost hours and terabytes before the password could even be checked.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

__all__ = [
    "MAGIC",
    "MAX_WORK_FACTOR",
    "WORK_FACTOR",
    "SealError",
    "SealHeader",
    "WrongPassword",
    "is_sealed",
    "open_sealed",
    "read_header",
    "seal",
]

MAGIC = b"age-encryption.org/v1\n"
ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
# log2 of scrypt's N as written; the age tool writes 18 too.
WORK_FACTOR = 18
# What an import accepts: what this application writes plus one step (512 MB, two seconds).
MAX_WORK_FACTOR = WORK_FACTOR + 1
_CHUNK = 64 * 1024
_TAG = 16
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
# The header is a few lines for one recipient; anything much longer is not ours.
_MAX_HEADER = 4096
_B64 = re.compile(rb"^[A-Za-z0-9+/]*$")


class SealError(ValueError):
    """The file is not a sealed bundle this application can open, or it was damaged."""


class WrongPassword(SealError):
    """The password does not open the seal (or the seal's header was changed)."""


@dataclass(frozen=True)
class SealHeader:
    work_factor: int
    header_length: int


def is_sealed(data: bytes) -> bool:
    """Whether ``data`` looks like an age file (binary or armoured), not bundle JSON."""
    head = data.lstrip()[:64]
    return data.startswith(MAGIC) or head.startswith(ARMOR)


def _b64decode(text: bytes, what: str) -> bytes:
    # age uses unpadded standard base64 and requires the canonical encoding.
    if not _B64.match(text):
        raise SealError(f"The seal's {what} is not valid base64; the file is damaged.")
    try:
        raw = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except ValueError:
        raise SealError(f"The seal's {what} is not valid base64; the file is damaged.") from None
    if _b64(raw).encode() != text:
        raise SealError(f"The seal's {what} is not canonical base64; the file is damaged.")
    return raw


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def read_header(data: bytes) -> SealHeader:
    """Check a sealed bundle's header without deriving any key. Raises :class:`SealError`
    for anything but one scrypt recipient with a work factor this application accepts."""
    if data.lstrip()[:64].startswith(ARMOR):
        raise SealError(
            "The sealed bundle is in age's text (armoured) form; save it as the binary file "
            "MSVLO Desktop wrote (or run `age -d` on it) and import that."
        )
    if not data.startswith(MAGIC):
        raise SealError("The file is not a sealed case bundle (no age header).")
    end = data.find(b"\n---", 0, _MAX_HEADER)
    if end < 0:
        raise SealError("The seal's header is cut short or too long; the file is damaged.")
    lines = data[len(MAGIC) : end].split(b"\n")
    stanzas = [i for i, line in enumerate(lines) if line.startswith(b"-> ")]
    kinds = [lines[i][3:].split(b" ")[0] for i in stanzas]
    if b"scrypt" not in kinds:
        kind = kinds[0].decode("ascii", "replace")[:20] if kinds else "no"
        raise SealError(
            f"The bundle is sealed for a key ({kind!r} recipient), not with a password, or its "
            "header is damaged; MSVLO Desktop opens password-sealed bundles only."
        )
    if len(stanzas) != 1 or stanzas[0] != 0:
        raise SealError(
            "The sealed bundle is not sealed with one password only (it names "
            f"{len(stanzas)} recipients); MSVLO Desktop opens password-sealed bundles only."
        )
    args = lines[0][3:].split(b" ")
    if len(args) != 3:
        raise SealError("The seal's password line is malformed; the file is damaged.")
    if len(_b64decode(args[1], "salt")) != 16:
        raise SealError("The seal's salt has the wrong length; the file is damaged.")
    factor = args[2]
    if not re.fullmatch(rb"[1-9][0-9]{0,1}", factor):
        raise SealError("The seal's work factor is not a number; the file is damaged.")
    work = int(factor)
    if work > MAX_WORK_FACTOR:
        raise SealError(
            f"The seal asks for a password work factor of 2^{work}; MSVLO Desktop writes 2^"
            f"{WORK_FACTOR} and opens at most 2^{MAX_WORK_FACTOR}. The file was not written "
            "by MSVLO Desktop and was not opened (it would take minutes and gigabytes)."
        )
    body = lines[1:]
    if len(body) != 1 or len(_b64decode(body[0], "wrapped key")) != 32:
        raise SealError("The seal's wrapped key has the wrong length; the file is damaged.")
    return SealHeader(work, end)


def seal(plaintext: bytes, password: str, *, work_factor: int | None = None) -> bytes:
    """Encrypt ``plaintext`` as an age file with one scrypt (password) recipient, at
    ``work_factor`` (default :data:`WORK_FACTOR`)."""
    if work_factor is None:
        work_factor = WORK_FACTOR
    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrap_key = Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=2**work_factor, r=8, p=1).derive(
        password.encode("utf-8")
    )
    wrapped = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    header = MAGIC + f"-> scrypt {_b64(salt)} {work_factor}\n{_b64(wrapped)}\n---".encode()
    mac_key = _hkdf(file_key, b"", b"header")
    mac = hmac.new(mac_key, header, hashlib.sha256).digest()
    nonce = os.urandom(16)
    payload_key = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    out = [header, b" ", _b64(mac).encode(), b"\n", nonce]
    count = max(1, -(-len(plaintext) // _CHUNK))
    for i in range(count):
        chunk = plaintext[i * _CHUNK : (i + 1) * _CHUNK]
        chunk_nonce = i.to_bytes(11, "big") + (b"\x01" if i == count - 1 else b"\x00")
        out.append(payload_key.encrypt(chunk_nonce, chunk, None))
    return b"".join(out)


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt or None, info=info).derive(key)


def open_sealed(data: bytes, password: str) -> bytes:
    """Check the header, then decrypt and authenticate the whole file. Raises
    :class:`WrongPassword` when the password does not open it, :class:`SealError` when the
    file is damaged or not one this application opens."""
    read_header(data)
    try:
        return bytes(pyrage.passphrase.decrypt(data, password))
    except pyrage.DecryptError as exc:
        # rage says "Decryption failed" when no recipient stanza opens with this password
        # (or the header MAC fails after a changed header); anything else is a damaged body.
        if str(exc).strip().lower() == "decryption failed":
            raise WrongPassword(
                "The bundle password is wrong, or the seal's header was changed."
            ) from None
        raise SealError(
            "The sealed bundle is damaged or was changed after it was sealed "
            "(its authentication failed)."
        ) from None
    except (InvalidTag, ValueError, RuntimeError):
        raise SealError("The sealed bundle is damaged and could not be opened.") from None
