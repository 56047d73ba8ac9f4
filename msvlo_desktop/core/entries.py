"""Log entries: the entry types of the case bundle, their fields and their rules.

An entry is immutable once recorded. Its type-specific fields live in ``data``, already
validated and normalised to JSON-compatible values (money as a decimal string, dates as ISO
text, phone numbers in E.164), so the hash chain can serialise it canonically and a bundle
round-trips exactly. Each field is declared once in ``FIELDS``; forms, the importer and the
reports all read that table.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from msvlo_desktop.core import rules
from msvlo_desktop.core import codes
from msvlo_desktop.core import values as v
from msvlo_desktop.core.age import judge_age
from msvlo_desktop.core.case import parse_contact
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.timefmt import london, uk_date
from msvlo_desktop.core.victim import Victim

ENTRY_TYPES: tuple[str, ...] = (
    "interaction",
    "provision",
    "investigation_event",
    "victim_update",
    "referral",
    "nrm_decision",
    "spoc_change",
    "exit_strategy",
    "note",
    "correction",
)
TYPE_LABELS = {
    "interaction": "Interaction",
    "provision": "Provision",
    "investigation_event": "Investigation event",
    "victim_update": "Victim update",
    "referral": "Referral",
    "nrm_decision": "NRM decision",
    "spoc_change": "SPOC change",
    "exit_strategy": "Exit strategy",
    "note": "Note",
    "correction": "Correction",
}
# The case's status, kept in its log (INTERFACES.md): closing and reopening are entries, so
# the hash chain covers them and a bundle carries them. They are made only by closing or
# reopening the case (storage: Vault.close_case, Vault.reopen_case), never through an entry
# form, and are never corrected: a wrong closing is answered by reopening with a reason.
STATUS_TYPES = ("case_closed", "case_reopened")
TYPE_LABELS.update({"case_closed": "Case closed", "case_reopened": "Case reopened"})
INTERACTION_MODES = ("face_to_face", "phone", "video", "text", "email", "third_party")
UPDATE_METHODS = ("face_to_face", "phone", "video", "text", "email", "letter", "third_party")
PROVISION_CATEGORIES = (
    "food",
    "drink",
    "clothing",
    "toiletries",
    "accommodation",
    "transport",
    "phone",
    "cash",
    "medical",
    "other",
)
# One list for validation, forms and the obligation engine: the rules table's (2020 Code).
RIGHT6_EVENTS = rules.RIGHT6_EVENTS
SERVICES = (
    "nrm",
    "duty_to_notify",
    "mash",
    "ictg",
    "imsa",
    "msvcc",
    "local_authority",
    "sarc",
    "gp",
    "mental_health",
    "drug_alcohol",
    "victim_support",
    "other",
)
SERVICE_LABELS = {
    "nrm": "NRM referral",
    "duty_to_notify": "Duty to Notify (anonymous)",
    "mash": "MASH / children's services",
    "ictg": "ICTG service",
    "imsa": "IMSA",
    "msvcc": "MSVCC support (Salvation Army)",
    "local_authority": "Local authority",
    "sarc": "SARC",
    "gp": "GP",
    "mental_health": "Mental health service",
    "drug_alcohol": "Drug and alcohol service",
    "victim_support": "Victim support service",
    "other": "Other service",
}
NRM_STAGES = ("reasonable_grounds", "conclusive_grounds", "reconsideration")
NRM_OUTCOMES = {
    "reasonable_grounds": ("positive", "negative"),
    "conclusive_grounds": ("trafficking", "slavery_servitude_forced_labour", "not_recognised"),
    "reconsideration": ("requested", "upheld", "overturned"),
}
# Why a victim update was late, as a choice beside the free-text reason: the compliance return
# counts these (services/compliance.py) and never the free text.
LATE_REASON_CATEGORIES = (
    "victim_unreachable",
    "interpreter_unavailable",
    "officer_unavailable",
    "other",
)
LATE_REASON_LABELS = {
    "victim_unreachable": "Victim could not be reached",
    "interpreter_unavailable": "Interpreter not available",
    "officer_unavailable": "Officer not available",
    "other": "Other reason",
}
EXIT_STATUSES = ("not_started", "drafted", "agreed", "in_progress", "completed", "revised")
# Things an interaction or note can record as done; the case checklists read them.
ACTIONS = {
    "basic_needs_assessment": "Basic needs assessed (health, welfare, food, clothing)",
    "risk_assessment": "Risk assessment carried out",
    "interpreter_arranged": "Interpreter arranged",
    "place_of_safety": "Victim supported into a place of safety",
    "duty_inspector_notified": "Duty inspector notified",
    "safe_contact_number": "Safe contact number obtained",
    "officer_contact_given": "Victim told how to contact the officer",
    "trust_building": "Trust and cooperation secured",
    "nrm_explained": "NRM explained to the victim",
    "msvcc_explained": "MSVCC support explained",
    "initial_account": "Initial account and background obtained",
    "abe_interview": "ABE interview facilitated",
    "forensic_recovery": "Forensic recovery facilitated (CSI, SARC, EEK)",
    "partner_support": "Continued support from partners arranged",
    "written_confirmation": "Written confirmation of the crime report given (Right 3)",
    "vps_offered": "Victim Personal Statement offered (Right 7)",
    "support_referral_declined": "Victim declined referral to support services (Right 4)",
    "competent_authority_update": "Update sent to the competent authority",
    "witness_care_handover": "Handed over to the Witness Care Unit",
    "appropriate_adult": "Appropriate adult arranged",
}
# The rules table holds the late-entry threshold so a force can change it as data.
LATE_ENTRY_AFTER = timedelta(
    hours=rules.RULES.rule(rules.LATE_ENTRY, rules.BASELINE).int_param("hours")
)
COMMON_FIELDS = ("id", "type", "occurred_at", "recorded_at", "author", "sensitive")

Parser = Callable[[Any, str], Any]


@dataclass(frozen=True)
class FieldSpec:
    """One type-specific field: its JSON name, label for people, parser and whether required."""

    name: str
    label: str
    parse: Parser
    required: bool = False
    searchable: bool = False  # included in the full-text index


def _text(raw: Any, label: str) -> str:
    return v.text(raw, label)


def _opt_text(raw: Any, label: str) -> str | None:
    return v.optional_text(raw, label)


def _opt_short(raw: Any, label: str) -> str | None:
    return v.optional_short_text(raw, label)


def _short(raw: Any, label: str) -> str:
    return v.short_text(raw, label)


def _opt_date(raw: Any, label: str) -> str | None:
    d = v.optional_date(raw, label)
    return d.isoformat() if d else None


def _opt_bool(raw: Any, label: str) -> bool | None:
    return v.optional_boolean(raw, label)


def _bool(raw: Any, label: str) -> bool:
    return v.boolean(raw, label)


def _choice(options: Sequence[str]) -> Parser:
    return lambda raw, label: v.choice(raw, label, options)


def _opt_choice(options: Sequence[str]) -> Parser:
    return lambda raw, label: None if raw is None else v.choice(raw, label, options)


def _money(raw: Any, label: str) -> str:
    return v.money_text(v.money(raw, label))


def _quantity(raw: Any, label: str) -> int:
    if isinstance(raw, str) and raw.strip().isdigit():
        raw = int(raw.strip())
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValidationError(f"{label} must be a whole number such as 1 or 3.")
    if raw < 1:
        raise ValidationError(f"{label} must be at least 1.")
    if raw > 100_000:
        raise ValidationError(f"{label} is implausibly large; check it.")
    return raw


def _interpreter(raw: Any, label: str) -> dict[str, str] | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise ValidationError(f"{label} must give the interpreter's name and language.")
    for key in raw:
        if key not in ("name", "language", "independent"):
            raise ValidationError(f"{key!r} is not a field of an interpreter.")
    out: dict[str, Any] = {
        "name": v.short_text(raw.get("name"), "Interpreter's name"),
        "language": v.language(raw.get("language"), "Interpreter's language"),
    }
    # Right 1: an interpreter from the place of exploitation is no interpreter at all; the
    # officer records that this one is independent (optional, so older records still read).
    independent = v.optional_boolean(raw.get("independent"), "Interpreter is independent")
    if independent is not None:
        out["independent"] = independent
    return out


def _id_list(raw: Any, label: str) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(x, str) and x for x in raw):
        raise ValidationError(f"{label} must be a list of entry identifiers.")
    return list(dict.fromkeys(raw))


def _actions(raw: Any, label: str) -> list[str] | None:
    if raw is None or raw == []:
        return None
    return v.choices(raw, label, list(ACTIONS))


def _contact(raw: Any, label: str) -> dict[str, Any]:
    c = parse_contact(
        {**raw, "role": raw.get("role", "spoc")} if isinstance(raw, Mapping) else raw,
        require_role="spoc",
    )
    out = c.to_json()
    out.pop("from", None)
    out.pop("to", None)
    return out


FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "interaction": (
        FieldSpec("mode", "Mode", _choice(INTERACTION_MODES), True),
        FieldSpec("summary", "Summary", _text, True, True),
        FieldSpec("location", "Location", _opt_short, searchable=True),
        FieldSpec("interpreter", "Interpreter", _interpreter),
        FieldSpec("next_contact_on", "Next contact on", _opt_date),
        FieldSpec("actions", "Actions completed", _actions),
    ),
    "provision": (
        FieldSpec("category", "Category", _choice(PROVISION_CATEGORIES), True),
        FieldSpec("description", "Description", _short, True, True),
        FieldSpec("quantity", "Quantity", _quantity, True),
        FieldSpec("value_gbp", "Value (£)", _money, True),
        FieldSpec("need", "Need it answers", _text, True, True),
        FieldSpec("justification", "Justification", _text, True, True),
        FieldSpec("authorised_by", "Authorised by", _short, True, True),
        FieldSpec("supplier", "Supplier", _opt_short, searchable=True),
        FieldSpec("receipt_ref", "Receipt reference", _opt_short, searchable=True),
        FieldSpec("explained_unconditional", "Explained as unconditional", _opt_bool),
    ),
    "investigation_event": (
        FieldSpec("event", "Event", _choice(list(RIGHT6_EVENTS)), True),
        FieldSpec("details", "Details", _opt_text, searchable=True),
    ),
    "victim_update": (
        FieldSpec("satisfies", "Events this update covers", _id_list),
        FieldSpec("method", "Method", _choice(UPDATE_METHODS), True),
        FieldSpec("summary", "What the victim was told", _text, True, True),
        FieldSpec("late_reason", "Reason the update was late", _opt_text, searchable=True),
        FieldSpec(
            "late_reason_category",
            "Why the update was late",
            _opt_choice(LATE_REASON_CATEGORIES),
        ),
    ),
    "referral": (
        FieldSpec("service", "Service", _choice(SERVICES), True),
        FieldSpec("consent", "Consent given", _opt_bool),
        FieldSpec("reference", "Reference", _opt_short, searchable=True),
        FieldSpec("ictg_available", "ICTG available here", _opt_bool),
        FieldSpec("explained_by", "NRM explained by", _opt_short, searchable=True),
        FieldSpec("written_consent", "Consent was written", _opt_bool),
        FieldSpec("details", "Details", _opt_text, searchable=True),
    ),
    "nrm_decision": (
        FieldSpec("stage", "Stage", _choice(NRM_STAGES), True),
        FieldSpec("outcome", "Outcome", _short, True),
        FieldSpec("requested_by", "Requested by", _opt_short, searchable=True),
        FieldSpec("details", "Details", _opt_text, searchable=True),
        # Nationality and Borders Act 2022 s.63: no recovery period (RULES.md 3).
        FieldSpec(
            "public_order_disqualification",
            "Disqualified on public-order grounds (no recovery period)",
            _opt_bool,
        ),
    ),
    "spoc_change": (
        FieldSpec("contact", "New SPOC", _contact, True),
        FieldSpec("victim_informed", "Victim informed", _bool, True),
    ),
    "exit_strategy": (
        FieldSpec("status", "Status", _choice(EXIT_STATUSES), True),
        FieldSpec("agreed_with", "Agreed with (lead investigator)", _opt_short, searchable=True),
        FieldSpec("criteria", "Criteria", _opt_text, searchable=True),
        FieldSpec("review_on", "Review on", _opt_date),
        FieldSpec("onward_support", "Onward support", _opt_text, searchable=True),
    ),
    "note": (
        FieldSpec("summary", "Note", _text, True, True),
        FieldSpec("actions", "Actions completed", _actions),
    ),
    "correction": (
        FieldSpec("corrects", "Entry corrected", _short, True),
        FieldSpec("reason", "Reason for the correction", _text, True, True),
        # "replacement" is validated as a whole entry (see validate_entry).
    ),
}


def _outstanding(raw: Any, label: str) -> list[str] | None:
    """The open items the officer acknowledged when closing: each one line of text."""
    if raw is None or raw == []:
        return None
    if not isinstance(raw, list):
        raise ValidationError(f"{label} must be a list of the open items, one line each.")
    items = [v.short_text(item, f"{label} (item {i})") for i, item in enumerate(raw, 1)]
    if len(items) > 200:
        raise ValidationError(f"{label} lists {len(items)} items; at most 200.")
    return list(dict.fromkeys(items))


FIELDS.update(
    {
        "case_closed": (
            FieldSpec("reason", "Reason for closing", _text, True, True),
            FieldSpec("retention_review_on", "Retention review date", _opt_date, True),
            FieldSpec("outstanding", "Outstanding items acknowledged", _outstanding),
        ),
        "case_reopened": (FieldSpec("reason", "Reason for reopening", _text, True, True),),
    }
)


# ---------------------------------------------------------------------------------------------
# The officer's further duties (issue 15): age assessment, bail, Rights 3, 7 and 12, the
# Victims' Right to Review, interpreters on updates, risk reviews. Each type's fields are
# declared once here; core.duties reads them for the obligations and checklists.
DUTY_TYPES = (
    "age_assessment",
    "written_acknowledgement",
    "vps",
    "complaint",
    "right_to_review",
    "risk_review",
)
ENTRY_TYPES = (*ENTRY_TYPES[:-1], *DUTY_TYPES, ENTRY_TYPES[-1])
TYPE_LABELS.update(
    {
        "age_assessment": "Age assessment",
        "written_acknowledgement": "Written acknowledgement (Right 3)",
        "vps": "Victim Personal Statement (Right 7)",
        "complaint": "Complaint (Right 12)",
        "right_to_review": "Right to review",
        "risk_review": "Risk review",
    }
)
AGE_OUTCOMES = ("pending", "adult", "child", "inconclusive")
VPS_STATUSES = ("offered", "made", "declined", "deferred")
COMPLAINT_STAGES = ("received", "passed_to_handler", "acknowledged", "outcome")
REVIEW_STAGES = ("informed", "requested", "outcome")
REVIEW_DECISIONS = (
    "police_no_charge",
    "police_end_investigation",
    "cps_no_charge",
    "cps_discontinuance",
    "charge_altered",
)
REVIEW_OUTCOMES = ("upheld", "overturned", "withdrawn")
RISK_LEVELS = ("none", "low", "medium", "high")
# Events that set, change or lift the suspect's bail; only the first two carry a bail date.
BAIL_EVENTS = ("released_on_bail", "bail_conditions_changed")
ACTIONS.update(
    {
        "age_assessment_requested": "Age assessment requested",
        # Right 1, for an interaction's interpreter (an update's interpreter records it in
        # the interpreter object, whose form asks).
        "interpreter_independent": "Interpreter independent of the place of exploitation",
    }
)


# ----------------------------------------------------------- updates to the competent authority
# The investigator's ongoing duty after an NRM referral (APP, NRM decision making): each update
# sent to the Single Competent Authority or the Immigration Enforcement Competent Authority,
# usually by replying to the referral receipt email. The reminder cadence is force policy
# (rules table, ``nrm.competent_authority_update``).
CA_AUTHORITIES = {
    "sca": "Single Competent Authority (SCA)",
    "ieca": "Immigration Enforcement Competent Authority (IECA)",
}
CA_UPDATE_METHODS = ("reply_to_referral_receipt", "email", "phone", "letter", "other")
ENTRY_TYPES = (*ENTRY_TYPES, "competent_authority_update")
TYPE_LABELS["competent_authority_update"] = "Competent authority update"
FIELDS["competent_authority_update"] = (
    FieldSpec("authority", "Competent authority", _choice(list(CA_AUTHORITIES)), True),
    FieldSpec("method", "Sent by", _choice(CA_UPDATE_METHODS), True),
    FieldSpec("reference", "NRM reference", _opt_short, searchable=True),
    FieldSpec("summary", "What the competent authority was told", _text, True, True),
)


def _opt_age(raw: Any, label: str) -> int | None:
    if isinstance(raw, str) and raw.strip().isdigit():
        raw = int(raw.strip())
    if raw is None or raw == "":
        return None
    return v.integer(raw, label, minimum=5, maximum=40)


def _date(raw: Any, label: str) -> str:
    return v.parse_date(raw, label).isoformat()


def _opt_id(raw: Any, label: str) -> str | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str) or not _plain_identifier(raw):
        raise ValidationError(f"{label} must name an entry of this case.")
    return raw


FIELDS["investigation_event"] += (
    FieldSpec("bail_return_on", "Bail return date", _opt_date),
    FieldSpec("bail_conditions", "Bail conditions", _opt_text, searchable=True),
)
FIELDS["victim_update"] += (FieldSpec("interpreter", "Interpreter", _interpreter),)
FIELDS["referral"] += (
    FieldSpec("social_worker", "Social worker (name, team, phone)", _opt_short, searchable=True),
)
FIELDS.update(
    {
        "age_assessment": (
            FieldSpec("requested_by", "Requested by", _short, True, True),
            FieldSpec("requested_on", "Requested on", _date, True),
            FieldSpec("assessor", "Assessor", _opt_short, searchable=True),
            FieldSpec(
                "adult_present",
                "Appropriate adult or advocate present",
                _opt_short,
                searchable=True,
            ),
            FieldSpec("age_outcome", "Outcome", _choice(AGE_OUTCOMES), True),
            FieldSpec("assessed_age", "Assessed age", _opt_age),
            FieldSpec("assessed_date_of_birth", "Assessed date of birth", _opt_date),
            FieldSpec("details", "Details", _opt_text, searchable=True),
        ),
        "written_acknowledgement": (
            FieldSpec("safe_to_send", "Safe to send in writing", _bool, True),
            FieldSpec("method", "How it was given", _opt_choice(UPDATE_METHODS)),
            FieldSpec("withheld_reason", "Why it was not sent", _opt_text, searchable=True),
            FieldSpec("details", "Details", _opt_text, searchable=True),
        ),
        "vps": (
            FieldSpec("vps_status", "Statement", _choice(VPS_STATUSES), True),
            FieldSpec("revisit_on", "Offer again on", _opt_date),
            FieldSpec("details", "Details", _opt_text, searchable=True),
        ),
        "complaint": (
            FieldSpec("complaint_stage", "Stage", _choice(COMPLAINT_STAGES), True),
            FieldSpec("complaint_of", "Complaint", _opt_id),
            FieldSpec("summary", "What happened", _text, True, True),
            FieldSpec("handler", "Complaints handler", _opt_short, searchable=True),
            FieldSpec("reference", "Reference", _opt_short, searchable=True),
        ),
        "right_to_review": (
            FieldSpec("review_stage", "Stage", _choice(REVIEW_STAGES), True),
            FieldSpec("decision", "Decision", _opt_choice(REVIEW_DECISIONS)),
            FieldSpec("review_of", "Decision reviewed", _opt_id),
            FieldSpec("review_outcome", "Outcome of the review", _opt_choice(REVIEW_OUTCOMES)),
            FieldSpec("details", "Details", _opt_text, searchable=True),
        ),
        "risk_review": (
            FieldSpec("risk_level", "Overall risk", _choice(RISK_LEVELS[1:]), True),
            FieldSpec("family_risk", "Risk from or to family", _choice(RISK_LEVELS), True),
            FieldSpec("repatriation_risk", "Risk on return home", _choice(RISK_LEVELS), True),
            FieldSpec("risk_notes", "What the risks are", _opt_text, searchable=True),
            FieldSpec("risk_actions", "Actions to reduce them", _text, True, True),
            FieldSpec("review_on", "Review on", _date, True),
        ),
    }
)


def _duty_field_rules(entry_type: str, data: Mapping[str, Any]) -> list[Problem]:
    """Rules within one entry of the duty types (and the bail fields of an event)."""
    out: list[Problem] = []
    if entry_type == "investigation_event" and "event" in data:
        for name in ("bail_return_on", "bail_conditions"):
            if data.get(name) and data["event"] not in BAIL_EVENTS:
                out.append(
                    Problem(
                        name,
                        "Only a release on bail or a change of bail conditions has a bail "
                        "return date or conditions (released under investigation has none).",
                    )
                )
    elif entry_type == "age_assessment":
        outcome = data.get("age_outcome")
        decided = outcome not in (None, "pending")
        if outcome == "pending":
            for name in ("assessed_age", "assessed_date_of_birth"):
                if data.get(name) is not None:
                    out.append(
                        Problem(name, "An assessment still awaited has no assessed age yet.")
                    )
        if decided and not data.get("assessor"):
            out.append(Problem("assessor", "Name who carried out the age assessment."))
        if decided and not data.get("adult_present"):
            out.append(
                Problem(
                    "adult_present",
                    "Name the appropriate adult or advocate present at the assessment.",
                )
            )
        age = data.get("assessed_age")
        if outcome == "adult" and age is not None and age < 18:
            out.append(Problem("assessed_age", "An outcome of adult needs an age of 18 or over."))
        if outcome == "child" and age is not None and age >= 18:
            out.append(Problem("assessed_age", "An outcome of child needs an age under 18."))
    elif entry_type == "written_acknowledgement" and "safe_to_send" in data:
        if data["safe_to_send"] and not data.get("method"):
            out.append(Problem("method", "Say how the written acknowledgement was given."))
        if not data["safe_to_send"]:
            if not data.get("withheld_reason"):
                out.append(
                    Problem(
                        "withheld_reason",
                        "Say why it was not safe to send (for example, the address is where "
                        "the victim was exploited).",
                    )
                )
            if data.get("method") == "letter":
                out.append(
                    Problem("method", "It is not safe to send: a letter cannot be the method.")
                )
    elif entry_type == "vps":
        if data.get("vps_status") == "deferred" and not data.get("revisit_on"):
            out.append(Problem("revisit_on", "Say when to offer the statement again."))
        if data.get("revisit_on") and data.get("vps_status") != "deferred":
            out.append(Problem("revisit_on", "Only a deferred statement has a date to revisit."))
    elif entry_type == "complaint" and "complaint_stage" in data:
        stage = data["complaint_stage"]
        if stage != "received" and not data.get("complaint_of"):
            out.append(Problem("complaint_of", "Name the complaint this entry follows up."))
        if stage == "received" and data.get("complaint_of"):
            out.append(Problem("complaint_of", "A complaint received starts a new complaint."))
        if stage == "passed_to_handler" and not data.get("handler"):
            out.append(Problem("handler", "Name the force's complaints handler it went to."))
    elif entry_type == "right_to_review" and "review_stage" in data:
        stage = data["review_stage"]
        if stage == "informed":
            if not data.get("decision"):
                out.append(Problem("decision", "Say which decision the victim was told of."))
            if data.get("review_of"):
                out.append(Problem("review_of", "Telling the victim starts a new review record."))
        elif not data.get("review_of"):
            out.append(Problem("review_of", "Name the decision the victim was told of."))
        if stage == "outcome" and not data.get("review_outcome"):
            out.append(Problem("review_outcome", "Say what the review decided."))
        if stage != "outcome" and data.get("review_outcome"):
            out.append(Problem("review_outcome", "Only the outcome stage has an outcome."))
    return out


def _duty_case_rules(
    entry_type: str, data: Mapping[str, Any], occurred: datetime | None, ctx: EntryContext
) -> list[Problem]:
    """Rules of the duty types that depend on the rest of the case."""
    out: list[Problem] = []
    day = london(occurred).date() if occurred else None
    if entry_type == "age_assessment" and day is not None:
        requested = data.get("requested_on")
        if requested and date.fromisoformat(requested) > day:
            out.append(Problem("requested_on", "The assessment was requested after this date."))
        born = data.get("assessed_date_of_birth")
        if born:
            birth = date.fromisoformat(born)
            if birth >= day:
                out.append(Problem("assessed_date_of_birth", "The date of birth is not past."))
            else:
                adult = _adult_on(birth, day)
                if data.get("age_outcome") == "adult" and not adult:
                    out.append(
                        Problem(
                            "assessed_date_of_birth",
                            "This date of birth makes the victim under 18 on the assessment "
                            "date, but the outcome is adult.",
                        )
                    )
                if data.get("age_outcome") == "child" and adult:
                    out.append(
                        Problem(
                            "assessed_date_of_birth",
                            "This date of birth makes the victim 18 or over on the assessment "
                            "date, but the outcome is child.",
                        )
                    )
    for name, wanted, words in (
        ("complaint_of", ("complaint", "received"), "a complaint received"),
        ("review_of", ("right_to_review", "informed"), "a decision the victim was told of"),
    ):
        target_id = data.get(name)
        if not target_id:
            continue
        target = ctx.existing.get(target_id)
        stage_field = "complaint_stage" if wanted[0] == "complaint" else "review_stage"
        if target is None:
            out.append(Problem(name, f"No entry {target_id!r} in this case."))
        elif target.type != wanted[0] or target.get(stage_field) != wanted[1]:
            out.append(Problem(name, f"Entry {target_id!r} is not {words}."))
        elif (
            name == "review_of"
            and target.get("decision") == "charge_altered"
            and data.get("review_stage") == "requested"
        ):
            out.append(
                Problem(
                    "review_of",
                    "Altering a charge is not reviewable under the Victims' Right to Review.",
                )
            )
    for kind, name, words in (
        ("risk_review", "review_on", "The review date is before the risk review."),
        ("investigation_event", "bail_return_on", "The bail return date is before the event."),
    ):
        when = data.get(name) if entry_type == kind else None
        if when and day is not None and date.fromisoformat(when) < day:
            out.append(Problem(name, words))
    return out


def _child_in_case(ctx: EntryContext, day: date) -> bool:
    """A child on ``day``: once an age assessment is logged, the assessments decide and the
    record's "age disputed" tick is not read (core.age)."""
    assert ctx.victim is not None
    log = list(ctx.existing.values())
    if any(e.type == "correction" for e in log):
        log = effective_entries(log)
    assessments = [e for e in log if e.type == "age_assessment"]
    return judge_age(ctx.victim, ctx.opened_on, assessments, day).child


