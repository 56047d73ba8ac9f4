"""The search index of schema version 3 (storage/search.py): the words an officer types match
as docs/USER-GUIDE.md says, a version 2 vault upgrades and finds exactly what it found
before, and an upgrade that fails leaves the vault as it was."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from shared_fixtures import PASSPHRASE
from storage_samples import header

from msvlo_desktop.core.bundle import dump_bundle
from msvlo_desktop.core.entries import Entry, search_text
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.storage import schema, search
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Officer, Vault

START = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)

# What each case's notes say, with the hour (after START) each happened. Recorded out of the
# order they happened in, across cases, with shared beginnings, accents, hyphens and
# apostrophes.
NOTES = {
    "KESTREL-0001": [
        (30, "Welfare call: GP appointment booked for Tuesday."),
        (2, "Welfare visit with Mrs O'Brien at the café."),
        (17, "Follow-up on the appointments letter; welfare check done."),
        (5, "Nguyễn asked about the interpreter (Vietnamese)."),
        (44, "Called 07700 900123: no answer; welfare message left."),
    ],
    "HERON-0002": [
        (12, "WELFARE CHECK by phone, follow up next week."),
        (1, "Appointed a new solicitor; welfare fine."),
        (40, "Cafe meeting cancelled, rebooked the GP appointment."),
        (25, "Nguyen family contacted about NOT travelling; welfare OR safety."),
        (8, "Pointless journey: appointment had been moved."),
    ],
}

QUERIES = (
    "welfare",
    "WELFARE check",
    "appoint",
    "appointment",
    "point",
    "GP appointment",
    "nguyen",
    "Nguyễn",
    "cafe",
    "CAFÉ",
    "O'Brien",
    "brien",
    "follow-up",
    "follow",
    "07700",
    "a",
    "w",
    "zzz",
    "welfare zzz",
    '"welfare" NOT',
    "welfare*",
    "welfare OR safety",
    "(GP) - appointment!",
)


def _fill(vault: Vault) -> None:
    for ref, notes in NOTES.items():
        vault.add_case(header(ref, name="Lan Nguyen"))
        vault.add_entries(
            ref,
            [
                {
                    "type": "note",
                    "occurred_at": (START + timedelta(hours=h)).isoformat(),
                    "summary": text,
                }
                for h, text in notes
            ],
        )


def _found(
    vault: Vault, query: str, limit: int = 200, case_ref: str | None = None
) -> list[tuple[str, str]]:
    return [
        (h.case_ref, h.entry.data["summary"])
        for h in vault.search(query, limit=limit, case_ref=case_ref)
    ]


# ---------------------------------------------------------------------- what matches
def test_every_word_must_appear_and_each_finds_the_words_it_begins(vault: Vault) -> None:
    _fill(vault)
    found = _found(vault, "appoint")
    # Newest first, by when they happened; "appoint" begins appointment(s) and appointed.
    assert found == [
        ("HERON-0002", "Cafe meeting cancelled, rebooked the GP appointment."),
        ("KESTREL-0001", "Welfare call: GP appointment booked for Tuesday."),
        ("KESTREL-0001", "Follow-up on the appointments letter; welfare check done."),
        ("HERON-0002", "Pointless journey: appointment had been moved."),
        ("HERON-0002", "Appointed a new solicitor; welfare fine."),
    ]
    # Within a word nothing matches: "point" finds "Pointless", never "appointment".
    assert _found(vault, "point") == [
        ("HERON-0002", "Pointless journey: appointment had been moved.")
    ]
    assert _found(vault, "GP appointment") == [
        ("HERON-0002", "Cafe meeting cancelled, rebooked the GP appointment."),
        ("KESTREL-0001", "Welfare call: GP appointment booked for Tuesday."),
    ]
    assert _found(vault, "welfare zzz") == []


def test_capitals_accents_and_punctuation_are_ignored(vault: Vault) -> None:
    _fill(vault)
    nguyen = {s for _, s in _found(vault, "nguyen")}
    assert nguyen == {
        "Nguyễn asked about the interpreter (Vietnamese).",
        "Nguyen family contacted about NOT travelling; welfare OR safety.",
    }
    assert {s for _, s in _found(vault, "NGUYỄN")} == nguyen
    assert [s for _, s in _found(vault, "CAFÉ")] == [
        "Cafe meeting cancelled, rebooked the GP appointment.",
        "Welfare visit with Mrs O'Brien at the café.",
    ]
    assert _found(vault, "WELFARE check") == _found(vault, "welfare CHECK")
    assert len(_found(vault, "WELFARE check")) == 2
    # Quotes, brackets and search operators are ordinary characters and words.
    assert _found(vault, "(GP) - appointment!") == _found(vault, "GP appointment")
    assert [s for _, s in _found(vault, "welfare OR safety")] == [
        "Nguyen family contacted about NOT travelling; welfare OR safety."
    ]
    # As an operator NOT would leave out every entry with "welfare"; as a word it begins
    # "Note", the type of every entry here.
    assert _found(vault, '"welfare" NOT') == _found(vault, "welfare")


def test_a_hyphen_or_apostrophe_joins_the_parts_of_a_word(vault: Vault) -> None:
    _fill(vault)
    assert [s for _, s in _found(vault, "follow-up")] == [
        "Follow-up on the appointments letter; welfare check done.",
        "WELFARE CHECK by phone, follow up next week.",
    ]
    assert [s for _, s in _found(vault, "O'Brien")] == [
        "Welfare visit with Mrs O'Brien at the café."
    ]
    assert _found(vault, "brien") == _found(vault, "O'Brien")
    assert [s for _, s in _found(vault, "07700")] == [
        "Called 07700 900123: no answer; welfare message left."
    ]


def test_one_case_is_searched_alone_and_its_name_in_the_index_is_no_word(vault: Vault) -> None:
    _fill(vault)
    assert [s for _, s in _found(vault, "appoint", case_ref="HERON-0002")] == [
        "Cafe meeting cancelled, rebooked the GP appointment.",
        "Pointless journey: appointment had been moved.",
        "Appointed a new solicitor; welfare fine.",
    ]
    assert _found(vault, "welfare", limit=2, case_ref="KESTREL-0001") == [
        ("KESTREL-0001", "Called 07700 900123: no answer; welfare message left."),
        ("KESTREL-0001", "Welfare call: GP appointment booked for Tuesday."),
    ]
    assert _found(vault, "welfare", case_ref="NO-SUCH-CASE") == []
    # The index names each entry's case with a word of its own, which no search matches.
    assert search.scope(1) == "case1"
    terms = {r[0] for r in vault.conn.execute("SELECT term FROM search_terms")}
    assert "welfare" in terms
    assert not any(t.startswith("case") for t in terms)
    assert _found(vault, "case") == []
    assert _found(vault, "case1") == []


def test_the_newest_matches_are_kept_when_there_are_more(vault: Vault) -> None:
    _fill(vault)
    assert [s for _, s in _found(vault, "welfare", limit=3)] == [
        "Called 07700 900123: no answer; welfare message left.",
        "Welfare call: GP appointment booked for Tuesday.",
        "Nguyen family contacted about NOT travelling; welfare OR safety.",
    ]
    assert [s for _, s in _found(vault, "welfare", limit=3)] == [
        s for _, s in _found(vault, "welfare")[:3]
    ]
    assert vault.search("welfare", limit=0) == []


def test_a_beginning_of_many_words_finds_the_same_entries(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(vault)
    listed = {q: _found(vault, q) for q in QUERIES}
    # Beginnings of more words than this are left to FTS5's own prefix match.
    monkeypatch.setattr(search, "MAX_EXPANSION", 1)
    assert search.match_expression(vault.conn, "a") == '"a"*'
    assert {q: _found(vault, q) for q in QUERIES} == listed
    assert listed["a"] and listed["w"]
    # FTS5's prefix form of the same words (for counting) finds as many entries.
    counted = {
        q: vault.conn.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (search.fts_query(q),)
        ).fetchone()[0]
        for q in QUERIES
        if search.words(q)
    }
    assert counted == {q: len(listed[q]) for q in counted}


def test_new_words_are_found_at_once_and_a_failed_save_leaves_none(vault: Vault) -> None:
    _fill(vault)
    vault.add_entry(
        "HERON-0002",
        {"type": "note", "occurred_at": START.isoformat(), "summary": "Quixotic plan agreed."},
    )
    assert [s for _, s in _found(vault, "quix")] == ["Quixotic plan agreed."]
    with pytest.raises(ValidationError):
        vault.add_entries(
            "HERON-0002",
            [
                {"type": "note", "occurred_at": START.isoformat(), "summary": "Zebrafish seen."},
                {"type": "note", "occurred_at": "2099-01-01T00:00:00+00:00", "summary": "x"},
            ],
        )
    assert _found(vault, "zebra") == []
    terms = {r[0] for r in vault.conn.execute("SELECT term FROM search_terms")}
    assert "quixotic" in terms
    assert "zebrafish" not in terms


def test_an_imported_case_is_found_in_time_order_among_the_rest(
    vault: Vault, tmp_path: Path
) -> None:
    _fill(vault)
    other = Vault.create(
        tmp_path / "other.msvlo", PASSPHRASE, Officer("B. Jones"), clock=vault.clock
    )
    try:
        other.add_case(header("PLOVER-0003", name="Lan Nguyen"))
        other.add_entries(
            "PLOVER-0003",
            [
                {
                    "type": "note",
                    "occurred_at": (START + timedelta(hours=h)).isoformat(),
                    "summary": f"Welfare check {h} by the other officer.",
                }
                for h in (50, 3, 20)
            ],
        )
        bundle = dump_bundle(other.export_bundle("PLOVER-0003"))
    finally:
        other.close()
    vault.import_bundle(bundle, source="other.json")
    # Imported last, found where their times put them.
    assert _found(vault, "welfare check") == [
        ("PLOVER-0003", "Welfare check 50 by the other officer."),
        ("PLOVER-0003", "Welfare check 20 by the other officer."),
        ("KESTREL-0001", "Follow-up on the appointments letter; welfare check done."),
        ("HERON-0002", "WELFARE CHECK by phone, follow up next week."),
        ("PLOVER-0003", "Welfare check 3 by the other officer."),
    ]
    assert [s for _, s in _found(vault, "oth", case_ref="PLOVER-0003")] == [
        "Welfare check 50 by the other officer.",
        "Welfare check 20 by the other officer.",
        "Welfare check 3 by the other officer.",
    ]


def test_every_search_is_audited_even_when_nothing_can_match(vault: Vault) -> None:
    _fill(vault)
    before = len(vault.audit_records())
    assert vault.search("zzz") == []
    assert vault.search("!!!") == []  # no words at all: nothing searched, nothing recorded
    records = vault.audit_records()[before:]
    # That a search was made, how many words and results: never the words themselves.
    assert [(r.action, r.details) for r in records] == [("search run", {"words": 1, "results": 0})]


def test_the_index_orders_by_time_then_by_entry() -> None:
    day = datetime(2026, 3, 3, 9, 0, 5, tzinfo=UTC)
    assert search.order_key(day, 7) < search.order_key(day, 8)
    assert search.order_key(day, 8) < search.order_key(day + timedelta(seconds=1), 1)
    # Times outside 1900 to 2988 sort at the ends rather than fail.
    early = datetime(1066, 10, 14, tzinfo=UTC)
    assert search.order_key(early, 5) == 5
    assert search.order_key(early, 5) < search.order_key(
        datetime(1900, 1, 1, 0, 0, 1, tzinfo=UTC), 1
    )
    assert search.order_key(datetime(9999, 1, 1, tzinfo=UTC), 1) > search.order_key(day, 1)
    with pytest.raises(VaultError, match="268,435,455"):
        search.order_key(day, search.MAX_ENTRIES + 1)


# ---------------------------------------------------------------------- the upgrade
def _raw(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    return conn


def _as_version_2(path: Path) -> None:
    """Turn a closed vault back into version 2: the index numbered by entry, as version 2
    wrote it (every entry's words under its row number)."""
    conn = _raw(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TABLE search_index")
        conn.execute("DROP TABLE search_terms")
        for table in ("imported_bundles", "known_senders", "signing_keys"):  # version 4's
            conn.execute(f"DROP TABLE {table}")
        conn.execute(next(s for s in schema._split(schema.V1) if "entries_fts" in s))
        for rowid, etype, occurred, author, data in conn.execute(
            "SELECT id, type, occurred_at, author, data FROM entries"
        ).fetchall():
            when = datetime.fromisoformat(occurred)
            entry = Entry("e", etype, when, when, author, json.loads(data))
            conn.execute(
                "INSERT INTO entries_fts (rowid, body) VALUES (?, ?)", (rowid, search_text(entry))
            )
        conn.execute("PRAGMA user_version = 2")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _version_2_query(text: str) -> str:
    """Version 2's query (its ``fts_query``): every word a prefix."""
    out = []
    for token in text.replace('"', " ").split():
        token = "".join(ch for ch in token if ch.isalnum() or ch in "-'_").strip("-'_")
        if token:
            out.append('"' + token + '"*')
    return " ".join(out[:20])


def _version_2_searches(
    path: Path, asked: list[tuple[str, int, str | None]]
) -> dict[tuple[str, int, str | None], list[tuple[str, str]]]:
    """What version 2's search found for each (words, limit, case): its own SQL over its own
    index."""
    conn = _raw(path)
    try:
        return {a: _version_2_search(conn, *a) for a in asked}
    finally:
        conn.close()


def _version_2_search(
    conn: sqlcipher3.Connection, text: str, limit: int, case_ref: str | None
) -> list[tuple[str, str]]:
    match = _version_2_query(text)
    if not match:
        return []
    return [
        (str(ref), json.loads(data)["summary"])
        for ref, data in conn.execute(
            "SELECT c.reference, e.data FROM entries e JOIN cases c ON c.id = e.case_id"
            " WHERE e.id IN (SELECT m.id FROM entries_fts f JOIN entries m"
            " ON m.id = f.rowid WHERE entries_fts MATCH ?"
            " AND (? IS NULL OR m.case_id = (SELECT id FROM cases WHERE reference = ?))"
            " ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?)"
            " ORDER BY e.occurred_at DESC, e.id DESC",
            (match, case_ref, case_ref, limit),
        )
    ]


def _tables(path: Path) -> set[str]:
    conn = _raw(path)
    try:
        return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


def _version(path: Path) -> int:
    conn = _raw(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def version_2(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A version 2 vault of the sample notes, closed."""
    _fill(vault)
    vault.close()
    _as_version_2(vault.path)
    assert _version(vault.path) == 2
    # Upgrades index in several batches, each sorted on its own.
    monkeypatch.setattr(search, "REBUILD_BATCH", 3)
    return vault.path


def test_a_version_2_vault_upgrades_and_finds_the_same(version_2: Path) -> None:
    asked = [(q, n, ref) for q in QUERIES for n in (200, 3) for ref in (None, *NOTES)]
    before = _version_2_searches(version_2, asked)
    assert before[("welfare", 200, None)] and before[("appoint", 3, "HERON-0002")]
    with Vault.open(version_2, PASSPHRASE) as v:
        after = {(q, n, ref): _found(v, q, n, ref) for q, n, ref in asked}
        assert v.verify().ok
    assert after == before
    assert _version(version_2) == schema.LATEST
    tables = _tables(version_2)
    assert "entries_fts" not in tables
    assert {"search_index", "search_terms"} <= tables
    assert _version(version_2.with_name(version_2.name + ".before-v3")) == 2


def test_a_failed_upgrade_leaves_the_vault_as_it_was(
    version_2: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = [(q, 200, None) for q in QUERIES]
    before = _version_2_searches(version_2, asked)
    calls = []

    def failing(entry: Entry) -> str:
        calls.append(entry)
        if len(calls) == 7:  # in the third batch of three
            raise RuntimeError("the index could not be built")
        return search_text(entry)

    with monkeypatch.context() as mp:
        mp.setattr(search, "search_text", failing)
        with pytest.raises(RuntimeError, match="could not be built"):
            Vault.open(version_2, PASSPHRASE)
    assert len(calls) == 7
    assert _version(version_2) == 2
    tables = _tables(version_2)
    assert "entries_fts" in tables
    assert not {"search_index", "search_terms"} & tables
    assert _version_2_searches(version_2, asked) == before
    # Opened again (nothing failing now), it upgrades and finds the same.
    with Vault.open(version_2, PASSPHRASE) as v:
        assert {a: _found(v, *a) for a in asked} == before
    assert _version(version_2) == schema.LATEST
