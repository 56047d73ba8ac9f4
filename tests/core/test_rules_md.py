"""Every rule of RULES.md is in the rules table with its source; force policy is marked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from msvlo_desktop.core.rules import (
    CA_UPDATE,
    NRM_OR_DUTY_TO_NOTIFY,
    RULES,
    WEEKEND_MOVE,
    Rule,
)

# RULES.md is the shared domain document; a packaged copy is not needed at run time.
RULES_MD = next(
    (
        p / "shared" / "domain" / "RULES.md"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "domain" / "RULES.md").is_file()
    ),
    None,
)
pytestmark = pytest.mark.skipif(RULES_MD is None, reason="RULES.md is not beside the checkout")


def rules_md_headings() -> list[str]:
    """Each section heading and each rule's lead: a bold start of a top-level bullet, or the
    words before its colon ("Referral types", "Support", "Child workflow")."""
    assert RULES_MD is not None
    found: list[str] = []
    for line in RULES_MD.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## \d+\. (.+)$", line)
        if heading:
            found.append(heading.group(1).strip())
            continue
        bold = re.match(r"^- \*\*(.+?)\*\*", line)
        if bold:
            found.append(bold.group(1).strip())
            continue
        lead = re.match(r"^- ([^:*]{3,45}):", line)
        if lead:
            found.append(lead.group(1).strip())
    return found


def test_rules_md_has_the_headings_this_test_expects() -> None:
    found = rules_md_headings()
    # A sample written out by hand, so a change to the parsing above cannot empty the walk.
    for heading in (
        "Working days",
        "Enhanced rights",
        "Updates on the investigation (Right 6)",
        "Recovery period",
        "Conclusive grounds (CG) decision",
        "Referral types",
        "Child workflow",
        "Append-only",
        "Data protection and handling",
    ):
        assert heading in found
    assert len(found) >= 25


@pytest.mark.parametrize("heading", rules_md_headings() if RULES_MD else [])
def test_every_rules_md_rule_is_in_the_table_with_its_source(heading: str) -> None:
    rows = [r for r in RULES if heading in r.covers]
    assert rows, f"no row of the rules table covers RULES.md's {heading!r}"
    for row in rows:
        assert row.source.strip() and row.version and row.effective_from


def test_the_ongoing_duty_to_update_the_competent_authority_has_a_row() -> None:
    assert RULES_MD is not None
    text = RULES_MD.read_text(encoding="utf-8")
    assert "The investigator has an ongoing duty to send updates" in text
    rule = RULES.versions(CA_UPDATE)[0]
    assert "The investigator has an ongoing duty to send updates" in rule.covers
    assert "ongoing duty" in rule.source


def test_force_policy_rows_are_marked_and_say_so() -> None:
    policy = {r.id for r in RULES if r.policy}
    # The cadence of competent-authority updates, the weekend move and how soon an adult is
    # referred or notified are the force's choices: the sources set no number.
    assert {CA_UPDATE, WEEKEND_MOVE, NRM_OR_DUTY_TO_NOTIFY} <= policy
    for rule in RULES:
        assert ("force policy" in rule.source) == rule.policy, rule.id
    assert RULES.versions(CA_UPDATE)[0].int_param("calendar_days") == 28
    weekend = RULES.versions(WEEKEND_MOVE)[0]
    assert weekend.text_param("move_to") == "next_working_day"
    assert set(weekend.texts_param("applies_to")) == {
        "agreed_update",
        "competent_authority_update",
    }


def test_a_policy_row_must_say_it_is_policy() -> None:
    with pytest.raises(ValueError, match="force-policy"):
        Rule("x.y", "a statute", "1", RULES.versions(CA_UPDATE)[0].effective_from, policy=True)
