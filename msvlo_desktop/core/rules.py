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

Some rows are **force policy** (``policy=True``): the sources set no number (how often the
investigator updates the competent authority, whether a deadline falling on a weekend moves
to the next working day, how soon an adult is referred or notified), so the row holds the
force's choice, with the default the application ships. A force changes the row, not code.
Every row names the headings of RULES.md it implements (``covers``); a test walks RULES.md
and finds each heading and each bold rule in the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Final

from msvlo_desktop.core.calendar import london_date

__all__ = [
    "AGE_ASSESSMENT",
    "BAIL_RETURN_REMINDER",
    "BAIL_SAFETY_REVIEW",
    "BASELINE",
    "CA_UPDATE",
    "COMPLAINT_ACK",
    "ENHANCED_RIGHTS",
    "ENHANCED_RIGHTS_CATEGORIES",
    "LATE_ENTRY",
    "NRM_CG_NOT_BEFORE",
    "NRM_CONSENT",
    "NRM_OR_DUTY_TO_NOTIFY",
    "NRM_RECOVERY_PERIOD",
    "NRM_RG_EXPECTED",
    "RECOVERY_PERIOD_30_DAYS_FROM",
    "RECOVERY_PERIOD_EXCEPTIONS_FROM",
    "RETENTION_REVIEW",
    "RIGHT1_INTERPRETER",
    "RIGHT3_ACKNOWLEDGEMENT",
    "RIGHT6_EVENTS",
    "RIGHT6_UPDATE",
    "RIGHT7_VPS",
    "RISK_REVIEW",
    "RULES",
    "SUPPORT_REFERRAL",
    "VRR_REQUEST_WINDOW",
    "VRR_SCHEMES",
    "WEEKEND_MOVE",
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
NRM_CONSENT: Final = "nrm.referral_consent"
NRM_OR_DUTY_TO_NOTIFY: Final = "nrm.refer_or_notify"
CA_UPDATE: Final = "nrm.competent_authority_update"
WEEKEND_MOVE: Final = "policy.weekend_move"
WORKING_DAYS: Final = "calendar.working_days"
RIGHT3_CONFIRMATION: Final = "victims_code.right3.written_confirmation"
RIGHT7_VPS: Final = "victims_code.right7.vps"
RIGHT1_INTERPRETER: Final = "victims_code.right1.interpreter"
NRM_SUPPORT: Final = "nrm.support"
CHILD_WORKFLOW: Final = "children.workflow"
MSVLO_ROLE: Final = "msvlo.role"
LOG_PROVISIONS: Final = "log.provisions"
LOG_APPEND_ONLY: Final = "log.append_only"
LOG_TAMPER_EVIDENCE: Final = "log.tamper_evidence"
LOG_SENSITIVE: Final = "log.sensitive"
LOG_EXIT_STRATEGY: Final = "log.exit_strategy.closing"
LOG_SPOC: Final = "log.spoc"
DATA_AUDIT: Final = "data.audit_log"
DATA_MARKING: Final = "data.protective_marking"

# The 2020 Victims' Code came into force on 1 April 2021. The other rows start on the same
# day: it is the earliest date the application claims to judge.
BASELINE: Final = date(2021, 4, 1)
# The recovery period: 45 calendar days for positive RG decisions up to 12 December 2022,
# 30 from 13 December 2022 (written ministerial statement, "effective immediately"); from
# 30 January 2023 (Nationality and Borders Act 2022 ss.62-64 and the guidance that came
# into effect that day) a further RG decision after a positive CG decision, or a public-order
# disqualification, normally brings none.
RECOVERY_PERIOD_30_DAYS_FROM: Final = date(2022, 12, 13)
RECOVERY_PERIOD_EXCEPTIONS_FROM: Final = date(2023, 1, 30)

_CODE_2020: Final = (
    "Code of Practice for Victims of Crime in England and Wales (Victims' Code, 2020)"
)
_NRM_GUIDANCE: Final = (
    "Modern Slavery: Statutory Guidance for England and Wales (under s49 of the Modern Slavery "
    "Act 2015); College of Policing APP: Modern slavery and human trafficking, victim "
    "identification and initial actions (NRM decision making)"
)
_WMS_2022: Final = (
    "Written ministerial statement, Modern Slavery Statutory Guidance, 13 December 2022 "
    "(HCWS431: minimum recovery period 30 days, effective immediately); Modern Slavery Act "
    "2015 s.50A as inserted by the Nationality and Borders Act 2022 s.64"
)
_NABA_2023: Final = (
    "Nationality and Borders Act 2022 s.62 (no entitlement to an additional recovery period), "
    "s.63 (disqualification from protection: public order, bad faith) and s.64 (Modern "
    "Slavery Act 2015 s.50A(3)-(5)); Modern Slavery: Statutory Guidance for England and Wales, "
    "version in effect from 30 January 2023; College of Policing APP (NRM decision making)"
)
_APP: Final = (
    "College of Policing APP: Modern slavery and human trafficking, victim identification "
    "and initial actions"
)
_FORCE_POLICY: Final = "force policy"


# The officer's further duties: records and reminders beyond the timescales above.
AGE_ASSESSMENT: Final = "children.age_assessment"
BAIL_RETURN_REMINDER: Final = "investigation.bail_return_reminder"
BAIL_SAFETY_REVIEW: Final = "investigation.bail_safety_review"
# Right 3's row is the one for the written confirmation above: one right, one row.
RIGHT3_ACKNOWLEDGEMENT: Final = RIGHT3_CONFIRMATION
VRR_SCHEMES: Final = "victims_code.vrr.schemes"
RISK_REVIEW: Final = "safeguarding.risk_review"
# Rows for the duties: each is data a force or a new code can change without code changes.
# ``force_policy`` marks a parameter that no statute or code sets: the force decides it.
_DUTY_ROWS: Final = (
    # (id, source, version, params); every row takes effect on BASELINE.
    (
        AGE_ASSESSMENT,
        "Modern Slavery Act 2015 s.51 (presumption about age); Modern Slavery: Statutory "
        "Guidance for England and Wales (children, age assessment); " + _APP,
        "1",
        {
            # Treated as a child until an assessment decides otherwise: only an outcome of
            # adult, or the 18th birthday of an assessed date of birth, ends the child workflow.
            "child_age_under": 18,
            "adult_outcomes": ["adult"],
            "presumed_child_outcomes": ["pending", "child", "inconclusive"],
        },
    ),
    (
        BAIL_RETURN_REMINDER,
        "Police and Criminal Evidence Act 1984 ss.47, 47ZA-47ZM (pre-charge bail); "
        f"{_CODE_2020}, Right 6; force policy for the reminder",
        "1",
        # Review the victim's safety plan (a risk review) in the fortnight before the suspect
        # answers bail, at the latest the given number of days before.
        {"calendar_days_before": 2, "window_calendar_days": 14, "force_policy": True},
    ),
    (
        BAIL_SAFETY_REVIEW,
        f"{_CODE_2020}, Right 6 (bail conditions); " + _APP + " (risk assessment); force policy "
        "for the timescale",
        "1",
        {
            "working_days": 2,
            "events": ["released_on_bail", "bail_conditions_changed"],
            "force_policy": True,
        },
    ),
    (
        VRR_SCHEMES,
        f"{_CODE_2020}, Right 6; NPCC Police Victims' Right to Review scheme; CPS Victims' "
        "Right to Review scheme",
        "2020",
        {
            "schemes": {
                "police_no_charge": "police",
                "police_end_investigation": "police",
                "cps_no_charge": "cps",
                "cps_discontinuance": "cps",
                "charge_altered": "not_reviewable",
            }
        },
    ),
    (
        RISK_REVIEW,
        _APP + " (risk assessment; safeguarding and exit); RULES.md section 5",
        "1",
        {"from": "review_on", "set_by": "officer"},
    ),
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
    # Force policy: the number is the force's choice (the sources set none), not the law's.
    policy: bool = False
    # The headings and bold rules of RULES.md this row implements.
    covers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.id or not self.version or not self.source:
            raise ValueError("a rule needs an id, a version and a source")
        if isinstance(self.effective_from, datetime) or not isinstance(self.effective_from, date):
            raise ValueError(f"rule {self.id}: effective_from must be a date")
        object.__setattr__(self, "params", _freeze(self.params))
        object.__setattr__(self, "covers", tuple(self.covers))
        if self.policy and _FORCE_POLICY not in self.source:
            raise ValueError(f"rule {self.id}: a force-policy row says so in its source")

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

    def text_param(self, key: str) -> str:
        value = self._param(key)
        if not isinstance(value, str):
            raise TypeError(f"rule {self.id} {self.version}: {key} is not text")
        return value

    def texts_param(self, key: str) -> tuple[str, ...]:
        """A list of ids such as the kinds a policy applies to."""
        value = self._param(key)
        if not isinstance(value, tuple) or not all(isinstance(x, str) for x in value):
            raise TypeError(f"rule {self.id} {self.version}: {key} is not a list of text")
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


def _recovery_rows(rule_id: str, covers: tuple[str, ...]) -> list[Rule]:
    # The same three versions for the recovery period and the CG "not before" date, chosen
    # by the date of the positive RG decision (historic cases keep their old dates).
    return [
        Rule(
            rule_id,
            f"{_NRM_GUIDANCE}: recovery period of at least 45 calendar days (policy before "
            "13 December 2022)",
            "45-day",
            BASELINE,
            {"calendar_days": 45, "minimum": True, "from": "positive_rg_decision"},
            covers=covers,
        ),
        Rule(
            rule_id,
            f"{_NRM_GUIDANCE}; {_WMS_2022}",
            "30-day",
            RECOVERY_PERIOD_30_DAYS_FROM,
            {"calendar_days": 30, "minimum": True, "from": "positive_rg_decision"},
            covers=covers,
        ),
        Rule(
            rule_id,
            f"{_NRM_GUIDANCE}; {_NABA_2023}",
            "2023-01",
            RECOVERY_PERIOD_EXCEPTIONS_FROM,
            {
                "calendar_days": 30,
                "minimum": True,
                "from": "positive_rg_decision",
                # s.62: a further positive RG decision after a positive CG decision brings no
                # recovery period unless the competent authority decides one is appropriate.
                "none_after_positive_cg": True,
                # s.63 / s.50A(5): a public-order (or bad-faith) disqualification ends it.
                "none_if_disqualified": True,
            },
            covers=covers,
        ),
    ]


RULES: Final = RulesTable(
    [
        Rule(
            WORKING_DAYS,
            "RULES.md section 1; Banking and Financial Dealings Act 1971 and royal "
            "proclamations (bank holidays in England and Wales, via the holidays package)",
            "1",
            BASELINE,
            {
                "time_zone": "Europe/London",
                "holidays": "UK, subdivision England",
                "not_working": ("saturday", "sunday", "bank_holiday"),
                "due_at": "23:59:59",
                "count_from": "the day after the event",
            },
            covers=("Working days",),
        ),
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
                # A child or age-disputed victim qualifies as under 18: derived, not chosen.
                "child_category": "under_18",
            },
            covers=("Victims' Code (2020 Code, in force since 1 April 2021)", "Enhanced rights"),
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
            covers=("Updates on the investigation (Right 6)",),
        ),
        Rule(
            SUPPORT_REFERRAL,
            f"{_CODE_2020}, Right 4 (referral to services that support victims)",
            "2020",
            BASELINE,
            {"working_days": 2, "from": "crime_reported_at", "unless": "victim_declined"},
            covers=("Referral to support services (Right 4)",),
        ),
        Rule(
            RIGHT3_CONFIRMATION,
            f"{_CODE_2020}, Right 3 (written acknowledgement of the crime report)",
            "2020",
            BASELINE,
            {
                "record": ("date", "method", "safe_to_send"),
                "never_to": "an address where the victim was exploited",
                # No number of days: "without unnecessary delay".
                "without_unnecessary_delay": True,
                "record_safe_to_send": True,
            },
            covers=("Written confirmation of the report (Right 3)",),
        ),
        Rule(
            RIGHT7_VPS,
            f"{_CODE_2020}, Right 7 (Victim Personal Statement)",
            "2020",
            BASELINE,
            {
                "record": ("offered", "made", "declined", "deferred"),
                "statuses": ["offered", "made", "declined", "deferred"],
            },
            covers=("Victim Personal Statement (Right 7)",),
        ),
        Rule(
            RIGHT1_INTERPRETER,
            f"{_CODE_2020}, Right 1 (to understand and be understood)",
            "2020",
            BASELINE,
            {
                "record": ("language", "interpreter"),
                "each_interaction": True,
                # Not someone from the place of exploitation.
                "independent_required": True,
            },
            covers=("Interpreter (Right 1)",),
        ),
        Rule(
            COMPLAINT_ACK,
            f"{_CODE_2020}, Right 12 (to make a complaint)",
            "2020",
            BASELINE,
            {"working_days": 10},
            covers=("Complaints (Right 12)",),
        ),
        Rule(
            VRR_REQUEST_WINDOW,
            f"{_CODE_2020}, Right 6; Victims' Right to Review scheme (no-charge decisions)",
            "2020",
            BASELINE,
            {"months": 3, "from": "victim_told_of_decision"},
            covers=("Victims' Right to Review",),
        ),
        Rule(
            NRM_CONSENT,
            f"Modern Slavery Act 2015 s.52 (duty to notify); {_APP} (police statutory duty; "
            "child victim; independent modern slavery advocate)",
            "1",
            BASELINE,
            {
                # An adult enters the NRM only with informed written consent; an adult who
                # does not consent is notified anonymously (Duty to Notify) instead.
                "adult_nrm_needs_consent": True,
                "adult_without_consent": "duty_to_notify",
                # Children do not have to consent and must be referred; never Duty to Notify.
                "child_needs_consent": False,
                "child_duty_to_notify": False,
                "imsa_needs_consent": True,
                # Judged as at the referral's date: a referral made while the age was
                # disputed stays valid after an "adult" outcome.
                "child_judged_on": "referral_date",
            },
            covers=("National Referral Mechanism (NRM)", "Referral types"),
        ),
        Rule(
            NRM_OR_DUTY_TO_NOTIFY,
            f"Modern Slavery Act 2015 s.52; {_APP} (initial actions: seek consent from adult "
            f"victims and refer into the NRM); timescale: {_FORCE_POLICY} (the sources set none)",
            "1",
            BASELINE,
            {
                # As an initial action: by the end of the working day after the case opened.
                "working_days": 1,
                "from": "case_opened",
                "met_by": ("nrm", "duty_to_notify"),
            },
            policy=True,
            covers=("Referral types",),
        ),
        Rule(
            NRM_RG_EXPECTED,
            _NRM_GUIDANCE,
            "1",
            BASELINE,
            # The APP says "within five days"; RULES.md counts working days. A target: show
            # "RG expected by" and prompt to chase the competent authority after it.
            {"working_days": 5, "from": "nrm_referral", "target": True},
            covers=("Reasonable grounds (RG) decision",),
        ),
        *_recovery_rows(NRM_RECOVERY_PERIOD, ("Recovery period",)),
        *_recovery_rows(NRM_CG_NOT_BEFORE, ("Conclusive grounds (CG) decision",)),
        Rule(
            CA_UPDATE,
            f"{_APP} (NRM decision making: the investigator's ongoing duty to update the "
            f"competent authorities); cadence: {_FORCE_POLICY}",
            "1",
            BASELINE,
            {
                # The APP sets no interval: the force's default reminder is every 28 days
                # from the NRM referral, then from each update, until the CG decision.
                "calendar_days": 28,
                "from": "nrm_referral",
                "until": "conclusive_grounds_decision",
                "authorities": ("sca", "ieca"),
            },
            policy=True,
            covers=("The investigator has an ongoing duty to send updates",),
        ),
        Rule(
            WEEKEND_MOVE,
            f"{_FORCE_POLICY}: a reminder counted in calendar days that falls on a weekend "
            "or bank holiday moves to the next working day (RULES.md section 1)",
            "1",
            BASELINE,
            {
                "move_to": "next_working_day",
                "applies_to": ("agreed_update", "competent_authority_update"),
            },
            policy=True,
            covers=("Working days",),
        ),
        Rule(
            NRM_SUPPORT,
            f"{_NRM_GUIDANCE}; Modern Slavery Victim Care Contract; {_APP} (independent "
            "modern slavery advocate: consent before referral)",
            "1",
            BASELINE,
            {"on": "positive_rg_decision", "provider": "msvcc", "imsa_needs_consent": True},
            covers=("Support",),
        ),
        Rule(
            CHILD_WORKFLOW,
            f"Modern Slavery Act 2015 s.51 (presumption about age); {_APP} (child victim; "
            "independent child trafficking guardians)",
            "1",
            BASELINE,
            {
                "treat_as_child_until_assessed": True,
                "order": ("mash", "nrm"),
                "ictg_where_available": True,
                "enhanced_rights": True,
                "appropriate_adult_if_suspect": True,
            },
            covers=("Children", "Child workflow"),
        ),
        Rule(
            MSVLO_ROLE,
            f"{_APP} (the MSVLO role; initial actions)",
            "1",
            BASELINE,
            {"exit_strategy_with": "lead_investigator"},
            covers=("The MSVLO role (APP) - the checklist a case carries",),
        ),
        Rule(
            LATE_ENTRY,
            # The sources ask for a contemporaneous log but set no number: this is the
            # application's threshold, kept here so a force can change it as data.
            "MSVLO Desktop policy for RULES.md section 6 (late entries); no statutory timescale",
            "1",
            BASELINE,
            {"hours": 24},
            covers=("The log itself (evidential rules)",),
        ),
        Rule(
            LOG_PROVISIONS,
            f"{_APP} (meeting welfare needs); Criminal Procedure and Investigations Act 1996 "
            "(disclosure of benefits to a witness)",
            "1",
            BASELINE,
            {
                "record": (
                    "what",
                    "quantity",
                    "value_gbp",
                    "supplier_or_receipt",
                    "need",
                    "justification",
                    "authorised_by",
                    "explained_unconditional",
                )
            },
            covers=("The log itself (evidential rules)",),
        ),
        Rule(
            LOG_APPEND_ONLY,
            "Criminal Procedure and Investigations Act 1996 Code of Practice (recording and "
            "retaining material); RULES.md section 6",
            "1",
            BASELINE,
            {"edit": False, "delete": False, "correction": "new entry naming the original"},
            covers=("Append-only",),
        ),
        Rule(
            LOG_TAMPER_EVIDENCE,
            "RULES.md section 6 (tamper evidence)",
            "1",
            BASELINE,
            {"algorithm": "sha256", "chain": True},
            covers=("Tamper evidence",),
        ),
        Rule(
            LOG_SENSITIVE,
            "CPIA 1996 Code of Practice; CPS Disclosure Manual (MG6C non-sensitive, MG6D "
            "sensitive schedules)",
            "1",
            BASELINE,
            {"schedule": "MG6D"},
            covers=("Sensitive",),
        ),
        Rule(
            LOG_EXIT_STRATEGY,
            f"{_APP} (the MSVLO role: continuing support until an exit strategy is agreed with "
            "the lead investigator)",
            "1",
            BASELINE,
            {"close_needs": "agreed_with_lead_investigator"},
            covers=("Exit strategy",),
        ),
        Rule(
            LOG_SPOC,
            f"{_APP} (acting as single point of contact; safe contact number)",
            "1",
            BASELINE,
            {"record": ("name", "role", "how_to_reach", "victim_informed")},
            covers=("SPOC",),
        ),
        Rule(
            DATA_AUDIT,
            "Data Protection Act 2018 Part 3, s.62 (logging)",
            "1",
            BASELINE,
            {
                "record": (
                    "collection",
                    "alteration",
                    "consultation",
                    "disclosure",
                    "combination",
                    "erasure",
                )
            },
            covers=("Data protection and handling", "Data Protection Act 2018 Part 3, s.62"),
        ),
        Rule(
            DATA_MARKING,
            "Government Security Classifications (OFFICIAL-SENSITIVE handling caveat)",
            "1",
            BASELINE,
            {"marking": "OFFICIAL-SENSITIVE", "every_page": True},
            covers=("Data protection and handling",),
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
            policy=True,
        ),
        *(
            Rule(rid, src, ver, BASELINE, params, policy=bool(params.get("force_policy")))
            for rid, src, ver, params in _DUTY_ROWS
        ),
    ]
)

# The 2020 Code's lists, for validation and forms. A later code that changes them adds rows;
# code that must follow it asks RULES.rule(...) for the version at the event's date.
RIGHT6_EVENTS: Final[Mapping[str, str]] = RULES.rule(RIGHT6_UPDATE, BASELINE).labels_param("events")
ENHANCED_RIGHTS_CATEGORIES: Final[Mapping[str, str]] = RULES.rule(
    ENHANCED_RIGHTS, BASELINE
).labels_param("categories")
