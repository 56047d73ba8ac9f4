"""``msvlo cases VAULT [--json]``: list the vault's cases.

The listing shows victims' names, so it is recorded in the audit log as a consultation.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from msvlo_desktop.cli.common import (
    EXIT_OK,
    Subparsers,
    add_json_argument,
    add_vault_argument,
    format_table,
    open_vault,
    print_json,
    say,
)
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.core.values import iso
from msvlo_desktop.storage.vault import CaseSummary


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "cases",
        help="list the cases",
        description="List every case in the vault, open and closed.",
    )
    add_vault_argument(parser)
    add_json_argument(parser)
    parser.set_defaults(handler=run)


def case_json(c: CaseSummary) -> dict[str, Any]:
    """One case of ``cases --json``: the field names are part of the CLI contract."""
    return {
        "reference": c.reference,
        "crime_reference": c.crime_reference,
        "victim_name": c.victim_name,
        "pseudonym": c.pseudonym,
        "is_child": c.is_child,
        "age_disputed": c.age_disputed,
        "enhanced_rights": c.enhanced_rights,
        "status": c.status,
        "opened_on": c.opened_on,
        "entry_count": c.entry_count,
        "last_occurred_at": iso(c.last_occurred_at) if c.last_occurred_at else None,
    }


def cases_table(cases: list[CaseSummary]) -> str:
    rows = []
    for c in cases:
        child = "yes (age disputed)" if c.age_disputed else ("yes" if c.is_child else "no")
        rows.append(
            [
                c.reference,
                c.crime_reference or "-",
                f"{c.victim_name} ({c.pseudonym})",
                child,
                "yes" if c.enhanced_rights else "no",
                c.status,
                uk_date(date.fromisoformat(c.opened_on)),
                str(c.entry_count),
                uk_datetime(c.last_occurred_at) if c.last_occurred_at else "-",
            ]
        )
    headers = [
        "Reference",
        "Crime ref",
        "Victim",
        "Child",
        "Enhanced",
        "Status",
        "Opened",
        "Entries",
        "Last entry (London)",
    ]
    return format_table(headers, rows, right=[7])


def run(args: argparse.Namespace) -> int:
    with open_vault(args.vault) as vault:
        cases = vault.list_cases()
        vault.record_consultation("case list read", None, via="msvlo cases")
    if args.json:
        print_json([case_json(c) for c in cases])
    elif not cases:
        say("The vault has no cases.")
    else:
        say(cases_table(cases))
        closed = sum(1 for c in cases if c.status == "closed")
        say(f"\n{len(cases)} case{'s' if len(cases) != 1 else ''} ({closed} closed).")
    return EXIT_OK
