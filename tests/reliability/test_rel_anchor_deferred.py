"""The rollback anchor is written after each save by a background thread, from the cases that
changed: a save does not wait for it, the anchor never gets ahead of the vault, and a crash
between a commit and its anchor write leaves an anchor one write behind, which still catches
older copies and never raises a false warning (storage/anchor.py says what it trades)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from reliability_support import (
    HERE,
    NOW,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    bundle_bytes,
    case_fields,
    interaction,
    new_vault,
)

from msvlo_desktop.storage.anchor import Anchor
from msvlo_desktop.storage.vault import Vault

REF = "KESTREL-0001"


def _open(path: Path, passphrase: str = PASSPHRASE) -> Vault:
    return Vault.open(path, passphrase, clock=lambda: NOW)


def _anchor_doc(folder: Path, vault_id: str = "*") -> dict[str, Any]:
    [file] = sorted(folder.glob(f"{vault_id}.anchor"))
    doc: dict[str, Any] = json.loads(file.read_bytes())
    return doc


def _put_back(copy: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copy2(copy, path)


class HeldWrites:
    """Anchor file writes wait until ``release()``; each write is counted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.totals: list[int] = []
        real = Anchor._write

        def held(anchor: Anchor, target: Path, doc: dict[str, Any]) -> None:
            self.started.set()
            assert self.gate.wait(20), "the anchor write was never released"
            self.totals.append(int(doc["body"]["total"]))
            real(anchor, target, doc)

        monkeypatch.setattr(Anchor, "_write", held)

    def release(self) -> None:
        self.gate.set()


def test_a_save_returns_before_its_anchor_is_written(
    tmp_path: Path, anchor_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=2).close()
    with _open(path) as v:
        assert v._anchor is not None and v._anchor.flush(5)
        held = HeldWrites(monkeypatch)
        v.add_entry(REF, interaction(10))
        # The save has returned while its anchor write is still held: it did not wait for it.
        assert held.started.wait(5)  # the write is under way, and held
        assert held.totals == []
        assert _anchor_doc(anchor_dir)["body"]["total"] == 2  # not yet: never ahead
        # Saves made meanwhile are coalesced: only the newest state is written next.
        for i in range(5):
            v.add_entry(REF, interaction(20 + i))
        assert not v._anchor.flush(0.05)  # still held
        held.release()
        assert v._anchor.flush(10)
        assert held.totals == [3, 8]
        assert _anchor_doc(anchor_dir)["body"]["total"] == 8


def test_closing_waits_for_the_last_anchor_write(
    tmp_path: Path, anchor_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=1).close()
    real = Anchor._write

    def slow(anchor: Anchor, target: Path, doc: dict[str, Any]) -> None:
        time.sleep(0.3)
        real(anchor, target, doc)

    v = _open(path)
    assert v._anchor is not None and v._anchor.flush(5)
    monkeypatch.setattr(Anchor, "_write", slow)
    v.add_entry(REF, interaction(2))
    v.close()
    assert _anchor_doc(anchor_dir)["body"]["total"] == 2
    monkeypatch.undo()
    with _open(path) as again:
        assert again.rollback_warning is None


def test_the_cases_read_after_each_write_are_the_whole_state(tmp_path: Path) -> None:
    """Only the cases changed since the last write are read again; what that builds must be
    the vault's whole state after every kind of write, from any connection."""
    path = tmp_path / "officer.msvlo"
    source = new_vault(tmp_path / "other.msvlo", cases=1, entries=3)
    source.add_case(case_fields("HERON-0009"))
    source.add_entry("HERON-0009", interaction(1))
    bundle = bundle_bytes(source, "HERON-0009")
    source.close()
    with new_vault(path, cases=3, entries=2) as v:
        anchor = v._anchor
        assert anchor is not None

        def tracked() -> dict[str, tuple[int, str]]:
            """What the saves have noted so far, checked against every case read whole."""
            state = anchor.heads.snapshot()
            assert state == v._anchor_state()
            return state

        v.add_entry("KESTREL-0002", interaction(5))
        assert tracked()["KESTREL-0002"][0] == 3
        v.add_entries("KESTREL-0003", [interaction(6), interaction(7)])
        v.add_case(case_fields("KESTREL-0004"))
        assert tracked()["KESTREL-0004"] == v._anchor_state()["KESTREL-0004"]
        v.record_consultation("case opened", "KESTREL-0001")
        assert anchor.heads.refresh(v.conn) is None  # nothing the anchor records changed
        v.import_bundle(bundle)
        assert "HERON-0009" in tracked()
        worker = v.worker_connection()
        try:
            worker.add_entry("KESTREL-0001", interaction(8))
            worker.add_case(case_fields("KESTREL-0005"))
        finally:
            worker.close()
        # The worker's writes are seen from the vault's own connection too.
        v.add_entry("KESTREL-0005", interaction(9))
        state = tracked()
        assert state == v._anchor_state()
        assert state["KESTREL-0001"][0] == 3 and state["KESTREL-0005"][0] == 1
        assert anchor.flush(10)
        body = _anchor_doc(path.parent / "anchors", v.vault_id)["body"]
        assert body["total"] == sum(count for count, _ in state.values())
        assert sorted(body["cases"].values()) == sorted(
            [count, head] for count, head in state.values()
        )


