"""Each case's pending obligations kept in the vault (storage/digest.py): the same answer as
working everything out from the whole log, at any moment; worked out again whenever what
they depend on changes; built for a vault upgraded from schema version 1; never exported."""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shared_fixtures import PASSPHRASE, FakeClock
from storage_samples import add_sample_case, header

from msvlo_desktop.core.calendar import WorkingDayCalendar
from msvlo_desktop.core.obligations import (
    Obligation,
    case_obligations,
    default_calendar,
    sort_by_urgency,
    stable_from,
)
from msvlo_desktop.core.rules import RIGHT6_EVENTS, RIGHT6_UPDATE, RULES, Rule
from msvlo_desktop.services.today import TodayLine, compute_today, group_of
from msvlo_desktop.storage import digest, schema
from msvlo_desktop.storage.errors import DiskFull
from msvlo_desktop.storage.vault import Officer, Vault

AT = datetime(2026, 11, 20, 12, tzinfo=UTC)
OTHER = "HERON-0002"
SAMPLE = "KESTREL-0042"
LOCAL_DAY = WorkingDayCalendar({date(2026, 4, 14): "Local bank holiday"})


# ----------------------------------------------------------------------------- the reference
def fresh(
    vault: Vault, refs: list[str], at: datetime, cal: WorkingDayCalendar
) -> tuple[list[TodayLine], dict[str, tuple[Obligation, ...]]]:
    """What the Today view and the next-due column showed before anything was kept: every
    open case's whole log read and the engine run on it."""
    lines: list[TodayLine] = []
    pending: dict[str, tuple[Obligation, ...]] = {}
    for ref in refs:
        case = vault.get_case(ref)
        if case.status == "closed":
            continue
        entries = vault.entries(ref)
        obligations = case_obligations(case, entries, at, calendar=cal)
        pending[ref] = tuple(
            sort_by_urgency(
                o for o in obligations if o.status in ("due", "overdue") and not o.is_milestone
            )
        )
        owed = [(g, o) for o in obligations if (g := group_of(o, at)) is not None]
        strategy = None
        if any(o.kind == "exit_strategy_review" for _, o in owed):
            from msvlo_desktop.core.entries import effective_entries

            kept = [e for e in effective_entries(entries) if e.type == "exit_strategy"]
            kept.sort(key=lambda e: e.occurred_at)
            strategy = dict(kept[-1].data) if kept else None
        for g, o in owed:
            review = strategy if o.kind == "exit_strategy_review" else None
            lines.append(TodayLine(g, o, case.victim.name, case.victim.pseudonym, review))
    by_key = {line.key: line for line in lines}
    return [by_key[o.key] for o in sort_by_urgency(line.obligation for line in lines)], pending


def assert_same_as_fresh(
    vault: Vault, refs: list[str], at: datetime, cal: WorkingDayCalendar | None = None
) -> None:
    cal = cal or default_calendar()
    got = compute_today(vault, at, calendar=cal, refs=refs)
    lines, pending = fresh(vault, refs, at, cal)
    assert list(got.lines) == lines
    assert dict(got.pending) == pending


def stored(vault: Vault) -> dict[int, tuple[str, str]]:
    rows = vault.conn.execute("SELECT case_id, key, body FROM case_digest").fetchall()
    return {int(r[0]): (str(r[1]), str(r[2])) for r in rows}


def pass_at(vault: Vault, at: datetime = AT, **kw: Any) -> digest.PendingPass:
    return digest.pending_obligations(vault, at, **kw)


# ----------------------------------------------------------------------------- generated logs
_case_numbers = itertools.count(1)


