"""Whole documents: page furniture on every page, metadata, text that copies back out."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
import pytest
from reportlab.platypus import Flowable, PageBreak

from msvlo_desktop.reports import build_pdf, data_table, house_styles, para

NAMES = [
    "Nguyễn Thị Hương",
    "Олександр Коваленко",
    "Γιώργος Παπαδόπουλος",
    "Łukasz Wróbel",
    "Ștefan Țîrlea",
    "Arbër Çela",
]
ARABIC = "محمد"
TIGRINYA = "ሰላም"
FOOTER = "Chain head 3fa9c2d1e4b7… · 128 entries"
EXPORT_ID = "EXP-20260324-0001"
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _copied_rtl(text: str) -> str:
    """What a reader gets from copied Arabic: presentation forms folded back to letters."""
    return unicodedata.normalize("NFKC", _BIDI_CONTROLS.sub("", text))


def _story() -> list[Flowable]:
    styles = house_styles()
    story: list[Flowable] = [para("Case report", styles.title), para("People", styles.h1)]
    story += [para(f"Name: {name}", styles.body) for name in NAMES]
    story.append(PageBreak())
    story.append(para(f"Arabic: {ARABIC}", styles.body))
    story.append(para(f"Tigrinya: {TIGRINYA}", styles.body))
    story.append(PageBreak())
    story += [para(f"Filler paragraph {i} " + "lorem ipsum " * 12, styles.body) for i in range(80)]
    return story


def _build(story: list[Flowable] | None = None, **overrides: Any) -> bytes:
    kwargs: dict[str, Any] = {
        "title": "Case report MS-2026-0142",
        "export_id": EXPORT_ID,
        "footer_text": FOOTER,
        "training": False,
        "author": "PC 1234 Smith",
        "subject": "MSVLO case report",
    }
    kwargs.update(overrides)
    return build_pdf(_story() if story is None else story, **kwargs)


@pytest.fixture(scope="module")
def report() -> bytes:
    return _build()


@pytest.fixture(scope="module")
def report_path(report: bytes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    # A test artefact for the command-line tools; the library itself never writes files.
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    path.write_bytes(report)
    return path


def _pypdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(BytesIO(pdf)).pages]


def _pdftotext_pages(tool: str, path: Path) -> list[str]:
    out = subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    # pdftotext ends every page with a form feed.
    return out.split("\f")[:-1]


def _fonts_drawn(page: Any) -> set[str]:
    """BaseFont names of the fonts the page's content stream selects with Tf.

    Not the page's /Resources: reportlab gives every page the same font dictionary.
    """
    fonts = page["/Resources"]["/Font"]
    content = page.get_contents().get_data().decode("latin-1")
    keys = set(re.findall(r"(/[^\s/]+) [\d.]+ Tf", content))
    return {str(fonts[key]["/BaseFont"]) for key in keys}


def _check_furniture(pages: list[str]) -> None:
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert text.count("OFFICIAL-SENSITIVE") == 2, f"page {number}"
        assert f"Page {number} of {total}" in text, f"page {number}"
        assert EXPORT_ID in text
        assert _nfc(FOOTER) in _nfc(text)


def test_every_page_has_marking_numbering_and_footer_via_pypdf(report: bytes) -> None:
    _check_furniture(_pypdf_pages(report))


def test_every_page_has_marking_numbering_and_footer_via_pdftotext(
    report_path: Path, pdftotext: str
) -> None:
    _check_furniture(_pdftotext_pages(pdftotext, report_path))


def test_names_copy_out_exactly_via_pypdf(report: bytes) -> None:
    first = _nfc(_pypdf_pages(report)[0])
    for name in NAMES:
        assert f"Name: {_nfc(name)}" in first


def test_names_copy_out_exactly_via_pdftotext(report_path: Path, pdftotext: str) -> None:
    first = _nfc(_pdftotext_pages(pdftotext, report_path)[0])
    for name in NAMES:
        assert f"Name: {_nfc(name)}" in first


def test_arabic_and_tigrinya_use_the_fallback_fonts(report: bytes) -> None:
    reader = pypdf.PdfReader(BytesIO(report))
    fonts = _fonts_drawn(reader.pages[1])
    assert any(f.endswith("+NotoSansArabic-Regular") for f in fonts), fonts
    assert any(f.endswith("+NotoSansEthiopic-Regular") for f in fonts), fonts
    # The Latin-only first page needs neither.
    assert not any("Noto" in f for f in _fonts_drawn(reader.pages[0]))


def test_arabic_and_tigrinya_copy_out_via_pypdf(report: bytes) -> None:
    text = _pypdf_pages(report)[1]
    assert f"Tigrinya: {TIGRINYA}" in text
    # pypdf returns Arabic in reading order, as presentation forms (ﻣﺤﻤﺪ); NFKC folds them
    # back to the letters that were typed.
    assert f"Arabic: {ARABIC}" in _copied_rtl(text)


def test_arabic_and_tigrinya_copy_out_via_pdftotext(report_path: Path, pdftotext: str) -> None:
    text = _pdftotext_pages(pdftotext, report_path)[1]
    assert f"Tigrinya: {TIGRINYA}" in text
    # pdftotext also gives reading order and presentation forms, wrapping the right-to-left
    # run in embedding controls (U+202B ... U+202C).
    assert ARABIC in _copied_rtl(text)


def test_all_fonts_are_embedded(report: bytes) -> None:
    page: Any
    for page in pypdf.PdfReader(BytesIO(report)).pages:
        fonts: Any = page["/Resources"]["/Font"]
        for key in fonts:
            font: Any = fonts[key].get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


def test_metadata(report: bytes) -> None:
    meta = pypdf.PdfReader(BytesIO(report)).metadata
    assert meta is not None
    assert meta.title == "Case report MS-2026-0142"
    assert meta.author == "PC 1234 Smith"
    assert meta.subject == "MSVLO case report"
    assert meta.producer == "MSVLO Desktop"
    assert meta.creator == "MSVLO Desktop"


def test_training_mark_only_on_training_reports(report: bytes) -> None:
    assert not any("TRAINING" in text for text in _pypdf_pages(report))
    story = [para("Practice case", house_styles().body)]
    training = _pypdf_pages(_build(story, training=True))
    assert all("TRAINING" in text for text in training)


def test_story_is_not_consumed() -> None:
    story = _story()
    before = list(story)
    _build(story)
    assert story == before


def test_empty_story_still_makes_a_marked_page() -> None:
    pages = _pypdf_pages(_build([]))
    assert len(pages) == 1
    assert pages[0].count("OFFICIAL-SENSITIVE") == 2
    assert "Page 1 of 1" in pages[0]


def test_overlong_footer_is_cut_with_an_ellipsis() -> None:
    long_footer = "Chain head " + "ab" * 200
    text = _pypdf_pages(_build([], footer_text=long_footer))[0]
    line = next(line for line in text.splitlines() if line.startswith("Chain head"))
    assert line.endswith("…")
    assert len(line) < len(long_footer)


def test_table_repeats_its_header_and_splits_an_oversized_row() -> None:
    styles = house_styles()
    rows = [[str(i), NAMES[i % len(NAMES)], "note " * 6] for i in range(70)]
    rows[8][2] = "A very long account. " * 400  # taller than a page on its own
    story = [para("Entries", styles.h1), data_table(["Seq", "Author", "Entry"], rows)]
    pages = _pypdf_pages(_build(story))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        # The header row appears once on every page: not missing, and not repeated
        # half-way down a page above the oversized row.
        assert len(re.findall(r"Seq\s+Author\s+Entry", text)) == 1, f"page {number}"
    everything = _nfc("\n".join(pages))
    for i in range(70):
        assert re.search(rf"\b{i}\s+{_nfc(NAMES[i % len(NAMES)])}", everything), f"row {i}"


def test_pages_render(report_path: Path, pdftoppm: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [pdftoppm, "-png", "-r", "30", str(report_path), str(tmp_path / "page")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(list(tmp_path.glob("page-*.png"))) == len(_pypdf_pages(report_path.read_bytes()))
