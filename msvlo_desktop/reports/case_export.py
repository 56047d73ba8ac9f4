"""Exporting a case report: build in memory, encrypt if asked, save atomically, audit.

The command line and the window share this flow, so a report leaves the application one way
only. The plaintext PDF exists only in memory: with a password it is encrypted (AES-256) before
anything is written, and the file appears whole or not at all (``output.write_atomically``).
Once the file is in place the disclosure is recorded in the vault's audit log with the
recipient, the purpose, the profile, the export identifier and the chain head; if that record
cannot be written the file is removed again, because a disclosure must never go unrecorded.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.passphrase import check_passphrase
from msvlo_desktop.reports.case_report import (
    Profile,
    Progress,
    ReportResult,
    build_case_report,
    check_request,
    gather_report_data,
)
from msvlo_desktop.reports.encrypt import encrypt_pdf
from msvlo_desktop.reports.output import write_atomically

if TYPE_CHECKING:
    from msvlo_desktop.storage.vault import Vault

__all__ = [
    "DISCLOSURE_ACTION",
    "export_case_report",
    "report_password_problems",
    "save_case_report",
]

DISCLOSURE_ACTION = "case report exported"
# PDF encryption (revision 6) reads at most this many bytes of the UTF-8 password.
_MAX_PASSWORD_BYTES = 127


def report_password_problems(password: str, *, avoid: Iterable[str] = ()) -> list[str]:
    """What is wrong with *password* as a report password (empty when it may be used).

    The vault passphrase policy applies (at least 12 characters, not a common password),
    plus the limit of PDF encryption, which ignores anything past 127 bytes.
    """
    # The policy speaks of a vault passphrase; here it is judging a report password.
    problems = [
        p.replace("The passphrase", "The password").replace("the passphrase", "the password")
        for p in check_passphrase(password, avoid=list(avoid))
    ]
    if len(password.encode("utf-8")) > _MAX_PASSWORD_BYTES:
        problems.append(
            f"The password is too long for PDF encryption: at most {_MAX_PASSWORD_BYTES} bytes "
            "(about 127 letters)."
        )
    return problems


def save_case_report(
    vault: Vault,
    result: ReportResult,
    path: Path | str,
    *,
    password: str | None = None,
    actor: str | None = None,
    replace: bool = True,
) -> Path:
    """Encrypt *result* when *password* is given, write it to *path* atomically (replacing a
    file there), then record the disclosure in *vault*'s audit log. Returns the path.

    Raises ``ValueError`` for a password PDF encryption cannot use, ``ReportWriteError`` when
    the file cannot be written (nothing is recorded), and the vault's error when the audit
    record cannot be written (the file is removed again).
    """
    target = Path(path)
    data = encrypt_pdf(result.pdf_bytes, password) if password else result.pdf_bytes
    write_atomically(target, data, replace=replace)  # replace: see output.write_atomically
    try:
        vault.record_disclosure(
            result.reference,
            what=DISCLOSURE_ACTION,
            recipient=result.recipient,
            purpose=result.purpose,
            actor=actor,
            profile=result.profile,
            export_id=result.export_id,
            head=result.head,
            entries=result.entry_count,
            withheld=result.withheld_count,
            date_from=result.date_from.isoformat() if result.date_from else None,
            date_to=result.date_to.isoformat() if result.date_to else None,
            pages=result.pages,
            encrypted=bool(password),
            path=str(target),
        )
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return target


def export_case_report(
    vault: Vault,
    ref: str,
    path: Path | str,
    *,
    profile: Profile = "full",
    date_from: date | None = None,
    date_to: date | None = None,
    recipient: str,
    purpose: str,
    password: str | None = None,
    at: datetime | None = None,
    export_id: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    replace: bool = True,
) -> ReportResult:
    """Build case *ref*'s report and save it to *path* (see :func:`save_case_report`).

    The request and the password are checked before any work is done: a ``ValidationError``
    names every problem. *at* is the moment the report describes (default: the vault's clock).
    """
    check_request(
        profile=profile,
        date_from=date_from,
        date_to=date_to,
        recipient=recipient,
        purpose=purpose,
    )
    if password is not None:
        problems = report_password_problems(password)
        if problems:
            raise ValidationError(" ".join(problems), "password")
    data = gather_report_data(vault, ref, at=at)
    result = build_case_report(
        data,
        profile=profile,
        date_from=date_from,
        date_to=date_to,
        recipient=recipient,
        purpose=purpose,
        export_id=export_id,
        progress=progress,
        cancel=cancel,
    )
    save_case_report(vault, result, path, password=password, replace=replace)
    return result
