"""Case bundles between vaults: an exact round trip, and every bad bundle refused whole."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from storage_samples import add_sample_case

from msvlo_desktop.core.bundle import BundleError, dump_bundle
from msvlo_desktop.services.training import fill_training_vault
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.errors import CaseExists
from msvlo_desktop.storage.vault import Officer, Vault

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
OFFICER = Officer("A. Smith", "PC 1234", "Example")


@pytest.fixture(scope="module")
def vaults(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Vault]]:
    """Vault A with the sample case and a training case; vault B empty, to import into."""
    folder = tmp_path_factory.mktemp("bundles")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        a = Vault.create(folder / "a.msvlo", PASSPHRASE, OFFICER, clock=lambda: NOW)
        b = Vault.create(folder / "b.msvlo", PASSPHRASE, OFFICER, clock=lambda: NOW)
    add_sample_case(a)
    fill_training_vault(a, cases=1, seed=7, now=NOW)
    yield a, b
    a.close()
    b.close()


@pytest.fixture(scope="module")
def sample_doc(vaults: tuple[Vault, Vault]) -> dict[str, Any]:
    return vaults[0].export_bundle("KESTREL-0042")


def test_round_trip_reproduces_every_case_exactly(vaults: tuple[Vault, Vault]) -> None:
    a, b = vaults
    refs = [c.reference for c in a.list_cases()]
    assert len(refs) == 2
    for ref in refs:
        doc = a.export_bundle(ref, recipient="Test", purpose="round trip")
        data = dump_bundle(doc)
        parsed = b.import_bundle(data, source="test")
        assert parsed.case.reference == ref
        assert b.chain_head(ref) == a.chain_head(ref)
        assert doc["case"]["integrity"]["head"] == a.chain_head(ref)[0]
        assert [e.to_json() for e in b.entries(ref)] == [e.to_json() for e in a.entries(ref)]
        again = b.export_bundle(ref)
        assert again == doc
        assert dump_bundle(again) == data
    assert b.verify().ok
    with pytest.raises(CaseExists):
        b.import_bundle(dump_bundle(a.export_bundle(refs[0])))


def _state(v: Vault) -> tuple[Any, ...]:
    return (
        [(c.reference, c.entry_count) for c in v.list_cases()],
        len(v.audit_records()),
        v.conn.execute("SELECT count(*) FROM entries").fetchone()[0],
    )


Mutation = Callable[[dict[str, Any]], Any]


def _set(path: str, value: Any) -> Mutation:
    """Set a dotted path (``case.log[3].value_gbp``) in the bundle to ``value``."""

    def apply(doc: dict[str, Any]) -> dict[str, Any]:
        node: Any = doc
        parts = path.replace("[", ".").replace("]", "").split(".")
        for part in parts[:-1]:
            node = node[int(part)] if part.isdigit() else node[part]
        last = parts[-1]
        if last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value
        return doc

    return apply


def _raw(data: bytes) -> Mutation:
    return lambda doc: data


def _duplicate_ids(doc: dict[str, Any]) -> dict[str, Any]:
    doc["case"]["log"][1]["id"] = doc["case"]["log"][0]["id"]
    return doc


def _drop(path_to_parent: str, key: str) -> Mutation:
    def apply(doc: dict[str, Any]) -> dict[str, Any]:
        node: Any = doc
        for part in path_to_parent.replace("[", ".").replace("]", "").split("."):
            node = node[int(part)] if part.isdigit() else node[part]
        del node[key]
        return doc

    return apply


def _nested(depth: int) -> bytes:
    return b'{"format": "msvlo-case-bundle", "x": ' + b"[" * depth + b"]" * depth + b"}"


BAD: list[tuple[str, Mutation, list[str]]] = [
    # wrong types
    ("name not text", _set("case.victim.name", 123), ["case.victim.name", "must be text"]),
    ("version text", _set("version", "1"), ["version", "must be 1"]),
    ("log not a list", _set("case.log", {}), ["case.log", "must be a list"]),
    ("quantity text", _set("case.log[1].quantity", "two"), ["case.log[1].quantity"]),
    ("money float", _set("case.log[1].value_gbp", 64.5), ["case.log[1].value_gbp", "as text"]),
    ("money 3 dp", _set("case.log[1].value_gbp", "64.505"), ["two decimal places"]),
    ("money negative", _set("case.log[1].value_gbp", "-1.00"), ["cannot be negative"]),
    ("sensitive text", _set("case.log[5].sensitive", "yes"), ["case.log[5].sensitive"]),
    ("bad phone", _set("case.victim.safe_contact.phone", "12"), ["safe_contact.phone"]),
    ("bad type", _set("case.log[0].type", "chat"), ["case.log[0].type", "must be one of"]),
    ("bad mode", _set("case.log[0].mode", "pigeon"), ["case.log[0].mode"]),
    ("not a bundle", _set("format", "something"), ["format", "not a case bundle"]),
    # unknown fields at every level
    ("unknown top", _set("colour", "red"), ["colour: is not a field of a case bundle"]),
    ("unknown case", _set("case.colour", "red"), ["case.colour: is not a field of a case"]),
    ("unknown victim", _set("case.victim.colour", 1), ["case.victim.colour"]),
    ("unknown safe contact", _set("case.victim.safe_contact.x", 1), ["safe_contact"]),
    ("unknown rights", _set("case.victim.enhanced_rights", {"x": 1}), ["enhanced_rights"]),
    ("unknown prefs", _set("case.victim.update_preferences", {"x": 1}), ["update_preferences"]),
    ("unknown contact", _set("case.contacts[0].colour", "red"), ["case.contacts[0].colour"]),
    ("unknown entry", _set("case.log[2].colour", "red"), ["case.log[2].colour"]),
    ("unknown interpreter", _set("case.log[0].interpreter.x", 1), ["case.log[0].interpreter"]),
    ("unknown replacement", _set("case.log[6].replacement.x", 1), ["case.log[6].replacement"]),
    ("unknown integrity", _set("case.integrity.x", 1), ["case.integrity"]),
    # missing fields
    ("no victim", _drop("case", "victim"), ["case.victim"]),
    ("no author", _drop("case.log[2]", "author"), ["case.log[2].author", "required"]),
    ("no need", _drop("case.log[1]", "need"), ["case.log[1].need", "required"]),
    # dates
    ("bad date", _set("case.opened_on", "2026-02-30"), ["case.opened_on", "not a real date"]),
    ("bad time", _set("case.log[0].occurred_at", "yesterday"), ["case.log[0].occurred_at"]),
    ("naive time", _set("case.log[0].occurred_at", "2026-03-02T10:00:00"), ["time zone"]),
    ("future entry", _set("case.log[0].occurred_at", "2027-01-01T10:00:00+00:00"), ["future"]),
    ("future opening", _set("case.opened_on", "2027-01-01"), ["case.opened_on", "future"]),
    ("future record", _set("case.log[3].recorded_at", "2030-01-01T00:00:00Z"), ["future"]),
    (
        "recorded first",
        _set("case.log[3].recorded_at", "2026-03-01T00:00:00+00:00"),
        ["recorded before it happened"],
    ),
    # references
    ("satisfies unknown", _set("case.log[3].satisfies", ["nope"]), ["No entry 'nope'"]),
    ("corrects unknown", _set("case.log[6].corrects", "nope"), ["No entry 'nope' to correct"]),
    # domain rules
    (
        "DtN for a child",
        _set("case.log[4].service", "duty_to_notify"),
        ["case.log[4].service", "never given a Duty to Notify"],
    ),
    (
        "rights off for a child",
        _set(
            "case.victim.enhanced_rights",
            {"eligible": False, "categories": [], "reason_not_eligible": "x"},
        ),
        ["enhanced_rights.eligible", "cannot be switched off"],
    ),
    ("duplicate ids", _duplicate_ids, ["used twice"]),
    # integrity
    ("wrong head", _set("case.integrity.head", "0" * 64), ["case.integrity.head", "changed"]),
    ("edited text", _set("case.log[0].summary", "Edited afterwards."), ["integrity head"]),
    ("other algorithm", _set("case.integrity.algorithm", "md5"), ["only sha256"]),
    # the file itself
    ("malformed JSON", _raw(b'{"format": "msvlo-case-bundle", '), ["not valid JSON"]),
    ("empty file", _raw(b""), ["not valid JSON"]),
    ("a list", _raw(b"[]"), ["must be a JSON object"]),
    ("invalid UTF-8", _raw(b'{"format": "msvlo-\xff\xfe"}'), ["not valid UTF-8"]),
    ("NaN", _raw(b'{"format": "msvlo-case-bundle", "version": NaN}'), ["NaN"]),
    ("Infinity", _raw(b'{"version": Infinity}'), ["Infinity"]),
    ("duplicate keys", _raw(b'{"version": 1, "version": 1}'), ["appears twice"]),
    ("huge nesting", _raw(_nested(100_000)), ["nested too deeply"]),
]


@pytest.mark.parametrize(("mutate", "expected"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_bundle_is_refused_and_nothing_changes(
    vaults: tuple[Vault, Vault], sample_doc: dict[str, Any], mutate: Mutation, expected: list[str]
) -> None:
    b = vaults[1]
    doc = mutate(copy.deepcopy(sample_doc))
    data = doc if isinstance(doc, bytes) else json.dumps(doc, ensure_ascii=False).encode()
    before = _state(b)
    with pytest.raises(BundleError) as caught:
        b.import_bundle(data, source="bad.json")
    text = "\n".join(str(p) for p in caught.value.problems)
    for fragment in expected:
        assert fragment in text, text
    assert _state(b) == before


def test_every_problem_is_reported_at_once(
    vaults: tuple[Vault, Vault], sample_doc: dict[str, Any]
) -> None:
    doc = copy.deepcopy(sample_doc)
    doc["case"]["victim"]["name"] = 1
    doc["case"]["log"][1]["value_gbp"] = 1.5
    doc["case"]["log"][3]["satisfies"] = ["nope"]
    with pytest.raises(BundleError) as caught:
        vaults[1].import_bundle(json.dumps(doc).encode())
    fields = [p.field for p in caught.value.problems]
    assert "case.victim.name" in fields
    assert "case.log[1].value_gbp" in fields
    assert "case.log[3].satisfies" in fields


def test_a_bundle_without_integrity_is_accepted(
    vaults: tuple[Vault, Vault], sample_doc: dict[str, Any]
) -> None:
    b = vaults[1]
    doc = copy.deepcopy(sample_doc)
    del doc["case"]["integrity"]
    doc["case"]["reference"] = "KESTREL-0043"
    parsed = b.import_bundle(json.dumps(doc).encode())
    # Same log under another reference: a different chain (the reference is hashed in).
    assert parsed.head and parsed.head != sample_doc["case"]["integrity"]["head"]
    assert b.entry_count("KESTREL-0043") == len(doc["case"]["log"])