def _adult_on(birth: date, day: date) -> bool:
    try:
        eighteenth = birth.replace(year=birth.year + 18)
    except ValueError:  # born on 29 February: the birthday is 1 March in a common year
        eighteenth = date(birth.year + 18, 3, 1)
    return day >= eighteenth


@dataclass(frozen=True)
class Entry:
    """A recorded log entry. ``seq`` and ``hash`` are set once it is stored in a case."""

    id: str
    type: str
    occurred_at: datetime
    recorded_at: datetime
    author: str
    data: Mapping[str, Any]
    sensitive: bool = False
    seq: int = 0
    hash: str = ""

    @property
    def is_late(self) -> bool:
        """Recorded more than 24 hours after it happened (a late entry)."""
        return self.recorded_at - self.occurred_at > LATE_ENTRY_AFTER

    @property
    def occurred_on(self) -> date:
        return london(self.occurred_at).date()

    def get(self, name: str, default: Any = None) -> Any:
        return self.data.get(name, default)

    @property
    def value_gbp(self) -> Decimal:
        return Decimal(str(self.data.get("value_gbp", "0")))

    def to_json(self) -> dict[str, Any]:
        """The entry as in a bundle: common fields then the type's fields."""
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "occurred_at": v.iso(self.occurred_at),
            "recorded_at": v.iso(self.recorded_at),
            "author": self.author,
            "sensitive": self.sensitive,
        }
        out.update(self.data)
        return out


