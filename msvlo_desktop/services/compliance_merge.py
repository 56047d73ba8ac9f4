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
]

TEAM_FORMAT: Final = "msvlo-compliance-team"
FORCE_FORMAT: Final = "msvlo-compliance-force"
SUPPRESS_BELOW: Final = 5
ROUND_TO: Final = 5
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
    if value is None:
        return "a real vault"
    if value is True:
        return "a training vault"
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
    _same(loaded, "training", "")
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


def _protected_row(row: Mapping[str, int]) -> dict[str, int | None]:
    out: dict[str, int | None] = {k: protect(n) for k, n in row.items()}
    out["total"] = protect(sum(row.values()))
    return out


def for_pcc(team: Mapping[str, Any]) -> dict[str, Any]:
    """The force-level version of a team view for outside the force: no per-officer rows,
    every figure protected (:func:`protect`), totals protected from the exact sums."""
    total = team["total"]
    cases = dict(total["cases"])
    published: dict[str, Any] = {
        "cases": {k: protect(n) for k, n in cases.items()},
    }
    published["cases"]["total"] = protect(cases["open"] + cases["closed"])
    for group in COUNT_GROUPS:
        published[group] = {kind: _protected_row(row) for kind, row in total[group].items()}
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
            "method": (
                "0 is shown as 0; a count from 1 to 4 is suppressed (null); every other "
                "figure, cells and totals alike, is rounded to the nearest 5 from the exact "
                "figure."
            ),
        },
        "total": published,
    }
    if team.get("training"):
        force["training"] = True
    return force
