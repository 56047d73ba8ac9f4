"""The versioned rules table: every timescale of RULES.md as data, never scattered in code.

Each ``Rule`` row is one version of one rule: an id, the document it comes from, a version
label, the date it takes effect and its parameters. ``RulesTable.rule(id, at)`` returns the
version in force at a moment, so a new Victims' Code is a few new rows with a later
``effective_from``: events before that date keep the old timescales, events from it get the
new ones. Obligations are judged by the rules in force on the London day their triggering
event occurred (an arrest, a crime report, an RG decision).

Parameter keys by kind of timescale: ``working_days`` (counted with the working-day
calendar), ``calendar_days``, ``months``, ``hours``; Right 6 has ``enhanced_working_days`` and
``standard_working_days``. ``target`` is True where the timescale is an expectation to chase
rather than a duty the officer can miss.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Final

from msvlo_desktop.core.calendar import london_date

__all__ = [
    "BASELINE",
    "COMPLAINT_ACK",
    "ENHANCED_RIGHTS",
    "ENHANCED_RIGHTS_CATEGORIES",
    "LATE_ENTRY",
    "NRM_CG_NOT_BEFORE",
    "NRM_RECOVERY_PERIOD",
    "NRM_RG_EXPECTED",
    "RETENTION_REVIEW",
    "RIGHT6_EVENTS",
    "RIGHT6_UPDATE",
    "RULES",
    "SUPPORT_REFERRAL",
    "VRR_REQUEST_WINDOW",
    "Rule",
    "RuleNotInForce",
    "RulesTable",
    "UnknownRule",
]

# Rule ids: import these rather than spelling the strings, so a typo fails at import time.
RIGHT6_UPDATE: Final = "victims_code.right6.update"
SUPPORT_REFERRAL: Final = "victims_code.right4.support_referral"
COMPLAINT_ACK: Final = "victims_code.right12.complaint_ack"
VRR_REQUEST_WINDOW: Final = "victims_code.vrr.request_window"
ENHANCED_RIGHTS: Final = "victims_code.enhanced_rights"
NRM_RG_EXPECTED: Final = "nrm.rg_expected"
NRM_RECOVERY_PERIOD: Final = "nrm.recovery_period"
NRM_CG_NOT_BEFORE: Final = "nrm.cg_not_before"
LATE_ENTRY: Final = "log.late_entry"
RETENTION_REVIEW: Final = "data.retention_review"

# The 2020 Victims' Code came into force on 1 April 2021. The other rows start on the same
# day: it is the earliest date the application claims to judge.
BASELINE: Final = date(2021, 4, 1)

_CODE_2020: Final = (
    "Code of Practice for Victims of Crime in England and Wales (Victims' Code, 2020)"
)
_NRM_GUIDANCE: Final = (
    "Modern Slavery: Statutory Guidance for England and Wales (under s49 of the Modern Slavery "
    "Act 2015); College of Policing APP: Modern slavery and human trafficking, victim "
    "identification and initial actions (NRM decision making)"
)


class RuleNotInForce(LookupError):
    """No version of the rule had taken effect at the moment asked about."""


class UnknownRule(LookupError):
    """The rules table has no rule with that id."""


def _freeze(value: object) -> object:
    # Rules are shared by every case: a caller must not be able to change a timescale in place.
    if isinstance(value, Mapping):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(_freeze(v) for v in value)
    return value


@dataclass(frozen=True, slots=True)
class Rule:
    """One version of one rule. ``params`` is frozen (nested mappings become read-only)."""

    id: str
    source: str
    version: str
    effective_from: date
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if not self.id or not self.version or not self.source:
            raise ValueError("a rule needs an id, a version and a source")
        if isinstance(self.effective_from, datetime) or not isinstance(self.effective_from, date):
            raise ValueError(f"rule {self.id}: effective_from must be a date")
        object.__setattr__(self, "params", _freeze(self.params))

    def int_param(self, key: str) -> int:
        """A whole-number parameter such as ``working_days``; ``KeyError`` names the rule."""
        value = self._param(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"rule {self.id} {self.version}: {key} is not a whole number")
        return value

    def bool_param(self, key: str) -> bool:
        value = self._param(key)
        if not isinstance(value, bool):
            raise TypeError(f"rule {self.id} {self.version}: {key} is not true or false")
        return value

    def labels_param(self, key: str) -> Mapping[str, str]:
        """An ordered id -> human label mapping such as Right 6's ``events``."""
        value = self._param(key)
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise TypeError(f"rule {self.id} {self.version}: {key} is not a label mapping")
        return value

    def _param(self, key: str) -> object:
        try:
            return self.params[key]
        except KeyError:
            raise KeyError(f"rule {self.id} {self.version} has no parameter {key!r}") from None