@dataclass
class EntryContext:
    """What the rules need to know about the case an entry is added to."""

    now: datetime
    victim: Victim | None = None
    opened_on: date | None = None
    existing: Mapping[str, Entry] = field(default_factory=dict)
    # What an import lets through but the officer must hear about (history is never
    # refused for a record it lacks, only for one that breaks a rule): one line per entry.
    warnings: list[str] = field(default_factory=list)


def new_entry_id() -> str:
    return uuid.uuid4().hex


def validate_fields(
    entry_type: str, raw: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Problem]]:
    """Parse the type-specific fields of ``raw``; return normalised data and every problem."""
    problems: list[Problem] = []
    data: dict[str, Any] = {}
    specs = FIELDS[entry_type]
    known = {s.name for s in specs} | set(COMMON_FIELDS)
    if entry_type == "correction":
        known.add("replacement")
    label = TYPE_LABELS[entry_type].lower()
    article = "an" if label[0] in "aeiou" else "a"
    for key in raw:
        if key not in known:
            problems.append(Problem(str(key), f"is not a field of {article} {label}."))
    for spec in specs:
        value = raw.get(spec.name)
        if spec.required and (value is None or (isinstance(value, str) and not value.strip())):
            problems.append(Problem(spec.name, f"{spec.label} is required."))
            continue
        try:
            parsed = spec.parse(value, spec.label)
        except ValidationError as exc:
            problems.extend(Problem(spec.name, p.message) for p in exc.problems)
            continue
        if parsed is not None:
            data[spec.name] = parsed
    if entry_type == "nrm_decision" and "stage" in data and "outcome" in data:
        allowed = NRM_OUTCOMES[data["stage"]]
        if data["outcome"] not in allowed:
            problems.append(Problem("outcome", f"Outcome must be one of: {', '.join(allowed)}."))
    problems += _duty_field_rules(entry_type, data)
    if (
        entry_type == "exit_strategy"
        and data.get("status") == "agreed"
        and not data.get("agreed_with")
    ):
        problems.append(
            Problem("agreed_with", "Name the lead investigator the exit strategy was agreed with.")
        )
    return data, problems


