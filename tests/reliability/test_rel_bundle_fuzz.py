"""Bad input: the bundle importer never crashes, never half-imports, always explains.

Hypothesis feeds ``Vault.import_bundle`` mutated valid bundles (fields deleted, replaced,
duplicated, types swapped), random JSON, huge strings, control characters, invalid UTF-8,
lone surrogates and deep nesting (up to 10,000 levels). Every attempt must either import the
whole case or raise BundleError / ValidationError (or CaseExists for a reference already
there) with a clear message and leave the vault exactly as it was: the same cases, the same
audit records, byte for byte the same log rows. One vault serves every example (created,
then reopened once). The short run always runs; the long one is marked ``slow``.

Sealed bundles (age format, password recipient) get the same treatment through the import
the front ends use (``review_bundle`` then ``import_reviewed``): truncated, bit-flipped,
extended, opened with a wrong password, with an inflated scrypt work factor (refused before
any key is derived, so in well under a second) and with other recipient formats. The fast
run seals once at a low work factor; the long run seals at the real one (about a second per
seal and per opening).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import (
    PASSPHRASE,
    bundle_doc,
    case_fields,
    interaction,
    new_vault,
    provision,
)

from msvlo_desktop.core import seal
from msvlo_desktop.core.bundle import BundleError, parse_bundle
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.storage.bundles import (
    BundleRefused,
    build_signed_bundle,
    encode_bundle,
    import_reviewed,
    review_bundle,
)
from msvlo_desktop.storage.errors import CaseExists
from msvlo_desktop.storage.vault import Vault

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
INTERNAL_REPR = re.compile(r"<[A-Za-z_][\w.]* object at 0x[0-9a-fA-F]+>|Traceback \(most recent")


# ------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def base_bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A valid bundle with most entry types, from a real vault."""
    folder = tmp_path_factory.mktemp("fuzz-source")
    with new_vault(folder / "source.msvlo", entries=0, anchor_dir=folder / "anchors") as v:
        ref = "KESTREL-0001"
        first = v.add_entry(ref, interaction(1))
        v.add_entry(ref, provision())
        arrest = v.add_entry(
            ref,
            {
                "type": "investigation_event",
                "occurred_at": "2026-03-05T10:00:00+00:00",
                "event": "arrest",
            },
        )
        v.add_entry(
            ref,
            {
                "type": "victim_update",
                "occurred_at": "2026-03-06T10:00:00+00:00",
                "satisfies": [arrest.id],
                "method": "phone",
                "summary": "Told about the arrest",
            },
        )
        v.add_entry(
            ref,
            {
                "type": "referral",
                "occurred_at": "2026-03-04T11:00:00+00:00",
                "service": "nrm",
                "consent": True,
            },
        )
        v.add_entry(
            ref,
            {
                "type": "correction",
                "occurred_at": "2026-03-04T10:00:00+00:00",
                "corrects": first.id,
                "reason": "Wrong mode recorded",
                "replacement": {**interaction(1), "mode": "face_to_face"},
            },
        )
        doc = bundle_doc(v, ref)
    doc["case"]["reference"] = "FUZZ-0001"
    del doc["case"]["integrity"]  # the head covers the reference; mutations break it anyway
    parse_bundle(json.dumps(doc), now=NOW)  # valid as it stands
    return doc


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """The one vault every example imports into: created, closed, reopened once."""
    folder = tmp_path_factory.mktemp("fuzz-target")
    path = folder / "officer.msvlo"
    new_vault(path, entries=3, anchor_dir=folder / "anchors").close()
    vault = Vault.open(path, PASSPHRASE, clock=lambda: NOW, anchor_dir=folder / "anchors")
    try:
        yield vault
    finally:
        vault.close()


def _snapshot(vault: Vault) -> tuple[Any, ...]:
    conn = vault.conn
    digest = hashlib.sha256()
    for row in conn.execute("SELECT * FROM entries ORDER BY id"):
        digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return (
        tuple(conn.execute("SELECT reference, header, entry_count, head FROM cases ORDER BY id")),
        conn.execute("SELECT count(*), max(hash) FROM audit").fetchone(),
        conn.execute("SELECT count(*) FROM case_revisions").fetchone(),
        digest.hexdigest(),
    )


