"""The case bundle (JSON, version 1): reading with full validation, and writing.

A bundle is read completely and every rule checked before anything is written, so an import
either brings in the whole case or nothing. Messages name the place in the file
(``case.log[3].value_gbp``) and what is wrong with it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from msvlo_desktop.core.case import Case, parse_case_header
from msvlo_desktop.core.chain import GENESIS, chain_entries
from msvlo_desktop.core.entries import Entry, EntryContext, validate_entry
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.signing import Origin, parse_origin, verify_document

FORMAT = "msvlo-case-bundle"
VERSION = 1
MAX_BUNDLE_BYTES = 256 * 1024 * 1024
# Shown on the case (window) and on its reports when it came from a bundle with no signature
# (imported with --unsigned, or after the window's warning); kept outside the log.
UNVERIFIED_MARK = (
    "Imported unverified: this case came from a bundle with no signature, so nothing shows "
    "who made it or that it was unchanged before it was imported."
)
_CASE_FIELDS = {
    "reference",
    "crime_reference",
    "opened_on",
    "crime_reported_at",
    "exploitation_types",
    "victim",
    "contacts",
    "log",
    "integrity",
    "review_on",
}


class BundleError(ValidationError):
    """The bundle cannot be imported; nothing has been written."""


@dataclass(frozen=True)
class ParsedBundle:
    case: Case
    entries: list[Entry]  # numbered and hashed, in the order recorded
    head: str
    # Who exported it, when the bundle is signed and its signature verified against
    # ``origin.public_key`` (whether that key is the sender's is for known senders to say).
    origin: Origin | None = None
    # What the history lets through but the officer must hear about, one line each:
    # validate_entry's warnings (an adult's NRM referral with consent not recorded), then
    # what the log's order checks find (core/sequence.py, added by the import's review).
    warnings: tuple[str, ...] = ()

    @property
    def signed(self) -> bool:
        return self.origin is not None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a bundle")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the field {key!r} appears twice in one object")
        out[key] = value
    return out


def load_json(data: bytes | str) -> Any:
    """Decode bundle bytes strictly: UTF-8, no duplicate keys, no NaN, bounded size and depth."""
    if isinstance(data, bytes):
        if len(data) > MAX_BUNDLE_BYTES:
            raise BundleError("The bundle is larger than 256 MB; it cannot be a case bundle.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BundleError(
                f"The bundle is not valid UTF-8 text (bad byte at position {exc.start})."
            ) from None
    else:
        text = data
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise BundleError(
            f"The bundle is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from None
    except RecursionError:
        raise BundleError("The bundle is nested too deeply to be a case bundle.") from None
    except ValueError as exc:
        raise BundleError(f"The bundle is not valid JSON: {exc}.") from None


def parse_bundle(data: bytes | str, *, now: datetime) -> ParsedBundle:
    """Read and validate a whole bundle. Raises :class:`BundleError` listing what is wrong."""
    try:
        return _parse(load_json(data), now)
    except BundleError:
        raise
    except ValidationError as exc:
        raise BundleError(exc.problems) from None
    except RecursionError:
        raise BundleError("The bundle is nested too deeply to be a case bundle.") from None
    except UnicodeError:
        # A lone UTF-16 surrogate (e.g. "\ud800") in a field the text rules do not read,
        # such as an entry id or a field name: it cannot be stored or hashed.
        raise BundleError(
            "The bundle contains text that is not valid Unicode (a lone surrogate)."
        ) from None


def _parse(doc: Any, now: datetime) -> ParsedBundle:
    if not isinstance(doc, dict):
        raise BundleError("The bundle must be a JSON object.")
    problems: list[Problem] = []
    for key in doc:
        if key not in ("format", "version", "case", "origin", "signature"):
            problems.append(Problem(str(key), "is not a field of a case bundle."))
    if doc.get("format") != FORMAT:
        problems.append(Problem("format", f"must be {FORMAT!r}; this is not a case bundle."))
    version = doc.get("version")
    if version != VERSION or isinstance(version, bool):
        problems.append(Problem("version", f"must be {VERSION} (this version reads version 1)."))
    raw_case = doc.get("case")
    if not isinstance(raw_case, dict):
        problems.append(Problem("case", "is missing or is not an object."))
    if problems:
        raise BundleError(problems)
    assert isinstance(raw_case, dict)
    origin = _verified_origin(doc)
    for key in raw_case:
        if key not in _CASE_FIELDS:
            problems.append(Problem(f"case.{key}", "is not a field of a case."))
    try:
        case = parse_case_header(raw_case, now=now)
    except ValidationError as exc:
        problems.extend(exc.prefixed("case").problems)
        case = None
    log = raw_case.get("log")
    entries: list[Entry] = []
    if not isinstance(log, list):
        problems.append(Problem("case.log", "must be a list of entries."))
        log = []
    ctx = EntryContext(
        now=now,
        victim=case.victim if case else None,
        opened_on=case.opened_on if case else None,
    )
    existing: dict[str, Entry] = {}
    ctx.existing = existing
    # Ids of entries that were themselves refused: a later entry naming one of them is not
    # reported again as naming a missing entry (the first problem says what to fix).
    refused: set[str] = set()
    for i, raw in enumerate(log):
        try:
            entry = validate_entry(raw, ctx, imported=True)
        except ValidationError as exc:
            own = [p for p in exc.problems if not _names_refused(p, refused)]
            problems.extend(ValidationError(own).prefixed(f"case.log[{i}]").problems)
            entry_id = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(entry_id, str) and entry_id not in existing:
                refused.add(entry_id)
            if len(problems) > 50:
                break
            continue
        existing[entry.id] = entry
        entries.append(entry)
    if problems:
        raise BundleError(problems)
    assert case is not None
    chained = chain_entries(case.reference, entries)
    # An empty log's head is the chain's starting value, as the vault records it.
    head = chained[-1].hash if chained else GENESIS
    integrity = raw_case.get("integrity")
    if integrity is not None:
        if not isinstance(integrity, dict) or set(integrity) != {"algorithm", "head"}:
            raise BundleError('must be {"algorithm": "sha256", "head": ...}.', "case.integrity")
        if integrity["algorithm"] != "sha256":
            raise BundleError("only sha256 is supported.", "case.integrity.algorithm")
        if integrity["head"] != head:
            raise BundleError(
                "The log does not match its integrity head: the bundle has been changed or "
                "damaged since it was exported.",
                "case.integrity.head",
            )
    return ParsedBundle(case, chained, head, origin, tuple(ctx.warnings))


def _verified_origin(doc: dict[str, Any]) -> Origin | None:
    """The origin of a signed bundle, its signature checked over the whole document; None
    for a bundle with no signature (imported only when the officer accepts that)."""
    if "signature" not in doc:
        if "origin" in doc:  # unverifiable, but still of the documented shape
            try:
                parse_origin(doc["origin"])
            except ValidationError as exc:
                raise BundleError(exc.problems) from None
        return None
    if "origin" not in doc:
        raise BundleError("is there, but origin (who signed it) is missing.", "signature")
    try:
        origin = parse_origin(doc["origin"])
        verify_document(doc, origin.public_key)
    except ValidationError as exc:
        raise BundleError(exc.problems) from None
    return origin


def _names_refused(problem: Problem, refused: set[str]) -> bool:
    """A reference to an entry that was refused itself (a knock-on problem)."""
    return problem.field in ("satisfies", "corrects") and any(
        repr(entry_id) in problem.message for entry_id in refused
    )


def build_bundle(case: Case, entries: list[Entry], head: str) -> dict[str, Any]:
    """The bundle document for a case and its whole log (in sequence order), without origin
    or signature (storage/bundles.py adds them on export)."""
    body = case.header_json()
    body["log"] = [e.to_json() for e in entries]
    body["integrity"] = {"algorithm": "sha256", "head": head}
    return {"format": FORMAT, "version": VERSION, "case": body}


def dump_bundle(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
