"""core.wording and core.wording_obligations: every label and phrase defined once, and the
phrases themselves (the precise one wherever copies used to disagree)."""

from __future__ import annotations

import ast
import dataclasses
import functools
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from msvlo_desktop.core import wording
from msvlo_desktop.core import wording_obligations as wo
from msvlo_desktop.core.case import case_contact_history, parse_case_header
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.obligations import Obligation
from msvlo_desktop.core.rules import RIGHT6_UPDATE

PACKAGE = Path(wording.__file__).resolve().parents[1]
WORDING_MODULES = {"core/wording.py", "core/wording_obligations.py", "core/wording_compliance.py"}


@functools.cache
def _parsed() -> tuple[tuple[str, ast.Module], ...]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("gui/forms/") or rel.endswith("resources_rc.py"):
            continue  # generated from the .ui files and resources
        out.append((rel, ast.parse(path.read_text(encoding="utf-8"))))
    return tuple(out)


def _modules() -> Iterator[tuple[str, ast.Module]]:
    yield from _parsed()


def _definitions(name: str) -> list[str]:
    """Modules that define ``name`` (a function, or an assignment at any level)."""
    found = []
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
                found.append(rel)
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign):
                targets = [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                found.append(rel)
    return found


@pytest.mark.parametrize(
    "name",
    [
        "CHOICE_LABELS",
        "format_value",
        "status_phrase",
        "since_phrase",
        "compliance_phrase",
        "SINCE_WORDS",
        "RIGHT6_TELL",
        "MODE_LABELS",
        "CATEGORY_LABELS",
        "STAGE_LABELS",
        "OUTCOME_LABELS",
        "EXIT_STATUS_LABELS",
        "CONTACT_METHOD_LABELS",
        "EXPLOITATION_LABELS",
    ],
)
def test_each_label_table_and_phrase_function_is_defined_once(name: str) -> None:
    assert len(_definitions(name)) == 1 and _definitions(name)[0] in WORDING_MODULES, _definitions(
        name
    )


def test_no_old_copies_under_other_names() -> None:
    for old in ("_SINCE_WORDS", "_MODE_LABELS", "_STATUS_LABELS", "METHOD_LABELS", "_TELL"):
        assert [m for m in _definitions(old) if m != "core/obligations.py"] == [], old


def _tables() -> dict[str, list[str]]:
    return {
        "MODE_LABELS": list(wording.MODE_LABELS.values()),
        "CATEGORY_LABELS": list(wording.CATEGORY_LABELS.values()),
        "OUTCOME_LABELS": list(wording.OUTCOME_LABELS.values()),
        "EXIT_STATUS_LABELS": list(wording.EXIT_STATUS_LABELS.values()),
        "CONTACT_METHOD_LABELS": list(wording.CONTACT_METHOD_LABELS.values()),
        "EXPLOITATION_LABELS": list(wording.EXPLOITATION_LABELS.values()),
        "SINCE_WORDS": list(wo.SINCE_WORDS.values()),
        "RIGHT6_TELL": list(wo.RIGHT6_TELL.values()),
    }


def test_no_other_module_holds_a_copy_of_a_label_table() -> None:
    """Whatever it is called: no dict literal elsewhere repeats three labels of a table."""
    tables = {name: set(values) for name, values in _tables().items()}
    for rel, tree in _modules():
        if rel in WORDING_MODULES:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Dict):
                continue
            values = {v.value for v in node.values if isinstance(v, ast.Constant)}
            for name, labels in tables.items():
                assert len(values & labels) < 3, f"{rel} line {node.lineno} copies {name}"


STATUS_LITERALS = (
    "Overdue by under 1 working day",
    "Due tomorrow",
    "Met on time",
    "Met late",
    "Made before the 30-day minimum",
    "Previous update",
    "Last update",
    "made too early",
)


def test_status_phrases_are_written_in_one_module() -> None:
    for rel, tree in _modules():
        if rel in WORDING_MODULES:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert node.value.lower() not in {s.lower() for s in STATUS_LITERALS}, (
                    f"{rel} line {node.lineno}: {node.value!r}"
                )


# ----------------------------------------------------------------------------- phrases
def ldn(*args: int) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(*args, tzinfo=ZoneInfo("Europe/London"))  # type: ignore[misc]


BASE = Obligation(
    case="KESTREL-0042",
    kind="victims_code_update",
    source="e",
    source_event="arrest",
    due=ldn(2026, 11, 27, 23, 59, 59),
    status="due",
    met_by=None,
    met_at=None,
    label="Tell the victim about the arrest",
    rule=RIGHT6_UPDATE,
    rule_version="2020",
    since=ldn(2026, 11, 9),
)


@pytest.mark.parametrize(
    ("at", "words"),
    [
        (ldn(2026, 11, 27, 9), "Due today"),
        (ldn(2026, 11, 26, 9), "Due tomorrow"),
        (ldn(2026, 11, 23, 9), "Due Friday"),
        # Monday 16 to Friday 27 November: 9 working days ahead, counted as working days.
        (ldn(2026, 11, 16, 9), "Due in 9 working days"),
        (ldn(2026, 11, 2, 9), "Due in 19 working days"),
    ],
)
def test_working_day_deadlines_count_working_days(at: datetime, words: str) -> None:
    assert wo.status_phrase(BASE, at) == words


def test_calendar_day_deadlines_count_days() -> None:
    agreed = dataclasses.replace(BASE, kind="agreed_update", source_event="case_opened")
    assert wo.status_phrase(agreed, ldn(2026, 11, 16, 9)) == "Due in 11 days"
    review = dataclasses.replace(BASE, kind="exit_strategy_review", source_event="exit_strategy")
    assert wo.status_phrase(review, ldn(2026, 11, 16, 9)) == "Due in 11 days"


