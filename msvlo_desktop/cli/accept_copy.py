"""``msvlo accept-copy VAULT``: keep a vault that is older than the last one seen here.

When a vault is replaced by an older copy of itself (a restored backup), every unlock warns.
An officer who restored the copy on purpose accepts it once; the acceptance is recorded in
the audit log and the warning stops.
"""

from __future__ import annotations

import argparse

from msvlo_desktop.cli.common import EXIT_OK, Subparsers, add_vault_argument, open_vault, say


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "accept-copy",
        help="keep an older copy of the vault that was restored on purpose",
        description=(
            "Stop the warning that this vault is older than the last copy seen on this "
            "computer, after restoring a backup on purpose. Recorded in the audit log."
        ),
    )
    add_vault_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_vault(args.vault) as vault:
        if vault.rollback_warning is None:
            say("Nothing to accept: this vault is not older than the copy last seen here.")
            return EXIT_OK
        vault.accept_this_copy()
    say("Accepted: this copy of the vault is now the one this computer expects.")
    return EXIT_OK
