"""The case report built from a fixture case held in memory (no vault): every section, the
profiles, the period, corrections, totals, compliance, scripts and page furniture."""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
import pytest
from case_report_fixture import (
    CO_VICTIM,
    CORRECTED_SENSITIVE,
    EXPORT_ID,
    NOW,
    PLACEMENT,
    PROVISION_FIELDS,
    PURPOSE,
    RECIPIENT,
    REF,
    SENSITIVE_TEXT,
    SUPPORT_WORKER,
    VICTIM,
    fixture_case,
    fixture_data,
)
from reportlab.platypus import Paragraph, Table

from msvlo_desktop.core.chain import chain_entries
from msvlo_desktop.core.entries import EntryContext, validate_entry
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.reports.case_report import (
    PROGRESS_TOTAL,
    ReportCancelled,
    ReportData,
    ReportResult,
    build_case_report,
    compose_story,
    new_export_id,
)
from msvlo_desktop.reports.page import PROTECTIVE_MARKING
from msvlo_desktop.reports.report_log import EntryParagraph
from msvlo_desktop.reports.report_view import ReportView


def build(data: ReportData | None = None, **kwargs: Any) -> ReportResult:
    options: dict[str, Any] = {
        "recipient": RECIPIENT,
        "purpose": PURPOSE,
        "export_id": EXPORT_ID,
    }
    options.update(kwargs)
    return build_case_report(data or fixture_data(), **options)


def pages_of(pdf: bytes) -> list[str]:
    return [
        unicodedata.normalize("NFC", p.extract_text()) for p in pypdf.PdfReader(BytesIO(pdf)).pages
    ]


