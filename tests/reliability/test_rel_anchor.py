"""Rollback detection: a vault replaced by an older copy of itself is noticed at unlock.

The anchor lives outside the vault (here: the per-test folder the autouse ``anchor_dir``
fixture puts in MSVLO_ANCHOR_DIR). It is never allowed to block access.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reliability_support import (
    NOW,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    case_fields,
    interaction,
    new_vault,
)

from msvlo_desktop.storage import anchor as anchor_module
from msvlo_desktop.storage.anchor import Anchor, Recorded, rollback_message
from msvlo_desktop.storage.errors import WrongPassphrase
from msvlo_desktop.storage.vault import Vault

REF = "KESTREL-0001"


def _open(path: Path, passphrase: str = PASSPHRASE, **kw: object) -> Vault:
    return Vault.open(path, passphrase, clock=lambda: NOW, **kw)  # type: ignore[arg-type]


def _anchor_file(folder: Path) -> Path:
    files = sorted(folder.glob("*.anchor"))
    assert len(files) == 1, files
    return files[0]


def _older_copy(path: Path, tmp_path: Path, *, then_add: int = 3) -> Path:
    """Keep a copy of the vault as it is, then record ``then_add`` more entries in it."""
    copy = tmp_path / "older-copy.msvlo"
    shutil.copy2(path, copy)
    with _open(path) as v:
        assert v.rollback_warning is None
        for i in range(then_add):
            v.add_entry(REF, interaction(100 + i))
    return copy


def _put_back(copy: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copy2(copy, path)


def test_first_unlock_creates_the_anchor_silently_without_case_data(
    tmp_path: Path, anchor_dir: Path
) -> None:
    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=3) as v:
        assert v.rollback_warning is None
        vault_id = v.vault_id
    raw = _anchor_file(anchor_dir).read_bytes()
    assert _anchor_file(anchor_dir).name == f"{vault_id}.anchor"
    doc = json.loads(raw)
    # No plain text case data: the reference, the victim, the entries are not there.
    for secret in (REF, "KESTREL", "Nguy", "V1", "Phone call", PASSPHRASE, "Smith"):
        assert secret.encode() not in raw
        assert secret.encode("utf-16-le") not in raw
    # The reference is keyed: not even its plain SHA-256 appears.
    assert hashlib.sha256(REF.encode()).hexdigest() not in raw.decode()
    assert list(doc["body"]["cases"].values()) == [[3, doc["body"]["cases"].popitem()[1][1]]]
    assert doc["body"]["total"] == 3
    # A missing anchor (first use on this computer) is made again without a word.
    _anchor_file(anchor_dir).unlink()
    with _open(path) as v:
        assert v.rollback_warning is None
    assert _anchor_file(anchor_dir).exists()


def test_an_older_copy_put_in_place_is_reported_and_not_blocked(
    tmp_path: Path, anchor_dir: Path
) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=5).close()
    copy = _older_copy(path, tmp_path, then_add=3)  # the vault now has 8, the copy 5
    _put_back(copy, path)
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert v.rollback_warning.startswith(
            "This vault is older than the last one seen on this computer (on 20/11/2026 12:00):"
        )
        assert "case KESTREL-0001 had 8 entries, now 5." in v.rollback_warning
        assert "It may have been replaced by an older copy." in v.rollback_warning
        # Never blocking: everything can be read and recorded.
        assert len(v.entries(REF)) == 5
        v.add_entry(REF, interaction(200))
        assert v.verify().ok
    # The warning stands at every unlock until it is answered (adding an entry did not hide
    # it: the anchor still remembers the 8 entries seen before).
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert "case KESTREL-0001 had 8 entries, now 6." in v.rollback_warning
        v.accept_this_copy()
        assert v.rollback_warning is None
        accepted = [r for r in v.audit_records() if r.action == "older copy accepted"]
        assert len(accepted) == 1
        assert "had 8 entries, now 6" in accepted[0].details["warning"]
    with _open(path) as v:
        assert v.rollback_warning is None


def test_a_different_history_with_as_many_entries_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=5).close()
    copy = _older_copy(path, tmp_path, then_add=1)  # anchor: 6 entries, head = entry X
    _put_back(copy, path)
    with _open(path) as v:
        assert v.rollback_warning is not None
        v.add_entry(REF, interaction(999, "A different sixth entry."))  # count back to 6
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert v.rollback_warning.startswith(
            "This vault does not match the last one seen on this computer"
        )
        assert "entry 6 of case KESTREL-0001 is not the one recorded then" in v.rollback_warning
        assert "It may have been replaced by another copy." in v.rollback_warning


def test_a_missing_case_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=2).close()
    copy = tmp_path / "one-case.msvlo"
    shutil.copy2(path, copy)
    with _open(path) as v:
        v.add_case(case_fields("KESTREL-0002"))
        v.add_case(case_fields("KESTREL-0003"))
    _put_back(copy, path)
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert "2 cases seen then are missing" in v.rollback_warning
        assert v.rollback_warning.startswith("This vault is older than")


def test_a_vault_ahead_of_the_anchor_is_normal(tmp_path: Path, anchor_dir: Path) -> None:
    """An anchor behind the vault (a write whose anchor update was lost) is not a warning."""
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=2).close()
    stale = _anchor_file(anchor_dir).read_bytes()
    with _open(path) as v:
        v.add_entry(REF, interaction(7))
        v.add_case(case_fields("KESTREL-0002"))
    _anchor_file(anchor_dir).write_bytes(stale)
    with _open(path) as v:
        assert v.rollback_warning is None


def test_rollback_message_for_each_kind_of_difference() -> None:
    """The comparison itself, with a plain digest, so every branch is pinned down."""
    at = datetime(2026, 7, 1, 9, 5, tzinfo=UTC)  # 10:05 in London (summer time)

    def digest(ref: str) -> str:
        return "d-" + ref

    heads = {("A", 3): "h3", ("B", 2): "h2"}

    def head_at(ref: str, seq: int) -> str | None:
        return heads.get((ref, seq))

    rec = Recorded(at, 5, {"d-A": (3, "h3"), "d-B": (2, "h2")})
    assert rollback_message(rec, {"A": (3, "h3"), "B": (2, "h2")}, head_at, digest) is None
    assert (
        rollback_message(rec, {"A": (4, "x"), "B": (2, "y"), "C": (9, "z")}, head_at, digest)
        is None
    )
    msg = rollback_message(rec, {"A": (1, "h1"), "B": (2, "h2")}, head_at, digest)
    assert msg is not None
    assert msg.startswith(
        "This vault is older than the last one seen on this computer (on 01/07/2026 10:05): "
        "case A had 3 entries, now 1."
    )
    msg = rollback_message(rec, {"A": (3, "h3")}, head_at, digest)
    assert msg is not None and "1 case seen then is missing" in msg
    heads[("A", 3)] = "other"
    msg = rollback_message(rec, {"A": (3, "other"), "B": (2, "h2")}, head_at, digest)
    assert msg is not None and "entry 3 of case A is not the one recorded then" in msg
    assert msg.startswith("This vault does not match")
    # The total alone (no case recorded) still counts.
    msg = rollback_message(Recorded(at, 4, {}), {"A": (3, "h3")}, head_at, digest)
    assert msg is not None and "it had 4 entries in all, now 3" in msg
    # Many findings: three named, the rest counted.
    many = Recorded(at, 50, {f"d-R{i}": (10, "h") for i in range(5)})
    msg = rollback_message(many, {f"R{i}": (1, "h") for i in range(5)}, head_at, digest)
    assert msg is not None and "; and 2 more." in msg


def test_a_forged_anchor_is_a_warning_not_a_block(tmp_path: Path, anchor_dir: Path) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=4).close()
    file = _anchor_file(anchor_dir)
    doc = json.loads(file.read_bytes())
    key = next(iter(doc["body"]["cases"]))
    doc["body"]["cases"][key][0] = 1  # hide entries, without the key to re-seal it
    file.write_text(json.dumps(doc))
    with _open(path) as v:
        assert v.rollback_warning is not None
        assert "has been altered" in v.rollback_warning
        assert len(v.entries(REF)) == 4
    # Damaged (not JSON) and emptied anchors are warnings too.
    for content in (b"\x00garbage{", b""):
        file.write_bytes(content)
        with _open(path) as v:
            assert v.rollback_warning is not None
            assert "is damaged" in v.rollback_warning
        assert file.read_bytes() == content  # kept as found until the warning is answered
    with _open(path) as v:
        v.accept_this_copy()
    with _open(path) as v:
        assert v.rollback_warning is None


def test_an_anchor_copied_from_another_vault_is_altered(tmp_path: Path, anchor_dir: Path) -> None:
    a, b = tmp_path / "a.msvlo", tmp_path / "b.msvlo"
    new_vault(a, entries=1).close()
    first = _anchor_file(anchor_dir)
    with new_vault(b, entries=1) as vb:
        b_anchor = anchor_dir / f"{vb.vault_id}.anchor"
    shutil.copy2(first, b_anchor)  # same passphrase, so the key check passes
    with _open(b) as v:
        assert v.rollback_warning is not None and "has been altered" in v.rollback_warning


def test_rekey_rekeys_the_anchor_and_an_older_copy_under_the_old_passphrase_shows(
    tmp_path: Path, anchor_dir: Path
) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=2).close()
    before = json.loads(_anchor_file(anchor_dir).read_bytes())
    copy = tmp_path / "before-rekey.msvlo"
    shutil.copy2(path, copy)
    with _open(path) as v:
        v.rekey(OTHER_PASSPHRASE)
        v.add_entry(REF, interaction(3))
    after = json.loads(_anchor_file(anchor_dir).read_bytes())
    assert after["kdf"]["salt"] != before["kdf"]["salt"]
    assert after["key_check"] != before["key_check"]
    assert not list(anchor_dir.glob("*.next"))
    with _open(path, OTHER_PASSPHRASE) as v:
        assert v.rollback_warning is None
    with pytest.raises(WrongPassphrase):
        _open(path)
    _put_back(copy, path)
    with _open(path) as v:  # the old copy, with its old passphrase
        assert v.rollback_warning is not None
        assert "written with another passphrase" in v.rollback_warning


def test_a_rekey_interrupted_between_the_two_renames_leaves_a_checkable_anchor(
    tmp_path: Path, anchor_dir: Path
) -> None:
    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=2).close()
    # The vault is renamed into place but the process stops before the anchor is.
    with pytest.MonkeyPatch.context() as mp, _open(path) as v:
        mp.setattr(Anchor, "commit_staged", lambda self: None)
        v.rekey(OTHER_PASSPHRASE)
    assert len(list(anchor_dir.glob("*.anchor.next"))) == 1
    with _open(path, OTHER_PASSPHRASE, anchor_dir=anchor_dir) as v:
        assert v.rollback_warning is None
    assert not list(anchor_dir.glob("*.next"))
    # And the opposite: the staged anchor was written but the vault never renamed.
    with _open(path, OTHER_PASSPHRASE) as v:
        assert v._anchor is not None
        v._anchor.rekeyed(PASSPHRASE).stage(v._anchor_state(), NOW)
    assert len(list(anchor_dir.glob("*.anchor.next"))) == 1
    with _open(path, OTHER_PASSPHRASE) as v:
        assert v.rollback_warning is None
    assert not list(anchor_dir.glob("*.next"))


def test_anchor_folder_argument_wins_over_the_environment(tmp_path: Path, anchor_dir: Path) -> None:
    chosen = tmp_path / "chosen"
    path = tmp_path / "officer.msvlo"
    with Vault.create(path, PASSPHRASE, new_vault.__globals__["OFFICER"], anchor_dir=chosen) as v:
        vault_id = v.vault_id
    assert (chosen / f"{vault_id}.anchor").exists()
    assert not anchor_dir.exists()
    assert anchor_module.default_anchor_dir() == anchor_dir


def test_default_anchor_folder_is_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv(anchor_module.ANCHOR_DIR_ENV)
    expected = Path(platformdirs.user_data_dir("MSVLO Desktop", appauthor=False)) / "anchors"
    assert anchor_module.default_anchor_dir() == expected


def test_worker_connection_writes_keep_the_anchor_up_to_date(
    tmp_path: Path, anchor_dir: Path
) -> None:
    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=1) as v:
        worker = v.worker_connection()
        try:
            worker.add_entry(REF, interaction(2))
        finally:
            worker.close()
    doc = json.loads(_anchor_file(anchor_dir).read_bytes())
    assert doc["body"]["total"] == 2


def test_an_unwritable_anchor_never_fails_a_save(tmp_path: Path) -> None:
    """Injected fault: the anchor folder is a file, so every anchor write fails."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=1, anchor_dir=blocker / "anchors") as v:
        assert v.anchor_error is not None
        stored = v.add_entry(REF, interaction(2))
        assert stored.seq == 2
        assert v.anchor_error is not None
    with _open(path, anchor_dir=blocker / "anchors") as v:
        assert v.entry_count(REF) == 2


def test_temporary_files_of_an_interrupted_anchor_write_are_cleared(
    tmp_path: Path, anchor_dir: Path
) -> None:
    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=1) as v:
        stale = anchor_dir / f".{v.vault_id}.anchor.0badf00d.tmp"
    stale.write_bytes(b'{"format": "msvlo-anch')  # cut short by a crash
    with _open(path) as v:
        assert v.rollback_warning is None
    assert not stale.exists()
    assert [p.name for p in anchor_dir.iterdir()] == [f"{v.vault_id}.anchor"]
