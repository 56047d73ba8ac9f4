"""How fast a long case report is made, against reportlab laying out the same text bare.

"Bare" is a plain reportlab script given exactly the report's text: every paragraph of the
report's story as a plain Paragraph with the same markup and style, every table as a plain
LongTable of the same cells, in a SimpleDocTemplate with no page furniture, no fallback fonts
work, no custom flowables and no page count. The report must run at 0.8 of that speed or
better: whatever the application adds (markup, corrections, furniture) may cost at most a
quarter more.

CPU time (not wall time) and the median of alternating runs keep other processes on the
machine from deciding the result. Long: run with ``--run-slow``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Table

from msvlo_desktop.reports.case_report import ReportData, build_case_report, compose_story
from msvlo_desktop.reports.report_view import ReportView
from msvlo_desktop.services.reports import gather_report_data
from msvlo_desktop.services.training import create_training_vault

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
PASSPHRASE = "correct horse battery staple"
TARGET = 0.8


def _data(tmp_path: Path, entries: int) -> ReportData:
    vault = create_training_vault(
        tmp_path / "bench.msvlo", PASSPHRASE, now=NOW, cases=1, entries_per_case=entries
    )
    try:
        ref = vault.list_cases()[0].reference
        return gather_report_data(vault, ref, at=NOW)
    finally:
        vault.close()


def _bare_builder(data: ReportData) -> Callable[[], bytes]:
    """The report's text, ready for a bare reportlab run (made outside the timing)."""
    view = ReportView(
        data.case, data.entries, data.at, profile="full", date_from=None, date_to=None
    )
    spec: list[tuple[Any, ...]] = []
    for f in compose_story(data, view, recipient="R", purpose="P", export_id="E"):
        if isinstance(f, Paragraph):
            spec.append(("p", f.text, f.style))
        elif isinstance(f, Table):
            cells = [[(c.text, c.style) for c in row] for row in f._cellvalues]
            spec.append(("t", cells, f._argW, f.repeatRows))
        elif isinstance(f, PageBreak):
            spec.append(("b",))

    def bare() -> bytes:
        story: list[Any] = []
        for item in spec:
            if item[0] == "p":
                story.append(Paragraph(item[1], item[2]))
            elif item[0] == "t":
                rows = [[Paragraph(text, style) for text, style in row] for row in item[1]]
                story.append(LongTable(rows, colWidths=item[2], repeatRows=item[3]))
            else:
                story.append(PageBreak())
        buffer = BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build(story)
        return buffer.getvalue()

    return bare


def _ratio(data: ReportData, runs: int) -> tuple[float, float, float, int]:
    bare = _bare_builder(data)
    ours_times: list[float] = []
    bare_times: list[float] = []
    pages = 0
    for _ in range(runs):
        start = time.process_time()
        result = build_case_report(data, recipient="R", purpose="P")
        ours_times.append(time.process_time() - start)
        pages = result.pages
        start = time.process_time()
        bare()
        bare_times.append(time.process_time() - start)
    ours, plain = statistics.median(ours_times), statistics.median(bare_times)
    return plain / ours, ours, plain, pages


@pytest.mark.slow
def test_a_1000_entry_report_runs_close_to_bare_reportlab(tmp_path: Path) -> None:
    ratio, ours, plain, pages = _ratio(_data(tmp_path, 1_000), runs=7)
    print(f"1,000 entries: {pages} pages, report {ours:.2f}s, bare {plain:.2f}s, {ratio:.2f}")
    assert pages > 50
    assert ratio >= TARGET, f"report {ours:.2f}s vs bare {plain:.2f}s: {ratio:.2f}"


@pytest.mark.slow
def test_a_10000_entry_report_runs_close_to_bare_reportlab(tmp_path: Path) -> None:
    ratio, ours, plain, pages = _ratio(_data(tmp_path, 10_000), runs=3)
    print(f"10,000 entries: {pages} pages, report {ours:.2f}s, bare {plain:.2f}s, {ratio:.2f}")
    assert pages > 500
    assert ratio >= TARGET, f"report {ours:.2f}s vs bare {plain:.2f}s: {ratio:.2f}"
