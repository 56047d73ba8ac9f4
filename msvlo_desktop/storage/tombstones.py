"""The erasure tombstones of the audit log: which references were erased, and what is kept
of each (storage/erasure.py erases). Read by ``verify``, which reports an erased case as
erased and a case gone without a tombstone as cut from the vault, and by the bundle importer,
which refuses an erased reference.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from msvlo_desktop.core import erasure as rules
from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.storage.connection import Connection

__all__ = ["ERASED_ACTION", "Tombstone", "erased_cases", "erasure_of", "missing_cases"]

ERASED_ACTION = "case erased"


@dataclass(frozen=True)
class Tombstone:
    """What the audit log keeps of an erased case."""

    reference: str
    at: datetime
    actor: str
    reason: str
    entries: int
    revisions: int
    drafts: int
    head: str
    retention_review_on: str | None

    def describe(self) -> str:
        return (
            f"case {self.reference} erased on {uk_date(self.at.date())} by {self.actor} "
            f"({self.entries} log entries; {rules.REASONS.get(self.reason, self.reason)})"
        )


def _tombstone(row: tuple[Any, ...]) -> Tombstone:
    at, actor, ref, details_text = row
    details: Mapping[str, Any] = json.loads(details_text)
    return Tombstone(
        reference=str(ref),
        at=datetime.fromisoformat(str(at)),
        actor=str(actor),
        reason=str(details.get("reason", "")),
        entries=int(details.get("entries", 0)),
        revisions=int(details.get("revisions", 0)),
        drafts=int(details.get("drafts", 0)),
        head=str(details.get("head", "")),
        retention_review_on=details.get("retention_review_on"),
    )


_TOMBSTONES = (
    "SELECT at, actor, case_ref, details FROM audit WHERE category = 'erasure' AND action = ?"
)


def erased_cases(conn: Connection) -> dict[str, Tombstone]:
    """Every erased reference and its latest tombstone."""
    return {
        t.reference: t
        for t in map(_tombstone, conn.execute(_TOMBSTONES + " ORDER BY id", (ERASED_ACTION,)))
    }


def missing_cases(
    conn: Connection, present: set[str], audited: Mapping[str, str]
) -> tuple[list[str], list[str]]:
    """For verify: the cases the audit log recorded that are no longer in the vault. Those
    with a tombstone are erased (described); any other is a problem, a case cut from the
    vault. Returns (problems, erased)."""
    tombstones = erased_cases(conn)
    problems: list[str] = []
    erased: list[str] = []
    for ref in sorted(set(audited) | set(tombstones)):
        if ref in present:
            continue
        tombstone = tombstones.get(ref)
        if tombstone is None:
            problems.append(
                f"case {ref}: recorded in the audit log but missing from the vault, with no "
                "erasure recorded: its record and log were removed"
            )
        else:
            erased.append(tombstone.describe())
    return problems, erased


def erasure_of(conn: Connection, ref: str) -> Tombstone | None:
    """The tombstone of ``ref`` if that reference was erased from this vault."""
    row = conn.execute(
        _TOMBSTONES + " AND case_ref = ? ORDER BY id DESC LIMIT 1", (ERASED_ACTION, ref)
    ).fetchone()
    return _tombstone(tuple(row)) if row else None
