"""The victim record: identity, age and child status, languages, safe contact, rights.

A victim is a child when under 18 or when their age is disputed (Modern Slavery Act 2015
s.51: treat as a child until an age assessment decides otherwise). A child always has
enhanced rights under the Victims' Code, and never gets a Duty to Notify referral.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from msvlo_desktop.core import values as v
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.rules import BASELINE, ENHANCED_RIGHTS, ENHANCED_RIGHTS_CATEGORIES, RULES

# The categories live in the versioned rules table; this is the 2020 Code's list.
ENHANCED_CATEGORIES = tuple(ENHANCED_RIGHTS_CATEGORIES)
# The category every child (or age-disputed victim) qualifies under: derived, not chosen.
CHILD_CATEGORY: str = RULES.rule(ENHANCED_RIGHTS, BASELINE).text_param("child_category")
CONTACT_METHODS = (
    "phone",
    "text",
    "email",
    "letter",
    "face_to_face",
    "video",
    "via_support_worker",
)


@dataclass(frozen=True)
class SafeContact:
    phone: str | None
    method: str
    notes: str | None = None

    def to_json(self) -> dict[str, Any]:
        return _drop_none({"phone": self.phone, "method": self.method, "notes": self.notes})


@dataclass(frozen=True)
class EnhancedRights:
    eligible: bool = True
    categories: tuple[str, ...] = ("most_serious_crime",)
    reason_not_eligible: str | None = None
    assessed_on: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "eligible": self.eligible,
            "categories": list(self.categories),
            "reason_not_eligible": self.reason_not_eligible,
            **({"assessed_on": self.assessed_on.isoformat()} if self.assessed_on else {}),
        }


@dataclass(frozen=True)
class UpdatePreferences:
    every_days: int | None = None
    method: str = "phone"
    opted_out: bool = False
    opted_out_on: date | None = None
    opt_out_reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "every_days": self.every_days,
            "method": self.method,
            "opted_out": self.opted_out,
        }
        if self.opted_out_on:
            out["opted_out_on"] = self.opted_out_on.isoformat()
        if self.opt_out_reason:
            out["opt_out_reason"] = self.opt_out_reason
        return out


@dataclass(frozen=True)
class Victim:
    name: str
    pseudonym: str
    date_of_birth: date | None = None
    claimed_age: int | None = None
    age_disputed: bool = False
    nationality: str | None = None
    languages: tuple[str, ...] = ()
    interpreter_required: bool = False
    safe_contact: SafeContact | None = None
    enhanced_rights: EnhancedRights = field(default_factory=EnhancedRights)
    update_preferences: UpdatePreferences = field(default_factory=UpdatePreferences)
    placement_address: str | None = None  # sensitive: withheld from disclosure reports

    def age_on(self, day: date, opened_on: date | None = None) -> int | None:
        """Age in whole years on ``day``: from the date of birth, else the age claimed at
        opening plus the years since."""
        if self.date_of_birth:
            return _years_between(self.date_of_birth, day)
        if self.claimed_age is not None:
            extra = _years_between(opened_on, day) if opened_on and day > opened_on else 0
            return self.claimed_age + extra
        return None

    def is_child(self, day: date, opened_on: date | None = None) -> bool:
        """Under 18 on ``day``, or age disputed (treated as a child until assessed)."""
        if self.age_disputed:
            return True
        age = self.age_on(day, opened_on)
        return age is not None and age < 18

    def has_enhanced_rights(self, day: date, opened_on: date | None = None) -> bool:
        return self.enhanced_rights.eligible or self.is_child(day, opened_on)

    def display_name(self) -> str:
        return f"{self.name} ({self.pseudonym})"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "pseudonym": self.pseudonym,
            "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
            "claimed_age": self.claimed_age,
            "age_disputed": self.age_disputed,
            "nationality": self.nationality,
            "languages": list(self.languages),
            "interpreter_required": self.interpreter_required,
            "safe_contact": self.safe_contact.to_json() if self.safe_contact else None,
            "enhanced_rights": self.enhanced_rights.to_json(),
            "update_preferences": self.update_preferences.to_json(),
        }
        if self.placement_address:
            out["placement_address"] = self.placement_address
        return out

    def with_changes(self, **changes: Any) -> Victim:
        return replace(self, **changes)


_VICTIM_FIELDS = {
    "name",
    "pseudonym",
    "date_of_birth",
    "claimed_age",
    "age_disputed",
    "nationality",
    "languages",
    "interpreter_required",
    "safe_contact",
    "enhanced_rights",
    "update_preferences",
    "placement_address",
}


def parse_victim(raw: Any, *, today: date, opened_on: date | None = None) -> Victim:
    """Validate a victim object (bundle or form) and apply the rules of RULES.md 2 and 4."""
    if not isinstance(raw, Mapping):
        raise ValidationError("The victim record must be an object.")
    problems: list[Problem] = []
    for key in raw:
        if key not in _VICTIM_FIELDS:
            problems.append(Problem(str(key), "is not a field of the victim record."))

    def get(name: str, parse: Any, *args: Any) -> Any:
        try:
            return parse(raw.get(name), *args)
        except ValidationError as exc:
            problems.extend(Problem(name, p.message) for p in exc.problems)
            return None

    name = get("name", v.short_text, "Name")
    pseudonym = get("pseudonym", v.short_text, "Pseudonym")
    dob = get("date_of_birth", v.optional_date, "Date of birth")
    claimed = raw.get("claimed_age")
    claimed_age = None
    if claimed is not None:
        try:
            claimed_age = v.integer(claimed, "Claimed age", minimum=0, maximum=120)
        except ValidationError as exc:
            problems.append(Problem("claimed_age", exc.problems[0].message))
    if dob and dob > today:
        problems.append(Problem("date_of_birth", "Date of birth cannot be in the future."))
    disputed = get("age_disputed", _bool_default_false, "Age disputed")
    nationality = None
    if raw.get("nationality") is not None:
        nationality = get("nationality", v.country, "Nationality")
    langs_raw = raw.get("languages", [])
    languages: list[str] = []
    if not isinstance(langs_raw, list):
        problems.append(Problem("languages", "Languages must be a list of language codes."))
    else:
        for i, item in enumerate(langs_raw):
            try:
                code = v.language(item, "Language")
                if code not in languages:
                    languages.append(code)
            except ValidationError as exc:
                problems.append(Problem(f"languages[{i}]", exc.problems[0].message))
    interp = get("interpreter_required", _bool_default_false, "Interpreter required")
    safe = None
    if raw.get("safe_contact") is not None:
        try:
            safe = parse_safe_contact(raw["safe_contact"])
        except ValidationError as exc:
            problems.extend(exc.prefixed("safe_contact").problems)
    rights = EnhancedRights()
    # Whether the victim is a child today, from the fields above, so that a child's rights
    # record needs no category chosen: "under 18" is theirs by right (RULES.md 2 and 4).
    child_now = bool(disputed) or Victim("", "", dob, claimed_age).is_child(today, opened_on)
    if raw.get("enhanced_rights") is not None:
        try:
            rights = parse_enhanced_rights(raw["enhanced_rights"], child=child_now)
        except ValidationError as exc:
            problems.extend(exc.prefixed("enhanced_rights").problems)
    prefs = UpdatePreferences()
    if raw.get("update_preferences") is not None:
        try:
            prefs = parse_update_preferences(raw["update_preferences"])
        except ValidationError as exc:
            problems.extend(exc.prefixed("update_preferences").problems)
    placement = get("placement_address", v.optional_text, "Placement address")
    if problems:
        raise ValidationError(problems)
    victim = Victim(
        name=name,
        pseudonym=pseudonym,
        date_of_birth=dob,
        claimed_age=claimed_age,
        age_disputed=bool(disputed),
        nationality=nationality,
        languages=tuple(languages),
        interpreter_required=bool(interp),
        safe_contact=safe,
        enhanced_rights=rights,
        update_preferences=prefs,
        placement_address=placement,
    )
    if victim.is_child(today, opened_on) and not rights.eligible:
        raise ValidationError(
            "Every victim under 18 (or whose age is disputed) has enhanced rights; "
            "they cannot be switched off.",
            "enhanced_rights.eligible",
        )
    return victim


def parse_safe_contact(raw: Any) -> SafeContact:
    if not isinstance(raw, Mapping):
        raise ValidationError("The safe contact must be an object.")
    _no_unknown(raw, {"phone", "method", "notes"})
    method = _at("method", v.choice, raw.get("method", "phone"), "Contact method", CONTACT_METHODS)
    number = _at("phone", v.optional_phone, raw.get("phone"), "Safe contact number")
    if method in ("phone", "text") and number is None:
        raise ValidationError("A safe contact by phone or text needs the number.", "phone")
    notes = _at("notes", v.optional_text, raw.get("notes"), "Notes", max_len=2000)
    return SafeContact(number, method, notes)


def parse_enhanced_rights(raw: Any, *, child: bool = False) -> EnhancedRights:
    """The enhanced-rights record. For a ``child`` (under 18 or age disputed) an eligible
    record with no category chosen is recorded under "under 18", the category every child
    qualifies under; an adult's needs the category named."""
    if not isinstance(raw, Mapping):
        raise ValidationError("Enhanced rights must be an object.")
    _no_unknown(raw, {"eligible", "categories", "reason_not_eligible", "assessed_on"})
    eligible = _at("eligible", v.boolean, raw.get("eligible", True), "Eligible")
    categories = tuple(
        _at("categories", v.choices, raw.get("categories", []), "Categories", ENHANCED_CATEGORIES)
    )
    reason = _at(
        "reason_not_eligible",
        v.optional_text,
        raw.get("reason_not_eligible"),
        "Reason",
        max_len=2000,
    )
    if eligible and not categories:
        if not child:
            raise ValidationError("Say which category makes the victim eligible.", "categories")
        categories = (CHILD_CATEGORY,)
    if not eligible and not reason:
        raise ValidationError(
            "Switching enhanced rights off needs a recorded reason.", "reason_not_eligible"
        )
    return EnhancedRights(
        eligible,
        categories,
        None if eligible else reason,
        _at("assessed_on", v.optional_date, raw.get("assessed_on"), "Date assessed"),
    )


