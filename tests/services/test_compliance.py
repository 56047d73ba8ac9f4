"""``services.compliance``: the return of a hand-built vault, every count worked by hand
(tests/services/test_compliance_samples.py has the timeline), no personal data, the
signature, handovers and imports counted once, and the published JSON Schema."""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from test_compliance_samples import (
    EXPECTED_CASES,
    EXPECTED_LATE,
    EXPECTED_OBLIGATIONS,
    EXPECTED_REASONS,
    FIRST,
    LAST,
    MADE_AT,
    SECRETS,
    build_officer_vault,
    open_officer_vault,
)

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.reports.compliance_pdf import return_pdf
from msvlo_desktop.services.compliance import (
    GENERATED,
    Holding,
    Period,
    holdings,
    late_band,
    make_return,
    parse_period,
    rules_version,
)
from msvlo_desktop.services.compliance_signing import SignatureRefused, verify_return
from msvlo_desktop.storage.audit import AuditRecord
from msvlo_desktop.storage.keys import signing_key
from msvlo_desktop.storage.vault import Vault

SCHEMA = Path(__file__).parents[2] / "docs" / "schema" / "compliance-return.schema.json"
pytestmark = pytest.mark.usefixtures("anchors")


@pytest.fixture(scope="module")
def officer_vault(anchors: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = open_officer_vault(build_officer_vault(tmp_path_factory.mktemp("compliance")))
    try:
        yield vault
    finally:
        vault.close()


@pytest.fixture(scope="module")
def the_return(officer_vault: Vault) -> dict[str, Any]:
    return make_return(officer_vault, parse_period(FIRST, LAST))


def test_every_count_as_worked_by_hand(the_return: dict[str, Any]) -> None:
    assert the_return["cases"] == EXPECTED_CASES
    assert the_return["obligations"] == EXPECTED_OBLIGATIONS
    assert the_return["late_by_working_days"] == EXPECTED_LATE
    assert the_return["late_reasons"] == EXPECTED_REASONS


def test_the_header_fields(the_return: dict[str, Any], officer_vault: Vault) -> None:
    assert the_return["format"] == "msvlo-compliance-return"
    assert the_return["version"] == 1
    assert the_return["period"] == {"from": FIRST, "to": LAST}
    assert the_return["officer"] == "PC 4471 R. Okafor, Example Constabulary"
    assert the_return["generated_at"] == MADE_AT.isoformat()
    assert the_return["rules_version"] == rules_version()
    assert the_return["rules_version"].startswith("victims-code-2020.")
    assert "training" not in the_return
    assert list(the_return) == [
        "format",
        "version",
        "period",
        "officer",
        "rules_version",
        "generated_at",
        "cases",
        "obligations",
        "late_by_working_days",
        "late_reasons",
        "public_key",
        "vault",
        "signature",
    ]


def test_the_return_validates_against_the_published_schema(the_return: dict[str, Any]) -> None:
    # A development dependency (jsonschema==4.23.0): the validator a force's loader would use.
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(the_return)
    wrong = {**the_return, "victim": "anything"}
    assert not validator.is_valid(wrong)
    assert not validator.is_valid({**the_return, "cases": {**the_return["cases"], "open": -1}})


def test_no_personal_data_in_the_return_or_its_pdf(
    the_return: dict[str, Any], tmp_path: Path
) -> None:
    text = json.dumps(the_return, ensure_ascii=False)
    pdf = tmp_path / "return.pdf"
    pdf.write_bytes(return_pdf(the_return))
    pdf_text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "Victims' Code compliance return" in pdf_text
    assert "Okafor" in pdf_text and "02/11/2026 to 13/11/2026" in pdf_text
    for secret in SECRETS:
        assert secret not in text, secret
        assert secret not in pdf_text, secret
    # Nor any date of the log: only the period and the moment the return was made.
    found_days = {w for w in pdf_text.split() if w.count("/") == 2}
    assert found_days <= {"02/11/2026", "13/11/2026", "20/11/2026"}


def test_the_pdf_is_one_or_two_pages(the_return: dict[str, Any]) -> None:
    pages = len(PdfReader(io.BytesIO(return_pdf(the_return))).pages)
    assert 1 <= pages <= 2


def test_signed_with_the_vaults_key(the_return: dict[str, Any], officer_vault: Vault) -> None:
    verify_return(the_return)
    key = signing_key(officer_vault)  # the key the vault's bundles are signed with
    assert the_return["vault"] == key.fingerprint
    assert the_return["public_key"] == key.public_key_b64
    again = make_return(officer_vault, Period(date(2026, 11, 2), date(2026, 11, 13)))
    assert again["vault"] == the_return["vault"]  # the same key every time
    changed = json.loads(json.dumps(the_return))
    changed["obligations"]["victims_code_update"]["overdue"] = 0
    with pytest.raises(SignatureRefused, match="changed after it was signed"):
        verify_return(changed)


def test_making_a_return_is_recorded(officer_vault: Vault) -> None:
    make_return(officer_vault, parse_period(FIRST, LAST), via="test")
    record = officer_vault.audit_records()[-1]
    assert (record.category, record.action, record.case_ref) == ("consultation", GENERATED, None)
    assert record.details == {"via": "test", "from": FIRST, "to": LAST}


def test_one_day_period_counts_only_that_day(officer_vault: Vault) -> None:
    # Tuesday 3 November: KESTREL-0001's arrest update (on time); KESTREL-0006's first arrest
    # is due that day too, but before its import.
    doc = make_return(officer_vault, parse_period("2026-11-03", "03/11/2026"))
    assert doc["obligations"]["victims_code_update"]["met_on_time"] == 1
    assert sum(sum(r.values()) for r in doc["obligations"].values()) == 1


def test_a_period_before_the_handover_counts_what_was_owed_then(officer_vault: Vault) -> None:
    # Wednesday 4 November: KESTREL-0005's arrest update (overdue), KESTREL-0002's arrest
    # update (on time) and its support referral (met late).
    doc = make_return(officer_vault, parse_period("2026-11-04", "2026-11-04"))
    assert doc["obligations"]["victims_code_update"] == {
        "met_on_time": 1,
        "met_late": 0,
        "due": 0,
        "overdue": 1,
        "not_applicable": 0,
    }
    assert doc["obligations"]["support_referral"]["met_late"] == 1


@pytest.mark.parametrize(
    ("first", "last", "field"),
    [("2026-13-01", "2026-12-01", "from"), ("2026-11-01", "soon", "to"), ("", "", "from")],
)
def test_bad_period_names_the_field(first: str, last: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_period(first, last)
    assert caught.value.problems[0].field == field


def test_a_period_ending_before_it_starts() -> None:
    with pytest.raises(ValidationError, match="ends") as caught:
        parse_period("2026-11-13", "2026-11-02")
    assert caught.value.problems[0].field == "to"


@pytest.mark.parametrize(("days", "band"), [(0, "1"), (1, "1"), (2, "2"), (3, "3+"), (40, "3+")])
def test_late_bands(days: int, band: str) -> None:
    assert late_band(days) == band


def _record(action: str, category: str, ref: str | None, hour: int) -> AuditRecord:
    at = datetime(2026, 11, 6, hour, tzinfo=UTC)
    return AuditRecord(1, at, "PC 1", category, action, ref, {}, "")


def test_holdings_read_imports_and_handovers_from_the_audit_log() -> None:
    records = [
        _record("case created", "collection", "A", 8),
        _record("case bundle exported", "disclosure", "A", 9),  # a copy: still held
        _record("case imported", "combination", "B", 10),
        _record("case handed over", "disclosure", "C", 11),
        _record("vault unlocked", "access", None, 12),
        _record("case handed over", "disclosure", "C", 13),  # the first one counts
    ]
    found = holdings(records)
    assert found == {
        "B": Holding(since=datetime(2026, 11, 6, 10, tzinfo=UTC)),
        "C": Holding(until=datetime(2026, 11, 6, 11, tzinfo=UTC)),
    }
    assert "A" not in found
    c = found["C"]
    assert c.holds(datetime(2026, 11, 6, 10, 59, tzinfo=UTC))
    assert not c.holds(datetime(2026, 11, 6, 11, tzinfo=UTC))