@st.composite
def logs(draw: st.DrawFn) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A case record and a log that the vault accepts: every type the engine reads, the
    ones it skips, declines, and corrections (of corrections too)."""
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)

    def moment() -> datetime:
        return start + timedelta(minutes=draw(st.integers(0, 60 * 24 * 110)))

    ref = f"PROP-{next(_case_numbers):05d}"
    every = draw(st.sampled_from([None, 7, 14]))
    opted_out = draw(st.integers(0, 5)) == 0
    prefs: dict[str, Any] = {"every_days": every, "opted_out": opted_out}
    if opted_out:
        prefs["opted_out_on"] = "2026-04-01"
    enhanced = draw(st.booleans())
    rights = (
        {"eligible": True, "categories": ["most_serious_crime"]}
        if enhanced
        else {"eligible": False, "categories": [], "reason_not_eligible": "Assessed."}
    )
    record = header(
        ref,
        "Test Victim",
        claimed_age=30,
        age_disputed=False,
        enhanced_rights=rights,
        update_preferences=prefs,
    )
    if draw(st.booleans()):
        record.pop("crime_reported_at")
    raws: list[dict[str, Any]] = []

    def add(raw: dict[str, Any]) -> None:
        raws.append({"id": f"{ref}-e{len(raws) + 1}", "occurred_at": moment().isoformat(), **raw})

    kinds = st.sampled_from(
        [
            "investigation_event",
            "investigation_event",
            "victim_update",
            "victim_update",
            "referral",
            "nrm_decision",
            "exit_strategy",
            "interaction",
            "note",
            "provision",
            "correction",
        ]
    )
    for kind in draw(st.lists(kinds, max_size=12)):
        events = [r["id"] for r in raws if r["type"] == "investigation_event"]
        if kind == "investigation_event":
            add({"type": kind, "event": draw(st.sampled_from(sorted(RIGHT6_EVENTS)))})
        elif kind == "victim_update":
            named = draw(st.lists(st.sampled_from(events), unique=True)) if events else []
            update = {"type": kind, "satisfies": named, "method": "phone", "summary": "Told."}
            if draw(st.booleans()):
                update["late_reason"] = "Victim abroad."
            add(update)
        elif kind == "referral":
            service = draw(st.sampled_from(["msvcc", "gp", "nrm", "duty_to_notify", "other"]))
            add({"type": kind, "service": service, "consent": True})
        elif kind == "nrm_decision":
            stage = draw(st.sampled_from(["reasonable_grounds", "conclusive_grounds"]))
            outcome = (
                draw(st.sampled_from(["positive", "negative"]))
                if stage == "reasonable_grounds"
                else "trafficking"
            )
            add({"type": kind, "stage": stage, "outcome": outcome})
        elif kind == "exit_strategy":
            review = date(2026, 3, 2) + timedelta(days=draw(st.integers(0, 120)))
            add({"type": kind, "status": "drafted", "review_on": review.isoformat()})
        elif kind in ("interaction", "note"):
            actions = draw(
                st.sampled_from([[], ["risk_assessment"], ["support_referral_declined"]])
            )
            entry: dict[str, Any] = {"type": kind, "summary": "Call."}
            if kind == "interaction":
                entry["mode"] = "phone"
            if actions:
                entry["actions"] = actions
            add(entry)
        elif kind == "provision":
            add(
                {
                    "type": kind,
                    "category": "food",
                    "description": "Meal",
                    "quantity": 1,
                    "value_gbp": "5.00",
                    "need": "Hungry.",
                    "justification": "Welfare.",
                    "authorised_by": "PS 1877 K. Doyle",
                }
            )
        elif raws:
            target = draw(st.sampled_from(raws))
            original = target
            while original["type"] == "correction":
                original = next(r for r in raws if r["id"] == original["corrects"])
            body = {k: v for k, v in original.items() if k not in ("id", "type", "occurred_at")}
            if original["type"] in ("interaction", "note"):
                body["actions"] = draw(
                    st.sampled_from([["risk_assessment"], ["support_referral_declined"]])
                )
            elif original["type"] == "referral":
                body["service"] = draw(st.sampled_from(["msvcc", "gp", "nrm", "other"]))
            elif original["type"] == "investigation_event":
                body["event"] = draw(st.sampled_from(sorted(RIGHT6_EVENTS)))
            shift = timedelta(hours=draw(st.integers(-72, 72)))
            when = datetime.fromisoformat(original["occurred_at"]) + shift
            body["occurred_at"] = min(when, AT - timedelta(days=1)).isoformat()
            add(
                {
                    "type": "correction",
                    "corrects": target["id"],
                    "reason": "Wrong.",
                    "replacement": body,
                }
            )
    return record, raws


# Evaluation moments moving forward from before the first entry to weeks after the last,
# across the weekends and bank holidays of spring 2026 (Good Friday 3 April, Easter Monday 6
# April, 4 and 25 May), in whole minutes and at the last second of a London day.
moments = st.lists(
    st.one_of(
        st.integers(0, 60 * 24 * 150).map(
            lambda m: datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=m)
        ),
        st.integers(0, 150).map(
            lambda d: datetime(2026, 3, 1, 23, 59, 59, tzinfo=UTC) + timedelta(days=d)
        ),
    ),
    min_size=1,
    max_size=7,
).map(sorted)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    logs(),
    moments,
    st.sampled_from([None, LOCAL_DAY]),
    st.one_of(st.none(), st.integers(0, 6)),
)
def test_today_from_kept_obligations_equals_working_everything_out(
    vault: Vault,
    case_log: tuple[dict[str, Any], list[dict[str, Any]]],
    times: list[datetime],
    cal: WorkingDayCalendar | None,
    late_at: int | None,
) -> None:
    record, raws = case_log
    ref = record["reference"]
    vault.add_case(record)
    if raws:
        vault.add_entries(ref, raws)
    cal = cal or default_calendar()
    for i, at in enumerate(times):
        if i == late_at:
            # An entry saved between two refreshes: a new event to tell the victim about.
            vault.add_entry(
                ref,
                {
                    "type": "investigation_event",
                    # Never before the case was opened (core/sequence.py refuses that).
                    "occurred_at": max(
                        at - timedelta(hours=30), datetime(2026, 3, 2, 9, tzinfo=UTC)
                    ).isoformat(),
                    "event": "charged",
                },
            )
        assert_same_as_fresh(vault, [ref], at, cal)
        entries_now = vault.entries(ref)
        if at >= stable_from(vault.get_case(ref), entries_now):
            # Kept now, so a second pass at the same moment reads no log.
            again = pass_at(vault, at, refs=[ref], calendar=cal)
            assert (again.reused, again.worked_out) == (1, 0)


def _declines_case(vault: Vault, ref: str) -> None:
    """A crime report with no support referral yet, a call, and a referral to come."""
    record = header(ref, "Test Victim", claimed_age=30, age_disputed=False)
    record["crime_reported_at"] = "2026-03-02T09:15:00+00:00"
    vault.add_case(record)
    vault.add_entries(
        ref,
        [
            {
                "id": f"{ref}-call",
                "type": "interaction",
                "occurred_at": "2026-03-03T10:00:00+00:00",
                "mode": "phone",
                "summary": "Talked about support.",
                "actions": ["risk_assessment"],
            },
            {
                "id": f"{ref}-ref",
                "type": "referral",
                "occurred_at": "2026-03-20T10:00:00+00:00",
                "service": "msvcc",
                "consent": True,
            },
        ],
    )


def test_a_decline_recorded_by_correction_is_read(vault: Vault) -> None:
    """An interaction corrected to record the victim declining support: the correction is
    read with the entry it corrects, whatever that entry's type."""
    _declines_case(vault, "DECLINE-0001")
    vault.add_entry(
        "DECLINE-0001",
        {
            "type": "correction",
            "occurred_at": "2026-03-04T10:00:00+00:00",
            "corrects": "DECLINE-0001-call",
            "reason": "The victim declined a referral.",
            "replacement": {
                "mode": "phone",
                "summary": "Talked about support.",
                "actions": ["support_referral_declined"],
            },
        },
    )
    # Before the referral: the support referral was met by the decline, as corrected.
    before = datetime(2026, 3, 10, tzinfo=UTC)
    assert all(
        o.kind != "support_referral"
        for o in pass_at(vault, before).cases["DECLINE-0001"].obligations
    )
    assert_same_as_fresh(vault, ["DECLINE-0001"], before)
    assert_same_as_fresh(vault, ["DECLINE-0001"], AT)


