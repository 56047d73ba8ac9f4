"""``msvlo verify VAULT [--head REF HEX]``: check that nothing in the vault was altered.

Checks cipher page authentication, SQLite integrity, the hash chain of every case and the
audit chain. Prints ``OK`` (exit 0) when intact; otherwise ``FAILED:`` naming the first broken
entry, then every problem found (exit 1). Reading is all it does: a vault under examination
is never written to (``Vault.examine``: opened read-only, never upgraded, no anchor recorded,
no write-ahead log left beside it). A vault of an older format is not checked: it would need
an upgrade, which the message says how to do on a copy.

``--head REF HEX`` also says whether a chain head printed on a report is part of the case's
chain as stored, and at which entry: the report then covers the log up to that entry.
"""

from __future__ import annotations

import argparse
import re

from sqlcipher3 import dbapi2

from msvlo_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Subparsers,
    UsageError,
    add_vault_argument,
    note,
    read_passphrase,
    say,
    vault_path,
)
from msvlo_desktop.cli.progress import terminal_progress
from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.storage import integrity
from msvlo_desktop.storage.connection import check_is_encrypted_file, translate
from msvlo_desktop.storage.vault import Vault

_HEX = re.compile(r"^[0-9a-fA-F]{64}$")


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="check the vault for damage or tampering",
        description=(
            "Check cipher page authentication, SQLite integrity, the hash chain of every case "
            "and the audit log. Prints OK and exits 0 when intact; otherwise exits 1 and names "
            "the first broken entry."
        ),
    )
    add_vault_argument(parser)
    parser.add_argument(
        "--head",
        nargs=2,
        metavar=("REF", "HEX"),
        help="also say whether the chain head HEX (from a report) is part of case REF's "
        "chain, and at which entry",
    )
    parser.set_defaults(handler=run)


def _checking(done: int, total: int) -> str:
    """What the check is doing, on a terminal while it runs."""
    if done < integrity.STRUCTURE:
        return "Checking the encryption of every page"
    if done < integrity.CASES:
        return "Checking the database structure"
    if done < integrity.AUDIT:
        return "Checking the hash chain of every case"
    return "Checking the audit log"


def _check_head(vault: Vault, ref: str, head: str) -> bool:
    seq = vault.find_head(ref, head)
    _, count = vault.chain_head(ref)
    if seq is None:
        say(
            f"The chain head {head.lower()} is NOT part of case {ref}'s chain: the report does "
            "not come from this case's log as stored here."
        )
        return False
    entry = vault.entries_page(ref, seq - 1, 1)[0]
    later = count - seq
    say(
        f"The chain head {head.lower()} is entry {seq} of {count} in case {ref} "
        f"(occurred {uk_datetime(entry.occurred_at)}, recorded "
        f"{uk_datetime(entry.recorded_at)}): the report covers the log up to that entry"
        + (
            f"; {later} entr{'ies were' if later != 1 else 'y was'} recorded after it."
            if later
            else ", which is the whole log."
        )
    )
    return True


def _examine(raw_path: str) -> Vault:
    """Unlock the vault read-only (never writing to it) and say if it is an older copy."""
    path = vault_path(raw_path)
    check_is_encrypted_file(path)
    vault = Vault.examine(path, read_passphrase(f"Passphrase for {path.name}: "))
    if vault.rollback_warning:
        note(f"Warning: {' '.join(str(vault.rollback_warning).split())}")
        note("If you restored this copy on purpose, run: msvlo accept-copy VAULT")
    return vault


def run(args: argparse.Namespace) -> int:
    if args.head is not None and not _HEX.match(args.head[1]):
        raise UsageError("--head needs the case reference and a 64-character hex chain head.")
    with _examine(args.vault) as vault:
        if args.head is not None:
            vault.get_case(args.head[0])  # an unknown case is an error, before any checking
        try:
            with terminal_progress(_checking) as progress:
                result = vault.verify(progress=progress)
        except dbapi2.Error as exc:
            raise translate(exc, vault.path, "The check") from None
        if result.ok:
            say("OK")
            note(
                f"Checked {result.cases} case{'s' if result.cases != 1 else ''} and "
                f"{result.entries} entr{'ies' if result.entries != 1 else 'y'}."
            )
            for erased in result.erased:
                note(f"Erased at the end of retention (audit tombstone): {erased}.")
        else:
            first = str(result.first_break) if result.first_break else result.problems[0]
            say(f"FAILED: {first}")
            for problem in result.problems:
                if problem != first:
                    say(f"  {problem}")
        head_ok = True
        if args.head is not None:
            head_ok = _check_head(vault, args.head[0], args.head[1])
    return EXIT_OK if result.ok and head_ok else EXIT_FAILED