def test_overdue_and_met_phrases() -> None:
    overdue = dataclasses.replace(BASE, status="overdue")
    # Friday 27 at 23:59:59 to Wednesday 2 December: Monday, Tuesday and Wednesday.
    assert wo.status_phrase(overdue, ldn(2026, 12, 2, 12)) == "Overdue by 3 working days"
    assert wo.status_phrase(overdue, ldn(2026, 11, 28, 12)) == "Overdue by under 1 working day"
    assert wo.compliance_phrase(overdue, ldn(2026, 12, 2, 12)) == (
        "OUTSTANDING: overdue by 3 working days"
    )
    late = dataclasses.replace(BASE, status="met_late", met_by="u", met_at=ldn(2026, 11, 30, 12))
    assert wo.status_phrase(late, ldn(2026, 12, 9)) == (
        "Met late by 1 working day, no reason recorded"
    )
    assert wo.compliance_phrase(late, ldn(2026, 12, 9)) == (
        "LATE by 1 working day, no reason recorded"
    )
    on_time = dataclasses.replace(BASE, status="met_on_time", met_by="u", met_at=ldn(2026, 11, 10))
    assert wo.status_phrase(on_time, ldn(2026, 12, 9)) == "Met on time"
    assert wo.compliance_phrase(on_time, ldn(2026, 12, 9)) == "Met on time"
    early = dataclasses.replace(
        BASE, kind="nrm_cg_not_before", status="met_late", met_at=ldn(2026, 11, 20)
    )
    assert wo.status_phrase(early, ldn(2026, 12, 9)) == "Made before the 30-day minimum"


def test_since_phrases() -> None:
    assert wo.since_phrase(BASE) == "Suspect arrested, 09/11/2026"
    update = dataclasses.replace(BASE, kind="agreed_update", source_event="victim_update")
    assert wo.since_phrase(update) == "Previous update, 09/11/2026"
    assert wo.since_phrase(dataclasses.replace(update, since=None)) == "Previous update"


def test_a_translation_reaches_every_word() -> None:
    seen: list[str] = []

    def translate(text: str) -> str:
        seen.append(text)
        return f"[{text}]"

    overdue = dataclasses.replace(BASE, status="overdue")
    assert wo.status_phrase(overdue, ldn(2026, 12, 2, 12), translate=translate) == (
        "[Overdue by [3 working days]]"
    )
    assert wording.choice_label("mode", "phone", translate) == "[Phone call]"
    assert "Phone call" in seen


# ----------------------------------------------------------------------------- values
def test_format_value() -> None:
    f = wording.format_value
    assert f("mode", "face_to_face") == "Face to face"
    assert f("method", "letter") == "Letter"
    assert f("category", "phone") == "Phone or phone credit"
    assert f("status", "agreed") == "Agreed with the lead investigator"
    assert f("mode", "carrier_pigeon") == "Carrier pigeon"
    assert f("value_gbp", "1234.5") == "£1,234.50"
    assert f("next_contact_on", "2026-11-24") == "24/11/2026"
    assert f("review_on", "24/11/2026") == "24/11/2026"
    assert f("review_on", "not a date") == "not a date"
    assert f("interpreter", {"name": "Mai Tran", "language": "vi"}) == "Mai Tran (language: vi)"
    assert f("victim_informed", True) == "Yes"
    assert f("notes", None) == "" and f("notes", "") == "" and f("actions", []) == ""
    assert f("satisfies", ["a", "b"], lambda i: f"#{i}") == "#a; #b"
    assert f("corrects", "a") == "entry a"
    assert f("tags", ["x", "y"]) == "x; y"
    assert (
        f("contact", {"name": "A. Smith", "organisation": "Example", "phone": "+441632960001"})
        == "A. Smith, Example, 01632 960001"
    )


def test_labels() -> None:
    assert wording.field_label("provision", "occurred_at") == "Occurred at"
    assert wording.type_label("victim_update") == "Victim update"
    assert wording.role_label("spoc") == "Single point of contact (SPOC)"
    assert wording.role_label("new_role") == "New role"


# ----------------------------------------------------------------------------- SPOC history
def _spoc_change(entry_id: str, day: int, contact: object) -> Entry:
    return Entry(
        id=entry_id,
        seq=day,
        type="spoc_change",
        occurred_at=datetime(2026, 11, day, 10, tzinfo=UTC),
        recorded_at=datetime(2026, 11, day, 10, tzinfo=UTC),
        author="PC 1234 A. Smith",
        sensitive=False,
        data={"contact": contact, "victim_informed": True},
    )


def test_one_contact_history_for_window_and_report() -> None:
    case = parse_case_header(
        {
            "reference": "KESTREL-0042",
            "opened_on": "2026-11-02",
            "victim": {"name": "Elira Krasniqi", "pseudonym": "V1"},
            "contacts": [{"role": "spoc", "name": "PC 1 A. First", "from": "2026-11-02"}],
        },
        now=datetime(2026, 11, 20, tzinfo=UTC),
    )
    entries = [
        _spoc_change("good", 10, {"name": "PC 2 B. Second"}),
        _spoc_change("bad", 12, "not a contact"),
    ]
    history = case_contact_history(case, entries)
    assert history.unreadable == ("bad",)
    spocs = history.in_role("spoc")
    assert [(c.name, c.from_date, c.to_date) for c in spocs] == [
        ("PC 1 A. First", date(2026, 11, 2), date(2026, 11, 10)),
        ("PC 2 B. Second", date(2026, 11, 10), None),
    ]
    assert spocs[1].source_entry == "good"
