"""Case bundles: strict reading, and an exact round trip for any valid bundle.

Property tests generate valid bundles (every entry type that references another included)
and check that export -> import -> export reproduces the same chain head and the same JSON,
first in memory, then through two real vaults (few examples: each import is a write).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msvlo_desktop.core.bundle import (
    BundleError,
    build_bundle,
    dump_bundle,
    load_json,
    parse_bundle,
)
from msvlo_desktop.core.chain import GENESIS
from msvlo_desktop.core.entries import PROVISION_CATEGORIES, RIGHT6_EVENTS
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Officer, Vault

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
START = datetime(2026, 3, 2, 9, tzinfo=UTC)
PASSPHRASE = "correct horse battery staple"

words = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd", "Zs", "Po")),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")
money = st.decimals(min_value=0, max_value=5000, places=2).map(lambda d: f"{d:.2f}")


@st.composite
def bundles(draw: st.DrawFn) -> dict[str, Any]:
    """A valid bundle: a victim, contacts, and a log whose references point backwards."""
    child = draw(st.booleans())
    victim: dict[str, Any] = {
        "name": draw(words),
        "pseudonym": "V" + str(draw(st.integers(1, 99))),
        "date_of_birth": "2010-06-01" if child else draw(st.sampled_from([None, "1985-01-31"])),
        "nationality": draw(st.sampled_from(["VN", "AL", "ER", "GB", None])),
        "languages": draw(st.lists(st.sampled_from(["vi", "sq", "ti", "en"]), max_size=2)),
        "safe_contact": {"phone": f"+447700900{draw(st.integers(0, 999)):03d}", "method": "phone"},
    }
    log: list[dict[str, Any]] = []
    events: list[str] = []
    notes: list[str] = []
    when = START
    for n in range(draw(st.integers(0, 8))):
        when += timedelta(minutes=draw(st.integers(1, 60 * 24 * 10)))
        kind = draw(st.sampled_from(["note", "interaction", "provision", "event", "update", "fix"]))
        entry: dict[str, Any] = {
            "id": f"e{n}-{draw(st.integers(0, 10**6))}",
            "occurred_at": when.isoformat(),
            "recorded_at": (when + timedelta(minutes=draw(st.integers(0, 3000)))).isoformat(),
            "author": draw(words),
            "sensitive": draw(st.booleans()),
        }
        if kind == "note":
            entry |= {"type": "note", "summary": draw(words)}
            notes.append(entry["id"])
        elif kind == "interaction":
            entry |= {
                "type": "interaction",
                "mode": draw(st.sampled_from(["phone", "face_to_face", "text"])),
                "summary": draw(words),
            }
            if draw(st.booleans()):
                entry["interpreter"] = {"name": draw(words), "language": "vi"}
        elif kind == "provision":
            entry |= {
                "type": "provision",
                "category": draw(st.sampled_from(PROVISION_CATEGORIES)),
                "description": draw(words),
                "quantity": draw(st.integers(1, 20)),
                "value_gbp": draw(money),
                "need": draw(words),
                "justification": draw(words),
                "authorised_by": draw(words),
            }
        elif kind == "event":
            entry |= {
                "type": "investigation_event",
                "event": draw(st.sampled_from(list(RIGHT6_EVENTS))),
            }
            events.append(entry["id"])
        elif kind == "update":
            named = draw(st.lists(st.sampled_from(events), max_size=2)) if events else []
            entry |= {
                "type": "victim_update",
                "satisfies": named,
                "method": "phone",
                "summary": draw(words),
            }
        elif notes:
            entry |= {
                "type": "correction",
                "corrects": draw(st.sampled_from(notes)),
                "reason": draw(words),
                "replacement": {"summary": draw(words)},
            }
        else:
            entry |= {"type": "note", "summary": draw(words)}
        log.append(entry)
    return {
        "format": "msvlo-case-bundle",
        "version": 1,
        "case": {
            "reference": "CASE-" + str(draw(st.integers(1, 9999))),
            "opened_on": "2026-03-02",
            "exploitation_types": draw(st.lists(st.sampled_from(["labour", "sexual"]), max_size=2)),
            "victim": victim,
            "contacts": [{"role": "spoc", "name": draw(words), "from": "2026-03-02", "to": None}],
            "log": log,
        },
    }


@settings(max_examples=80, deadline=None)
@given(doc=bundles())
def test_any_valid_bundle_round_trips_in_memory(doc: dict[str, Any]) -> None:
    first = parse_bundle(json.dumps(doc, ensure_ascii=False), now=NOW)
    written = dump_bundle(build_bundle(first.case, first.entries, first.head))
    second = parse_bundle(written, now=NOW)
    assert second.head == first.head
    assert second.case == first.case
    assert [e.to_json() for e in second.entries] == [e.to_json() for e in first.entries]
    rewritten = dump_bundle(build_bundle(second.case, second.entries, second.head))
    assert rewritten == written
    # The integrity block written is the one the reader checks.
    assert json.loads(written)["case"]["integrity"] == {"algorithm": "sha256", "head": first.head}


@pytest.fixture(scope="module")
def two_vaults(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Vault]]:
    folder: Path = tmp_path_factory.mktemp("roundtrip")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        a = Vault.create(
            folder / "a.msvlo", PASSPHRASE, Officer("A. Smith", "PC 1234"), clock=lambda: NOW
        )
        b = Vault.create(
            folder / "b.msvlo", PASSPHRASE, Officer("B. Jones", "PC 5678"), clock=lambda: NOW
        )
    yield a, b
    a.close()
    b.close()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=bundles())
def test_any_valid_bundle_round_trips_between_vaults(
    two_vaults: tuple[Vault, Vault], doc: dict[str, Any]
) -> None:
    a, b = two_vaults
    ref = f"RT-{uuid.uuid4().hex[:12]}"
    doc["case"]["reference"] = ref
    imported = a.import_bundle(json.dumps(doc, ensure_ascii=False).encode())
    exported = a.export_bundle(ref)
    assert exported["case"]["integrity"]["head"] == imported.head
    again = b.import_bundle(dump_bundle(exported))
    assert again.head == imported.head == b.chain_head(ref)[0]
    assert b.export_bundle(ref) == exported


def test_the_reader_is_strict_about_the_file() -> None:
    with pytest.raises(BundleError, match="appears twice"):
        load_json(b'{"a": 1, "a": 2}')
    with pytest.raises(BundleError, match="NaN is not allowed"):
        load_json(b'{"a": NaN}')
    with pytest.raises(BundleError, match="UTF-8"):
        load_json(b'{"a": "\xc3"}')
    assert load_json("\ufeff{}".encode()) == {}  # a byte order mark is tolerated


def test_an_empty_log_has_the_starting_head() -> None:
    doc = {
        "format": "msvlo-case-bundle",
        "version": 1,
        "case": {
            "reference": "EMPTY-1",
            "opened_on": "2026-03-02",
            "victim": {"name": "Γιώργος Παπαδόπουλος", "pseudonym": "V9"},
            "log": [],
        },
    }
    parsed = parse_bundle(json.dumps(doc), now=NOW)
    assert parsed.entries == [] and parsed.head == GENESIS == "0" * 64
    # What the vault writes for an empty case reads back (export -> import of a new case).
    doc["case"]["integrity"] = {"algorithm": "sha256", "head": GENESIS}
    assert parse_bundle(json.dumps(doc), now=NOW).head == GENESIS
    doc["case"]["integrity"] = {"algorithm": "sha256", "head": ""}
    with pytest.raises(BundleError, match="integrity head"):
        parse_bundle(json.dumps(doc), now=NOW)
