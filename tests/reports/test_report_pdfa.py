"""Archivable reports (PDF/A-2b style): each property PDF/A asks for, read back from the file.
No PDF/A validator (veraPDF) runs here; these checks stand in for the parts it would check
that can be checked by reading the file."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest
from case_report_fixture import NOW, PURPOSE, RECIPIENT, REF, VICTIM, fixture_case, fixture_data

from msvlo_desktop.core.bundle import build_bundle, dump_bundle
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.reports.case_report import ReportData, build_case_report
from msvlo_desktop.reports.fonts import HAN_CID, embedded_fonts_only, font_runs
from msvlo_desktop.reports.pdfa import (
    ICC_PROFILE,
    PdfaError,
    archivable_build,
    make_pdfa,
    unembedded_fonts,
)
from msvlo_desktop.services.reports import export_case_report, save_case_report
from msvlo_desktop.storage.vault import Vault

PASSWORD = "amber kettle seventeen lanterns"
TRADITIONAL = "陳臺灣"  # outside GB 2312: only the non-embedded STSong-Light has them


@pytest.fixture
def case_vault(vault: Vault) -> Vault:
    case, entries = fixture_case()
    vault.import_bundle(dump_bundle(build_bundle(case, entries, entries[-1].hash)))
    return vault


def _with_victim_name(data: ReportData, name: str) -> ReportData:
    return replace(data, case=replace(data.case, victim=replace(data.case.victim, name=name)))


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(BytesIO(pdf)).pages)


def _check_pdfa(data: bytes) -> None:
    """Every property of PDF/A-2b this project provides, read back from the bytes."""
    assert data.startswith(b"%PDF-1.7")
    with pikepdf.open(BytesIO(data)) as pdf:
        # No encryption.
        assert not pdf.is_encrypted
        assert "/Encrypt" not in pdf.trailer
        # A document ID: two byte strings in the trailer.
        ids = pdf.trailer.ID
        assert len(ids) == 2 and all(len(bytes(i)) >= 16 for i in ids)
        # XMP metadata in the catalogue, claiming PDF/A-2 level B, matching the info dict.
        assert "/Metadata" in pdf.Root
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(pdf.docinfo.Title)
        assert meta["pdf:Producer"] == str(pdf.docinfo.Producer)
        assert meta["dc:creator"] == [str(pdf.docinfo.Author)]
        raw = bytes(pdf.Root.Metadata.read_bytes()).decode("utf-8")
        assert "http://www.aiim.org/pdfa/ns/id/" in raw
        # One sRGB output intent, with the ICC profile embedded.
        [intent] = pdf.Root.OutputIntents
        assert intent.Type == pikepdf.Name.OutputIntent
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        profile = intent.DestOutputProfile
        assert profile.N == 3
        icc = bytes(profile.read_bytes())
        assert icc == ICC_PROFILE.read_bytes()
        assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB "
        # Every font used by every page has its font file in the PDF.
        used = 0
        for page in pdf.pages:
            table = page.Resources.get("/Font", {})
            for font in (table[name] for name in table.keys()):  # noqa: SIM118 - pikepdf 9
                used += 1
                fonts = list(font.get("/DescendantFonts", [])) or [font]
                for face in fonts:
                    descriptor = face.FontDescriptor
                    assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys()), (
                        face.BaseFont
                    )
        assert used > 0
        assert unembedded_fonts(pdf) == []


def test_export_writes_an_archivable_report(case_vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = export_case_report(
        case_vault, REF, out, recipient=RECIPIENT, purpose=PURPOSE, at=NOW, pdfa=True
    )
    data = out.read_bytes()
    _check_pdfa(data)
    assert data != result.pdf_bytes  # the ordinary PDF, rewritten
    text = _text(data)
    assert "OFFICIAL-SENSITIVE" in text and VICTIM in text
    [record] = [r for r in case_vault.audit_records(REF) if r.category == "disclosure"]
    assert record.details["encrypted"] is False


def test_qpdf_finds_the_archivable_report_sound(
    case_vault: Vault, tmp_path: Path, qpdf: str
) -> None:
    out = tmp_path / "report.pdf"
    export_case_report(case_vault, REF, out, recipient=RECIPIENT, purpose=PURPOSE, pdfa=True)
    checked = subprocess.run([qpdf, "--check", str(out)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_an_ordinary_report_is_not_claimed_archivable(case_vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    export_case_report(case_vault, REF, out, recipient=RECIPIENT, purpose=PURPOSE)
    with pikepdf.open(out) as pdf:
        assert "/OutputIntents" not in pdf.Root
        assert "/Metadata" not in pdf.Root


def test_archivable_and_encrypted_cannot_go_together(case_vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with pytest.raises(ValidationError, match="encrypted report cannot be archivable"):
        export_case_report(
            case_vault,
            REF,
            out,
            recipient=RECIPIENT,
            purpose=PURPOSE,
            password=PASSWORD,
            pdfa=True,
        )
    result = build_case_report(fixture_data(), recipient=RECIPIENT, purpose=PURPOSE)
    with pytest.raises(ValueError, match="PDF/A"):
        save_case_report(case_vault, result, out, password=PASSWORD, pdfa=True)
    assert not out.exists()
    assert [r for r in case_vault.audit_records(REF) if r.category == "disclosure"] == []


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    result = build_case_report(fixture_data(), recipient=RECIPIENT, purpose=PURPOSE)
    from msvlo_desktop.reports.encrypt import encrypt_pdf

    with pytest.raises(PdfaError, match="encrypted"):
        make_pdfa(encrypt_pdf(result.pdf_bytes, PASSWORD))


def test_traditional_chinese_is_never_drawn_with_a_font_left_out(tmp_path: Path) -> None:
    data = _with_victim_name(fixture_data(), f"{TRADITIONAL} Trần")
    # An ordinary report uses the non-embedded fallback: it cannot be made archivable...
    ordinary = build_case_report(data, recipient=RECIPIENT, purpose=PURPOSE)
    with pikepdf.open(BytesIO(ordinary.pdf_bytes)) as pdf:
        assert unembedded_fonts(pdf) == [HAN_CID]
    with pytest.raises(PdfaError, match="STSong-Light"):
        make_pdfa(ordinary.pdf_bytes)
    # ...and a build for PDF/A never chooses it; it names the characters it cannot draw
    # rather than archive blanks where the victim's name was.
    with pytest.raises(PdfaError) as refused, archivable_build():
        build_case_report(data, recipient=RECIPIENT, purpose=PURPOSE)
    message = str(refused.value)
    assert "3 character(s)" in message
    assert all(c in message for c in TRADITIONAL) and "U+81FA" in message
    assert "ordinary PDF" in message
    # Simplified Chinese, Vietnamese, Arabic, Cyrillic: all embedded, archivable.
    fine = _with_victim_name(fixture_data(), "陈小明 Trần Thị Hương محمد Олена")
    with archivable_build():
        result = build_case_report(fine, recipient=RECIPIENT, purpose=PURPOSE)
    archivable = make_pdfa(result.pdf_bytes)
    _check_pdfa(archivable)
    assert "陈小明" in _text(archivable)


def test_the_fallback_is_left_out_only_inside_the_block() -> None:
    assert {face for line in font_runs("臺") for face, _ in line} == {HAN_CID}
    with embedded_fonts_only() as undrawable:
        assert HAN_CID not in {face for line in font_runs("臺") for face, _ in line}
    assert undrawable == {"臺"}
    assert {face for line in font_runs("臺") for face, _ in line} == {HAN_CID}


def test_the_archivable_report_looks_like_the_ordinary_one(tmp_path: Path, pdftoppm: str) -> None:
    with archivable_build():
        result = build_case_report(fixture_data(), recipient=RECIPIENT, purpose=PURPOSE)
    plain = tmp_path / "plain.pdf"
    archivable = tmp_path / "archivable.pdf"
    plain.write_bytes(result.pdf_bytes)
    archivable.write_bytes(make_pdfa(result.pdf_bytes))

    def first_page(path: Path) -> Any:
        prefix = tmp_path / path.stem
        subprocess.run(
            [pdftoppm, "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(prefix)],
            check=True,
        )
        [png] = tmp_path.glob(f"{path.stem}*.png")
        return png.read_bytes()

    assert first_page(plain) == first_page(archivable)
