"""``python -m benchmarks`` (``make bench``): build or reuse the vaults, measure, print the table.

    python -m benchmarks                        # 10, 100 and 1,000 cases of 1,000 entries
    python -m benchmarks --sizes 10,100 --repeat 3
    python -m benchmarks --quick                # a smoke run: 2 and 10 cases of 100 entries
    python -m benchmarks --only save,search     # some probes only
    python -m benchmarks --what-if memory-security-on

The table is printed at the end and written, with every sample, to ``<out>/results-*.json``
and ``<out>/results-*.md``. docs/PERFORMANCE.md says what each row measures.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import machine, stats
from benchmarks.generate import GENERATOR_VERSION, OUT, Spec, ensure_vault, scratch_copy
from benchmarks.probe import MEMORY_SECURITY_ON, WHAT_IF_ENV
from benchmarks.runner import Environment, ProbeFailed, cold_start, probe
from benchmarks.targets import TARGETS, Row, from_json, markdown_table, misses, text_table

PROBE_NAMES = (
    "cold",
    "unlock",
    "caselist",
    "save",
    "search",
    "today",
    "nextdue",
    "todayview",
    "verify",
    "backup",
    "open",
    "window",
    "report",
    "storage",
)
ORDER = (
    "cold_start",
    "unlock",
    "open_case",
    "open_case_window",
    "after_save",
    "open_form",
    "lock",
    "case_list",
    "save",
    "search",
    "today",
    "next_due",
    "today_view",
    "report",
    "report_ratio",
    "verify",
    "backup",
    "storage",
    "storage_ratio",
    "gui_thread",
)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    p.add_argument("--sizes", help="numbers of cases, comma-separated (default 10,100,1000)")
    p.add_argument("--entries", type=int, help="entries per case (default 1000)")
    p.add_argument("--big", type=int, help="entries of the one long case (default 10000)")
    p.add_argument("--repeat", type=int, help="runs per figure (default 5; --quick: 2)")
    p.add_argument("--quick", action="store_true", help="small sizes for a smoke run")
    p.add_argument("--only", help=f"probes to run, comma-separated: {','.join(PROBE_NAMES)}")
    p.add_argument("--no-trace", action="store_true", help="skip the tracemalloc runs")
    p.add_argument("--what-if", choices=[MEMORY_SECURITY_ON], help="a what-if run (see docs)")
    p.add_argument("--out", type=Path, default=OUT, help="where vaults and results are kept")
    p.add_argument("--render", type=Path, help="print the table of a results-*.json again (no run)")
    args = p.parse_args(list(argv))
    quick = args.quick
    args.sizes = [
        int(s) for s in (args.sizes or ("2,10" if quick else "10,100,1000")).split(",") if s
    ]
    args.entries = args.entries or (100 if quick else 1000)
    args.big = args.big or (1000 if quick else 10_000)
    args.repeat = args.repeat or (2 if quick else 5)
    only = set((args.only or ",".join(PROBE_NAMES)).split(","))
    unknown = only - set(PROBE_NAMES)
    if unknown:
        p.error(f"unknown probe(s): {', '.join(sorted(unknown))}")
    args.only = only
    return args


class Run:
    """One benchmark run: its environment, its rows, and progress on the terminal."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.repeat: int = args.repeat
        self.trace = not args.no_trace
        self.env = Environment(args.out / f"run-{os.getpid()}")
        self.rows: list[Row] = []
        self.started = time.perf_counter()

    def say(self, text: str) -> None:
        print(f"[{time.perf_counter() - self.started:7.1f} s] {text}", flush=True)

    def wants(self, name: str) -> bool:
        return name in self.args.only

    def call(self, name: str, **kwargs: Any) -> dict[str, Any]:
        t0 = time.perf_counter()
        result = probe(self.env, name, **kwargs)
        self.say(f"  {name} done in {time.perf_counter() - t0:.1f} s")
        return result

    def add(self, row: Row, result: dict[str, Any] | None = None) -> Row:
        """Add ``row``; the first, untimed run of ``result`` (if any) goes in its notes."""
        if result is not None and result.get("first") is not None:
            first = f"first run {stats.seconds(result['first'])}"
            row.note = f"{row.note}; {first}" if row.note else first
        self.rows.append(row)
        return row

    def guarded(self, key: str, operation: str, size: str, fn: Callable[[], None]) -> None:
        try:
            fn()
        except ProbeFailed as exc:
            self.say(f"  FAILED {operation} ({size}): {str(exc).splitlines()[0]}")
            self.add(Row(key, operation, size, [], error=str(exc).splitlines()[0][:120]))

    def anchors(self) -> dict[str, str]:
        return {"anchor_dir": str(self.env.anchors)}

    # ------------------------------------------------------------------ per vault size
    def size(self, spec: Spec, path: Path) -> None:
        label = spec.label()
        self.say(f"vault {spec.name} ({spec.total:,} entries)")
        scratch = scratch_copy(path, self.env.folder)
        try:
            self.call("touch", path=str(scratch), **self.anchors())
            if self.wants("cold"):
                self.guarded("cold_start", COLD, label, lambda: self.cold(label, scratch))
            if self.wants("unlock"):
                self.guarded("unlock", UNLOCK, label, lambda: self.unlock(label, scratch))
            if self.wants("caselist"):
                self.guarded("case_list", CASE_LIST, label, lambda: self.case_list(label, scratch))
            if self.wants("save"):
                self.guarded("save", SAVE, label, lambda: self.save(label, scratch))
            if self.wants("search"):
                self.guarded("search", SEARCH, label, lambda: self.search(label, scratch))
            if self.wants("today"):
                self.guarded("today", TODAY, label, lambda: self.today(label, scratch))
            if self.wants("nextdue"):
                self.guarded("next_due", NEXT_DUE, label, lambda: self.next_due(label, scratch))
            if self.wants("todayview"):
                self.guarded(
                    "today_view", TODAY_VIEW, label, lambda: self.today_view(label, scratch)
                )
            if self.wants("verify"):
                self.guarded("verify", VERIFY, label, lambda: self.verify(label, scratch))
            if self.wants("backup"):
                self.guarded("backup", BACKUP, label, lambda: self.backup(label, scratch))
        finally:
            _remove(scratch)

    def _memory(self, results: list[dict[str, Any]]) -> int:
        return max(int(r.get("child_rss") or r.get("rss") or 0) for r in results)

    def cold(self, label: str, path: Path) -> None:
        runs = [cold_start(self.env, path) for _ in range(self.repeat)]
        self.say(f"  cold start x{self.repeat} done")
        self.add(
            Row("cold_start", COLD, label, [r["seconds"] for r in runs], rss=self._memory(runs))
        )

    def unlock(self, label: str, path: Path) -> None:
        args = {"path": str(path), "settings_dir": str(self.env.settings), **self.anchors()}
        runs = [self.call("unlock", trace=False, **args) for _ in range(self.repeat)]
        heap = self.call("unlock", trace=True, **args)["heap_peak"] if self.trace else None
        parts = {k: stats.median([r["extra"][k] for r in runs]) for k in runs[0]["extra"]}
        note = (
            f"open+key derivation+audit {stats.seconds(parts['open_and_audit'])}, window built "
            f"{stats.seconds(parts['window_built'])}, shown+painted "
            f"{stats.seconds(parts['shown_and_painted'])}"
        )
        self.add(
            Row(
                "unlock",
                UNLOCK,
                label,
                [r["times"][0] for r in runs],
                target=TARGETS["unlock"],
                heap=heap,
                rss=self._memory(runs),
                note=note,
                extra={"parts": [r["extra"] for r in runs]},
            )
        )

    def case_list(self, label: str, path: Path) -> None:
        r = self.call(
            "case_list", path=str(path), repeat=self.repeat, trace=self.trace, **self.anchors()
        )
        ex = r.get("extra") or {}
        self.add(
            Row(
                "case_list",
                CASE_LIST,
                label,
                r["times"],
                target=TARGETS["after_save"],
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note=(
                    "Vault.list_cases + the case list's model and filter, reread after every "
                    "save and case change"
                    + (
                        f" (list_cases {stats.seconds(_median(ex['list_cases_seconds']))}, "
                        f"model {stats.seconds(_median(ex['model_seconds']))})"
                        if ex.get("list_cases_seconds") and ex.get("model_seconds")
                        else ""
                    )
                    + "; the first read is at unlock"
                ),
            ),
            r,
        )

    def save(self, label: str, path: Path) -> None:
        r = self.call(
            "save_entry", path=str(path), saves=20 * self.repeat, trace=self.trace, **self.anchors()
        )
        ex = r["extra"]
        without = ex["without_anchor"]
        note = (
            f"{len(r['times'])} saves; without the anchor write p50 "
            f"{stats.seconds(stats.median(without))}, p95 "
            f"{stats.seconds(stats.percentile(without, 95))}; anchor write alone p50 "
            f"{stats.seconds(stats.median(ex['anchor_write_only']))}"
        )
        self.add(
            Row(
                "save",
                SAVE,
                label,
                r["times"],
                target=TARGETS["save"],
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note=note,
                show_p95=True,
                extra=ex,
            ),
            r,
        )

    def search(self, label: str, path: Path) -> None:
        r = self.call(
            "search", path=str(path), repeat=self.repeat, trace=self.trace, **self.anchors()
        )
        ex = r["extra"]
        per = {q: stats.median(t) for q, t in ex["per_query"].items()}
        slowest = max(per, key=lambda q: per[q])
        note = (
            f'{len(per)} queries x{self.repeat}; slowest "{slowest}" '
            f"{stats.seconds(per[slowest])} ({ex['matches'][slowest]:,} matches)"
        )
        self.add(
            Row(
                "search",
                SEARCH,
                label,
                r["times"],
                target=TARGETS["search"],
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note=note,
                show_p95=True,
                extra=ex,
            ),
            r,
        )

    def today(self, label: str, path: Path) -> None:
        r = self.call(
            "today", path=str(path), repeat=self.repeat, trace=self.trace, **self.anchors()
        )
        ex = r["extra"]
        note = (
            f"{ex['open_cases']:,} open cases, from the kept digests; first pass (no digest "
            f"kept, {ex['entries_read']:,} entries read as the engine reads them): reading "
            f"{stats.seconds(ex['read_seconds'])}, "
            f"obligations {stats.seconds(ex['engine_seconds'])}"
        )
        if ex.get("after_save_seconds"):
            note += f"; after one save {stats.seconds(statistics.median(ex['after_save_seconds']))}"
        if ex.get("new_session_seconds"):
            note += (
                "; first pass of a new session "
                f"{stats.seconds(statistics.median(ex['new_session_seconds']))}"
            )
        self.add(
            Row(
                "today",
                TODAY,
                label,
                r["times"],
                target=TARGETS["today"],
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note=note,
                extra=ex,
            ),
            r,
        )

    def next_due(self, label: str, path: Path) -> None:
        r = self.call(
            "next_due", path=str(path), repeat=self.repeat, trace=self.trace, **self.anchors()
        )
        self.add(
            Row(
                "next_due",
                NEXT_DUE,
                label,
                r["times"],
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note="the Today view's pass, shared by the case list (here on its own)",
            ),
            r,
        )

    def today_view(self, label: str, path: Path) -> None:
        r = self.call(
            "today_view", path=str(path), repeat=self.repeat, trace=self.trace, **self.anchors()
        )
        ex = r["extra"]
        note = (
            f"{ex['lines']:,} lines; show_result "
            f"{stats.seconds(stats.median(ex['show_result_seconds']))}, CPU to painted "
            f"{stats.seconds(stats.median(ex['painted_cpu_seconds']))}, a page down "
            f"{stats.seconds(stats.median(ex['page_down_seconds']))}"
        )
        self.add(
            Row(
                "today_view",
                TODAY_VIEW,
                label,
                r["times"],
                target=TARGETS["after_save"],
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note=note,
                extra=ex,
            ),
            r,
        )

    def verify(self, label: str, path: Path) -> None:
        r = self.call(
            "verify", path=str(path), repeat=self.repeat, trace=self.trace, **self.anchors()
        )
        ex = r["extra"]
        megabytes = ex["bytes"] / 1e6
        note = (
            f"{megabytes:,.1f} MB, {ex['entries']:,} entries in "
            f"{stats.seconds(stats.median(r['times']))}" + ("" if ex["ok"] else "; NOT OK")
        )
        self.add(
            Row(
                "verify",
                VERIFY,
                label,
                [megabytes / t for t in r["times"]],
                kind="rate",
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note=note,
                extra=ex,
            ),
            r,
        )

    def backup(self, label: str, path: Path) -> None:
        r = self.call(
            "backup", path=str(path), repeat=self.repeat, trace=self.trace, **self.anchors()
        )
        megabytes = r["extra"]["bytes"] / 1e6
        note = (
            f"{megabytes:,.1f} MB in {stats.seconds(stats.median(r['times']))}; in a worker, "
            "page by page with progress and cancel, the vault never held"
        )
        self.add(
            Row(
                "backup",
                BACKUP,
                label,
                [megabytes / t for t in r["times"]],
                kind="rate",
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note=note,
            )
        )

    # ------------------------------------------------------------------ the long case
    def long_case(self, spec: Spec, path: Path) -> None:
        label = spec.label()
        self.say(f"vault {spec.name} (one case of {spec.entries:,} entries)")
        scratch = scratch_copy(path, self.env.folder)
        try:
            self.call("touch", path=str(scratch), **self.anchors())
            if self.wants("open"):
                self.guarded("open_case", OPEN, label, lambda: self.open_case(label, scratch))
            if self.wants("window"):
                self.guarded(
                    "open_case_window",
                    WINDOW,
                    label,
                    lambda: self.window(label, scratch, spec.entries),
                )
            if self.wants("report"):
                self.guarded(
                    "report",
                    REPORT.format(n=spec.entries),
                    label,
                    lambda: self.report(label, scratch, spec.entries),
                )
            if self.wants("storage"):
                self.guarded("storage", STORAGE, label, lambda: self.storage(label, scratch))
        finally:
            _remove(scratch)

    def open_case(self, label: str, path: Path) -> None:
        r = self.call(
            "open_case",
            path=str(path),
            entries=self.args.big,
            repeat=self.repeat,
            trace=self.trace,
            **self.anchors(),
        )
        done = stats.median(r["extra"]["index_complete"])
        note = f"log index (markers, filters) complete after {stats.seconds(done)}"
        self.add(
            Row(
                "open_case",
                OPEN,
                label,
                r["times"],
                target=TARGETS["open_case"],
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note=note,
                extra=r["extra"],
            ),
            r,
        )

    def window(self, label: str, path: Path, entries: int) -> None:
        r = self.call(
            "open_case_window",
            path=str(path),
            settings_dir=str(self.env.settings),
            entries=entries,
            repeat=self.repeat,
            trace=self.trace,
            **self.anchors(),
        )
        ex = r["extra"]

        def med(key: str) -> str:
            values = ex.get(key)
            return stats.seconds(stats.median(values)) if values else "—"

        self.add(
            Row(
                "open_case_window",
                WINDOW,
                label,
                r["times"],
                target=TARGETS["open_case_window"],
                heap=r.get("heap_peak"),
                rss=r["child_rss"],
                note=(
                    f"GUI thread held by the selection {med('open_gui_thread')}, longest hold "
                    f"until every tab is filled {med('open_longest_hold')}; the log is read "
                    f"once in a worker, every tab filled after {med('open_filled')}"
                ),
            ),
            r,
        )
        self.add(
            Row(
                "after_save",
                AFTER_SAVE,
                label,
                r["extra"]["after_save_gui_thread"],
                target=TARGETS["after_save"],
                rss=r["child_rss"],
                note=(
                    f"only the new entry read, in a worker; longest GUI-thread hold "
                    f"{med('after_save_longest_hold')} (Today and next-due passes included), "
                    f"every tab updated after {med('after_save_filled')}"
                ),
            ),
            {"first": r["extra"]["first_save"]},
        )
        self.add(
            Row(
                "open_form",
                OPEN_FORM,
                label,
                r["extra"]["open_update_form"],
                target=TARGETS["after_save"],
                note="reads only the events and updates (by type), then builds the form",
            )
        )
        self.add(
            Row(
                "lock",
                LOCK,
                label,
                [r["extra"]["lock"]],
                target=TARGETS["after_save"],
                note="drafts, views cleared, lock audited, vault closed (WAL checkpoint)",
            )
        )

    def report(self, label: str, path: Path, entries: int) -> None:
        r = self.call(
            "report",
            path=str(path),
            entries=entries,
            repeat=self.repeat,
            trace=self.trace,
            **self.anchors(),
        )
        ex = r["extra"]
        ours = stats.median(r["cpu"])
        bare = stats.median(ex["bare_cpu"])
        note = (
            f"{ex['pages']:,} pages, {ex['pages'] / stats.median(r['times']):,.1f} pages/s; "
            f"full export (read+build+encrypt+write) {stats.seconds(ex['export_seconds'])}"
        )
        name = REPORT.format(n=entries)
        self.add(
            Row(
                "report",
                name,
                label,
                r["times"],
                heap=r.get("heap_peak"),
                rss=r["rss"],
                note=note,
                extra=ex,
            )
        )
        # The same content laid out: the ratio of times is the ratio of speeds.
        ratios = [b / o for o, b in zip(r["cpu"], ex["bare_cpu"], strict=True)]
        self.add(
            Row(
                "report_ratio",
                REPORT_RATIO.format(n=entries),
                label,
                ratios,
                kind="ratio",
                target=TARGETS["report_ratio"],
                note=f"CPU time, same text: report {stats.seconds(ours)}, bare reportlab "
                f"{stats.seconds(bare)} ({ex['bare_pages']:,} pages, no furniture)",
            )
        )

    def storage(self, label: str, path: Path) -> None:
        rows_file = self.env.folder / "storage-rows.json"
        self.call("storage_rows", source=str(path), rows_file=str(rows_file), **self.anchors())
        engines = ("sqlite", "sqlcipher-plain", "sqlcipher")
        runs: dict[str, list[dict[str, Any]]] = {e: [] for e in engines}
        for _ in range(self.repeat):
            for e in engines:
                runs[e].append(
                    self.call(
                        "storage",
                        engine=e,
                        rows_file=str(rows_file),
                        folder=str(self.env.folder),
                        trace=False,
                    )
                )
        heaps: dict[str, int | None] = {e: None for e in engines}
        if self.trace:
            for e in engines:
                heaps[e] = self.call(
                    "storage",
                    engine=e,
                    rows_file=str(rows_file),
                    folder=str(self.env.folder),
                    trace=True,
                )["heap_peak"]
        n = runs["sqlite"][0]["extra"]["rows"]
        for e in engines:
            phases = {
                k: stats.median([r["extra"]["phases"][k] for r in runs[e]])
                for k in runs[e][0]["extra"]["phases"]
            }
            note = ", ".join(f"{k} {stats.seconds(v)}" for k, v in phases.items())
            if e == "sqlcipher":
                note += "; key derivation " + stats.seconds(
                    stats.median([r["extra"]["open_seconds"] for r in runs[e]])
                )
            if runs[e][0]["extra"]["fts_adjusted"]:
                note += "; FTS without contentless_delete (older SQLite)"
            self.add(
                Row(
                    "storage",
                    STORAGE_ENGINE[e].format(n=n),
                    label,
                    [r["times"][0] for r in runs[e]],
                    heap=heaps[e],
                    rss=self._memory(runs[e]),
                    note=note,
                    extra={"phases": [r["extra"]["phases"] for r in runs[e]]},
                )
            )
        for base, name in (("sqlite", RATIO_STDLIB), ("sqlcipher-plain", RATIO_SAME)):
            ratios = [
                c["times"][0] / p["times"][0]
                for c, p in zip(runs["sqlcipher"], runs[base], strict=True)
            ]
            phase_ratios = {
                k: stats.median(
                    [
                        c["extra"]["phases"][k] / p["extra"]["phases"][k]
                        for c, p in zip(runs["sqlcipher"], runs[base], strict=True)
                    ]
                )
                for k in runs[base][0]["extra"]["phases"]
            }
            note = ", ".join(f"{k} {v:.2f}×" for k, v in phase_ratios.items())
            self.add(
                Row(
                    "storage_ratio",
                    name,
                    label,
                    ratios,
                    kind="ratio",
                    target=TARGETS["storage_ratio"] if base == "sqlite" else None,
                    note=note,
                )
            )

    # ------------------------------------------------------------------ the verdict
    def gui_thread_row(self) -> None:
        """The worst GUI-thread wait measured: the window's own work (opening a case, after
        a save, opening a form, locking, rereading the case list, showing the Today view).
        Search, reports, backups and verification run in workers."""
        keys = ("open_case_window", "after_save", "open_form", "lock", "case_list", "today_view")
        found = [(r.median, r) for r in self.rows if r.key in keys and r.values]
        if not found:
            return
        value, worst = max(found, key=lambda pair: pair[0])
        self.add(
            Row(
                "gui_thread",
                GUI_THREAD,
                worst.size,
                [value],
                target=Target100,
                note=f"worst: {worst.operation} ({worst.size}); see docs/PERFORMANCE.md",
            )
        )


