"""Closing and reopening a case are entries in its log (INTERFACES.md ``case_closed`` and
``case_reopened``): the chain covers them, a bundle carries them, and the case's status
follows the last of them. Expected dates are written out by hand."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from storage_samples import add_sample_case

from msvlo_desktop.core import seal
from msvlo_desktop.core.chain import chain_head
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.storage.bundles import (
    build_signed_bundle,
    encode_bundle,
    import_reviewed,
    review_bundle,
)
from msvlo_desktop.storage.errors import CaseClosed
from msvlo_desktop.storage.vault import Officer, Vault

REF = "KESTREL-0042"
PASSPHRASE = "correct horse battery staple"


def _agree_exit(vault: Vault, ref: str = REF) -> None:
    vault.add_entry(
        ref,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-03-08T10:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DS 2210 R. Patel",
        },
    )


def _closable(vault: Vault, ref: str = REF) -> None:
    add_sample_case(vault, ref)
    _agree_exit(vault, ref)


def _close(vault: Vault, ref: str = REF, **kw: Any) -> Any:
    kw.setdefault("reason", "Exit strategy completed; victim settled with support.")
    kw.setdefault("acknowledged", vault.closing_outstanding(ref))
    return vault.close_case(ref, **kw)


def test_closing_appends_a_case_closed_entry_covered_by_the_chain(vault: Any) -> None:
    _closable(vault)
    count = vault.entry_count(REF)
    entry = _close(vault)
    assert entry.type == "case_closed"
    assert entry.seq == count + 1
    assert entry.data["reason"] == "Exit strategy completed; victim settled with support."
    assert entry.author == "PC 1234 A. Smith, Example"
    case = vault.get_case(REF)
    assert case.status == "closed"
    entries = vault.entries(REF)
    assert entries[-1] == entry
    assert vault.chain_head(REF) == (entry.hash, count + 1)
    assert chain_head(REF, entries) == entry.hash
    assert vault.verify().ok
    audit = [r for r in vault.audit_records() if r.action == "case closed"]
    assert audit[-1].details["entry"] == entry.id
    assert [h.entry.id for h in vault.search("settled", case_ref=REF)] == [entry.id]


def test_a_close_without_a_reason_is_refused_and_nothing_is_recorded(vault: Any) -> None:
    _closable(vault)
    before = vault.chain_head(REF)
    for reason in (None, "", "   "):
        with pytest.raises(ValidationError) as refused:
            _close(vault, reason=reason)
        assert [p.field for p in refused.value.problems] == ["reason"]
        assert "Say why the case is being closed" in refused.value.problems[0].message
    assert vault.get_case(REF).status == "open"
    assert vault.chain_head(REF) == before


def test_outstanding_items_are_listed_and_recorded(vault: Any, clock: Any) -> None:
    # The sample case: MSVLO-role and Victims' Code items never done, a referral overdue.
    _closable(vault)
    clock.now = datetime(2026, 12, 7, 12, tzinfo=UTC)
    outstanding = vault.closing_outstanding(REF)
    assert "MSVLO role (APP): ABE interview facilitated" in outstanding
    assert "Victims' Code: Victim Personal Statement offered (Right 7)" in outstanding
    assert any(line.startswith("Overdue since ") for line in outstanding), outstanding
    # Not acknowledged: refused, naming the open items.
    with pytest.raises(ValidationError) as refused:
        _close(vault, acknowledged=())
    (problem,) = refused.value.problems
    assert problem.field == "outstanding"
    assert f"{len(outstanding)} items are still open" in problem.message
    assert "ABE interview facilitated" in problem.message
    assert vault.get_case(REF).status == "open"
    # Acknowledged: closed, and the entry records exactly what was open.
    entry = _close(vault, acknowledged=outstanding)
    assert entry.data["outstanding"] == outstanding
    assert vault.get_case(REF).status == "closed"


def test_nothing_outstanding_records_no_list(vault: Any) -> None:
    _closable(vault)
    # Everything acknowledged but the case owes something: the list is recorded; an item the
    # officer ticked that is not open does not matter.
    entry = _close(vault, acknowledged=[*vault.closing_outstanding(REF), "Something else"])
    assert "Something else" not in entry.data["outstanding"]


@pytest.mark.parametrize(
    ("closed_at", "review_on"),
    [
        (datetime(2026, 12, 7, 15, tzinfo=UTC), "2036-12-07"),
        # 29 February: the review year has none, so the last day of February (never later
        # than ten years).
        (datetime(2028, 2, 29, 10, tzinfo=UTC), "2038-02-28"),
        # 23:30 UTC on 31 March 2027 is already 1 April in London.
        (datetime(2027, 3, 31, 23, 30, tzinfo=UTC), "2037-04-01"),
    ],
)
def test_the_default_retention_review_is_ten_years_after_closing(
    vault: Any, clock: Any, closed_at: datetime, review_on: str
) -> None:
    _closable(vault)
    clock.now = closed_at
    entry = _close(vault)
    assert entry.data["retention_review_on"] == review_on


def test_the_retention_review_date_can_be_changed_but_not_to_the_past(
    vault: Any, clock: Any
) -> None:
    _closable(vault)
    clock.now = datetime(2026, 12, 7, 15, tzinfo=UTC)
    with pytest.raises(ValidationError) as refused:
        _close(vault, retention_review_on="2026-12-07")
    assert refused.value.problems[0].field == "retention_review_on"
    assert "must be after the closing date (07/12/2026)" in refused.value.problems[0].message
    entry = _close(vault, retention_review_on="2033-06-30")
    assert entry.data["retention_review_on"] == "2033-06-30"


def test_reopen_then_correct(vault: Any) -> None:
    entries = add_sample_case(vault, REF)
    _agree_exit(vault)
    _close(vault)
    note = next(e for e in entries if e.type == "note")
    correction = {
        "type": "correction",
        "occurred_at": "2026-03-09T10:00:00+00:00",
        "corrects": note.id,
        "reason": "Wrong day recorded.",
        "replacement": {"summary": "Corrected note."},
    }
    with pytest.raises(CaseClosed):
        vault.add_entry(REF, correction)
    with pytest.raises(ValidationError) as refused:
        vault.reopen_case(REF, reason="  ")
    assert refused.value.problems[0].field == "reason"
    assert vault.get_case(REF).status == "closed"
    reopened = vault.reopen_case(REF, reason="Suspect re-arrested; victim needs support again.")
    assert reopened.type == "case_reopened"
    assert reopened.data == {"reason": "Suspect re-arrested; victim needs support again."}
    case = vault.get_case(REF)
    assert case.status == "open" and case.closed_on is None
    stored = vault.add_entry(REF, correction)
    assert stored.type == "correction"
    assert [e.type for e in vault.entries(REF)[-3:]] == [
        "case_closed",
        "case_reopened",
        "correction",
    ]
    assert vault.verify().ok
    # Reopening an open case is refused, never silently accepted.
    with pytest.raises(ValidationError):
        vault.reopen_case(REF, reason="Again.")


def test_closing_and_reopening_are_not_ordinary_entries_and_are_never_corrected(
    vault: Any,
) -> None:
    _closable(vault)
    raw = {
        "type": "case_closed",
        "occurred_at": "2026-03-09T10:00:00+00:00",
        "reason": "x",
        "retention_review_on": "2036-03-09",
    }
    for add in (
        lambda: vault.add_entry(REF, raw),
        lambda: vault.add_entries(REF, [raw]),
        lambda: vault.add_entry(REF, {**raw, "type": "case_reopened"}),
    ):
        with pytest.raises(ValidationError) as refused:
            add()
        assert refused.value.problems[0].field == "type"
    assert vault.get_case(REF).status == "open"
    closed = _close(vault)
    vault.reopen_case(REF, reason="New information.")
    with pytest.raises(ValidationError) as refused:
        vault.add_entry(
            REF,
            {
                "type": "correction",
                "occurred_at": "2026-03-09T10:00:00+00:00",
                "corrects": closed.id,
                "reason": "Other reason.",
                "replacement": {"reason": "Other.", "retention_review_on": "2030-01-01"},
            },
        )
    assert "cannot be corrected" in refused.value.problems[0].message


def test_a_closed_case_bundle_imports_closed(vault: Any, tmp_path: Path, clock: Any) -> None:
    _closable(vault)
    clock.now = datetime(2026, 12, 7, 15, tzinfo=UTC)
    closed = _close(vault)
    doc = vault.export_bundle(REF)
    assert doc["case"]["log"][-1]["type"] == "case_closed"
    assert doc["case"]["log"][-1]["retention_review_on"] == "2036-12-07"
    other = Vault.create(tmp_path / "other.msvlo", PASSPHRASE, Officer("B. Jones"), clock=clock)
    try:
        other.import_bundle(json.dumps(doc))
        case = other.get_case(REF)
        assert case.status == "closed"
        assert case.closed_on is not None and case.closed_on.isoformat() == "2026-12-07"
        assert other.entries(REF)[-1].id == closed.id
        assert [s.status for s in other.list_cases()] == ["closed"]
        with pytest.raises(CaseClosed):
            other.add_entry(
                REF,
                {"type": "note", "occurred_at": "2026-12-07T16:00:00+00:00", "summary": "x"},
            )
        assert other.verify().ok
    finally:
        other.close()


def test_a_bundle_closed_then_reopened_imports_open(vault: Any, tmp_path: Path) -> None:
    _closable(vault)
    _close(vault)
    vault.reopen_case(REF, reason="Victim asked for support again.")
    doc = vault.export_bundle(REF)
    other = Vault.create(tmp_path / "other.msvlo", PASSPHRASE, Officer("B. Jones"))
    try:
        other.import_bundle(json.dumps(doc))
        assert other.get_case(REF).status == "open"
    finally:
        other.close()


def test_an_existing_closed_case_without_a_closing_entry_stays_closed(vault: Any) -> None:
    # Closed by the old code path: the status column and an audit record, no entry.
    _closable(vault)
    with vault.mutex:
        vault.conn.execute(
            "UPDATE cases SET status = 'closed', closed_at = ? WHERE reference = ?",
            ("2026-11-01T12:00:00+00:00", REF),
        )
    case = vault.get_case(REF)
    assert case.status == "closed"
    assert case.closed_on is not None and case.closed_on.isoformat() == "2026-11-01"
    assert [s.status for s in vault.list_cases()] == ["closed"]
    assert not [e for e in vault.entries(REF) if e.type in ("case_closed", "case_reopened")]
    with pytest.raises(CaseClosed):
        vault.add_entry(
            REF, {"type": "note", "occurred_at": "2026-11-02T10:00:00+00:00", "summary": "x"}
        )
    # It can be reopened like any closed case, and the reopening is logged.
    vault.reopen_case(REF, reason="Closed by mistake.")
    assert vault.get_case(REF).status == "open"
    assert vault.entries(REF)[-1].type == "case_reopened"


def test_an_older_copy_from_before_the_closing_is_reported(
    tmp_path: Path, anchor_dir: Path
) -> None:
    now = datetime(2026, 12, 7, 12, tzinfo=UTC)
    path = tmp_path / "officer.msvlo"
    v = Vault.create(path, PASSPHRASE, Officer("A. Smith"), clock=lambda: now)
    _closable(v)
    v.close()
    copy = tmp_path / "older.msvlo"
    shutil.copy2(path, copy)  # the case is open in this copy
    with Vault.open(path, PASSPHRASE, clock=lambda: now) as v:
        _close(v)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copy2(copy, path)
    with Vault.open(path, PASSPHRASE, clock=lambda: now) as v:
        # The open copy does not silently reopen the case: the closing was in the chain.
        assert v.rollback_warning is not None
        assert f"case {REF} had" in v.rollback_warning


def test_verify_reports_a_status_column_that_disagrees_with_the_log(vault: Any) -> None:
    _closable(vault)
    closed = _close(vault)
    assert vault.verify().ok
    with vault.mutex:
        vault.conn.execute(
            "UPDATE cases SET status = 'open', closed_at = NULL WHERE reference = ?", (REF,)
        )
    result = vault.verify()
    assert not result.ok
    assert (
        f"case {REF}: recorded as open, but its log's last closing (entry {closed.seq}) says closed"
    ) in result.problems


def test_a_closed_case_imports_closed_through_a_signed_and_sealed_bundle(
    vault: Any, tmp_path: Path, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The way the window and ``msvlo import-bundle`` import: reviewed, then written."""
    monkeypatch.setattr(seal, "WORK_FACTOR", 10)  # the format is the same; only faster
    _closable(vault)
    clock.now = datetime(2026, 12, 7, 15, tzinfo=UTC)
    closed = _close(vault)
    doc = build_signed_bundle(vault, REF, recipient="DC 77 B. Jones", purpose="handover")
    data = encode_bundle(doc, "correct horse battery staple")
    other = Vault.create(tmp_path / "other.msvlo", PASSPHRASE, Officer("B. Jones"), clock=clock)
    try:
        review = review_bundle(other, data, "correct horse battery staple")
        import_reviewed(other, review, source="handover.msvlo-bundle")
        case = other.get_case(REF)
        assert case.status == "closed"
        assert case.closed_on is not None and case.closed_on.isoformat() == "2026-12-07"
        assert other.entries(REF)[-1].id == closed.id
        with pytest.raises(CaseClosed):
            other.add_entry(
                REF,
                {"type": "note", "occurred_at": "2026-12-07T16:00:00+00:00", "summary": "x"},
            )
        assert other.verify().ok
    finally:
        other.close()
