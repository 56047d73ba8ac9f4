"""A small but varied case for storage tests: every kind of entry the chain must carry."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from msvlo_desktop.core.entries import Entry
from msvlo_desktop.storage.vault import Vault


def header(ref: str = "KESTREL-0042", name: str = "Nguyễn Thị Hương", **victim: Any) -> dict:
    return {
        "reference": ref,
        "crime_reference": "CR-12345-26",
        "opened_on": "2026-03-02",
        "crime_reported_at": "2026-03-02T09:15:00+00:00",
        "exploitation_types": ["labour", "criminal"],
        "victim": {
            "name": name,
            "pseudonym": "V1",
            "claimed_age": 16,
            "age_disputed": True,
            "nationality": "VN",
            "languages": ["vi"],
            "interpreter_required": True,
            "safe_contact": {"phone": "07700 900123", "method": "phone", "notes": "after 6pm"},
            **victim,
        },
        "contacts": [
            {
                "role": "spoc",
                "name": "PC 1234 A. Smith",
                "organisation": "Example Constabulary",
                "phone": "+441632960001",
                "from": "2026-03-02",
                "to": None,
            }
        ],
    }


def add_sample_case(vault: Vault, ref: str = "KESTREL-0042", canary: str = "") -> list[Entry]:
    """A case with an interaction, a provision, an event and its update, a referral, a
    sensitive note and a correction. ``canary`` goes into the name, a summary and a provision.
    """
    name = f"Nguyễn Thị Hương {canary}".strip()
    vault.add_case(header(ref, name))
    day = "2026-03-0{}T{}:00+00:00"
    now = vault.clock()
    assert now.isoformat() >= "2026-03-10", "the vault's clock must be after the sample dates"
    out = [
        vault.add_entry(
            ref,
            {
                "type": "interaction",
                "occurred_at": day.format(2, "10:00"),
                "mode": "face_to_face",
                "summary": f"First meeting {canary}".strip(),
                "interpreter": {"name": "Trần Văn Minh", "language": "vi"},
                "next_contact_on": "2026-03-04",
                "actions": ["basic_needs_assessment", "risk_assessment"],
            },
        ),
        vault.add_entry(
            ref,
            {
                "type": "provision",
                "occurred_at": day.format(2, "12:00"),
                "category": "clothing",
                "description": f"Coat and shoes {canary}".strip(),
                "quantity": 1,
                "value_gbp": Decimal("64.50"),
                "need": "Arrived with only the clothes worn.",
                "justification": "Basic welfare need; proportionate.",
                "authorised_by": "PS 1877 K. Doyle",
            },
        ),
    ]
    event = vault.add_entry(
        ref,
        {
            "type": "investigation_event",
            "occurred_at": day.format(3, "10:00"),
            "event": "arrest",
        },
    )
    out.append(event)
    out.append(
        vault.add_entry(
            ref,
            {
                "type": "victim_update",
                "occurred_at": day.format(3, "17:00"),
                "satisfies": [event.id],
                "method": "phone",
                "summary": "Told the victim about the arrest.",
            },
        )
    )
    out.append(
        vault.add_entry(
            ref,
            {
                "type": "referral",
                "occurred_at": day.format(4, "11:00"),
                "service": "nrm",
                "reference": "NRM-2026-00042",
            },
        )
    )
    out.append(
        vault.add_entry(
            ref,
            {
                "type": "note",
                "occurred_at": day.format(4, "15:00"),
                "summary": "Placement: 10 Sample Close, Exampleton.",
                "sensitive": True,
            },
        )
    )
    out.append(
        vault.add_entry(
            ref,
            {
                "type": "correction",
                "occurred_at": day.format(5, "09:00"),
                "corrects": out[1].id,
                "reason": "Value mistyped.",
                "replacement": {
                    "category": "clothing",
                    "description": "Coat and shoes",
                    "quantity": 1,
                    "value_gbp": "46.50",
                    "need": "Arrived with only the clothes worn.",
                    "justification": "Basic welfare need; proportionate.",
                    "authorised_by": "PS 1877 K. Doyle",
                },
            },
        )
    )
    return out
