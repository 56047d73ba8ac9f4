"""``msvlo report VAULT REF -o OUT.pdf``: the case report for the lead investigator, as a PDF.

Options: ``--profile full|disclosure``, ``--from DATE`` / ``--to DATE`` (London days,
inclusive; 2026-03-24 or 24/03/2026), ``--encrypt`` (asks for a report password: twice
without echo on a terminal, one line from standard input otherwise; the vault passphrase
policy applies and the vault passphrase itself is refused), ``--pdfa`` for an archivable
PDF/A-2b-style file (``reports/pdfa.py``; not with ``--encrypt``), ``--force`` to replace
OUT.pdf, ``--pseudonymise`` for a copy with the victim's pseudonym in place of their name
throughout (``reports/pseudonymise.py``).

A report is a disclosure, so ``--recipient`` and ``--purpose`` are required: both go on the
cover and into the audit log. The PDF is built in memory and, with ``--encrypt``, encrypted
(AES-256) before anything is written; the file appears whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from msvlo_desktop.cli.common import (
    EXIT_OK,
    NEW_PASSPHRASE_TRIES,
    CommandError,
    Subparsers,
    UsageError,
    add_vault_argument,
    check_writable,
    note,
    read_secret,
    say,
    unlock,
)
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.values import parse_date
from msvlo_desktop.reports.case_export import report_password_problems
from msvlo_desktop.reports.case_report import PROFILES
from msvlo_desktop.reports.output import ReportWriteError
from msvlo_desktop.services.reports import export_case_report
from msvlo_desktop.storage.vault import resembles_passphrase

_NEEDS_AUDIT = (
    "A report is a disclosure: say who it is for with --recipient and why with --purpose "
    '(both go on the cover and into the audit log), e.g. --recipient "DI 1150 C. Murray" '
    '--purpose "file review before the charging decision".'
)


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write a case's PDF report for the lead investigator",
        description=(
            "Write the case report (cover, summary, chronological log, provisions schedule, "
            "Victims' Code compliance) as a PDF marked OFFICIAL-SENSITIVE on every page. "
            "The export is recorded in the audit log as a disclosure to the recipient, for "
            "the purpose given."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument("reference", metavar="REF", help="the case reference")
    parser.add_argument(
        "-o", "--output", metavar="OUT.pdf", required=True, help="the PDF file to write"
    )
    parser.add_argument(
        "--profile",
        choices=PROFILES,
        default="full",
        help="full: everything; disclosure: entries marked sensitive and the victim's safe "
        "contact number and placement address withheld (default: full)",
    )
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="first day of the log, provisions and compliance sections (2026-03-24 or "
        "24/03/2026, London time)",
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", help="last day of those sections (inclusive)"
    )
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the PDF with AES-256 under a report password (asked for, never an argument)",
    )
    parser.add_argument(
        "--pdfa",
        action="store_true",
        help="write an archivable PDF in the style of PDF/A-2b, for records systems that "
        "require PDF/A (not validated by veraPDF; cannot be combined with --encrypt)",
    )
    parser.add_argument(
        "--pseudonymise",
        action="store_true",
        help="use the victim's pseudonym instead of their name everywhere in the report "
        "(cover, summary, log text, contacts), for a disclosure copy",
    )
    parser.add_argument("--recipient", metavar="WHO", help="who the report is for (required)")
    parser.add_argument("--purpose", metavar="WHY", help="why it is disclosed (required)")
    parser.add_argument("--force", action="store_true", help="replace OUT.pdf if it already exists")
    parser.set_defaults(handler=run)


def _day(raw: str | None, option: str) -> date | None:
    if raw is None:
        return None
    try:
        return parse_date(raw, option)
    except ValidationError as exc:
        if "between" in str(exc):  # a real date outside the window: say which
            raise CommandError(str(exc)) from None
        raise UsageError(f"{option} {raw!r} is not a date: use 2026-03-24 or 24/03/2026.") from None


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):  # a closed or detached stream
        return False


def read_report_password(*, avoid: Iterable[str], vault_passphrase: str) -> str:
    """A new report password: typed twice without echo on a terminal (a few tries), or one
    line of standard input. The passphrase policy applies, and the vault passphrase is
    refused: the recipient has to be told the report password."""
    interactive = _interactive()
    problem = ""
    for attempt in range(NEW_PASSPHRASE_TRIES if interactive else 1):
        if attempt:
            note(problem + " Try again.")
        first = read_secret("Report password: ")
        problems = report_password_problems(first, avoid=avoid)
        if resembles_passphrase(first, vault_passphrase):  # give or take case and spaces
            problems.append(
                "It is the vault passphrase: choose another, because the recipient will be "
                "told the report password."
            )
        if problems:
            problem = "The report password was refused: " + " ".join(problems)
            continue
        if interactive and read_secret("Repeat the report password: ") != first:
            problem = "The two entries of the report password differ."
            continue
        return first
    raise CommandError(problem + " Nothing was written.")


def run(args: argparse.Namespace) -> int:
    recipient = " ".join((args.recipient or "").split())
    purpose = " ".join((args.purpose or "").split())
    if not recipient or not purpose:
        raise UsageError(_NEEDS_AUDIT)
    if args.pdfa and args.encrypt:
        raise UsageError(
            "--pdfa and --encrypt cannot be used together: an encrypted file cannot be PDF/A. "
            "Write the archivable copy without --encrypt."
        )
    date_from = _day(args.date_from, "--from")
    date_to = _day(args.date_to, "--to")
    if date_from and date_to and date_to < date_from:
        raise UsageError("--to is before --from: the period would be empty.")
    out = Path(args.output).expanduser()
    # A file that cannot be written fails before any passphrase is asked for.
    check_writable(out, overwrite=args.force)
    vault, passphrase = unlock(args.vault)
    with vault:
        case = vault.get_case(args.reference)  # an unknown reference fails before the password
        password = None
        if args.encrypt:
            password = read_report_password(
                avoid=[args.reference, vault.officer.name, case.victim.pseudonym],
                vault_passphrase=passphrase,
            )
        note(f"Building the report of case {args.reference}…")
        try:
            result = export_case_report(
                vault,
                args.reference,
                out,
                profile=args.profile,
                date_from=date_from,
                date_to=date_to,
                recipient=recipient,
                purpose=purpose,
                password=password,
                pdfa=args.pdfa,
                replace=args.force,  # without --force, never a file that appeared meanwhile
                pseudonymise=args.pseudonymise,
            )
        except ReportWriteError as exc:
            raise CommandError(f"{exc} Nothing was written.") from None
    shown = f"{result.entry_count:,} entries"
    if result.profile == "disclosure":
        shown += f", {result.withheld_count:,} withheld"
    say(
        f"Wrote {out}: case {result.reference}, {result.profile} profile, "
        f"{result.pages:,} pages, {shown}"
        + (
            ", encrypted with AES-256."
            if password is not None
            else ", archivable (PDF/A-2b style)."
            if args.pdfa
            else "."
        )
    )
    say(f"Export ID {result.export_id}; chain head {result.head}.")
    say(f"Recorded in the audit log as a disclosure to {result.recipient}.")
    note(f"To check the report later: msvlo verify {args.vault} --head {result.reference} HEAD")
    return EXIT_OK
