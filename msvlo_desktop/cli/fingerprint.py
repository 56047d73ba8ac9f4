"""``msvlo fingerprint VAULT``: the owner and the fingerprint of the vault's signing key.

The receiver of a bundle compares the fingerprint that ``msvlo import`` (or the window)
shows with the one the sender reads out from this command, by phone on a number they
already know. The last line is the fingerprint alone, exactly as import prints it.
"""

from __future__ import annotations

import argparse

from msvlo_desktop.cli.common import EXIT_OK, Subparsers, add_vault_argument, note, open_vault, say
from msvlo_desktop.storage.keys import key_history, signing_key


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "fingerprint",
        help="print the owner and the fingerprint of the vault's signing key",
        description=(
            "Print the vault's owner, then the fingerprint of its signing key on the last "
            "line, as 'msvlo import' shows it to the receiver of a bundle."
        ),
    )
    add_vault_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_vault(args.vault) as vault:
        key = signing_key(vault)
        older = len(key_history(vault)) - 1
        owner = vault.officer.display or "unknown officer"
    if key.training:
        note("This is a training vault's key: real vaults refuse bundles it signs.")
    if older:
        note(f"The key replaced {older} earlier key{'s' if older != 1 else ''}, which signed it.")
    say(owner)
    say(key.fingerprint)
    return EXIT_OK
