"""Probes of the vault and its services, with no window: saving, searching, the Today view,
verification and the PDF report. Each is called by ``benchmarks.probe`` in its own process.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

from benchmarks.generate import NOW, PASSPHRASE
from benchmarks.probe import (
    SLOW_REPEAT,
    SLOW_SECONDS,
    Probe,
    Result,
    max_rss_bytes,
    timed,
    traced_peak,
)
from msvlo_desktop.core.values import iso
from msvlo_desktop.storage.rows import stored_case
from msvlo_desktop.storage.search import fts_query
from msvlo_desktop.storage.vault import Vault

# Realistic searches: common words that match most of a long log, rarer ones, phrases and
# names. Every one is typed as an officer types it.
QUERIES = (
    "welfare",
    "GP appointment",
    "bail",
    "Witness Care Unit",
    "phone credit",
    "interpreter",
    "SARC",
    "Hughes",
)


def open_vault(path: str, anchor_dir: str) -> Vault:
    return Vault.open(Path(path), PASSPHRASE, clock=lambda: NOW, anchor_dir=anchor_dir)


def _middle_open_case(vault: Vault) -> str:
    refs = [c.reference for c in vault.list_cases() if c.status == "open"]
    return refs[len(refs) // 2]


def _interaction(i: int) -> dict[str, Any]:
    return {
        "type": "interaction",
        "mode": "phone",
        "summary": f"Benchmark welfare call {i}: no new concerns; next call agreed.",
        "occurred_at": iso(NOW - timedelta(minutes=30)),
    }


# ---------------------------------------------------------------------- saving an entry
def save_entry(path: str, anchor_dir: str, saves: int, trace: bool) -> Result:
    """``saves`` entries added one by one to an open case, each its own transaction with the
    vault's durability (WAL, synchronous FULL) and the anchor update that follows."""
    vault = open_vault(path, anchor_dir)
    ref = _middle_open_case(vault)
    counter = iter(range(10**9))

    def one() -> None:
        vault.add_entry(ref, _interaction(next(counter)))

    with_anchor = timed(one, saves, trace=False)
    # The same saves with the anchor left alone, to show what the anchor's write costs.
    anchor, vault.anchor = vault.anchor, None
    without_anchor = timed(one, saves, trace=False, warmup=False)
    vault.anchor = anchor
    anchor_only: list[float] = []
    for _ in range(min(saves, 20)):
        t0 = time.perf_counter()
        vault.record_anchor(force=True)
        anchor_only.append(time.perf_counter() - t0)
    out: Result = {
        **with_anchor,
        "extra": {
            "case": ref,
            "entries_in_case": vault.entry_count(ref),
            "without_anchor": without_anchor["times"],
            "anchor_write_only": anchor_only,
            "anchor_error": vault.anchor_error,
        },
    }
    out["rss"] = max_rss_bytes()
    if trace:
        out["heap_peak"] = traced_peak(one)
    vault.close()
    return out


# ---------------------------------------------------------------------- search
def search(path: str, anchor_dir: str, repeat: int, trace: bool) -> Result:
    """Every query of :data:`QUERIES`, ``repeat`` times, through ``Vault.search`` (which
    records each search in the audit log, as the window's search does)."""
    vault = open_vault(path, anchor_dir)
    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    hits: dict[str, int] = {}
    times: list[float] = []
    cpu: list[float] = []
    t0 = time.perf_counter()
    for q in QUERIES:
        vault.search(q)
    first = time.perf_counter() - t0
    for _ in range(repeat):
        for q in QUERIES:
            c0, t0 = time.process_time(), time.perf_counter()
            found = vault.search(q)
            elapsed = time.perf_counter() - t0
            cpu.append(time.process_time() - c0)
            times.append(elapsed)
            per_query[q].append(elapsed)
            hits[q] = len(found)
    matches = {
        q: int(
            vault.conn.execute(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (fts_query(q),)
            ).fetchone()[0]
        )
        for q in QUERIES
    }
    out: Result = {
        "times": times,
        "cpu": cpu,
        "first": first,
        "rss": max_rss_bytes(),
        "extra": {"per_query": per_query, "shown": hits, "matches": matches},
    }
    if trace:
        out["heap_peak"] = traced_peak(lambda: [vault.search(q) for q in QUERIES[:1]])
    vault.close()
    return out


