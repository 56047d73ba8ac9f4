"""The hash chain: its published canonical form, and that any change anywhere shows."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from msvlo_desktop.core.chain import GENESIS, chain_entries, chain_head, verify_chain
from msvlo_desktop.core.entries import Entry

BASE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _reference_hash(ref: str, seq: int, prev: str, entry: dict[str, Any]) -> str:
    """The chain as documented, written independently of the code under test."""
    body = {"v": 1, "case": ref, "seq": seq, "prev": prev, "entry": entry}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _entry(i: int, **data: Any) -> Entry:
    return Entry(
        id=f"e{i}",
        type="note",
        occurred_at=BASE + timedelta(hours=i),
        recorded_at=BASE + timedelta(hours=i, minutes=5),
        author="PC 1234 A. Smith",
        data=data or {"summary": f"Note {i} — ሰላም, Nguyễn, 王伟"},
    )


def test_the_documented_canonical_form() -> None:
    entries = [_entry(1), _entry(2, summary="£7.80 spent", value_gbp="7.80")]
    prev = GENESIS
    for seq, e in enumerate(entries, start=1):
        prev = _reference_hash("KESTREL-0042", seq, prev, e.to_json())
    assert chain_head("KESTREL-0042", entries) == prev
    chained = chain_entries("KESTREL-0042", entries)
    assert [e.seq for e in chained] == [1, 2] and chained[-1].hash == prev
    # The reference is inside the hashed text: the same log in another case differs.
    assert chain_head("KESTREL-0043", entries) != prev
    assert chain_head("KESTREL-0042", []) == GENESIS


def _stored(ref: str, entries: list[Entry]) -> list[tuple[int, Entry, str, str]]:
    chained = chain_entries(ref, entries)
    prevs = [GENESIS] + [e.hash for e in chained[:-1]]
    return [(e.seq, e, p, e.hash) for e, p in zip(chained, prevs, strict=True)]


texts = st.text(min_size=1, max_size=30)
values = st.one_of(
    texts,
    st.integers(-1000, 1000),
    st.booleans(),
    st.none(),
    st.lists(texts, max_size=3),
    st.dictionaries(st.sampled_from(["name", "language"]), texts, max_size=2),
)
datas = st.dictionaries(
    st.sampled_from(["summary", "mode", "value_gbp", "x", "y"]), values, min_size=1, max_size=4
)
times = st.datetimes(
    min_value=datetime(2021, 4, 1), max_value=datetime(2026, 11, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    occurred = draw(times)
    return Entry(
        id=draw(st.text(alphabet="0123456789abcdef", min_size=1, max_size=32)),
        type=draw(st.sampled_from(["note", "interaction", "provision"])),
        occurred_at=occurred,
        recorded_at=occurred + timedelta(seconds=draw(st.integers(0, 10**7))),
        author=draw(texts),
        data=draw(datas),
        sensitive=draw(st.booleans()),
    )


def _changed(e: Entry, field: str, draw: st.DrawFn) -> Entry:
    if field == "id":
        return replace(e, id=e.id + draw(st.sampled_from("0123456789abcdef")))
    if field == "type":
        return replace(e, type=draw(st.sampled_from(["victim_update", "referral"])))
    if field == "occurred_at":
        return replace(
            e, occurred_at=e.occurred_at + timedelta(seconds=draw(st.integers(1, 10**6)))
        )
    if field == "recorded_at":
        return replace(
            e, recorded_at=e.recorded_at - timedelta(seconds=draw(st.integers(1, 10**6)))
        )
    if field == "author":
        return replace(e, author=e.author + draw(texts))
    if field == "sensitive":
        return replace(e, sensitive=not e.sensitive)
    # A data change: one value changed, a key added, or a key removed.
    data = dict(e.data)
    key = draw(st.sampled_from(sorted(data)))
    how = draw(st.sampled_from(["value", "add", "remove"]))
    if how == "value":
        new = draw(values.filter(lambda x: x != data[key] or type(x) is not type(data[key])))
        data[key] = new
    elif how == "add":
        data["added_" + key] = draw(values)
    else:
        del data[key]
        if not data:
            data["z"] = 0
    return replace(e, data=data)


FIELDS = ["id", "type", "occurred_at", "recorded_at", "author", "sensitive", "data"]


@settings(max_examples=150, deadline=None)
@given(
    log=st.lists(entries(), min_size=1, max_size=6),
    field=st.sampled_from(FIELDS),
    data=st.data(),
)
def test_any_change_to_any_field_changes_the_head_and_is_located(
    log: list[Entry], field: str, data: st.DataObject
) -> None:
    ref = "KESTREL-0042"
    position = data.draw(st.integers(0, len(log) - 1))
    altered = list(log)
    altered[position] = _changed(log[position], field, data.draw)
    if altered[position].to_json() == log[position].to_json():
        return  # e.g. a value swapped for an equal one of another type: not a change
    assert chain_head(ref, altered) != chain_head(ref, log)
    # The stored rows of the original, with one entry's content altered afterwards.
    stored = _stored(ref, log)
    assert verify_chain(ref, stored) is None
    seq, _, prev, h = stored[position]
    stored[position] = (seq, altered[position], prev, h)
    brk = verify_chain(ref, stored)
    assert brk is not None
    assert brk.seq == position + 1 and brk.entry_id == altered[position].id
    assert "altered" in brk.reason


@settings(max_examples=60, deadline=None)
@given(log=st.lists(entries(), min_size=2, max_size=6), data=st.data())
def test_deleted_inserted_and_reordered_entries_are_found(
    log: list[Entry], data: st.DataObject
) -> None:
    ref = "HERON-0002"
    stored = _stored(ref, log)
    i = data.draw(st.integers(0, len(log) - 2))
    # Deleted: the next one is out of place.
    deleted = stored[:i] + stored[i + 1 :]
    brk = verify_chain(ref, deleted)
    assert brk is not None and brk.seq == i + 1
    # Reordered (two neighbours swapped, numbers kept in order): the first of them breaks.
    a, b = stored[i], stored[i + 1]
    swapped = [*stored[:i], (a[0], b[1], a[2], b[3]), (b[0], a[1], b[2], a[3]), *stored[i + 2 :]]
    if b[1].to_json() != a[1].to_json():
        brk = verify_chain(ref, swapped)
        assert brk is not None and brk.seq == i + 1
    # Inserted: a forged entry linked to its predecessor; the next one no longer follows.
    forged = chain_entries(ref, [_entry(99)], prev=stored[i][3], start_seq=i + 2)[0]
    renumbered = [(s + 1, e, p, h) for s, e, p, h in stored[i + 1 :]]
    inserted = [*stored[: i + 1], (forged.seq, forged, stored[i][3], forged.hash), *renumbered]
    brk = verify_chain(ref, inserted)
    assert brk is not None and brk.seq == i + 3
    assert "does not follow" in brk.reason or "altered" in brk.reason
