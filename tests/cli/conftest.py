"""Command-line tests: run ``msvlo`` in-process with standard input scripted.

``run_cli(args, stdin=[...])`` feeds one passphrase per line through a pipe (standard input
that is not a terminal), captures both streams and returns ``Result(code, out, err)``.
Anchors of every vault stay in the test's own temporary folder.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from msvlo_desktop.cli import main
from msvlo_desktop.services.training import create_training_vault
from msvlo_desktop.storage import anchor
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV

PASSPHRASE = "kestrel tuesday lantern"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


RunCli = Callable[..., Result]


@pytest.fixture(autouse=True, scope="module")
def _cheap_anchor_kdf() -> Iterator[None]:
    """Rollback anchors with a low scrypt cost. These tests do not check anchors, and every
    unlock would otherwise pay about 0.1 s for one (tests/reliability checks the real cost)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(anchor, "SCRYPT_N", 2**10)
        yield


@pytest.fixture(autouse=True)
def anchor_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "anchors"
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> RunCli:
    def run(args: Sequence[str], stdin: Sequence[str] = ()) -> Result:
        capsys.readouterr()  # drop anything printed before
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in stdin)))
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty vault made once with ``msvlo init`` (owner PC 1234 A. Smith)."""
    folder = tmp_path_factory.mktemp("cli-empty")
    path = folder / "empty.msvlo"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        mp.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
        assert main(["init", str(path), "--officer", "PC 1234 A. Smith"]) == 0
    return path


@pytest.fixture
def new_vault(empty_template: Path, tmp_path: Path) -> Path:
    """A copy of the empty vault, passphrase PASSPHRASE (copying is cheaper than creating)."""
    path = tmp_path / "officer.msvlo"
    shutil.copyfile(empty_template, path)
    return path


@pytest.fixture(scope="session")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with two training cases (KESTREL-0001, a child, and HERON-0002, closed), made
    once; tests get their own copy from ``filled_vault``."""
    folder = tmp_path_factory.mktemp("cli-template")
    path = folder / "template.msvlo"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        with create_training_vault(path, PASSPHRASE, now=NOW, cases=2):
            pass
    return path


@pytest.fixture
def filled_vault(filled_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cases.msvlo"
    shutil.copyfile(filled_template, path)
    return path
