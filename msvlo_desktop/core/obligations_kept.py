"""Keeping a case's obligations between evaluations: when a kept copy is exact, and what it
depends on (``ENGINE_VERSION``, the rules and calendar fingerprints).

``storage/digest.py`` keeps each case's pending obligations; this module says from which
moment a copy is exact (``stable_from``), brings it up to date (``statuses_at``) and writes
it as JSON-ready data and back.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import UTC, date, datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

from msvlo_desktop.core.calendar import WorkingDayCalendar, london_date, start_of_day
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import Entry, effective_entries
from msvlo_desktop.core.obligation_model import (
    KINDS,
    STATUSES,
    SUPPORT_SERVICES,
    Obligation,
    _eod,
    _obligation,
)
from msvlo_desktop.core.rules import RulesTable

# What a copy of a case's obligations, kept between evaluations, depends on. Evaluated at any
# moment from ``stable_from(case, entries)`` on, the answer changes with the evaluation time
# in one way only: a "due" deadline passes and becomes "overdue" (``statuses_at``). Anything
# else it depends on is the case record, the log, the rules table, the calendar and this code.

# Bump whenever the engine (core/obligations.py, obligation_model.py, obligation_rules.py and
# this module) or what it reads (the calendar, corrections, the victim's rights)
# could answer differently for the same case record, log, rules and calendar: every copy
# made by an earlier engine is then worked out again. tests/core/test_obligations_kept.py
# fails until it is bumped.
ENGINE_VERSION: Final = 3

# The entry types the engine reads: ``_Log._bucket`` skips every other type, and reads an
# interaction or a note only when it records DECLINED_ACTION. A correction never changes an
# entry's type (core.entries), so reading these and the targets of their corrections is
# reading everything the engine can see.
READ_TYPES: Final = frozenset(
    {
        "victim_update",
        "investigation_event",
        "referral",
        "nrm_decision",
        "exit_strategy",
        "competent_authority_update",
        "correction",
        # core.duties: risk reviews meet the bail reminders; a deferred statement's date.
        "risk_review",
        "vps",
    }
)
DECLINE_TYPES: Final = frozenset({"interaction", "note"})
_PENDING: Final = frozenset({"due", "overdue"})
_MOMENT_FIELDS: Final = frozenset({"due", "met_at", "since"})
_FIELD_NAMES: Final = tuple(f.name for f in fields(Obligation))
_FIELD_SET: Final = frozenset(_FIELD_NAMES)
_TEXT_FIELDS: Final = ("case", "kind", "source", "status", "label", "rule", "rule_version")
_OPTIONAL_TEXT_FIELDS: Final = ("source_event", "met_by", "late_reason")


def is_pending(o: Obligation) -> bool:
    """Still owed: due or overdue, and not a milestone (which owes the officer nothing).

    What the Today view and the case list's next-due column show. Once met or not
    applicable, an obligation never becomes pending again for the same log.
    """
    return o.status in _PENDING and not o.is_milestone


def stable_from(case: Case, entries: Sequence[Entry]) -> datetime:
    """The moment from which evaluating later changes nothing but "due" into "overdue".

    The evaluation time ``at`` reaches the engine in four places only: entries that
    occurred after it are ignored, a crime reported after it starts no support timer, a
    case opened after it owes no agreed updates, and an unmet deadline is due until its end
    of day and overdue after. The first three cannot change once ``at`` is at or after every
    entry (as read and as corrected), the crime report and the start of the opening day, so
    for ``a`` and ``b`` both at or after the returned moment::

        case_obligations(case, entries, b) == statuses_at(case_obligations(case, entries, a), b)

    ``entries`` may be only what the engine reads (see ``READ_TYPES``).
    """
    latest = start_of_day(case.opened_on)
    if case.crime_reported_at is not None:
        latest = max(latest, case.crime_reported_at)
    for e in entries:
        latest = max(latest, e.occurred_at)
    if any(e.type == "correction" for e in entries):
        for e in effective_entries(entries):
            latest = max(latest, e.occurred_at)
    return latest.astimezone(UTC)


def statuses_at(obligations: Iterable[Obligation], at: datetime) -> list[Obligation]:
    """``obligations`` with "due" and "overdue" worked out again at ``at``.

    A deadline is due up to 23:59:59 London on its due day and overdue after, as
    ``case_obligations`` decides it; milestones stay "due" (awaited); met and not applicable
    obligations are unchanged. Exact for obligations worked out at a moment at or after
    ``stable_from`` of their case, when ``at`` is too.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"evaluation time {at.isoformat()} has no time zone")
    at = at.astimezone(UTC)
    out: list[Obligation] = []
    for o in obligations:
        if o.status in _PENDING and not o.is_milestone:
            status = "due" if at <= _eod(london_date(o.due))[1] else "overdue"
            if status != o.status:
                o = _obligation(**{**o.__dict__, "status": status})
        out.append(o)
    return out