# ---------------------------------------------------------------------- the Today view
def today(path: str, anchor_dir: str, repeat: int, trace: bool) -> Result:
    """``compute_today`` as the Today view's worker runs it (after unlocking, after every
    save, every ten minutes): each open case's pending obligations from the digests kept in
    the vault (storage/digest.py), a log read only where the case changed. The untimed first
    run is a first pass with no digest kept (as after the upgrade: every log read as the
    engine reads it); the timed runs are the steady state, every digest kept. The extras
    time a pass after one save, and one in a new session (digests kept in the vault, none
    read yet in the process)."""
    from msvlo_desktop.core.obligations import case_obligations, default_calendar
    from msvlo_desktop.services.today import compute_today
    from msvlo_desktop.storage import digest

    vault = open_vault(path, anchor_dir)
    digest.forget(vault)
    result: list[Any] = []

    def run() -> None:
        result[:] = [compute_today(vault, NOW)]

    out = timed(run, repeat, trace=trace)
    ref = _middle_open_case(vault)
    after_save: list[float] = []
    for i in range(3):
        vault.add_entry(ref, _interaction(i))
        t0 = time.perf_counter()
        run()
        after_save.append(time.perf_counter() - t0)
    new_session: list[float] = []
    for _ in range(3):
        digest._KEPT.pop(vault, None)
        t0 = time.perf_counter()
        run()
        new_session.append(time.perf_counter() - t0)
    # Where a first pass's time goes: each log read as the engine reads it, then the engine.
    cal = default_calendar()
    read = engine = 0.0
    entries_read = 0
    for case_id, count, header, status, closed_at in vault.conn.execute(
        "SELECT id, entry_count, header, status, closed_at FROM cases WHERE status = 'open'"
    ).fetchall():
        t0 = time.perf_counter()
        case = stored_case(header, status, closed_at)
        entries = digest._engine_entries(vault, case_id, count, case, NOW)
        t1 = time.perf_counter()
        case_obligations(case, entries, NOW, calendar=cal)
        t2 = time.perf_counter()
        read += t1 - t0
        engine += t2 - t1
        entries_read += len(entries)
    out["extra"] = {
        "open_cases": result[0].cases,
        "lines": len(result[0].lines),
        "entries_read": entries_read,
        "read_seconds": read,
        "engine_seconds": engine,
        "first_pass_seconds": out.get("first"),
        "after_save_seconds": after_save,
        "new_session_seconds": new_session,
    }
    vault.close()
    return out


def next_due(path: str, anchor_dir: str, repeat: int, trace: bool) -> Result:
    """The case list's "next due" column for every case (``compute_next_due``): the window
    takes it from the Today view's pass; this is the same pass on its own. The untimed first
    run starts with no digest kept; the timed runs are the steady state."""
    from msvlo_desktop.services.next_due import compute_next_due
    from msvlo_desktop.storage import digest

    vault = open_vault(path, anchor_dir)
    digest.forget(vault)
    refs = [c.reference for c in vault.list_cases()]
    out = timed(lambda: compute_next_due(vault, refs, NOW), repeat, trace=trace)
    vault.close()
    return out


# ---------------------------------------------------------------------- verification
def verify(path: str, anchor_dir: str, repeat: int, trace: bool) -> Result:
    """``Vault.verify``: page authentication, SQLite integrity, every chain, the audit chain."""
    vault = open_vault(path, anchor_dir)
    results: list[Any] = []

    def run() -> None:
        results[:] = [vault.verify()]

    out = timed(run, repeat, trace=trace)
    size = sum(
        Path(str(path) + suffix).stat().st_size
        for suffix in ("", "-wal")
        if Path(str(path) + suffix).exists()
    )
    out["extra"] = {
        "bytes": size,
        "ok": results[0].ok,
        "problems": list(results[0].problems)[:3],
        "entries": results[0].entries,
    }
    vault.close()
    return out