def test_before_a_referral_a_decline_still_counts(vault: Vault) -> None:
    """Evaluated before the support referral was made, a decline recorded earlier answers
    Right 4, though the referral will later: declines are read for such a moment too."""
    _declines_case(vault, "DECLINE-0002")
    vault.add_entry(
        "DECLINE-0002",
        {
            "type": "note",
            "occurred_at": "2026-03-04T10:00:00+00:00",
            "summary": "Victim does not want a referral now.",
            "actions": ["support_referral_declined"],
        },
    )
    before = datetime(2026, 3, 10, tzinfo=UTC)
    found = pass_at(vault, before)
    assert all(o.kind != "support_referral" for o in found.cases["DECLINE-0002"].obligations)
    assert found.stored == 0  # the referral lies ahead: nothing kept for later
    assert_same_as_fresh(vault, ["DECLINE-0002"], before)
    # Without the decline the same moment owes the referral (overdue).
    _declines_case(vault, "DECLINE-0003")
    owed = pass_at(vault, before).cases["DECLINE-0003"].obligations
    assert [o.status for o in owed if o.kind == "support_referral"] == ["overdue"]


# ----------------------------------------------------------------------------- invalidation
@pytest.fixture
def two_cases(vault: Vault) -> Vault:
    add_sample_case(vault, SAMPLE)
    record = header(OTHER, "Elira Krasniqi", claimed_age=30, age_disputed=False)
    record["victim"]["update_preferences"] = {"every_days": 14}
    vault.add_case(record)
    vault.add_entry(
        OTHER,
        {
            "type": "investigation_event",
            "occurred_at": "2026-11-09T09:00:00+00:00",
            "event": "arrest",
        },
    )
    return vault


