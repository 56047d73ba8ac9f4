"""A fixture case for the case report tests, held in memory: a Vietnamese victim, Cyrillic
names, provisions with a correction, Right 6 events met on time, late and not at all, an NRM
referral and decision, a SPOC change, a sensitive entry and a correction of it, a late entry,
and the safe contact number quoted in an entry that is not marked sensitive."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from msvlo_desktop.core.case import Case, parse_case_header
from msvlo_desktop.core.chain import chain_entries
from msvlo_desktop.core.entries import Entry, EntryContext, validate_entry
from msvlo_desktop.reports.case_report import ReportData

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
REF = "KESTREL-0042"
VICTIM = "Nguyễn Thị Hương"
CO_VICTIM = "Олександр Коваленко"
SUPPORT_WORKER = "Олена Коваленко"
SAFE_NUMBER = "+447700900123"
PLACEMENT = "Flat 3, 27 Quarry Lane, Exampleton EX4 7QT"
SENSITIVE_TEXT = "Placement arranged at Flat 3, 27 Quarry Lane"
CORRECTED_SENSITIVE = "Placement arranged at Flat 4, 27 Quarry Lane"
RECIPIENT = "DI 1150 C. Murray, lead investigator"
PURPOSE = "File review before the charging decision"
EXPORT_ID = "EXP-20261120-0000TEST"

HEADER: dict[str, Any] = {
    "reference": REF,
    "crime_reference": "CR-12345-26",
    "opened_on": "2026-06-29",
    "crime_reported_at": "2026-06-29T09:15:00+00:00",
    "exploitation_types": ["labour", "criminal"],
    "victim": {
        "name": VICTIM,
        "pseudonym": "V1",
        "date_of_birth": None,
        "claimed_age": 24,
        "age_disputed": False,
        "nationality": "VN",
        "languages": ["vi"],
        "interpreter_required": True,
        "safe_contact": {"phone": SAFE_NUMBER, "method": "phone", "notes": "after 6pm only"},
        "enhanced_rights": {
            "eligible": True,
            "categories": ["most_serious_crime"],
            "reason_not_eligible": None,
        },
        "update_preferences": {"every_days": 14, "method": "phone", "opted_out": False},
        "placement_address": PLACEMENT,
    },
    "contacts": [
        {
            "role": "spoc",
            "name": "PC 1234 A. Smith",
            "organisation": "Example Constabulary",
            "phone": "+441632960001",
            "from": "2026-06-29",
            "to": None,
        },
        {
            "role": "lead_investigator",
            "name": "DI 1150 C. Murray",
            "organisation": "Example Constabulary",
            "phone": "+441632960003",
        },
        {
            "role": "support_worker",
            "name": SUPPORT_WORKER,
            "organisation": "Example Support Services",
            "phone": "+441632960004",
            "from": "2026-07-09",
        },
    ],
}

PROVISION_FIELDS = {
    "need": "V1 had nothing but the clothes she wore.",
    "justification": "Basic welfare need; proportionate and necessary.",
    "authorised_by": "PS 1877 K. Doyle",
    "explained_unconditional": True,
}


def _raw_entries() -> list[dict[str, Any]]:
    def at(text: str) -> str:
        return f"{text}+00:00"

    def entry(eid: str, etype: str, occurred: str, **fields: Any) -> dict[str, Any]:
        recorded = fields.pop("recorded", None)
        when = datetime.fromisoformat(at(occurred))
        return {
            "id": eid,
            "type": etype,
            "occurred_at": when.isoformat(),
            "recorded_at": (
                datetime.fromisoformat(at(recorded)) if recorded else when + timedelta(hours=1)
            ).isoformat(),
            "author": "PC 1234 A. Smith",
            **fields,
        }

    return [
        entry(
            "e1",
            "interaction",
            "2026-06-29T10:00:00",
            mode="face_to_face",
            summary=f"First meeting at the station. V1 named {CO_VICTIM} as held with her.",
            interpreter={"name": "Trần Văn Minh", "language": "vi"},
            actions=["basic_needs_assessment", "risk_assessment"],
        ),
        entry(
            "e2",
            "provision",
            "2026-06-29T11:00:00",
            category="food",
            description="Hot meal",
            quantity=1,
            value_gbp="7.80",
            **PROVISION_FIELDS,
        ),
        entry(
            "e3",
            "provision",
            "2026-06-30T12:00:00",
            category="clothing",
            description="Coat and shoes",
            quantity=1,
            value_gbp="85.00",
            supplier="Exampleton Retail Park",
            **PROVISION_FIELDS,
        ),
        entry(
            "e4",
            "correction",
            "2026-07-01T09:00:00",
            corrects="e3",
            reason="Value mistyped: the receipt shows £58.00, not £85.00.",
            replacement={
                "category": "clothing",
                "description": "Coat and shoes",
                "quantity": 1,
                "value_gbp": "58.00",
                "supplier": "Exampleton Retail Park",
                **PROVISION_FIELDS,
            },
        ),
        # 23:30 UTC on 1 July is 00:30 on 2 July in London (BST).
        entry("e5", "investigation_event", "2026-07-01T23:30:00", event="arrest"),
        entry(
            "e6",
            "victim_update",
            "2026-07-03T10:00:00",
            satisfies=["e5"],
            method="phone",
            summary="Told V1 a suspect was arrested.",
        ),
        entry(
            "e7",
            "referral",
            "2026-07-02T10:00:00",
            service="nrm",
            consent=True,
            written_consent=True,
            explained_by="PC 1234 A. Smith",
            reference="NRM-2026-0042",
        ),
        entry(
            "e8",
            "note",
            "2026-07-02T12:00:00",
            summary=f"{SENSITIVE_TEXT}.",
            sensitive=True,
        ),
        entry(
            "e9",
            "nrm_decision",
            "2026-07-08T10:00:00",
            stage="reasonable_grounds",
            outcome="positive",
        ),
        entry("e10", "investigation_event", "2026-07-13T10:00:00", event="charged"),
        entry(
            "e11",
            "victim_update",
            "2026-07-16T10:00:00",
            satisfies=["e10"],
            method="phone",
            summary="Told V1 the suspect was charged.",
            late_reason="V1 was in hospital and could not take calls.",
        ),
        entry(
            "e12",
            "interaction",
            "2026-07-20T10:00:00",
            mode="phone",
            summary="Checked the safe number 07700 900123 still works; it does.",
        ),
        entry(
            "e13",
            "provision",
            "2026-07-21T10:00:00",
            category="transport",
            description="Return train fare",
            quantity=1,
            value_gbp="12.34",
            **PROVISION_FIELDS,
        ),
        entry(
            "e14",
            "provision",
            "2026-07-21T11:00:00",
            category="drink",
            description="Bottle of water",
            quantity=1,
            value_gbp="0.99",
            **PROVISION_FIELDS,
        ),
        entry(
            "e15",
            "interaction",
            "2026-07-22T10:00:00",
            recorded="2026-07-25T10:30:00",
            mode="video",
            summary="Video call about the support plan.",
        ),
        entry("e16", "investigation_event", "2026-08-03T10:00:00", event="released_on_bail"),
        entry(
            "e17",
            "spoc_change",
            "2026-08-10T10:00:00",
            contact={
                "name": "DC 4521 J. Okafor",
                "organisation": "Example Constabulary",
                "phone": "+441632960002",
            },
            victim_informed=True,
        ),
        entry(
            "e18",
            "exit_strategy",
            "2026-08-20T10:00:00",
            status="drafted",
            criteria="Settled accommodation and a GP.",
            review_on="2026-10-01",
        ),
        entry(
            "e19",
            "correction",
            "2026-08-21T10:00:00",
            corrects="e8",
            reason="Wrong flat number.",
            replacement={"summary": f"{CORRECTED_SENSITIVE}."},
        ),
    ]


def fixture_case() -> tuple[Case, list[Entry]]:
    case = parse_case_header(HEADER, now=NOW)
    existing: dict[str, Entry] = {}
    ctx = EntryContext(now=NOW, victim=case.victim, opened_on=case.opened_on, existing=existing)
    entries = []
    for raw in _raw_entries():
        e = validate_entry(raw, ctx, imported=True)
        existing[e.id] = e
        entries.append(e)
    return case, chain_entries(REF, entries)


def fixture_data(*, training: bool = False) -> ReportData:
    case, entries = fixture_case()
    return ReportData.from_log(
        case, entries, officer="PC 1234 A. Smith, Example Constabulary", training=training, at=NOW
    )
