"""A supervisor's merged view of officers' compliance returns, and the force-level version.

No vault is needed: each return carries its public key and signature. Merging checks every
return (shape, counts that add up, signature), refuses the same vault twice, a tampered
return, different periods, rules versions or formats, and then sums exactly. The
force-level version (``for_pcc``) drops the per-officer rows and applies disclosure control
(docs/COMPLIANCE.md, "Force-level figures"): every count from 1 to 4 is suppressed, and every
other figure, cells and totals alike, is rounded to the nearest 5 from the exact figure, so
no suppressed cell can be worked out by subtracting the others from a total.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.obligation_model import STATUSES
from msvlo_desktop.services.compliance import (
    CASE_COUNTS,
    CODE_KINDS,
    FORMAT,
    LATE_BANDS,
    LATE_REASONS,
    VERSION,
)
from msvlo_desktop.services.compliance_signing import SignatureRefused, verify_return

__all__ = [
    "FORCE_FORMAT",
    "ROUND_TO",
    "SUPPRESS_BELOW",
    "TEAM_FORMAT",
    "MergeRefused",
    "for_pcc",
    "merge_returns",
    "parse_return",
    "protect",
    "protect_row",
]

TEAM_FORMAT: Final = "msvlo-compliance-team"
FORCE_FORMAT: Final = "msvlo-compliance-force"
SUPPRESS_BELOW: Final = 5
ROUND_TO: Final = 5
METHOD: Final = (
    "0 is shown as 0; a count from 1 to 4 is suppressed (null); every other figure, cells "
    "and totals alike, is rounded to the nearest 5 from the exact figure (halves up); where "
    "subtracting the other figures of a row from its total would narrow down a suppressed "
    "count at all, the total is suppressed too (null); 'met late' is the total of the "
    "lateness and late-reason rows, so it is then suppressed in its row of statuses (and "
    "that row's total, if subtracting there would still narrow a suppressed count)."
)
COUNT_GROUPS: Final = ("obligations", "late_by_working_days", "late_reasons")
_GROUP_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    "obligations": STATUSES,
    "late_by_working_days": LATE_BANDS,
    "late_reasons": LATE_REASONS,
}
_FIELDS: Final = (
    "format",
    "version",
    "period",
    "officer",
    "vault",
    "public_key",
    "rules_version",
    "generated_at",
    "cases",
    *COUNT_GROUPS,
    "signature",
)
_OPTIONAL: Final = ("training",)
_UNBOUNDED: Final = 10**9
_KIND: Final = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_MAX_COUNT: Final = 10_000_000


class MergeRefused(ValidationError):
    """The returns cannot be merged; nothing is written."""


@dataclass(frozen=True)
class Loaded:
    """One checked return and the name it is known by in messages (its file)."""

    name: str
    doc: dict[str, Any]


def _count(raw: Any, where: str, problems: list[Problem]) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= _MAX_COUNT:
        problems.append(Problem(where, "must be a whole number of at least 0."))
        return 0
    return raw


def _table(raw: Any, where: str, keys: Sequence[str], problems: list[Problem]) -> None:
    if not isinstance(raw, dict) or set(raw) != set(keys):
        problems.append(Problem(where, f"must give exactly: {', '.join(keys)}."))
        return
    for key in keys:
        _count(raw[key], f"{where}.{key}", problems)


def _shape(doc: Any) -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(doc, dict):
        return [Problem("", "is not a compliance return (a JSON object).")]
    if doc.get("format") != FORMAT:
        return [Problem("format", f"must be {FORMAT!r}: this is not a compliance return.")]
    if doc.get("version") != VERSION:
        return [Problem("version", f"must be {VERSION} (a later version needs a later msvlo).")]
    for key in doc:
        if key not in _FIELDS and key not in _OPTIONAL:
            problems.append(Problem(str(key), "is not a field of a compliance return."))
    for key in _FIELDS:
        if key not in doc:
            problems.append(Problem(key, "is missing."))
    if problems:
        return problems
    period = doc["period"]
    if not isinstance(period, dict) or set(period) != {"from", "to"}:
        problems.append(Problem("period", 'must be {"from": DATE, "to": DATE}.'))
    else:
        try:
            if date.fromisoformat(period["from"]) > date.fromisoformat(period["to"]):
                problems.append(Problem("period", "ends before it starts."))
        except (TypeError, ValueError):
            problems.append(Problem("period", "must hold two dates as YYYY-MM-DD."))
    for key in ("officer", "vault", "public_key", "rules_version", "signature"):
        if not isinstance(doc[key], str) or not doc[key].strip():
            problems.append(Problem(key, "must be text."))
    try:
        if datetime.fromisoformat(str(doc["generated_at"])).tzinfo is None:
            problems.append(Problem("generated_at", "must give its UTC offset."))
    except ValueError:
        problems.append(Problem("generated_at", "is not an ISO 8601 date and time."))
    if "training" in doc and doc["training"] is not True:
        problems.append(Problem("training", "must be true when present."))
    _table(doc["cases"], "cases", CASE_COUNTS, problems)
    kinds: set[str] | None = None
    for group in COUNT_GROUPS:
        table = doc[group]
        if not isinstance(table, dict) or not set(CODE_KINDS) <= set(table):
            problems.append(Problem(group, f"must give every kind: {', '.join(CODE_KINDS)}."))
            continue
        for kind, row in table.items():
            if not _KIND.match(str(kind)):
                problems.append(Problem(f"{group}.{kind}", "is not an obligation kind."))
            _table(row, f"{group}.{kind}", _GROUP_KEYS[group], problems)
        kinds = set(table) if kinds is None else kinds
        if set(table) != kinds:
            problems.append(Problem(group, "names other kinds than obligations does."))
    if problems:
        return problems
    for kind, statuses in doc["obligations"].items():
        for group in ("late_by_working_days", "late_reasons"):
            if sum(doc[group][kind].values()) != statuses["met_late"]:
                problems.append(
                    Problem(f"{group}.{kind}", "does not add up to the obligations met late.")
                )
    return problems


def parse_return(data: bytes, name: str) -> Loaded:
    """A return read from a file's bytes, its shape and signature checked.
    Raises :class:`MergeRefused` naming ``name`` and the field."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MergeRefused(f"{name} is not JSON ({exc}); nothing was written.") from None
    problems = _shape(doc)
    if not problems:
        try:
            verify_return(doc)
        except SignatureRefused as exc:
            problems = list(exc.problems)
    if problems:
        raise MergeRefused(
            Problem(f"{name}: {p.field}" if p.field else name, p.message) for p in problems
        )
    return Loaded(name, doc)


