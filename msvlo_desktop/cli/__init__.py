"""The ``msvlo`` command: administration, scripting, handover and checks beside the window.

The commands, options, exit codes and JSON fields are a contract
(``docs/CLI.md``, the project's INTERFACES specification): extend them, never rename.

Adding a command
----------------
Every command is one module in this package. Adding one touches this file in one place only:
write ``cli/<name>.py``, then add ``<name>`` to the import of the command modules just below
and to ``COMMANDS`` under it (the order ``msvlo --help`` shows them: a new command goes at
the end). A command module has two functions::

    def register(subparsers: Subparsers) -> None:
        parser = subparsers.add_parser("report", help="...", description="...")
        add_vault_argument(parser)            # from .common
        ...
        parser.set_defaults(handler=run)

    def run(args: argparse.Namespace) -> int:   # returns the exit code
        with open_vault(args.vault) as vault:
            ...
        return EXIT_OK

So the ``report`` command is ``cli/report.py`` plus ``report`` in that import and at the end
of ``COMMANDS`` (mypy checks that every module listed has ``register``). A command never
prints a traceback or catches errors just to print them: ``main`` turns ``CommandError``,
``VaultError`` and ``ValidationError`` into one clear line on standard error (a validation
error with several problems gets a summary line and one line for each) and the documented
exit code. Passphrases only ever come from ``common.read_passphrase`` /
``common.read_new_passphrase``.

Exit codes: 0 success; 1 the check or operation failed (nothing written); 2 usage error;
3 wrong passphrase or not a vault.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from importlib import metadata
from typing import Any, NoReturn, Protocol, cast

from msvlo_desktop.cli import (  # the command modules (see "Adding a command" above)
    accept_copy,
    audit,
    backup,
    cases,
    compliance,
    compliance_merge,
    demo,
    due,
    export_bundle,
    fingerprint,
    import_bundle,
    init_vault,
    rekey,
    report,
    verify,
)
from msvlo_desktop.cli.common import EXIT_FAILED, EXIT_USAGE, CommandError, Subparsers
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.hardening import disable_core_dumps
from msvlo_desktop.storage.errors import VaultError


class Command(Protocol):
    """What a command module offers: ``register`` adds its sub-parser, whose ``handler``
    default is the module's ``run(args) -> int``."""

    __name__: str

    def register(self, subparsers: Subparsers) -> None: ...


# In the order ``msvlo --help`` lists them.
COMMANDS: tuple[Command, ...] = (
    init_vault,
    import_bundle,
    export_bundle,
    fingerprint,
    cases,
    due,
    report,
    verify,
    rekey,
    backup,
    audit,
    compliance,
    compliance_merge,
    accept_copy,
    demo,
)


# Their module names ("init_vault", ...), in the same order.
COMMAND_MODULES: list[str] = [command.__name__.rsplit(".", 1)[-1] for command in COMMANDS]

__all__ = ["COMMANDS", "COMMAND_MODULES", "Command", "build_parser", "main"]


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on standard error (exit 2), as every error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _version() -> str:
    try:
        return metadata.version("msvlo-desktop")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="msvlo",
        description=(
            "Command line for MSVLO Desktop vaults: create, import and export cases, list "
            "cases and obligations, verify, re-key, back up and read the audit log. "
            "Passphrases are read from the terminal without echo, or one line each from "
            "standard input when it is not a terminal."
        ),
        epilog="Exit codes: 0 success, 1 failed (nothing written), 2 usage error, "
        "3 wrong passphrase or not a vault.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"msvlo {_version()}")
    # The sub-parsers are _Parser too (one-line usage errors); commands see ArgumentParser.
    subparsers = cast(Subparsers, parser.add_subparsers(title="commands", metavar="COMMAND"))
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def _report_problems(exc: ValidationError) -> None:
    problems = exc.problems
    if len(problems) == 1:
        print(str(problems[0]), file=sys.stderr)
        return
    print(f"{len(problems)} problems; nothing was written:", file=sys.stderr)
    for p in problems:
        print(f"  {p}", file=sys.stderr)


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _reconfigure_streams() -> None:
    # A console that cannot show a victim's name in their own script must not crash the
    # command; JSON output bypasses this and is always UTF-8.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _cancelled() -> None:
    # After Ctrl+C at a prompt the cursor sits on the prompt's line.
    start = "\n" if sys.stderr.isatty() else ""
    print(f"{start}Cancelled.", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    handler: Any = args.handler
    try:
        return int(handler(args))
    except CommandError as exc:
        print(_one_line(str(exc)), file=sys.stderr)
        return exc.exit_code
    except VaultError as exc:
        print(_one_line(str(exc)), file=sys.stderr)
        return int(exc.exit_code)
    except ValidationError as exc:
        _report_problems(exc)
        return EXIT_FAILED
    except KeyboardInterrupt:
        _cancelled()
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader (``| head``) went away: stop quietly, and keep Python from complaining
        # about the unflushed rest at exit.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(_one_line(f"{where}{exc.strerror or exc}"), file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        # A bug. The message names the kind of failure only; case data is never printed.
        detail = _one_line(str(exc).splitlines()[0] if str(exc) else "", 200)
        print(
            f"Unexpected error: {type(exc).__name__}"
            + (f": {detail}" if detail else "")
            + " (a fault in msvlo; nothing more was written)",
            file=sys.stderr,
        )
        return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``msvlo`` with ``argv`` (default: the process arguments); return the exit code."""
    disable_core_dumps(whole_process=argv is None)  # first: see msvlo_desktop/hardening.py
    _reconfigure_streams()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        _cancelled()
        return EXIT_FAILED
    if getattr(args, "handler", None) is None:
        print("msvlo: choose a command (see 'msvlo --help')", file=sys.stderr)
        return EXIT_USAGE
    return _run(args)
