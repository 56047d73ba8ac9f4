"""The chapters of a training case's story, each planning its entries on a ``Story``: the
first day, the NRM, the investigation, routine contact, agreed updates, a change of SPOC,
corrections, the exit strategy, an opt-out from updates, and padding for benchmarks."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Any

from msvlo_desktop.core.timefmt import LONDON
from msvlo_desktop.services.training.cast import (
    AUTHORISERS,
    CALENDAR,
    COLLEAGUES,
    FORCE,
    LEADS,
    TOWN,
    UPDATE_WORDS,
)
from msvlo_desktop.services.training.duties import bail_details
from msvlo_desktop.services.training.story import Op, Story


# ---------------------------------------------------------------------- the story
def _provision(
    s: Story,
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
            "authorised_by": s.rng.choice(AUTHORISERS),
            "supplier": supplier,
            "receipt_ref": f"RC-{s.rng.randint(100000, 999999)}",
            "explained_unconditional": True,
        },
    )


def first_day(s: Story) -> None:
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
        actions.append("interpreter_independent")
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
    referral_day = CALENDAR.add_working_days(d0, 4 if s.profile.late_referral else 1)
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


def nrm(s: Story) -> None:
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
                "actions": ["nrm_explained", "msvcc_explained", "trust_building"]
                + (["interpreter_independent"] if p.interpreter else []),
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
    rg_day = CALENDAR.add_working_days(s.day(1), rng.randint(3, 7))
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


def investigation(s: Story) -> None:
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
                **bail_details(s, event, offset),
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
            day = CALENDAR.add_working_days(group[-1][2], limit + 2)
        else:
            day = (
                CALENDAR.add_working_days(group[-1][2], rng.randint(1, limit))
                if (rng.random() < 0.5)
                else group[-1][2].astimezone(LONDON).date()
            )
        when = max(s.at(day, 17, 30), group[-1][2] + timedelta(hours=1))
        told = " and ".join(UPDATE_WORDS.get(e[1], e[1].replace("_", " ")) for e in group)
        raw: dict[str, Any] = {
            "type": "victim_update",
            "satisfies": [e[0] for e in group],
            "method": "phone" if not s.child else "face_to_face",
            "summary": f"Told {v} that {told}. Answered questions about what happens next.",
        }
        interpreter = s.interpreter()
        if interpreter is not None:
            raw["interpreter"] = {**interpreter, "independent": True}
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


def routine(s: Story) -> None:
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
            raw["actions"] = [*raw.get("actions", []), "interpreter_independent"]
        if mode == "face_to_face":
            raw["location"] = rng.choice(
                (f"{TOWN} police station", "The placement", f"{TOWN} library meeting room")
            )
        raw["next_contact_on"] = nxt.isoformat()
        # A few entries are written up days later: they show as late entries.
        delay = timedelta(days=2, hours=3) if n in (4, 11) else None
        if n % 5 == 3 and not s.child:
            raw["author"] = COLLEAGUES[s.index % len(COLLEAGUES)]
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


def agreed_updates(s: Story) -> None:
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


def spoc_change(s: Story) -> None:
    when = s.at(s.day(min(40, s.profile.days_open // 2)), 12, 0)
    colleague = COLLEAGUES[(s.index + 1) % len(COLLEAGUES)]
    s.add(
        when,
        {
            "type": "spoc_change",
            "contact": {"name": colleague, "organisation": FORCE, "phone": s.phone(7)},
            "victim_informed": True,
        },
    )


def corrections(s: Story) -> None:
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
                "authorised_by": AUTHORISERS[0],
                "supplier": f"{TOWN} Retail Park",
                "explained_unconditional": True,
            },
        },
        refs=(original,),
    )


def exit_strategy(s: Story) -> None:
    p, rng = s.profile, s.rng
    lead = LEADS[s.index % len(LEADS)]
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


def opt_out(s: Story, header: dict[str, Any]) -> None:
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
        Op(
            s.at(day, 18, 30),
            s.index,
            10**6,
            "revise",
            s.ref,
            revised,
            f"{s.pseudonym} opted out of updates at the meeting on {day:%d/%m/%Y}.",
        )
    )


def competent_authority_updates(s: Story) -> None:
    """The investigator's updates to the competent authority after the NRM referral, every
    three weeks (inside the force's reminder cadence) until the decision that closes it."""
    items = sorted(s.items, key=lambda it: it.occurred)
    referral = next(
        (it for it in items if it.raw["type"] == "referral" and it.raw["service"] == "nrm"), None
    )
    if referral is None:
        return
    ends = [
        it.occurred
        for it in items
        if it.raw["type"] == "nrm_decision"
        and it.occurred > referral.occurred
        and (
            it.raw["stage"] == "conclusive_grounds"
            or (it.raw["stage"] == "reasonable_grounds" and it.raw["outcome"] == "negative")
        )
    ]
    stop = min([*ends, s.end])
    day = referral.occurred.astimezone(LONDON).date() + timedelta(days=21)
    while (when := s.at(day, 11, 0)) < stop:
        s.add(
            when,
            {
                "type": "competent_authority_update",
                "authority": "sca",
                "method": "reply_to_referral_receipt",
                "summary": "Replied to the referral receipt with the investigation's progress "
                "and the evidence gathered since the last update.",
            },
            delay=timedelta(minutes=30),
        )
        day += timedelta(days=21)


def padding(s: Story, count: int) -> None:
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
