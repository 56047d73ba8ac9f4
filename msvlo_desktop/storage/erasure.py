"""Erasing a closed case at the end of its retention, leaving a tombstone in the audit log.

An erasure removes from the vault the case's record, its log, its record's revisions, its kept
digest, its drafts and its bundle-import marks, and its words from the search index and the
vocabulary (the index holds no text of its own and cannot forget one entry, so it is rebuilt
from the entries left). The audit log keeps one record, the *tombstone*: the reference, how
many entries, revisions and drafts went, the log's final chain head, the review date, and a
reason chosen from a fixed list (``core.erasure.REASONS``), with who and when. No names, no
free text: the audit log can never be edited afterwards, so it must hold nothing to erase.

The log and revisions are append-only (storage/schema.py): their delete triggers let a row
go only while the newest audit record is this case's tombstone, which happens only inside the
erasure's own transaction (the tombstone is written first, then the rows are deleted, then the
transaction commits; any later write adds an audit record and closes the door again). An
ordinary ``DELETE FROM entries`` is refused.

Then the file is compacted (``VACUUM``) and the write-ahead log truncated: with
``secure_delete`` on, no page of the file or its log keeps the erased text once decrypted.
Backups made before the erasure still hold the case, encrypted; only this file is cleaned.

``verify`` reads the tombstones (storage/tombstones.py) so an erased case is reported as
erased, and a case that vanished without one as a cut record. Importing a bundle of an erased
reference is refused (storage/bundles.py, ``_check_replay``). The rollback anchor is rewritten
in the same step from the cases left, so the erased case is not taken for a missing one; an
older copy that still holds it has fewer audit records and is reported as older.
"""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2

from msvlo_desktop.core import erasure as rules
from msvlo_desktop.storage import audit, digest
from msvlo_desktop.storage import search as full_text
from msvlo_desktop.storage.connection import transaction, translate
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.tombstones import ERASED_ACTION, Tombstone, erasure_of

if TYPE_CHECKING:
    from msvlo_desktop.storage.vault import Vault

__all__ = ["compact", "erase_case"]


def erase_case(
    vault: Vault,
    ref: str,
    *,
    reason: str,
    typed_reference: str,
    no_proceedings_live: bool,
    actor: str | None = None,
    today: date | None = None,
) -> Tombstone:
    """Erase closed case ``ref`` (see the module's notes). Raises ``ValidationError`` naming
    every reason it may not be erased (open, under investigation or prosecution, before its
    review date for a retention erasure, no reason chosen, reference mistyped, proceedings
    not confirmed as ended); nothing is changed then."""
    now = vault.clock()
    who = actor or vault.officer.display
    with vault.mutex:
        case = vault.get_case(ref)
        entries = vault.entries(ref)
        rules.check_erasable(
            case,
            entries,
            today=today or now.date(),
            reason=reason,
            typed_reference=typed_reference,
            no_proceedings_live=no_proceedings_live,
        )
        conn = vault.conn
        case_id, _, _, count, head, _ = vault._case_row(ref)
        revisions = int(
            conn.execute(
                "SELECT count(*) FROM case_revisions WHERE case_id = ?", (case_id,)
            ).fetchone()[0]
        )
        drafts = int(
            conn.execute("SELECT count(*) FROM drafts WHERE case_ref = ?", (ref,)).fetchone()[0]
        )
        review = rules.retention_review_on(entries)
        details: dict[str, Any] = {
            "reason": reason,
            "entries": int(count),
            "revisions": revisions,
            "drafts": drafts,
            "head": str(head),
            "retention_review_on": review.isoformat() if review else None,
            "no_proceedings_live": True,
        }
        with transaction(conn, vault.path, "The erasure"):
            # The tombstone first: the delete triggers allow these rows to go only while it
            # is the newest audit record (storage/schema.py, version 5).
            audit.append(
                conn,
                at=now,
                actor=who,
                category="erasure",
                action=ERASED_ACTION,
                case_ref=ref,
                details=details,
            )
            conn.execute("DELETE FROM entries WHERE case_id = ?", (case_id,))
            conn.execute("DELETE FROM case_revisions WHERE case_id = ?", (case_id,))
            conn.execute("DELETE FROM case_digest WHERE case_id = ?", (case_id,))
            conn.execute("DELETE FROM drafts WHERE case_ref = ?", (ref,))
            conn.execute("DELETE FROM imported_bundles WHERE case_ref = ?", (ref,))
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            # The index keeps no text, so it cannot drop one entry's words: start it again
            # from the entries left, and the vocabulary with it.
            conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
            conn.execute("DELETE FROM search_terms")
            full_text.rebuild(conn)
        digest._KEPT.get(vault, {}).pop(ref, None)
        # The anchor follows at once, read afresh (the case is gone, not missing).
        vault.record_anchor(force=True)
        compact(vault)
        tombstone = erasure_of(conn, ref)
    assert tombstone is not None
    return tombstone


def compact(vault: Vault) -> None:
    """Rewrite the file without its free pages and empty the write-ahead log, so nothing
    deleted lingers in either (``secure_delete`` zeroes what SQLite frees; VACUUM drops the
    free pages and rebuilds every table and index from the live rows).

    The log can be emptied only when no other connection is reading (a worker refreshing the
    Today view): each try waits out the connection's busy timeout (5 s), and it is tried
    twice. If it still cannot be, :class:`VaultError` says so; the erasure itself stands, and
    locking the vault (which empties the log) finishes it.
    """
    conn = vault.conn
    try:
        conn.execute("VACUUM")
        for attempt in range(_CHECKPOINT_TRIES):
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is None or not int(busy[0]):
                return
            time.sleep(_CHECKPOINT_WAIT_S * (attempt + 1))
    except dbapi2.Error as exc:
        raise translate(exc, vault.path, "Compacting the vault after the erasure") from None
    raise VaultError(
        "The case was erased, but the vault is still being read elsewhere in the application, "
        "so its write-ahead log could not be emptied yet. Lock the vault to finish: locking "
        "empties it."
    )


_CHECKPOINT_TRIES = 2
_CHECKPOINT_WAIT_S = 0.1