def _same(loaded: Sequence[Loaded], key: str, what: str) -> None:
    first = loaded[0]
    for other in loaded[1:]:
        if other.doc.get(key) != first.doc.get(key):
            raise MergeRefused(
                f"{other.name} is for {what} {_show(other.doc.get(key))}, but {first.name} is "
                f"for {_show(first.doc.get(key))}: returns are merged only when they match. "
                "Nothing was written.",
                key,
            )


def _show(value: Any) -> str:
    if isinstance(value, dict) and set(value) == {"from", "to"}:
        return f"{value['from']} to {value['to']}"
    return str(value)


def _zero_groups(kinds: Sequence[str]) -> dict[str, dict[str, dict[str, int]]]:
    return {g: {k: dict.fromkeys(_GROUP_KEYS[g], 0) for k in kinds} for g in COUNT_GROUPS}


def _counts(doc: Mapping[str, Any]) -> dict[str, Any]:
    return {"cases": dict(doc["cases"]), **{g: doc[g] for g in COUNT_GROUPS}}


def merge_returns(loaded: Sequence[Loaded], generated_at: datetime) -> dict[str, Any]:
    """The team view: one row per officer and the exact total. Raises :class:`MergeRefused`
    for the same vault twice or returns that do not match."""
    if not loaded:
        raise MergeRefused("Give at least one return to merge.")
    seen: dict[str, str] = {}
    for item in loaded:
        earlier = seen.get(item.doc["vault"])
        if earlier is not None:
            raise MergeRefused(
                f"{item.name} and {earlier} come from the same vault (key {item.doc['vault']}): "
                "each officer's return is counted once. Nothing was written."
            )
        seen[item.doc["vault"]] = item.name
    _same(loaded, "period", "the period")
    _same(loaded, "rules_version", "rules version")
    training = [item for item in loaded if item.doc.get("training")]
    if training and len(training) != len(loaded):
        real = next(item for item in loaded if not item.doc.get("training"))
        raise MergeRefused(
            f"{training[0].name} comes from a training vault and {real.name} from a real one: "
            "training returns are never merged with real ones. Nothing was written.",
            "training",
        )
    kinds = list(loaded[0].doc["obligations"])
    for item in loaded[1:]:
        kinds += [k for k in item.doc["obligations"] if k not in kinds]
    total: dict[str, Any] = {"cases": dict.fromkeys(CASE_COUNTS, 0), **_zero_groups(kinds)}
    rows = []
    for item in loaded:
        doc = item.doc
        for key in CASE_COUNTS:
            total["cases"][key] += doc["cases"][key]
        for group in COUNT_GROUPS:
            for kind, row in doc[group].items():
                for key, n in row.items():
                    total[group][kind][key] += n
        rows.append(
            {
                "officer": doc["officer"],
                "vault": doc["vault"],
                "generated_at": doc["generated_at"],
                **_counts(doc),
            }
        )
    first = loaded[0].doc
    team: dict[str, Any] = {
        "format": TEAM_FORMAT,
        "version": VERSION,
        "period": first["period"],
        "rules_version": first["rules_version"],
        "generated_at": generated_at.replace(microsecond=0).isoformat(),
        "returns": rows,
        "total": total,
    }
    if first.get("training"):
        team["training"] = True
    return team


