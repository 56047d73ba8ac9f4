"""``msvlo compliance VAULT --from DATE --to DATE -o RETURN.json [--pdf RETURN.pdf]``.

The Victims' Code compliance return of the vault for a period: counts only (no names,
pseudonyms, references, dates of birth or free text), signed with the vault's key
(``services.compliance``; docs/COMPLIANCE.md). Both files are built before either is
written, and each appears whole or not at all; making the return is recorded in the audit
log.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from msvlo_desktop.cli.common import (
    EXIT_OK,
    Subparsers,
    UsageError,
    add_vault_argument,
    check_writable,
    note,
    open_vault,
    say,
    write_atomic,
)
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.reports.compliance_pdf import return_pdf
from msvlo_desktop.services.compliance import make_return, parse_period


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "compliance",
        help="write the Victims' Code compliance return for a period (counts only, signed)",
        description=(
            "Count every Victims' Code obligation (Right 6 updates, agreed updates, the "
            "support referral) due in the period, London dates, both ends inclusive, by "
            "status as at now; cases, lateness in working days and reasons for lateness. "
            "No personal data: counts only. Signed with the vault's key."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", required=True, help="first day (2026-10-01)"
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", required=True, help="last day (inclusive)"
    )
    parser.add_argument(
        "-o", "--output", metavar="RETURN.json", required=True, help="the return to write"
    )
    parser.add_argument("--pdf", metavar="RETURN.pdf", help="also write the return as a PDF")
    parser.add_argument(
        "--force", action="store_true", help="replace RETURN.json and RETURN.pdf if they exist"
    )
    parser.set_defaults(handler=run)


def dump_json(doc: dict[str, Any]) -> bytes:
    """The file's bytes: UTF-8 JSON, indented for people, ending in a newline."""
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def run(args: argparse.Namespace) -> int:
    try:
        period = parse_period(args.date_from, args.date_to)
    except ValidationError as exc:
        problem = exc.problems[0]
        raise UsageError(f"--{problem.field}: {problem.message}") from None
    out = Path(args.output).expanduser()
    pdf = Path(args.pdf).expanduser() if args.pdf else None
    # Files that cannot be written fail before the passphrase is asked for.
    check_writable(out, overwrite=args.force)
    if pdf is not None:
        check_writable(pdf, overwrite=args.force)
    with open_vault(args.vault) as vault:
        note("Counting every case's obligations…")
        doc = make_return(vault, period)
    data = dump_json(doc)
    pdf_data = return_pdf(doc) if pdf is not None else None
    write_atomic(out, data, overwrite=args.force)
    if pdf is not None and pdf_data is not None:
        write_atomic(pdf, pdf_data, overwrite=args.force)
    counted = sum(sum(row.values()) for row in doc["obligations"].values())
    say(
        f"Wrote {out}: {counted:,} Victims' Code obligations due {period.first.isoformat()} "
        f"to {period.last.isoformat()}, signed by key {doc['vault']}."
        + (f" PDF: {pdf}." if pdf is not None else "")
    )
    return EXIT_OK
