"""Log entries: the entry types of the case bundle, their fields and their rules.

An entry is immutable once recorded. Its type-specific fields live in ``data``, already
validated and normalised to JSON-compatible values (money as a decimal string, dates as ISO
text, phone numbers in E.164), so the hash chain can serialise it canonically and a bundle
round-trips exactly. Each field is declared once in ``FIELDS``; forms, the importer and the
reports all read that table.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from msvlo_desktop.core import codes, rules
from msvlo_desktop.core import values as v
from msvlo_desktop.core.age import judge_age
from msvlo_desktop.core.entry_fields import (
    ACTIONS,
    AGE_OUTCOMES,
    BAIL_EVENTS,
    CA_AUTHORITIES,
    CA_UPDATE_METHODS,
    COMMON_FIELDS,
    COMPLAINT_STAGES,
    DUTY_TYPES,
    ENTRY_TYPES,
    EXIT_STATUSES,
    FIELDS,
    INTERACTION_MODES,
    LATE_ENTRY_AFTER,
    LATE_REASON_CATEGORIES,
    LATE_REASON_LABELS,
    NRM_OUTCOMES,
    NRM_STAGES,
    PROVISION_CATEGORIES,
    REVIEW_DECISIONS,
    REVIEW_OUTCOMES,
    REVIEW_STAGES,
    RIGHT6_EVENTS,
    RISK_LEVELS,
    SEQUENCE_REASON,
    SERVICE_LABELS,
    SERVICES,
    STATUS_TYPES,
    TYPE_LABELS,
    UPDATE_METHODS,
    VPS_STATUSES,
    FieldSpec,
    Parser,
    _duty_field_rules,
    _plain_identifier,
)
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.timefmt import london, uk_date
from msvlo_desktop.core.victim import Victim

# What callers import from here, including what is declared in core.entry_fields.
__all__ = [
    "ACTIONS",
    "ADULT_NRM_CONSENT_MISSING",
    "ADULT_NRM_CONSENT_REFUSED",
    "AGE_OUTCOMES",
    "BAIL_EVENTS",
    "CA_AUTHORITIES",
    "CA_UPDATE_METHODS",
    "COMMON_FIELDS",
    "COMPLAINT_STAGES",
    "DUTY_TYPES",
    "ENTRY_TYPES",
    "EXIT_STATUSES",
    "FIELDS",
    "IMSA_CONSENT_MISSING",
    "INTERACTION_MODES",
    "LATE_ENTRY_AFTER",
    "LATE_REASON_CATEGORIES",
    "LATE_REASON_LABELS",
    "NRM_OUTCOMES",
    "NRM_STAGES",
    "PROVISION_CATEGORIES",
    "REVIEW_DECISIONS",
    "REVIEW_OUTCOMES",
    "REVIEW_STAGES",
    "RIGHT6_EVENTS",
    "RISK_LEVELS",
    "SEQUENCE_REASON",
    "SERVICES",
    "SERVICE_LABELS",
    "STATUS_TYPES",
    "TYPE_LABELS",
    "UPDATE_METHODS",
    "VPS_STATUSES",
    "Entry",
    "EntryContext",
    "FieldSpec",
    "Parser",
    "corrections_of",
    "effective_entries",
    "new_entry_id",
    "search_text",
    "summary",
    "validate_entry",
    "validate_fields",
]


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


def validate_entry(raw: Any, ctx: EntryContext, *, imported: bool = False) -> Entry:
    """Validate one entry against the rules of RULES.md and the case it belongs to.

    ``imported`` entries bring their own ``id`` and ``recorded_at``; entries made in the
    application get a fresh id and are recorded now.
    """
    if not isinstance(raw, Mapping):
        raise ValidationError("An entry must be an object.")
    problems: list[Problem] = []
    entry_type = raw.get("type")
    if not isinstance(entry_type, str) or entry_type not in FIELDS:
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