# ---------------------------------------------------------------------- backup
def backup(path: str, anchor_dir: str, repeat: int, trace: bool) -> Result:
    """``Vault.backup``: a consistent encrypted copy, written and flushed (then removed)."""
    vault = open_vault(path, anchor_dir)
    folder = Path(tempfile.mkdtemp(prefix="backup-", dir=Path(path).parent))
    counter = iter(range(10**9))

    def run() -> None:
        target = vault.backup(folder / f"copy-{next(counter)}.msvlo")
        target.unlink()

    try:
        out = timed(run, repeat, trace=trace, warmup=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    out["extra"] = {"bytes": Path(path).stat().st_size}
    vault.close()
    return out


# ---------------------------------------------------------------------- the PDF report
def _bare_builder(data: Any) -> Callable[[], bytes]:
    """The report's own text for a bare reportlab run, prepared outside the timing: every
    paragraph of the report's story as a plain Paragraph with the same markup and style (so
    the same fonts), every table as a plain LongTable of the same cells, in a
    SimpleDocTemplate: no page furniture, no custom flowables, no page count. The same
    definition as tests/reports/test_case_report_speed.py."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Table

    from msvlo_desktop.reports.case_report import compose_story
    from msvlo_desktop.reports.report_view import ReportView

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


def _pdf_pages(pdf: bytes) -> int:
    import pikepdf

    with pikepdf.open(BytesIO(pdf)) as doc:
        return len(doc.pages)


def report(path: str, anchor_dir: str, entries: int, repeat: int, trace: bool) -> Result:
    """``build_case_report`` of the first case with ``entries`` entries, against bare
    reportlab laying out the same text, in alternating runs."""
    from msvlo_desktop.reports.case_report import build_case_report
    from msvlo_desktop.services.reports import export_case_report, gather_report_data

    vault = open_vault(path, anchor_dir)
    ref = max(vault.list_cases(), key=lambda c: c.entry_count).reference
    t0 = time.perf_counter()
    data = gather_report_data(vault, ref, at=NOW)
    gather = time.perf_counter() - t0
    bare = _bare_builder(data)
    ours_wall: list[float] = []
    ours_cpu: list[float] = []
    bare_wall: list[float] = []
    bare_cpu: list[float] = []
    pages = bare_pages = 0
    runs = 0
    while runs < repeat:
        runs += 1
        c0, t0 = time.process_time(), time.perf_counter()
        result = build_case_report(data, recipient="R", purpose="P")
        ours_wall.append(time.perf_counter() - t0)
        ours_cpu.append(time.process_time() - c0)
        pages = result.pages
        c0, t0 = time.process_time(), time.perf_counter()
        pdf = bare()
        bare_wall.append(time.perf_counter() - t0)
        bare_cpu.append(time.process_time() - c0)
        bare_pages = _pdf_pages(pdf)
        if ours_wall[0] > SLOW_SECONDS:
            repeat = min(repeat, SLOW_REPEAT)
    rss = max_rss_bytes()
    # The whole export as the window runs it: read, build, encrypt (AES-256), write, audit.
    folder = Path(tempfile.mkdtemp(prefix="report-"))
    try:
        t0 = time.perf_counter()
        export_case_report(
            vault,
            ref,
            folder / "report.pdf",
            recipient="Lead investigator",
            purpose="Benchmark",
            password="benchmark report password",
            at=NOW,
        )
        export = time.perf_counter() - t0
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    out: Result = {
        "times": ours_wall,
        "cpu": ours_cpu,
        "rss": rss,
        "extra": {
            "case": ref,
            "entries": entries,
            "pages": pages,
            "bare_pages": bare_pages,
            "bare_times": bare_wall,
            "bare_cpu": bare_cpu,
            "gather_seconds": gather,
            "export_seconds": export,
        },
    }
    if trace:
        out["heap_peak"] = traced_peak(lambda: build_case_report(data, recipient="R", purpose="P"))
    vault.close()
    return out


def case_list(path: str, anchor_dir: str, repeat: int, trace: bool) -> Result:
    """The case list read on the GUI thread at unlock (the first, untimed run) and reread
    after every save and case change (the timed runs): ``Vault.list_cases`` and the list's
    model and filter (``gui/case_table.py``), in reference order as the window opens it.
    The extras split the median between the two, and time the next-due column filled in
    for every case while the list is sorted by it (the column's results after unlock)."""
    import statistics

    from PySide6.QtCore import QCoreApplication, Qt

    from msvlo_desktop.gui.case_table import NEXT_DUE, CaseFilterModel, CaseTableModel
    from msvlo_desktop.services.next_due import compute_next_due

    app = QCoreApplication.instance() or QCoreApplication(["msvlo-benchmark"])
    vault = open_vault(path, anchor_dir)
    model = CaseTableModel()
    proxy = CaseFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)

    def shown() -> None:
        proxy.rowCount()  # what the table asks first: the filter's rows are worked out

    def reread() -> None:
        model.set_cases(vault.list_cases())
        shown()

    def seconds(run: Callable[[], object], before: Callable[[], object] = lambda: None) -> float:
        times = []
        for _ in range(repeat):
            before()
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    out = timed(reread, repeat, trace=trace)
    cases = vault.list_cases()
    listing = seconds(vault.list_cases)
    in_model = seconds(lambda: (model.set_cases(list(cases)), shown()))
    results = compute_next_due(vault, model.references(), NOW)
    proxy.sort(NEXT_DUE, Qt.SortOrder.AscendingOrder)

    def working_out() -> None:
        model.clear()
        model.set_cases(cases)
        shown()

    filled = seconds(lambda: (model.set_next_due(results), shown()), working_out)
    out["extra"] = {
        "cases": len(cases),
        "list_cases_seconds": listing,
        "model_seconds": in_model,
        "next_due_filled_seconds": filled,
    }
    vault.close()
    del app
    return out


def touch(path: str, anchor_dir: str) -> Result:
    """Open and close the vault once, untimed, so this computer's anchor exists before the
    measurements (as it does for an officer: every unlock after the first reads one)."""
    t0 = time.perf_counter()
    open_vault(path, anchor_dir).close()
    return {"times": [time.perf_counter() - t0]}


PROBES: dict[str, Probe] = {
    "touch": touch,
    "case_list": case_list,
    "save_entry": save_entry,
    "search": search,
    "today": today,
    "next_due": next_due,
    "verify": verify,
    "backup": backup,
    "report": report,
}