def pdftotext_of(tool: str, pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return unicodedata.normalize("NFC", out)


def flat(text: str) -> str:
    """Words only: line breaks and repeated spaces from table cells folded away."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def full() -> ReportResult:
    return build()


@pytest.fixture(scope="module")
def disclosure() -> ReportResult:
    return build(profile="disclosure")


@pytest.fixture(scope="module")
def full_text(full: ReportResult) -> str:
    return "\n".join(pages_of(full.pdf_bytes))


@pytest.fixture(scope="module")
def disclosure_text(disclosure: ReportResult) -> str:
    return "\n".join(pages_of(disclosure.pdf_bytes))


def _cell_text(cell: Any) -> str:
    if isinstance(cell, Paragraph):
        return html.unescape(re.sub(r"<[^>]+>", " ", cell.text.replace("<br/>", "\n")))
    return str(cell)


def tables_of(story: list[Any]) -> Iterator[list[list[str]]]:
    for flowable in story:
        if isinstance(flowable, Table):
            yield [[flat(_cell_text(c)) for c in row] for row in flowable._cellvalues]


def story_of(data: ReportData, **view_options: Any) -> list[Any]:
    options: dict[str, Any] = {"profile": "full", "date_from": None, "date_to": None}
    options.update(view_options)
    view = ReportView(data.case, data.entries, data.at, **options)
    return compose_story(data, view, recipient=RECIPIENT, purpose=PURPOSE, export_id=EXPORT_ID)


# ----------------------------------------------------------------------------- furniture
def test_every_page_has_the_marking_page_numbers_export_id_and_footer(
    full: ReportResult,
) -> None:
    pages = pages_of(full.pdf_bytes)
    assert len(pages) == full.pages >= 6
    footer = f"Case {REF} · chain head {full.head[:16]}… · 19 entries"
    for number, text in enumerate(pages, start=1):
        # Top and bottom (the cover also names the marking in its handling note).
        assert text.count(PROTECTIVE_MARKING) == (3 if number == 1 else 2), number
        assert f"Page {number} of {len(pages)}" in text, number
        assert EXPORT_ID in text, number
        assert footer in text, number


def test_every_page_via_pdftotext(full: ReportResult, pdftotext: str, tmp_path: Path) -> None:
    pages = pdftotext_of(pdftotext, full.pdf_bytes, tmp_path).split("\f")[:-1]
    assert len(pages) == full.pages
    for number, text in enumerate(pages, start=1):
        assert text.count(PROTECTIVE_MARKING) == (3 if number == 1 else 2)
        assert f"Page {number} of {full.pages}" in text


def test_cover_names_the_case_victim_recipient_purpose_and_full_head(
    full: ReportResult, full_text: str
) -> None:
    cover = flat(pages_of(full.pdf_bytes)[0])
    for expected in (
        "Case report",
        REF,
        "CR-12345-26",
        VICTIM,
        "V1",
        "PC 1234 A. Smith, Example Constabulary",
        "DI 1150 C. Murray, Example Constabulary",  # the lead investigator from the contacts
        RECIPIENT,
        PURPOSE,
        EXPORT_ID,
        "20/11/2026 12:00 (UK time)",
        "The whole case: 29/06/2026 to 21/08/2026.",
        "19 entries in the case's log",
        "Full: the whole record",
    ):
        assert expected in cover, expected
    # The full head on the cover (mono, may wrap): every character, in order.
    assert full.head in re.sub(r"\s", "", pages_of(full.pdf_bytes)[0])
    assert len(full.head) == 64


def test_result_describes_the_report(full: ReportResult) -> None:
    _, entries = fixture_case()
    assert full.head == entries[-1].hash
    assert full.entry_count == 19
    assert full.entries_shown == 19
    assert full.withheld_count == 0
    assert full.reference == REF
    assert full.profile == "full"
    assert full.recipient == RECIPIENT
    assert full.purpose == PURPOSE
    assert full.produced_at == NOW
    assert full.pdf_bytes.startswith(b"%PDF-")


def test_metadata_names_the_case_and_author(full: ReportResult) -> None:
    meta = pypdf.PdfReader(BytesIO(full.pdf_bytes)).metadata
    assert meta is not None
    assert meta.title == f"Case report {REF}"
    assert meta.author == "PC 1234 A. Smith, Example Constabulary"


# ----------------------------------------------------------------------------- the log
def test_every_entry_is_in_the_log_in_order(full_text: str) -> None:
    _, entries = fixture_case()
    labels = {
        "interaction": "Interaction",
        "provision": "Provision",
        "correction": "Correction",
        "investigation_event": "Investigation event",
        "victim_update": "Victim update",
        "referral": "Referral",
        "note": "Note",
        "nrm_decision": "NRM decision",
        "spoc_change": "SPOC change",
        "exit_strategy": "Exit strategy",
    }
    log = full_text[full_text.index("2 Chronological log\nEvery") :]
    position = 0
    for e in entries:
        heading = f"{e.seq} · {labels[e.type]} · "
        found = log.find(heading, position)
        assert found >= 0, heading
        position = found + len(heading)


def test_times_are_uk_format_in_london_time(full_text: str) -> None:
    # The arrest happened at 23:30 UTC on 1 July: 00:30 on 2 July in London.
    assert "5 · Investigation event · 02/07/2026 00:30" in full_text
    assert "Recorded 02/07/2026 01:30 by PC 1234 A. Smith" in full_text


def test_every_field_is_shown_with_its_label(full_text: str) -> None:
    text = flat(full_text)
    for expected in (
        "Mode: Face to face",
        f"Summary: First meeting at the station. V1 named {CO_VICTIM} as held with her.",
        "Interpreter: Trần Văn Minh (language: vi)",
        "Actions completed: Basic needs assessed (health, welfare, food, clothing); "
        "Risk assessment carried out",
        "Need it answers: V1 had nothing but the clothes she wore.",
        "Explained as unconditional: Yes",
        "Events this update covers: entry 5 (Suspect arrested, 02/07/2026)",
        "Reason the update was late: V1 was in hospital and could not take calls.",
        "Consent was written: Yes",
        "New SPOC: DC 4521 J. Okafor, Example Constabulary, 01632 960002",
        "Review on: 01/10/2026",
    ):
        assert expected in text, expected


def test_late_entries_are_marked_with_the_delay(full_text: str) -> None:
    assert "LATE ENTRY (recorded 3 days after)" in full_text
    assert full_text.count("LATE ENTRY (recorded") == 1


def test_a_correction_shows_the_original_the_change_and_the_reason(full_text: str) -> None:
    text = flat(full_text)
    assert "Value (£): £85.00" in text  # the original, kept visible
    assert "CORRECTED by entry 4 on 01/07/2026: Value mistyped: the receipt shows £58.00" in text
    assert "Corrects: entry 3 (Provision, 30/06/2026)" in text
    assert (
        "Reason for the correction: Value mistyped: the receipt shows £58.00, not £85.00." in text
    )
    assert "Value (£): £85.00 → £58.00" in text


def test_the_original_is_struck_through_and_the_correction_is_not() -> None:
    story = story_of(fixture_data())
    entries = {
        p.text.split(" · ")[0].removeprefix("<b>"): p.text
        for p in story
        if isinstance(p, EntryParagraph)
    }
    original, correction, untouched = entries["3"], entries["4"], entries["2"]
    assert "<strike><b>Value (£):</b> £85.00</strike>" in original
    assert "<strike><b>Need it answers:</b>" in original
    assert "<strike>" not in untouched
    # In the correction only the old value is struck; the new one is plain.
    assert "<strike>£85.00</strike></font> → £58.00" in correction


def test_a_correction_of_a_correction_compares_with_the_version_before_it() -> None:
    case, entries = fixture_case()
    ctx = EntryContext(
        now=NOW, victim=case.victim, opened_on=case.opened_on, existing={e.id: e for e in entries}
    )
    again = validate_entry(
        {
            "id": "e20",
            "type": "correction",
            "occurred_at": "2026-08-22T10:00:00+00:00",
            "recorded_at": "2026-08-22T11:00:00+00:00",
            "author": "PC 1234 A. Smith",
            "corrects": "e4",
            "reason": "The receipt was for two coats.",
            "replacement": {
                "category": "clothing",
                "description": "Coat and shoes",
                "quantity": 2,
                "value_gbp": "58.00",
                "supplier": "Exampleton Retail Park",
                **PROVISION_FIELDS,
            },
        },
        ctx,
        imported=True,
    )
    log = chain_entries(REF, [*entries, again])
    data = ReportData.from_log(case, log, officer="PC 1234", training=False, at=NOW)
    text = flat("\n".join(pages_of(build(data).pdf_bytes)))
    assert "Quantity: 1 → 2" in text
    assert "Clothing 1 2 £58.00" in text  # totals count the items, not only the entries
    assert "All provisions 4 5 £79.13" in text
    assert "Superseded by entry 20." in text
    assert "CORRECTED by entries 4 and 20 on 22/08/2026: The receipt was for two coats." in text


# ----------------------------------------------------------------------------- summary
def test_summary_shows_victim_rights_contacts_nrm_referrals_exit_and_checklists(
    full_text: str,
) -> None:
    text = flat(full_text)
    for expected in (
        "Name Nguyễn Thị Hương",
        "Date of birth Not known; claimed age 24 when the case opened",
        "Child No",
        "Nationality Viet Nam (VN)",
        "Interpreter Required",
        "Safe contact (sensitive) Phone call: 07700 900123. after 6pm only",
        f"Placement address (sensitive) {PLACEMENT}",
        "Enhanced rights Yes: Victim of the most serious crime",
        "Updates agreed Every 14 days, by phone call",
        "Current SPOC: DC 4521 J. Okafor (Example Constabulary, 01632 960002), since 10/08/2026",
        SUPPORT_WORKER,
        "SPOC change, entry 17; victim informed: yes",
        "NRM referral 02/07/2026 Consent: yes; written consent: yes",
        "Reasonable grounds (RG) decision 08/07/2026 Positive",
        "Recovery period from 08/07/2026 At least 30 calendar days",
        "CG decision not before 07/08/2026 awaited",
        "Current status: Drafted (entry 18, 20/08/2026). Not yet agreed with the lead "
        "investigator. Next review: 01/10/2026.",
        "Initial actions (APP):",
        "Basic needs assessment Done entry 1",
    ):
        assert expected in text, expected


def test_the_spoc_history_ends_the_first_spoc_on_the_day_of_the_change() -> None:
    rows = [r for t in tables_of(story_of(fixture_data())) for r in t]
    spoc_rows = [r for r in rows if r[0] == "Single point of contact (SPOC)"]
    assert spoc_rows[0][1].startswith("PC 1234 A. Smith")
    assert spoc_rows[0][3:5] == ["29/06/2026", "10/08/2026"]
    assert spoc_rows[1][1].startswith("DC 4521 J. Okafor")
    assert spoc_rows[1][3:5] == ["10/08/2026", "current"]


# ----------------------------------------------------------------------------- provisions
def test_provisions_are_listed_as_corrected_with_totals_to_the_penny() -> None:
    tables = list(tables_of(story_of(fixture_data())))
    schedule = next(t for t in tables if t[0][:2] == ["No. / date", "Provision"])
    assert [row[0].split()[0] for row in schedule[1:]] == ["2", "3", "13", "14"]
    coat = schedule[2]
    assert coat[4] == "£58.00 £85.00 see entry 4"  # the old value struck through:
    raw = next(
        f
        for f in story_of(fixture_data())
        if isinstance(f, Table) and _cell_text(f._cellvalues[0][0]) == "No. / date"
    )
    assert "<strike>£85.00</strike>" in raw._cellvalues[2][4].text
    assert coat[2].startswith("Need: V1 had nothing but the clothes she wore. Justification:")
    assert coat[3] == "PS 1877 K. Doyle Explained as unconditional: yes"
    assert schedule[0][4] == "Value (total)"  # a provision's value is for all its items
    totals = next(t for t in tables if t[0] == ["Category", "Provisions", "Quantity", "Value"])
    assert totals[1:] == [
        ["Food", "1", "1", "£7.80"],
        ["Drink", "1", "1", "£0.99"],
        ["Clothing", "1", "1", "£58.00"],
        ["Transport", "1", "1", "£12.34"],
        ["All provisions", "4", "4", "£79.13"],
    ]


def test_provision_totals_in_the_pdf(full_text: str) -> None:
    assert "All provisions 4 4 £79.13" in flat(full_text)


# ----------------------------------------------------------------------------- compliance
def _compliance(data: ReportData, **view_options: Any) -> dict[str, list[str]]:
    tables = list(tables_of(story_of(data, **view_options)))
    table = next(t for t in tables if t[0][0] == "Obligation")
    return {f"{row[0]} | {row[1]}": row for row in table[1:]}


def test_victims_code_statuses_are_right() -> None:
    rows = _compliance(fixture_data())
    arrest = rows["Tell the victim about the arrest | Suspect arrested, 02/07/2026 (entry 5)"]
    assert arrest[2:5] == ["03/07/2026 23:59", "03/07/2026 11:00 entry 6", "Met on time"]
    charged = rows[
        "Tell the victim the suspect was charged | Suspect charged, 13/07/2026 (entry 10)"
    ]
    assert charged[2:5] == [
        "14/07/2026 23:59",
        "16/07/2026 11:00 entry 11",
        "LATE by 2 working days",
    ]
    assert charged[5] == "Late reason: V1 was in hospital and could not take calls."
    bail = rows[
        "Tell the victim the suspect was released on bail | "
        "Suspect released on police bail, 03/08/2026 (entry 16)"
    ]
    assert bail[2] == "04/08/2026 23:59"
    assert bail[3] == "-"
    assert bail[4].startswith("OUTSTANDING: overdue by ")
    support = rows["Refer the victim to support services | Crime reported, 29/06/2026"]
    assert support[4].startswith("OUTSTANDING: overdue by ")
    rg = next(v for k, v in rows.items() if k.startswith("Reasonable grounds decision expected"))
    assert rg[4] == "Decision within the target"
    cg = next(v for k, v in rows.items() if k.startswith("Conclusive grounds decision"))
    assert cg[2:5] == ["Not before 07/08/2026", "-", "Awaited"]
    review = rows["Review the exit strategy | Exit strategy logged, 20/08/2026 (entry 18)"]
    assert review[4].startswith("OUTSTANDING: overdue by ")


def test_compliance_summary_counts_in_the_pdf(full_text: str) -> None:
    assert "Met on time" in full_text
    text = flat(full_text)
    summary = re.search(r"(\d+) obligations: (\d+) met on time, (\d+) met late", text)
    assert summary is not None
    assert int(summary.group(2)) >= 2 and int(summary.group(3)) >= 1


# ----------------------------------------------------------------------------- scripts
def test_vietnamese_and_cyrillic_names_copy_out_exactly(full_text: str) -> None:
    for name in (VICTIM, CO_VICTIM, SUPPORT_WORKER, "Trần Văn Minh"):
        assert unicodedata.normalize("NFC", name) in full_text


def test_names_copy_out_exactly_via_pdftotext(
    full: ReportResult, pdftotext: str, tmp_path: Path
) -> None:
    text = pdftotext_of(pdftotext, full.pdf_bytes, tmp_path)
    for name in (VICTIM, CO_VICTIM, SUPPORT_WORKER):
        assert name in text


# ----------------------------------------------------------------------------- disclosure
_NUMBER_FORMS = ("+447700900123", "07700 900123", "07700900123", "7700900123", "900123")


def test_disclosure_withholds_sensitive_entries_and_their_corrections(
    disclosure: ReportResult, disclosure_text: str
) -> None:
    assert disclosure.withheld_count == 2  # the sensitive note and the correction of it
    assert disclosure.entries_shown == 17
    for secret in (SENSITIVE_TEXT, CORRECTED_SENSITIVE, "Quarry Lane", "Wrong flat number"):
        assert secret not in disclosure_text, secret
    text = flat(disclosure_text)
    assert "Entry 8: withheld from this copy." in text
    assert "Entry 19: withheld from this copy." in text
    assert "2 entries are withheld from this copy because they are marked sensitive" in text
    assert "sensitive unused material schedule (MG6D)" in text


def test_disclosure_withholds_the_safe_contact_number_and_placement_address(
    disclosure_text: str,
) -> None:
    digits_only = re.sub(r"\D", "", disclosure_text)
    assert "7700900123" not in digits_only
    for form in _NUMBER_FORMS:
        assert form not in disclosure_text, form
    assert PLACEMENT not in disclosure_text
    assert "EX4 7QT" not in disclosure_text
    text = flat(disclosure_text)
    assert "Safe contact Withheld from this copy" in text
    assert "Placement address Withheld from this copy" in text
    # A non-sensitive entry that quoted the number keeps its words, less the number.
    assert "Checked the safe number [withheld] still works; it does." in text


def test_the_full_profile_does_show_them(full_text: str) -> None:
    assert SENSITIVE_TEXT in full_text
    assert "07700 900123" in full_text
    assert "SENSITIVE (sensitive schedule, MG6D)" in full_text


def test_disclosure_cover_says_so(disclosure: ReportResult) -> None:
    cover = flat(pages_of(disclosure.pdf_bytes)[0])
    assert "Disclosure: entries marked sensitive" in cover
    assert "2 entries withheld from this copy" in cover


def test_a_correction_that_marks_an_entry_sensitive_withholds_the_original_too() -> None:
    case, entries = fixture_case()
    ctx = EntryContext(
        now=NOW, victim=case.victim, opened_on=case.opened_on, existing={e.id: e for e in entries}
    )
    marking = validate_entry(
        {
            "id": "e20",
            "type": "correction",
            "occurred_at": "2026-08-22T10:00:00+00:00",
            "recorded_at": "2026-08-22T11:00:00+00:00",
            "author": "PC 1234 A. Smith",
            "corrects": "e15",
            "reason": "Reveals where the victim lives.",
            "replacement": {"mode": "video", "summary": "Video call.", "sensitive": True},
        },
        ctx,
        imported=True,
    )
    log = chain_entries(REF, [*entries, marking])
    view = ReportView(case, log, NOW, profile="disclosure", date_from=None, date_to=None)
    assert {"e8", "e19", "e15", "e20"} == set(view.withheld)


# ----------------------------------------------------------------------------- the period
def test_a_period_narrows_the_log_provisions_and_compliance() -> None:
    data = fixture_data()
    # London days: the arrest at 23:30 UTC on 1 July falls on 2 July.
    result = build(data, date_from=date(2026, 7, 2), date_to=date(2026, 7, 21))
    text = flat("\n".join(pages_of(result.pdf_bytes)))
    log = text[text.index("2 Chronological log Every") : text.index("3 Provisions schedule Every")]
    shown = [int(n) for n in re.findall(r"(\d+) · [A-Z][a-zA-Z ]+ · \d\d/", log)]
    assert shown == [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
    assert result.entries_shown == 10
    assert "Period: 02/07/2026 to 21/07/2026. 10 entries of 19 occurred in it." in log
    assert "All provisions 2 2 £13.33" in text
    cover = flat(pages_of(result.pdf_bytes)[0])
    assert "02/07/2026 to 21/07/2026. The log, the provisions schedule and the compliance" in cover
    rows = _compliance(data, date_from=date(2026, 7, 2), date_to=date(2026, 7, 21))
    assert all("03/08/2026" not in key for key in rows)  # the bail event is due later
    assert any(key.startswith("Tell the victim about the arrest") for key in rows)
    # The summary still covers the whole case.
    assert "Current SPOC: DC 4521 J. Okafor" in text


def test_a_correction_in_the_period_of_an_original_before_it_shows_the_change() -> None:
    result = build(date_from=date(2026, 7, 1), date_to=date(2026, 7, 1))
    text = flat("\n".join(pages_of(result.pdf_bytes)))
    assert "Value (£): £85.00 → £58.00" in text
    assert "3 · Provision" not in text


def test_an_empty_period_says_so() -> None:
    text = flat(
        "\n".join(pages_of(build(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31)).pdf_bytes))
    )
    assert "No entries occurred in this period." in text
    assert "No obligations fall due in this period." in text
    assert "All provisions 0 0 £0.00" in text


# ----------------------------------------------------------------------------- requests
@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"recipient": "  "}, "recipient"),
        ({"purpose": ""}, "purpose"),
        ({"profile": "everything"}, "profile"),
        ({"date_from": date(2026, 8, 1), "date_to": date(2026, 7, 1)}, "date_to"),
    ],
)
def test_a_bad_request_is_refused_with_the_field_named(options: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        build(**options)
    assert info.value.for_field(field)


def test_export_ids_are_dated_and_unique() -> None:
    first, second = new_export_id(NOW), new_export_id(NOW)
    assert first != second
    assert re.fullmatch(r"EXP-20261120-[0-9A-F]{8}", first)


def test_training_reports_are_marked_on_every_page() -> None:
    result = build(fixture_data(training=True))
    pages = pages_of(result.pdf_bytes)
    assert all("TRAINING" in text for text in pages)
    assert "Every person and event in it is fictional." in flat(pages[0])


def test_progress_rises_to_the_total_and_cancel_stops_the_build() -> None:
    seen: list[int] = []
    build(progress=lambda done, total: seen.append(done) if total == PROGRESS_TOTAL else None)
    assert seen == sorted(seen)
    assert seen[0] <= PROGRESS_TOTAL // 10
    assert seen[-1] == PROGRESS_TOTAL
    assert len(seen) >= 4

    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 3  # part-way through

    with pytest.raises(ReportCancelled):
        build(cancel=cancel)


def test_a_report_without_entries_still_has_every_section() -> None:
    case, _ = fixture_case()
    data = ReportData.from_log(case, [], officer="PC 1234", training=False, at=NOW)
    text = flat("\n".join(pages_of(build(data).pdf_bytes)))
    for heading in (
        "1 Summary",
        "2 Chronological log",
        "3 Provisions schedule",
        "4 Victims' Code compliance",
    ):
        assert heading in text
    assert "The whole case (no entries yet)." in text
    assert "No NRM referral or Duty to Notify is recorded." in text


def test_qpdf_finds_no_errors(full: ReportResult, qpdf: str, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(full.pdf_bytes)
    check = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors found" in check.stdout
