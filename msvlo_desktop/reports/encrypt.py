"""Password-protect a report PDF with AES-256 (PDF 2.0 security handler, revision 6).

Everything happens in memory: the plaintext PDF arrives as bytes and leaves encrypted, so it
never touches the disk, where deleting it would not reliably erase it.

Permissions (what a viewer lets someone with the password do) are advisory: anyone who can
open the file can decrypt it with qpdf. They state intent rather than enforce it. The
integrity of the record rests on the hash chain, not on these bits.

* printing, low and high resolution: allowed, because court bundles and case files are paper;
* copying text and accessibility extraction: allowed, so officers can quote the record in
  statements and screen readers work;
* changing the document, its annotations, forms or page assembly: refused, because the export
  is an evidential copy and should not be edited.

The owner password, which would lift those restrictions, is random and thrown away: nobody
should be able to relax them for this copy.
"""

from __future__ import annotations

import secrets
import unicodedata
from io import BytesIO

import pikepdf

__all__ = ["REPORT_PERMISSIONS", "encrypt_pdf"]

REPORT_PERMISSIONS = pikepdf.Permissions(
    accessibility=True,
    extract=True,
    modify_annotation=False,
    modify_assembly=False,
    modify_form=False,
    modify_other=False,
    print_lowres=True,
    print_highres=True,
)

# Revision 6 uses at most the first 127 bytes of the UTF-8 password; a longer one would be
# cut silently, so a user would believe they had a stronger password than they did.
_MAX_PASSWORD_BYTES = 127


def encrypt_pdf(pdf_bytes: bytes, password: str) -> bytes:
    """Return *pdf_bytes* encrypted with AES-256 (R=6) so it opens only with *password*.

    The password is NFKC-normalised first: readers such as Acrobat apply SASLprep (which
    includes NFKC) to what is typed, so an "é" typed as one character or as e + accent
    opens the file either way. Raises ``ValueError`` for an empty or over-long password
    or for input that is not a PDF.
    """
    password = unicodedata.normalize("NFKC", password)
    if not password:
        raise ValueError("A password is needed to encrypt the report.")
    if len(password.encode("utf-8")) > _MAX_PASSWORD_BYTES:
        raise ValueError(
            f"The password is too long: at most {_MAX_PASSWORD_BYTES} bytes (about "
            f"{_MAX_PASSWORD_BYTES} letters) can be used by PDF encryption."
        )
    encryption = pikepdf.Encryption(
        owner=secrets.token_urlsafe(32),
        user=password,
        R=6,
        aes=True,
        metadata=True,
        allow=REPORT_PERMISSIONS,
    )
    try:
        pdf = pikepdf.open(BytesIO(pdf_bytes))
    except pikepdf.PdfError as exc:
        raise ValueError("The report to encrypt is not a readable PDF.") from exc
    out = BytesIO()
    with pdf:
        pdf.save(out, encryption=encryption)
    return out.getvalue()
