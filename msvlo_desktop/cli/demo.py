"""``msvlo demo VAULT [--cases N] [--seed S]``: create a training vault of fictional cases.

For training, demonstrations, screenshots and benchmarks. The vault is marked as a training
vault, and every person, number and address in it is invented (phone numbers come from the
ranges Ofcom reserves for drama). The same seed gives the same cases.
"""

from __future__ import annotations

import argparse

from msvlo_desktop.cli.common import (
    EXIT_OK,
    Subparsers,
    UsageError,
    add_vault_argument,
    new_vault_path,
    read_new_passphrase,
    say,
)


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="create a training vault filled with fictional cases",
        description=(
            "Create a new training vault filled with realistic but fictional cases: victims "
            "of several nationalities, adults and children, months of interactions, "
            "provisions, investigation events and updates (some late, some missing), NRM "
            "referrals and decisions, corrections and exit strategies. The passphrase is "
            "asked as for init."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument(
        "--cases", type=int, default=8, metavar="N", help="how many cases (default 8)"
    )
    parser.add_argument(
        "--seed", type=int, default=2026, metavar="S", help="the random seed (default 2026)"
    )
    parser.add_argument(
        "--entries-per-case",
        type=int,
        metavar="E",
        help="exactly E log entries per case (for benchmarks); default: each case's own story",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from msvlo_desktop.services.training import TRAINING_OFFICER, create_training_vault

    if not 1 <= args.cases <= 500:
        raise UsageError("--cases must be between 1 and 500.")
    if args.entries_per_case is not None and not 1 <= args.entries_per_case <= 100_000:
        raise UsageError("--entries-per-case must be between 1 and 100000.")
    path = new_vault_path(args.vault)
    passphrase = read_new_passphrase("passphrase", avoid=[path.stem])
    vault = create_training_vault(
        path,
        passphrase,
        cases=args.cases,
        seed=args.seed,
        entries_per_case=args.entries_per_case,
    )
    with vault:
        cases = vault.list_cases()
    entries = sum(c.entry_count for c in cases)
    say(
        f"Created the training vault {path}: {len(cases)} fictional "
        f"case{'s' if len(cases) != 1 else ''}, {entries} entries, "
        f"owner {TRAINING_OFFICER.display}."
    )
    return EXIT_OK
