"""The words people read for stored codes and values: one place for every label.

The window, the PDF report and the command line all read entries, cases and obligations
through this module (and ``core.wording_obligations`` for obligation statuses and the
"since" column), so a label fixed here reaches every front end at once. Nothing here knows
about Qt: a front end that translates passes its ``translate`` function (the window passes
``QCoreApplication.translate`` for its context); the default leaves the English as it is.

To add or change a label: edit the table below (or ``core.entries`` / ``core.case`` for the
labels that are part of an entry type's or a case's definition), and every front end shows
it. ``tests/core/test_wording.py`` checks that each table is defined here only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from msvlo_desktop.core import codes
from msvlo_desktop.core import values as v
from msvlo_desktop.core.case import ROLE_LABELS
from msvlo_desktop.core.entries import (
    ACTIONS,
    CA_AUTHORITIES,
    FIELDS,
    LATE_REASON_LABELS,
    SERVICE_LABELS,
    TYPE_LABELS,
)
from msvlo_desktop.core.rules import ENHANCED_RIGHTS_CATEGORIES, RIGHT6_EVENTS
from msvlo_desktop.core.timefmt import uk_date

__all__ = [
    "AGE_OUTCOME_LABELS",
    "CATEGORY_LABELS",
    "CHOICE_LABELS",
    "COMMON_FIELD_LABELS",
    "COMPLAINT_STAGE_LABELS",
    "CONTACT_METHOD_LABELS",
    "DUTY_CHOICE_LABELS",
    "DUTY_DATE_FIELDS",
    "EXIT_STATUS_LABELS",
    "EXPLOITATION_LABELS",
    "MODE_LABELS",
    "OUTCOME_LABELS",
    "REVIEW_DECISION_LABELS",
    "REVIEW_OUTCOME_LABELS",
    "REVIEW_STAGE_LABELS",
    "RISK_LABELS",
    "STAGE_LABELS",
    "VPS_STATUS_LABELS",
    "EntryRef",
    "Translate",
    "case_status_phrase",
    "choice_label",
    "country_label",
    "date_text",
    "enhanced_category_label",
    "field_label",
    "format_value",
    "language_label",
    "languages_label",
    "money_text",
    "role_label",
    "type_label",
    "unchanged",
    "yes_no",
]

Translate = Callable[[str], str]
# An entry id -> the words a front end uses to name that entry ("#12 Suspect arrested (...)").
EntryRef = Callable[[str], str]


def unchanged(text: str) -> str:
    """The default ``translate``: English as written."""
    return text


# How a contact happened (an interaction's "mode", a victim update's "method").
MODE_LABELS: Final[Mapping[str, str]] = {
    "face_to_face": "Face to face",
    "phone": "Phone call",
    "video": "Video call",
    "text": "Text message",
    "email": "Email",
    "third_party": "Through a third party",
    "letter": "Letter",
    # How an update reached the competent authority.
    "reply_to_referral_receipt": "Reply to the referral receipt email",
    "other": "Other",
}
# What a provision was.
CATEGORY_LABELS: Final[Mapping[str, str]] = {
    "food": "Food",
    "drink": "Drink",
    "clothing": "Clothing",
    "toiletries": "Toiletries",
    "accommodation": "Accommodation",
    "transport": "Transport",
    "phone": "Phone or phone credit",
    "cash": "Cash",
    "medical": "Medical",
    "other": "Other",
}
# NRM decision stages and outcomes.
STAGE_LABELS: Final[Mapping[str, str]] = {
    "reasonable_grounds": "Reasonable grounds (RG)",
    "conclusive_grounds": "Conclusive grounds (CG)",
    "reconsideration": "Reconsideration",
}
OUTCOME_LABELS: Final[Mapping[str, str]] = {
    "positive": "Positive",
    "negative": "Negative",
    "trafficking": "Victim of trafficking",
    "slavery_servitude_forced_labour": "Victim of slavery, servitude or forced labour",
    "not_recognised": "Not recognised as a victim",
    "requested": "Reconsideration requested",
    "upheld": "Decision upheld",
    "overturned": "Decision overturned",
}
# Where an exit strategy stands.
EXIT_STATUS_LABELS: Final[Mapping[str, str]] = {
    "not_started": "Not started",
    "drafted": "Drafted",
    "agreed": "Agreed with the lead investigator",
    "in_progress": "In progress",
    "completed": "Completed",
    "revised": "Revised",
}
# How the victim wants to be reached (the case record's safe contact and update method).
CONTACT_METHOD_LABELS: Final[Mapping[str, str]] = {
    "phone": "Phone call",
    "text": "Text message",
    "email": "Email",
    "letter": "Letter",
    "face_to_face": "Face to face",
    "video": "Video call",
    "via_support_worker": "Through the support worker",
}
# The case record's types of exploitation.
EXPLOITATION_LABELS: Final[Mapping[str, str]] = {
    "sexual": "Sexual exploitation",
    "labour": "Labour exploitation",
    "criminal": "Criminal exploitation",
    "domestic_servitude": "Domestic servitude",
    "organ_harvesting": "Organ harvesting",
    "other": "Other",
}
# The officer's further duties: the codes of the duty entry types.
AGE_OUTCOME_LABELS: Final[Mapping[str, str]] = {
    "pending": "Awaited (requested, not yet decided)",
    "adult": "Adult (18 or over)",
    "child": "Child (under 18)",
    "inconclusive": "Inconclusive (still treated as a child)",
}
VPS_STATUS_LABELS: Final[Mapping[str, str]] = {
    "offered": "Offered",
    "made": "Made",
    "declined": "Declined",
    "deferred": "Deferred (to be offered again)",
}
COMPLAINT_STAGE_LABELS: Final[Mapping[str, str]] = {
    "received": "Received",
    "passed_to_handler": "Passed to the force's complaints handler",
    "acknowledged": "Acknowledged by the complaints handler",
    "outcome": "Outcome",
}
REVIEW_STAGE_LABELS: Final[Mapping[str, str]] = {
    "informed": "Victim told of the decision and the right to review",
    "requested": "Review requested",
    "outcome": "Review outcome",
}
REVIEW_DECISION_LABELS: Final[Mapping[str, str]] = {
    "police_no_charge": "Police decision not to charge (police scheme)",
    "police_end_investigation": "Police decision to end the investigation (police scheme)",
    "cps_no_charge": "CPS decision not to charge (CPS scheme)",
    "cps_discontinuance": "CPS decision to discontinue (CPS scheme)",
    "charge_altered": "Charge altered (not reviewable)",
}
REVIEW_OUTCOME_LABELS: Final[Mapping[str, str]] = {
    "upheld": "Decision upheld",
    "overturned": "Decision overturned",
    "withdrawn": "Request withdrawn",
}
RISK_LABELS: Final[Mapping[str, str]] = {
    "none": "None identified",
    "low": "Low",
    "medium": "Medium",
    "high": "High",
}
DUTY_CHOICE_LABELS: Final[Mapping[str, Mapping[str, str]]] = {
    "age_outcome": AGE_OUTCOME_LABELS,
    "vps_status": VPS_STATUS_LABELS,
    "complaint_stage": COMPLAINT_STAGE_LABELS,
    "review_stage": REVIEW_STAGE_LABELS,
    "decision": REVIEW_DECISION_LABELS,
    "review_outcome": REVIEW_OUTCOME_LABELS,
    "risk_level": RISK_LABELS,
    "family_risk": RISK_LABELS,
    "repatriation_risk": RISK_LABELS,
}
DUTY_DATE_FIELDS: Final = frozenset(
    {"bail_return_on", "requested_on", "assessed_date_of_birth", "revisit_on"}
)
# Entry field name -> {stored code -> label}. Field names are unique enough across the entry
# types that one table serves every form ("mode" and "method" share their wording on purpose).
CHOICE_LABELS: Final[Mapping[str, Mapping[str, str]]] = {
    "mode": MODE_LABELS,
    "method": MODE_LABELS,
    "category": CATEGORY_LABELS,
    "event": RIGHT6_EVENTS,
    "service": SERVICE_LABELS,
    "stage": STAGE_LABELS,
    "outcome": OUTCOME_LABELS,
    "status": EXIT_STATUS_LABELS,
    "actions": ACTIONS,
    "late_reason_category": LATE_REASON_LABELS,
    "authority": CA_AUTHORITIES,
    **DUTY_CHOICE_LABELS,
}
# What every entry has besides its type's fields.
COMMON_FIELD_LABELS: Final[Mapping[str, str]] = {
    "occurred_at": "Occurred at",
    "author": "Author",
    "sensitive": "Sensitive",
    "recorded_at": "Recorded at",
    "type": "Type",
}
_MONEY_FIELDS: Final = frozenset({"value_gbp"})
_DATE_FIELDS: Final = (
    frozenset({"next_contact_on", "review_on", "retention_review_on"}) | DUTY_DATE_FIELDS
)


def _code_words(code: str) -> str:
    """A code with no label, readable: "new_code" -> "New code"."""
    return code.replace("_", " ").capitalize()


def choice_label(field_name: str, code: str, translate: Translate = unchanged) -> str:
    """The label of a stored choice (``choice_label("mode", "phone")`` -> "Phone call")."""
    label = CHOICE_LABELS.get(field_name, {}).get(code)
    return translate(label or _code_words(code))


def type_label(entry_type: str, translate: Translate = unchanged) -> str:
    return translate(TYPE_LABELS.get(entry_type, entry_type))


def field_label(entry_type: str, name: str, translate: Translate = unchanged) -> str:
    """The label of an entry field, as its form shows it."""
    for spec in FIELDS.get(entry_type, ()):
        if spec.name == name:
            return translate(spec.label)
    return translate(COMMON_FIELD_LABELS.get(name) or _code_words(name))


def role_label(role: str, translate: Translate = unchanged) -> str:
    return translate(ROLE_LABELS.get(role) or _code_words(role))


def enhanced_category_label(code: str, translate: Translate = unchanged) -> str:
    return translate(ENHANCED_RIGHTS_CATEGORIES.get(code) or _code_words(code))


def yes_no(value: bool, translate: Translate = unchanged) -> str:
    return translate("Yes") if value else translate("No")


def country_label(code: str | None, translate: Translate = unchanged) -> str:
    """A stored nationality for people: "Viet Nam (VN)", "Stateless", "Not recorded"; a code
    stored under the older rule that is in no table is shown with a mark, never hidden:
    "AB (not a country code)"."""
    if not code:
        return translate("Not recorded")
    found = codes.COUNTRIES.get(code)
    if found is None:
        return translate("{code} (not a country code)").format(code=code)
    if code.islower():  # stateless, unknown: choices, not countries
        return translate(found[0])
    return f"{found[0]} ({code})"


def language_label(code: str, translate: Translate = unchanged) -> str:
    """A language code for people: "Vietnamese (vi)", "Portuguese (pt-BR)", "Dari (prs)"; a
    code stored under the older rule that is in no table: "xx (not a language code)"."""
    primary = code.split("-", 1)[0]
    name = codes.LANGUAGES.get(primary) or codes.LANGUAGES.get(codes.THREE_TO_TWO.get(primary, ""))
    if name is None:
        return translate("{code} (not a language code)").format(code=code)
    return f"{name} ({code})"


def languages_label(
    languages: Sequence[str] | tuple[str, ...], translate: Translate = unchanged
) -> str:
    """Several languages, comma separated ("Not recorded" when none)."""
    if not languages:
        return translate("Not recorded")
    return ", ".join(language_label(c, translate) for c in languages)


def money_text(value: Decimal | str) -> str:
    """£1,234.50 (to the penny); text that is no amount is shown as it is."""
    try:
        return v.gbp(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)


def date_text(value: str, name: str = "date") -> str:
    """A stored date (ISO or UK style) as a UK date; text that is no date is shown as it is."""
    try:
        return uk_date(v.parse_date(value, name))
    except ValueError:
        return value


def _no_ref(entry_id: str) -> str:
    return f"entry {entry_id}"


def format_value(
    name: str,
    value: Any,
    entry_ref: EntryRef | None = None,
    translate: Translate = unchanged,
) -> str:
    """A stored field value as plain text for people ("" when not recorded).

    ``entry_ref`` turns an entry id (a victim update's events, a correction's target) into
    the words the front end uses for that entry.
    """
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return yes_no(value, translate)
    if name in _MONEY_FIELDS:
        return money_text(str(value))
    if name in _DATE_FIELDS and isinstance(value, str):
        return date_text(value, name)
    if name == "actions" and isinstance(value, list):
        return "; ".join(choice_label("actions", str(a), translate) for a in value)
    if name in CHOICE_LABELS and isinstance(value, str):
        return choice_label(name, value, translate)
    if name == "interpreter" and isinstance(value, Mapping):
        text = translate("{name} (language: {language})").format(
            name=value.get("name", ""), language=value.get("language", "")
        )
        if value.get("independent") is True:
            text += translate(", independent")
        elif value.get("independent") is False:
            text += translate(", NOT independent of the place of exploitation")
        return text
    if name == "contact" and isinstance(value, Mapping):
        parts = [str(value.get("name", ""))]
        if value.get("organisation"):
            parts.append(str(value["organisation"]))
        if value.get("phone"):
            parts.append(v.phone_display(str(value["phone"])))
        if value.get("email"):
            parts.append(str(value["email"]))
        return ", ".join(parts)
    if name in ("satisfies", "corrects", "complaint_of", "review_of"):
        ids = value if isinstance(value, list) else [value]
        ref = entry_ref or _no_ref
        return "; ".join(ref(str(i)) for i in ids)
    if isinstance(value, list):
        return "; ".join(str(x) for x in value)
    return str(value)


def case_status_phrase(entry: Any, translate: Translate = unchanged) -> str:
    """When and why a case was closed or reopened, from its ``case_closed`` or
    ``case_reopened`` entry: "Closed on 07/12/2026 by PC 1 A. Smith: reason. Retention
    review on 07/12/2036." (the window's overview, the report's summary)."""
    d = entry.data
    day = uk_date(entry.occurred_at)
    reason = " ".join(str(d.get("reason", "")).split())
    if reason and reason[-1] not in ".!?":
        reason += "."
    if entry.type == "case_reopened":
        return translate("Reopened on {day} by {author}: {reason}").format(
            day=day, author=entry.author, reason=reason
        )
    words = translate("Closed on {day} by {author}: {reason}").format(
        day=day, author=entry.author, reason=reason
    )
    if d.get("retention_review_on"):
        words += " " + translate("Retention review on {day}.").format(
            day=date_text(str(d["retention_review_on"]), "retention_review_on")
        )
    count = len(d.get("outstanding") or ())
    if count == 1:
        words += " " + translate("1 item was still open and acknowledged.")
    elif count:
        words += " " + translate("{count} items were still open and acknowledged.").format(
            count=count
        )
    return words


def consent_words(
    consent: bool | None,
    *,
    written: bool | None = None,
    child_nrm: bool = False,
    translate: Translate = unchanged,
) -> str:
    """A referral's consent for people, the same in the window and the report: "Yes, in
    writing", "Yes", "No", "Not recorded", or for a child's NRM referral, which needs no
    consent, "Not needed (child)" rather than a gap."""
    if consent is None:
        return translate("Not needed (child)") if child_nrm else translate("Not recorded")
    if not consent:
        return translate("No")
    return translate("Yes, in writing") if written else translate("Yes")