def _plain_identifier(value: str) -> bool:
    try:
        return v.optional_short_text(value, "Entry identifier") == value
    except ValidationError:
        return False


def validate_entry(raw: Any, ctx: EntryContext, *, imported: bool = False) -> Entry:
    """Validate one entry against the rules of RULES.md and the case it belongs to.

    ``imported`` entries bring their own ``id`` and ``recorded_at``; entries made in the
    application get a fresh id and are recorded now.
    """
    if not isinstance(raw, Mapping):
        raise ValidationError("An entry must be an object.")
    problems: list[Problem] = []
    entry_type = raw.get("type")
    if entry_type not in FIELDS:
        raise ValidationError(f"Entry type must be one of: {', '.join(FIELDS)}.", "type")
    if imported:
        entry_id = raw.get("id")
        if not isinstance(entry_id, str) or not entry_id.strip() or len(entry_id) > 100:
            problems.append(Problem("id", "Every entry needs an identifier (text, up to 100)."))
            entry_id = ""
        elif not _plain_identifier(entry_id):
            problems.append(
                Problem("id", "An entry identifier is plain text with no surrounding spaces.")
            )
            entry_id = ""
        elif entry_id in ctx.existing:
            problems.append(Problem("id", f"Entry identifier {entry_id!r} is used twice."))
    else:
        entry_id = raw.get("id") or new_entry_id()
    occurred = recorded = None
    try:
        occurred = v.parse_datetime(raw.get("occurred_at"), "Occurred at")
        v.not_in_future(occurred, ctx.now, "Occurred at")
    except ValidationError as exc:
        problems.append(Problem("occurred_at", exc.problems[0].message))
    if imported:
        try:
            recorded = v.parse_datetime(raw.get("recorded_at"), "Recorded at")
            v.not_in_future(recorded, ctx.now, "Recorded at")
        except ValidationError as exc:
            problems.append(Problem("recorded_at", exc.problems[0].message))
    else:
        recorded = ctx.now.replace(microsecond=0)
    if occurred and recorded and recorded < occurred:
        problems.append(Problem("recorded_at", "An entry cannot be recorded before it happened."))
    try:
        author = v.short_text(raw.get("author"), "Author")
    except ValidationError as exc:
        problems.append(Problem("author", exc.problems[0].message))
        author = ""
    sensitive = raw.get("sensitive", False)
    if not isinstance(sensitive, bool):
        problems.append(Problem("sensitive", "Sensitive must be true or false."))
    data, field_problems = validate_fields(entry_type, raw)
    problems += field_problems
    problems += _case_rules(entry_type, data, raw, occurred, ctx)
    problems += _consent_rules(entry_type, data, occurred, ctx, imported, entry_id)
    if problems:
        raise ValidationError(problems)
    assert occurred is not None and recorded is not None
    if entry_type == "correction":
        data["replacement"] = _replacement(
            raw.get("replacement"), data["corrects"], occurred, ctx, imported=imported
        )
    return Entry(
        id=entry_id,
        type=entry_type,
        occurred_at=occurred,
        recorded_at=recorded,
        author=author,
        data=data,
        sensitive=bool(sensitive),
    )


