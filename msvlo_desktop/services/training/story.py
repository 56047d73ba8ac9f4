"""One case's story as it is planned: the entries to be logged (``Item``), the timed
operations they become (``Op``), the case's state while it is planned (``Story``) and the
case record it opens with (``case_header``)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from msvlo_desktop.core.timefmt import LONDON
from msvlo_desktop.services.training.cast import (
    FORCE,
    LEADS,
    PROFILES,
    TOWN,
    Profile,
)
from msvlo_desktop.storage.vault import Officer


@dataclass
class Item:
    """One planned log entry (or case operation) with when it happens and is recorded."""

    occurred: datetime
    raw: dict[str, Any]
    delay: timedelta
    refs: tuple[str, ...] = ()
    recorded: datetime | None = None


@dataclass
class Op:
    at: datetime
    case_index: int
    order: int
    kind: str  # case, entry, revise, close
    ref: str
    payload: Any = None
    reason: str = ""


@dataclass
class Story:
    """Builds one case's log as items, then turns them into timed operations."""

    index: int
    profile: Profile
    rng: random.Random
    now: datetime
    ref: str
    pseudonym: str
    opened: date
    end: datetime
    officer: Officer
    items: list[Item] = field(default_factory=list)
    extra_ops: list[Op] = field(default_factory=list)

    # ------------------------------------------------------------------ helpers
    def new_id(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def at(self, day: date, hour: int | None = None, minute: int | None = None) -> datetime:
        hour = self.rng.randint(9, 17) if hour is None else hour
        minute = self.rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)) if minute is None else minute
        return datetime.combine(day, time(hour, minute), tzinfo=LONDON).astimezone(UTC)

    def day(self, offset: int) -> date:
        return self.opened + timedelta(days=offset)

    def add(
        self,
        when: datetime,
        raw: dict[str, Any],
        *,
        delay: timedelta | None = None,
        refs: tuple[str, ...] = (),
    ) -> str | None:
        """Plan an entry; returns its id, or None when it would fall after the case's end."""
        if when >= self.end:
            return None
        raw = {"id": self.new_id(), "occurred_at": when.isoformat(), **raw}
        if delay is None:
            delay = timedelta(minutes=self.rng.randint(10, 240))
        self.items.append(Item(when, raw, delay, refs))
        return str(raw["id"])

    @property
    def every_days(self) -> int:
        """How often the victim agreed to be updated."""
        return 14 if self.index % 2 else 7

    @property
    def child(self) -> bool:
        return self.profile.route == "child"

    @property
    def enhanced(self) -> bool:
        return self.profile.rights_off is None

    def interpreter(self) -> dict[str, str] | None:
        p = self.profile
        return {"name": p.interpreter, "language": p.language} if p.interpreter else None

    def phone(self, base: int) -> str:
        return f"+441632960{(base + self.index * 37) % 1000:03d}"


# ---------------------------------------------------------------------- the case header
def _years_later(day: date, years: int) -> date:
    """The same day ``years`` later (or earlier); 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def case_header(s: Story) -> dict[str, Any]:
    p, rng = s.profile, s.rng
    name = (
        p.name
        if s.index < len(PROFILES)
        else p.alt_names[(s.index // len(PROFILES) - 1) % len(p.alt_names)]
    )
    dob = None
    if p.known_dob:
        born = _years_later(s.opened, -p.age - 1)
        dob = (born + timedelta(days=rng.randint(30, 330))).isoformat()
    categories = ["most_serious_crime", "vulnerable_or_intimidated"]
    if s.child:
        categories.append("under_18")
    rights: dict[str, Any] = {
        "eligible": True,
        "categories": categories,
        "assessed_on": s.opened.isoformat(),
    }
    if p.rights_off:
        rights = {
            "eligible": False,
            "categories": [],
            "reason_not_eligible": p.rights_off,
            "assessed_on": s.opened.isoformat(),
        }
    safe_number = f"+447700900{(101 + s.index * 53 + rng.randint(0, 40)) % 1000:03d}"
    safe = {
        "phone": safe_number,
        "method": "text" if s.index % 3 == 1 else "phone",
        "notes": rng.choice(
            (
                "After 6pm only; never leave a voicemail.",
                "Phone kept by the victim; withheld from the suspects.",
                "Text first and wait for a reply before calling.",
            )
        ),
    }
    victim: dict[str, Any] = {
        "name": name,
        "pseudonym": s.pseudonym,
        "date_of_birth": dob,
        "claimed_age": p.age if not p.known_dob else None,
        "age_disputed": p.age_disputed,
        "nationality": p.nationality,
        "languages": [p.language] if p.language == "en" else [p.language, "en"],
        "interpreter_required": p.interpreter is not None,
        "safe_contact": safe,
        "enhanced_rights": rights,
        "update_preferences": {"every_days": s.every_days, "method": "phone"},
    }
    if s.child:
        victim["placement_address"] = (
            f"Foster placement, {10 + s.index} Sample Close, {TOWN} EX2 {s.index % 9}BB"
        )
    lead = LEADS[s.index % len(LEADS)]
    contacts: list[dict[str, Any]] = [
        {
            "role": "spoc",
            "name": " ".join(x for x in (s.officer.collar_number, s.officer.name) if x),
            "organisation": s.officer.force or FORCE,
            "phone": s.phone(1),
            "from": s.opened.isoformat(),
            "to": None,
        },
        {"role": "lead_investigator", "name": lead, "organisation": FORCE, "phone": s.phone(2)},
    ]
    if s.child:
        contacts.append(
            {
                "role": "social_worker",
                "name": "R. Ahmed",
                "organisation": f"{TOWN} Children's Services",
                "phone": s.phone(3),
                "from": s.opened.isoformat(),
            }
        )
        contacts.append(
            {
                "role": "ictg",
                "name": "S. Clarke",
                "organisation": "Independent Child Trafficking Guardianship Service",
                "phone": s.phone(4),
                "from": (s.opened + timedelta(days=2)).isoformat(),
            }
        )
    elif p.route == "consent":
        contacts.append(
            {
                "role": "support_worker",
                "name": "M. Owusu",
                "organisation": "Example Support Services (MSVCC)",
                "phone": s.phone(5),
                "from": (s.opened + timedelta(days=3)).isoformat(),
            }
        )
    if p.interpreter:
        contacts.append(
            {
                "role": "interpreter",
                "name": p.interpreter,
                "organisation": "Example Language Services",
                "phone": s.phone(6),
            }
        )
    reported = datetime.combine(s.opened, time(7, 10 + s.index % 40), tzinfo=LONDON)
    return {
        "reference": s.ref,
        "crime_reference": f"CR-{rng.randint(10000, 99999)}-{s.opened.year % 100:02d}",
        "opened_on": s.opened.isoformat(),
        "crime_reported_at": reported.astimezone(UTC).isoformat(),
        "exploitation_types": list(p.exploitation),
        "victim": victim,
        "contacts": contacts,
        "review_on": _years_later(s.opened, 6).isoformat(),
    }