def worked_out(vault: Vault, **kw: Any) -> int:
    found = pass_at(vault, **kw)
    assert found.store_problem is None
    return found.worked_out


def test_a_first_pass_works_out_and_keeps_every_open_case(two_cases: Vault) -> None:
    vault = two_cases
    found = pass_at(vault)
    assert (found.worked_out, found.reused, found.stored) == (2, 0, 2)
    assert len(stored(vault)) == 2
    found = pass_at(vault)
    assert (found.worked_out, found.reused, found.stored) == (0, 2, 0)
    # Kept in the vault, not only in this process: a second connection reads it too.
    other = vault.worker_connection()
    try:
        assert (pass_at(other).worked_out, pass_at(other).reused) == (0, 2)
    finally:
        other.close()
    assert_same_as_fresh(vault, [SAMPLE, OTHER], AT)


def test_a_pass_writes_nothing_to_the_record(two_cases: Vault) -> None:
    vault = two_cases
    audit_before = vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    heads = {ref: vault.chain_head(ref) for ref in (SAMPLE, OTHER)}
    pass_at(vault)
    assert vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before
    assert {ref: vault.chain_head(ref) for ref in (SAMPLE, OTHER)} == heads
    assert vault.verify().ok


def test_a_new_entry_makes_only_its_case_worked_out_again(two_cases: Vault) -> None:
    vault = two_cases
    pass_at(vault)
    vault.add_entry(
        OTHER,
        {
            "type": "investigation_event",
            "occurred_at": "2026-11-19T09:00:00+00:00",
            "event": "charged",
        },
    )
    found = pass_at(vault)
    assert (found.worked_out, found.reused) == (1, 1)
    assert any(o.source_event == "charged" for o in found.cases[OTHER].obligations)
    assert_same_as_fresh(vault, [SAMPLE, OTHER], AT)


def test_a_correction_makes_its_case_worked_out_again(two_cases: Vault) -> None:
    vault = two_cases
    pass_at(vault)
    arrest = next(e for e in vault.entries(OTHER) if e.type == "investigation_event")
    vault.add_entry(
        OTHER,
        {
            "type": "correction",
            "occurred_at": "2026-11-19T10:00:00+00:00",
            "corrects": arrest.id,
            "reason": "It was a charge.",
            "replacement": {"event": "charged"},
        },
    )
    found = pass_at(vault)
    assert (found.worked_out, found.reused) == (1, 1)
    events = {o.source_event for o in found.cases[OTHER].obligations if o.source == arrest.id}
    assert events == {"charged"}
    assert_same_as_fresh(vault, [SAMPLE, OTHER], AT)


def test_a_changed_case_record_makes_its_case_worked_out_again(two_cases: Vault) -> None:
    vault = two_cases
    before = pass_at(vault).cases[OTHER]
    case = vault.get_case(OTHER)
    prefs = case.victim.update_preferences
    victim = case.victim.__class__(
        **{
            **case.victim.__dict__,
            "update_preferences": prefs.__class__(**{**prefs.__dict__, "every_days": 3}),
        }
    )
    vault.update_case(OTHER, case.with_changes(victim=victim), reason="Victim asked for more.")
    found = pass_at(vault)
    assert (found.worked_out, found.reused) == (1, 1)
    assert found.cases[OTHER].obligations != before.obligations
    assert "every 3 days" in " ".join(o.label for o in found.cases[OTHER].obligations)
    assert_same_as_fresh(vault, [SAMPLE, OTHER], AT)


def test_a_renamed_victim_shows_under_the_new_name(two_cases: Vault) -> None:
    vault = two_cases
    pass_at(vault)
    case = vault.get_case(OTHER)
    victim = case.victim.__class__(**{**case.victim.__dict__, "name": "Elira Hoxha"})
    vault.update_case(OTHER, case.with_changes(victim=victim), reason="Name corrected.")
    found = pass_at(vault)
    assert found.worked_out == 1 and found.cases[OTHER].victim_name == "Elira Hoxha"


