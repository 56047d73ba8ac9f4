"""Tampering shows: flipped bytes, edited log rows, edited audit records and case records.

Byte flips go to the main file after a full WAL checkpoint (closing the vault checkpoints),
so the file holds everything. Row edits go through a raw SQLCipher connection with the
append-only triggers dropped, as someone with the passphrase and the sqlcipher shell could.
The verifier is also tested against itself: a correct chain passes, and every single-field
change is reported at exactly the entry changed, so a verifier that passes everything fails.
"""

from __future__ import annotations

import dataclasses
import shutil
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from reliability_support import NOW, PASSPHRASE, interaction, new_vault, provision

from msvlo_desktop.core.chain import ChainBreak, chain_entries, verify_chain
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.storage import audit
from msvlo_desktop.storage.connection import Connection, connect
from msvlo_desktop.storage.errors import VaultDamaged, WrongPassphrase
from msvlo_desktop.storage.vault import Vault

REF = "KESTREL-0001"
PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV and 64-byte HMAC-SHA512 at the end of every page


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed (fully checkpointed) vault with two cases, a long text and an audit trail."""
    folder = tmp_path_factory.mktemp("sealed")
    path = folder / "officer.msvlo"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MSVLO_ANCHOR_DIR", str(folder / "anchors"))
        with new_vault(path, cases=2, entries=12) as v:
            v.add_entry(REF, interaction(99, "Long account. " * 400))  # spans overflow pages
            v.add_entry(REF, provision())
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0
    return path


def _flip_positions(size: int, *, every_page: bool) -> list[int]:
    """The key salt and file header, the first and last bytes, and in data pages the
    content, the IV and the HMAC: every page when ``every_page``, else a spread of pages."""
    pages = size // PAGE
    positions = {0, 15, 16, 20, 99, 100, 500, size - 1, size - RESERVE, size - 40}
    chosen = range(pages) if every_page else sorted({1, pages // 2, pages - 2})
    for page in chosen:
        base = page * PAGE
        positions |= {base + 1000, base + PAGE - RESERVE - 1, base + PAGE - 70, base + PAGE - 1}
    return sorted(p for p in positions if p < size)


def _check_flip(sealed: Path, tmp_path: Path, pos: int) -> str:
    """Flip one bit at ``pos`` in a copy; how it was caught (or fail)."""
    copy = tmp_path / f"flip-{pos}.msvlo"
    data = bytearray(sealed.read_bytes())
    data[pos] ^= 0x01
    copy.write_bytes(bytes(data))
    try:
        vault = Vault.open(copy, PASSPHRASE, anchor_dir=tmp_path / "anchors")
    except (WrongPassphrase, VaultDamaged) as exc:
        assert str(exc), pos
        return type(exc).__name__
    with vault:
        result = vault.verify()
    assert not result.ok, f"a flipped byte at {pos} of {len(data)} went unnoticed"
    return "verify"


def _flip_everywhere(sealed: Path, tmp_path: Path, *, every_page: bool) -> dict[str, int]:
    size = sealed.stat().st_size
    positions = _flip_positions(size, every_page=every_page)
    assert size // PAGE >= 8
    with ThreadPoolExecutor(2) as pool:  # each unlock is a deliberately slow key derivation
        caught = list(pool.map(lambda pos: _check_flip(sealed, tmp_path, pos), positions))
    return {how: caught.count(how) for how in set(caught)}


def test_flipping_single_bytes_is_refused_or_detected(sealed: Path, tmp_path: Path) -> None:
    outcomes = _flip_everywhere(sealed, tmp_path, every_page=False)
    assert sum(outcomes.values()) >= 20
    # Every kind of place was exercised: the key salt (unlock fails) and data pages (caught at
    # unlock, which now reads the case records and audit head for the rollback anchor, or by
    # verify).
    pages = outcomes.get("verify", 0) + outcomes.get("VaultDamaged", 0)
    assert outcomes.get("WrongPassphrase", 0) >= 1 and pages >= 10, outcomes


@pytest.mark.slow
def test_flipping_a_byte_in_every_page_is_refused_or_detected(sealed: Path, tmp_path: Path) -> None:
    outcomes = _flip_everywhere(sealed, tmp_path, every_page=True)
    assert outcomes.get("verify", 0) >= 4 * (sealed.stat().st_size // PAGE) - 20, outcomes


# ---------------------------------------------------------------------- rows in the log
def _tampered(sealed: Path, tmp_path: Path, *statements: str | tuple[str, tuple[Any, ...]]) -> Path:
    copy = tmp_path / "tampered.msvlo"
    shutil.copy2(sealed, copy)
    conn = connect(copy, PASSPHRASE)
    try:
        for trigger in ("no_update", "no_delete"):
            for table in ("entries", "audit"):
                conn.execute(f"DROP TRIGGER IF EXISTS {table}_{trigger}")
        for st in statements:
            sql, args = (st, ()) if isinstance(st, str) else st
            conn.execute(sql, args)
    finally:
        conn.close()
    return copy


def _verify(path: Path, tmp_path: Path) -> Any:
    with Vault.open(path, PASSPHRASE, anchor_dir=tmp_path / "other-computer") as v:
        return v.verify()


CASE1 = f"(SELECT id FROM cases WHERE reference = '{REF}')"


@pytest.mark.parametrize(
    ("statements", "seq", "reason"),
    [
        pytest.param(
            [
                f"UPDATE entries SET data = json_set(data, '$.summary', 'edited') "
                f"WHERE case_id = {CASE1} AND seq = 4"
            ],
            4,
            "has been altered since it was recorded",
            id="edit-text",
        ),
        pytest.param(
            [
                f"UPDATE entries SET occurred_at = '2026-03-03T10:00:00+00:00' "
                f"WHERE case_id = {CASE1} AND seq = 2"
            ],
            2,
            "has been altered",
            id="edit-time",
        ),
        pytest.param(
            [f"UPDATE entries SET author = 'Someone else' WHERE case_id = {CASE1} AND seq = 9"],
            9,
            "has been altered",
            id="edit-author",
        ),
        pytest.param(
            [f"DELETE FROM entries WHERE case_id = {CASE1} AND seq = 3"],
            3,
            "is missing",
            id="delete",
        ),
        pytest.param(
            [
                f"UPDATE entries SET seq = -1 WHERE case_id = {CASE1} AND seq = 5",
                f"UPDATE entries SET seq = 5 WHERE case_id = {CASE1} AND seq = 6",
                f"UPDATE entries SET seq = 6 WHERE case_id = {CASE1} AND seq = -1",
            ],
            5,
            "does not follow the previous entry",
            id="reorder",
        ),
        pytest.param(
            [
                f"UPDATE entries SET seq = seq + 1000 WHERE case_id = {CASE1} AND seq >= 7",
                f"UPDATE entries SET seq = seq - 999 WHERE case_id = {CASE1} AND seq >= 1007",
                f"INSERT INTO entries (case_id, seq, entry_id, type, occurred_at, recorded_at,"
                f" author, sensitive, data, prev_hash, hash) SELECT case_id, 7, 'inserted', type,"
                f" occurred_at, recorded_at, author, sensitive, data, hash, hash FROM entries"
                f" WHERE case_id = {CASE1} AND seq = 6",
            ],
            7,
            "has been altered",
            id="insert",
        ),
        pytest.param(
            [f"UPDATE entries SET hash = prev_hash WHERE case_id = {CASE1} AND seq = 11"],
            11,
            "has been altered",
            id="edit-hash",
        ),
    ],
)
def test_an_edited_log_row_is_named_by_verify(
    sealed: Path, tmp_path: Path, statements: list[str], seq: int, reason: str
) -> None:
    result = _verify(_tampered(sealed, tmp_path, *statements), tmp_path)
    assert not result.ok
    assert result.first_break is not None
    assert (result.first_break.case, result.first_break.seq) == (REF, seq), result.problems
    assert reason in result.first_break.reason
    assert any(p.startswith(f"case {REF}: entry {seq} (") for p in result.problems)
    # The other case is intact and not blamed.
    assert not any("KESTREL-0002" in p for p in result.problems)


def test_an_edit_with_its_own_hash_recomputed_breaks_the_next_link(
    sealed: Path, tmp_path: Path
) -> None:
    """Someone who re-hashes the entry they edit still breaks the entry after it."""
    with Vault.open(sealed, PASSPHRASE, anchor_dir=tmp_path / "a") as v:
        e3, e2 = v.entries(REF)[2], v.entries(REF)[1]
    from msvlo_desktop.core.chain import link_hash

    forged = dataclasses.replace(e3, data={**e3.data, "summary": "forged"})
    new_hash = link_hash(REF, 3, e2.hash, forged.to_json())
    copy = _tampered(
        sealed,
        tmp_path,
        (
            f"UPDATE entries SET data = json_set(data, '$.summary', 'forged'), hash = ? "
            f"WHERE case_id = {CASE1} AND seq = 3",
            (new_hash,),
        ),
    )
    result = _verify(copy, tmp_path)
    assert result.first_break is not None and result.first_break.seq == 4
    assert "does not follow the previous entry" in result.first_break.reason


def test_removing_the_last_entries_shows_in_verify_or_on_this_computer(
    sealed: Path, tmp_path: Path, anchor_dir: Path
) -> None:
    """Cutting the end of a log: ``verify`` sees the case's own count and head disagree.
    Cutting it cleanly (count and head rewritten too) leaves a valid shorter chain: that is
    what the rollback anchor is for."""
    copy = tmp_path / "officer.msvlo"
    shutil.copy2(sealed, copy)
    with Vault.open(copy, PASSPHRASE) as v:  # seen on this computer: anchor written
        assert v.rollback_warning is None
        e12 = v.entries(REF)[11]
    shutil.move(
        _tampered(copy, tmp_path, f"DELETE FROM entries WHERE case_id = {CASE1} AND seq > 12"), copy
    )
    with Vault.open(copy, PASSPHRASE) as v:
        result = v.verify()
        assert result.first_break is not None and result.first_break.seq == 12
        assert "entries were removed" in result.first_break.reason
    cut = _tampered(
        copy,
        tmp_path,
        (f"UPDATE cases SET entry_count = 12, head = ? WHERE id = {CASE1}", (e12.hash,)),
    )
    shutil.move(cut, copy)
    with Vault.open(copy, PASSPHRASE) as v:
        assert v.verify().ok  # a consistent shorter log...
        assert v.rollback_warning is not None  # ...but this computer saw 14 entries
        assert f"case {REF} had 14 entries, now 12" in v.rollback_warning


# ---------------------------------------------------------------------- audit and header
def test_edited_or_removed_audit_records_are_named(sealed: Path, tmp_path: Path) -> None:
    edited = _tampered(sealed, tmp_path, "UPDATE audit SET actor = 'Nobody' WHERE id = 3")
    result = _verify(edited, tmp_path)
    assert any(p.startswith("audit record 3 (") and "altered" in p for p in result.problems)
    edited.unlink()
    removed = _tampered(sealed, tmp_path, "DELETE FROM audit WHERE id = 5")
    result = _verify(removed, tmp_path)
    assert "audit record 5 is missing" in result.problems
    removed.unlink()
    details = _tampered(sealed, tmp_path, "UPDATE audit SET details = '{\"seq\": 99}' WHERE id = 7")
    assert any(p.startswith("audit record 7 (") for p in _verify(details, tmp_path).problems)


def test_audit_verifier_against_itself(sealed: Path, tmp_path: Path) -> None:
    conn = connect(sealed, PASSPHRASE)
    try:
        assert audit.verify(conn) is None
        n = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        assert n >= 20
    finally:
        conn.close()
    for column, value in (
        ("at", "2020-01-01T00:00:00+00:00"),
        ("category", "access"),
        ("action", "x"),
        ("case_ref", "OTHER"),
        ("prev_hash", "0" * 64),
    ):
        copy = _tampered(
            sealed, tmp_path, (f"UPDATE audit SET {column} = ? WHERE id = 4", (value,))
        )
        c: Connection = connect(copy, PASSPHRASE)
        try:
            found = audit.verify(c)
        finally:
            c.close()
        assert found is not None and found.startswith("audit record 4 ("), (column, found)
        copy.unlink()


def test_an_edited_case_record_differs_from_its_audited_version(
    sealed: Path, tmp_path: Path
) -> None:
    copy = _tampered(
        sealed,
        tmp_path,
        "UPDATE cases SET header = json_set(header, '$.victim.pseudonym', 'V9')"
        f" WHERE id = {CASE1}",
    )
    result = _verify(copy, tmp_path)
    assert f"case {REF}: the case record differs from its audited version" in result.problems
    assert result.first_break is None  # the log itself is intact


# ---------------------------------------------------------------------- the verifier itself
def _chain(n: int = 5) -> list[Entry]:
    raw = [
        Entry(
            id=f"e{i}",
            type="note",
            occurred_at=NOW - timedelta(days=10 - i),
            recorded_at=NOW - timedelta(days=10 - i, hours=-1),
            author="PC 1234 A. Smith",
            data={"summary": f"note {i}"},
        )
        for i in range(1, n + 1)
    ]
    return chain_entries(REF, raw)


def _stored(entries: list[Entry]) -> list[tuple[int, Entry, str, str]]:
    out, prev = [], "0" * 64
    for e in entries:
        out.append((e.seq, e, prev, e.hash))
        prev = e.hash
    return out


def test_verify_chain_accepts_a_correct_chain() -> None:
    assert verify_chain(REF, _stored(_chain())) is None
    assert verify_chain(REF, []) is None


MUTATIONS: dict[str, Any] = {
    "id": lambda e: dataclasses.replace(e, id=e.id + "x"),
    "type": lambda e: dataclasses.replace(e, type="interaction"),
    "occurred_at": lambda e: dataclasses.replace(
        e, occurred_at=e.occurred_at + timedelta(seconds=1)
    ),
    "recorded_at": lambda e: dataclasses.replace(
        e, recorded_at=e.recorded_at + timedelta(seconds=1)
    ),
    "author": lambda e: dataclasses.replace(e, author=e.author + "."),
    "sensitive": lambda e: dataclasses.replace(e, sensitive=not e.sensitive),
    "data": lambda e: dataclasses.replace(e, data={"summary": e.data["summary"] + "!"}),
    "extra field": lambda e: dataclasses.replace(e, data={**e.data, "location": "x"}),
}


@pytest.mark.parametrize("field", sorted(MUTATIONS))
@pytest.mark.parametrize("k", [1, 3, 5])
def test_verify_chain_names_exactly_the_mutated_entry(field: str, k: int) -> None:
    stored = _stored(_chain())
    seq, entry, prev, h = stored[k - 1]
    stored[k - 1] = (seq, MUTATIONS[field](entry), prev, h)
    brk = verify_chain(REF, stored)
    assert isinstance(brk, ChainBreak) and brk.seq == k and brk.case == REF


@pytest.mark.parametrize("k", [1, 3, 5])
def test_verify_chain_names_broken_positions_and_links(k: int) -> None:
    good = _stored(_chain())

    def at(stored: list[tuple[int, Entry, str, str]]) -> int | None:
        brk = verify_chain(REF, stored)
        return brk.seq if brk else None

    s = list(good)
    s[k - 1] = (s[k - 1][0], s[k - 1][1], "f" * 64, s[k - 1][3])  # stored previous hash
    assert at(s) == k
    s = list(good)
    s[k - 1] = (s[k - 1][0], s[k - 1][1], s[k - 1][2], "0" * 64)  # stored hash
    assert at(s) == k
    s = list(good)
    s[k - 1] = (s[k - 1][0] + 7, *s[k - 1][1:])  # sequence number
    assert at(s) == k
    s = list(good)
    del s[k - 1]  # a deleted entry
    assert at(s) == (k if k < 5 else None)  # the last one: see the count check in verify
    s = list(good)
    s.insert(k, s[k - 1])  # a duplicated entry
    assert at(s) == k + 1
    if k < 5:
        s = list(good)
        s[k - 1], s[k] = s[k], s[k - 1]  # two entries swapped
        assert at(s) == k
    assert verify_chain("KESTREL-0099", good) is not None  # another case's log
    assert verify_chain("KESTREL-0099", good).seq == 1  # type: ignore[union-attr]
