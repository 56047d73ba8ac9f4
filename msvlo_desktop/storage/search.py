"""Full-text search of every case's log, newest first, inside the encrypted vault.

The index (``search_index``, an FTS5 table holding no text of its own) numbers each entry by
when it happened: its row id is the entry's time in seconds since 1900 followed by the
entry's own row number (:func:`order_key`). FTS5 hands matches back in row-id order, so
``ORDER BY rowid DESC LIMIT n`` stops after the newest ``n`` matches instead of visiting
every match for its time: a word in nearly every entry of a million costs what a rare word
costs (docs/PERFORMANCE.md, "Search over a million entries"). Its ``body`` column holds the
entry's words (``core.entries.search_text``); its ``scope`` column one word naming the case
(:func:`scope`), so a search of one case is one FTS5 query too.

What an officer types is split into words; every word must appear in an entry, and each word
matches the indexed words that begin with it ("appoint" finds "appointment"). FTS5 would
answer such a prefix by merging the whole list of every word that begins with it before it
could give the newest match, so the search looks the beginnings up in ``search_terms`` (every
distinct indexed word) and asks for those exact words instead. A beginning shared by more
than :data:`MAX_EXPANSION` words (one or two letters) is left to FTS5's own prefix match.

Words are split and folded by SQLite's ``unicode61`` tokenizer (case and accents ignored);
the same tokenizer splits what is typed, through a scratch table in the connection's
in-memory temporary database, so typed words and indexed words always agree.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlcipher3 import dbapi2

from msvlo_desktop.core.entries import Entry, search_text
from msvlo_desktop.storage.connection import Connection
from msvlo_desktop.storage.errors import VaultError

# The index and the scratch table split words the same way (storage/schema.py, version 3).
TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"

# What the index holds for an entry (``core.entries.search_text``) as of this version of
# the application. Kept in the vault's ``meta`` table; a vault whose index was built by
# another version has it built again when it is opened (:func:`ensure_current`), which needs
# no schema migration. Version 2: every structured text field (an interpreter's name and
# language, a new SPOC's name and organisation) and the officer's reason for an unusual
# order; what the entry says before its type and author. Version 3: an interpreter's
# language by its name too ("Dari" as well as "prs").
INDEX_VERSION = "3"
INDEX_VERSION_KEY = "search_index_version"

MAX_WORDS = 20
# A typed word that begins more indexed words than this is matched by FTS5's prefix query:
# asking for each exact word costs about 0.05 ms a word at a million entries, FTS5's prefix
# merge up to a few hundred milliseconds, whatever the number of words.
MAX_EXPANSION = 500

# Row ids: seconds since 1900-01-01 UTC in the high 35 bits (to the year 2988), the entry's
# row number in the low 28. Times outside that span sort at its ends.
_EPOCH_SECONDS = int(datetime(1900, 1, 1, tzinfo=UTC).timestamp())
_ID_BITS = 28
_TIME_BITS = 35
_ID_MASK = (1 << _ID_BITS) - 1
MAX_ENTRIES = _ID_MASK

# Entries read, worded and indexed at a time when the index is rebuilt (about 40 MB).
REBUILD_BATCH = 20_000

ENTRY_COLS = (
    "e.seq, e.entry_id, e.type, e.occurred_at, e.recorded_at, e.author, e.sensitive, e.data, e.hash"
)


@dataclass(frozen=True)
class SearchHit:
    case_ref: str
    entry: Entry
    snippet: str
    pseudonym: str = ""  # the victim's pseudonym, to tell cases apart at a glance


# ---------------------------------------------------------------------- the index
def order_key(occurred_at: datetime, entry_rowid: int) -> int:
    """The index row id of an entry: newer entries have larger ids; entries of the same
    second follow their row numbers (the order they were recorded in)."""
    if not 0 < entry_rowid <= MAX_ENTRIES:
        raise VaultError(
            f"The vault holds the most entries its search index can order ({MAX_ENTRIES:,})."
        )
    seconds = int(occurred_at.timestamp()) - _EPOCH_SECONDS  # stored times are whole seconds
    seconds = min(max(seconds, 0), (1 << _TIME_BITS) - 1)
    return seconds << _ID_BITS | entry_rowid


def scope(case_id: int) -> str:
    """The word in the index's ``scope`` column naming an entry's case."""
    return f"case{case_id}"


def index_entry(
    conn: Connection, entry_rowid: int, case_id: int, occurred_at: datetime, text: str
) -> None:
    """Add a new entry's words to the index, in the caller's transaction (the entry is
    indexed with it, or not at all). The caller calls :func:`record_new_words` before it
    commits, once for all the entries of the transaction."""
    conn.execute(
        "INSERT INTO search_index (rowid, body, scope) VALUES (?, ?, ?)",
        (order_key(occurred_at, entry_rowid), text, scope(case_id)),
    )
    conn.execute("CREATE TABLE IF NOT EXISTS temp.search_new_text (body TEXT NOT NULL)")
    conn.execute("INSERT INTO temp.search_new_text (body) VALUES (?)", (text,))


def record_new_words(conn: Connection) -> None:
    """Add the words of the entries indexed in this transaction to the vocabulary (a no-op
    when none were): one pass for a whole batch of entries, about a quarter of a millisecond
    an entry less than a pass for each."""
    conn.execute("CREATE TABLE IF NOT EXISTS temp.search_new_text (body TEXT NOT NULL)")
    if not conn.execute("SELECT EXISTS (SELECT 1 FROM temp.search_new_text)").fetchone()[0]:
        return
    _scratch(conn)
    try:
        conn.execute("INSERT INTO temp.search_scratch (body) SELECT body FROM search_new_text")
        conn.execute(
            "INSERT OR IGNORE INTO search_terms (term)"
            " SELECT DISTINCT term FROM temp.search_scratch_words"
        )
    finally:
        conn.execute("INSERT INTO temp.search_scratch (search_scratch) VALUES ('delete-all')")
    conn.execute("DELETE FROM temp.search_new_text")


def rebuild(conn: Connection) -> int:
    """Fill the empty index and vocabulary from every entry in the vault, in the caller's
    transaction (schema version 3). Returns the number of entries indexed.

    Built as a bulk load: each batch is sorted by row id and held in memory whole (FTS5's
    ``hashsize``), segments are not merged while loading but once at the end (``optimize``),
    then FTS5's defaults are put back for the saves that follow."""
    _configure(conn, hashsize=64 << 20, automerge=0, crisismerge=_MAX_SEGMENTS)
    cursor = conn.execute(
        "SELECT id, case_id, entry_id, type, occurred_at, recorded_at, author, sensitive, data"
        " FROM entries ORDER BY id"
    )
    done = 0
    while rows := cursor.fetchmany(REBUILD_BATCH):
        items = []
        for rowid, case_id, entry_id, etype, occurred, recorded, author, sensitive, data in rows:
            try:
                entry = Entry(
                    id=entry_id,
                    type=etype,
                    occurred_at=datetime.fromisoformat(occurred),
                    recorded_at=datetime.fromisoformat(recorded),
                    author=author,
                    data=_json_object(data),
                    sensitive=bool(sensitive),
                )
                text = search_text(entry)
            except (VaultError, ValueError, TypeError, KeyError):
                # A damaged entry must not keep the vault from opening (verify names it): it
                # is left out of the index, which only makes it unsearchable.
                continue
            items.append((order_key(entry.occurred_at, rowid), text, scope(case_id)))
        items.sort()
        conn.executemany("INSERT INTO search_index (rowid, body, scope) VALUES (?, ?, ?)", items)
        done += len(rows)
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    _configure(conn, **_FTS5_DEFAULTS)
    conn.execute(
        "CREATE VIRTUAL TABLE temp.search_index_terms USING fts5vocab(main, search_index, col)"
    )
    try:
        conn.execute(
            "INSERT OR IGNORE INTO search_terms (term)"
            " SELECT term FROM search_index_terms WHERE col = 'body'"
        )
    finally:
        conn.execute("DROP TABLE temp.search_index_terms")
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (INDEX_VERSION_KEY, INDEX_VERSION),
    )
    return done


