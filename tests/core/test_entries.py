"""Entry validation: each type's fields, the rules that depend on the case, corrections."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from msvlo_desktop.core.entries import (
    ACTIONS,
    FIELDS,
    Entry,
    EntryContext,
    corrections_of,
    effective_entries,
    search_text,
    summary,
    validate_entry,
)
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.victim import parse_victim

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
OPENED = date(2026, 3, 2)


def _victim(**changes: Any) -> Any:
    raw = {"name": "Elira Krasniqi", "pseudonym": "V2", "date_of_birth": "1990-05-01"}
    raw.update(changes)
    return parse_victim(raw, today=NOW.date(), opened_on=OPENED)


ADULT = _victim()
CHILD = _victim(date_of_birth="2010-01-01")
DISPUTED = _victim(date_of_birth=None, claimed_age=19, age_disputed=True)


def ctx(victim: Any = ADULT, existing: dict[str, Entry] | None = None) -> EntryContext:
    return EntryContext(now=NOW, victim=victim, opened_on=OPENED, existing=existing or {})


def raw(entry_type: str, **fields: Any) -> dict[str, Any]:
    return {
        "type": entry_type,
        "occurred_at": "2026-03-03T10:00:00+00:00",
        "author": "PC 1234 A. Smith",
        **fields,
    }


PROVISION = {
    "category": "food",
    "description": "Hot meal",
    "quantity": 1,
    "value_gbp": "7.80",
    "need": "Had not eaten.",
    "justification": "Basic welfare need.",
    "authorised_by": "PS 1877 K. Doyle",
}


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in exc.value.problems}


def test_a_provision_is_normalised() -> None:
    e = validate_entry(raw("provision", **{**PROVISION, "value_gbp": Decimal("7.8")}), ctx())
    assert e.data["value_gbp"] == "7.80"
    assert e.value_gbp == Decimal("7.80")
    assert e.recorded_at == NOW
    assert len(e.id) == 32
    assert e.to_json()["sensitive"] is False
    assert "Hot meal × 1 (£7.80)" in summary(e)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("value_gbp", 7.8, "not a number"),
        ("value_gbp", "-2", "negative"),
        ("value_gbp", "7.801", "two decimal places"),
        ("quantity", 0, "at least 1"),
        ("quantity", 1.5, "whole number"),
        ("category", "sweets", "must be one of"),
        ("need", "  ", "required"),
        ("authorised_by", None, "required"),
    ],
)
def test_provision_fields_are_checked(field: str, value: Any, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_entry(raw("provision", **{**PROVISION, field: value}), ctx())
    assert message in problems(caught)[field]


def test_every_problem_is_reported_with_its_field() -> None:
    bad = raw("provision", **{**PROVISION, "value_gbp": 1.5, "quantity": "x", "colour": "red"})
    bad["occurred_at"] = "2030-01-01T00:00:00+00:00"
    with pytest.raises(ValidationError) as caught:
        validate_entry(bad, ctx())
    found = problems(caught)
    assert set(found) >= {"value_gbp", "quantity", "colour", "occurred_at"}
    assert found["colour"] == "is not a field of a provision."
    assert "future" in found["occurred_at"]


def test_entry_type_must_be_known() -> None:
    with pytest.raises(ValidationError, match="Entry type must be one of"):
        validate_entry(raw("chat", summary="x"), ctx())
    with pytest.raises(ValidationError, match="must be an object"):
        validate_entry(["not", "an", "object"], ctx())


def test_future_and_inverted_times_are_refused() -> None:
    with pytest.raises(ValidationError, match="cannot be in the future"):
        validate_entry(raw("note", summary="x", occurred_at="2026-11-20T12:05:00Z"), ctx())
    imported = raw("note", summary="x", id="a", recorded_at="2026-03-01T00:00:00+00:00")
    with pytest.raises(ValidationError, match="recorded before it happened"):
        validate_entry(imported, ctx(), imported=True)


def test_late_entries_are_flagged() -> None:
    e = validate_entry(raw("note", summary="Written up later."), ctx())
    assert e.is_late  # occurred in March, recorded in November
    prompt = validate_entry(raw("note", summary="x", occurred_at="2026-11-20T09:00:00Z"), ctx())
    assert not prompt.is_late


def test_imported_ids_must_be_unique() -> None:
    first = validate_entry(
        raw("note", summary="x", id="n1", recorded_at=NOW.isoformat()), ctx(), imported=True
    )
    with pytest.raises(ValidationError, match="used twice"):
        validate_entry(
            raw("note", summary="y", id="n1", recorded_at=NOW.isoformat()),
            ctx(existing={"n1": first}),
            imported=True,
        )


@pytest.mark.parametrize("victim", [CHILD, DISPUTED], ids=["under 18", "age disputed"])
def test_a_child_never_gets_a_duty_to_notify(victim: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_entry(raw("referral", service="duty_to_notify"), ctx(victim))
    assert "never given a Duty to Notify" in problems(caught)["service"]
    # An NRM referral for a child needs no consent.
    e = validate_entry(raw("referral", service="nrm", consent=None), ctx(victim))
    assert e.data["service"] == "nrm"


def test_an_adult_who_does_not_consent_gets_a_duty_to_notify() -> None:
    with pytest.raises(ValidationError, match="Duty to Notify"):
        validate_entry(raw("referral", service="nrm", consent=False), ctx(ADULT))
    e = validate_entry(raw("referral", service="duty_to_notify", consent=False), ctx(ADULT))
    assert e.data == {"service": "duty_to_notify", "consent": False}


def test_a_victim_update_must_name_investigation_events() -> None:
    event = validate_entry(raw("investigation_event", event="arrest"), ctx())
    note = validate_entry(raw("note", summary="x"), ctx())
    existing = {event.id: event, note.id: note}
    ok = validate_entry(
        raw("victim_update", satisfies=[event.id, event.id], method="phone", summary="Told."),
        ctx(existing=existing),
    )
    assert ok.data["satisfies"] == [event.id]
    with pytest.raises(ValidationError, match="No entry 'missing'"):
        validate_entry(
            raw("victim_update", satisfies=["missing"], method="phone", summary="Told."),
            ctx(existing=existing),
        )
    with pytest.raises(ValidationError, match="not an investigation event"):
        validate_entry(
            raw("victim_update", satisfies=[note.id], method="phone", summary="Told."),
            ctx(existing=existing),
        )
    agreed = validate_entry(raw("victim_update", method="phone", summary="Regular."), ctx())
    assert agreed.data["satisfies"] == []


def test_an_agreed_exit_strategy_names_the_lead_investigator() -> None:
    with pytest.raises(ValidationError, match="Name the lead investigator"):
        validate_entry(raw("exit_strategy", status="agreed"), ctx())
    e = validate_entry(
        raw(
            "exit_strategy", status="agreed", agreed_with="DS 2210 R. Patel", review_on="01/02/2027"
        ),
        ctx(),
    )
    assert e.data["review_on"] == "2027-02-01"


def test_nrm_outcomes_depend_on_the_stage() -> None:
    with pytest.raises(ValidationError, match="Outcome must be one of"):
        validate_entry(
            raw("nrm_decision", stage="reasonable_grounds", outcome="trafficking"), ctx()
        )
    e = validate_entry(
        raw("nrm_decision", stage="conclusive_grounds", outcome="trafficking"), ctx()
    )
    assert "Conclusive grounds: trafficking" in summary(e)


def test_actions_come_from_the_checklist_vocabulary() -> None:
    e = validate_entry(
        raw("interaction", mode="phone", summary="Call.", actions=["nrm_explained"]), ctx()
    )
    assert e.data["actions"] == ["nrm_explained"]
    assert "nrm_explained" in ACTIONS
    with pytest.raises(ValidationError):
        validate_entry(raw("interaction", mode="phone", summary="Call.", actions=["x"]), ctx())


def test_spoc_change_contact() -> None:
    e = validate_entry(
        raw(
            "spoc_change",
            contact={"name": "PC 3390 L. Hughes", "phone": "01632 960002"},
            victim_informed=True,
        ),
        ctx(),
    )
    assert e.data["contact"] == {
        "role": "spoc",
        "name": "PC 3390 L. Hughes",
        "phone": "+441632960002",
    }
    with pytest.raises(ValidationError):
        validate_entry(
            raw("spoc_change", contact={"role": "msvlo", "name": "x"}, victim_informed=True), ctx()
        )


def _log() -> list[Entry]:
    existing: dict[str, Entry] = {}
    out = []
    for r in (
        raw("provision", id="p1", **PROVISION),
        raw("note", id="n1", summary="Original note."),
    ):
        e = validate_entry(r, ctx(existing=existing))
        existing[e.id] = e
        out.append(e)
    corr = validate_entry(
        raw(
            "correction",
            id="c1",
            corrects="p1",
            reason="Mistyped value.",
            replacement={**PROVISION, "value_gbp": "8.70"},
        ),
        ctx(existing=existing),
    )
    existing[corr.id] = corr
    out.append(corr)
    return out


def test_a_correction_names_an_existing_entry_and_gives_a_reason() -> None:
    log = _log()
    existing = {e.id: e for e in log}
    with pytest.raises(ValidationError, match="No entry 'missing' to correct"):
        validate_entry(
            raw("correction", corrects="missing", reason="x", replacement={"summary": "y"}),
            ctx(existing=existing),
        )
    with pytest.raises(ValidationError) as caught:
        validate_entry(
            raw("correction", corrects="n1", replacement={"summary": "y"}), ctx(existing=existing)
        )
    assert "reason" in problems(caught)
    with pytest.raises(ValidationError, match="can only be corrected by another one"):
        validate_entry(
            raw(
                "correction",
                corrects="n1",
                reason="x",
                replacement={"type": "provision", **PROVISION},
            ),
            ctx(existing=existing),
        )
    with pytest.raises(ValidationError) as caught:
        validate_entry(
            raw(
                "correction", corrects="p1", reason="x", replacement={**PROVISION, "value_gbp": 1.5}
            ),
            ctx(existing=existing),
        )
    assert "replacement.value_gbp" in problems(caught)


def test_the_log_as_corrected_keeps_the_original_visible() -> None:
    log = _log()
    effective = effective_entries(log)
    assert [e.id for e in effective] == ["p1", "n1"]
    assert effective[0].data["value_gbp"] == "8.70"
    assert log[0].data["value_gbp"] == "7.80"  # the original is untouched
    assert [c.id for c in corrections_of(log)["p1"]] == ["c1"]
    assert "Mistyped value" in summary(log[2])
    assert "Hot meal" in search_text(log[2])  # the replacement's words are searchable


def test_every_field_table_entry_has_a_parser() -> None:
    for entry_type, specs in FIELDS.items():
        names = [s.name for s in specs]
        assert len(names) == len(set(names)), entry_type
        for spec in specs:
            assert callable(spec.parse) and spec.label