CRASHING_WRITER = """
import os, sys, time
from reliability_support import NOW, interaction
from msvlo_desktop.storage.anchor import Anchor
from msvlo_desktop.storage.vault import Vault

vault = Vault.open(sys.argv[1], sys.stdin.readline().rstrip("\\n"), clock=lambda: NOW)
assert vault._anchor is not None and vault._anchor.flush(10)
# The process dies the moment the deferred anchor write begins: after the commit.
Anchor._write = lambda self, target, doc: os._exit(17)
vault.add_entry("KESTREL-0001", interaction(99))
print("committed", flush=True)
time.sleep(30)
os._exit(0)
"""


def test_a_crash_between_a_commit_and_its_anchor_write(tmp_path: Path, anchor_dir: Path) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=3).close()
    three = tmp_path / "three.msvlo"
    shutil.copy2(path, three)
    with _open(path) as v:
        v.add_entry(REF, interaction(4))
        v.add_entry(REF, interaction(5))
    five = tmp_path / "five.msvlo"
    shutil.copy2(path, five)
    env = dict(os.environ)  # carries MSVLO_ANCHOR_DIR
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH", "")) if p)
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_WRITER, str(path)],
        input=(PASSPHRASE + "\n").encode(),
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 17, done.stderr.decode()
    assert b"committed" in done.stdout
    # The anchor kept the state before the crash: one write behind, never ahead.
    assert _anchor_doc(anchor_dir)["body"]["total"] == 5
    with _open(path) as v:
        assert v.entry_count(REF) == 6  # the save was committed
        assert v.rollback_warning is None  # ahead of the anchor: no false warning
    # Opening brought the anchor up to date again.
    assert _anchor_doc(anchor_dir)["body"]["total"] == 6
    # An older copy is caught.
    _put_back(three, path)
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert "case KESTREL-0001 had 6 entries, now 3." in v.rollback_warning


def test_what_a_crash_before_the_anchor_write_gives_up(tmp_path: Path, anchor_dir: Path) -> None:
    """The trade-off, pinned down: after a crash that lost the anchor write of the last save,
    a copy taken just before that save goes unnoticed; a copy older than the anchor's last
    write does not."""
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=3).close()
    three = tmp_path / "three.msvlo"
    shutil.copy2(path, three)
    with _open(path) as v:
        v.add_entry(REF, interaction(4))
    four = tmp_path / "four.msvlo"
    shutil.copy2(path, four)
    stale = _anchor_doc(anchor_dir)  # what a crash before the next anchor write leaves
    with _open(path) as v:
        v.add_entry(REF, interaction(5))
    [file] = sorted(anchor_dir.glob("*.anchor"))
    file.write_text(json.dumps(stale))
    _put_back(four, path)
    with _open(path) as v:
        assert v.rollback_warning is None
    _put_back(three, path)
    with _open(path) as v:
        assert v.rollback_warning is not None and "had 4 entries, now 3" in v.rollback_warning


def test_a_deferred_write_during_a_rekey_goes_out_under_the_new_key(
    tmp_path: Path, anchor_dir: Path
) -> None:
    """A state noted while the re-key stages its anchor (a worker's save) is held back and
    written under the new passphrase, never under the old one beside the re-keyed vault."""
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=2).close()
    with _open(path) as v:
        old = v._anchor
        assert old is not None and old.flush(5)
        state = v._anchor_state()
        new = old.rekeyed(OTHER_PASSPHRASE)
        new.stage(state, NOW)
        grown = dict(state)
        grown[REF] = (3, "f" * 64)
        old.record_soon(grown, NOW)
        assert old.flush(5)
        assert _anchor_doc(anchor_dir)["body"]["total"] == 2  # held back, not written
        new.commit_staged()
        old.adopt(new)
        assert old.flush(5)
        doc = _anchor_doc(anchor_dir)
        assert doc["body"]["total"] == 3
        assert doc["key_check"] == new._key_check()
        v._anchor = None  # the vault file itself was not re-keyed here


def test_a_save_reads_only_the_case_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the saving thread does for the anchor does not grow with the number of cases:
    after a save it reads the changed case again, never every case."""
    from msvlo_desktop.storage import anchor_state

    path = tmp_path / "officer.msvlo"
    with new_vault(path, cases=40, entries=1) as v:
        assert v._anchor is not None
        rows: list[int] = []
        real_refresh = anchor_state.CaseHeads.refresh

        def counting(heads: anchor_state.CaseHeads, conn: Any) -> Any:
            before = dict(heads._state or {})
            state = real_refresh(heads, conn)
            if state is not None:
                rows.append(sum(1 for ref in state if state[ref] != before.get(ref)))
            return state

        def whole(*args: Any) -> Any:
            raise AssertionError("every case was read after a save")

        monkeypatch.setattr(anchor_state.CaseHeads, "refresh", counting)
        monkeypatch.setattr(anchor_state.CaseHeads, "_read_all", whole)
        monkeypatch.setattr(Vault, "_anchor_state", whole)
        for i in range(5):
            v.add_entry(f"KESTREL-{i + 1:04d}", interaction(10 + i))
        assert rows == [1, 1, 1, 1, 1]


def test_the_changed_cases_are_found_without_walking_every_entry(tmp_path: Path) -> None:
    """The query finds new entries by their key; a plan that scans the entries (or an index
    over all of them) would cost time in proportion to the whole log at every save."""
    from msvlo_desktop.storage import anchor_state

    with new_vault(tmp_path / "officer.msvlo", cases=3, entries=3) as v:
        plan = " | ".join(
            str(row[3])
            for row in v.conn.execute("EXPLAIN QUERY PLAN " + anchor_state._CHANGED, (0, 0))
        )
    assert "SEARCH entries USING INTEGER PRIMARY KEY (rowid>?)" in plan, plan
    assert "SCAN entries" not in plan, plan
    assert "SCAN cases" not in plan, plan