def index_version(conn: Connection) -> str | None:
    """The version of what the vault's index holds (None: built before versions were kept)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (INDEX_VERSION_KEY,)).fetchone()
    return str(row[0]) if row else None


def ensure_current(conn: Connection) -> bool:
    """Build the index again, in its own transaction, when this version of the application
    puts other words in it than the version that built it (:data:`INDEX_VERSION`). Returns
    whether it was rebuilt. The index is derived data: the log itself is not touched."""
    if index_version(conn) == INDEX_VERSION:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
        conn.execute("DELETE FROM search_terms")
        rebuild(conn)
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")
        raise
    return True


def pseudonyms(conn: Connection, refs: Iterable[str]) -> dict[str, str]:
    """The victim's pseudonym of each case named (for search results)."""
    wanted = sorted(set(refs))
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    rows = conn.execute(
        "SELECT reference, json_extract(header, '$.victim.pseudonym') FROM cases"
        f" WHERE reference IN ({marks})",
        wanted,
    ).fetchall()
    return {str(ref): str(name) for ref, name in rows if isinstance(name, str)}


# FTS5's own defaults (sqlite.org/fts5.html, "FTS5 Configuration Options"), and the most
# segments it allows on one level.
_FTS5_DEFAULTS = {"hashsize": 1024 * 1024, "automerge": 4, "crisismerge": 16}
_MAX_SEGMENTS = 2000


