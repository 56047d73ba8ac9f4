"""``msvlo import VAULT BUNDLE [--unsigned] [--accept-new-key]``: one case bundle as a new case.

Standard input: the vault passphrase, then the bundle password when the bundle is sealed.
All or nothing: the seal is opened, the whole bundle and its signature checked and the sender
compared with the senders this vault knows before anything is written. Who sent it (officer
and key fingerprint, as ``msvlo fingerprint`` prints them on the sender's computer), when and
which bundle are printed first, so they can be checked by phone. Printed on standard output
after the import: the reference, the sender's officer and fingerprint, the entry count and
chain head. An invalid bundle is refused with a summary line and then every problem with its
place in the file (``case.log[3].value_gbp: ...``), one per line.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from msvlo_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Subparsers,
    add_vault_argument,
    note,
    open_vault,
    read_secret,
    say,
)
from msvlo_desktop.core.bundle import BundleError
from msvlo_desktop.core.seal import is_sealed
from msvlo_desktop.storage.bundles import (
    BundleReview,
    import_reviewed,
    read_bundle_file,
    review_bundle,
)
from msvlo_desktop.storage.keys import KEY_CHANGED


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import a case bundle (sealed or plain) as a new case",
        description=(
            "Import one case bundle as a new case and print its reference, its sender "
            "(officer and key fingerprint), entry count and chain head. After the vault "
            "passphrase, give the bundle password when the bundle is sealed. A bundle that is "
            "invalid, whose reference already exists, whose seal, password or signature does "
            "not verify, that is unsigned (without --unsigned) or whose known sender's key "
            "changed (without --accept-new-key) is refused and nothing is written."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument("bundle", metavar="BUNDLE", help="the case bundle to import")
    parser.add_argument(
        "--unsigned",
        action="store_true",
        help="import a bundle with no signature, marked as imported unverified",
    )
    parser.add_argument(
        "--accept-new-key",
        action="store_true",
        help="accept a sender whose key differs from the one this vault knew (check by phone)",
    )
    parser.set_defaults(handler=run)


def _shown(text: str) -> str:
    """``text`` safe for the terminal: a problem names a place in the file, and a hostile file
    chooses its own field names, so control, format (direction) and line-separator characters
    are written as escapes (``\\x1b``, ``\\u202e``), never as themselves."""
    out = []
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def _describe(review: BundleReview) -> None:
    """What the officer checks before trusting the case (standard error, before writing)."""
    origin = review.origin
    if origin is None:
        note("The bundle carries no signature: nothing shows who made it or that it is intact.")
        return
    note(f"Sender: {origin.officer}")
    note(f"Key fingerprint: {origin.fingerprint}")
    note(f"Exported at: {origin.exported_at.isoformat()}  Bundle id: {origin.bundle_id}")
    note(f"For: {origin.recipient}  Purpose: {origin.purpose}")
    assert review.sender is not None
    note(review.sender.message(origin.officer))


def run(args: argparse.Namespace) -> int:
    data = read_bundle_file(args.bundle)
    name = _shown(Path(args.bundle).name)
    with open_vault(args.vault) as vault:
        password = read_secret("Bundle password: ") if is_sealed(data) else None
        try:
            review = review_bundle(vault, data, password)
        except BundleError as exc:
            count = len(exc.problems)
            print(
                f"{name} is not a valid case bundle ({count} problem{'s' if count != 1 else ''})"
                "; nothing was imported.",
                file=sys.stderr,
            )
            for problem in exc.problems:
                print(f"  {_shown(str(problem))}", file=sys.stderr)
            return EXIT_FAILED
        _describe(review)
        changed = review.sender is not None and review.sender.status == KEY_CHANGED
        if changed and args.accept_new_key:
            note("The new key is accepted (--accept-new-key) and remembered for this sender.")
        parsed = import_reviewed(
            vault,
            review,
            allow_unsigned=args.unsigned,
            accept_new_key=args.accept_new_key,
            source=name,
        )
    origin = parsed.origin
    say(parsed.case.reference)
    if origin is not None:
        say(origin.officer)
        say(origin.fingerprint)
    else:
        say("unsigned: imported unverified")
    say(f"{len(parsed.entries)} entries, chain head {parsed.head}")
    # History comes in as it was: what it lacks or holds in an unusual order is said after
    # the lines above, one line each (and kept in the import's audit record).
    for warning in parsed.warnings:
        note(f"Warning: {warning}")
    note(
        f"Imported case {parsed.case.reference}: {len(parsed.entries)} entries, "
        f"chain head {parsed.head}."
    )
    return EXIT_OK
