"""What the case list shows of a stored case record, read without validating it all again.

``Vault.list_cases`` runs at unlock and after every save. Parsing a whole stored record
validates every phone number in it again (about 0.6 ms a case: 0.6 s for a career of 1,000
cases, on the GUI thread). The list needs only the crime reference, the victim's name and
pseudonym, the opening date and what decides child status and enhanced rights, so those are
read here with the same value parsers the full record uses, and nothing else is touched. The
record was validated in full when it was written.

A record these fields cannot be read from (written by something else, or damaged) goes
through the full parse instead, which says what is wrong with it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from msvlo_desktop.core import values as v
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.victim import EnhancedRights, Victim


@dataclass(frozen=True)
class Listed:
    """The fields of one stored case record that the case list shows or derives flags from.

    ``victim`` holds only name, pseudonym, date of birth, claimed age, age disputed and
    whether enhanced rights apply: enough for ``is_child`` and ``has_enhanced_rights``.
    """

    crime_reference: str | None
    victim: Victim
    opened_on: date


def listed(header: str, parse_full: Callable[[str], Case]) -> Listed:
    """The listed fields of a stored record; ``parse_full`` reads records this module
    cannot (and raises what is wrong with them)."""
    found = _read_listed(header)
    if found is not None:
        return found
    case = parse_full(header)
    return Listed(case.crime_reference, case.victim, case.opened_on)


# As many as the full-record cache in storage/rows.py, for the same long career of cases.
@functools.lru_cache(maxsize=4096)
def _read_listed(header: str) -> Listed | None:
    try:
        raw = json.loads(header)
        if not isinstance(raw, Mapping):
            return None
        victim = raw.get("victim")
        if not isinstance(victim, Mapping):
            return None
        return Listed(
            crime_reference=v.optional_short_text(raw.get("crime_reference"), "Crime reference"),
            victim=_listed_victim(victim),
            opened_on=v.parse_date(raw.get("opened_on"), "Opened on"),
        )
    except (ValidationError, ValueError, TypeError):
        return None


def _listed_victim(raw: Mapping[str, Any]) -> Victim:
    """The victim's listed fields, parsed exactly as ``core.victim.parse_victim`` does."""
    claimed = raw.get("claimed_age")
    disputed = raw.get("age_disputed")
    rights = raw.get("enhanced_rights")
    if rights is not None and not isinstance(rights, Mapping):
        raise ValidationError("Enhanced rights must be an object.")
    eligible = True if rights is None else v.boolean(rights.get("eligible", True), "Eligible")
    return Victim(
        name=v.short_text(raw.get("name"), "Name"),
        pseudonym=v.short_text(raw.get("pseudonym"), "Pseudonym"),
        date_of_birth=v.optional_date(raw.get("date_of_birth"), "Date of birth"),
        claimed_age=(
            None if claimed is None else v.integer(claimed, "Claimed age", minimum=0, maximum=120)
        ),
        age_disputed=False if disputed is None else v.boolean(disputed, "Age disputed"),
        enhanced_rights=EnhancedRights(eligible=eligible),
    )


def clear_cache() -> None:
    """Forget the records read so far (tests)."""
    _read_listed.cache_clear()


__all__ = ["Listed", "clear_cache", "listed"]
