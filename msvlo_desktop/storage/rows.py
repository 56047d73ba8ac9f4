"""Rows of the vault's tables read back as records, for every module of this package.

The vault's parts (``vault_*.py``) and the kept digest (``digest.py``) read entries and case
records with their own queries; this module is the one place that knows how a row becomes an
:class:`~msvlo_desktop.core.entries.Entry` or a :class:`~msvlo_desktop.core.case.Case`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from msvlo_desktop.core.case import Case, parse_case_header
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.values import stored_values
from msvlo_desktop.storage.connection import Connection

__all__ = [
    "ENTRY_COLUMNS",
    "STORED_NOW",
    "CaseEntries",
    "entry_from_row",
    "parse_stored_header",
    "stored_case",
]

# "Now" when re-reading a stored case record, which was validated when it was written: far
# enough ahead that no stored date is "in the future", and not datetime.max, which overflows
# the minute of grace the validators add.
STORED_NOW = datetime(9000, 1, 1, tzinfo=UTC)

# The columns of ``entries`` that :func:`entry_from_row` reads, in its order.
ENTRY_COLUMNS = "seq, entry_id, type, occurred_at, recorded_at, author, sensitive, data, hash"


def entry_from_row(row: tuple[Any, ...]) -> Entry:
    """An entry from a row of :data:`ENTRY_COLUMNS`."""
    seq, entry_id, etype, occurred, recorded, author, sensitive, data, h = row
    return Entry(
        id=entry_id,
        type=etype,
        occurred_at=datetime.fromisoformat(occurred),
        recorded_at=datetime.fromisoformat(recorded),
        author=author,
        data=json.loads(data),
        sensitive=bool(sensitive),
        seq=seq,
        hash=h,
    )


class CaseEntries(Mapping[str, Entry]):
    """A case's entries looked up by id on demand, so validating a new entry never loads the
    whole log of a long case. ``extra``: entries not yet written (a batch being added)."""

    def __init__(self, conn: Connection, case_id: int, extra: dict[str, Entry] | None = None):
        self._conn = conn
        self._case_id = case_id
        self._extra = extra or {}

    def __getitem__(self, key: str) -> Entry:
        if key in self._extra:
            return self._extra[key]
        row = self._conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM entries WHERE case_id = ? AND entry_id = ?",
            (self._case_id, key),
        ).fetchone()
        if row is None:
            raise KeyError(key)
        return entry_from_row(row)

    def __iter__(self) -> Iterator[str]:
        for (eid,) in self._conn.execute(
            "SELECT entry_id FROM entries WHERE case_id = ? ORDER BY seq", (self._case_id,)
        ):
            yield eid

    def __len__(self) -> int:
        n = self._conn.execute(
            "SELECT count(*) FROM entries WHERE case_id = ?", (self._case_id,)
        ).fetchone()[0]
        return int(n)


# Sized for a long career of cases: the case list parses every case's record after each save,
# and a cache smaller than the number of cases was emptied by every pass (about 0.6 ms a
# case, on the GUI thread: docs/PERFORMANCE.md).
@functools.lru_cache(maxsize=4096)
def parse_stored_header(header: str) -> Case:
    """A stored case record, parsed once: saving an entry re-reads its case every time.
    Read as stored, even with a date written before the dates' window was enforced."""
    with stored_values():
        return parse_case_header(json.loads(header), now=STORED_NOW)


def stored_case(header: str, status: str, closed_at: str | None) -> Case:
    """The case from its stored record, status and closing time (columns of ``cases``)."""
    case = parse_stored_header(header)
    return case.with_changes(
        status=status,
        closed_on=datetime.fromisoformat(closed_at).date() if closed_at else None,
    )
