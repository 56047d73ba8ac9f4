"""Sealed bundles: the age format with one password (scrypt) recipient."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pyrage
import pytest

from msvlo_desktop.core import seal
from msvlo_desktop.core.seal import (
    MAX_WORK_FACTOR,
    WORK_FACTOR,
    SealError,
    WrongPassword,
    is_sealed,
    open_sealed,
    read_header,
)

PASSWORD = "amber lighthouse quietly seven"
NAME = "Nguyễn Thị Hương"


@pytest.fixture(autouse=True)
def _cheap_seal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Seal at a low work factor: these tests check the format, not the cost."""
    monkeypatch.setattr(seal, "WORK_FACTOR", 10)
    yield


def test_the_work_factor_written_is_ages_default_and_the_limit_a_step_above() -> None:
    assert WORK_FACTOR == 18
    assert MAX_WORK_FACTOR == 19


def test_round_trip_and_the_standard_tool_opens_it() -> None:
    for size in (0, 1, 65536, 65537, 200_000):
        plain = bytes(i % 251 for i in range(size))
        sealed = seal.seal(plain, PASSWORD)
        assert is_sealed(sealed) and sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")
        assert open_sealed(sealed, PASSWORD) == plain
        # rage, the Rust implementation of age, opens what we write, as `age -d` does.
        assert pyrage.passphrase.decrypt(sealed, PASSWORD) == plain


def test_wrong_password() -> None:
    sealed = seal.seal(b"secret", PASSWORD)
    with pytest.raises(WrongPassword, match="password is wrong"):
        open_sealed(sealed, PASSWORD + "x")


def test_every_flipped_byte_and_every_cut_is_refused() -> None:
    sealed = seal.seal(b'{"case": "x"}' * 50, PASSWORD)
    header = sealed.index(b"\n---") + 48
    for i in [*range(header), *range(header, len(sealed), 7)]:
        flipped = sealed[:i] + bytes([sealed[i] ^ 0x01]) + sealed[i + 1 :]
        with pytest.raises(SealError):
            open_sealed(flipped, PASSWORD)
    for cut in (1, 16, 17, len(sealed) // 2, len(sealed) - 60):
        with pytest.raises(SealError):
            open_sealed(sealed[:-cut], PASSWORD)
    with pytest.raises(SealError):
        open_sealed(sealed + b"\x00", PASSWORD)


def test_an_inflated_work_factor_is_refused_before_any_key_is_derived(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sealed = seal.seal(b"x", PASSWORD)
    inflated = sealed.replace(b" 10\n", b" 40\n", 1)

    def never(*_: object) -> bytes:
        raise AssertionError("decryption attempted")

    monkeypatch.setattr(pyrage.passphrase, "decrypt", never)
    with pytest.raises(SealError, match="2\\^40"):
        open_sealed(inflated, PASSWORD)
    for bad in (b" 20\n", b" 020\n", b" 0\n", b" -1\n", b" 1e3\n"):
        with pytest.raises(SealError):
            read_header(sealed.replace(b" 10\n", bad, 1))


def test_other_recipient_kinds_and_armour_are_refused_plainly() -> None:
    identity = pyrage.x25519.Identity.generate()
    for_key = pyrage.encrypt(b"x", [identity.to_public()])
    with pytest.raises(SealError, match="sealed for a key"):
        open_sealed(for_key, PASSWORD)
    two = seal.seal(b"x", PASSWORD).replace(
        b"\n---", b"\n-> scrypt " + base64.b64encode(bytes(16)).rstrip(b"=") + b" 10\nAA\n---", 1
    )
    with pytest.raises(SealError, match="recipients"):
        open_sealed(two, PASSWORD)
    armoured = b"-----BEGIN AGE ENCRYPTED FILE-----\n" + base64.b64encode(sealed_once())
    with pytest.raises(SealError, match="armoured"):
        open_sealed(armoured, PASSWORD)
    with pytest.raises(SealError, match="no age header"):
        read_header(b'{"format": "msvlo-case-bundle"}')


def sealed_once() -> bytes:
    return seal.seal(b"x", PASSWORD)


def test_the_plaintext_is_absent_from_the_sealed_file() -> None:
    plain = f'{{"victim": {{"name": "{NAME}"}}}}'.encode()
    sealed = seal.seal(plain * 20, PASSWORD)
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert NAME.encode(encoding) not in sealed
    assert b"victim" not in sealed