def test_closing_and_reopening(two_cases: Vault) -> None:
    vault = two_cases
    pass_at(vault)
    vault.add_entry(
        OTHER,
        {
            "type": "exit_strategy",
            "occurred_at": "2026-11-19T09:00:00+00:00",
            "status": "agreed",
            "agreed_with": "DI 2231 R. Patel",
            "review_on": "2026-11-24",
        },
    )
    vault.close_case(
        OTHER, reason="Exit strategy completed.", acknowledged=vault.closing_outstanding(OTHER)
    )
    found = pass_at(vault)
    assert OTHER in found.closed and OTHER not in found.cases
    vault.reopen_case(OTHER, reason="New information.")
    found = pass_at(vault)
    assert OTHER in found.cases and found.worked_out == 1
    assert_same_as_fresh(vault, [SAMPLE, OTHER], AT)
    # The key follows the record's status and closing time, which the log does not show.
    keys = {
        digest.digest_key("e", 1, "h", "{}", status, closed_at)
        for status, closed_at in (("open", None), ("closed", "2026-11-20T12:00:00+00:00"))
    }
    assert len(keys) == 2


def test_an_imported_case_is_worked_out(two_cases: Vault) -> None:
    vault = two_cases
    pass_at(vault)
    bundle = vault.export_bundle(OTHER, record=False)
    bundle["case"]["reference"] = "IMPORT-0003"
    bundle["case"].pop("integrity", None)  # the chain names the reference
    vault.import_bundle(json.dumps(bundle))
    found = pass_at(vault)
    assert (found.worked_out, found.reused) == (1, 2)
    assert len(stored(vault)) == 3
    assert_same_as_fresh(vault, [SAMPLE, OTHER, "IMPORT-0003"], AT)


def test_a_changed_calendar_makes_every_case_worked_out_again(two_cases: Vault) -> None:
    vault = two_cases
    assert worked_out(vault) == 2
    # 23 November 2026 made a local bank holiday: the arrest update moves a working day.
    local = WorkingDayCalendar({date(2026, 11, 23): "Local bank holiday"})
    assert worked_out(vault, calendar=local) == 2
    assert worked_out(vault, calendar=local) == 0
    assert worked_out(vault, calendar=WorkingDayCalendar({date(2026, 11, 23): "Local"})) == 2
    assert worked_out(vault) == 2
    assert_same_as_fresh(vault, [SAMPLE, OTHER], AT, local)


