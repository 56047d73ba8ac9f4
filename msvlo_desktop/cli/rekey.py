"""``msvlo rekey VAULT``: change the vault's passphrase (the current one, then the new one).

The new passphrase meets the same policy as a new vault's. Backups made before keep the
passphrase they were made with.
"""

from __future__ import annotations

import argparse

from msvlo_desktop.cli.common import (
    EXIT_OK,
    Subparsers,
    add_vault_argument,
    read_new_passphrase,
    say,
    unlock,
)
from msvlo_desktop.cli.progress import terminal_progress


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "rekey",
        help="change the vault's passphrase",
        description=(
            "Change the passphrase: the current one first, then the new one (twice on a "
            "terminal; from a pipe, one line each). Atomic: either the old or the new "
            "passphrase opens the vault, never neither."
        ),
    )
    add_vault_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    vault, old = unlock(args.vault)
    with vault:
        new = read_new_passphrase(
            "new passphrase",
            avoid=[vault.officer.name, vault.path.stem],
            different_from=old,
        )
        with terminal_progress("Re-encrypting the vault") as progress:
            vault.rekey(new, progress=progress)
    say(f"The passphrase of {vault.path} has been changed.")
    say("Backups made before keep the passphrase they were made with.")
    return EXIT_OK
