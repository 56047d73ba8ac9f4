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
from msvlo_desktop.storage.keys import replace_signing_key


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
    parser.add_argument(
        "--new-signing-key",
        action="store_true",
        help="also replace the vault's bundle signing key (the old key signs the new one)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    vault, old = unlock(args.vault)
    with vault:
        new = read_new_passphrase(
            "new passphrase",
            avoid=[vault.officer.name, vault.path.stem],
            different_from=old,
        )
        if args.new_signing_key:
            # Before the copy, so the re-keyed file holds the new key and its history.
            key = replace_signing_key(vault)
        with terminal_progress("Re-encrypting the vault") as progress:
            vault.rekey(new, progress=progress)
    say(f"The passphrase of {vault.path} has been changed.")
    if args.new_signing_key:
        say(f"New signing key fingerprint: {key.fingerprint} (signed by the old key).")
    say("Backups made before keep the passphrase they were made with.")
    return EXIT_OK
