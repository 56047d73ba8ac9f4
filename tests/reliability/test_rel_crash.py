"""Crash durability: a writer killed with SIGKILL at random moments loses nothing it reported.

The writer is a child process (``crash_writer.py``) that reports each committed operation
only after the vault call returns. After every kill the parent reopens the vault and checks
that everything reported is there, that ``verify`` passes, that the same passphrase opens
it, and that the rollback anchor raises no false warning. The short versions always run;
the long ones are marked ``slow`` (``--run-slow``).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from reliability_support import HERE, OTHER_PASSPHRASE, PASSPHRASE, case_fields, new_vault

from msvlo_desktop.storage.connection import connect
from msvlo_desktop.storage.errors import WrongPassphrase
from msvlo_desktop.storage.vault import Vault

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

REFS = ("KESTREL-0001", "KESTREL-0002", "KESTREL-0003")
SEED = int(os.environ.get("MSVLO_CRASH_SEED", "0")) or random.randrange(1, 2**31)


def _spawn(
    mode: str, vault: Path, report: Path, *extra: str, secrets: list[str] | None = None
) -> subprocess.Popen[bytes]:
    """Start a writer. It waits for its passphrases (``_go``) before opening the vault, so
    the next one can start up while the parent still holds the vault."""
    env = dict(os.environ)  # carries MSVLO_ANCHOR_DIR from the autouse fixture
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "crash_writer.py"), mode, str(vault), str(report), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    if secrets is not None:
        _go(proc, secrets)
    return proc


def _go(proc: subprocess.Popen[bytes], secrets: list[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write(("\n".join(secrets) + "\n").encode())
    proc.stdin.close()


def _lines(report: Path) -> list[str]:
    """Complete lines only: a line cut short by the kill is not a report."""
    if not report.exists():
        return []
    text = report.read_text()
    return text.split("\n")[:-1]


def _wait_for(proc: subprocess.Popen[bytes], report: Path, n_lines: int) -> None:
    deadline = time.monotonic() + 60
    while len(_lines(report)) < n_lines:
        if proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            pytest.fail(f"the writer stopped by itself (exit {proc.returncode}):\n{err}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the writer made no progress in 60 s")
        time.sleep(0.002)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the writer ended before it was killed"
    if proc.stderr:
        proc.stderr.close()


def _three_cases(path: Path) -> None:
    with new_vault(path, entries=0) as v:
        for ref in REFS[1:]:
            v.add_case(case_fields(ref))


def _in_lanes(lane: Callable[[Path, random.Random, int], int], tmp_path: Path, kills: int) -> int:
    """Run ``kills`` kills as two independent lanes side by side (one per core), each with
    its own folder and vault; returns the sum of what the lanes return."""
    lanes = 2

    def run(n: int) -> int:
        folder = tmp_path / f"lane-{n}"
        folder.mkdir()
        return lane(folder, random.Random(SEED * 10 + n), kills // lanes + (n < kills % lanes))

    with ThreadPoolExecutor(lanes) as pool:
        return sum(pool.map(run, range(lanes)))


def _writer_lane(folder: Path, rng: random.Random, kills: int, most: int) -> int:
    """One vault, killed ``kills`` times; returns how many entries were reported."""
    path = folder / "officer.msvlo"
    _three_cases(path)
    reported: dict[str, dict[str, int]] = {ref: {} for ref in REFS}
    proc = _spawn("entries", path, folder / "report-0.txt")
    for cycle in range(kills):
        report = folder / f"report-{cycle}.txt"
        _go(proc, [PASSPHRASE])
        if rng.random() < 0.2:  # while the vault is still opening, or just after
            _wait_for(proc, report, 1)
            time.sleep(rng.uniform(0, 0.1))
        else:  # while entries are being written: after a random number of them
            _wait_for(proc, report, 1 + rng.randint(most // 4, most))
            time.sleep(rng.uniform(0, 0.02))
        _kill(proc)
        if cycle + 1 < kills:
            proc = _spawn("entries", path, folder / f"report-{cycle + 1}.txt")
        for line in _lines(report)[1:]:
            ref, seq, entry_id = line.split()
            reported[ref][entry_id] = int(seq)
        with Vault.open(path, PASSPHRASE) as v:
            context = f"seed {SEED}, {folder.name}, kill {cycle + 1}"
            assert v.rollback_warning is None, context
            stored_total = 0
            for ref in REFS:
                stored = {e.id: e.seq for e in v.entries(ref)}
                stored_total += len(stored)
                missing = {i: s for i, s in reported[ref].items() if stored.get(i) != s}
                assert not missing, f"{context}: committed entries lost in {ref}: {missing}"
            # At most one entry per kill was committed but not yet reported.
            assert stored_total - sum(map(len, reported.values())) <= cycle + 1, context
            result = v.verify()
            assert result.ok, (context, result.problems)
    return sum(map(len, reported.values()))


def test_killing_a_writer_20_times_loses_no_committed_entry(tmp_path: Path) -> None:
    total = _in_lanes(lambda f, r, k: _writer_lane(f, r, k, most=160), tmp_path, kills=20)
    assert total >= 800, f"too few entries were committed to test anything ({total})"


@pytest.mark.slow
def test_killing_a_writer_150_times_loses_no_committed_entry(tmp_path: Path) -> None:
    total = _in_lanes(lambda f, r, k: _writer_lane(f, r, k, most=300), tmp_path, kills=150)
    assert total >= 10_000


def _rekey_lane(tmp_path: Path, rng: random.Random, kills: int) -> int:
    path = tmp_path / "officer.msvlo"
    new_vault(path, cases=2, entries=20).close()
    current, other = PASSPHRASE, OTHER_PASSPHRASE
    proc = _spawn("rekey", path, tmp_path / "report-0.txt")
    for cycle in range(kills):
        report = tmp_path / f"report-{cycle}.txt"
        _go(proc, [current, other])
        _wait_for(proc, report, 1)
        time.sleep(rng.uniform(0, 1.2))
        _kill(proc)
        if cycle + 1 < kills:
            proc = _spawn("rekey", path, tmp_path / f"report-{cycle + 1}.txt")
        done = len(_lines(report)) - 1
        expected = current if done % 2 == 0 else other  # the last reported state...
        following = other if expected == current else current  # ...or one more, unreported
        opened = []
        for candidate in (PASSPHRASE, OTHER_PASSPHRASE):
            try:
                v = Vault.open(path, candidate)
            except WrongPassphrase:
                continue
            with v:
                opened.append(candidate)
                context = f"seed {SEED}, kill {cycle + 1}"
                assert v.rollback_warning is None, context
                assert v.verify().ok, context
                assert [v.entry_count(r) for r in ("KESTREL-0001", "KESTREL-0002")] == [20, 20]
        assert len(opened) == 1, f"seed {SEED}, kill {cycle + 1}: opened with {len(opened)}"
        assert opened[0] in (expected, following)
        # No stray full copy under the other passphrase is left behind.
        assert not list(tmp_path.glob(".officer.msvlo.rekey.partial"))
        current = opened[0]
        other = OTHER_PASSPHRASE if current == PASSPHRASE else PASSPHRASE
    return kills


def test_killing_a_rekey_leaves_exactly_one_passphrase_working(tmp_path: Path) -> None:
    assert _in_lanes(_rekey_lane, tmp_path, kills=4) == 4


@pytest.mark.slow
def test_killing_a_rekey_60_times_leaves_exactly_one_passphrase_working(tmp_path: Path) -> None:
    assert _in_lanes(_rekey_lane, tmp_path, kills=60) == 60


def _backup_lane(tmp_path: Path, rng: random.Random, kills: int) -> int:
    path = tmp_path / "officer.msvlo"
    new_vault(path, cases=2, entries=30).close()
    dest = tmp_path / "backups"
    dest.mkdir()
    checked: set[str] = set()
    proc = _spawn("backup", path, tmp_path / "report-0.txt", str(dest))
    for cycle in range(kills):
        report = tmp_path / f"report-{cycle}.txt"
        _go(proc, [PASSPHRASE])
        _wait_for(proc, report, 1 + rng.randint(0, 2))  # after 0, 1 or 2 finished backups
        time.sleep(rng.uniform(0, 0.4))  # about as long as one backup takes
        _kill(proc)
        if cycle + 1 < kills:
            proc = _spawn("backup", path, tmp_path / f"report-{cycle + 1}.txt", str(dest))
        context = f"seed {SEED}, kill {cycle + 1}"
        # Every file under a final name is a complete, authentic copy; a partial one may only
        # exist under its hidden temporary name.
        for backup in sorted(dest.iterdir()):
            if backup.name.startswith(".") or backup.name in checked:
                continue
            assert backup.name.endswith(".msvlo"), (context, backup.name)
            conn = connect(backup, PASSPHRASE)
            try:
                assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == [], context
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", context
                assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 60, context
            finally:
                conn.close()
            checked.add(backup.name)
        for stray in dest.iterdir():
            assert stray.name.startswith(".") or stray.name in checked
        with Vault.open(path, PASSPHRASE) as v:
            assert v.rollback_warning is None, context
            assert v.verify().ok, context
    return len(checked)


def test_killing_a_backup_never_leaves_a_partial_file_under_the_final_name(
    tmp_path: Path,
) -> None:
    assert _in_lanes(_backup_lane, tmp_path, kills=4) >= 1, "no backup ever finished"


@pytest.mark.slow
def test_killing_a_backup_40_times_never_leaves_a_partial_file(tmp_path: Path) -> None:
    assert _in_lanes(_backup_lane, tmp_path, kills=40) >= 10


def _kill_report_saving_repeatedly(tmp_path: Path, kills: int) -> None:
    """A report saved over the same name again and again, killed at random moments: the file
    under the final name is always one whole version, never a mixture or a cut."""
    from crash_writer import report_payload

    rng = random.Random(SEED + 3)
    dest = tmp_path / "reports"
    dest.mkdir()
    final = dest / "report.pdf"
    proc = _spawn("report", Path("-"), tmp_path / "report-0.txt", str(dest))
    for cycle in range(kills):
        report = tmp_path / f"report-{cycle}.txt"
        _go(proc, [""])
        _wait_for(proc, report, 2)
        time.sleep(rng.uniform(0, 0.3))
        _kill(proc)
        if cycle + 1 < kills:
            proc = _spawn("report", Path("-"), tmp_path / f"report-{cycle + 1}.txt", str(dest))
        data = final.read_bytes()
        version = int(data.split(b"\n", 1)[0].rsplit(b" ", 1)[1])
        assert data == report_payload(version), f"seed {SEED}, kill {cycle + 1}: a cut report"
        last_saved = int(_lines(report)[-1].split()[1])
        assert version in (last_saved, (last_saved + 1) % 200)
        assert oct(final.stat().st_mode & 0o777) == oct(0o600)
        for stray in dest.iterdir():
            assert stray == final or stray.name.startswith(".report.pdf."), stray.name


def test_killing_a_report_save_never_leaves_a_cut_report(tmp_path: Path) -> None:
    _kill_report_saving_repeatedly(tmp_path, kills=5)


@pytest.mark.slow
def test_killing_a_report_save_50_times_never_leaves_a_cut_report(tmp_path: Path) -> None:
    _kill_report_saving_repeatedly(tmp_path, kills=50)


REPORT_PASSWORD = "amber lighthouse quietly seven"


@pytest.mark.slow
def test_killing_msvlo_report_never_leaves_a_cut_report(tmp_path: Path) -> None:
    """``msvlo report --encrypt --force`` over the same file, killed at random moments: the
    file under the final name always opens with its password, and the vault verifies."""
    pikepdf = pytest.importorskip("pikepdf")
    cli = pytest.importorskip("msvlo_desktop.cli")
    if "report" not in cli.COMMAND_MODULES:
        pytest.skip("msvlo has no report command yet")
    rng = random.Random(SEED + 4)
    path = tmp_path / "officer.msvlo"
    new_vault(path, cases=1, entries=60).close()
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    proc = _spawn("cli-report", path, tmp_path / "report-0.txt", str(out))
    for cycle in range(20):
        report = tmp_path / f"report-{cycle}.txt"
        _go(proc, [PASSPHRASE, REPORT_PASSWORD])
        _wait_for(proc, report, 1 + rng.randint(0, 2))
        time.sleep(rng.uniform(0, 1.2))
        _kill(proc)
        if cycle + 1 < 20:
            proc = _spawn("cli-report", path, tmp_path / f"report-{cycle + 1}.txt", str(out))
        if out.exists():
            with pikepdf.open(out, password=REPORT_PASSWORD) as pdf:
                assert len(pdf.pages) >= 1, f"seed {SEED}, kill {cycle + 1}"
        for stray in out.parent.iterdir():
            assert stray == out or stray.name.startswith("."), stray.name
        with Vault.open(path, PASSPHRASE) as v:
            assert v.rollback_warning is None and v.verify().ok
    assert out.exists()
