"""The optional ``late_reason_category`` of a victim update: validated, round-tripped through
a bundle, and shown in the case report with its label."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_compliance_samples import build_officer_vault, open_officer_vault

from msvlo_desktop.core.bundle import parse_bundle
from msvlo_desktop.core.entries import LATE_REASON_CATEGORIES, validate_fields
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.wording import field_label, format_value
from msvlo_desktop.services.reports import export_case_report
from msvlo_desktop.storage.vault import Vault

pytestmark = pytest.mark.usefixtures("anchors")
UPDATE = {"satisfies": [], "method": "phone", "summary": "Told of the charge."}


@pytest.fixture(scope="module")
def officer_vault(anchors: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = open_officer_vault(build_officer_vault(tmp_path_factory.mktemp("late-reasons")))
    try:
        yield vault
    finally:
        vault.close()


@pytest.mark.parametrize("category", LATE_REASON_CATEGORIES)
def test_each_category_is_accepted(category: str) -> None:
    data, problems = validate_fields("victim_update", {**UPDATE, "late_reason_category": category})
    assert problems == []
    assert data["late_reason_category"] == category


def test_optional_and_left_out_when_not_given() -> None:
    data, problems = validate_fields("victim_update", UPDATE)
    assert problems == [] and "late_reason_category" not in data


@pytest.mark.parametrize("bad", ["traffic", "", 3, ["other"]])
def test_anything_else_is_refused_naming_the_field(bad: object) -> None:
    _, problems = validate_fields("victim_update", {**UPDATE, "late_reason_category": bad})
    assert [p.field for p in problems] == ["late_reason_category"]
    assert "Why the update was late must be one of: victim_unreachable" in problems[0].message


def test_only_victim_updates_have_it(officer_vault: Vault) -> None:
    with pytest.raises(ValidationError) as caught:
        officer_vault.add_entry(
            "KESTREL-0001",
            {
                "type": "note",
                "occurred_at": "2026-11-20T09:00:00+00:00",
                "summary": "x",
                "late_reason_category": "other",
            },
        )
    assert caught.value.problems[0].field == "late_reason_category"


def test_a_bundle_carries_it_exactly(officer_vault: Vault) -> None:
    doc = officer_vault.export_bundle("KESTREL-0001", record=False)
    categories = [e.get("late_reason_category") for e in doc["case"]["log"]]
    assert categories.count("interpreter_unavailable") == 1
    assert categories.count("victim_unreachable") == 1
    parsed = parse_bundle(json.dumps(doc), now=officer_vault.clock())
    again = [e.data.get("late_reason_category") for e in parsed.entries]
    assert again == categories
    assert parsed.head == doc["case"]["integrity"]["head"]


def test_labels_in_one_place() -> None:
    assert field_label("victim_update", "late_reason_category") == "Why the update was late"
    assert format_value("late_reason_category", "victim_unreachable") == (
        "Victim could not be reached"
    )


def test_the_report_shows_it(officer_vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    export_case_report(
        officer_vault, "KESTREL-0001", out, recipient="DI 1 Test", purpose="checking"
    )
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert "Interpreter not available" in flat
    assert "Victim could not be reached" in flat
