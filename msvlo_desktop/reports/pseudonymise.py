"""A disclosure copy with the victim's pseudonym in place of their name, throughout.

:func:`pseudonymised` returns the report's data with every appearance of the victim's name
replaced by the pseudonym: the case record (cover, summary, safe-contact notes), every log
entry's text, the contacts and what is derived from them. The full name is matched whatever
its letter case and spacing; so is each part of it of three letters or more, as a whole word
("Met Hương at the centre" becomes "Met V1 at the centre"), because a log often names the
victim by one name. A word of someone else's spelled the same is replaced too: a disclosure
copy errs towards hiding a name, never towards showing one. The officer's own name (who made
the report) is left as it is; entry identifiers, hashes and dates are never touched, so the
chain head printed still verifies against the vault.

Which reports use it is the officer's choice on each export (``msvlo report --pseudonymise``,
the export dialog's "Use the pseudonym" box); docs/USER-GUIDE.md says why it is not the
default of the disclosure profile.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from msvlo_desktop.core.errors import ValidationError

if TYPE_CHECKING:
    from msvlo_desktop.reports.case_report import ReportData

__all__ = ["MIN_PART", "name_pattern", "pseudonymised", "scrub"]

# Parts of a name shorter than this are not replaced on their own ("Le", "Do").
MIN_PART = 3

T = TypeVar("T")


def name_pattern(name: str) -> re.Pattern[str] | None:
    """What matches the name: the whole of it (any spacing), then its longer parts as words."""
    parts = [p for p in re.split(r"\s+", name.strip()) if p]
    if not parts:
        return None
    whole = r"\s+".join(re.escape(p) for p in parts)
    words = sorted({p for p in parts if len(p.strip(".,'-")) >= MIN_PART}, key=len, reverse=True)
    alternatives = [whole] + [rf"(?<!\w){re.escape(w)}(?!\w)" for w in words]
    return re.compile("|".join(alternatives), re.IGNORECASE)


def scrub(value: T, pattern: re.Pattern[str], pseudonym: str) -> T:
    """``value`` with every match of ``pattern`` in its text replaced by ``pseudonym``: strings,
    and the strings inside mappings, sequences and (frozen) dataclasses, at any depth."""
    return _scrub(value, pattern, pseudonym)  # type: ignore[no-any-return]


def _scrub(value: Any, pattern: re.Pattern[str], pseudonym: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(pseudonym, value)
    if isinstance(value, tuple):
        return tuple(_scrub(v, pattern, pseudonym) for v in value)
    if isinstance(value, list):
        return [_scrub(v, pattern, pseudonym) for v in value]
    if isinstance(value, Mapping):
        return {k: _scrub(v, pattern, pseudonym) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _scrub(getattr(value, f.name), pattern, pseudonym)
            for f in dataclasses.fields(value)
            if f.init and f.name not in _KEPT_FIELDS
        }
        return dataclasses.replace(value, **changes)
    return value


# Fields that identify or check the record rather than describe the victim.
_KEPT_FIELDS = frozenset({"id", "hash", "seq", "type", "reference", "source", "pseudonym"})


def pseudonymised(data: ReportData) -> ReportData:
    """The report data ``data`` (a ``ReportData``) with the victim's pseudonym for their name.
    Raises ``ValidationError`` (field ``pseudonymise``) when the victim has no pseudonym."""
    case = data.case
    victim = case.victim
    pseudonym = str(victim.pseudonym or "").strip()
    if not pseudonym:
        raise ValidationError(
            "The victim has no pseudonym to use instead of their name: record one in the "
            "victim's details first.",
            "pseudonymise",
        )
    pattern = name_pattern(victim.name)
    if pattern is None:
        return data
    changes = {
        name: scrub(getattr(data, name), pattern, pseudonym)
        for name in ("case", "entries", "obligations", "checklists", "contacts")
    }
    changes["case"] = dataclasses.replace(
        changes["case"],
        victim=dataclasses.replace(changes["case"].victim, name=pseudonym, pseudonym=pseudonym),
    )
    return dataclasses.replace(data, **changes)
