"""``msvlo export-bundle VAULT REF -o OUT.json``: write a case as a bundle for handover.

The file is written whole or not at all (temporary file, fsync, rename) and readable by its
owner only. An existing file is refused unless ``--force``, so a handover file is never
replaced by mistake. The export is recorded in the audit log as a disclosure, with the
recipient and purpose when given.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from msvlo_desktop.cli.common import (
    EXIT_OK,
    Subparsers,
    add_vault_argument,
    check_writable,
    open_vault,
    say,
    write_atomic,
)
from msvlo_desktop.core.bundle import dump_bundle


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "export-bundle",
        help="write a case as a bundle (JSON) with its integrity block",
        description=(
            "Write the case as a case bundle with its integrity block; importing that file "
            "into another vault reproduces the case exactly. The export is recorded in the "
            "audit log as a disclosure."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument("reference", metavar="REF", help="the case reference")
    parser.add_argument(
        "-o", "--output", metavar="OUT.json", required=True, help="the file to write"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace OUT.json if it already exists"
    )
    parser.add_argument(
        "--recipient", metavar="WHO", default="", help="who the bundle is for (audit log)"
    )
    parser.add_argument(
        "--purpose",
        metavar="WHY",
        default="case bundle export",
        help="why it is disclosed (audit log)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output).expanduser()
    with open_vault(args.vault) as vault:
        vault.get_case(args.reference)  # an unknown reference fails before anything else
        # A file that cannot be written fails before the export is recorded as a disclosure.
        check_writable(out, overwrite=args.force)
        doc = vault.export_bundle(args.reference, record=False)
        write_atomic(out, dump_bundle(doc), overwrite=args.force)
        head = doc["case"]["integrity"]["head"]
        # Recorded only once the file exists: a failed write discloses nothing.
        vault.record_disclosure(
            args.reference,
            what="case bundle exported",
            recipient=args.recipient,
            purpose=args.purpose.strip() or "case bundle export",
            entries=len(doc["case"]["log"]),
            head=head,
        )
    say(
        f"Wrote {out}: case {args.reference}, {len(doc['case']['log'])} entries, chain head {head}."
    )
    return EXIT_OK