def declines_matter(case: Case, entries: Sequence[Entry]) -> bool:
    """Whether a recorded decline of support could change what is pending at a moment from
    ``stable_from(case, entries)`` on (before it, any decline could).

    Declines answer only the support referral, and only when no referral to a support
    service does: with one in the log the obligation is met (by whichever came first) at any
    moment from ``stable_from`` on. ``entries`` is what the engine reads (``READ_TYPES``).
    """
    if case.crime_reported_at is None:
        return False
    log = entries
    if any(e.type == "correction" for e in entries):
        log = effective_entries(entries)
    return not any(e.type == "referral" and e.data.get("service") in SUPPORT_SERVICES for e in log)


def _moment_out(value: datetime) -> str:
    # ISO 8601 with the offset, and the zone's name when it has one (RFC 9557), so a London
    # time comes back in London and an instant in UTC stays in UTC.
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{value.isoformat()} has no time zone")
    zone = value.tzinfo
    return f"{value.isoformat()}[{zone.key}]" if isinstance(zone, ZoneInfo) else value.isoformat()


def _moment_in(text: object) -> datetime:
    if type(text) is not str:
        raise ValueError(f"{text!r} is not a moment")
    zone = None
    if text[-1:] == "]":
        text, _, name = text[:-1].partition("[")
        zone = _ZONES.get(name)
        if zone is None:
            try:
                zone = _ZONES[name] = ZoneInfo(name)
            except (KeyError, ValueError, OSError):
                raise ValueError(f"{name!r} is not a time zone") from None
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"{text} has no time zone")
    return value.astimezone(zone) if zone is not None else value


_ZONES: dict[str, ZoneInfo] = {}


def obligation_to_data(o: Obligation) -> dict[str, Any]:
    """Every field of ``o`` as JSON-ready data (``obligation_from_data`` reads it back)."""
    out: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        value = getattr(o, name)
        if name in _MOMENT_FIELDS:
            out[name] = None if value is None else _moment_out(value)
        elif name == "warnings":
            out[name] = list(value)
        else:
            out[name] = value
    return out


def obligation_from_data(data: Mapping[str, Any]) -> Obligation:
    """The obligation ``obligation_to_data`` wrote, equal to it field for field, times in
    the same zones. Raises ``ValueError`` for anything else."""
    if not isinstance(data, Mapping) or data.keys() != _FIELD_SET:
        raise ValueError("not an obligation written by this engine")
    for name in _TEXT_FIELDS:
        if type(data[name]) is not str:
            raise ValueError(f"{name} must be text")
    for name in _OPTIONAL_TEXT_FIELDS:
        value = data[name]
        if value is not None and type(value) is not str:
            raise ValueError(f"{name} must be text or null")
    warnings = data["warnings"]
    if type(warnings) is not list or not all(type(w) is str for w in warnings):
        raise ValueError("warnings must be a list of text")
    if data["kind"] not in KINDS or data["status"] not in STATUSES:
        raise ValueError("unknown kind or status")
    met_at, since = data["met_at"], data["since"]
    return _obligation(
        case=data["case"],
        kind=data["kind"],
        source=data["source"],
        source_event=data["source_event"],
        due=_moment_in(data["due"]),
        status=data["status"],
        met_by=data["met_by"],
        met_at=None if met_at is None else _moment_in(met_at),
        label=data["label"],
        rule=data["rule"],
        rule_version=data["rule_version"],
        warnings=tuple(warnings),
        late_reason=data["late_reason"],
        since=None if since is None else _moment_in(since),
    )


def _plain(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _digest(doc: object) -> str:
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=16)
def rules_fingerprint(rules: RulesTable) -> str:
    """A digest of every rule version in ``rules``: id, version, start and parameters."""
    return _digest(
        sorted([r.id, r.version, r.effective_from.isoformat(), _plain(r.params)] for r in rules)
    )


@functools.lru_cache(maxsize=16)
def calendar_fingerprint(calendar: WorkingDayCalendar) -> str:
    """A digest of what decides ``calendar``'s working days: the holiday data's version,
    its years of coverage and the local days added and taken out."""
    return _digest(
        {
            "holidays": importlib.metadata.version("holidays"),
            "years": [calendar.first_year, calendar.last_year],
            "extra": sorted([d.isoformat(), n] for d, n in calendar.extra_holidays.items()),
            "removed": sorted(d.isoformat() for d in calendar.removed_holidays),
        }
    )
