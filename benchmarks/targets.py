"""The rows of the performance table, their targets, and the table as text and Markdown.

A row holds the samples of one figure at one vault size. Times are judged on their median,
except where the target names a percentile (saving: p95; searching: p95 of every query run,
so the slowest common query counts). Ratios are judged on the median of the ratios of
alternating runs. Rows without a target are shown for information.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from benchmarks import stats

Kind = Literal["time", "ratio", "rate"]


@dataclass(frozen=True)
class Target:
    text: str
    passes: Callable[[Row], bool]


@dataclass
class Row:
    key: str
    operation: str
    size: str
    values: list[float]
    kind: Kind = "time"
    target: Target | None = None
    heap: int | None = None
    rss: int | None = None
    note: str = ""
    show_p95: bool = False
    error: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return stats.median(self.values)

    @property
    def p95(self) -> float:
        return stats.percentile(self.values, 95)

    @property
    def verdict(self) -> str:
        if self.error:
            return "ERROR"
        if self.target is None or not self.values:
            return "info"
        return "PASS" if self.target.passes(self) else "MISS"

    def cell(self, value: float) -> str:
        if self.kind == "ratio":
            return f"{value:.3f}×"
        if self.kind == "rate":
            return f"{value:,.1f} MB/s" if value < 100 else f"{value:,.0f} MB/s"
        return stats.seconds(value)

    def cells(self) -> list[str]:
        if self.error or not self.values:
            return [
                self.operation,
                self.size,
                "—",
                "—",
                "—",
                self._target(),
                self.verdict,
                "—",
                "—",
                self.error or self.note,
            ]
        low, high = stats.spread(self.values)
        spread = f"{self.cell(low)}–{self.cell(high)}" if len(self.values) > 1 else "—"
        return [
            self.operation,
            self.size,
            self.cell(self.median),
            spread,
            self.cell(self.p95) if self.show_p95 else "—",
            self._target(),
            self.verdict,
            stats.megabytes(self.heap),
            stats.megabytes(self.rss),
            self.note,
        ]

    def _target(self) -> str:
        return self.target.text if self.target else "—"


def _median_below(limit: float) -> Callable[[Row], bool]:
    return lambda row: row.median < limit


def _p95_below(limit: float) -> Callable[[Row], bool]:
    return lambda row: row.p95 < limit


TARGETS: dict[str, Target] = {
    "unlock": Target("< 1 s", _median_below(1.0)),
    "open_case": Target("< 100 ms", _median_below(0.1)),
    "open_case_window": Target("< 100 ms", _median_below(0.1)),
    "after_save": Target("< 100 ms", _median_below(0.1)),
    "search": Target("p95 < 100 ms", _p95_below(0.1)),
    "today": Target("< 100 ms", _median_below(0.1)),
    "save": Target("p95 < 20 ms", _p95_below(0.02)),
    "report_ratio": Target("≥ 0.8×", lambda row: row.median >= 0.8),
    "storage_ratio": Target("≤ 1.5×", lambda row: row.median <= 1.5),
}

HEADERS = (
    "Operation",
    "Vault",
    "Median",
    "Spread (min–max)",
    "p95",
    "Target",
    "Result",
    "Heap peak",
    "Max RSS",
    "Notes",
)


def text_table(rows: Sequence[Row]) -> str:
    """The table for a terminal: fixed-width columns, the operation named once per group."""
    cells = [r.cells() for r in rows]
    for i in range(len(cells) - 1, 0, -1):
        if cells[i][0] == cells[i - 1][0]:
            cells[i][0] = ""
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(HEADERS[:-1])]
    lines = []
    header = "  ".join(h.ljust(w) for h, w in zip(HEADERS[:-1], widths, strict=False))
    lines.append(header + "  " + HEADERS[-1])
    lines.append("-" * (len(header) + 7))
    for c in cells:
        lines.append(
            "  ".join(v.ljust(w) for v, w in zip(c[:-1], widths, strict=False)) + "  " + c[-1]
        )
    return "\n".join(lines)


def markdown_table(rows: Sequence[Row]) -> str:
    out = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join("---" for _ in HEADERS) + "|"]
    previous = None
    for r in rows:
        c = r.cells()
        if c[0] == previous:
            c[0] = ""
        else:
            previous = c[0]
        c[6] = f"**{c[6]}**" if c[6] == "MISS" else c[6]
        out.append("| " + " | ".join(v.replace("|", "\\|") for v in c) + " |")
    return "\n".join(out)


def misses(rows: Sequence[Row]) -> list[Row]:
    return [r for r in rows if r.verdict in ("MISS", "ERROR")]


def from_json(data: dict[str, Any]) -> Row:
    """A row of a results file, with its target, as it was measured."""
    key = str(data["key"])
    target_key = {
        "open_form": "after_save",
        "lock": "after_save",
        "case_list": "after_save",
        "today_view": "after_save",
        "gui_thread": "after_save",
    }.get(key, key)
    target = TARGETS.get(target_key)
    if key == "storage_ratio" and "stdlib" not in str(data["operation"]):
        target = None
    return Row(
        key,
        str(data["operation"]),
        str(data["size"]),
        [float(v) for v in data["values"]],
        kind=data["kind"],
        target=target,
        heap=data.get("heap"),
        rss=data.get("rss"),
        note=str(data.get("note", "")),
        show_p95=key in ("save", "search"),
        error=str(data.get("error", "")),
        extra=dict(data.get("extra") or {}),
    )
