"""Faults: a full disk, a file size limit, a read-only folder, a failing write.

Each test says which mechanism makes the fault:

* a real 2 MB tmpfs mounted for the test (needs root on Linux; skipped with the reason
  otherwise), filled to the brim or remounted read-only;
* RLIMIT_FSIZE in a child process (POSIX; always runs here), so writes fail with EFBIG;
* an injected failing call (always runs): ``os.replace`` or ``os.fsync`` raising ENOSPC.

In every case: a clear message, the vault still opens, nothing committed before is lost.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_support import HERE, PASSPHRASE, interaction, new_vault

from msvlo_desktop.storage import vault as vault_module
from msvlo_desktop.storage.errors import DiskFull, ReadOnlyVault
from msvlo_desktop.storage.vault import Vault

REF = "KESTREL-0001"
FULL_MESSAGE = "could not be saved: the disk is full. Nothing already saved has been lost"


PLAIN_EXPORT = ("--recipient", "DS R. Patel", "--purpose", "file build", "--plain")


def _mount(folder: Path, options: str) -> None:
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip() or done.returncode}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB file system (tmpfs), unmounted afterwards."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a 2 MB tmpfs needs root on Linux")
    folder = tmp_path / "small-disk"
    folder.mkdir()
    _mount(folder, "size=2m,mode=0700")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def _fill(disk: Path, leave: int) -> Path:
    st = os.statvfs(disk)
    filler = disk / "filler"
    filler.write_bytes(b"\0" * max(0, st.f_bavail * st.f_frsize - leave))
    return filler


def _remount(disk: Path, mode: str) -> None:
    done = subprocess.run(
        ["mount", "-o", f"remount,{mode}", str(disk)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def _ids(vault: Vault) -> list[str]:
    return [e.id for e in vault.entries(REF)]


# ------------------------------------------------------------------------- a full disk
def test_full_disk_while_saving_entries(small_disk: Path) -> None:
    """Mechanism: a 2 MB tmpfs holding the vault and its anchor, filled until a save fails."""
    path = small_disk / "officer.msvlo"
    with new_vault(path, entries=2, anchor_dir=small_disk / "anchors") as v:
        committed = _ids(v)
        filler = _fill(small_disk, leave=120_000)
        with pytest.raises(DiskFull) as caught:
            for i in range(1000):
                committed.append(v.add_entry(REF, interaction(i, f"{i} " + "x" * 3000)).id)
        assert str(caught.value).startswith("The entry " + FULL_MESSAGE)
        assert len(committed) > 2, "the disk filled before any entry was saved"
        # Still usable for reading while the disk is full.
        assert _ids(v) == committed
    # It opens again on the full disk, intact, and takes entries once there is room.
    with Vault.open(path, PASSPHRASE, anchor_dir=small_disk / "anchors") as v:
        assert _ids(v) == committed
        assert v.verify().ok
    filler.unlink()
    with Vault.open(path, PASSPHRASE, anchor_dir=small_disk / "anchors") as v:
        assert v.rollback_warning is None
        v.add_entry(REF, interaction(5000))
        assert _ids(v)[:-1] == committed and v.verify().ok


def test_full_disk_while_writing_a_backup(small_disk: Path, tmp_path: Path) -> None:
    """Mechanism: the backup goes to a 2 MB tmpfs with only 20 kB left."""
    with new_vault(tmp_path / "officer.msvlo", cases=3, entries=60) as v:
        before = v.audit_records()
        _fill(small_disk, leave=20_000)
        with pytest.raises(DiskFull) as caught:
            v.backup(small_disk / "backup.msvlo")
        assert str(caught.value).startswith("The backup " + FULL_MESSAGE)
        assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]  # nothing partial
        assert v.audit_records() == before  # no "backup written" for a backup not written
        assert v.verify().ok
        v.add_entry(REF, interaction(1))


def test_full_disk_while_exporting_a_bundle(
    small_disk: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Mechanism: ``msvlo export-bundle`` writes to a 2 MB tmpfs with only 8 kB left."""
    cli = pytest.importorskip("msvlo_desktop.cli")
    vault_path = tmp_path / "officer.msvlo"
    new_vault(vault_path, entries=80).close()
    _fill(small_disk, leave=8_000)
    out = small_disk / "handover.json"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli.main(["export-bundle", str(vault_path), REF, "-o", str(out), *PLAIN_EXPORT])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "full" in err.lower() or "no space" in err.lower(), err
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert len(_ids(v)) == 80 and v.verify().ok