def parse_update_preferences(raw: Any) -> UpdatePreferences:
    if not isinstance(raw, Mapping):
        raise ValidationError("Update preferences must be an object.")
    _no_unknown(raw, {"every_days", "method", "opted_out", "opted_out_on", "opt_out_reason"})
    every = raw.get("every_days")
    every_days = (
        None
        if every is None
        else _at("every_days", v.integer, every, "Every (days)", minimum=1, maximum=365)
    )
    method = _at("method", v.choice, raw.get("method", "phone"), "Update method", CONTACT_METHODS)
    opted_out = _at("opted_out", v.boolean, raw.get("opted_out", False), "Opted out")
    return UpdatePreferences(
        every_days,
        method,
        opted_out,
        _at("opted_out_on", v.optional_date, raw.get("opted_out_on"), "Opted out on")
        if opted_out
        else None,
        _at(
            "opt_out_reason",
            v.optional_text,
            raw.get("opt_out_reason"),
            "Opt-out reason",
            max_len=2000,
        )
        if opted_out
        else None,
    )


def _at(name: str, parse: Any, *args: Any, **kwargs: Any) -> Any:
    """``parse(*args)``, with any problem placed at the field ``name``."""
    try:
        return parse(*args, **kwargs)
    except ValidationError as exc:
        raise exc.prefixed(name) from None


def victim_from_json(raw: Mapping[str, Any]) -> Victim:
    """Rebuild a victim already validated and stored (no 'today' checks)."""
    return parse_victim(raw, today=date.max)


def _bool_default_false(raw: Any, label: str) -> bool:
    return False if raw is None else v.boolean(raw, label)


def _no_unknown(raw: Mapping[str, Any], allowed: set[str]) -> None:
    for key in raw:
        if key not in allowed:
            raise ValidationError("is not a recognised field.", str(key))


def _years_between(start: date, end: date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: val for k, val in d.items() if val is not None}
