"""The Today view's "Retention review due": closed cases whose retention review date has come
(``services.today.retention_due``), read from their closing entries. Dates written out."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from msvlo_desktop.services.today import RetentionDue, compute_today, retention_text
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Vault


@pytest.fixture(autouse=True)
def _anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))


def _closed(vault: Vault, ref: str, review: str) -> None:
    vault.add_case(
        {
            "reference": ref,
            "opened_on": "2026-03-02",
            "exploitation_types": ["labour"],
            "victim": {"name": "Ana Pop", "pseudonym": "V2", "claimed_age": 30},
            "contacts": [],
        }
    )
    vault.add_entry(
        ref,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-03-08T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DS 2210 R. Patel",
        },
    )
    vault.close_case(
        ref,
        reason="Exit strategy completed",
        retention_review_on=review,
        acknowledged=vault.closing_outstanding(ref),
    )


def test_closed_cases_past_their_review_date_are_listed(vault: Vault, clock: Any) -> None:
    _closed(vault, "HERON-0002", "2026-12-02")
    _closed(vault, "HERON-0001", "2026-12-01")
    _closed(vault, "HERON-0003", "2026-12-03")
    vault.add_case(
        {
            "reference": "OPEN-0001",
            "opened_on": "2026-03-02",
            "exploitation_types": ["labour"],
            "victim": {"name": "Ion Pop", "pseudonym": "V3", "claimed_age": 30},
            "contacts": [],
        }
    )
    # 02/12/2026 09:00 in London: the first two are due, the third tomorrow.
    at = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    clock.now = at
    result = compute_today(vault, at)
    assert result.retention_due == (
        RetentionDue("HERON-0001", date(2026, 12, 1)),
        RetentionDue("HERON-0002", date(2026, 12, 2)),
    )
    assert retention_text(result) == (
        "Retention review due: HERON-0001 (since 01/12/2026); HERON-0002 (since 02/12/2026)."
        " Review each: keep it with a new date, or erase it."
    )
    # Late in the evening of 01/12/2026 (UTC 23:30 is 23:30 in London in winter): one due.
    earlier = compute_today(vault, datetime(2026, 12, 1, 23, 30, tzinfo=UTC))
    assert [d.case_ref for d in earlier.retention_due] == ["HERON-0001"]


def test_nothing_due_gives_no_line(vault: Vault, clock: Any) -> None:
    _closed(vault, "HERON-0001", "2036-11-20")
    result = compute_today(vault, clock.now)
    assert result.retention_due == ()
    assert retention_text(result) == ""
