"""The tamper-evident hash chain over a case's log.

Canonical serialisation (version 1) of entry number ``seq`` of case ``ref``::

    canonical = JSON of {"v": 1, "case": ref, "seq": seq, "prev": prev_hash, "entry": E}

where ``E`` is the entry exactly as written in a case bundle (``Entry.to_json``: times in
UTC as ``2026-03-02T09:15:00+00:00``, money as a decimal string, text NFC-normalised), and
the JSON is written with keys sorted, no insignificant white space (separators ``,`` and
``:``), non-ASCII characters as themselves, encoded in UTF-8. Then::

    hash(seq) = SHA-256(canonical) as lowercase hex,   prev of entry 1 = 64 zeros

The chain head is the hash of the last entry. Anyone can recompute it from a bundle with a
few lines of any language; the reference, the position and the previous hash are inside the
hashed text, so editing, deleting, inserting or reordering an entry changes every later hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from msvlo_desktop.core.entries import Entry

GENESIS = "0" * 64
CHAIN_VERSION = 1


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def link_hash(case_ref: str, seq: int, prev: str, entry_json: dict[str, Any]) -> str:
    body = {"v": CHAIN_VERSION, "case": case_ref, "seq": seq, "prev": prev, "entry": entry_json}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def chain_entries(
    case_ref: str, entries: Iterable[Entry], prev: str = GENESIS, start_seq: int = 1
) -> list[Entry]:
    """Number and hash entries in order, continuing a chain whose head is ``prev``."""
    out = []
    for offset, e in enumerate(entries):
        seq = start_seq + offset
        h = link_hash(case_ref, seq, prev, e.to_json())
        out.append(
            Entry(e.id, e.type, e.occurred_at, e.recorded_at, e.author, e.data, e.sensitive, seq, h)
        )
        prev = h
    return out


def chain_head(case_ref: str, entries: Iterable[Entry]) -> str:
    prev = GENESIS
    for seq, e in enumerate(entries, start=1):
        prev = link_hash(case_ref, seq, prev, e.to_json())
    return prev


@dataclass(frozen=True)
class ChainBreak:
    """The first entry whose stored hash or position does not match the recomputed chain."""

    case: str
    seq: int
    entry_id: str
    reason: str

    def __str__(self) -> str:
        return f"case {self.case}: entry {self.seq} ({self.entry_id}) {self.reason}"


def verify_chain(case_ref: str, stored: Sequence[tuple[int, Entry, str, str]]) -> ChainBreak | None:
    """Check ``(seq, entry, stored_prev, stored_hash)`` rows in sequence order.

    Returns the first break, or None when every link recomputes. Gaps and duplicates in the
    sequence numbers (a deleted or inserted row) are breaks too.
    """
    prev = GENESIS
    for expected_seq, (seq, entry, stored_prev, stored_hash) in enumerate(stored, start=1):
        if seq != expected_seq:
            what = "is missing" if seq > expected_seq else "is duplicated or out of order"
            return ChainBreak(
                case_ref,
                expected_seq,
                entry.id,
                f"{what}: found sequence number {seq} where {expected_seq} belongs",
            )
        if stored_prev != prev:
            return ChainBreak(case_ref, seq, entry.id, "does not follow the previous entry")
        computed = link_hash(case_ref, seq, prev, entry.to_json())
        if computed != stored_hash:
            return ChainBreak(case_ref, seq, entry.id, "has been altered since it was recorded")
        prev = computed
    return None
