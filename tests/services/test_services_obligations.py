"""``services.obligations``: the full pass of ``msvlo due`` (met obligations and closed cases,
at any moment), recorded as a consultation."""

from __future__ import annotations

from datetime import timedelta

from shared_fixtures import FIXED_NOW as NOW

from msvlo_desktop.core.obligations import case_obligations, sort_by_urgency
from msvlo_desktop.services.obligations import CONSULTATION, every_obligation, list_obligations
from msvlo_desktop.storage.vault import Vault


def test_every_obligation_of_every_case_most_urgent_first(training_vault: Vault) -> None:
    found = every_obligation(training_vault, NOW)
    expected = sort_by_urgency(
        o
        for c in training_vault.list_cases()
        for o in case_obligations(
            training_vault.get_case(c.reference), training_vault.entries(c.reference), NOW
        )
    )
    assert [o.to_json() for o in found] == [o.to_json() for o in expected]
    statuses = {o.status for o in found}
    assert {"met_on_time", "overdue"} <= statuses  # met ones too, not only what is pending
    closed = {c.reference for c in training_vault.list_cases() if c.status == "closed"}
    assert closed & {o.case for o in found}  # and closed cases


def test_a_past_moment_shows_the_cases_as_they_stood(training_vault: Vault) -> None:
    earlier = NOW - timedelta(days=60)
    now_keys = {o.key for o in every_obligation(training_vault, NOW)}
    then = every_obligation(training_vault, earlier)
    assert {o.key for o in then} < now_keys
    assert all(o.met_at is None or o.met_at <= earlier for o in then)


def test_listing_is_recorded_as_a_consultation(training_vault: Vault) -> None:
    before = len(training_vault.audit_records())
    found = list_obligations(training_vault, NOW, via="msvlo due")
    assert found == every_obligation(training_vault, NOW)
    records = training_vault.audit_records()
    assert len(records) == before + 1
    record = records[-1]
    assert (record.category, record.action, record.case_ref) == ("consultation", CONSULTATION, None)
    assert record.details == {"via": "msvlo due", "at": NOW.isoformat()}


def test_checked_before_each_case(training_vault: Vault) -> None:
    calls: list[int] = []
    every_obligation(training_vault, NOW, check=lambda: calls.append(1))
    assert len(calls) == len(training_vault.list_cases())
