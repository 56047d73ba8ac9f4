"""Input bounds: dates within 1900-01-01 to 2100-12-31, amounts within £0.00 to £1,000,000.00,
text-direction characters refused where they can disguise a value, the joiners that scripts
and emoji need accepted. Through core.values, the entry and bundle validators, and `msvlo`."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from msvlo_desktop.core import values as v
from msvlo_desktop.core.bundle import BundleError, build_bundle, dump_bundle, parse_bundle
from msvlo_desktop.core.case import parse_case_header
from msvlo_desktop.core.entries import EntryContext, validate_entry
from msvlo_desktop.core.errors import ValidationError

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]
HOSTILE_MOMENTS = ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"]
FIFTY_NINES = "9" * 50
PERSIAN = "می\u200cخواهم"  # "I want": the non-joiner is part of the word
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji made with joiners
PASS = "kestrel tuesday lantern\n"
HEART = "\u2764\ufe0f"  # the emoji presentation selector


def header(**victim: Any) -> dict[str, Any]:
    return {
        "reference": "KESTREL-0042",
        "crime_reference": "CR-12345-26",
        "opened_on": "2026-03-02",
        "crime_reported_at": "2026-03-02T09:15:00+00:00",
        "exploitation_types": ["labour"],
        "victim": {
            "name": "Nguyễn Thị Hương",
            "pseudonym": "V1",
            "claimed_age": 30,
            "nationality": "VN",
            "languages": ["vi"],
            "interpreter_required": False,
            **victim,
        },
    }


def interaction(**fields: Any) -> dict[str, Any]:
    return {
        "type": "interaction",
        "occurred_at": "2026-03-04T10:00:00+00:00",
        "mode": "phone",
        "summary": "Phone call about accommodation.",
        "author": "PC 1234 A. Smith",
        **fields,
    }


def provision(value: str) -> dict[str, Any]:
    return {
        "type": "provision",
        "occurred_at": "2026-03-04T12:00:00+00:00",
        "category": "food",
        "description": "Hot meal",
        "quantity": 1,
        "value_gbp": value,
        "need": "Had not eaten",
        "justification": "Welfare",
        "authorised_by": "Sgt B. Jones",
        "author": "PC 1234 A. Smith",
    }


def ctx() -> EntryContext:
    case = parse_case_header(header(), now=NOW)
    return EntryContext(now=NOW, victim=case.victim, opened_on=case.opened_on)


# ----------------------------------------------------------------- core.values
@pytest.mark.parametrize("raw", [*HOSTILE_MOMENTS, "1899-12-31T23:00:00+00:00"])
def test_instants_outside_the_window_name_the_field(raw: str) -> None:
    with pytest.raises(ValidationError, match=r"^When must be between 01/01/1900 and 31/12/2100"):
        v.parse_datetime(raw, "When")


@pytest.mark.parametrize("raw", ["1800-05-01", "9999-12-31", "31/12/1899", "01/01/2101"])
def test_dates_outside_the_window_name_the_field(raw: str) -> None:
    with pytest.raises(ValidationError, match=r"^Review date must be between 01/01/1900"):
        v.parse_date(raw, "Review date")


def test_the_window_edges_are_accepted() -> None:
    assert v.parse_date("1900-01-01", "D").year == 1900
    assert v.parse_date("31/12/2100", "D").year == 2100
    assert v.parse_datetime("2100-12-31T23:59:59+00:00", "W").year == 2100


@pytest.mark.parametrize("raw", [FIFTY_NINES, FIFTY_NINES + ".99", "1000000.01", 10**60])
def test_amounts_outside_the_range_name_the_field_and_the_range(raw: object) -> None:
    with pytest.raises(ValidationError, match=r"Value .*£0\.00 to £1,000,000\.00"):
        v.money(raw, "Value")


def test_amount_edges_and_odd_decimals() -> None:
    assert v.money("1000000.00", "Value") == Decimal("1000000.00")
    assert v.money("0", "Value") == Decimal("0.00")
    for odd in (Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")):
        with pytest.raises(ValidationError, match="Value"):
            v.money(odd, "Value")


@pytest.mark.parametrize("char", [chr(c) for c in range(0x202A, 0x202F)])
def test_overrides_are_refused_everywhere(char: str) -> None:
    for refuse in (v.short_text, v.text):
        with pytest.raises(ValidationError, match=r"^Name contains a hidden text-direction"):
            refuse(f"Ali{char}ecnarF", "Name")


@pytest.mark.parametrize("char", [chr(c) for c in range(0x2066, 0x206A)])
def test_isolates_are_refused_in_names_and_allowed_in_free_text(char: str) -> None:
    with pytest.raises(ValidationError, match=r"^Reference contains a hidden text-direction"):
        v.short_text(f"KESTREL{char}-1", "Reference")
    quoted = f"She said \u2067{PERSIAN}\u2069 twice."
    assert v.text(quoted, "Summary") == quoted


def test_joiners_and_variation_selectors_are_text() -> None:
    for value in (PERSIAN, FAMILY, HEART, "क्\u200dष"):
        assert v.short_text(value, "Name") == value
        assert v.text(f"Said: {value}", "Summary") == f"Said: {value}"


def test_real_control_characters_stay_refused() -> None:
    for bad in ("a\x00b", "a\x1bb", "a\u200bb", "a\ufeffb", "a\u2028b"):
        with pytest.raises(ValidationError, match="control characters"):
            v.text(bad, "Summary")


# ----------------------------------------------------------------- the entry validator
@pytest.mark.parametrize("raw", HOSTILE_MOMENTS)
def test_an_entry_with_a_hostile_moment_is_refused_by_field(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_entry(interaction(occurred_at=raw), ctx())
    assert [p.field for p in caught.value.problems] == ["occurred_at"]
    assert "between 01/01/1900 and 31/12/2100" in str(caught.value)


def test_an_entry_with_fifty_nines_pounds_is_refused_by_field() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_entry(provision(FIFTY_NINES), ctx())
    assert [p.field for p in caught.value.problems] == ["value_gbp"]


def test_an_entry_in_persian_is_accepted_and_an_override_is_not() -> None:
    entry = validate_entry(interaction(summary=f"{PERSIAN} {FAMILY}"), ctx())
    assert entry.data["summary"] == f"{PERSIAN} {FAMILY}"
    with pytest.raises(ValidationError, match="hidden text-direction"):
        validate_entry(interaction(summary="invoice \u202egpj.exe"), ctx())


def test_a_victim_named_in_persian_is_accepted_and_an_override_refused() -> None:
    assert parse_case_header(header(name=PERSIAN), now=NOW).victim.name == PERSIAN
    with pytest.raises(ValidationError) as caught:
        parse_case_header(header(name="Anna \u202eKowalska"), now=NOW)
    assert [p.field for p in caught.value.problems] == ["victim.name"]


# ----------------------------------------------------------------- the bundle validator
def _bundle(**changes: Any) -> dict[str, Any]:
    case = parse_case_header(header(), now=NOW)
    doc = build_bundle(case, [], "0" * 64)
    doc["case"].pop("integrity", None)
    doc["case"]["log"] = [interaction(id="e" * 32, recorded_at="2026-03-04T10:05:00+00:00")]
    for path, value in changes.items():
        target = doc["case"]
        *parents, leaf = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[leaf] = value
    return doc


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"crime_reported_at": HOSTILE_MOMENTS[0]}, "case.crime_reported_at"),
        ({"crime_reported_at": HOSTILE_MOMENTS[1]}, "case.crime_reported_at"),
        ({"opened_on": "1800-01-01"}, "case.opened_on"),
        ({"review_on": "9999-12-31"}, "case.review_on"),
        ({"log.0.occurred_at": HOSTILE_MOMENTS[0]}, "case.log[0].occurred_at"),
        ({"log.0.recorded_at": HOSTILE_MOMENTS[1]}, "case.log[0].recorded_at"),
        ({"victim.name": "Anna \u202eKowalska"}, "case.victim.name"),
        ({"reference": "KESTREL\u2066-0042"}, "case.reference"),
    ],
)
def test_the_bundle_validator_names_the_field(change: dict[str, Any], field: str) -> None:
    doc = _bundle(**change)
    with pytest.raises(BundleError) as caught:
        parse_bundle(json.dumps(doc), now=NOW)
    assert field in [p.field for p in caught.value.problems], caught.value.problems


def test_a_bundle_with_fifty_nines_pounds_names_the_field() -> None:
    doc = _bundle()
    doc["case"]["log"] = [dict(provision(FIFTY_NINES), id="f" * 32, recorded_at=NOW.isoformat())]
    with pytest.raises(BundleError) as caught:
        parse_bundle(json.dumps(doc), now=NOW)
    assert [p.field for p in caught.value.problems] == ["case.log[0].value_gbp"]


def test_a_persian_bundle_round_trips() -> None:
    doc = _bundle(**{"victim.name": PERSIAN, "log.0.summary": f"{PERSIAN} {HEART}"})
    parsed = parse_bundle(dump_bundle(doc), now=NOW)
    assert parsed.case.victim.name == PERSIAN


# ----------------------------------------------------------------- the command line
def _msvlo(args: list[str], stdin: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT), MSVLO_ANCHOR_DIR=str(env_dir / "anchors"))
    return subprocess.run(
        [sys.executable, "-m", "msvlo_desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("at", HOSTILE_MOMENTS)
def test_the_command_line_refuses_a_hostile_moment_in_one_line(tmp_path: Path, at: str) -> None:
    vault = tmp_path / "officer.msvlo"
    made = _msvlo(
        ["init", str(vault), "--officer", "PC 1 A. Smith"], "kestrel tuesday lantern\n", tmp_path
    )
    assert made.returncode == 0, made.stderr
    done = _msvlo(["due", str(vault), "--at", at], PASS, tmp_path)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "--at must be between 01/01/1900 and 31/12/2100" in lines[0]
    assert "Unexpected" not in done.stderr


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"crime_reported_at": HOSTILE_MOMENTS[0]}, "case.crime_reported_at"),
        ({"log.0.occurred_at": HOSTILE_MOMENTS[1]}, "case.log[0].occurred_at"),
        ({"victim.name": "Anna \u202eKowalska"}, "case.victim.name"),
    ],
)
def test_the_command_line_refuses_a_hostile_bundle(
    tmp_path: Path, change: dict[str, Any], field: str
) -> None:
    vault = tmp_path / "officer.msvlo"
    made = _msvlo(
        ["init", str(vault), "--officer", "PC 1 A. Smith"], "kestrel tuesday lantern\n", tmp_path
    )
    assert made.returncode == 0, made.stderr
    bundle = tmp_path / "case.json"
    bundle.write_text(json.dumps(_bundle(**change)), encoding="utf-8")
    extra = (
        ["--unsigned"] if "--unsigned" in _msvlo(["import", "--help"], "", tmp_path).stdout else []
    )
    done = _msvlo(
        ["import", str(vault), str(bundle), *extra], "kestrel tuesday lantern\n", tmp_path
    )
    assert done.returncode == 1, done.stderr
    assert "Unexpected" not in done.stderr and "Traceback" not in done.stderr
    assert field in done.stderr