class RulesTable:
    """An immutable set of rule versions, looked up by id and moment."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        by_id: dict[str, list[Rule]] = {}
        for rule in rules:
            by_id.setdefault(rule.id, []).append(rule)
        for rule_id, versions in by_id.items():
            versions.sort(key=lambda r: r.effective_from)
            starts = [r.effective_from for r in versions]
            labels = [r.version for r in versions]
            if len(set(starts)) != len(starts):
                raise ValueError(f"rule {rule_id} has two versions taking effect on one day")
            if len(set(labels)) != len(labels):
                raise ValueError(f"rule {rule_id} has two versions with the same label")
        self._by_id: dict[str, tuple[Rule, ...]] = {k: tuple(v) for k, v in by_id.items()}

    def rule(self, rule_id: str, at: datetime | date) -> Rule:
        """The version of ``rule_id`` in force at ``at`` (an aware datetime or a London day).

        That is the version with the latest ``effective_from`` on or before ``at``'s London
        calendar day. Raises ``UnknownRule`` or ``RuleNotInForce``.
        """
        versions = self.versions(rule_id)
        day = london_date(at)
        in_force = [r for r in versions if r.effective_from <= day]
        if not in_force:
            raise RuleNotInForce(
                f"rule {rule_id} was not in force on {day.isoformat()}: its first version "
                f"({versions[0].version}) takes effect on {versions[0].effective_from.isoformat()}"
            )
        return in_force[-1]

    def versions(self, rule_id: str) -> tuple[Rule, ...]:
        """Every version of ``rule_id``, oldest first."""
        try:
            return self._by_id[rule_id]
        except KeyError:
            raise UnknownRule(f"no rule {rule_id!r} in the rules table") from None

    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def with_rules(self, *rules: Rule) -> RulesTable:
        """A new table with extra rows, for example the versions of a new Victims' Code."""
        return RulesTable((*self, *rules))

    def __iter__(self) -> Iterator[Rule]:
        for versions in self._by_id.values():
            yield from versions

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_id.values())

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id


