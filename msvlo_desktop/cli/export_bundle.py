"""``msvlo export-bundle VAULT REF -o OUT --recipient WHO --purpose WHY [--plain] [--handover]``.

Writes the case as a bundle signed by the vault's key (``origin`` and ``signature``), sealed
with a bundle password in the age format by default (``REF.msvlo-bundle``); ``--plain``
writes the readable JSON instead, signed but unprotected. Standard input: the vault
passphrase, then (sealed) the bundle password on two lines that must match. The file is
written whole or not at all and readable by its owner only; an existing file is refused
unless ``--force``. The export is recorded in the audit log as a disclosure once the file is
written, and ``--handover`` records that the case was handed over.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from msvlo_desktop.cli.common import (
    EXIT_OK,
    CommandError,
    Subparsers,
    UsageError,
    add_vault_argument,
    check_writable,
    note,
    read_secret,
    say,
    unlock,
    write_atomic,
)
from msvlo_desktop.core.passphrase import check_passphrase
from msvlo_desktop.storage.bundles import (
    BUNDLE_SUFFIX,
    build_signed_bundle,
    encode_bundle,
    record_export,
)
from msvlo_desktop.storage.vault import Vault


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "export-bundle",
        help="write a case as a signed bundle, sealed with a password unless --plain",
        description=(
            "Write the case as a case bundle signed by this vault's key. Sealed (encrypted "
            "and authenticated, age format) with a bundle password by default: after the "
            "vault passphrase, give the bundle password on two lines that must match. "
            "Importing the file into another vault reproduces the case exactly. The export "
            "is recorded in the audit log as a disclosure."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument("reference", metavar="REF", help="the case reference")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help=f"the file to write (a folder: REF{BUNDLE_SUFFIX} in it)",
    )
    parser.add_argument(
        "--recipient", metavar="WHO", required=True, help="who the bundle is for (audit log)"
    )
    parser.add_argument(
        "--purpose", metavar="WHY", required=True, help="why it is disclosed (audit log)"
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help="write readable JSON, signed but NOT encrypted: anyone holding the file reads it",
    )
    parser.add_argument(
        "--handover",
        action="store_true",
        help="record that the case is handed over (it stops counting in this vault's returns)",
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    parser.set_defaults(handler=run)


def _required_text(value: str, option: str) -> str:
    text = value.strip()
    if not text:
        raise UsageError(
            f"{option}: say who the bundle is for and why (both go into the signed bundle and "
            "the audit log); nothing was written."
        )
    return text


def _output_path(raw: str, ref: str, plain: bool) -> Path:
    out = Path(raw).expanduser()
    if out.is_dir():
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in ref)
        out = out / (f"{safe}.json" if plain else f"{safe}{BUNDLE_SUFFIX}")
    return out


def read_bundle_password(vault: Vault, ref: str) -> str:
    """The bundle password: two lines that must match, meeting the new-passphrase rules and
    not the vault's own passphrase."""
    first = read_secret("Bundle password: ")
    second = read_secret("Repeat the bundle password: ")
    if first != second:
        raise CommandError("The two entries of the bundle password differ; nothing was written.")
    problems = check_passphrase(first, avoid=[vault.officer.name, ref])
    if problems:
        raise CommandError(
            "The bundle password was refused: " + " ".join(problems) + " Nothing was written."
        )
    if vault.is_passphrase(first):
        raise CommandError(
            "The bundle password is the vault's own passphrase; choose a different one to "
            "tell the recipient. Nothing was written."
        )
    return first


def run(args: argparse.Namespace) -> int:
    recipient = _required_text(args.recipient, "--recipient")
    purpose = _required_text(args.purpose, "--purpose")
    out = _output_path(args.output, args.reference, args.plain)
    vault, _ = unlock(args.vault)
    with vault:
        vault.get_case(args.reference)  # an unknown reference fails before anything else
        # A file that cannot be written fails before the export is recorded as a disclosure.
        check_writable(out, overwrite=args.force)
        password = None if args.plain else read_bundle_password(vault, args.reference)
        doc = build_signed_bundle(vault, args.reference, recipient=recipient, purpose=purpose)
        write_atomic(out, encode_bundle(doc, password), overwrite=args.force)
        # Recorded only once the file exists: a failed write discloses nothing.
        record_export(vault, doc, sealed=password is not None, handover=args.handover)
    case, origin = doc["case"], doc["origin"]
    head = case["integrity"]["head"]
    say(f"Wrote {out}: case {args.reference}, {len(case['log'])} entries, chain head {head}.")
    if password is None:
        note(
            "Warning: this bundle is NOT encrypted. Anyone who gets the file can read the "
            "victim's details and the whole log; the signature only shows changes."
        )
    else:
        note("Sealed with the bundle password (age format). Tell the recipient the password")
        note("by another route than the file (for example by phone).")
    note(f"Signed by {origin['officer']}, key fingerprint {origin['fingerprint']}.")
    note(f"Bundle id {origin['bundle_id']}, exported at {origin['exported_at']}.")
    if args.handover:
        note(f"Case {args.reference} is recorded as handed over to {recipient}.")
    return EXIT_OK
