"""Stored case records are parsed once per process, even for a long career of cases.

The case list parses every case's record after each save (on the GUI thread); with a cache
smaller than the number of cases, every pass parsed every record again (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from storage_samples import header

from msvlo_desktop.storage import rows


def test_a_thousand_case_records_are_each_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real = rows.parse_case_header

    def counting(raw: Any, **kwargs: Any) -> Any:
        parsed.append(raw["reference"])
        return real(raw, **kwargs)

    monkeypatch.setattr(rows, "parse_case_header", counting)
    rows.parse_stored_header.cache_clear()
    records = [
        json.dumps(header(f"KESTREL-{n:04d}"), ensure_ascii=False, sort_keys=True)
        for n in range(1, 1001)
    ]
    try:
        for _ in range(2):  # two rereads of the whole case list
            cases = [rows.parse_stored_header(r) for r in records]
        assert [c.reference for c in cases] == [f"KESTREL-{n:04d}" for n in range(1, 1001)]
        assert len(parsed) == 1000
    finally:
        rows.parse_stored_header.cache_clear()
