"""``msvlo import VAULT BUNDLE.json``: bring in one case bundle as a new case.

All or nothing: the bundle is read and every rule checked before anything is written. An
invalid bundle is refused with a summary line and then every problem with its place in the
file (``case.log[3].value_gbp: ...``), one per line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from msvlo_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CommandError,
    Subparsers,
    add_vault_argument,
    note,
    open_vault,
    say,
)
from msvlo_desktop.core.bundle import MAX_BUNDLE_BYTES, BundleError


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import a case bundle as a new case",
        description=(
            "Import one case bundle (JSON, version 1) as a new case and print its reference. "
            "A bundle that is invalid, whose reference already exists, or whose integrity "
            "block does not verify is refused and nothing is written."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument("bundle", metavar="BUNDLE.json", help="the case bundle to import")
    parser.set_defaults(handler=run)


def read_bundle(raw_path: str) -> bytes:
    path = Path(raw_path).expanduser()
    if path.is_dir():
        raise CommandError(f"{path} is a folder, not a case bundle.")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CommandError(f"There is no file {path}.") from None
    if size > MAX_BUNDLE_BYTES:
        raise CommandError(f"{path} is larger than 256 MB; it cannot be a case bundle.")
    return path.read_bytes()


def run(args: argparse.Namespace) -> int:
    data = read_bundle(args.bundle)
    name = Path(args.bundle).name
    with open_vault(args.vault) as vault:
        try:
            parsed = vault.import_bundle(data, source=name)
        except BundleError as exc:
            count = len(exc.problems)
            print(
                f"{name} is not a valid case bundle ({count} problem{'s' if count != 1 else ''})"
                "; nothing was imported.",
                file=sys.stderr,
            )
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_FAILED
    say(parsed.case.reference)
    note(
        f"Imported case {parsed.case.reference}: {len(parsed.entries)} entries, "
        f"chain head {parsed.head}."
    )
    # Imported as it was; what is impossible or unusual in its history is said after the
    # lines above (and kept in the import's audit record).
    for warning in parsed.warnings:
        say(f"Warning: {warning}")
    return EXIT_OK