def _case_rules(
    entry_type: str,
    data: Mapping[str, Any],
    raw: Mapping[str, Any],
    occurred: datetime | None,
    ctx: EntryContext,
) -> list[Problem]:
    """Rules that depend on the rest of the case, not on the entry alone."""
    problems: list[Problem] = []
    if entry_type == "referral" and data.get("service") == "duty_to_notify" and ctx.victim:
        day = london(occurred or ctx.now).date()
        if _child_in_case(ctx, day):
            problems.append(
                Problem(
                    "service",
                    "A child (under 18 or age disputed) is never given a Duty to Notify referral: "
                    "make an NRM referral, which needs no consent.",
                )
            )
    if entry_type == "victim_update":
        for event_id in data.get("satisfies", []):
            target = ctx.existing.get(event_id)
            if target is None:
                problems.append(Problem("satisfies", f"No entry {event_id!r} in this case."))
            elif target.type != "investigation_event":
                problems.append(
                    Problem("satisfies", f"Entry {event_id!r} is not an investigation event.")
                )
    problems += _duty_case_rules(entry_type, data, occurred, ctx)
    if entry_type == "correction" and "corrects" in data:
        target = ctx.existing.get(data["corrects"])
        if target is None:
            problems.append(Problem("corrects", f"No entry {data['corrects']!r} to correct."))
        elif not isinstance(raw.get("replacement"), Mapping):
            problems.append(Problem("replacement", "A correction needs the corrected entry."))
    return problems