COLD = "Cold start → unlock screen painted"
UNLOCK = "Unlock → case list painted"
OPEN = "Open case → log painted (LogView)"
WINDOW = "Open case in main window → log painted"
AFTER_SAVE = "Entry saved → views refreshed (GUI thread)"
OPEN_FORM = "Open the victim-update form (GUI thread)"
CASE_LIST = "Case list reread (GUI thread)"
LOCK = "Lock the vault (GUI thread)"
SAVE = "Save one entry"
SEARCH = "Search every log"
TODAY = "Today view (all open cases)"
TODAY_VIEW = "Today view shown (GUI thread)"
NEXT_DUE = "Case list next-due column"
REPORT = "PDF report, {n:,} entries: build"
REPORT_RATIO = "PDF report, {n:,} entries: ÷ bare reportlab"
VERIFY = "Verify whole vault"
BACKUP = "Back up whole vault"
STORAGE = "Storage workload"
STORAGE_ENGINE = {
    "sqlite": "Storage workload ({n:,} rows): sqlite3 (stdlib)",
    "sqlcipher-plain": "Storage workload ({n:,} rows): SQLCipher, no key",
    "sqlcipher": "Storage workload ({n:,} rows): SQLCipher (vault)",
}
RATIO_STDLIB = "Storage: SQLCipher ÷ stdlib sqlite3"
RATIO_SAME = "Storage: SQLCipher ÷ same build, no key"
GUI_THREAD = "No GUI-thread work > 100 ms"
Target100 = TARGETS["after_save"]


