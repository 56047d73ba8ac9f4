"""The vault's schema and its numbered migrations.

``PRAGMA user_version`` holds the schema version. Each migration runs in one transaction; the
encrypted file is copied beside itself first (``<vault>.before-v<N>``) so a failed upgrade
can be undone by hand. A file newer than this code understands is refused untouched.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from pathlib import Path

from msvlo_desktop.storage import search
from msvlo_desktop.storage.connection import Connection, fsync_dir
from msvlo_desktop.storage.errors import NewerVault

_APPEND_ONLY = """
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{what} are append-only: record a correction instead'); END;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{what} are append-only and are never deleted'); END;
"""

V1 = (
    """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    header TEXT NOT NULL,                 -- JSON: the case fields of a bundle
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at TEXT,
    created_at TEXT NOT NULL,
    entry_count INTEGER NOT NULL DEFAULT 0,
    head TEXT NOT NULL,                   -- hash of the last entry (64 zeros when empty)
    last_occurred_at TEXT
) STRICT;
CREATE TABLE case_revisions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    revised_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    header TEXT NOT NULL                  -- the case fields as they became
) STRICT;
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    seq INTEGER NOT NULL,
    entry_id TEXT NOT NULL,
    type TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    author TEXT NOT NULL,
    sensitive INTEGER NOT NULL,
    data TEXT NOT NULL,                   -- JSON: the type's own fields
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (case_id, seq),
    UNIQUE (case_id, entry_id)
) STRICT;
CREATE INDEX entries_by_type ON entries (case_id, type);
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN
        ('collection', 'alteration', 'consultation', 'disclosure', 'combination', 'erasure',
         'access')),
    action TEXT NOT NULL,
    case_ref TEXT,
    details TEXT NOT NULL,                -- JSON
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    case_ref TEXT,
    saved_at TEXT NOT NULL,
    data TEXT NOT NULL
) STRICT;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
"""
    + _APPEND_ONLY.format(table="entries", what="log entries")
    + _APPEND_ONLY.format(table="audit", what="audit records")
    + _APPEND_ONLY.format(table="case_revisions", what="case revisions")
)

Migration = Callable[[Connection], None]


def _v1(conn: Connection) -> None:
    for statement in _split(V1):
        conn.execute(statement)


# Version 2: each case's pending obligations, kept between sessions so the Today view and the
# case list's next-due column need not read every log (storage/digest.py). Derived data, not
# part of the record: rebuilt from the log whenever its key (entry count and chain head, case
# record, engine version, rules and calendar) no longer matches, never audited, never exported.
V2 = """
CREATE TABLE case_digest (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    key TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    body TEXT NOT NULL
) STRICT;
"""


def _v2(conn: Connection) -> None:
    for statement in _split(V2):
        conn.execute(statement)


# Version 3: a search index numbered by when each entry happened, so the newest matches are
# found without visiting every match (storage/search.py), and every indexed word, so a typed
# beginning of a word is looked up as the words it begins. Replaces entries_fts (numbered by
# entry). Upgrading indexes every entry again, in the one transaction: about 50 s for a
# million entries on the reference machine, 5 s for 100,000 (docs/PERFORMANCE.md); if it
# fails the vault is left as it was.
V3 = f"""
DROP TABLE entries_fts;
CREATE VIRTUAL TABLE search_index USING fts5 (
    body, scope, content='', columnsize=0, {search.TOKENIZE}
);
CREATE TABLE search_terms (term TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
"""


def _v3(conn: Connection) -> None:
    for statement in _split(V3):
        conn.execute(statement)
    search.rebuild(conn)


# Version 4: where bundles come from (storage/keys.py, storage/bundles.py). The vault's own
# Ed25519 signing keys, newest last, each later one signed by the one before (key history;
# the private key is protected by the vault's encryption like everything else); the senders
# this vault has accepted bundles from (trust on first use); and each bundle imported, with
# whether its signature was verified: the "imported unverified" mark lives here, outside the
# case's chain, so the log itself is stored exactly as it came.
V4 = """
CREATE TABLE signing_keys (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    private_key BLOB NOT NULL CHECK (length(private_key) = 32),
    public_key TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    training INTEGER NOT NULL CHECK (training IN (0, 1)),
    endorsement TEXT,                     -- the previous key's signature over this one
    retired_at TEXT
) STRICT;
CREATE TABLE known_senders (
    id INTEGER PRIMARY KEY,
    officer TEXT NOT NULL,
    public_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    replaced_at TEXT,                     -- set when this sender's key was replaced
    UNIQUE (officer, public_key)
) STRICT;
CREATE TABLE imported_bundles (
    id INTEGER PRIMARY KEY,
    case_ref TEXT NOT NULL,
    bundle_id TEXT,                       -- origin.bundle_id when signed
    exported_at TEXT,
    sender TEXT,
    fingerprint TEXT,
    verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
    imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX imported_bundles_by_case ON imported_bundles (case_ref);
"""


def _v4(conn: Connection) -> None:
    for statement in _split(V4):
        conn.execute(statement)


# Version 5: erasing a case at the end of its retention (storage/erasure.py). The log,
# revisions and case row stay undeletable by any ordinary write; a row of a case may be
# deleted only inside the transaction that erases it, once the erasure tombstone naming the
# case is the newest audit record. The tombstone is append-only and hash-chained like every
# audit record, so no deletion can happen without leaving that record behind, and a later
# audit record (any other write) closes the door again.
_ERASING = (
    "EXISTS (SELECT 1 FROM audit WHERE id = (SELECT max(id) FROM audit)"
    " AND category = 'erasure' AND action = 'case erased' AND case_ref = {ref})"
)
_BY_CASE_ID = "(SELECT reference FROM cases WHERE id = OLD.case_id)"
_ENTRY_ERASING = _ERASING.format(ref=_BY_CASE_ID)
_CASE_ERASING = _ERASING.format(ref="OLD.reference")
V5 = f"""
DROP TRIGGER IF EXISTS entries_no_delete;
DROP TRIGGER IF EXISTS case_revisions_no_delete;
DROP TRIGGER IF EXISTS cases_no_delete;
CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries WHEN NOT {_ENTRY_ERASING}
BEGIN SELECT RAISE(ABORT, 'log entries are append-only and are never deleted'); END;
CREATE TRIGGER case_revisions_no_delete BEFORE DELETE ON case_revisions
WHEN NOT {_ENTRY_ERASING}
BEGIN SELECT RAISE(ABORT, 'case revisions are append-only and are never deleted'); END;
CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases WHEN NOT {_CASE_ERASING}
BEGIN SELECT RAISE(ABORT, 'cases are never deleted, only erased at the end of retention'); END;
"""


def _v5(conn: Connection) -> None:
    for statement in _split(V5):
        conn.execute(statement)


MIGRATIONS: dict[int, Migration] = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5}
LATEST = max(MIGRATIONS)


def _split(script: str) -> list[str]:
    """Split on ';' at the end of a line, keeping trigger bodies whole."""
    out, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        stripped = line.strip()
        if stripped.endswith(";") and (not stripped.startswith("BEGIN") or "END;" in stripped):
            text = "\n".join(buf).strip()
            if text and text != ";":
                out.append(text)
            buf = []
    return out


def version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, path: Path | None) -> list[int]:
    """Bring the schema to LATEST. Returns the migrations applied."""
    current = version(conn)
    if current > LATEST:
        raise NewerVault(path, current, LATEST)
    applied = []
    if current and current < LATEST and path is not None:
        _copy_before_migrating(conn, path, current)
    for number in range(current + 1, LATEST + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number](conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (a full disk, an interrupted statement); the
            # error that matters is the one that stopped the migration.
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied


def _copy_before_migrating(conn: Connection, path: Path, current: int) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = path.with_name(f"{path.name}.before-v{current + 1}")
    shutil.copy2(path, copy)
    fsync_dir(path.parent)
