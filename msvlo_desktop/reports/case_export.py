"""Writing a case report to a file: check the request, encrypt if asked, save atomically.

The plaintext PDF exists only in memory: with a password it is encrypted (AES-256) before
anything is written, and the file appears whole or not at all (``output.write_atomically``).
Recording the disclosure in the vault's audit log (and removing the file again if that record
cannot be written) is the services layer's (``services.reports``): this module takes data and
knows no vault.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.passphrase import check_passphrase
from msvlo_desktop.reports.case_report import ReportResult, check_request
from msvlo_desktop.reports.encrypt import encrypt_pdf
from msvlo_desktop.reports.output import write_atomically
from msvlo_desktop.reports.pdfa import make_pdfa

__all__ = [
    "check_export",
    "report_password_problems",
    "write_case_report",
]

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


def check_export(
    *,
    profile: str,
    date_from: date | None,
    date_to: date | None,
    recipient: str,
    purpose: str,
    password: str | None,
    pdfa: bool = False,
) -> None:
    """Raise ``ValidationError`` for an export that cannot be made: the request's problems by
    field (see ``case_report.check_request``), an encrypted archivable report, then the
    password's problems."""
    check_request(
        profile=profile,
        date_from=date_from,
        date_to=date_to,
        recipient=recipient,
        purpose=purpose,
    )
    if pdfa and password is not None:
        raise ValidationError(
            "An encrypted report cannot be archivable (PDF/A): choose one.", "pdfa"
        )
    if password is not None:
        problems = report_password_problems(password)
        if problems:
            raise ValidationError(" ".join(problems), "password")


def write_case_report(
    result: ReportResult,
    path: Path | str,
    *,
    password: str | None,
    pdfa: bool = False,
    replace: bool = True,
) -> Path:
    """Encrypt *result* when *password* is given (or, with *pdfa*, make it archivable: see
    ``reports/pdfa.py``) and write it to *path* atomically (replacing a file there only when
    *replace*: see ``output.write_atomically``). Returns the path.

    Raises ``ValueError`` for a password PDF encryption cannot use, for *pdfa* with a password
    and for a report that cannot be made archivable (``PdfaError``), and ``ReportWriteError``
    when the file cannot be written (nothing is left behind).
    """
    target = Path(path)
    if pdfa and password:
        raise ValueError("An encrypted report cannot be archivable (PDF/A): choose one.")
    if password:
        data = encrypt_pdf(result.pdf_bytes, password)
    elif pdfa:
        data = make_pdfa(result.pdf_bytes)  # archivable: see reports/pdfa.py
    else:
        data = result.pdf_bytes
    write_atomically(target, data, replace=replace)  # replace: see output.write_atomically
    return target