def _configure(conn: Connection, **options: int) -> None:
    for name, value in options.items():
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES (?, ?)", (name, value))


def _json_object(text: str) -> dict[str, Any]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise VaultError("An entry's stored fields are damaged; run Verify.")
    return value


def _scratch(conn: Connection) -> None:
    """The connection's scratch table for splitting text into indexed words (in the
    temporary database, which the vault keeps in memory)."""
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_scratch USING fts5 (body, content='',"
        f" {TOKENIZE})"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_scratch_words"
        " USING fts5vocab(temp, search_scratch, instance)"
    )


def _tokens(conn: Connection, words: Sequence[str]) -> list[list[str]]:
    """Each word as the indexed words it is made of, in order ("O'Brien" is "o", "brien")."""
    _scratch(conn)
    try:
        conn.executemany(
            "INSERT INTO temp.search_scratch (rowid, body) VALUES (?, ?)",
            list(enumerate(words, 1)),
        )
        rows = conn.execute(
            "SELECT doc, term FROM temp.search_scratch_words ORDER BY doc, offset"
        ).fetchall()
    finally:
        conn.execute("INSERT INTO temp.search_scratch (search_scratch) VALUES ('delete-all')")
    out: list[list[str]] = [[] for _ in words]
    for doc, term in rows:
        out[int(doc) - 1].append(str(term))
    return out


# ---------------------------------------------------------------------- queries
def words(text: str) -> list[str]:
    """The words of what was typed (at most :data:`MAX_WORDS`): quotes and FTS5 operators
    are ordinary characters, and letters, digits, hyphens, apostrophes and underscores are
    kept (a hyphenated or apostrophised word must appear as written: "follow-up")."""
    out = []
    for token in text.replace('"', " ").split():
        token = "".join(ch for ch in token if ch.isalnum() or ch in "-'_")
        token = token.strip("-'_")
        if token:
            out.append(token)
    return out[:MAX_WORDS]


def fts_query(text: str) -> str:
    """What was typed as an FTS5 prefix query of the index's words ("" for no words): every
    word must appear, each matching the indexed words that begin with it. The search asks
    for the same entries in the form :func:`match_expression` gives, which FTS5 answers
    newest first without merging every match; this form is for counting them."""
    typed = words(text)
    if not typed:
        return ""
    return "{body} : (" + " AND ".join(_quoted([w]) + "*" for w in typed) + ")"


