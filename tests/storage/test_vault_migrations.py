"""Schema versions: numbered migrations, a copy before migrating, newer files left alone."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from msvlo_desktop.storage import schema
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.connection import Connection
from msvlo_desktop.storage.errors import NewerVault
from msvlo_desktop.storage.vault import Officer, Vault

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.msvlo"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        with Vault.create(path, PASSPHRASE, Officer("A. Smith", "PC 1234"), clock=lambda: NOW):
            pass
    return path


@pytest.fixture
def path(template: Path, tmp_path: Path) -> Path:
    p = tmp_path / "vault.msvlo"
    shutil.copyfile(template, p)
    return p


def _raw(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    return conn


def _user_version(path: Path) -> int:
    conn = _raw(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in folder.iterdir() if f.is_file()}


def test_a_new_vault_is_at_the_latest_version(path: Path) -> None:
    assert _user_version(path) == schema.LATEST


def test_a_newer_vault_is_refused_untouched(path: Path) -> None:
    conn = _raw(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 5}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    before = _files(path.parent)
    mtime = path.stat().st_mtime_ns
    with pytest.raises(NewerVault) as caught:
        Vault.open(path, PASSPHRASE)
    assert f"format {schema.LATEST + 5}" in str(caught.value)
    assert "has not been touched" in str(caught.value)
    assert path.stat().st_mtime_ns == mtime
    after = _files(path.parent)
    # Opening may leave an empty lock file beside the vault; nothing else changes.
    after.pop(path.name + ".lock", None)
    before.pop(path.name + ".lock", None)
    assert {k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))} == before
    assert not list(path.parent.glob("*.before-v*"))


def _add_table(conn: Connection) -> None:
    conn.execute("CREATE TABLE migrated_marker (x INTEGER)")


def _fail(conn: Connection) -> None:
    conn.execute("CREATE TABLE half_done (x INTEGER)")
    raise RuntimeError("migration failed")


def test_the_file_is_copied_before_a_migration(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    current = schema.LATEST
    nxt = current + 1
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, nxt: _add_table})
    monkeypatch.setattr(schema, "LATEST", nxt)
    with Vault.open(path, PASSPHRASE) as v:
        assert v.conn.execute("SELECT count(*) FROM migrated_marker").fetchone()[0] == 0
        assert v.verify().ok
    assert _user_version(path) == nxt
    copy = path.with_name(f"{path.name}.before-v{nxt}")
    assert copy.exists()
    assert _user_version(copy) == current  # the copy is the vault as it was, still encrypted
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"


def test_a_failed_migration_changes_nothing(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    current = schema.LATEST
    nxt = current + 1
    migrations = dict(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", {**migrations, nxt: _fail})
    monkeypatch.setattr(schema, "LATEST", nxt)
    with pytest.raises(RuntimeError, match="migration failed"):
        Vault.open(path, PASSPHRASE)
    assert _user_version(path) == current
    conn = _raw(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "half_done" not in tables
    assert path.with_name(f"{path.name}.before-v{nxt}").exists()
    # And without the broken migration the vault opens as before.
    monkeypatch.setattr(schema, "MIGRATIONS", migrations)
    monkeypatch.setattr(schema, "LATEST", current)
    with Vault.open(path, PASSPHRASE) as v:
        assert v.verify().ok