def test_new_rules_or_a_new_engine_make_every_case_worked_out_again(
    two_cases: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = two_cases
    assert worked_out(vault) == 2
    current = RULES.rule(RIGHT6_UPDATE, date(2026, 1, 1))
    newer = Rule(current.id, current.source, "2026b", date(2026, 6, 1), current.params)
    assert worked_out(vault, rules=RULES.with_rules(newer)) == 2
    assert worked_out(vault) == 2
    assert worked_out(vault) == 0
    monkeypatch.setattr(digest, "ENGINE_VERSION", digest.ENGINE_VERSION + 1)
    assert worked_out(vault) == 2


def test_evaluated_before_an_entry_nothing_is_kept(two_cases: Vault) -> None:
    vault = two_cases
    early = datetime(2026, 11, 9, 8, tzinfo=UTC)  # before OTHER's arrest
    found = pass_at(vault, early)
    assert OTHER in found.cases and found.stored == 1  # SAMPLE's log is all before
    assert_same_as_fresh(vault, [OTHER], early)
    assert pass_at(vault, early).worked_out == 1
    assert pass_at(vault).worked_out == 1
    assert pass_at(vault).worked_out == 0


def test_a_damaged_digest_is_worked_out_again(two_cases: Vault) -> None:
    vault = two_cases
    pass_at(vault)
    fresh_vault = vault.worker_connection()  # nothing read into this object yet
    try:
        with fresh_vault.mutex:
            fresh_vault.conn.execute("UPDATE case_digest SET body = '{\"pending\": 3}'")
        found = pass_at(fresh_vault)
        assert found.worked_out == 2
        assert_same_as_fresh(fresh_vault, [SAMPLE, OTHER], AT)
    finally:
        fresh_vault.close()


def test_a_digest_that_cannot_be_written_is_no_error(
    two_cases: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = two_cases

    def full(*args: Any, **kw: Any) -> Any:
        raise DiskFull("Keeping what is due")

    monkeypatch.setattr(digest, "transaction", full)
    found = pass_at(vault)
    assert found.stored == 0 and found.store_problem and "full" in found.store_problem.lower()
    assert set(found.cases) == {SAMPLE, OTHER}
    assert stored(vault) == {}
    assert_same_as_fresh(vault, [SAMPLE, OTHER], AT)


def test_saving_while_a_pass_runs(two_cases: Vault) -> None:
    """The window's worker uses the window's connection: saves go on during a pass."""
    vault = two_cases
    digest.forget(vault)
    problems: list[BaseException] = []

    def passes() -> None:
        try:
            for i in range(15):
                pass_at(vault, AT + timedelta(minutes=i))
        except BaseException as exc:  # pragma: no cover - reported below
            problems.append(exc)

    worker = threading.Thread(target=passes)
    worker.start()
    for i in range(15):
        vault.add_entry(
            OTHER,
            {
                "type": "investigation_event",
                "occurred_at": (AT - timedelta(hours=i + 1)).isoformat(),
                "event": "arrest",
            },
        )
    worker.join()
    assert problems == []
    assert_same_as_fresh(vault, [SAMPLE, OTHER], AT + timedelta(minutes=20))


# ----------------------------------------------------------------------------- never exported
def test_the_digest_never_leaves_the_vault_in_a_bundle(two_cases: Vault) -> None:
    vault = two_cases
    found = pass_at(vault)
    rows = stored(vault)
    assert rows
    for ref in (SAMPLE, OTHER):
        text = json.dumps(vault.export_bundle(ref, record=False), ensure_ascii=False)
        for key, _ in rows.values():
            assert key not in text
        assert "stable_from" not in text and "case_digest" not in text
        for o in found.cases[ref].obligations:
            assert o.label not in text


# ----------------------------------------------------------------------------- upgrading
def _v1_copy(source: Vault, target: Path) -> None:
    """The source vault's cases, entries and audit written into a new file at schema
    version 1, as a vault of an earlier release would be."""
    conn = sqlcipher3.connect(str(target), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    for statement in schema._split(schema.V1):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"ATTACH DATABASE ? AS src KEY '{PASSPHRASE}'", (str(source.path),))
    for table in ("meta", "cases", "case_revisions", "entries", "audit"):
        columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        names = ", ".join(columns)
        conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM src.{table}")
    conn.execute("DETACH DATABASE src")
    conn.close()


@pytest.fixture
def v1_vault(tmp_path: Path) -> Iterator[Path]:
    clock = FakeClock(AT)
    source = Vault.create(
        tmp_path / "now.msvlo", PASSPHRASE, Officer("A. Smith", "PC 1234"), clock=clock
    )
    try:
        add_sample_case(source, SAMPLE)
        add_sample_case(source, "WREN-0003")
        source.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = tmp_path / "older.msvlo"
        _v1_copy(source, target)
    finally:
        source.close()
    yield target


def test_a_vault_upgraded_from_version_1_gets_its_digests(v1_vault: Path) -> None:
    conn = sqlcipher3.connect(str(v1_vault), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "case_digest" not in tables
    with Vault.open(v1_vault, PASSPHRASE, clock=FakeClock(AT)) as vault:
        assert schema.version(vault.conn) == schema.LATEST
        assert stored(vault) == {}
        found = pass_at(vault)
        assert (found.worked_out, found.stored) == (2, 2)
        assert_same_as_fresh(vault, [SAMPLE, "WREN-0003"], AT)
        assert vault.verify().ok
    with Vault.open(v1_vault, PASSPHRASE, clock=FakeClock(AT)) as vault:
        assert pass_at(vault).worked_out == 0


def test_a_damaged_case_record_is_listed_unreadable_and_the_rest_still_shown(
    vault: Vault,
) -> None:
    add_sample_case(vault)
    vault.add_case(header("HERON-0002", "Ana Popescu"))
    # A record that no longer parses (as if damaged): a ValidationError, not a VaultError.
    vault.conn.execute(
        "UPDATE cases SET header = ? WHERE reference = 'HERON-0002'",
        (json.dumps({"reference": "HERON-0002"}),),
    )
    result = pass_at(vault)
    assert list(result.unreadable) == ["HERON-0002"]
    assert "KESTREL-0042" in result.cases