def _quoted(tokens: Sequence[str]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def _after(prefix: str) -> str | None:
    """The least string greater than every string beginning with ``prefix``."""
    while prefix:
        code = ord(prefix[-1]) + 1
        if code == 0xD800:
            code = 0xE000  # past the surrogates, which are not characters
        if code <= 0x10FFFF:
            return prefix[:-1] + chr(code)
        prefix = prefix[:-1]
    return None


def _beginning_with(conn: Connection, prefix: str) -> list[str] | None:
    """The indexed words beginning with ``prefix``; None when there are too many to list."""
    upper = _after(prefix)
    sql = "SELECT term FROM search_terms WHERE term >= ?"
    args: list[Any] = [prefix]
    if upper is not None:
        sql += " AND term < ?"
        args.append(upper)
    args.append(MAX_EXPANSION + 1)
    terms = [str(r[0]) for r in conn.execute(sql + " ORDER BY term LIMIT ?", args)]
    return None if len(terms) > MAX_EXPANSION else terms


def match_expression(conn: Connection, text: str) -> str | None:
    """The FTS5 query for what was typed, each word's beginning replaced by the indexed
    words it begins (see the module's notes). None when no entry can match: a word begins no
    indexed word, or has no letters or digits the index keeps."""
    typed = words(text)
    if not typed:
        return None
    groups = []
    for tokens in _tokens(conn, typed):
        if not tokens:
            return None
        *lead, last = tokens
        found = _beginning_with(conn, last)
        if found is None:
            groups.append(_quoted(tokens) + "*")
        elif not found:
            return None
        elif len(found) == 1:
            groups.append(_quoted([*lead, found[0]]))
        else:
            groups.append("(" + " OR ".join(_quoted([*lead, t]) for t in found) + ")")
    return " AND ".join(groups)


def newest(
    conn: Connection, text: str, *, limit: int, case_ref: str | None = None
) -> list[tuple[Any, ...]]:
    """The newest ``limit`` entries matching what was typed, newest first, by when they
    happened (then the order recorded): rows of the case reference followed by
    :data:`ENTRY_COLS`."""
    words_match = match_expression(conn, text)
    if words_match is None or limit <= 0:
        return []
    match = "{body} : (" + words_match + ")"
    if case_ref:
        row = conn.execute("SELECT id FROM cases WHERE reference = ?", (case_ref,)).fetchone()
        if row is None:
            return []
        match = "{scope} : " + _quoted([scope(int(row[0]))]) + " AND " + match
    sql = (
        f"SELECT c.reference, {ENTRY_COLS} FROM entries e JOIN cases c ON c.id = e.case_id"
        f" WHERE e.id IN (SELECT rowid & {_ID_MASK} FROM search_index"
        " WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?)"
        " ORDER BY e.occurred_at DESC, e.id DESC"
    )
    try:
        return list(conn.execute(sql, (match, limit)).fetchall())
    except dbapi2.OperationalError as exc:
        # A query FTS5 refuses finds nothing rather than failing the search (every word is
        # quoted, so none is expected); anything else is a real problem.
        if "fts5" not in str(exc).lower():
            raise
        return []


def snippet(entry: Entry, query: str, width: int = 120) -> str:
    """Up to ``width`` characters of the entry's words starting at the first word that
    matches what was typed (as the index matches: case and accents ignored, a typed word
    matching the words it begins), so the result shows why it was found."""
    text = " ".join(search_text(entry).split())
    start = first_match(text, query)
    if start is None:
        start = 0
    return (
        ("…" if start else "")
        + text[start : start + width]
        + ("…" if start + width < len(text) else "")
    )


_WORD = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    ).casefold()


def first_match(text: str, query: str) -> int | None:
    """Where in ``text`` the first word beginning with a typed word is (None: nowhere)."""
    typed = [_fold(t) for w in words(query) for t in _WORD.findall(w)]
    if not typed:
        return None
    for found in _WORD.finditer(text):
        word = _fold(found.group())
        if any(word.startswith(t) for t in typed):
            return found.start()
    return None