# ------------------------------------------------------------------------------- strategies
odd_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp"]), max_size=8),
    st.text(
        alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3
    ),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "2026-02-30",
            "2026-03-02T25:00:00+00:00",
            "9" * 400,
            "-1",
            "1e400",
            "NaN",
            "\u202e",
            "null",
            "KESTREL-0001",
            "FUZZ-0001",
        ]
    ),
    st.integers(min_value=1, max_value=5).map(lambda n: "x" * (10 ** (n + 1))),  # up to 1 MB
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    odd_text,
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _containers(doc: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths of every dict and list in ``doc``."""
    if isinstance(doc, dict):
        yield path
        for k, v in doc.items():
            yield from _containers(v, (*path, k))
    elif isinstance(doc, list):
        yield path
        for i, v in enumerate(doc):
            yield from _containers(v, (*path, i))


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> str | bytes:
    doc = copy.deepcopy(base)
    duplicated: list[str] = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = list(_containers(doc))
        node = _at(doc, draw(st.sampled_from(paths)))
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        op = draw(st.sampled_from(["delete", "replace", "duplicate", "swap", "add"]))
        if not keys:
            op = "add"
        key = draw(st.sampled_from(keys)) if keys else None
        if op == "delete":
            del node[key]
        elif op == "replace":
            node[key] = draw(json_values)
        elif op == "duplicate":
            if isinstance(node, list):
                assert isinstance(key, int)
                node.insert(key, copy.deepcopy(node[key]))
            else:  # the same name twice in one object: only JSON text can say that
                duplicated.append(str(key))
        elif op == "swap":
            value = node[key]
            node[key] = draw(
                st.sampled_from(
                    [str(value), [value], {"value": value}, None, 0, True, json.dumps(value)]
                )
            )
        elif isinstance(node, list):
            node.append(draw(json_values))
        else:
            node[draw(st.text(max_size=10))] = draw(json_values)
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    for name in duplicated:
        extra = json.dumps(draw(json_values))
        text = text.replace(f'"{name}": ', f'"{name}": {extra}, "{name}": ', 1)
    how = draw(st.sampled_from(["text", "bytes", "dupkey", "truncate", "garble", "bom", "deep"]))
    if how == "text":
        return text
    data = text.encode("utf-8", "surrogatepass")
    if how == "dupkey":
        return text.replace('"reference": ', '"reference": "DUP-1", "reference": ', 1)
    if how == "truncate":
        return data[: draw(st.integers(min_value=0, max_value=len(data)))]
    if how == "garble":
        at = draw(st.integers(min_value=0, max_value=len(data)))
        junk = draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\x00", b"\xe2\x82"]))
        return data[:at] + junk + data[at:]
    if how == "bom":
        return b"\xef\xbb\xbf" + data
    depth = draw(st.sampled_from([50, 900, 990, 10_000]))
    inner = "[" * depth + "1" + "]" * depth
    return text.replace('"pseudonym": "V1"', f'"pseudonym": {inner}', 1)


def _random_documents() -> st.SearchStrategy[str | bytes]:
    return st.one_of(
        json_values.map(json.dumps),
        st.binary(max_size=200),
        st.sampled_from(
            [
                "",
                "{",
                "[]",
                "null",
                '{"format": "msvlo-case-bundle"}',
                "[" * 10_000 + "]" * 10_000,
                "{" + '"a":{' * 10_000 + "}" * 10_001,
            ]
        ),
    )


# ------------------------------------------------------------------------------- the check
def _attempt(vault: Vault, data: str | bytes) -> None:
    before = _snapshot(vault)
    try:
        parsed = vault.import_bundle(data, source="fuzz")
    except (BundleError, ValidationError, CaseExists) as exc:
        message = str(exc)
        assert message.strip(), "an empty message"
        assert not INTERNAL_REPR.search(message), message
        for problem in getattr(exc, "problems", ()):
            assert str(problem).strip() and not INTERNAL_REPR.search(str(problem))
        assert _snapshot(vault) == before, "a refused bundle changed the vault"
        return
    # Accepted (the mutation kept it valid): the whole case is there, and nothing else.
    ref = parsed.case.reference
    assert vault.entry_count(ref) == len(parsed.entries)
    assert vault.chain_head(ref)[0] == (parsed.head or "0" * 64)
    assert len(_snapshot(vault)[0]) == len(before[0]) + 1


SHORT = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=False,
)
LONG = settings(SHORT, max_examples=4000)


@pytest.mark.parametrize("field", ["summary", "id", "author"])
def test_lone_surrogates_are_refused_cleanly(
    target: Vault, base_bundle: dict[str, Any], field: str
) -> None:
    """Half a UTF-16 pair, in checked text or in a field no text rule reads, is refused."""
    doc = copy.deepcopy(base_bundle)
    doc["case"]["log"][0][field] = "Before \ud800 after"
    before = _snapshot(target)
    with pytest.raises(BundleError) as caught:
        target.import_bundle(json.dumps(doc), source="fuzz")
    messages = [p.message for p in caught.value.problems]
    assert any("invalid" in m or "not valid Unicode" in m or "plain text" in m for m in messages)
    assert _snapshot(target) == before


def _surrogates_refused() -> bool:
    """Whether the core refuses lone surrogates cleanly (as it must: see the test above);
    if a regression breaks that, they are left out of the general fuzzing so that the
    fuzzing still looks for other faults while the test above fails."""
    doc = {
        "format": "msvlo-case-bundle",
        "version": 1,
        "case": {
            **case_fields("SURR-1"),
            "log": [
                {
                    **interaction(1),
                    "id": "a",
                    "recorded_at": "2026-03-04T10:00:00+00:00",
                    "author": "x",
                    "summary": "\ud800",
                }
            ],
        },
    }
    try:
        parse_bundle(json.dumps(doc), now=NOW)
    except BundleError:
        return True
    except UnicodeEncodeError:
        return False
    return False


def _without_surrogates(data: str | bytes) -> bool:
    if _surrogates_refused():
        return True
    text = data if isinstance(data, str) else data.decode("utf-8", "ignore")
    return not re.search(r"[\ud800-\udfff]|\\u[dD][89a-fA-F][0-9a-fA-F]{2}", text)


def test_fuzzed_bundles_never_crash_or_half_import(
    target: Vault, base_bundle: dict[str, Any]
) -> None:
    @SHORT
    @given(data=st.one_of(mutated(base_bundle), _random_documents()).filter(_without_surrogates))
    def run(data: str | bytes) -> None:
        _attempt(target, data)

    run()


@pytest.mark.slow
def test_fuzzed_bundles_long_run(target: Vault, base_bundle: dict[str, Any]) -> None:
    @LONG
    @given(data=st.one_of(mutated(base_bundle), _random_documents()).filter(_without_surrogates))
    def run(data: str | bytes) -> None:
        _attempt(target, data)

    run()


def test_specific_hostile_inputs(target: Vault, base_bundle: dict[str, Any]) -> None:
    """The named hostile cases, each once, whatever hypothesis happens to draw."""
    text = json.dumps(base_bundle)
    hostile: list[str | bytes] = [
        "[" * 10_000 + "]" * 10_000,
        text.replace('"pseudonym": "V1"', '"pseudonym": ' + "[" * 10_000 + "]" * 10_000, 1),
        text.encode()[:-7],
        b"\xff\xfe" + text.encode("utf-16-le"),
        text.encode() + b"\x80",
        text.replace('"reference": ', '"reference": "X-1", "reference": ', 1),
        text.replace('"summary": "', '"summary": "\\u0000\\u0007', 1),
        text.replace('"summary": "', '"summary": "' + "A" * 2_000_000, 1),
        text.replace('"version": 1', '"version": true', 1),
        text.replace('"version": 1', '"version": 1.0', 1),
        text.replace('"quantity": 1', '"quantity": 1e400', 1),
        text.replace('"quantity": 1', '"quantity": NaN', 1),
        text.replace('"value_gbp": "6.50"', '"value_gbp": 6.5', 1),
        text.replace('"log": [', '"log": [null, ', 1),
        json.dumps({**base_bundle, "extra": 1}),
        json.dumps({"format": "msvlo-case-bundle", "version": 1, "case": []}),
    ]
    for data in hostile:
        _attempt(target, data)


# ------------------------------------------------------------------------------- sealed
SEAL_PASSWORD = "amber lighthouse quietly seven"
SEALED_REF = "SEAL-0001"


def _seal_bundle(folder: Any) -> bytes:
    with new_vault(folder / "sealer.msvlo", cases=0, anchor_dir=folder / "anchors") as v:
        v.add_case(case_fields(SEALED_REF))
        for i in range(4):
            v.add_entry(SEALED_REF, interaction(i))
        v.add_entry(SEALED_REF, provision())
        doc = build_signed_bundle(v, SEALED_REF, recipient="DC 77 B. Jones", purpose="handover")
    return encode_bundle(doc, SEAL_PASSWORD)


@pytest.fixture(scope="module")
def sealed_cheap(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One sealed bundle at a low work factor (the format, not the cost, is fuzzed)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(seal, "WORK_FACTOR", 10)
        return _seal_bundle(tmp_path_factory.mktemp("seal-cheap"))


def _sealed_snapshot(vault: Vault) -> tuple[Any, ...]:
    conn = vault.conn
    return (
        _snapshot(vault),
        conn.execute("SELECT count(*) FROM known_senders").fetchone(),
        conn.execute("SELECT count(*) FROM imported_bundles").fetchone(),
    )


def _attempt_sealed(vault: Vault, data: bytes, password: str) -> bool:
    """Import ``data`` as the window and the command line do; True when it was imported."""
    before = _sealed_snapshot(vault)
    try:
        import_reviewed(vault, review_bundle(vault, data, password), source="fuzz")
    except (BundleRefused, BundleError, ValidationError, CaseExists) as exc:
        message = str(exc)
        assert message.strip(), "an empty message"
        assert not INTERNAL_REPR.search(message), message
        assert _sealed_snapshot(vault) == before, "a refused sealed bundle changed the vault"
        return False
    assert vault.entry_count(SEALED_REF) == 5
    return True


@st.composite
def damaged_seal(draw: st.DrawFn, sealed: bytes) -> tuple[bytes, str]:
    kind = draw(
        st.sampled_from(
            ["truncate", "flip", "insert", "append", "password", "work", "recipient", "header"]
        )
    )
    data, password = sealed, SEAL_PASSWORD
    if kind == "truncate":
        data = sealed[: draw(st.integers(min_value=0, max_value=len(sealed) - 1))]
    elif kind == "flip":
        at = draw(st.integers(min_value=0, max_value=len(sealed) - 1))
        bit = 1 << draw(st.integers(min_value=0, max_value=7))
        data = sealed[:at] + bytes([sealed[at] ^ bit]) + sealed[at + 1 :]
    elif kind == "insert":
        at = draw(st.integers(min_value=0, max_value=len(sealed)))
        data = sealed[:at] + draw(st.binary(min_size=1, max_size=40)) + sealed[at:]
    elif kind == "append":
        data = sealed + draw(st.binary(min_size=1, max_size=70_000))
    elif kind == "password":
        password = draw(st.text(max_size=40).filter(lambda p: p != SEAL_PASSWORD))
    elif kind == "work":
        factor = draw(st.integers(min_value=seal.MAX_WORK_FACTOR + 1, max_value=99))
        line_end = sealed.index(b"\n", len(seal.MAGIC))
        stanza = sealed[len(seal.MAGIC) : line_end].rsplit(b" ", 1)[0]
        data = seal.MAGIC + stanza + f" {factor}".encode() + sealed[line_end:]
    elif kind == "recipient":
        kind_name = draw(st.sampled_from([b"X25519", b"ssh-ed25519", b"piv-p256", b"scrypt2"]))
        data = sealed.replace(b"-> scrypt ", b"-> " + kind_name + b" ", 1)
    else:
        junk = draw(
            st.sampled_from(
                [
                    b"-> scrypt AAAA 10\nAAAA\n",
                    b"-> X25519 AAAA\nAAAA\n",
                    b"-----BEGIN AGE ENCRYPTED FILE-----\n",
                    b"\x00" * 10,
                ]
            )
        )
        at = len(seal.MAGIC)
        data = sealed[:at] + junk + sealed[at:]
    return data, password


def test_sealed_specific_hostile_inputs(target: Vault, sealed_cheap: bytes) -> None:
    sealed = sealed_cheap
    line_end = sealed.index(b"\n", len(seal.MAGIC))
    stanza = sealed[len(seal.MAGIC) : line_end].rsplit(b" ", 1)[0]
    inflated = seal.MAGIC + stanza + b" 40" + sealed[line_end:]

    def never(*_: object) -> bytes:
        raise AssertionError("an inflated work factor was derived")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pyrage.passphrase, "decrypt", never)
        assert not _attempt_sealed(target, inflated, SEAL_PASSWORD)
    for data, password in (
        (sealed[:-1], SEAL_PASSWORD),
        (sealed[: len(sealed) // 2], SEAL_PASSWORD),
        (sealed, "not the password"),
        (sealed, ""),
        (sealed.replace(b"-> scrypt ", b"-> X25519 ", 1), SEAL_PASSWORD),
        (b"-----BEGIN AGE ENCRYPTED FILE-----\n" + sealed, SEAL_PASSWORD),
        (seal.MAGIC, SEAL_PASSWORD),
    ):
        assert not _attempt_sealed(target, data, password)
    # The control: the undamaged file imports, whole; a second time it is a replay.
    assert _attempt_sealed(target, sealed, SEAL_PASSWORD)
    assert not _attempt_sealed(target, sealed, SEAL_PASSWORD)


def _sealed_run(target: Vault, sealed: bytes, examples: int) -> None:
    @settings(SHORT, max_examples=examples)
    @given(case=damaged_seal(sealed))
    def run(case: tuple[bytes, str]) -> None:
        data, password = case
        if data == sealed and password == SEAL_PASSWORD:
            return  # unchanged: imported once by the test itself
        assert not _attempt_sealed(target, data, password)

    run()


def test_fuzzed_sealed_bundles_never_crash_or_half_import(
    target: Vault, sealed_cheap: bytes
) -> None:
    _sealed_run(target, sealed_cheap, 60)


@pytest.mark.slow
def test_fuzzed_sealed_bundles_long_run(
    target: Vault, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """At the real work factor: every opening pays the full scrypt cost, as in use."""
    sealed = _seal_bundle(tmp_path_factory.mktemp("seal-real"))
    assert f" {seal.WORK_FACTOR}\n".encode() in sealed[:80]
    _sealed_run(target, sealed, 300)
