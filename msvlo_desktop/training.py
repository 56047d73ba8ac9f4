"""Training vaults: realistic, clearly fictional cases for training, demos and benchmarks.

Every case goes in through the real service methods (``Vault.add_case``, ``add_entry``,
``update_case``, ``close_case``), so every rule the window enforces is applied to it. The
vault's clock is walked through the months of each case so entries are recorded when they
would have been; all timestamps fall before ``now``.

The people are invented. Victims come from several countries with names in their own script
(a Latin transliteration beside the non-Latin ones, as police systems record them); phone
numbers come from the ranges Ofcom reserves for drama (07700 900xxx, 01632 960xxx) and
addresses from invented streets in an invented town. The cases are built to show every part
of the application: adults and children (one age disputed), enhanced rights switched off with
a reason, an opt-out from updates, months of interactions with interpreters and checklist
actions, provisions with need and justification, investigation events with victim updates
on time, late with a reason, or missing (overdue), NRM referrals (Duty to Notify for an adult
who does not consent; never for a child), RG and CG decisions, MASH and ICTG referrals for
children, SPOC changes, corrections, sensitive entries, and exit strategies at every stage,
one agreed with the lead investigator and its case closed.

The same ``seed`` and ``now`` always give the same cases; case ``i`` does not depend on how
many cases are made. ``entries_per_case`` pads or trims each case's log to exactly that many
entries for benchmarks.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from msvlo_desktop.core.calendar import WorkingDayCalendar
from msvlo_desktop.core.closing import closing_problems
from msvlo_desktop.core.timefmt import LONDON
from msvlo_desktop.storage.vault import Clock, Officer, Vault, utc_now

__all__ = ["TRAINING_OFFICER", "create_training_vault", "fill_training_vault"]

TRAINING_OFFICER = Officer("J. Okafor", "DC 4521", "Example Constabulary")
FORCE = "Example Constabulary"
TOWN = "Exampleton"
_OPERATIONS = ("KESTREL", "HERON", "MERLIN", "OSPREY", "PLOVER", "CURLEW", "LAPWING", "AVOCET")
_CAL = WorkingDayCalendar()


@dataclass(frozen=True)
class _Profile:
    """One victim and how their case unfolds."""

    name: str
    alt_names: tuple[str, ...]
    nationality: str
    language: str
    interpreter: str | None
    age: int  # at opening
    exploitation: tuple[str, ...]
    setting: str  # where the exploitation happened, for summaries
    route: str  # "consent", "dtn" (adult declines NRM) or "child"
    days_open: int
    known_dob: bool = True
    age_disputed: bool = False
    rights_off: str | None = None  # reason enhanced rights were switched off
    opt_out: bool = False
    rg: str = "positive"
    updates: str = "on_time"  # on_time, late, missing, recent
    exit: str = "drafted"  # closed, agreed, drafted, in_progress, revised, overdue_review
    correction: bool = False
    spoc_change: bool = False
    late_referral: bool = False
    events: tuple[tuple[str, int], ...] = (
        ("arrest", 12),
        ("interview_under_caution", 12),
        ("released_on_bail", 13),
        ("charged", 75),
        ("first_hearing_date_received", 82),
    )


_PROFILES = (
    _Profile(
        "Nguyễn Thị Hương",
        ("Trần Thị Mai", "Phạm Văn Đức"),
        "VN",
        "vi",
        "Trần Văn Minh",
        16,
        ("criminal", "labour"),
        "a cannabis grow in a rented house",
        "child",
        150,
        known_dob=False,
        age_disputed=True,
        updates="recent",
        exit="in_progress",
        spoc_change=True,
    ),
    _Profile(
        "Elira Krasniqi",
        ("Arta Hoxha", "Drita Berisha"),
        "AL",
        "sq",
        "Besnik Gashi",
        24,
        ("sexual",),
        "flats used for sexual exploitation",
        "consent",
        260,
        exit="closed",
        correction=True,
        events=(
            ("arrest", 9),
            ("interview_under_caution", 9),
            ("released_on_bail", 10),
            ("bail_conditions_changed", 40),
            ("charged", 70),
            ("first_hearing_date_received", 78),
        ),
    ),
    _Profile(
        "Ștefan Popescu",
        ("Ionuț Dumitru", "Mihai Stănescu"),
        "RO",
        "ro",
        "Ioana Marinescu",
        41,
        ("labour",),
        "a hand car wash",
        "consent",
        190,
        rights_off=(
            "Assessed with the victim on the day of the report: not vulnerable or intimidated, "
            "not persistently targeted; the victim asked for the standard service. Reviewed "
            "by DS 2210 R. Patel."
        ),
        updates="late",
        exit="revised",
        late_referral=True,
    ),
    _Profile(
        "Łukasz Wiśniewski",
        ("Paweł Kowalczyk", "Tomasz Zieliński"),
        "PL",
        "pl",
        None,
        52,
        ("labour",),
        "a vegetable packing warehouse",
        "dtn",
        130,
        opt_out=True,
        exit="overdue_review",
        correction=True,
        events=(
            ("arrest", 20),
            ("interview_under_caution", 20),
            ("released_under_investigation", 21),
        ),
    ),
    _Profile(
        "Олена Коваленко (Olena Kovalenko)",
        ("Ірина Шевченко (Iryna Shevchenko)", "Марія Бондаренко (Mariia Bondarenko)"),
        "UA",
        "uk",
        "Iryna Bondar",
        34,
        ("domestic_servitude",),
        "a private house where she cooked, cleaned and cared for children unpaid",
        "consent",
        175,
        updates="missing",
        spoc_change=True,
    ),
    _Profile(
        "ሰላም ተስፋይ (Selam Tesfay)",
        ("ሄለን ገብረ (Helen Gebre)", "ሚካኤል ዮሃንስ (Mikael Yohannes)"),
        "ER",
        "ti",
        "Yonas Haile",
        16,
        ("sexual", "labour"),
        "a takeaway and the flat above it",
        "child",
        95,
        correction=True,
        events=(
            ("arrest", 30),
            ("interview_under_caution", 30),
            ("released_under_investigation", 31),
        ),
    ),
    _Profile(
        "أحمد الحسن (Ahmed Al-Hassan)",
        ("يوسف إبراهيم (Yousif Ibrahim)", "خالد عثمان (Khalid Osman)"),
        "SD",
        "ar",
        "Omar Farouk",
        19,
        ("criminal",),
        "a drug supply line run from a flat in the town",
        "consent",
        120,
        updates="missing",
        exit="agreed",
    ),
    _Profile(
        "王伟 (Wang Wei)",
        ("李强 (Li Qiang)", "张磊 (Zhang Lei)"),
        "CN",
        "zh",
        "Li Na",
        38,
        ("labour",),
        "a restaurant kitchen",
        "consent",
        220,
        known_dob=False,
        rg="negative",
        updates="late",
        exit="drafted",
    ),
    _Profile(
        "Γιώργος Παπαδόπουλος (Giorgos Papadopoulos)",
        ("Νίκος Αντωνίου (Nikos Antoniou)", "Κώστας Δημητρίου (Kostas Dimitriou)"),
        "GR",
        "el",
        "Eleni Georgiou",
        45,
        ("labour",),
        "a scallop fishing boat",
        "consent",
        160,
        correction=True,
    ),
    _Profile(
        "Jordan Reid",
        ("Tyler Brooks", "Kai Morgan"),
        "GB",
        "en",
        None,
        15,
        ("criminal",),
        "a county line supplying drugs to another town",
        "child",
        70,
        spoc_change=True,
        events=(("arrest", 8), ("interview_under_caution", 8), ("released_on_bail", 9)),
    ),
)
_COLLEAGUES = ("PC 3390 L. Hughes", "PC 2718 S. Byrne", "DC 6021 T. Adeyemi")
_LEADS = ("DS 2210 R. Patel", "DI 1150 C. Murray", "DS 3307 H. Lewis")
_AUTHORISERS = ("PS 1877 K. Doyle", "Insp 1022 M. Evans")
_UPDATE_WORDS = {
    "arrest": "a suspect had been arrested",
    "interview_under_caution": "the suspect had been interviewed under caution",
    "released_on_bail": "the suspect was released on bail with conditions not to contact them",
    "released_under_investigation": "the suspect was released under investigation",
    "bail_conditions_changed": "the bail conditions had changed (new address, same exclusion)",
    "charged": "the suspect had been charged",
    "first_hearing_date_received": "the date of the first hearing at the magistrates' court",
}


@dataclass
class _Item:
    """One planned log entry (or case operation) with when it happens and is recorded."""

    occurred: datetime
    raw: dict[str, Any]
    delay: timedelta
    refs: tuple[str, ...] = ()
    recorded: datetime | None = None


@dataclass
class _Op:
    at: datetime
    case_index: int
    order: int
    kind: str  # case, entry, revise, close
    ref: str
    payload: Any = None
    reason: str = ""


@dataclass
class _Story:
    """Builds one case's log as items, then turns them into timed operations."""

    index: int
    profile: _Profile
    rng: random.Random
    now: datetime
    ref: str
    pseudonym: str
    opened: date
    end: datetime
    officer: Officer
    items: list[_Item] = field(default_factory=list)
    extra_ops: list[_Op] = field(default_factory=list)

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
        self.items.append(_Item(when, raw, delay, refs))
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


