"""What each entry type holds: the types, their labels and choices, and every field declared
once (``FIELDS``), with the parser that checks it.

The hash chain, bundles, the import checks, the forms, the reports and the search index all
read ``FIELDS``; ``core.entries`` adds the entry itself and the rules that need the case.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from msvlo_desktop.core import rules
from msvlo_desktop.core import values as v
from msvlo_desktop.core.case import parse_contact
from msvlo_desktop.core.errors import Problem, ValidationError

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
# The officer's further duties: age assessment, bail, Rights 3, 7 and 12, the
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


def _plain_identifier(value: str) -> bool:
    try:
        return v.optional_short_text(value, "Entry identifier") == value
    except ValidationError:
        return False


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