RULES: Final = RulesTable(
    [
        Rule(
            ENHANCED_RIGHTS,
            f"{_CODE_2020}, Part 1 (enhanced rights); Modern Slavery Act 2015 s.51 (age)",
            "2020",
            BASELINE,
            {
                # Human trafficking is on the code's list of most serious crimes, so a modern
                # slavery victim starts with enhanced rights; switching off needs a reason.
                "categories": {
                    "most_serious_crime": "Victim of the most serious crime",
                    "persistently_targeted": "Persistently targeted victim",
                    "vulnerable_or_intimidated": "Vulnerable or intimidated victim",
                    "under_18": "Under 18",
                },
                "default_for_modern_slavery": True,
                "reason_required_to_remove": True,
                "child_age_under": 18,
            },
        ),
        Rule(
            RIGHT6_UPDATE,
            f"{_CODE_2020}, Right 6 (information about the investigation and prosecution)",
            "2020",
            BASELINE,
            {
                "enhanced_working_days": 1,
                "standard_working_days": 5,
                # In the order of RULES.md section 2; labels match core.entries.
                "events": {
                    "arrest": "Suspect arrested",
                    "interview_under_caution": "Suspect interviewed under caution",
                    "released_no_further_action": (
                        "Suspect released without charge / no further action"
                    ),
                    "released_on_bail": "Suspect released on police bail",
                    "released_under_investigation": "Suspect released under investigation",
                    "bail_conditions_changed": "Bail conditions changed or cancelled",
                    "decision_not_to_investigate": "Decision not to investigate",
                    "charged": "Suspect charged",
                    "out_of_court_disposal": "Out-of-court disposal given",
                    "cps_decision": (
                        "CPS decision (not to charge, discontinue, alter charge, no evidence)"
                    ),
                    "first_hearing_date_received": "Date of first court hearing received",
                },
                # After charge the Witness Care Unit usually becomes the victim's contact.
                "witness_care_handover_after": "charged",
            },
        ),
        Rule(
            SUPPORT_REFERRAL,
            f"{_CODE_2020}, Right 4 (referral to services that support victims)",
            "2020",
            BASELINE,
            {"working_days": 2, "from": "crime_reported_at", "unless": "victim_declined"},
        ),
        Rule(
            COMPLAINT_ACK,
            f"{_CODE_2020}, Right 12 (to make a complaint)",
            "2020",
            BASELINE,
            {"working_days": 10},
        ),
        Rule(
            VRR_REQUEST_WINDOW,
            f"{_CODE_2020}, Right 6; Victims' Right to Review scheme (no-charge decisions)",
            "2020",
            BASELINE,
            {"months": 3, "from": "victim_told_of_decision"},
        ),
        Rule(
            NRM_RG_EXPECTED,
            _NRM_GUIDANCE,
            "1",
            BASELINE,
            # The APP says "within five days"; RULES.md counts working days. A target: show
            # "RG expected by" and prompt to chase the competent authority after it.
            {"working_days": 5, "from": "nrm_referral", "target": True},
        ),
        Rule(
            NRM_RECOVERY_PERIOD,
            _NRM_GUIDANCE,
            "1",
            BASELINE,
            {"calendar_days": 30, "minimum": True, "from": "positive_rg_decision"},
        ),
        Rule(
            NRM_CG_NOT_BEFORE,
            _NRM_GUIDANCE,
            "1",
            BASELINE,
            {"calendar_days": 30, "from": "rg_decision"},
        ),
        Rule(
            LATE_ENTRY,
            # The sources ask for a contemporaneous log but set no number: this is the
            # application's threshold, kept here so a force can change it as data.
            "MSVLO Desktop policy for RULES.md section 6 (late entries); no statutory timescale",
            "1",
            BASELINE,
            {"hours": 24},
        ),
        # Closing a case: when its record is next reviewed for retention or erasure.
        Rule(
            RETENTION_REVIEW,
            # Force policy, not statute: the officer can change the date when closing.
            "Force policy under RULES.md section 7 (retention is force policy; record a "
            "review date per case); College of Policing APP: Information management, "
            "Management of Police Information (MoPI) group 1 (certain public protection "
            "matters: serious specified offences, which include modern slavery offences), "
            "reviewed every 10 years",
            "1",
            BASELINE,
            {"years": 10, "from": "case_closed", "force_policy": True},
        ),
    ]
)

# The 2020 Code's lists, for validation and forms. A later code that changes them adds rows;
# code that must follow it asks RULES.rule(...) for the version at the event's date.
RIGHT6_EVENTS: Final[Mapping[str, str]] = RULES.rule(RIGHT6_UPDATE, BASELINE).labels_param("events")
ENHANCED_RIGHTS_CATEGORIES: Final[Mapping[str, str]] = RULES.rule(
    ENHANCED_RIGHTS, BASELINE
).labels_param("categories")
