"""Medians, percentiles and spreads of repeated timings, and how to print them."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100), interpolated between the nearest ranks."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    if len(ordered) == 1:
        return float(ordered[0])
    pos = (len(ordered) - 1) * q / 100
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (pos - low))


def spread(values: Sequence[float]) -> tuple[float, float]:
    return float(min(values)), float(max(values))


def seconds(value: float) -> str:
    """A duration in the unit that reads best: 0.4 ms, 12.3 ms, 640 ms, 1.25 s, 95 s."""
    if value < 0.01:
        return f"{value * 1000:.2f} ms"
    if value < 0.1:
        return f"{value * 1000:.1f} ms"
    if value < 1:
        return f"{value * 1000:.0f} ms"
    if value < 10:
        return f"{value:.2f} s"
    if value < 100:
        return f"{value:.1f} s"
    return f"{value:,.0f} s"


def seconds_range(low: float, high: float) -> str:
    return f"{seconds(low)}–{seconds(high)}"


def megabytes(n_bytes: float | None) -> str:
    if n_bytes is None:
        return "—"
    return f"{n_bytes / 1e6:,.0f} MB" if n_bytes >= 10e6 else f"{n_bytes / 1e6:,.1f} MB"
