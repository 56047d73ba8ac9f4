"""Long commands show how far they have got, on a terminal only: a script sees exactly the
documented output."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from msvlo_desktop.cli import main
from msvlo_desktop.cli.progress import terminal_progress
from msvlo_desktop.storage import backup as copying

PASSPHRASE = "kestrel tuesday lantern"
NEW = "violin harbour marmalade 42"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(monkeypatch: pytest.MonkeyPatch, args: list[str], lines: list[str]) -> tuple[int, str]:
    terminal = Terminal()
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    monkeypatch.setattr("sys.stderr", terminal)
    return main(args), terminal.getvalue()


def test_backup_verify_and_rekey_show_progress_on_a_terminal(
    filled_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(copying, "STEP_PAGES", 4)
    dest = tmp_path / "copy.msvlo"
    code, shown = _run(monkeypatch, ["backup", str(filled_vault), str(dest)], [PASSPHRASE])
    assert code == 0
    assert capsys.readouterr().out == f"Wrote the backup {dest}.\n"
    steps = [s for s in shown.split("\r") if s.strip()]
    assert steps[0].startswith("Writing the backup: ") and len(steps) > 3
    assert steps[-1].strip() == "Writing the backup: 100%"
    assert shown.endswith("\r")  # the line is cleared before the result is printed

    code, shown = _run(monkeypatch, ["verify", str(dest)], [PASSPHRASE])
    assert code == 0 and capsys.readouterr().out == "OK\n"
    for part in ("encryption of every page", "hash chain of every case", "audit log"):
        assert f"Checking the {part}: " in shown
    # The line is cleared, then the summary note follows on a line of its own.
    assert "\rChecked 2 cases and " in shown and shown.endswith(" entries.\n")

    code, shown = _run(monkeypatch, ["rekey", str(dest)], [PASSPHRASE, NEW])
    assert code == 0 and "has been changed" in capsys.readouterr().out
    assert "Re-encrypting the vault: 100%" in shown


def test_nothing_extra_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = io.StringIO()
    monkeypatch.setattr("sys.stderr", plain)
    with terminal_progress("Writing the backup") as progress:
        assert progress is None
    assert plain.getvalue() == ""


def test_a_shorter_line_covers_the_longer_one(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    labels = iter(["Checking the hash chain of every case", "Checking the audit log"])
    with terminal_progress(lambda d, t: next(labels)) as progress:
        assert progress is not None
        assert progress(50, 100) is True
        progress(90, 100)
    long, short, cleared = terminal.getvalue().split("\r")[1:4]
    assert long == "Checking the hash chain of every case: 50%"
    assert short.startswith("Checking the audit log: 90%") and len(short) == len(long)
    assert cleared.strip() == ""
