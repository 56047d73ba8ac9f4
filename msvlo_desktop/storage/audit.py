"""The data-protection audit log (Data Protection Act 2018 Part 3, s.62).

Every collection (entry added), alteration (correction, edited victim record), consultation
(case opened, search run, safe contact revealed), disclosure (report or bundle exported, with
recipient and purpose), combination (import) and erasure is recorded with its time and who.
The records are append-only (database triggers) and hash-chained like the case log, so a
removed or edited record shows.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from msvlo_desktop.core.chain import GENESIS, canonical_json
from msvlo_desktop.core.values import iso
from msvlo_desktop.storage.connection import Connection

CATEGORIES = (
    "collection",  # an entry or case was recorded
    "alteration",  # a correction, or a change to the case or victim record
    "consultation",  # a case opened, a search run, a sensitive field revealed
    "disclosure",  # a report or bundle exported (recipient and purpose)
    "combination",  # a case imported from a bundle
    "erasure",  # a case erased at the end of retention
    "access",  # the vault created, unlocked, locked, re-keyed or backed up
)


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: datetime
    actor: str
    category: str
    action: str
    case_ref: str | None
    details: dict[str, Any]
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": iso(self.at),
            "actor": self.actor,
            "category": self.category,
            "action": self.action,
            "case": self.case_ref,
            "details": self.details,
        }


def _hash(
    prev: str, at: str, actor: str, category: str, action: str, case_ref: str | None, details: str
) -> str:
    body = {
        "prev": prev,
        "at": at,
        "actor": actor,
        "category": category,
        "action": action,
        "case": case_ref,
        "details": json.loads(details),
    }
    return hashlib.sha256(canonical_json(body)).hexdigest()


def append(
    conn: Connection,
    *,
    at: datetime,
    actor: str,
    category: str,
    action: str,
    case_ref: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add one record; the caller owns the transaction."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown audit category {category!r}")
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at_text = iso(at)
    details_text = json.dumps(details or {}, sort_keys=True, ensure_ascii=False)
    h = _hash(prev, at_text, actor, category, action, case_ref, details_text)
    conn.execute(
        "INSERT INTO audit (at, actor, category, action, case_ref, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (at_text, actor, category, action, case_ref, details_text, prev, h),
    )


def records(conn: Connection, case_ref: str | None = None) -> list[AuditRecord]:
    sql = "SELECT id, at, actor, category, action, case_ref, details, hash FROM audit"
    args: tuple[Any, ...] = ()
    if case_ref is not None:
        sql += " WHERE case_ref = ?"
        args = (case_ref,)
    return [
        AuditRecord(
            r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], json.loads(r[6]), r[7]
        )
        for r in conn.execute(sql + " ORDER BY id", args)
    ]


def verify(conn: Connection) -> str | None:
    """The first broken audit record, described, or None when the chain holds."""
    prev = GENESIS
    expected_id = 1
    for rid, at, actor, category, action, case_ref, details, prev_hash, h in conn.execute(
        "SELECT id, at, actor, category, action, case_ref, details, prev_hash, hash"
        " FROM audit ORDER BY id"
    ):
        if rid != expected_id:
            return f"audit record {expected_id} is missing"
        expected_id = rid + 1
        if prev_hash != prev or _hash(prev, at, actor, category, action, case_ref, details) != h:
            return f"audit record {rid} ({action}) has been altered"
        prev = h
    return None
