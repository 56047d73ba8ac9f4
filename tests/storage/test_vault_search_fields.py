"""Search finds the words of every structured text field (an interpreter, a new SPOC, an exit
strategy...), its snippets start at the match, results name the victim's pseudonym, and a
vault indexed by an earlier version is indexed again when it is opened."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from shared_fixtures import PASSPHRASE
from storage_samples import header

from msvlo_desktop.storage import search
from msvlo_desktop.storage.vault import Vault

REF = "KESTREL-0042"


def fill(vault: Vault) -> None:
    vault.add_case(header(REF))
    vault.add_entry(
        REF,
        {
            "type": "interaction",
            "occurred_at": "2026-03-03T10:00:00+00:00",
            "mode": "face_to_face",
            "summary": "First account taken at the station with the duty solicitor present.",
            "location": "Clifton Road custody suite",
            "interpreter": {"name": "Thanh Pham", "language": "vi"},
        },
    )
    vault.add_entry(
        REF,
        {
            "type": "spoc_change",
            "occurred_at": "2026-03-04T10:00:00+00:00",
            "contact": {"name": "PC 3141 T. Reyes", "organisation": "Riverside Neighbourhood"},
            "victim_informed": True,
        },
    )
    vault.add_entry(
        REF,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-03-05T10:00:00+00:00",
            "status": "drafted",
            "criteria": "Settled tenancy and a named caseworker",
            "onward_support": "Handover to Hope Harbour outreach",
        },
    )


def found(vault: Vault, words: str) -> list[str]:
    return [h.entry.type for h in vault.search(words)]


def test_structured_fields_are_found(vault: Vault) -> None:
    fill(vault)
    assert found(vault, "Thanh Pham") == ["interaction"]
    assert found(vault, "clifton custody") == ["interaction"]
    assert found(vault, "riverside") == ["spoc_change"]
    assert found(vault, "Reyes") == ["spoc_change"]
    assert found(vault, "tenancy caseworker") == ["exit_strategy"]
    assert found(vault, "harbour") == ["exit_strategy"]


def test_an_interpreters_language_is_found_by_its_name(vault: Vault) -> None:
    fill(vault)
    assert found(vault, "vietnamese") == ["interaction"]
    assert found(vault, "vi") == ["interaction"]


def test_snippets_start_at_the_match_and_hits_name_the_pseudonym(vault: Vault) -> None:
    fill(vault)
    (hit,) = vault.search("pham")
    assert hit.snippet.startswith("…Pham")
    assert hit.pseudonym == "V1"
    (hit,) = vault.search("solicitor")
    assert hit.snippet.startswith("…solicitor present.")
    assert not hit.snippet.startswith("Interaction")  # never the type and author first


def _raw(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    return conn


def test_an_index_of_an_earlier_version_is_built_again_on_opening(vault: Vault) -> None:
    fill(vault)
    vault.close()
    # As an earlier version left it: no interpreter words, and no version recorded.
    conn = _raw(vault.path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
        conn.execute("DELETE FROM search_terms")
        conn.execute("DELETE FROM meta WHERE key = ?", (search.INDEX_VERSION_KEY,))
        conn.execute("COMMIT")
    finally:
        conn.close()
    with Vault.open(vault.path, PASSPHRASE) as v:
        assert found(v, "Thanh Pham") == ["interaction"]
        assert v.verify().ok
    conn = _raw(vault.path)
    try:
        row = conn.execute(
            "SELECT value FROM meta WHERE key = ?", (search.INDEX_VERSION_KEY,)
        ).fetchone()
    finally:
        conn.close()
    assert row == (search.INDEX_VERSION,)
    # Opened again at the same version, nothing is rebuilt.
    with Vault.open(vault.path, PASSPHRASE) as v:
        assert search.ensure_current(v.conn) is False