# ----------------------------------------------------------------------- consent (RULES.md 3)
ADULT_NRM_CONSENT_REFUSED = (
    "An adult who does not consent is not referred into the NRM: make a Duty to Notify "
    "referral instead (anonymous; no support follows)."
)
ADULT_NRM_CONSENT_MISSING = (
    "An adult's NRM referral needs their informed written consent: record that consent was "
    "given. An adult who does not consent gets a Duty to Notify referral instead."
)
IMSA_CONSENT_MISSING = (
    "An IMSA referral needs the victim's consent: ask them first, and record that they agreed."
)


def _consent_rule(at: datetime) -> rules.Rule:
    # History from before the rules table's first day is judged by its first version.
    try:
        return rules.RULES.rule(rules.NRM_CONSENT, at)
    except rules.RuleNotInForce:
        return rules.RULES.versions(rules.NRM_CONSENT)[0]


def _adult_at_entry(ctx: EntryContext, occurred: datetime | None) -> bool | None:
    """Whether the victim was an adult on the entry's day (None when it cannot be told).

    Judged as at the entry's date, so a referral made while the age was disputed stays a
    child's referral whatever the age assessment later decides; once an age assessment is
    logged, the assessments decide (``_child_in_case``)."""
    if ctx.victim is None or occurred is None:
        return None
    return not _child_in_case(ctx, london(occurred).date())


