"""Archivable reports: the report PDF rewritten in the style of PDF/A-2b (ISO 19005-2, level B).

Records-management systems that keep documents for decades accept PDF/A only. This makes the
report carry what PDF/A-2b asks for and what can be checked by reading the file back:

* **XMP metadata** in the document catalogue with ``pdfaid:part`` 2 and ``pdfaid:conformance``
  B, plus the title, author, subject, producer and dates, matching the document information
  dictionary;
* an **output intent** (``GTS_PDFA1``) holding an sRGB ICC profile
  (``resources/icc/sRGB.icc``), so the device colours of the report have a defined meaning;
* **every font embedded**: reports built for PDF/A (inside :func:`archivable_build`) leave out
  the one font the report does not embed, the STSong-Light fallback for traditional Chinese
  (see ``reports/fonts.py``). A report with characters no embedded font can draw (traditional
  Chinese outside GB 2312, Hangul, Thai...) is refused as PDF/A, naming them, rather than
  archived with blanks where a name was; it can still be saved as an ordinary PDF. A font
  found without its file is refused too;
* a **document ID** in the trailer, and **no encryption** (an encrypted file cannot be PDF/A).

It has **not been validated by veraPDF** or any other PDF/A validator: none runs on the machines
this was built on. A known gap a validator may report: reportlab's subset TrueType fonts
carry no ``CIDSet``/``CharSet`` and their subset tags repeat.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pikepdf

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.reports.fonts import embedded_fonts_only

__all__ = ["ICC_PROFILE", "PdfaError", "archivable_build", "make_pdfa", "unembedded_fonts"]

# Beside the package code, so wheels and frozen builds carry it (see reports/fonts.py).
ICC_PROFILE = Path(__file__).resolve().parent.parent / "resources" / "icc" / "sRGB.icc"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
_PDF_VERSION = "1.7"  # PDF/A-2 is based on ISO 32000-1 (PDF 1.7)


class PdfaError(ValidationError):
    """The report cannot be made archivable; ``str(error)`` says why, for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "pdfa")


_SHOWN_UNDRAWABLE = 12


@contextlib.contextmanager
def archivable_build() -> Iterator[None]:
    """Build a report inside this block to make it archivable: only embedded fonts are used,
    and ``PdfaError`` is raised at the end if some characters could not be drawn with them."""
    with embedded_fonts_only() as undrawable:
        yield
    if undrawable:
        chars = sorted(undrawable)
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in chars[:_SHOWN_UNDRAWABLE])
        more = (
            f" and {len(chars) - _SHOWN_UNDRAWABLE} more" if len(chars) > _SHOWN_UNDRAWABLE else ""
        )
        raise PdfaError(
            f"The report cannot be archivable (PDF/A): {len(chars)} character(s) in it have no "
            f"font that can be embedded: {shown}{more}. Save it as an ordinary PDF instead "
            "(without the archivable choice)."
        )


def _items(array: pikepdf.Object) -> list[pikepdf.Object]:
    """The members of a PDF array (pikepdf's stubs do not type an Object as iterable)."""
    return [array[i] for i in range(len(array))]


def _font_has_file(font: pikepdf.Object) -> bool:
    if font.get("/Subtype") == pikepdf.Name.Type3:
        return True  # drawn by the PDF's own content streams
    if font.get("/Subtype") == pikepdf.Name.Type0:
        descendants = font.get("/DescendantFonts")
        return descendants is None or all(_font_has_file(d) for d in _items(descendants))
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _members(resources: pikepdf.Object, key: str) -> list[pikepdf.Object]:
    """The values of the dictionary ``resources[key]`` (none when it is absent). By key, since
    pikepdf's dictionaries have no ``values()`` before version 10."""
    if key not in resources:
        return []
    table = resources[key]
    return [table[name] for name in table.keys()]  # noqa: SIM118 - a pikepdf Dictionary


def _fonts_of(resources: pikepdf.Object, seen: set[tuple[int, int]]) -> list[pikepdf.Object]:
    out = list(_members(resources, "/Font"))
    for xobject in _members(resources, "/XObject"):
        if xobject.get("/Subtype") == pikepdf.Name.Form and "/Resources" in xobject:
            key = xobject.objgen
            if key in seen:
                continue
            seen.add(key)
            out += _fonts_of(xobject.Resources, seen)
    return out


def unembedded_fonts(pdf: pikepdf.Pdf) -> list[str]:
    """Names of the fonts *pdf* uses without carrying their font file."""
    missing: set[str] = set()
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        if "/Resources" not in page.obj:
            continue
        for font in _fonts_of(page.obj.Resources, seen):
            if not _font_has_file(font):
                name = font.get("/BaseFont")
                missing.add(str(name if name is not None else "(unnamed)").lstrip("/"))
    return sorted(missing)


def _output_intent(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    profile = pikepdf.Stream(pdf, ICC_PROFILE.read_bytes())
    profile.N = 3
    return pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION),
        Info=pikepdf.String(OUTPUT_CONDITION),
        RegistryName=pikepdf.String("http://www.color.org"),
        DestOutputProfile=pdf.make_indirect(profile),
    )


def make_pdfa(pdf_bytes: bytes, *, modified: datetime | None = None) -> bytes:
    """Return *pdf_bytes* (an unencrypted report) rewritten as PDF/A-2b-style output.

    *modified* becomes the metadata's modification date (default: the document's own
    ModDate is kept). Raises ``PdfaError`` for an encrypted PDF or one using a font it does
    not embed.
    """
    try:
        pdf = pikepdf.open(BytesIO(pdf_bytes))
    except pikepdf.PasswordError:
        raise PdfaError("An encrypted report cannot be made archivable (PDF/A).") from None
    with pdf:
        if pdf.is_encrypted:
            raise PdfaError("An encrypted report cannot be made archivable (PDF/A).")
        missing = unembedded_fonts(pdf)
        if missing:
            raise PdfaError(
                "The report cannot be made archivable (PDF/A): it uses fonts it does not "
                f"embed ({', '.join(missing)})."
            )
        # Keywords left empty would be written to the metadata as an empty entry.
        if "/Keywords" in pdf.docinfo and not str(pdf.docinfo.Keywords):
            del pdf.docinfo["/Keywords"]
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            with warnings.catch_warnings():
                # /Trapped is a name, which XMP does not take from the information dictionary;
                # it is set below as text instead.
                warnings.filterwarnings("ignore", message=".*Trapped.*")
                meta.load_from_docinfo(pdf.docinfo)
            if "/Trapped" in pdf.docinfo:
                meta["pdf:Trapped"] = str(pdf.docinfo.Trapped).lstrip("/")
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            if modified is not None:
                meta["xmp:ModifyDate"] = modified.isoformat()
        pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(_output_intent(pdf))])
        # Annotations (none today) must print as they show.
        for page in pdf.pages:
            annotations = page.obj.get("/Annots")
            for annotation in _items(annotations) if annotations is not None else ():
                annotation.F = 4
        out = BytesIO()
        pdf.save(
            out,
            force_version=_PDF_VERSION,
            # A fresh, random document ID in the trailer (PDF/A requires one).
            deterministic_id=False,
            static_id=False,
            object_stream_mode=pikepdf.ObjectStreamMode.preserve,
            fix_metadata_version=True,
        )
        return out.getvalue()