def test_full_disk_while_saving_a_report(small_disk: Path) -> None:
    """Mechanism: a report saved with the reports' atomic writer to a 2 MB tmpfs too small
    for it; the report saved there before stays as it was."""
    from msvlo_desktop.reports.output import ReportWriteError, write_atomically

    final = small_disk / "report.pdf"
    write_atomically(final, b"%PDF-1.7 earlier report\n")
    with pytest.raises(ReportWriteError) as caught:
        write_atomically(final, b"%PDF-1.7 " + b"x" * 3_000_000)
    assert str(caught.value) == f"Not enough disk space to save the report to {final}."
    assert final.read_bytes() == b"%PDF-1.7 earlier report\n"
    assert [p.name for p in small_disk.iterdir()] == ["report.pdf"]


# ------------------------------------------------------------------------- read-only
def test_read_only_file_system(small_disk: Path, tmp_path: Path) -> None:
    """Mechanism: the 2 MB tmpfs remounted read-only (root ignores file permissions, so a
    read-only folder made with chmod would not stop it)."""
    path = small_disk / "officer.msvlo"
    with new_vault(path, entries=3) as v:
        committed = _ids(v)
    _remount(small_disk, "ro")
    try:
        with pytest.raises(ReadOnlyVault) as caught:
            Vault.open(path, PASSPHRASE)
        assert "cannot be written (read-only file or folder)" in str(caught.value)
        # A backup into a read-only folder is refused the same way.
        with new_vault(tmp_path / "other.msvlo", entries=1) as other:
            with pytest.raises(ReadOnlyVault):
                other.backup(small_disk / "backup.msvlo")
            assert other.verify().ok
    finally:
        _remount(small_disk, "rw")
    with Vault.open(path, PASSPHRASE) as v:
        assert _ids(v) == committed and v.verify().ok


# ------------------------------------------------------------------------- file size limit
def _run_fsize_writer(tmp_path: Path, extra: int) -> tuple[dict[str, object], list[str], Path]:
    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=2) as v:
        first = _ids(v)
    report = tmp_path / "report.txt"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH", "")) if p)
    done = subprocess.run(
        [sys.executable, str(HERE / "fsize_writer.py"), str(path), str(report), str(extra)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    return outcome, first + report.read_text().split(), path


@pytest.mark.skipif(not hasattr(os, "setrlimit") and os.name != "posix", reason="POSIX only")
def test_a_failing_write_loses_nothing_committed(tmp_path: Path) -> None:
    """Mechanism: RLIMIT_FSIZE in a child process, so the vault's writes fail with EFBIG."""
    outcome, committed, path = _run_fsize_writer(tmp_path, extra=60_000)
    assert outcome["known"] is True, outcome  # a VaultError with a message, not a crash
    assert outcome["message"]
    assert len(committed) > 2
    with Vault.open(path, PASSPHRASE) as v:
        assert v.rollback_warning is None
        assert _ids(v) == committed
        assert v.verify().ok


def test_a_failing_write_is_not_called_damage(tmp_path: Path) -> None:
    """Mechanism: RLIMIT_FSIZE in a child process (EFBIG on write)."""
    outcome, _, _ = _run_fsize_writer(tmp_path, extra=60_000)
    assert outcome["class"] in ("DiskFull", "WriteFailed"), outcome
    assert "could not be saved" in str(outcome["message"])
    assert "damaged" not in str(outcome["message"])


# ------------------------------------------------------------------------- injected
def _no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_backup_whose_final_rename_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Mechanism: injected, ``os.replace`` raises ENOSPC as the backup is moved into place."""
    dest = tmp_path / "backups"
    dest.mkdir()
    with new_vault(tmp_path / "officer.msvlo", entries=5) as v:
        with monkeypatch.context() as mp:
            mp.setattr(vault_module.os, "replace", _no_space)  # type: ignore[attr-defined]
            with pytest.raises(DiskFull) as caught:
                v.backup(dest / "copy.msvlo")
        assert str(caught.value).startswith("The backup " + FULL_MESSAGE)
        assert list(dest.iterdir()) == []  # neither the final name nor the temporary file
        assert v.verify().ok
        assert v.backup(dest / "copy.msvlo").exists()  # and it works once the disk does


def test_bundle_export_whose_flush_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Mechanism: injected, ``os.fsync`` raises ENOSPC while the bundle file is written."""
    cli = pytest.importorskip("msvlo_desktop.cli")
    vault_path = tmp_path / "officer.msvlo"
    new_vault(vault_path, entries=4).close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    monkeypatch.setattr(os, "fsync", _no_space)
    code = cli.main(
        ["export-bundle", str(vault_path), REF, "-o", str(out_dir / "b.json"), *PLAIN_EXPORT]
    )
    monkeypatch.undo()
    lines = capsys.readouterr().err.strip().splitlines()
    # The same full disk also stops this computer's rollback anchor being updated at unlock,
    # which is said in a warning line of its own; the error itself is one line.
    errors = [line for line in lines if not line.startswith("Warning:")]
    assert code == 1 and len(errors) == 1, lines
    assert "no space" in errors[0].lower() or "full" in errors[0].lower(), errors
    assert list(out_dir.iterdir()) == []
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert len(_ids(v)) == 4 and v.verify().ok