def _consent_rules(
    entry_type: str,
    data: Mapping[str, Any],
    occurred: datetime | None,
    ctx: EntryContext,
    imported: bool,
    entry_id: str,
) -> list[Problem]:
    """Consent before a referral (rules table ``nrm.referral_consent``).

    An adult's NRM referral needs consent recorded true, an IMSA referral needs consent. Made
    in the application (window or command line), a referral without it is refused with the
    reason. History arriving in a bundle is never blocked for a record it lacks: an adult's
    NRM referral (or an IMSA referral) with consent not recorded comes in with a warning in
    ``ctx.warnings`` and an outstanding checklist item; consent recorded as refused stays
    refused, since that referral should never have been made.
    """
    if entry_type != "referral":
        return []
    service = data.get("service")
    consent = data.get("consent")
    rule = _consent_rule(occurred or ctx.now)
    if service == "nrm" and rule.bool_param("adult_nrm_needs_consent"):
        if _adult_at_entry(ctx, occurred) is not True:
            return []
        if consent is False:
            return [Problem("consent", ADULT_NRM_CONSENT_REFUSED)]
        if consent is None:
            if not imported:
                return [Problem("consent", ADULT_NRM_CONSENT_MISSING)]
            ctx.warnings.append(
                f"Entry {entry_id}: an adult's NRM referral with consent not recorded. It is "
                "imported as history; the case's checklist shows the consent as outstanding "
                "until a note or correction records it."
            )
    elif service == "imsa" and consent is not True and rule.bool_param("imsa_needs_consent"):
        if consent is None and imported:
            ctx.warnings.append(
                f"Entry {entry_id}: an IMSA referral with consent not recorded. It is "
                "imported as history; record the victim's consent."
            )
        else:
            return [Problem("consent", IMSA_CONSENT_MISSING)]
    return []


def _replacement(
    raw: Any, corrects: str, occurred: datetime, ctx: EntryContext, *, imported: bool = False
) -> dict[str, Any]:
    """Validate a correction's replacement: the original's type, fields as for that type."""
    original = ctx.existing[corrects]
    if original.type == "correction":
        original = _resolve_original(original, ctx)
    if original.type in STATUS_TYPES:
        raise ValidationError(
            f"A '{TYPE_LABELS[original.type].lower()}' entry cannot be corrected: "
            "reopen the case (or close it again) with the right reason.",
            "corrects",
        )
    if not isinstance(raw, Mapping):
        raise ValidationError("A correction needs the corrected entry.", "replacement")
    if "id" in raw:
        raise ValidationError("The replacement has no id of its own.", "replacement.id")
    rtype = raw.get("type", original.type)
    if rtype != original.type:
        raise ValidationError(
            f"A {TYPE_LABELS[original.type].lower()} can only be corrected by another one.",
            "replacement.type",
        )
    body = {k: val for k, val in raw.items() if k not in ("type", "occurred_at", "sensitive")}
    data, problems = validate_fields(rtype, body)
    if rtype == "correction":
        problems.append(Problem("type", "A correction cannot replace itself."))
    out: dict[str, Any] = {"type": rtype}
    try:
        when = v.parse_datetime(raw.get("occurred_at", v.iso(original.occurred_at)), "Occurred at")
        v.not_in_future(when, ctx.now, "Occurred at")
        out["occurred_at"] = v.iso(when)
    except ValidationError as exc:
        problems.append(Problem("occurred_at", exc.problems[0].message))
    sensitive = raw.get("sensitive", original.sensitive)
    if not isinstance(sensitive, bool):
        problems.append(Problem("sensitive", "Sensitive must be true or false."))
    out["sensitive"] = bool(sensitive)
    problems += _case_rules(rtype, data, raw, occurred, ctx)
    when_replaced = (
        v.parse_datetime(out["occurred_at"], "Occurred at") if "occurred_at" in out else None
    )
    problems += _consent_rules(rtype, data, when_replaced, ctx, imported, corrects)
    if problems:
        raise ValidationError(problems).prefixed("replacement")
    out.update(data)
    return out


def _resolve_original(entry: Entry, ctx: EntryContext) -> Entry:
    seen = set()
    while entry.type == "correction" and entry.id not in seen:
        seen.add(entry.id)
        nxt = ctx.existing.get(entry.data["corrects"])
        if nxt is None:
            break
        entry = nxt
    return entry


def effective_entries(entries: Sequence[Entry]) -> list[Entry]:
    """The log as it now reads: each corrected entry replaced by its latest correction.

    The replacement keeps the original's id and sequence number so that references to the
    original (a victim update naming an event) still resolve; corrections themselves drop out.
    """
    by_id = {e.id: e for e in entries}
    latest: dict[str, Entry] = {}
    for e in entries:
        if e.type != "correction":
            continue
        target = by_id.get(e.data["corrects"])
        seen: set[str] = set()
        while target is not None and target.type == "correction" and target.id not in seen:
            seen.add(target.id)
            target = by_id.get(target.data["corrects"])
        if target is not None:
            latest[target.id] = e
    out: list[Entry] = []
    for e in entries:
        if e.type == "correction":
            continue
        corr = latest.get(e.id)
        if corr is None:
            out.append(e)
            continue
        rep = dict(corr.data["replacement"])
        out.append(
            Entry(
                id=e.id,
                type=rep.pop("type"),
                occurred_at=v.parse_datetime(rep.pop("occurred_at"), "Occurred at"),
                recorded_at=e.recorded_at,
                author=e.author,
                sensitive=bool(rep.pop("sensitive", e.sensitive)),
                data=rep,
                seq=e.seq,
                hash=e.hash,
            )
        )
    return out


def corrections_of(entries: Sequence[Entry]) -> dict[str, list[Entry]]:
    """For each corrected entry id, the corrections naming it, oldest first."""
    out: dict[str, list[Entry]] = {}
    for e in entries:
        if e.type == "correction":
            out.setdefault(e.data["corrects"], []).append(e)
    return out


