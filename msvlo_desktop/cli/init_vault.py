"""``msvlo init VAULT --officer "PC 1234 A. Smith"``: create a new, empty encrypted vault."""

from __future__ import annotations

import argparse

from msvlo_desktop.cli.common import (
    EXIT_OK,
    Subparsers,
    add_vault_argument,
    new_vault_path,
    parse_officer,
    read_new_passphrase,
    say,
)
from msvlo_desktop.storage.vault import Vault


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "init",
        help="create a new encrypted vault",
        description=(
            "Create a new encrypted vault file; an existing file is never overwritten. The "
            "passphrase is asked twice on a terminal, once from a pipe, and must have at least "
            "12 characters and not be a common password."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument(
        "--officer",
        metavar="OFFICER",
        required=True,
        help='the owner, who is the default author of entries: "PC 1234 A. Smith" '
        '(optionally ", Example Constabulary")',
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    officer = parse_officer(args.officer)
    path = new_vault_path(args.vault)
    passphrase = read_new_passphrase("passphrase", avoid=[officer.name, path.stem])
    with Vault.create(path, passphrase, officer):
        pass
    say(f"Created the vault {path} for {officer.display}.")
    say("Keep the passphrase safe: nobody can recover it or the vault without it.")
    return EXIT_OK
