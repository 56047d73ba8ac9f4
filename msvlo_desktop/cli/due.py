"""``msvlo due VAULT [--at ISO8601] [--json]``: every obligation of every case.

Victims' Code updates, support referrals, agreed updates, NRM decision timescales and exit
strategy reviews, each with its due time and whether it was met on time, met late, is still
due or is overdue, evaluated at ``--at`` (default: now). The full obligations pass
(``services.obligations``, over the obligation engine) does the work; this command prints the
result, most urgent first. Reading every case's log is recorded in the audit log as a
consultation.
"""

from __future__ import annotations

import argparse

from msvlo_desktop.cli.common import (
    EXIT_OK,
    Subparsers,
    add_json_argument,
    add_vault_argument,
    open_vault,
    parse_moment,
    print_json,
    say,
)
from msvlo_desktop.core.obligations import due_table
from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.services.obligations import list_obligations
from msvlo_desktop.storage.vault import utc_now


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "due",
        help="list every obligation of every case",
        description=(
            "Every obligation of every case (Victims' Code updates, support referrals, agreed "
            "updates, NRM timescales, exit strategy reviews), evaluated at --at, most urgent "
            "first."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument(
        "--at",
        metavar="ISO8601",
        help="evaluate at this moment instead of now: 2026-12-01T09:00:00+00:00, "
        "2026-12-01T09:00 (London time) or 2026-12-01 (the end of that day)",
    )
    add_json_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    at = parse_moment(args.at) if args.at else utc_now()
    with open_vault(args.vault) as vault:
        ordered = list_obligations(vault, at, via="msvlo due")
    if args.json:
        print_json([o.to_json() for o in ordered])
    else:
        say(f"Obligations at {uk_datetime(at)} (London time), most urgent first:\n")
        say(due_table(ordered, at))
    return EXIT_OK
