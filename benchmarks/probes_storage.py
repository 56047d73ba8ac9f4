"""The same storage workload on plain SQLite and on SQLCipher: what encryption costs.

The workload is the vault's own at the SQL level, on the vault's schema (``storage/schema.py``)
with the vault's pragmas (WAL, ``synchronous = FULL``, ``secure_delete``, ``temp_store =
MEMORY``, foreign keys), using the rows of a real generated case:

1. bulk: every entry of the case inserted with its full-text row, 100 to a transaction, the
   case's head updated at the end of each (as ``Vault.add_entries`` does);
2. saves: 200 entries, each in its own transaction with its full-text row, an audit record
   and the head update (as ``Vault.add_entry`` does), each commit flushed to disk;
3. reads: the whole log read back in order, five times (as opening a report does);
4. searches: the benchmark queries through the vault's own search (``storage/search.py``:
   the typed words looked up in the vocabulary, then the newest 200 matches), three times.

The schema is every version's (``storage/schema.py``); version 3 replaces version 1's
full-text table, which on the older SQLite is made without ``contentless_delete`` before it
is dropped. Engines, each in its own process: ``sqlite`` (Python's sqlite3),
``sqlcipher-plain`` (the same SQLCipher build with no key: the same SQLite version as the
vault, unencrypted) and ``sqlcipher`` (keyed, as the vault). Opening (for SQLCipher, the
key derivation) is timed apart from the workload.
"""

from __future__ import annotations

import json
import sqlite3
import time
import tracemalloc
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks.probe import Probe, Result, max_rss_bytes
from benchmarks.probes_vault import QUERIES, open_vault
from msvlo_desktop.core.entries import search_text
from msvlo_desktop.storage import schema, search
from msvlo_desktop.storage.connection import quote_key

KEY = "benchmark storage workload key"
BULK_BATCH = 100
SAVES = 200
READS = 5
SEARCH_ROUNDS = 3
ENGINES = ("sqlite", "sqlcipher-plain", "sqlcipher")


def storage_rows(source: str, anchor_dir: str, rows_file: str) -> Result:
    """Write (entry columns..., full-text body) of the longest case in ``source`` to
    ``rows_file``. A process of its own: opening the vault turns on SQLCipher's memory
    security for the rest of the process, which must not leak into the plain engines."""
    vault = open_vault(source, anchor_dir)
    try:
        case = max(vault.list_cases(), key=lambda c: c.entry_count)
        entries = vault.entries(case.reference)
        case_id = vault.conn.execute(
            "SELECT id FROM cases WHERE reference = ?", (case.reference,)
        ).fetchone()[0]
        raw = vault.conn.execute(
            "SELECT seq, entry_id, type, occurred_at, recorded_at, author, sensitive, data,"
            " prev_hash, hash FROM entries WHERE case_id = ? ORDER BY seq",
            (case_id,),
        ).fetchall()
    finally:
        vault.close()
    rows = [[*row, search_text(e)] for row, e in zip(raw, entries, strict=True)]
    Path(rows_file).write_text(json.dumps(rows), encoding="utf-8")
    return {"times": [], "extra": {"rows": len(rows)}}


def _connect(engine: str, path: Path) -> tuple[Any, bool]:
    """A connection with the vault's pragmas; True when the schema needs adjusting."""
    if engine == "sqlite":
        conn: Any = sqlite3.connect(str(path), isolation_level=None)
        old_fts = sqlite3.sqlite_version_info < (3, 43, 0)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        old_fts = False
        if engine == "sqlcipher":
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {quote_key(KEY)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    return conn, old_fts


def _workload(conn: Any, rows: list[tuple[Any, ...]]) -> dict[str, float]:
    phases: dict[str, float] = {}
    conn.execute(
        "INSERT INTO cases (id, reference, header, created_at, head) VALUES (1, 'BENCH-1', '{}',"
        " '2026-01-01T00:00:00Z', ?)",
        ("0" * 64,),
    )

    def insert(seq: int, row: tuple[Any, ...], suffix: str = "") -> None:
        cur = conn.execute(
            "INSERT INTO entries (case_id, seq, entry_id, type, occurred_at, recorded_at,"
            " author, sensitive, data, prev_hash, hash) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, row[1] + suffix, *row[2:10]),
        )
        search.index_entry(conn, cur.lastrowid, 1, datetime.fromisoformat(row[3]), row[10])

    def head(seq: int, row: tuple[Any, ...]) -> None:
        conn.execute(
            "UPDATE cases SET entry_count = ?, head = ?, last_occurred_at = ? WHERE id = 1",
            (seq, row[9], row[3]),
        )

    t0 = time.perf_counter()
    for start in range(0, len(rows), BULK_BATCH):
        conn.execute("BEGIN IMMEDIATE")
        for row in rows[start : start + BULK_BATCH]:
            insert(row[0], row)
        head(row[0], row)
        search.record_new_words(conn)  # as every vault transaction does
        conn.execute("COMMIT")
    phases["bulk"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    seq = len(rows)
    for i in range(SAVES):
        row = rows[i % len(rows)]
        seq += 1
        conn.execute("BEGIN IMMEDIATE")
        insert(seq, row, suffix=f"-s{i}")
        conn.execute(
            "INSERT INTO audit (at, actor, category, action, case_ref, details, prev_hash, hash)"
            " VALUES (?, 'benchmark', 'collection', 'interaction recorded', 'BENCH-1', '{}', ?, ?)",
            (row[4], row[8], row[9]),
        )
        head(seq, row)
        search.record_new_words(conn)  # as every vault transaction does
        conn.execute("COMMIT")
    phases["saves"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in range(READS):
        conn.execute(
            "SELECT seq, entry_id, type, occurred_at, recorded_at, author, sensitive, data, hash"
            " FROM entries WHERE case_id = 1 ORDER BY seq"
        ).fetchall()
    phases["reads"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in range(SEARCH_ROUNDS):
        for q in QUERIES:
            search.newest(conn, q, limit=200)
    phases["searches"] = time.perf_counter() - t0
    return phases


def _fresh(folder: Path, engine: str, tag: str) -> Path:
    path = folder / f"storage-{engine}-{tag}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def storage(engine: str, rows_file: str, folder: str, trace: bool) -> Result:
    """One run of the workload on ``engine`` in a new database file in ``folder``."""
    rows = [tuple(r) for r in json.loads(Path(rows_file).read_text(encoding="utf-8"))]
    where = Path(folder)
    where.mkdir(parents=True, exist_ok=True)

    def one(tag: str) -> tuple[dict[str, float], float, bool]:
        path = _fresh(where, engine, tag)
        t0 = time.perf_counter()
        conn, old_fts = _connect(engine, path)
        opened = time.perf_counter() - t0
        script = schema.V1
        if old_fts:
            script = script.replace(", contentless_delete=1", "")
        conn.executescript(script + schema.V2 + schema.V3)
        try:
            # Version 3's tables are the same on every engine.
            return _workload(conn, rows), opened, False
        finally:
            conn.close()
            _fresh(where, engine, tag)

    c0 = time.process_time()
    phases, opened, adjusted = one("timed")
    cpu = time.process_time() - c0
    out: Result = {
        "times": [sum(phases.values())],
        "cpu": [cpu],
        "rss": max_rss_bytes(),
        "extra": {
            "engine": engine,
            "phases": phases,
            "open_seconds": opened,
            "rows": len(rows),
            "fts_adjusted": adjusted,
        },
    }
    if trace:
        tracemalloc.start()
        one("traced")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["heap_peak"] = peak
    return out


PROBES: dict[str, Probe] = {"storage": storage, "storage_rows": storage_rows}
