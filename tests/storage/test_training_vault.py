"""The training vault generator: realistic, fictional, deterministic, and fast at scale."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from msvlo_desktop.core.entries import ACTIONS, Entry
from msvlo_desktop.core.timefmt import london
from msvlo_desktop.services.training import TRAINING_OFFICER, create_training_vault
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
DRAMA_MOBILE = re.compile(r"^\+447700900\d{3}$")
DRAMA_LANDLINE = re.compile(r"^\+441632960\d{3}$")


@pytest.fixture(scope="module")
def training(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder = tmp_path_factory.mktemp("training")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        vault = create_training_vault(folder / "training.msvlo", PASSPHRASE, now=NOW, cases=10)
    yield vault
    vault.close()


@pytest.fixture(scope="module")
def logs(training: Vault) -> dict[str, list[Entry]]:
    return {c.reference: training.entries(c.reference) for c in training.list_cases()}


def _all(logs: dict[str, list[Entry]], entry_type: str) -> list[Entry]:
    return [e for log in logs.values() for e in log if e.type == entry_type]


def test_a_training_vault_that_verifies(training: Vault) -> None:
    assert training.is_training
    assert training.officer == TRAINING_OFFICER
    assert training.verify().ok
    assert training.clock() == NOW  # later entries still follow the generated ones


def test_everything_happened_before_now(training: Vault, logs: dict[str, list[Entry]]) -> None:
    for log in logs.values():
        for e in log:
            assert e.occurred_at <= e.recorded_at < NOW
        recorded = [e.recorded_at for e in log]
        assert recorded == sorted(recorded)  # appended in the order recorded
    assert all(r.at <= NOW for r in training.audit_records())
    assert sum(e.is_late for log in logs.values() for e in log) >= 5


def test_victims_from_many_places_named_in_their_own_script(training: Vault) -> None:
    cases = training.list_cases()
    names = " ".join(c.victim_name for c in cases)
    for name in ("Nguyễn Thị Hương", "Ștefan Popescu", "Łukasz Wiśniewski", "王伟"):
        assert name in names
    scripts = {unicodedata.name(ch).split()[0] for ch in names if ch.isalpha()}
    assert {"CYRILLIC", "ETHIOPIC", "ARABIC", "CJK", "GREEK", "LATIN"} <= scripts
    assert sorted(c.pseudonym for c in cases) == sorted(f"V{i}" for i in range(1, 11))
    nationalities = {training.get_case(c.reference).victim.nationality for c in cases}
    assert len(nationalities) == 10


def test_adults_children_and_an_age_dispute(training: Vault) -> None:
    cases = [training.get_case(c.reference) for c in training.list_cases()]
    today = NOW.date()
    children = [c for c in cases if c.victim.is_child(today, c.opened_on)]
    disputed = [c for c in children if c.victim.age_disputed]
    assert len(children) >= 3 and len(disputed) == 1
    assert all(c.victim.date_of_birth is not None for c in children if c not in disputed)
    assert all(c.victim.placement_address for c in children)
    off = [c for c in cases if not c.victim.enhanced_rights.eligible]
    assert len(off) == 1 and off[0].victim.enhanced_rights.reason_not_eligible
    assert not off[0].victim.is_child(today, off[0].opened_on)


def test_only_numbers_reserved_for_drama(training: Vault) -> None:
    for summary in training.list_cases():
        case = training.get_case(summary.reference)
        assert case.victim.safe_contact is not None
        assert DRAMA_MOBILE.match(case.victim.safe_contact.phone or "")
        for contact in case.contacts:
            assert contact.phone is None or DRAMA_LANDLINE.match(contact.phone)


def test_an_opt_out_recorded_as_a_revision(training: Vault) -> None:
    opted = [
        c.reference
        for c in training.list_cases()
        if training.get_case(c.reference).victim.update_preferences.opted_out
    ]
    assert len(opted) == 1
    revisions = training.case_revisions(opted[0])
    assert len(revisions) == 2 and "opted out" in revisions[1][2]
    assert not revisions[0][3].victim.update_preferences.opted_out


def test_interactions_with_interpreters_and_checklist_actions(logs: dict[str, list[Entry]]) -> None:
    interactions = _all(logs, "interaction")
    assert len(interactions) >= 100
    assert sum(1 for e in interactions if e.get("interpreter")) >= 30
    assert sum(1 for e in interactions if e.get("next_contact_on")) >= 100
    done = Counter(a for e in interactions + _all(logs, "note") for a in e.get("actions") or [])
    assert set(done) <= set(ACTIONS)
    assert len(done) >= 15
    authors = {e.author for e in interactions}
    assert len(authors) >= 2  # colleagues cover now and then


def test_provisions_show_need_and_proportionality(logs: dict[str, list[Entry]]) -> None:
    provisions = _all(logs, "provision")
    categories = {e.get("category") for e in provisions}
    assert {"food", "clothing", "accommodation", "transport", "phone", "toiletries"} <= categories
    for e in provisions:
        assert re.fullmatch(r"\d+\.\d\d", e.get("value_gbp"))
        assert e.get("need") and e.get("justification") and e.get("authorised_by")


def test_updates_on_time_late_and_missing(logs: dict[str, list[Entry]]) -> None:
    updates = _all(logs, "victim_update")
    events = _all(logs, "investigation_event")
    assert len(events) >= 30
    answered = {eid for u in updates for eid in u.get("satisfies")}
    assert any(e.id not in answered for e in events)  # some never answered
    assert sum(1 for u in updates if u.get("late_reason")) >= 3
    assert any(u.get("satisfies") == [] for u in updates)  # agreed regular updates


def test_nrm_referrals_follow_the_rules(training: Vault, logs: dict[str, list[Entry]]) -> None:
    for ref, log in logs.items():
        case = training.get_case(ref)
        child = case.victim.is_child(NOW.date(), case.opened_on)
        services = {e.get("service") for e in log if e.type == "referral"}
        assert "victim_support" in services
        if child:
            assert {"mash", "nrm", "ictg"} <= services
            assert "duty_to_notify" not in services
            assert any(e.get("ictg_available") for e in log if e.get("service") == "ictg")
        else:
            assert ("nrm" in services) != ("duty_to_notify" in services)
    dtn = [e for e in _all(logs, "referral") if e.get("service") == "duty_to_notify"]
    assert len(dtn) == 1 and dtn[0].get("consent") is False
    stages = Counter((e.get("stage"), e.get("outcome")) for e in _all(logs, "nrm_decision"))
    assert stages[("reasonable_grounds", "positive")] >= 5
    assert stages[("reasonable_grounds", "negative")] == 1
    assert stages[("reconsideration", "requested")] == 1
    assert any(stage == "conclusive_grounds" for stage, _ in stages)


def test_spoc_changes_corrections_and_sensitive_entries(logs: dict[str, list[Entry]]) -> None:
    assert len(_all(logs, "spoc_change")) >= 2
    corrections = _all(logs, "correction")
    assert len(corrections) >= 3 and all(c.get("reason") for c in corrections)
    sensitive = [e for log in logs.values() for e in log if e.sensitive]
    assert sensitive and all("Placement" in e.get("summary", "") for e in sensitive)


def test_exit_strategies_at_every_stage(training: Vault, logs: dict[str, list[Entry]]) -> None:
    statuses = Counter(e.get("status") for e in _all(logs, "exit_strategy"))
    assert {"drafted", "agreed", "in_progress", "revised", "completed"} <= set(statuses)
    closed = [c for c in training.list_cases() if c.status == "closed"]
    assert len(closed) == 1
    agreed = [
        e for e in logs[closed[0].reference] if e.type == "exit_strategy" and e.get("agreed_with")
    ]
    assert agreed
    reviews = [e.get("review_on") for e in _all(logs, "exit_strategy") if e.get("review_on")]
    assert len(reviews) >= 8


def test_the_same_seed_gives_the_same_cases(
    training: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))
    # Fewer cases: case i does not depend on how many are made.
    with create_training_vault(tmp_path / "again.msvlo", PASSPHRASE, now=NOW, cases=1) as again:
        refs = [c.reference for c in again.list_cases()]
        assert refs == ["KESTREL-0001"]
        for ref in refs:
            assert again.export_bundle(ref) == training.export_bundle(ref)


def test_benchmark_sized_cases_are_whole_and_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))
    with create_training_vault(
        tmp_path / "big.msvlo", PASSPHRASE, now=NOW, cases=1, entries_per_case=300
    ) as big:
        assert [c.entry_count for c in big.list_cases()] == [300]
        assert big.verify().ok
        for c in big.list_cases():
            log = big.entries(c.reference)
            assert all(e.occurred_at <= e.recorded_at < NOW for e in log)
            assert london(log[-1].recorded_at).date() <= NOW.date()


def test_a_failed_fill_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))
    with pytest.raises(ValueError, match="at least 1"):
        create_training_vault(tmp_path / "bad.msvlo", PASSPHRASE, now=NOW, entries_per_case=0)
    assert not (tmp_path / "bad.msvlo").exists()