def _median(value: float | list[float]) -> float:
    return stats.median(value) if isinstance(value, list) else float(value)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _ordered(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: (ORDER.index(r.key),))


def render(path: Path) -> int:
    """Print the text and Markdown tables of a results file again."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = [from_json(r) for r in data["rows"]]
    print("\n".join(machine.lines(data["machine"])))
    print()
    print(text_table(rows))
    print()
    print(markdown_table(rows))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.render is not None:
        return render(args.render)
    if args.what_if:
        os.environ[WHAT_IF_ENV] = args.what_if
    else:
        os.environ.pop(WHAT_IF_ENV, None)
    info = machine.describe()
    print("\n".join(machine.lines(info)), flush=True)
    run = Run(args)
    run.env.prepare()
    specs = [Spec(n, args.entries) for n in args.sizes]
    big = Spec(1, args.big)
    try:
        long_case = {"open", "window", "report", "storage"} & args.only
        needed = [*specs, big] if long_case else specs
        paths = {s: ensure_vault(s, args.out, run.say) for s in needed}
        for spec in specs:
            run.size(spec, paths[spec])
        if run.wants("report"):
            first = specs[0]
            scratch = scratch_copy(paths[first], run.env.folder)
            try:
                run.guarded(
                    "report",
                    REPORT.format(n=first.entries),
                    first.label(),
                    lambda: run.report(first.label(), scratch, first.entries),
                )
            finally:
                _remove(scratch)
        if long_case:
            run.long_case(big, paths[big])
        run.gui_thread_row()
    finally:
        shutil.rmtree(run.env.folder, ignore_errors=True)
    rows = _ordered(run.rows)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    header = [
        *machine.lines(info),
        f"Run     : {stamp} UTC; sizes {', '.join(str(n) for n in args.sizes)} cases of "
        f"{args.entries:,} entries, one case of {args.big:,}; {args.repeat} runs per figure; "
        f"generator v{GENERATOR_VERSION}" + (f"; WHAT-IF {args.what_if}" if args.what_if else ""),
        "Memory  : heap peak = tracemalloc during one extra run; max RSS = ru_maxrss of the "
        "probe's own process",
    ]
    table = text_table(rows)
    print()
    print("\n".join(header))
    print()
    print(table)
    missed = misses(rows)
    print()
    print(f"{len(missed)} row(s) missed or failed:" if missed else "Every target met.")
    for r in missed:
        print(f"  {r.verdict}: {r.operation} ({r.size})")
    args.out.mkdir(parents=True, exist_ok=True)
    base = args.out / f"results-{stamp}"
    Path(f"{base}.md").write_text(
        "\n".join(f"    {line}" for line in header) + "\n\n" + markdown_table(rows) + "\n",
        encoding="utf-8",
    )
    Path(f"{base}.json").write_text(
        json.dumps(
            {
                "machine": info,
                "args": {
                    k: (sorted(v) if isinstance(v, set) else str(v) if isinstance(v, Path) else v)
                    for k, v in vars(args).items()
                },
                "rows": [
                    {
                        "key": r.key,
                        "operation": r.operation,
                        "size": r.size,
                        "kind": r.kind,
                        "values": r.values,
                        "verdict": r.verdict,
                        "heap": r.heap,
                        "rss": r.rss,
                        "note": r.note,
                        "error": r.error,
                        "extra": r.extra,
                    }
                    for r in rows
                ],
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"\nResults: {base}.md and .json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
