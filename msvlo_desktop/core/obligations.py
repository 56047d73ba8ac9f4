"""The obligation engine: what a case owes the victim, and by when, derived from its log.

Obligations are never part of the record. ``case_obligations`` reads the case record and the
log as corrected (``effective_entries``) and works out every obligation with its due time and
its status at a given moment, so a correction, a late entry or a new version of the rules
table changes the answer the next time anyone asks, and nothing can drift out of step with
the log. The window keeps each case's pending obligations between evaluations
(``storage/digest.py``): the last section of this module says when that is exact
(``stable_from``, ``statuses_at``) and what such a copy depends on (``ENGINE_VERSION``, the
rules and calendar fingerprints).

Kinds (``docs/RULES-ENGINE.md`` explains each in full):

- ``victims_code_update``: tell the victim about each investigation event (Right 6) within 1
  working day (enhanced rights) or 5 (otherwise); met by a victim update naming the event.
- ``support_referral``: refer the victim to support services within 2 working days of the
  crime report (Right 4); met by a referral to a support service or a recorded decline.
- ``agreed_update``: the victim's agreed update frequency, a chain of reminders every N
  calendar days from the case opening and then from each update.
- ``nrm_rg_expected``: the reasonable grounds decision expected 5 working days after an NRM
  referral (a target to chase, not the officer's duty).
- ``nrm_cg_not_before``: the conclusive grounds decision may not come before the recovery
  period has passed after a positive reasonable grounds decision (a milestone): 45 calendar
  days for RG decisions up to 12 December 2022, 30 from 13 December 2022; none from
  30 January 2023 after a public-order disqualification or for a further RG decision after a
  positive CG decision.
- ``exit_strategy_review``: the review date set in an exit strategy.
- ``nrm_or_duty_to_notify``: an adult case owes an NRM referral (with consent) or a Duty to
  Notify (force policy: by the end of the working day after the case opened).
- ``competent_authority_update``: the investigator's ongoing updates to the SCA or IECA after
  an NRM referral, a chain of reminders at the force's cadence until the decision.

Calendar-day reminders (agreed updates, competent-authority updates) that fall on a weekend
or bank holiday move to the next working day when the force-policy row says so.

Every obligation is judged by the rules in force on the London day of its triggering event,
and carries the calendar's coverage warnings: a due time the calendar could not vouch for
says so rather than looking certain.

The engine is split along its seams, and every name stays importable from here:
``core.obligation_model`` (the ``Obligation`` record and what the rule families share),
``core.obligation_rules`` (one function per kind), ``core.obligations_kept`` (kept copies)
and ``core.wording_obligations`` (statuses and "since" in words, ``due_table``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from msvlo_desktop.core.calendar import WorkingDayCalendar
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.duties import duty_obligations
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.obligation_model import _EXIT_REVIEW_VERSION as _EXIT_REVIEW_VERSION
from msvlo_desktop.core.obligation_model import DECLINED_ACTION as DECLINED_ACTION
from msvlo_desktop.core.obligation_model import EXIT_STRATEGY_REVIEW as EXIT_STRATEGY_REVIEW
from msvlo_desktop.core.obligation_model import KINDS as KINDS
from msvlo_desktop.core.obligation_model import MET as MET
from msvlo_desktop.core.obligation_model import STATUSES as STATUSES
from msvlo_desktop.core.obligation_model import SUPPORT_SERVICES as SUPPORT_SERVICES
from msvlo_desktop.core.obligation_model import Obligation as Obligation
from msvlo_desktop.core.obligation_model import _eod as _eod
from msvlo_desktop.core.obligation_model import _Log as _Log
from msvlo_desktop.core.obligation_model import _obligation as _obligation
from msvlo_desktop.core.obligation_model import _right6_at as _right6_at
from msvlo_desktop.core.obligation_model import _rule_at as _rule_at
from msvlo_desktop.core.obligation_model import _status as _status
from msvlo_desktop.core.obligation_model import default_calendar as default_calendar
from msvlo_desktop.core.obligation_model import sort_by_urgency as sort_by_urgency
from msvlo_desktop.core.obligation_rules import _agreed_updates as _agreed_updates
from msvlo_desktop.core.obligation_rules import _ca_updates as _ca_updates
from msvlo_desktop.core.obligation_rules import _cg_not_before as _cg_not_before
from msvlo_desktop.core.obligation_rules import _exit_reviews as _exit_reviews
from msvlo_desktop.core.obligation_rules import _moved_day as _moved_day
from msvlo_desktop.core.obligation_rules import _nrm_or_duty_to_notify as _nrm_or_duty_to_notify
from msvlo_desktop.core.obligation_rules import _rg_expected as _rg_expected
from msvlo_desktop.core.obligation_rules import _right6_updates as _right6_updates
from msvlo_desktop.core.obligation_rules import _support_referral as _support_referral
from msvlo_desktop.core.obligations_kept import DECLINE_TYPES as DECLINE_TYPES
from msvlo_desktop.core.obligations_kept import ENGINE_VERSION as ENGINE_VERSION
from msvlo_desktop.core.obligations_kept import READ_TYPES as READ_TYPES
from msvlo_desktop.core.obligations_kept import _moment_in as _moment_in
from msvlo_desktop.core.obligations_kept import _moment_out as _moment_out
from msvlo_desktop.core.obligations_kept import calendar_fingerprint as calendar_fingerprint
from msvlo_desktop.core.obligations_kept import declines_matter as declines_matter
from msvlo_desktop.core.obligations_kept import is_pending as is_pending
from msvlo_desktop.core.obligations_kept import obligation_from_data as obligation_from_data
from msvlo_desktop.core.obligations_kept import obligation_to_data as obligation_to_data
from msvlo_desktop.core.obligations_kept import rules_fingerprint as rules_fingerprint
from msvlo_desktop.core.obligations_kept import stable_from as stable_from
from msvlo_desktop.core.obligations_kept import statuses_at as statuses_at
from msvlo_desktop.core.rules import RULES, RulesTable
from msvlo_desktop.core.wording_obligations import RIGHT6_TELL
from msvlo_desktop.core.wording_obligations import due_table as due_table

# The Right 6 labels under the name they had here (the engine's fingerprint reads them).
_TELL = RIGHT6_TELL

__all__ = [
    "ENGINE_VERSION",
    "EXIT_STRATEGY_REVIEW",
    "KINDS",
    "READ_TYPES",
    "STATUSES",
    "SUPPORT_SERVICES",
    "Obligation",
    "calendar_fingerprint",
    "case_obligations",
    "declines_matter",
    "default_calendar",
    "due_table",
    "is_pending",
    "obligation_from_data",
    "obligation_to_data",
    "rules_fingerprint",
    "sort_by_urgency",
    "stable_from",
    "statuses_at",
]


def case_obligations(
    case: Case,
    entries: Sequence[Entry],
    at: datetime,
    *,
    calendar: WorkingDayCalendar | None = None,
    rules: RulesTable = RULES,
) -> list[Obligation]:
    """Every obligation of ``case`` with its status at ``at`` (an aware datetime).

    ``entries`` is the case's log in recorded order, corrections included; the engine reads
    it as corrected. Entries that occurred after ``at`` are ignored, so evaluating at a past
    moment shows the case as it stood then (with today's corrections applied). The result is
    in kind order, then in the order of the triggering events; use ``sort_by_urgency`` for
    a to-do list.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"evaluation time {at.isoformat()} has no time zone")
    cal = calendar if calendar is not None else default_calendar()
    at = at.astimezone(UTC)
    log = _Log.read(entries, at)
    out: list[Obligation] = []
    out += _right6_updates(case, log, at, cal, rules)
    out += _support_referral(case, log, at, cal, rules)
    out += _agreed_updates(case, log, at, cal, rules)
    out += _rg_expected(case, log, at, cal, rules)
    out += _cg_not_before(case, log, at, cal, rules)
    out += _exit_reviews(case, log, at)
    out += _nrm_or_duty_to_notify(case, log, at, cal, rules)
    out += _ca_updates(case, log, at, cal, rules)
    out += duty_obligations(case, entries, at, cal, rules)
    return out
