"""The benchmark vaults: the training generator, scaled, built once and kept on disk.

A vault of ``cases`` cases of ``entries`` entries each is filled through the public
``fill_training_vault`` (every entry validated and hash-chained by ``Vault.add_entries``,
exactly as the application records them), ten cases at a time: each batch of ten gets its own
seed, so the cases differ while every batch covers each of the ten training profiles once,
and memory stays flat however many cases are made.

Built vaults are kept in ``benchmarks/out/vaults/`` under a name made of the generator
version and the size, with a ``.json`` beside each saying how it was made. A rerun reuses
them; bump :data:`GENERATOR_VERSION` whenever what is generated changes (this module, or
the training generator in a way that matters to the figures) so stale vaults are rebuilt.

Building is not what is measured, so it skips the durability a real session needs: the
connection runs with ``synchronous = OFF`` and a large page cache, and the rollback anchor
(``storage/anchor.py``) is not rewritten after every batch. The finished vault is
checkpointed and closed normally, and every measurement opens it afresh with the
application's own settings (WAL, ``synchronous = FULL``, the anchor updated after each write).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import msvlo_desktop.services.training as training
from msvlo_desktop.storage import schema
from msvlo_desktop.storage.connection import connect
from msvlo_desktop.storage.vault import Vault

GENERATOR_VERSION = 1
PASSPHRASE = "benchmark vault of fictional cases"
# The generated cases run up to this moment; every measurement evaluates "now" here too, so
# the Today view and the figures do not drift with the calendar.
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SEED = 2026
BATCH_CASES = 10  # one of each training profile per batch

OUT = Path(__file__).resolve().parent / "out"

Say = Callable[[str], None]


@dataclass(frozen=True)
class Spec:
    """A vault size: ``cases`` cases of ``entries`` log entries each."""

    cases: int
    entries: int

    @property
    def name(self) -> str:
        return f"{self.cases}x{self.entries}"

    @property
    def total(self) -> int:
        return self.cases * self.entries

    def label(self) -> str:
        if self.cases == 1:
            return f"1 case of {self.entries:,}"
        return f"{self.cases:,} cases"


def vault_path(spec: Spec, out: Path = OUT) -> Path:
    return out / "vaults" / f"g{GENERATOR_VERSION}-{spec.name}.msvlo"


def meta_path(spec: Spec, out: Path = OUT) -> Path:
    return vault_path(spec, out).with_suffix(".json")


def read_meta(spec: Spec, out: Path = OUT) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(meta_path(spec, out).read_text(encoding="utf-8"))
    return data


def training_source_digest() -> str:
    """SHA-256 of the training generator's source (every module of its package, in name
    order), recorded beside each vault built."""
    digest = hashlib.sha256()
    for module in sorted(Path(training.__file__).parent.glob("*.py")):
        digest.update(module.name.encode("utf-8") + b"\0" + module.read_bytes())
    return digest.hexdigest()


def _stopped(at: datetime) -> Callable[[], datetime]:
    return lambda: at


def ensure_vault(spec: Spec, out: Path = OUT, say: Say = print) -> Path:
    """The path of the built vault of ``spec``, building it first if it is not cached."""
    path = vault_path(spec, out)
    if path.exists() and meta_path(spec, out).exists():
        _bring_up_to_date(path, say)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    _build(spec, path, out, say)
    return path


def _bring_up_to_date(path: Path, say: Say) -> None:
    """Upgrade a cached vault built by an older schema once, in place, so that every run's
    copy opens without migrating (a migration first copies the whole file beside itself)."""
    conn = connect(path, PASSPHRASE)
    try:
        if schema.version(conn) >= schema.LATEST:
            return
        started = time.perf_counter()
        done = schema.migrate(conn, None)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        say(
            f"upgraded {path.name} to schema {schema.LATEST} (migrations {done}) in "
            f"{time.perf_counter() - started:,.1f} s"
        )
    finally:
        conn.close()


def _remove_vault_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _build(spec: Spec, path: Path, out: Path, say: Say) -> None:
    building = path.with_name(path.name + ".building")
    _remove_vault_files(building)
    anchors = Path(tempfile.mkdtemp(prefix="anchors-", dir=out))
    started = time.perf_counter()
    say(f"building vault {spec.name}: {spec.cases:,} case(s) of {spec.entries:,} entries")
    # Created before the first case opens, as create_training_vault does.
    vault = Vault.create(
        building,
        PASSPHRASE,
        training.TRAINING_OFFICER,
        training=True,
        clock=_stopped(NOW - timedelta(days=300)),
        anchor_dir=anchors,
    )
    try:
        vault.conn.execute("PRAGMA synchronous = OFF")
        vault.conn.execute("PRAGMA cache_size = -262144")  # 256 MiB
        # The anchor would otherwise be rewritten (and flushed) after every day's batch.
        vault.anchor = None
        made = 0
        batch = 0
        last_said = 0.0
        while made < spec.cases:
            n = min(BATCH_CASES, spec.cases - made)
            training.fill_training_vault(
                vault, cases=n, seed=SEED + batch, now=NOW, entries_per_case=spec.entries
            )
            made += n
            batch += 1
            elapsed = time.perf_counter() - started
            if made == spec.cases or elapsed - last_said >= 10:
                last_said = elapsed
                left = elapsed / made * (spec.cases - made)
                say(
                    f"  {spec.name}: {made:,}/{spec.cases:,} cases, "
                    f"{made * spec.entries:,} entries, {elapsed:,.0f} s"
                    + (f", about {left:,.0f} s to go" if made < spec.cases else "")
                )
        entries = sum(c.entry_count for c in vault.list_cases())
    finally:
        vault.close()
        shutil.rmtree(anchors, ignore_errors=True)
    seconds = time.perf_counter() - started
    _remove_vault_files(path)
    os.replace(building, path)
    Path(str(building) + ".lock").unlink(missing_ok=True)
    size = path.stat().st_size
    meta: dict[str, Any] = {
        "spec": asdict(spec),
        "generator_version": GENERATOR_VERSION,
        "training_source_sha256": training_source_digest(),
        "entries": entries,
        "bytes": size,
        "build_seconds": round(seconds, 1),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "now": NOW.isoformat(),
    }
    meta_path(spec, out).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    say(f"  built {path.name}: {entries:,} entries, {size / 1e6:,.1f} MB in {seconds:,.0f} s")


def scratch_copy(source: Path, folder: Path) -> Path:
    """A private copy of a built vault for one run: measurements write to it (audit records,
    saved entries), and the cached vault stays as built."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    _remove_vault_files(target)
    shutil.copyfile(source, target)
    return target


def remove_scratch(path: Path) -> None:
    _remove_vault_files(path)
