"""The case list reads only the fields it shows from each stored record, and says the same
as the whole record parsed and validated again would (storage/case_summary.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from storage_samples import header

from msvlo_desktop.core.case import parse_case_header
from msvlo_desktop.services.training import create_training_vault
from msvlo_desktop.storage import case_summary, rows
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import CaseSummary, Vault

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def _summaries_by_full_parse(vault: Vault, *, include_closed: bool = True) -> list[CaseSummary]:
    """What list_cases said when it parsed and validated every whole record."""
    today = vault.clock().date()
    out = []
    rows = vault.conn.execute(
        "SELECT reference, header, status, entry_count, last_occurred_at FROM cases"
        " ORDER BY reference"
    ).fetchall()
    for ref, stored, status, count, last in rows:
        if status == "closed" and not include_closed:
            continue
        case = parse_case_header(json.loads(stored), now=datetime(9000, 1, 1, tzinfo=UTC))
        v = case.victim
        out.append(
            CaseSummary(
                reference=ref,
                crime_reference=case.crime_reference,
                victim_name=v.name,
                pseudonym=v.pseudonym,
                is_child=v.is_child(today, case.opened_on),
                age_disputed=v.age_disputed,
                enhanced_rights=v.has_enhanced_rights(today, case.opened_on),
                status=status,
                opened_on=case.opened_on.isoformat(),
                entry_count=count,
                last_occurred_at=datetime.fromisoformat(last) if last else None,
            )
        )
    return out


@pytest.fixture(scope="module")
def training(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder = tmp_path_factory.mktemp("summaries")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        vault = create_training_vault(folder / "training.msvlo", PASSPHRASE, now=NOW, cases=40)
    yield vault
    vault.close()


def test_the_case_list_says_what_the_whole_records_say(training: Vault) -> None:
    case_summary.clear_cache()
    listed = training.list_cases()
    assert len(listed) == 40
    assert listed == _summaries_by_full_parse(training)
    assert training.list_cases(include_closed=False) == _summaries_by_full_parse(
        training, include_closed=False
    )
    # The generated cases cover what the flags depend on, so the comparison means something.
    assert {s.is_child for s in listed} == {True, False}
    assert {s.enhanced_rights for s in listed} == {True, False}


@pytest.mark.parametrize(
    "victim",
    [
        {"claimed_age": 16, "age_disputed": False},  # a child by claimed age
        {"claimed_age": 17, "age_disputed": False},  # turns 18 between opening and today
        {"claimed_age": 30, "age_disputed": True},  # disputed: a child until assessed
        {"claimed_age": None, "date_of_birth": "2009-12-01", "age_disputed": False},
        {"claimed_age": None, "date_of_birth": "01/12/1990", "age_disputed": False},
        {
            "claimed_age": 40,
            "age_disputed": False,
            "enhanced_rights": {
                "eligible": False,
                "categories": [],
                "reason_not_eligible": "Assessed: not eligible.",
            },
        },
        {"claimed_age": 40, "age_disputed": False, "name": "  Ana\u0301 Pereira  "},
    ],
)
def test_each_flag_matches_the_full_parse(tmp_path: Path, victim: dict[str, Any]) -> None:
    record = header("KESTREL-0007", **victim)
    record["crime_reference"] = None if "date_of_birth" in victim else " CR-1 "
    stored = json.dumps(record, ensure_ascii=False, sort_keys=True)
    full = parse_case_header(json.loads(stored), now=datetime(9000, 1, 1, tzinfo=UTC))
    case_summary.clear_cache()
    quick = case_summary.listed(stored, lambda h: pytest.fail("read without the full parse"))
    assert quick.crime_reference == full.crime_reference
    assert quick.opened_on == full.opened_on
    assert quick.victim.name == full.victim.name
    assert quick.victim.pseudonym == full.victim.pseudonym
    assert quick.victim.age_disputed == full.victim.age_disputed
    for day in (date(2026, 3, 2), date(2027, 6, 1), date(2030, 1, 1)):
        assert quick.victim.is_child(day, quick.opened_on) == full.victim.is_child(
            day, full.opened_on
        )
        assert quick.victim.has_enhanced_rights(
            day, quick.opened_on
        ) == full.victim.has_enhanced_rights(day, full.opened_on)


def test_a_record_it_cannot_read_goes_through_the_full_parse() -> None:
    record = header("KESTREL-0008")
    record["victim"]["claimed_age"] = "sixteen"
    stored = json.dumps(record)
    seen: list[str] = []

    def full(h: str) -> Any:
        seen.append(h)
        return rows.parse_stored_header(h)

    case_summary.clear_cache()
    with pytest.raises(Exception, match="whole number"):
        case_summary.listed(stored, full)
    assert seen == [stored]


def test_the_case_list_does_not_validate_phone_numbers_again(
    training: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cost it removes: every phone number of every record parsed at each reread."""
    from msvlo_desktop.core import values

    calls: list[object] = []
    real = values.phone
    monkeypatch.setattr(values, "phone", lambda *a, **k: calls.append(a) or real(*a, **k))
    case_summary.clear_cache()
    rows.parse_stored_header.cache_clear()
    assert len(training.list_cases()) == 40
    assert calls == []