def _header(s: _Story) -> dict[str, Any]:
    p, rng = s.profile, s.rng
    name = (
        p.name
        if s.index < len(_PROFILES)
        else p.alt_names[(s.index // len(_PROFILES) - 1) % len(p.alt_names)]
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
    lead = _LEADS[s.index % len(_LEADS)]
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


# ---------------------------------------------------------------------- the story
def _provision(
    s: _Story,
    when: datetime,
    category: str,
    description: str,
    quantity: int,
    value: str,
    need: str,
    justification: str,
    supplier: str,
) -> str | None:
    return s.add(
        when,
        {
            "type": "provision",
            "category": category,
            "description": description,
            "quantity": quantity,
            "value_gbp": Decimal(value),
            "need": need,
            "justification": justification,
            "authorised_by": s.rng.choice(_AUTHORISERS),
            "supplier": supplier,
            "receipt_ref": f"RC-{s.rng.randint(100000, 999999)}",
            "explained_unconditional": True,
        },
    )


def _first_day(s: _Story) -> None:
    p, v = s.profile, s.pseudonym
    d0 = s.opened
    actions = [
        "basic_needs_assessment",
        "risk_assessment",
        "place_of_safety",
        "duty_inspector_notified",
        "safe_contact_number",
        "officer_contact_given",
    ]
    if p.interpreter:
        actions.insert(2, "interpreter_arranged")
    s.add(
        s.at(d0, 9, 30),
        {
            "type": "interaction",
            "mode": "face_to_face",
            "summary": (
                f"First meeting with {v} after recovery from {p.setting}. Explained who I am and "
                "that police support does not depend on giving evidence. Assessed basic needs "
                "and immediate risk; arranged a place of safety. Duty inspector informed. "
                f"{v} has a safe phone and knows how to reach me."
            ),
            "location": f"{TOWN} police station, victim suite",
            **({"interpreter": s.interpreter()} if p.interpreter else {}),
            "next_contact_on": (d0 + timedelta(days=1)).isoformat(),
            "actions": actions,
        },
    )
    welfare = "Basic welfare need at first contact; proportionate and necessary."
    _provision(
        s,
        s.at(d0, 10, 40),
        "food",
        "Hot meal and water",
        1,
        "7.80",
        f"{v} had not eaten since the previous day.",
        welfare,
        "Station canteen",
    )
    _provision(
        s,
        s.at(d0, 12, 15),
        "clothing",
        "Coat, shoes and two changes of clothes",
        1,
        "64.50",
        f"{v} arrived with only the clothes worn, unsuitable for the weather.",
        welfare,
        f"{TOWN} Retail Park",
    )
    _provision(
        s,
        s.at(d0, 12, 20),
        "toiletries",
        "Toiletries pack",
        1,
        "11.25",
        f"{v} had no toiletries.",
        welfare,
        f"{TOWN} Retail Park",
    )
    if not s.child:
        _provision(
            s,
            s.at(d0, 16, 0),
            "accommodation",
            "Emergency hotel room pending a safe-house place",
            2,
            "158.00",
            f"{v} could not return to the address where they were exploited.",
            "No safe alternative that night; two nights at the force's contracted rate, "
            "authorised as proportionate and necessary.",
            f"{TOWN} Station Hotel",
        )
    # Right 4: referral to support services within 2 working days of the crime report.
    referral_day = _CAL.add_working_days(d0, 4 if s.profile.late_referral else 1)
    s.add(
        s.at(referral_day, 11, 0),
        {
            "type": "referral",
            "service": "victim_support",
            "consent": True,
            "reference": f"VS-{s.rng.randint(1000, 9999)}",
            "details": (
                "Referred late: the victim asked for time to think before agreeing."
                if s.profile.late_referral
                else "Referred with the victim's agreement."
            ),
        },
    )


def _nrm(s: _Story) -> None:
    p, v, rng = s.profile, s.pseudonym, s.rng
    d1 = s.day(1)
    who = " ".join(x for x in (s.officer.collar_number, s.officer.name) if x)
    if p.route == "child":
        s.add(
            s.at(s.opened, 14, 0),
            {
                "type": "referral",
                "service": "mash",
                "reference": f"MASH-{rng.randint(10000, 99999)}",
                "details": "Child welfare referral to the multi-agency safeguarding hub.",
            },
        )
        referral = s.add(
            s.at(d1, 10, 0),
            {
                "type": "referral",
                "service": "nrm",
                "consent": None,
                "reference": f"NRM-{s.opened.year}-{rng.randint(10000, 99999)}",
                "explained_by": who,
                "details": "Child referral: no consent needed. Made after the MASH referral.",
            },
        )
        s.add(
            s.at(d1, 11, 30),
            {
                "type": "referral",
                "service": "ictg",
                "ictg_available": True,
                "reference": f"ICTG-{rng.randint(1000, 9999)}",
                "details": "Independent child trafficking guardian requested.",
            },
        )
        s.add(
            s.at(d1, 17, 0),
            {
                "type": "note",
                "summary": f"Placement for {v}: foster placement arranged by children's "
                f"services at 10 Sample Close, {TOWN}. Confidential: never disclose.",
            },
        )
        s.items[-1].raw["sensitive"] = True
    elif p.route == "dtn":
        s.add(
            s.at(d1, 10, 30),
            {
                "type": "interaction",
                "mode": "face_to_face",
                "summary": f"Explained the NRM and MSVCC support to {v} in full. {v} understood "
                "and declined a referral: does not want support from the government scheme.",
                "actions": ["nrm_explained", "msvcc_explained", "trust_building"],
            },
        )
        referral = s.add(
            s.at(d1, 15, 0),
            {
                "type": "referral",
                "service": "duty_to_notify",
                "consent": False,
                "reference": f"DTN-{s.opened.year}-{rng.randint(10000, 99999)}",
                "details": "Adult declined the NRM; anonymous Duty to Notify submitted.",
            },
        )
        return
    else:
        s.add(
            s.at(d1, 10, 0),
            {
                "type": "interaction",
                "mode": "face_to_face",
                "summary": f"Explained the NRM and what MSVCC support offers. {v} gave informed "
                "consent in writing; copy of the signed form kept with the referral.",
                **({"interpreter": s.interpreter()} if p.interpreter else {}),
                "actions": ["nrm_explained", "msvcc_explained", "trust_building"],
            },
        )
        referral = s.add(
            s.at(d1, 14, 30),
            {
                "type": "referral",
                "service": "nrm",
                "consent": True,
                "written_consent": True,
                "explained_by": who,
                "reference": f"NRM-{s.opened.year}-{rng.randint(10000, 99999)}",
            },
        )
    assert referral is not None
    rg_day = _CAL.add_working_days(s.day(1), rng.randint(3, 7))
    s.add(
        s.at(rg_day, 15, 10),
        {
            "type": "nrm_decision",
            "stage": "reasonable_grounds",
            "outcome": p.rg,
            "details": "Decision received from the Single Competent Authority.",
        },
    )
    if p.rg == "negative":
        s.add(
            s.at(rg_day + timedelta(days=12), 11, 0),
            {
                "type": "nrm_decision",
                "stage": "reconsideration",
                "outcome": "requested",
                "requested_by": "M. Owusu, Example Support Services (support provider)",
                "details": "Reconsideration requested with new evidence of debt bondage.",
            },
        )
        return
    cg_day = rg_day + timedelta(days=rng.randint(45, 90))
    if cg_day < s.end.date() - timedelta(days=3):
        s.add(
            s.at(cg_day, 14, 0),
            {
                "type": "nrm_decision",
                "stage": "conclusive_grounds",
                "outcome": "trafficking"
                if "sexual" in p.exploitation
                else "slavery_servitude_forced_labour",
            },
        )


def _investigation(s: _Story) -> None:
    p, v, rng = s.profile, s.pseudonym, s.rng
    events: list[tuple[str, str, datetime]] = []
    for event, offset in p.events:
        when = s.at(s.day(offset), 10 if event == "arrest" else 15, 0)
        entry_id = s.add(
            when,
            {
                "type": "investigation_event",
                "event": event,
                "details": f"{event.replace('_', ' ').capitalize()} (training scenario).",
            },
        )
        if entry_id:
            events.append((entry_id, event, when))
    if p.updates == "recent":
        recent = s.now - timedelta(hours=3)
        s.add(
            recent,
            {
                "type": "investigation_event",
                "event": "bail_conditions_changed",
                "details": "Bail conditions varied at the suspect's request.",
            },
            delay=timedelta(minutes=30),
        )
        # The update is not due yet, so none is logged.
    if p.opt_out:
        return  # the victim asked not to be told; those obligations do not apply
    # Group events of the same day into one update, as officers do.
    groups: list[list[tuple[str, str, datetime]]] = []
    for ev in events:
        if groups and groups[-1][0][2].date() == ev[2].date():
            groups[-1].append(ev)
        else:
            groups.append([ev])
    for n, group in enumerate(groups):
        last = n == len(groups) - 1
        if p.updates == "missing" and last:
            continue  # never told: overdue
        limit = 1 if s.enhanced else 5
        late = p.updates == "late" and n == 1
        if late:
            day = _CAL.add_working_days(group[-1][2], limit + 2)
        else:
            day = (
                _CAL.add_working_days(group[-1][2], rng.randint(1, limit))
                if (rng.random() < 0.5)
                else group[-1][2].astimezone(LONDON).date()
            )
        when = max(s.at(day, 17, 30), group[-1][2] + timedelta(hours=1))
        told = " and ".join(_UPDATE_WORDS.get(e[1], e[1].replace("_", " ")) for e in group)
        raw: dict[str, Any] = {
            "type": "victim_update",
            "satisfies": [e[0] for e in group],
            "method": "phone" if not s.child else "face_to_face",
            "summary": f"Told {v} that {told}. Answered questions about what happens next.",
        }
        if late:
            raw["late_reason"] = (
                f"{v} could not be reached on the safe number for three days; messages left "
                "with the support worker."
            )
        s.add(when, raw, refs=tuple(e[0] for e in group))
    if any(e[1] == "charged" for e in events):
        charged = next(e for e in events if e[1] == "charged")
        s.add(
            charged[2] + timedelta(days=3),
            {
                "type": "note",
                "summary": f"Handover to the Witness Care Unit agreed; {v} told who will "
                "contact them about court.",
                "actions": ["witness_care_handover"],
            },
        )


_INTERACTION_NOTES = (
    "Welfare visit. {v} settling in; sleeping better. Discussed worries about family at home.",
    "Phone call. {v} asked about the investigation; explained what I can and cannot share.",
    "Accompanied {v} to a GP appointment; waited outside and drove them back.",
    "Met {v} with the support worker to review the support plan.",
    "Short call to check on {v}; no new concerns raised.",
    "Visit at the placement. {v} reported a message from an unknown number; advised and "
    "logged the number for the investigation team.",
    "Discussed the next steps of the investigation and the court process with {v}.",
    "Helped {v} with the letter from the Home Office; passed questions to the support worker.",
)
_MILESTONE_ACTIONS = (
    ("initial_account", "Obtained an initial account and background from {v}."),
    ("written_confirmation", "Gave {v} written confirmation of the crime report safely."),
    ("abe_interview", "Facilitated {v}'s ABE interview with the investigation team."),
    ("vps_offered", "Explained and offered a Victim Personal Statement; {v} will think about it."),
    ("partner_support", "Arranged continued support with partner agencies for {v}."),
)


def _routine(s: _Story) -> None:
    p, v, rng = s.profile, s.pseudonym, s.rng
    day = s.day(2)
    milestones = list(_MILESTONE_ACTIONS)
    if "sexual" in p.exploitation:
        milestones.insert(2, ("forensic_recovery", "Arranged forensic recovery at the SARC."))
    if s.child and p.exploitation == ("criminal",):
        milestones.insert(1, ("appropriate_adult", "Arranged an appropriate adult for {v}."))
    n = 0
    while True:
        when = s.at(day)
        gap = rng.randint(5, 12)
        nxt = day + timedelta(days=gap)
        mode = rng.choice(("face_to_face", "face_to_face", "phone", "phone", "video", "text"))
        summary = rng.choice(_INTERACTION_NOTES).format(v=v)
        raw: dict[str, Any] = {"type": "interaction", "mode": mode, "summary": summary}
        if milestones and n % 2 == 0:
            action, words = milestones.pop(0)
            raw["summary"] = words.format(v=v) + " " + summary
            raw["actions"] = [action]
        if p.interpreter and mode in ("face_to_face", "phone", "video"):
            raw["interpreter"] = s.interpreter()
        if mode == "face_to_face":
            raw["location"] = rng.choice(
                (f"{TOWN} police station", "The placement", f"{TOWN} library meeting room")
            )
        raw["next_contact_on"] = nxt.isoformat()
        # A few entries are written up days later: they show as late entries.
        delay = timedelta(days=2, hours=3) if n in (4, 11) else None
        if n % 5 == 3 and not s.child:
            raw["author"] = _COLLEAGUES[s.index % len(_COLLEAGUES)]
            raw["summary"] = f"Covering for the usual officer. {raw['summary']}"
        if s.add(when, raw, delay=delay) is None:
            break
        if n % 4 == 1:
            _provision(
                s,
                when + timedelta(minutes=40),
                "phone",
                "Phone credit top-up",
                1,
                "10.00",
                f"{v} needs credit on the safe phone to stay in contact with police and support.",
                "Keeps the safe contact route open; smallest top-up available.",
                "Mobile network voucher",
            )
        if n % 6 == 2:
            _provision(
                s,
                when + timedelta(minutes=20),
                "transport",
                "Return bus and train fare to the appointment",
                1,
                f"{rng.randint(8, 24)}.{rng.choice(('00', '40', '60', '90'))}",
                f"{v} has no money for travel to the appointment.",
                "Needed to attend; cheapest public transport.",
                "Rail and bus operators",
            )
        if n % 7 == 5:
            s.add(
                when + timedelta(hours=2),
                {
                    "type": "note",
                    "summary": "Update sent to the competent authority by replying to the "
                    "referral receipt.",
                    "actions": ["competent_authority_update"],
                },
            )
        day = nxt
        n += 1


def _agreed_updates(s: _Story) -> None:
    """Regular updates at the agreed frequency, counting every update the victim was given;
    the third is late (with its reason), the rest on time or a day or two early."""
    if s.profile.opt_out:
        return
    v, rng = s.pseudonym, s.rng
    given = sorted(it.occurred for it in s.items if it.raw["type"] == "victim_update")
    anchor = datetime.combine(s.opened, time(0), tzinfo=LONDON)
    count = 0
    while True:
        due_day = anchor.astimezone(LONDON).date() + timedelta(days=s.every_days)
        nxt = next((g for g in given if g > anchor), None)
        if nxt is not None and nxt.astimezone(LONDON).date() <= due_day:
            anchor = nxt
            continue
        count += 1
        late = count == 3
        day = due_day + timedelta(days=2) if late else due_day - timedelta(rng.randint(0, 2))
        when = max(s.at(day, 17), anchor + timedelta(hours=1))
        raw: dict[str, Any] = {
            "type": "victim_update",
            "satisfies": [],
            "method": "text" if s.index % 3 == 1 else "phone",
            "summary": f"Agreed regular update: told {v} the investigation continues and "
            "answered their questions; nothing new they can be told yet.",
        }
        if late:
            raw["late_reason"] = f"{v} was unwell and asked to postpone the call by two days."
        if s.add(when, raw) is None:
            return
        anchor = when


def _spoc_change(s: _Story) -> None:
    when = s.at(s.day(min(40, s.profile.days_open // 2)), 12, 0)
    colleague = _COLLEAGUES[(s.index + 1) % len(_COLLEAGUES)]
    s.add(
        when,
        {
            "type": "spoc_change",
            "contact": {"name": colleague, "organisation": FORCE, "phone": s.phone(7)},
            "victim_informed": True,
        },
    )


def _corrections(s: _Story) -> None:
    """Correct one provision's value and one interaction's place, each with a reason."""
    v = s.pseudonym
    original = _provision(
        s,
        s.at(s.day(4), 13, 0),
        "clothing",
        "Trainers and a waterproof jacket",
        1,
        "85.00",
        f"{v}'s only shoes were worn through.",
        "Needed for walking to appointments in winter; basic items only.",
        f"{TOWN} Retail Park",
    )
    if original is None:
        return
    s.add(
        s.at(s.day(5), 9, 20),
        {
            "type": "correction",
            "corrects": original,
            "reason": "Value mistyped: the receipt shows £58.00, not £85.00.",
            "replacement": {
                "category": "clothing",
                "description": "Trainers and a waterproof jacket",
                "quantity": 1,
                "value_gbp": Decimal("58.00"),
                "need": f"{v}'s only shoes were worn through.",
                "justification": "Needed for walking to appointments in winter; basic items only.",
                "authorised_by": _AUTHORISERS[0],
                "supplier": f"{TOWN} Retail Park",
                "explained_unconditional": True,
            },
        },
        refs=(original,),
    )


def _exit_strategy(s: _Story) -> None:
    p, rng = s.profile, s.rng
    lead = _LEADS[s.index % len(_LEADS)]
    criteria = (
        "Victim settled in stable accommodation, engaged with the support worker and "
        "registered with a GP; Witness Care Unit in contact for court."
    )
    onward = "MSVCC support worker, local authority housing team and the Witness Care Unit."
    span = (s.end.astimezone(LONDON).date() - s.opened).days
    drafted_day = s.day(max(20, span // 2))
    review = drafted_day + timedelta(days=rng.randint(60, 120))
    if p.exit == "overdue_review":
        review = s.now.date() - timedelta(days=rng.randint(5, 20))
    s.add(
        s.at(drafted_day, 16, 0),
        {
            "type": "exit_strategy",
            "status": "drafted",
            "criteria": criteria,
            "review_on": review.isoformat(),
            "onward_support": onward,
        },
    )
    if p.exit in ("drafted", "overdue_review"):
        return
    agreed_day = drafted_day + timedelta(days=rng.randint(10, 25))
    s.add(
        s.at(agreed_day, 11, 0),
        {
            "type": "exit_strategy",
            "status": "agreed" if p.exit != "in_progress" else "in_progress",
            "agreed_with": lead,
            "criteria": criteria,
            "review_on": (agreed_day + timedelta(days=90)).isoformat(),
            "onward_support": onward,
        },
    )
    if p.exit == "revised":
        s.add(
            s.at(agreed_day + timedelta(days=30), 10, 0),
            {
                "type": "exit_strategy",
                "status": "revised",
                "agreed_with": lead,
                "criteria": criteria + " Trial date awaited before support steps down.",
                "review_on": (agreed_day + timedelta(days=120)).isoformat(),
                "onward_support": onward,
            },
        )
    if p.exit == "closed":
        s.add(
            s.at(agreed_day + timedelta(days=20), 15, 0),
            {
                "type": "exit_strategy",
                "status": "completed",
                "agreed_with": lead,
                "criteria": criteria,
                "onward_support": onward,
            },
        )


def _opt_out(s: _Story, header: dict[str, Any]) -> None:
    day = s.day(10)
    revised = {**header, "victim": {**header["victim"]}}
    revised["victim"]["update_preferences"] = {
        "every_days": None,
        "method": "phone",
        "opted_out": True,
        "opted_out_on": day.isoformat(),
        "opt_out_reason": "Asked not to be contacted about the investigation; wants to move on.",
    }
    s.extra_ops.append(
        _Op(
            s.at(day, 18, 30),
            s.index,
            10**6,
            "revise",
            s.ref,
            revised,
            f"{s.pseudonym} opted out of updates at the meeting on {day:%d/%m/%Y}.",
        )
    )


def _padding(s: _Story, count: int) -> None:
    """Routine welfare calls spread over the case, for benchmark-sized logs."""
    span = (s.end - timedelta(hours=2)) - s.at(s.day(1), 9, 0)
    start = s.at(s.day(1), 9, 0)
    for _ in range(count):
        when = start + timedelta(seconds=s.rng.randrange(max(1, int(span.total_seconds()))))
        s.add(
            when.replace(second=0),
            {
                "type": "interaction",
                "mode": s.rng.choice(("phone", "text")),
                "summary": f"Routine welfare check with {s.pseudonym}; no new concerns.",
            },
            delay=timedelta(minutes=s.rng.randint(5, 90)),
        )


def _plan_case(
    index: int,
    seed: int,
    now: datetime,
    officer: Officer,
    ref: str,
    entries_per_case: int | None,
) -> list[_Op]:
    rng = random.Random(f"msvlo-training-{seed}-{index}")
    profile = _PROFILES[index % len(_PROFILES)]
    days_open = profile.days_open + rng.randint(-8, 8)
    opened = (now.astimezone(LONDON) - timedelta(days=days_open)).date()
    while opened.weekday() >= 5:
        opened -= timedelta(days=1)
    if profile.exit == "closed":
        end = datetime.combine(opened + timedelta(days=150), time(18), tzinfo=LONDON)
    else:
        end = now - timedelta(hours=2)
    s = _Story(index, profile, rng, now, ref, f"V{index + 1}", opened, end, officer)
    header = _header(s)
    _first_day(s)
    _nrm(s)
    _investigation(s)
    _routine(s)
    if profile.spoc_change:
        _spoc_change(s)
    if profile.correction:
        _corrections(s)
    _exit_strategy(s)
    _agreed_updates(s)
    if profile.opt_out:
        _opt_out(s, header)
    if entries_per_case is not None and len(s.items) < entries_per_case:
        _padding(s, entries_per_case - len(s.items))
    items = _timed(s)
    if entries_per_case is not None:
        items = items[:entries_per_case]
    case_at = datetime.combine(opened, time(8, 0), tzinfo=LONDON).astimezone(UTC)
    ops = [_Op(case_at, index, -1, "case", ref, header)]
    ops += [_Op(it.recorded or now, index, n, "entry", ref, it.raw) for n, it in enumerate(items)]
    ops += s.extra_ops
    if profile.exit == "closed" and items:
        last = max(it.recorded or now for it in items)
        ops.append(_Op(last + timedelta(hours=1), index, 10**7, "close", ref))
    return ops


def _timed(s: _Story) -> list[_Item]:
    """Give each item its recorded time: after it happened, after anything it refers to,
    and before ``now``; return the items in the order they are recorded."""
    items = sorted(s.items, key=lambda it: it.occurred)
    recorded: dict[str, datetime] = {}
    latest = s.now - timedelta(minutes=1)
    for it in items:
        rec = it.occurred + it.delay
        for ref in it.refs:
            if ref in recorded:
                rec = max(rec, recorded[ref] + timedelta(minutes=2))
        rec = min(rec, max(latest, it.occurred))
        it.recorded = rec.replace(microsecond=0)
        recorded[str(it.raw["id"])] = it.recorded
    order = {id(it): n for n, it in enumerate(items)}
    return sorted(items, key=lambda it: (it.recorded or s.now, order[id(it)]))


def _run(vault: Vault, ops: list[_Op], *, bulk: bool) -> None:
    """Carry out the operations in time order with the vault's clock at each one's time.

    ``bulk`` (benchmark-sized logs) records each case's entries of one London day in one
    transaction, at the time of the day's last one, as an officer writing up the day would.
    """
    current = [ops[0].at if ops else utc_now()]
    saved = vault.clock
    vault.clock = lambda: current[0]
    batch: list[_Op] = []

    def flush() -> None:
        if batch:
            current[0] = batch[-1].at
            vault.add_entries(batch[0].ref, [op.payload for op in batch])
            batch.clear()

    try:
        for op in sorted(ops, key=lambda o: (o.at, o.case_index, o.order)):
            if bulk and op.kind == "entry":
                day = op.at.astimezone(LONDON).date()
                if batch and (
                    batch[0].ref != op.ref or batch[0].at.astimezone(LONDON).date() != day
                ):
                    flush()
                batch.append(op)
                continue
            flush()
            current[0] = op.at
            if op.kind == "case":
                vault.add_case(op.payload)
            elif op.kind == "entry":
                vault.add_entry(op.ref, op.payload)
            elif op.kind == "revise":
                vault.update_case(op.ref, op.payload, reason=op.reason)
            elif op.kind == "close" and not closing_problems(vault.entries(op.ref)):
                vault.close_case(op.ref)
        flush()
    finally:
        vault.clock = saved


def _plan(
    vault: Vault, *, cases: int, seed: int, now: datetime, entries_per_case: int | None
) -> list[_Op]:
    ops: list[_Op] = []
    officer = vault.officer if vault.officer.name else TRAINING_OFFICER
    number = 1
    for index in range(cases):
        while True:
            ref = f"{_OPERATIONS[(number - 1) % len(_OPERATIONS)]}-{number:04d}"
            number += 1
            if not vault.case_exists(ref):
                break
        ops += _plan_case(index, seed, now, officer, ref, entries_per_case)
    return ops


def fill_training_vault(
    vault: Vault,
    *,
    cases: int = 8,
    seed: int = 2026,
    now: datetime | None = None,
    entries_per_case: int | None = None,
) -> list[str]:
    """Add ``cases`` fictional cases to an open vault; returns their references."""
    if cases < 0:
        raise ValueError("cases cannot be negative")
    if entries_per_case is not None and entries_per_case < 1:
        raise ValueError("entries_per_case must be at least 1")
    at = (now or vault.clock()).astimezone(UTC).replace(microsecond=0)
    ops = _plan(vault, cases=cases, seed=seed, now=at, entries_per_case=entries_per_case)
    _run(vault, ops, bulk=entries_per_case is not None)
    return [op.ref for op in ops if op.kind == "case"]


def create_training_vault(
    path: Path | str,
    passphrase: str,
    *,
    now: datetime | None = None,
    cases: int = 8,
    seed: int = 2026,
    entries_per_case: int | None = None,
    clock: Clock | None = None,
) -> Vault:
    """Create a new training vault at ``path`` filled with fictional cases; returns it open.

    ``clock`` is the returned vault's clock (default: the real time, or a clock stopped at
    ``now`` when ``now`` is given, so later entries still follow the generated ones).
    """
    at = (now or utc_now()).astimezone(UTC).replace(microsecond=0)
    if clock is None:
        clock = utc_now if now is None else _stopped(at)
    # The vault is created just before its first case, so its audit log reads in order.
    first_day = at - timedelta(days=max(p.days_open for p in _PROFILES) + 20)
    vault = Vault.create(
        path, passphrase, TRAINING_OFFICER, training=True, clock=_stopped(first_day)
    )
    try:
        fill_training_vault(
            vault, cases=cases, seed=seed, now=at, entries_per_case=entries_per_case
        )
    except BaseException:
        vault.close()
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    vault.clock = clock
    return vault


def _stopped(at: datetime) -> Callable[[], datetime]:
    return lambda: at
