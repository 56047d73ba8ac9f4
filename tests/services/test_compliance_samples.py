"""A hand-built officer's vault for the compliance return, and the return worked out by hand.

Period: Monday 2 to Friday 13 November 2026 (no bank holiday; London is on UTC in November).
The return is made on Friday 20 November 2026 at 12:00. Enhanced rights: updates due by the
end of the next working day; standard: the fifth working day. Every expected count below is
worked out by hand from this timeline, never computed by the code under test.

KESTREL-0001 (adult, enhanced rights), open:
  arrest Mon 2 Nov -> due Tue 3; updated Tue 3                       met on time
  interview Wed 4 -> due Thu 5; updated Fri 6 (interpreter)          met late, 1 working day
  bail Mon 9 -> due Tue 10; updated Fri 13 (victim unreachable)      met late, 3 working days
  charged Thu 12 -> due Fri 13; no update                            overdue
  arrest Mon 19 Oct -> due Tue 20 Oct; updated                       before the period
  hearing date Thu 19 Nov -> due Fri 20 Nov                          after the period
KESTREL-0002 (child, 15), opened Mon 2 Nov, agreed updates every 7 days:
  crime reported Mon 2 Nov -> support referral due Wed 4; referred Thu 5: met late, 1 day
  arrest Tue 3 -> due Wed 4; updated Wed 4                           met on time
  agreed update due Mon 9 (opened + 7); the update of Wed 4          met on time
  next agreed update due Wed 11 (Wed 4 + 7); none                    overdue
KESTREL-0003 (adult, standard rights, opted out of updates on 15 Oct), closed Mon 16 Nov:
  arrest Mon 2 Nov -> due Mon 9                                      not applicable
KESTREL-0004 closed on 20 Oct, before the period: not in the return at all.
KESTREL-0005 (adult, enhanced) handed over on Fri 6 Nov at 12:00:
  arrest Tue 3 -> due Wed 4; no update                               overdue (held then)
  bail Thu 5 -> due Fri 6 23:59:59, after the handover               not counted here
KESTREL-0006 (adult, enhanced) imported from a colleague's vault on Tue 10 Nov at 12:00:
  arrest Mon 2 -> due Tue 3, before the import                       not counted here
  charged Wed 11 -> due Thu 12; updated Thu 12                       met on time
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from shared_fixtures import PASSPHRASE, FakeClock

from msvlo_desktop.core.bundle import dump_bundle
from msvlo_desktop.storage.bundles import (
    build_signed_bundle,
    import_reviewed,
    record_export,
    review_bundle,
)
from msvlo_desktop.storage.vault import Officer, Vault

FIRST, LAST = "2026-11-02", "2026-11-13"
MADE_AT = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
OFFICER = Officer("R. Okafor", "PC 4471", "Example Constabulary")

# Everything of the vault that must never reach a return or its PDF.
SECRETS = (
    "Nguyễn Thị Hương",
    "Ivan Petrenko",
    "Amara Osei",
    "Closed Person",
    "Moved Away",
    "Imported Victim",
    "V-ALPHA",
    "V-BRAVO",
    "V-CHARLIE",
    "V-DELTA",
    "V-ECHO",
    "V-FOXTROT",
    "KESTREL-000",
    "CR-555",
    "1990-05-05",
    "05/05/1990",
    "SECRET-SUMMARY",
    "SECRET-LATE-TEXT",
    "SECRET-DETAILS",
    "07700 900",
    "7700900",
    "DC 9900 Colleague",
    "Example Hostel",
)

# The hand-worked return.
EXPECTED_CASES = {"open": 4, "closed": 1, "child": 1, "enhanced_rights": 4}
EXPECTED_OBLIGATIONS = {
    "victims_code_update": {
        "met_on_time": 3,
        "met_late": 2,
        "due": 0,
        "overdue": 2,
        "not_applicable": 1,
    },
    "agreed_update": {"met_on_time": 1, "met_late": 0, "due": 0, "overdue": 1, "not_applicable": 0},
    "support_referral": {
        "met_on_time": 0,
        "met_late": 1,
        "due": 0,
        "overdue": 0,
        "not_applicable": 0,
    },
}
EXPECTED_LATE = {
    "victims_code_update": {"1": 1, "2": 0, "3+": 1},
    "agreed_update": {"1": 0, "2": 0, "3+": 0},
    "support_referral": {"1": 1, "2": 0, "3+": 0},
}
_NO_REASONS = {
    "victim_unreachable": 0,
    "interpreter_unavailable": 0,
    "officer_unavailable": 0,
    "other": 0,
    "not_recorded": 0,
}
EXPECTED_REASONS = {
    "victims_code_update": {**_NO_REASONS, "victim_unreachable": 1, "interpreter_unavailable": 1},
    "agreed_update": dict(_NO_REASONS),
    "support_referral": {**_NO_REASONS, "not_recorded": 1},
}


def at(day: int, hour: int = 10, month: int = 11) -> str:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC).isoformat()


def case(
    ref: str, name: str, pseudonym: str, *, opened: str = "2026-10-01", **victim: Any
) -> dict[str, Any]:
    return {
        "reference": ref,
        "crime_reference": f"CR-555{ref[-2:]}-26",
        "opened_on": opened,
        "exploitation_types": ["labour"],
        "victim": {
            "name": name,
            "pseudonym": pseudonym,
            "date_of_birth": "1990-05-05",
            "nationality": "VN",
            "languages": ["vi"],
            "interpreter_required": True,
            "safe_contact": {"phone": "07700 900123", "method": "phone", "notes": "SECRET-DETAILS"},
            "enhanced_rights": {"eligible": True, "categories": ["most_serious_crime"]},
            "placement_address": "Example Hostel, 1 High Street",
            **victim,
        },
        "contacts": [
            {
                "role": "lead_investigator",
                "name": "DC 9900 Colleague",
                "organisation": "Example Constabulary",
                "phone": "+441632960001",
                "from": opened,
                "to": None,
            }
        ],
    }


def event(vault: Vault, ref: str, kind: str, when: str) -> str:
    raw = {"type": "investigation_event", "occurred_at": when, "event": kind}
    return vault.add_entry(ref, {**raw, "details": "SECRET-DETAILS"}).id


def update(vault: Vault, ref: str, when: str, *events: str, **extra: Any) -> str:
    raw = {
        "type": "victim_update",
        "occurred_at": when,
        "satisfies": list(events),
        "method": "phone",
        "summary": "SECRET-SUMMARY told the victim",
    }
    return vault.add_entry(ref, {**raw, **extra}).id


def agree_exit(vault: Vault, ref: str, when: str) -> None:
    vault.add_entry(
        ref,
        {
            "type": "exit_strategy",
            "occurred_at": when,
            "status": "agreed",
            "agreed_with": "DC 9900 Colleague",
            "criteria": "SECRET-DETAILS",
        },
    )


def close(vault: Vault, ref: str) -> None:
    """Close a case, acknowledging whatever it still owes (as the close dialog asks)."""
    vault.close_case(
        ref, reason="SECRET-DETAILS support ended", acknowledged=vault.closing_outstanding(ref)
    )


def build_officer_vault(folder: Path, officer: Officer = OFFICER) -> Path:
    """The vault above, closed. Returns its path (``folder/vault.msvlo``)."""
    clock = FakeClock(datetime(2026, 10, 20, 12, 0, tzinfo=UTC))
    path = folder / "vault.msvlo"
    vault = Vault.create(path, PASSPHRASE, officer, clock=clock)
    with vault:
        # KESTREL-0004: closed before the period.
        vault.add_case(case("KESTREL-0004", "Closed Person", "V-DELTA", opened="2026-06-01"))
        agree_exit(vault, "KESTREL-0004", at(19, month=10))
        close(vault, "KESTREL-0004")
        # KESTREL-0005: handed over on Friday 6 November at 12:00.
        clock.now = datetime(2026, 11, 6, 12, 0, tzinfo=UTC)
        vault.add_case(case("KESTREL-0005", "Moved Away", "V-ECHO"))
        event(vault, "KESTREL-0005", "arrest", at(3))
        event(vault, "KESTREL-0005", "released_on_bail", at(5))
        # As msvlo export-bundle --handover records it once the file is written.
        handed = build_signed_bundle(
            vault, "KESTREL-0005", recipient="DC 9900 Colleague", purpose="handover"
        )
        record_export(vault, handed, sealed=False, handover=True)
        # KESTREL-0006: imported (signed, from a colleague) on Tuesday 10 November at 12:00.
        clock.now = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)
        review = review_bundle(vault, dump_bundle(_colleague_bundle(folder)), None)
        import_reviewed(vault, review, source="colleague.json")
        clock.now = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
        charged = event(vault, "KESTREL-0006", "charged", at(11))
        update(vault, "KESTREL-0006", at(12), charged)
        # KESTREL-0001.
        vault.add_case(case("KESTREL-0001", "Nguyễn Thị Hương", "V-ALPHA"))
        before = event(vault, "KESTREL-0001", "arrest", at(19, month=10))
        update(vault, "KESTREL-0001", at(20, month=10), before)
        arrest = event(vault, "KESTREL-0001", "arrest", at(2))
        update(vault, "KESTREL-0001", at(3, 15), arrest)
        interview = event(vault, "KESTREL-0001", "interview_under_caution", at(4))
        update(
            vault,
            "KESTREL-0001",
            at(6),
            interview,
            late_reason="SECRET-LATE-TEXT the interpreter was booked elsewhere",
            late_reason_category="interpreter_unavailable",
        )
        bail = event(vault, "KESTREL-0001", "released_on_bail", at(9))
        update(
            vault,
            "KESTREL-0001",
            at(13),
            bail,
            late_reason="SECRET-LATE-TEXT no answer on three days",
            late_reason_category="victim_unreachable",
        )
        event(vault, "KESTREL-0001", "charged", at(12))
        # KESTREL-0002: a child, crime reported on opening, agreed updates every 7 days.
        vault.add_case(
            {
                **case(
                    "KESTREL-0002",
                    "Ivan Petrenko",
                    "V-BRAVO",
                    opened="2026-11-02",
                    date_of_birth=None,
                    claimed_age=15,
                    enhanced_rights={"eligible": True, "categories": ["under_18"]},
                    update_preferences={"every_days": 7, "method": "phone"},
                ),
                "crime_reported_at": at(2, 9),
            }
        )
        arrest = event(vault, "KESTREL-0002", "arrest", at(3))
        update(vault, "KESTREL-0002", at(4), arrest)
        vault.add_entry(
            "KESTREL-0002",
            {"type": "referral", "occurred_at": at(5, 11), "service": "msvcc", "consent": True},
        )
        # KESTREL-0003: standard rights, opted out of updates; closed on 16 November.
        vault.add_case(
            case(
                "KESTREL-0003",
                "Amara Osei",
                "V-CHARLIE",
                enhanced_rights={
                    "eligible": False,
                    "categories": [],
                    "reason_not_eligible": "Assessed: not in any category",
                },
                update_preferences={
                    "method": "phone",
                    "opted_out": True,
                    "opted_out_on": "2026-10-15",
                    "opt_out_reason": "SECRET-DETAILS",
                },
            )
        )
        event(vault, "KESTREL-0003", "arrest", at(2))
        agree_exit(vault, "KESTREL-0003", at(16, 9))
        close(vault, "KESTREL-0003")
        # One event after the period: its update is due after it.
        clock.now = MADE_AT
        event(vault, "KESTREL-0001", "first_hearing_date_received", at(19))
    return path


def _colleague_bundle(folder: Path) -> dict[str, Any]:
    """KESTREL-0006 as exported (signed) from a colleague's vault on Monday 9 November."""
    clock = FakeClock(datetime(2026, 11, 9, 12, 0, tzinfo=UTC))
    other = Vault.create(
        folder / "colleague.msvlo", PASSPHRASE, Officer("Colleague", "DC 9900", ""), clock=clock
    )
    with other:
        other.add_case(case("KESTREL-0006", "Imported Victim", "V-FOXTROT"))
        event(other, "KESTREL-0006", "arrest", at(2))
        doc = build_signed_bundle(other, "KESTREL-0006", recipient="PC 4471", purpose="handover")
        record_export(other, doc, sealed=False, handover=True)
        return doc


