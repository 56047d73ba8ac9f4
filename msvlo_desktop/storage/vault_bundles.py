"""The vault's part for case bundles: a case imported whole from a bundle, or exported as one
(core/bundle.py defines the document)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from msvlo_desktop.core.bundle import ParsedBundle, build_bundle, parse_bundle
from msvlo_desktop.core.chain import GENESIS
from msvlo_desktop.core.sequence import review_history
from msvlo_desktop.storage.errors import CaseExists
from msvlo_desktop.storage.vault_cases import VaultCases

__all__ = ["VaultBundles"]


class VaultBundles(VaultCases):
    """Importing and exporting case bundles, built on the cases and their logs."""

    def import_bundle(
        self, data: bytes | str, actor: str | None = None, source: str = ""
    ) -> ParsedBundle:
        """Import one case bundle as a new case: all of it, or nothing.

        History is imported as it was: what the log's order checks (core/sequence.py) find
        is returned in ``warnings`` and kept in the import's audit record, never refused."""
        now = self.clock()
        parsed = parse_bundle(data, now=now)
        case = parsed.case
        parsed = replace(
            parsed,
            warnings=(
                *parsed.warnings,
                *review_history(case.opened_on, parsed.entries, case.victim),
            ),
        )
        with self._mutex, self._tx("The import"):
            if self.conn.execute(
                "SELECT 1 FROM cases WHERE reference = ?", (case.reference,)
            ).fetchone():
                raise CaseExists(case.reference)
            self._write_imported(
                parsed,
                now,
                actor,
                "case imported",
                source=source,
                entries=len(parsed.entries),
                head=parsed.head,
                **({"warnings": list(parsed.warnings)} if parsed.warnings else {}),
            )
        return parsed

    def _write_imported(
        self, parsed: ParsedBundle, now: datetime, actor: str | None, action: str, **details: Any
    ) -> None:
        """Write a bundle's case and its whole log as they came, then the case's status from
        the log (a closed case's bundle imports closed; its last closing or reopening
        decides). Every import comes through here; the caller holds the lock and the
        transaction and has checked the reference is free."""
        case = parsed.case
        header = json.dumps(case.header_json(), ensure_ascii=False, sort_keys=True)
        case_id = self._insert_case(case, header, now, actor, action, "combination", **details)
        head, count = GENESIS, 0
        for entry in parsed.entries:
            stored = self._append(case_id, case.reference, count, head, entry, last=False)
            head, count = stored.hash, stored.seq
        if parsed.entries:
            latest = max(e.occurred_at for e in parsed.entries)
            self._set_head(case_id, count, head, latest)
        self._keep_status_of_log(case_id, parsed.entries)

    def export_bundle(
        self,
        ref: str,
        *,
        actor: str | None = None,
        recipient: str = "",
        purpose: str = "case bundle export",
        record: bool = True,
    ) -> dict[str, Any]:
        """The case as a bundle document. ``record=False`` leaves the disclosure for the caller
        to record once the file is safely written (so a failed write is never logged as a
        disclosure)."""
        with self._mutex:
            case = self.get_case(ref)
            entries = self.entries(ref)
            head, _ = self.chain_head(ref)
            doc = build_bundle(case, entries, head)
            if not record:
                return doc
            with self._tx():
                self._audit(
                    "disclosure",
                    "case bundle exported",
                    actor,
                    ref,
                    recipient=recipient,
                    purpose=purpose,
                    entries=len(entries),
                    head=head,
                )
        return doc
