"""Errors are one clear line on standard error with the documented exit code; never a
traceback. Passphrases come from the terminal without echo, or one line each from a pipe."""

from __future__ import annotations

import argparse
import getpass
import io
from pathlib import Path
from typing import Any

import pytest

from msvlo_desktop.cli import COMMAND_MODULES, build_parser, main
from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "kestrel tuesday lantern"
Run = Any


def test_wrong_passphrase_is_exit_3_and_one_line(new_vault: Path, run_cli: Run) -> None:
    result = run_cli(["cases", new_vault], ["not the passphrase"])
    assert result.code == 3
    assert result.err_lines == [f"The passphrase is wrong, or {new_vault} is not an MSVLO vault."]
    assert result.out == ""


@pytest.mark.parametrize("content", [b"", b"just some text, not a vault at all"])
def test_not_a_vault_is_exit_3(tmp_path: Path, run_cli: Run, content: bytes) -> None:
    path = tmp_path / "other.msvlo"
    path.write_bytes(content)
    result = run_cli(["verify", path], [PASSPHRASE])
    assert result.code == 3 and len(result.err_lines) == 1


def test_a_missing_vault_is_named(tmp_path: Path, run_cli: Run) -> None:
    result = run_cli(["cases", tmp_path / "nowhere.msvlo"], [])
    assert result.code == 1
    assert result.err_lines == [
        f"There is no vault at {tmp_path / 'nowhere.msvlo'}. Check the path, or create a new vault."
    ]


def test_no_passphrase_on_standard_input_is_a_usage_error(new_vault: Path, run_cli: Run) -> None:
    result = run_cli(["cases", new_vault], [])
    assert result.code == 2
    assert len(result.err_lines) == 1 and "No passphrase was given" in result.err


def test_a_vault_in_use_is_refused(new_vault: Path, run_cli: Run) -> None:
    with Vault.open(new_vault, PASSPHRASE):
        result = run_cli(["cases", new_vault], [PASSPHRASE])
    assert result.code == 1
    assert result.err_lines == [
        f"{new_vault} is open in another MSVLO Desktop window or command. Close it there first."
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "msvlo: choose a command (see 'msvlo --help')"),
        (["frobnicate"], "msvlo: argument COMMAND: invalid choice"),
        (["cases"], "msvlo cases: the following arguments are required: VAULT"),
        (["cases", "v", "--jsn"], "msvlo: unrecognized arguments: --jsn"),
        (["export-bundle", "v", "REF"], "required: -o/--output"),
        (["demo", "v", "--cases", "many"], "invalid int value: 'many'"),
        (["due", "v", "--at", "next tuesday"], "--at 'next tuesday' is not a date and time"),
    ],
)
def test_usage_errors_are_exit_2_and_one_line(
    run_cli: Run, tmp_path: Path, args: list[str], message: str
) -> None:
    if args[:1] == ["due"]:
        # --at is checked before the vault is opened.
        args = ["due", str(tmp_path / "v.msvlo"), *args[2:]]
    result = run_cli(args, [])
    assert result.code == 2
    assert len(result.err_lines) == 1, result.err
    assert message in result.err
    assert "Traceback" not in result.err


def test_help_and_version(run_cli: Run) -> None:
    result = run_cli(["--help"])
    assert result.code == 0
    for command in (
        "init",
        "import",
        "export-bundle",
        "cases",
        "due",
        "verify",
        "rekey",
        "backup",
        "audit",
        "demo",
    ):
        assert command in result.out
    assert "Exit codes" in result.out
    version = run_cli(["--version"])
    assert version.code == 0 and version.out.startswith("msvlo ")


def test_every_listed_module_registers_one_command() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert len(sub.choices) == len(COMMAND_MODULES)
    for name, command in sub.choices.items():
        assert callable(command.get_default("handler")), name


def _break(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> None:
    def handler(args: argparse.Namespace) -> int:
        raise exc

    import msvlo_desktop.cli.cases as cases

    monkeypatch.setattr(cases, "run", handler)


def test_an_unexpected_error_is_one_line_without_details(
    monkeypatch: pytest.MonkeyPatch, run_cli: Run, new_vault: Path
) -> None:
    _break(monkeypatch, RuntimeError("first line\nsecond line with Nguyễn"))
    result = run_cli(["cases", new_vault], [PASSPHRASE])
    assert result.code == 1
    assert result.err_lines == [
        "Unexpected error: RuntimeError: first line (a fault in msvlo; nothing more was written)"
    ]


def test_ctrl_c_is_cancelled(
    monkeypatch: pytest.MonkeyPatch, run_cli: Run, new_vault: Path
) -> None:
    _break(monkeypatch, KeyboardInterrupt())
    result = run_cli(["cases", new_vault], [PASSPHRASE])
    assert (result.code, result.err_lines) == (1, ["Cancelled."])


def test_a_broken_pipe_stops_quietly(
    monkeypatch: pytest.MonkeyPatch, run_cli: Run, new_vault: Path
) -> None:
    _break(monkeypatch, BrokenPipeError())
    monkeypatch.setattr("os.dup2", lambda *a: None)  # keep the test's own stdout
    result = run_cli(["cases", new_vault], [PASSPHRASE])
    assert result.code == 1 and result.err == ""


class Terminal(io.StringIO):
    """Standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _terminal(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        if not answers:
            raise EOFError
        return answers.pop(0)

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return prompts


def test_on_a_terminal_a_new_passphrase_is_asked_twice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = ["short", PASSPHRASE, "a typo", PASSPHRASE, PASSPHRASE]
    prompts = _terminal(monkeypatch, answers)
    path = tmp_path / "tty.msvlo"
    code = main(["init", str(path), "--officer", "PC 1234 A. Smith"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert prompts == [
        "Passphrase: ",
        "Passphrase: ",
        "Repeat the passphrase: ",
        "Passphrase: ",
        "Repeat the passphrase: ",
    ]
    assert "too short" in err and "Try again." in err
    assert "The two entries of the passphrase differ. Try again." in err
    assert "Strength: " in err
    assert answers == []
    with Vault.open(path, PASSPHRASE):
        pass


def test_on_a_terminal_three_failures_give_up(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _terminal(monkeypatch, ["short", "shorter", "shortest"])
    path = tmp_path / "tty.msvlo"
    code = main(["init", str(path), "--officer", "PC 1234 A. Smith"])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err[-1].startswith("The passphrase was refused: The passphrase is too short (8")
    assert not path.exists()


def test_a_passphrase_is_never_read_from_the_command_line_or_environment(
    monkeypatch: pytest.MonkeyPatch, run_cli: Run, new_vault: Path
) -> None:
    monkeypatch.setenv("MSVLO_PASSPHRASE", PASSPHRASE)
    result = run_cli(["cases", new_vault, "--passphrase", PASSPHRASE], [])
    assert result.code == 2 and "unrecognized arguments" in result.err
    result = run_cli(["cases", new_vault], [])
    assert result.code == 2 and "No passphrase was given" in result.err