def build_small_vault(folder: Path, officer: Officer) -> Path:
    """A second officer's vault: one case, its arrest on Monday 9 November (enhanced rights:
    due Tuesday 10) updated late on Wednesday 11 with no category, so its return is
    victims_code_update met_late 1 (band "1", not_recorded 1) and one open case with
    enhanced rights."""
    clock = FakeClock(datetime(2026, 11, 16, 12, 0, tzinfo=UTC))
    path = folder / "vault.msvlo"
    with Vault.create(path, PASSPHRASE, officer, clock=clock) as vault:
        vault.add_case(case("HERON-0001", "Second Victim", "V-GOLF"))
        arrest = event(vault, "HERON-0001", "arrest", at(9))
        update(vault, "HERON-0001", at(11), arrest, late_reason="SECRET-LATE-TEXT")
    return path


def open_officer_vault(path: Path) -> Vault:
    vault = Vault.open(path, PASSPHRASE)
    vault.clock = FakeClock(MADE_AT)
    return vault


@pytest.mark.usefixtures("anchors")
def test_the_sample_vault_holds_six_cases(tmp_path: Path) -> None:
    with open_officer_vault(build_officer_vault(tmp_path)) as vault:
        refs = [c.reference for c in vault.list_cases()]
    assert refs == [f"KESTREL-000{i}" for i in range(1, 7)]
