"""``msvlo compliance-merge RETURN.json... -o TEAM.json [--pdf TEAM.pdf] [--for-pcc]``.

A supervisor's merged view of officers' compliance returns; needs no vault. Every return's
signature is checked; the same vault twice, a tampered return, or returns for different
periods or rules versions are refused (exit 1, nothing written). Without ``--for-pcc`` the
team view has one row per officer and the exact total; with it, the force-level version for
outside the force: no per-officer rows, small counts suppressed and figures rounded
(``services.compliance_merge``; docs/COMPLIANCE.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from msvlo_desktop.cli.common import (
    EXIT_OK,
    CommandError,
    Subparsers,
    check_writable,
    say,
    write_atomic,
)
from msvlo_desktop.cli.compliance import dump_json
from msvlo_desktop.reports.compliance_pdf import team_pdf
from msvlo_desktop.services.compliance_merge import (
    Loaded,
    for_pcc,
    merge_returns,
    parse_return,
)
from msvlo_desktop.storage.vault import utc_now

# A return is a few kilobytes; anything far larger is not one.
_MAX_BYTES = 1_000_000


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "compliance-merge",
        help="check and sum officers' compliance returns (needs no vault)",
        description=(
            "Check every return's signature and sum them: one row per officer and the "
            "total. Refuses a tampered return, the same vault twice, or returns for "
            "different periods or rules versions, writing nothing."
        ),
    )
    parser.add_argument("returns", metavar="RETURN.json", nargs="+", help="officers' returns")
    parser.add_argument(
        "-o", "--output", metavar="TEAM.json", required=True, help="the merged view to write"
    )
    parser.add_argument("--pdf", metavar="TEAM.pdf", help="also write it as a PDF")
    parser.add_argument(
        "--for-pcc",
        action="store_true",
        help="the force-level version for outside the force: no per-officer rows, counts "
        "from 1 to 4 suppressed, every other figure rounded to the nearest 5",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace TEAM.json and TEAM.pdf if they exist"
    )
    parser.set_defaults(handler=run)


def _read(raw: str) -> Loaded:
    path = Path(raw).expanduser()
    if not path.is_file():
        raise CommandError(f"{path} is not a file; nothing was written.")
    with path.open("rb") as f:
        data = f.read(_MAX_BYTES + 1)
    if len(data) > _MAX_BYTES:
        raise CommandError(f"{path} is too large to be a compliance return; nothing was written.")
    return parse_return(data, path.name)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output).expanduser()
    pdf = Path(args.pdf).expanduser() if args.pdf else None
    check_writable(out, overwrite=args.force)
    if pdf is not None:
        check_writable(pdf, overwrite=args.force)
    loaded = [_read(raw) for raw in args.returns]
    team = merge_returns(loaded, utc_now())
    doc = for_pcc(team) if args.for_pcc else team
    data = dump_json(doc)
    pdf_data = team_pdf(doc) if pdf is not None else None
    write_atomic(out, data, overwrite=args.force)
    if pdf is not None and pdf_data is not None:
        write_atomic(pdf, pdf_data, overwrite=args.force)
    period = team["period"]
    what = "force-level figures (no officer rows)" if args.for_pcc else "one row per officer"
    say(
        f"Wrote {out}: {len(loaded)} returns for {period['from']} to {period['to']}, every "
        f"signature checked; {what}." + (f" PDF: {pdf}." if pdf is not None else "")
    )
    return EXIT_OK
