"""``msvlo backup VAULT DEST``: write a consistent, still-encrypted copy of the vault.

The copy has the same passphrase, passes ``msvlo verify`` and is never left half-written
under its final name. ``DEST`` may be a folder: the copy is then named after the vault and
the time. The backup is recorded in the vault's audit log. On a terminal, how far the copy
has got is shown on standard error while it is written.
"""

from __future__ import annotations

import argparse

from msvlo_desktop.cli.common import (
    EXIT_OK,
    Subparsers,
    add_vault_argument,
    open_vault,
    say,
    vault_path,
)
from msvlo_desktop.cli.progress import terminal_progress


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="write an encrypted copy of the vault",
        description=(
            "Write a consistent, still-encrypted copy of the vault to DEST (a new file, or a "
            "folder to put it in). The copy opens with the same passphrase and passes verify. "
            "An existing file is never overwritten."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument("dest", metavar="DEST", help="the backup file to create, or a folder")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_vault(args.vault) as vault, terminal_progress("Writing the backup") as progress:
        written = vault.backup(vault_path(args.dest), progress=progress)
    say(f"Wrote the backup {written}.")
    return EXIT_OK