def summary(entry: Entry) -> str:
    """One line saying what an entry records, for tables and search results."""
    d = entry.data
    t = entry.type
    if t == "interaction":
        s = f"{d['mode'].replace('_', ' ').capitalize()}: {d['summary']}"
    elif t == "provision":
        s = f"{d['description']} × {d['quantity']} ({v.gbp(Decimal(d['value_gbp']))}) — {d['need']}"
    elif t == "investigation_event":
        s = RIGHT6_EVENTS[d["event"]] + (f": {d['details']}" if d.get("details") else "")
    elif t == "victim_update":
        s = f"Update by {d['method'].replace('_', ' ')}: {d['summary']}"
    elif t == "referral":
        s = SERVICE_LABELS[d["service"]] + (f" ({d['reference']})" if d.get("reference") else "")
        if d.get("consent") is not None:
            s += ", consent given" if d["consent"] else ", no consent"
    elif t == "nrm_decision":
        s = f"{d['stage'].replace('_', ' ').capitalize()}: {d['outcome'].replace('_', ' ')}"
    elif t == "spoc_change":
        s = f"SPOC now {d['contact']['name']}" + (
            " (victim informed)" if d["victim_informed"] else " (victim NOT yet informed)"
        )
    elif t == "exit_strategy":
        s = f"Exit strategy {d['status'].replace('_', ' ')}" + (
            f" with {d['agreed_with']}" if d.get("agreed_with") else ""
        )
    elif t == "note":
        s = d["summary"]
    elif t == "case_closed":
        s = f"Case closed: {d['reason']}"
        if d.get("retention_review_on"):
            review = uk_date(date.fromisoformat(d["retention_review_on"]))
            s += f" (retention review {review})"
        if d.get("outstanding"):
            s += f"; {len(d['outstanding'])} open item(s) acknowledged"
    elif t == "case_reopened":
        s = f"Case reopened: {d['reason']}"
    elif t == "competent_authority_update":
        s = f"Update to the {d['authority'].upper()}: {d['summary']}"
    elif t in DUTY_TYPES:
        s = _duty_summary(t, d)
    else:
        s = f"Corrects an entry: {d['reason']}"
    return " ".join(s.split())


def search_text(entry: Entry) -> str:
    """The words of an entry the full-text index holds: every text field of ``FIELDS`` (an
    interpreter's name and language, a new SPOC's name and organisation too), then the
    entry's type and author. What the entry says comes first, so that a search result's
    snippet starts with it (storage/search.py)."""
    data: Mapping[str, Any] = entry.data
    parts: list[str] = []
    specs = FIELDS[entry.type]
    if entry.type == "correction":
        replacement = data.get("replacement") or {}
        parts += _field_words(specs, data)
        data = replacement
        specs = FIELDS.get(str(replacement.get("type")), ())
    parts += _field_words(specs, data)
    if entry.type == "investigation_event":
        parts.append(RIGHT6_EVENTS[data["event"]])
    if entry.type == "case_closed":
        parts.extend(str(item) for item in data.get("outstanding") or ())
    parts += [TYPE_LABELS[entry.type], entry.author]
    return "\n".join(p for p in parts if p)


# The parts of a structured field the index holds (a contact's phone number and email are
# not words anyone searches a log for).
_SEARCHED_PARTS = {"interpreter": ("name", "language"), "contact": ("name", "organisation")}


def _field_words(specs: Sequence[FieldSpec], data: Mapping[str, Any]) -> list[str]:
    out: list[str] = []
    for spec in specs:
        val = data.get(spec.name)
        if spec.searchable and isinstance(val, str):
            out.append(val)
        elif spec.name in _SEARCHED_PARTS and isinstance(val, Mapping):
            out += [str(val[k]) for k in _SEARCHED_PARTS[spec.name] if isinstance(val.get(k), str)]
            language = val.get("language")
            if isinstance(language, str):  # "Dari" finds an interpreter recorded as prs
                name = codes.LANGUAGES.get(language.split("-", 1)[0])
                if name:
                    out.append(name)
    return out


def _duty_summary(t: str, d: Mapping[str, Any]) -> str:
    """One line for the duty types (the labels are core.wording's words for the codes)."""
    if t == "age_assessment":
        s = f"Age assessment: {d['age_outcome'].replace('_', ' ')}"
        if d.get("assessed_age") is not None:
            s += f", assessed age {d['assessed_age']}"
        if d.get("assessed_date_of_birth"):
            s += f", date of birth {date.fromisoformat(d['assessed_date_of_birth']):%d/%m/%Y}"
        return s + f" (requested by {d['requested_by']})"
    if t == "written_acknowledgement":
        if d["safe_to_send"]:
            return f"Written acknowledgement given by {str(d.get('method', '')).replace('_', ' ')}"
        return f"Written acknowledgement not sent (not safe): {d.get('withheld_reason', '')}"
    if t == "vps":
        s = f"Victim Personal Statement {d['vps_status']}"
        if d.get("revisit_on"):
            s += f" until {date.fromisoformat(d['revisit_on']):%d/%m/%Y}"
        return s
    if t == "complaint":
        return f"Complaint {d['complaint_stage'].replace('_', ' ')}: {d['summary']}"
    if t == "right_to_review":
        what = (d.get("decision") or "").replace("_", " ")
        s = f"Right to review {d['review_stage']}" + (f": {what}" if what else "")
        if d.get("review_outcome"):
            s += f", {d['review_outcome']}"
        return s
    return (
        f"Risk review: {d['risk_level']} (family {d['family_risk']}, return home "
        f"{d['repatriation_risk']}); review {date.fromisoformat(d['review_on']):%d/%m/%Y}"
    )


# --------------------------------------------------- why an unusual order is right (sequence.py)
# Declared once and offered by every entry type (a correction carries it in its replacement):
# the officer's reason for an order core/sequence.py warns about, kept with the entry, in the
# bundle, the log view and the report.
SEQUENCE_REASON = FieldSpec(
    "sequence_reason", "Why this order is right", _opt_text, searchable=True
)
for _entry_type in ENTRY_TYPES:
    if _entry_type != "correction" and SEQUENCE_REASON not in FIELDS[_entry_type]:
        FIELDS[_entry_type] = (*FIELDS[_entry_type], SEQUENCE_REASON)
