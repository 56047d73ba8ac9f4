"""Cases and their contacts, with effective-dated history.

Contacts (SPOC, lead investigator, support worker, ICTG, interpreter...) carry the dates they
held the role. The SPOC's history is derived from the case's own contacts together with the
``spoc_change`` entries of the log, never stored twice: a change on a given day ends the
previous SPOC on that day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from msvlo_desktop.core import values as v
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.victim import Victim, parse_victim

if TYPE_CHECKING:
    from msvlo_desktop.core.entries import Entry

CONTACT_ROLES = (
    "spoc",
    "lead_investigator",
    "msvlo",
    "support_worker",
    "imsa",
    "ictg",
    "social_worker",
    "witness_care_unit",
    "interpreter",
    "appropriate_adult",
    "child_advocate",
    "duty_inspector",
    "other",
)
ROLE_LABELS = {
    "spoc": "Single point of contact (SPOC)",
    "lead_investigator": "Lead investigator",
    "msvlo": "MSVLO",
    "support_worker": "Support worker (MSVCC)",
    "imsa": "Independent modern slavery advocate (IMSA)",
    "ictg": "Independent child trafficking guardian (ICTG)",
    "social_worker": "Social worker",
    "witness_care_unit": "Witness Care Unit",
    "interpreter": "Interpreter",
    "appropriate_adult": "Appropriate adult",
    "child_advocate": "Child advocate",
    "duty_inspector": "Duty inspector",
    "other": "Other",
}
EXPLOITATION_TYPES = (
    "sexual",
    "labour",
    "criminal",
    "domestic_servitude",
    "organ_harvesting",
    "other",
)
REFERENCE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")


@dataclass(frozen=True)
class Contact:
    role: str
    name: str
    organisation: str | None = None
    phone: str | None = None
    email: str | None = None
    from_date: date | None = None
    to_date: date | None = None
    source_entry: str | None = None  # the spoc_change entry this came from, if any

    def active_on(self, day: date) -> bool:
        return (self.from_date is None or self.from_date <= day) and (
            self.to_date is None or day <= self.to_date
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "name": self.name}
        if self.organisation:
            out["organisation"] = self.organisation
        if self.phone:
            out["phone"] = self.phone
        if self.email:
            out["email"] = self.email
        out["from"] = self.from_date.isoformat() if self.from_date else None
        out["to"] = self.to_date.isoformat() if self.to_date else None
        return out


def parse_contact(raw: Any, *, require_role: str | None = None) -> Contact:
    if not isinstance(raw, Mapping):
        raise ValidationError("A contact must be an object.")
    problems: list[Problem] = []
    allowed = {"role", "name", "organisation", "phone", "email", "from", "to"}
    problems += [Problem(str(k), "is not a field of a contact.") for k in raw if k not in allowed]
    parsed: dict[str, Any] = {}
    parsers: list[tuple[str, str, Any]] = [
        ("role", "role", lambda r: v.choice(r, "Role", CONTACT_ROLES)),
        ("name", "name", lambda r: v.short_text(r, "Name")),
        ("organisation", "organisation", lambda r: v.optional_short_text(r, "Organisation")),
        ("phone", "phone", lambda r: v.optional_phone(r, "Phone")),
        ("email", "email", lambda r: _optional_email(r)),
        ("from", "from_date", lambda r: v.optional_date(r, "From")),
        ("to", "to_date", lambda r: v.optional_date(r, "To")),
    ]
    for key, attr, parse in parsers:
        try:
            parsed[attr] = parse(raw.get(key))
        except ValidationError as exc:
            problems.extend(Problem(key, p.message) for p in exc.problems)
    dates = (parsed.get("from_date"), parsed.get("to_date"))
    if not problems and dates[0] and dates[1] and dates[1] < dates[0]:
        problems.append(Problem("to", "The end date is before the start date."))
    if not problems and require_role and parsed["role"] != require_role:
        problems.append(Problem("role", f"This contact's role must be {require_role}."))
    if problems:
        raise ValidationError(problems)
    return Contact(**parsed)


def _optional_email(raw: Any) -> str | None:
    value = v.optional_short_text(raw, "Email")
    if value is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise ValidationError("Email must look like name@example.police.uk.")
    return value


@dataclass(frozen=True)
class Case:
    reference: str
    opened_on: date
    victim: Victim
    crime_reference: str | None = None
    crime_reported_at: datetime | None = None
    exploitation_types: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    status: str = "open"  # open | closed
    closed_on: date | None = None
    review_on: date | None = None  # retention review date (force policy)

    def with_changes(self, **changes: Any) -> Case:
        return replace(self, **changes)

    def header_json(self) -> dict[str, Any]:
        """The case fields of a bundle, without the log and the integrity block."""
        out: dict[str, Any] = {"reference": self.reference}
        if self.crime_reference:
            out["crime_reference"] = self.crime_reference
        out["opened_on"] = self.opened_on.isoformat()
        if self.crime_reported_at:
            out["crime_reported_at"] = v.iso(self.crime_reported_at)
        out["exploitation_types"] = list(self.exploitation_types)
        out["victim"] = self.victim.to_json()
        out["contacts"] = [c.to_json() for c in self.contacts]
        if self.review_on:
            out["review_on"] = self.review_on.isoformat()
        return out


def parse_reference(raw: Any, label: str = "Case reference") -> str:
    value = v.short_text(raw, label)
    if not REFERENCE_PATTERN.match(value):
        raise ValidationError(
            f"{label} may use letters, digits and . _ / - only (up to 64), e.g. KESTREL-0042."
        )
    return value


def parse_case_header(raw: Mapping[str, Any], *, now: datetime) -> Case:
    """Validate the case fields of a bundle or the new-case form (not the log)."""
    problems: list[Problem] = []
    today = now.date()

    def take(key: str, parse: Any) -> Any:
        try:
            return parse(raw.get(key))
        except ValidationError as exc:
            problems.extend(
                Problem(f"{key}.{p.field}" if p.field else key, p.message) for p in exc.problems
            )
            return None

    reference = take("reference", parse_reference)
    crime_ref = take("crime_reference", lambda r: v.optional_short_text(r, "Crime reference"))
    opened_on = take("opened_on", lambda r: v.parse_date(r, "Opened on"))
    if opened_on and opened_on > today:
        problems.append(Problem("opened_on", "The case cannot be opened in the future."))
    reported = None
    if raw.get("crime_reported_at") is not None:
        reported = take("crime_reported_at", lambda r: v.parse_datetime(r, "Crime reported at"))
        if reported:
            try:
                v.not_in_future(reported, now, "Crime reported at")
            except ValidationError as exc:
                problems.append(Problem("crime_reported_at", exc.problems[0].message))
    types = take(
        "exploitation_types",
        lambda r: v.choices([] if r is None else r, "Exploitation types", EXPLOITATION_TYPES),
    )
    victim = take("victim", lambda r: parse_victim(r, today=today, opened_on=opened_on))
    contacts: list[Contact] = []
    raw_contacts = raw.get("contacts", [])
    if not isinstance(raw_contacts, list):
        problems.append(Problem("contacts", "Contacts must be a list."))
    else:
        for i, item in enumerate(raw_contacts):
            try:
                contacts.append(parse_contact(item))
            except ValidationError as exc:
                problems.extend(exc.prefixed(f"contacts[{i}]").problems)
    review_on = take("review_on", lambda r: v.optional_date(r, "Retention review date"))
    if problems:
        raise ValidationError(problems)
    return Case(
        reference=reference,
        opened_on=opened_on,
        victim=victim,
        crime_reference=crime_ref,
        crime_reported_at=reported,
        exploitation_types=tuple(types),
        contacts=tuple(contacts),
        review_on=review_on,
    )


@dataclass(frozen=True)
class ContactHistory:
    """Every contact a case has had, in date order, with who held each role when.

    ``unreadable`` names the SPOC change entries whose contact could not be read (a damaged
    record): they are left out of the history, and the window and the report say so.
    """

    contacts: tuple[Contact, ...] = field(default_factory=tuple)
    unreadable: tuple[str, ...] = ()

    def current(self, day: date) -> list[Contact]:
        """The contacts on ``day``. The SPOC is one person at a time: only the latest to
        take the role is current (a change on a day ends the previous SPOC that day, so from
        that day on the previous SPOC is history, with that day as its end)."""
        spoc = self.current_in_role("spoc", day)
        return [c for c in self.contacts if c.active_on(day) and (c.role != "spoc" or c is spoc)]

    def is_current(self, contact: Contact, day: date) -> bool:
        return any(c is contact for c in self.current(day))

    def current_in_role(self, role: str, day: date) -> Contact | None:
        holders = [c for c in self.contacts if c.role == role and c.active_on(day)]
        return holders[-1] if holders else None

    def in_role(self, role: str) -> list[Contact]:
        return [c for c in self.contacts if c.role == role]


def contact_history(
    contacts: Iterable[Contact], spoc_changes: Sequence[tuple[str, date, Contact]]
) -> ContactHistory:
    """Merge a case's contacts with its SPOC changes ``(entry id, day, new contact)``.

    A SPOC change on day D ends every SPOC still open on D (their ``to`` becomes D) and starts
    the new SPOC from D, so the history has exactly one SPOC at any time after the change.
    """
    result = list(contacts)
    for entry_id, day, new in sorted(spoc_changes, key=lambda c: c[1]):
        for i, c in enumerate(result):
            if (
                c.role == "spoc"
                and c.to_date is None
                and (c.from_date is None or c.from_date <= day)
            ):
                result[i] = replace(c, to_date=day)
        result.append(replace(new, role="spoc", from_date=day, to_date=None, source_entry=entry_id))
    result.sort(key=lambda c: (c.from_date or date.min, c.role))
    return ContactHistory(tuple(result))


def case_contact_history(case: Case, entries: Iterable[Entry]) -> ContactHistory:
    """A case's contact history: its own contacts merged with the SPOC changes in
    ``entries`` (its log as corrected; other entry types are ignored).

    The one derivation the window and the report share. A SPOC change whose contact cannot
    be read is left out and its entry id listed in ``unreadable``, so one damaged entry
    does not hide the rest of the history.
    """
    changes: list[tuple[str, date, Contact]] = []
    unreadable: list[str] = []
    for e in entries:
        if e.type != "spoc_change":
            continue
        try:
            contact = parse_contact({**e.data["contact"], "role": "spoc"})
        except (ValidationError, KeyError, TypeError):
            unreadable.append(e.id)
            continue
        changes.append((e.id, e.occurred_on, contact))
    history = contact_history(case.contacts, changes)
    return replace(history, unreadable=tuple(unreadable))
