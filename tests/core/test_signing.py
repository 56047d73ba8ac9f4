"""Bundle signatures: RFC 8785 canonical JSON, Ed25519, fingerprints, origin, key chains."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

import pytest

from msvlo_desktop.core.signing import (
    KeyLink,
    SignatureError,
    canonical_json,
    endorse_key,
    fingerprint,
    new_private_key,
    parse_origin,
    public_key_of,
    sign_document,
    verify_document,
    verify_key_links,
)

# The published test vector (docs/SECURITY.md, "Bundle signature test vector").
VECTOR_PRIVATE = bytes(range(32))
VECTOR_PUBLIC = "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg="
VECTOR_FINGERPRINT = "5647 5AA7 5463 474C 0285 DF5D BF2B CAB7"
VECTOR_CANONICAL = (
    '{"case":{"reference":"TEST-0001","victim":{"name":"Zoë"}},"format":"msvlo-case-bundle",'
    '"origin":{"bundle_id":"00000000-0000-4000-8000-000000000001",'
    '"exported_at":"2026-11-20T12:00:00+00:00",'
    '"fingerprint":"5647 5AA7 5463 474C 0285 DF5D BF2B CAB7","officer":"PC 1234 A. Smith",'
    '"public_key":"A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=","purpose":"handover",'
    '"recipient":"DS R. Patel"},"version":1}'
)
VECTOR_SIGNATURE = (
    "in2Sn/JDDxlz9yu4F+unfEpGVQ3bjb/9UCSZ5SlKNTGEuuQMrJ4tvQTu0zN8ENN30aiD1OEyWXlNSX0lNN7cAw=="
)


def _vector_doc() -> dict[str, Any]:
    return {
        "format": "msvlo-case-bundle",
        "version": 1,
        "case": {"reference": "TEST-0001", "victim": {"name": "Zoë"}},
        "origin": {
            "officer": "PC 1234 A. Smith",
            "public_key": VECTOR_PUBLIC,
            "fingerprint": VECTOR_FINGERPRINT,
            "exported_at": "2026-11-20T12:00:00+00:00",
            "recipient": "DS R. Patel",
            "purpose": "handover",
            "bundle_id": "00000000-0000-4000-8000-000000000001",
        },
    }


# ----------------------------------------------------------------------------- RFC 8785
def test_canonical_json_matches_the_rfc_primitive_data_example() -> None:
    # RFC 8785 section 3.2.2.
    doc = json.loads(
        '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],'
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",'
        ' "literals": [null, true, false]}'
    )
    expected = (
        '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],'
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )
    assert canonical_json(doc).decode("utf-8") == expected


def test_canonical_json_sorts_keys_by_utf16_code_units() -> None:
    # RFC 8785 section 3.2.3: the emoji (a surrogate pair, D83D) sorts before U+FB33.
    doc = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    order = list(json.loads(canonical_json(doc)))
    assert order == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]


# ----------------------------------------------------------------------------- the vector
def test_the_published_signature_vector() -> None:
    assert base64.b64encode(public_key_of(VECTOR_PRIVATE)).decode() == VECTOR_PUBLIC
    assert fingerprint(public_key_of(VECTOR_PRIVATE)) == VECTOR_FINGERPRINT
    doc = _vector_doc()
    assert canonical_json(doc).decode("utf-8") == VECTOR_CANONICAL
    signed = sign_document(doc, VECTOR_PRIVATE)
    assert signed["signature"] == VECTOR_SIGNATURE  # Ed25519 is deterministic
    verify_document(signed, public_key_of(VECTOR_PRIVATE))


def test_the_signature_covers_every_field_and_not_key_order() -> None:
    signed = sign_document(_vector_doc(), VECTOR_PRIVATE)
    public = public_key_of(VECTOR_PRIVATE)
    reordered = dict(reversed(list(signed.items())))
    verify_document(reordered, public)  # canonical form: the order of fields does not matter
    for change in (
        lambda d: d["case"]["victim"].update(name="Zoe"),
        lambda d: d["origin"].update(recipient="Someone else"),
        lambda d: d["origin"].update(exported_at="2026-11-21T12:00:00+00:00"),
        lambda d: d.update(version=2),
        lambda d: d["case"].update(extra=None),
    ):
        tampered = copy.deepcopy(signed)
        change(tampered)
        with pytest.raises(SignatureError, match="changed after it was signed"):
            verify_document(tampered, public)


def test_another_key_or_a_broken_signature_is_refused() -> None:
    signed = sign_document(_vector_doc(), VECTOR_PRIVATE)
    with pytest.raises(SignatureError):
        verify_document(signed, public_key_of(new_private_key()))
    for bad in ("", "not base64!", base64.b64encode(b"short").decode(), 42):
        with pytest.raises(SignatureError, match="signature"):
            verify_document({**signed, "signature": bad}, public_key_of(VECTOR_PRIVATE))


def test_fingerprint_is_eight_groups_to_read_aloud() -> None:
    text = fingerprint(public_key_of(new_private_key()))
    groups = text.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert text == text.upper()


# ----------------------------------------------------------------------------- origin
def test_origin_is_checked_field_by_field() -> None:
    origin = parse_origin(_vector_doc()["origin"])
    assert origin.officer == "PC 1234 A. Smith" and origin.fingerprint == VECTOR_FINGERPRINT
    raw = _vector_doc()["origin"]
    raw.update(fingerprint="0000 0000 0000 0000 0000 0000 0000 0000", bundle_id="x", extra=1)
    raw["exported_at"] = "2026-11-20T12:00:00"
    with pytest.raises(SignatureError) as caught:
        parse_origin(raw)
    fields = {p.field for p in caught.value.problems}
    assert fields == {
        "origin.extra",
        "origin.fingerprint",
        "origin.bundle_id",
        "origin.exported_at",
    }
    with pytest.raises(SignatureError, match="missing"):
        parse_origin({k: v for k, v in _vector_doc()["origin"].items() if k != "purpose"})


def test_a_replaced_key_is_linked_by_the_old_keys_signature() -> None:
    k0, k1, k2 = (new_private_key() for _ in range(3))
    p0, p1, p2 = (public_key_of(k) for k in (k0, k1, k2))
    links = (KeyLink(p0, endorse_key(k0, p1)), KeyLink(p1, endorse_key(k1, p2)))
    assert verify_key_links(links, p2)
    assert not verify_key_links(links, public_key_of(new_private_key()))
    forged = (KeyLink(p0, endorse_key(k2, p1)), links[1])  # not signed by the old key
    assert not verify_key_links(forged, p2)