# ----------------------------------------------------------------------------- for the PCC
def protect(count: int) -> int | None:
    """One published figure: 0 stays 0, 1 to 4 is suppressed (None), anything else is
    rounded to the nearest 5 (halves upwards: 7 -> 5, 8 -> 10, 12 -> 10, 13 -> 15)."""
    if count == 0:
        return 0
    if count < SUPPRESS_BELOW:
        return None
    return ((count + ROUND_TO // 2) // ROUND_TO) * ROUND_TO


def _shown_range(shown: int | None, hidden: bool) -> tuple[int, int]:
    """What a reader can tell of a figure from what is published: a suppressed count is 1 to
    4 (a figure ``hidden`` to protect others could be anything); a rounded one is within 2 of
    what is shown, and at least 5."""
    if shown is None:
        return (1, _UNBOUNDED) if hidden else (1, SUPPRESS_BELOW - 1)
    if shown == 0:
        return (0, 0)
    half = ROUND_TO // 2
    return (max(SUPPRESS_BELOW, shown - half), shown + half)


def _recoverable(
    cells: Mapping[str, int | None], total: tuple[int, int] | None, hidden: set[str]
) -> bool:
    """Whether a suppressed cell of a row could be narrowed at all (to fewer than the four
    values 1 to 4) by subtracting the other published cells from the total, which is known
    to lie in ``total`` (None: not known)."""
    if total is None:
        return False
    t_low, t_high = total
    ranges = {k: _shown_range(v, k in hidden) for k, v in cells.items()}
    for key, shown in cells.items():
        if shown is not None or key in hidden:
            continue
        low = sum(r[0] for k, r in ranges.items() if k != key)
        high = sum(r[1] for k, r in ranges.items() if k != key)
        possible = [x for x in range(1, SUPPRESS_BELOW) if t_low - x <= high and t_high - x >= low]
        if len(possible) < SUPPRESS_BELOW - 1:
            return True
    return False


def _total_range(shown: int | None) -> tuple[int, int] | None:
    return None if shown is None else _shown_range(shown, False)


def protect_row(
    row: Mapping[str, int], total: int | None = None, hidden: set[str] | None = None
) -> dict[str, int | None]:
    """A row of cells that add up to a total (``total``, or their sum), protected: each cell
    and the total by :func:`protect`; then, if a suppressed cell could be narrowed down by
    subtracting the others from the total (two cells of 4 would show a total of 10, and as
    neither can be more than 4 both would be known), the total is suppressed too.
    ``hidden`` names cells suppressed to protect another row (they could hold any count)."""
    hidden = hidden or set()
    cells: dict[str, int | None] = {k: None if k in hidden else protect(n) for k, n in row.items()}
    exact = sum(row.values()) if total is None else total
    shown_total = protect(exact)
    if _recoverable(cells, _total_range(shown_total), hidden):
        shown_total = None
    return {**cells, "total": shown_total}


def _derived_range(row: Mapping[str, int | None], key: str) -> tuple[int, int] | None:
    """What subtraction tells of the hidden cell ``key`` of a published row."""
    total = _total_range(row["total"])
    if total is None:
        return None
    others = [_shown_range(v, False) for k, v in row.items() if k not in (key, "total")]
    return (
        max(0, total[0] - sum(r[1] for r in others)),
        total[1] - sum(r[0] for r in others),
    )


def _published_groups(total: Mapping[str, Any]) -> dict[str, Any]:
    """The three count groups of the force-level version. "Met late" is the total of the
    lateness bands and of the late reasons as well as a cell of its kind's statuses: when
    either of those rows needs its total hidden, met late is hidden in the statuses, and the
    statuses' total as well if subtracting there would still narrow a band or a reason."""
    published: dict[str, Any] = {group: {} for group in COUNT_GROUPS}
    for kind, statuses in total["obligations"].items():
        late = statuses["met_late"]
        breakdowns = [
            protect_row(total["late_by_working_days"][kind], late),
            protect_row(total["late_reasons"][kind], late),
        ]
        hide = protect(late) is not None and any(b["total"] is None for b in breakdowns)
        row = protect_row(statuses, hidden={"met_late"} if hide else set())
        if hide:
            derived = _derived_range(row, "met_late")
            for b in breakdowns:
                cells = {k: v for k, v in b.items() if k != "total"}
                if _recoverable(cells, derived, set()):
                    row["total"] = None
        for b in breakdowns:
            b["total"] = row["met_late"]
        published["obligations"][kind] = row
        published["late_by_working_days"][kind] = breakdowns[0]
        published["late_reasons"][kind] = breakdowns[1]
    return published


def for_pcc(team: Mapping[str, Any]) -> dict[str, Any]:
    """The force-level version of a team view for outside the force: no per-officer rows,
    every figure protected (:func:`protect`, :func:`protect_row`). Cases are given as all
    cases, child victims and victims with enhanced rights (each a part of the one before, so
    none can be worked out from the others); open and closed are left out, as their sum is
    the total and a part of it (enhanced rights) could then give a suppressed one away."""
    total = team["total"]
    cases = total["cases"]
    published: dict[str, Any] = {
        "cases": {
            "total": protect(cases["open"] + cases["closed"]),
            "child": protect(cases["child"]),
            "enhanced_rights": protect(cases["enhanced_rights"]),
        },
        **_published_groups(total),
    }
    force: dict[str, Any] = {
        "format": FORCE_FORMAT,
        "version": VERSION,
        "period": team["period"],
        "rules_version": team["rules_version"],
        "generated_at": team["generated_at"],
        "returns": len(team["returns"]),
        "disclosure_control": {
            "suppressed_below": SUPPRESS_BELOW,
            "rounded_to": ROUND_TO,
            "method": METHOD,
        },
        "total": published,
    }
    if team.get("training"):
        force["training"] = True
    return force
