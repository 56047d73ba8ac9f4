"""A case report from the vault: its data read at one moment, and its export recorded.

The command line (``msvlo report``) and the window (the export dialog and the report preview)
share this flow, so a report leaves the application one way only:

* :func:`gather_report_data` reads one case (the case record and its whole log in one query,
  so the chain head matches the entries exactly) into ``reports.case_report.ReportData``;
* ``reports.case_report.build_case_report`` lays it out in memory;
* :func:`save_case_report` writes it (encrypted if asked, atomically:
  ``reports.case_export.write_case_report``) and then records the disclosure in the vault's
  audit log with the recipient, the purpose, the profile, the export identifier and the chain
  head. If that record cannot be written the file is removed again, because a disclosure must
  never go unrecorded;
* :func:`export_case_report` does all three after checking the request and the password.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from msvlo_desktop.reports.case_export import check_export, write_case_report
from msvlo_desktop.reports.case_report import (
    Profile,
    Progress,
    ReportData,
    ReportResult,
    build_case_report,
)
from msvlo_desktop.reports.pdfa import archivable_build
from msvlo_desktop.storage.bundles import imported_unverified
from msvlo_desktop.storage.vault import Vault

__all__ = [
    "DISCLOSURE_ACTION",
    "export_case_report",
    "gather_report_data",
    "save_case_report",
]

# What the audit log records a report export as.
DISCLOSURE_ACTION = "case report exported"


def gather_report_data(vault: Vault, ref: str, *, at: datetime | None = None) -> ReportData:
    """Read case *ref* from *vault* for a report evaluated at *at* (default: the vault's clock).

    Raises ``CaseNotFound`` for an unknown reference.
    """
    when = at or vault.clock()
    case = vault.get_case(ref)
    # One query: the head is then the hash of exactly the last entry the report shows.
    entries = vault.entries(ref)
    return ReportData.from_log(
        case,
        entries,
        officer=vault.officer.display,
        training=vault.is_training,
        at=when,
        imported_unverified=imported_unverified(vault, ref),
    )


def save_case_report(
    vault: Vault,
    result: ReportResult,
    path: Path | str,
    *,
    password: str | None = None,
    actor: str | None = None,
    pdfa: bool = False,
    replace: bool = True,
) -> Path:
    """Encrypt *result* when *password* is given (or, with *pdfa*, make it archivable), write
    it to *path* atomically (replacing a file there), then record the disclosure in *vault*'s
    audit log. Returns the path.

    Raises ``ValueError`` for a password PDF encryption cannot use, for *pdfa* with a password
    and for a report that cannot be made archivable (``PdfaError``), ``ReportWriteError`` when
    the file cannot be written (nothing is recorded), and the vault's error when the audit
    record cannot be written (the file is removed again).
    """
    target = write_case_report(result, path, password=password, pdfa=pdfa, replace=replace)
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
            pseudonymised=result.pseudonymised,
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
    pdfa: bool = False,
    at: datetime | None = None,
    export_id: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    replace: bool = True,
    pseudonymise: bool = False,
) -> ReportResult:
    """Build case *ref*'s report and save it to *path* (see :func:`save_case_report`).

    The request and the password are checked before any work is done: a ``ValidationError``
    names every problem. With *pdfa* the report is built with embedded fonts only and saved
    as PDF/A-2b-style output (``reports/pdfa.py``). *at* is the moment the report describes
    (default: the vault's clock). With *pseudonymise* the victim's pseudonym replaces their name
    throughout (``reports/pseudonymise.py``).
    """
    check_export(
        profile=profile,
        date_from=date_from,
        date_to=date_to,
        recipient=recipient,
        purpose=purpose,
        password=password,
        pdfa=pdfa,
    )
    data = gather_report_data(vault, ref, at=at)
    # An archivable report embeds every font it uses (reports/pdfa.py).
    with archivable_build() if pdfa else contextlib.nullcontext():
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
            pseudonymise=pseudonymise,
        )
    save_case_report(vault, result, path, password=password, pdfa=pdfa, replace=replace)
    return result
