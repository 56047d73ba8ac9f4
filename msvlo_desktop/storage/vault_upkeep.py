"""The vault's part for keeping the file safe: verifying it, writing a backup, changing the
passphrase.

Verification reads (storage/integrity.py does the page and structure checks); a backup and a
passphrase change copy the whole file page by page (storage/backup.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlcipher3 import dbapi2

from msvlo_desktop.core.chain import ChainBreak, verify_chain
from msvlo_desktop.core.closing import case_status
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.passphrase import check_passphrase
from msvlo_desktop.storage import backup as copying
from msvlo_desktop.storage import integrity, tombstones
from msvlo_desktop.storage.connection import connect, fsync_dir, translate
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.rows import ENTRY_COLUMNS, entry_from_row
from msvlo_desktop.storage.vault_anchor import VaultAnchor
from msvlo_desktop.storage.vault_core import VAULT_SUFFIX

__all__ = ["VaultUpkeep", "VerifyResult", "check_new_passphrase", "rekey_partial"]


@dataclass(frozen=True)
class VerifyResult:
    problems: tuple[str, ...]
    first_break: ChainBreak | None
    cases: int
    entries: int
    # Stopped by the person before the whole vault was checked: never "ok", whatever the
    # parts checked showed.
    cancelled: bool = False
    # Cases erased at the end of retention, as their audit tombstones describe them
    # (storage/erasure.py): gone on purpose, not cut from the vault.
    erased: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


class VaultUpkeep(VaultAnchor):
    """Verification, backups and passphrase changes (which re-key the anchor too)."""

    # ----------------------------------------------------------------- verification
    def verify(self, progress: Callable[[int, int], bool] | None = None) -> VerifyResult:
        """Cipher page authentication, SQLite integrity, every case's chain, the audit chain.

        ``progress(done, total)`` is called as the check goes, on one scale of
        ``integrity.VERIFY_TOTAL`` across the four parts (``integrity.PAGES``, ``STRUCTURE``,
        ``CASES`` and ``AUDIT`` say where each begins); returning False stops it within a
        fraction of a second, and the result then says it was cancelled. Reads only.
        """
        problems: list[str] = []
        first: ChainBreak | None = None
        n_entries = checked = 0
        erased: list[str] = []
        reporter = integrity.Reporter(progress)
        try:
            with self._mutex:
                conn = self.conn
                assert self._passphrase is not None, "vault is closed"
                try:
                    problems += integrity.authenticate_pages(
                        conn, self.path, self._passphrase, reporter.part(integrity.PAGES)
                    )
                    problems += integrity.check_structure(conn, reporter.part(integrity.STRUCTURE))
                except dbapi2.DatabaseError as exc:
                    problems.append(f"the file cannot be read: {exc}")
                    return VerifyResult(tuple(problems), None, 0, 0)
            # The records, the chains and the audit log are read in one read transaction: one
            # state of the vault, so an entry saved meanwhile through another connection (the
            # window's, while a check runs on its own) is not taken for a cut log. Saves go on
            # meanwhile (write-ahead log); this connection is held for the whole check.
            with self._mutex:
                conn = self.conn
                conn.execute("BEGIN")
                try:
                    cases = conn.execute(
                        "SELECT id, reference, header, entry_count, head, status FROM cases"
                        " ORDER BY reference"
                    ).fetchall()
                    report_case = reporter.part(integrity.CASES)
                    audited = self._audited_headers(lambda _: report_case(0, 1))
                    for case_id, ref, header, count, head, status in cases:
                        found, brk, n = self._verify_case(
                            case_id, ref, header, count, head, audited, status
                        )
                        problems += found
                        first = first or brk
                        n_entries += n
                        checked += 1
                        report_case(checked, len(cases))
                    found, erased = tombstones.missing_cases(
                        conn, {str(c[1]) for c in cases}, audited
                    )
                    problems += found
                    audit_break = integrity.walk_audit(conn, reporter.part(integrity.AUDIT))
                finally:
                    with contextlib.suppress(dbapi2.Error):
                        conn.execute("COMMIT")
            if audit_break:
                problems.append(audit_break)
            reporter.finish()
        except integrity.Cancelled:
            problems.append("verification cancelled before the whole vault was checked")
            return VerifyResult(tuple(problems), first, checked, n_entries, cancelled=True)
        return VerifyResult(tuple(problems), first, checked, n_entries, erased=tuple(erased))

    def _verify_case(
        self,
        case_id: int,
        ref: str,
        header: str,
        count: int,
        head: str,
        audited: Mapping[str, str],
        status: str = "open",
    ) -> tuple[list[str], ChainBreak | None, int]:
        """One case's chain and record: the problems, the first break, the entries read."""
        with self._mutex:
            rows = self.conn.execute(
                f"SELECT {ENTRY_COLUMNS}, prev_hash FROM entries WHERE case_id = ? ORDER BY seq",
                (case_id,),
            ).fetchall()
        stored = []
        try:
            for r in rows:
                stored.append((int(r[0]), entry_from_row(r[:9]), str(r[9]), str(r[8])))
        except (ValueError, TypeError, json.JSONDecodeError):
            brk = ChainBreak(ref, len(stored) + 1, "?", "cannot be read")
            return [f"case {ref}: entry {len(stored) + 1} cannot be read"], brk, 0
        problems: list[str] = []
        found = verify_chain(ref, stored)
        if found is None and (len(stored) != count or (stored and stored[-1][3] != head)):
            last = stored[-1][1].id if stored else "-"
            found = ChainBreak(
                ref,
                len(stored),
                last,
                f"is the last entry, but the case records {count} entries"
                " with another head: entries were removed",
            )
        if found is not None:
            problems.append(str(found))
        # The status column is a kept copy of what the log's last closing or reopening says.
        logged = case_status((e for _, e, _, _ in stored), status)
        if logged.entry is not None and logged.status != status:
            problems.append(
                f"case {ref}: recorded as {status}, but its log's last "
                f"{'closing' if logged.closed else 'reopening'} (entry {logged.entry.seq}) "
                f"says {logged.status}"
            )
        if audited.get(ref) != hashlib.sha256(header.encode()).hexdigest():
            problems.append(f"case {ref}: the case record differs from its audited version")
        return problems, found, len(stored)

    def _audited_headers(self, report: Callable[[int], None]) -> dict[str, str]:
        """Each case record's hash as last audited. A scan of the whole audit log (seconds
        on a long career), so it can be stopped (``report`` raises integrity.Cancelled)."""
        out: dict[str, str] = {}
        for ref, details in integrity.fetch_stoppable(
            self.conn,
            "SELECT case_ref, details FROM audit WHERE case_ref IS NOT NULL"
            " AND details LIKE '%header_sha256%' ORDER BY id",
            (),
            report,
        ):
            h = json.loads(details).get("header_sha256")
            if h:
                out[ref] = h
        return out

    def find_head(self, ref: str, head: str) -> int | None:
        """The sequence number whose hash is ``head`` (a report's chain head), if any."""
        with self._mutex:
            case_id = self._case_row(ref)[0]
            row = self.conn.execute(
                "SELECT seq FROM entries WHERE case_id = ? AND hash = ?", (case_id, head.lower())
            ).fetchone()
        return int(row[0]) if row else None

    # ----------------------------------------------------------------- passphrase, backup
    def backup(self, dest: Path | str, progress: Callable[[int, int], bool] | None = None) -> Path:
        """A consistent, still-encrypted copy (same passphrase), copied page by page through
        a connection of its own, so the vault stays usable meanwhile (storage/backup.py).
        Never leaves a partial file, under the final name or any other. ``dest`` may be a
        folder. ``progress(done, total)`` in pages after each step; returning False stops it
        (:class:`~msvlo_desktop.storage.backup.CopyCancelled`, nothing written or recorded).
        """
        dest = Path(dest)
        if dest.is_dir():
            stamp = self.clock().strftime("%Y%m%d-%H%M%S")
            dest = dest / f"{self.path.stem}-backup-{stamp}{VAULT_SUFFIX}"
        if dest.exists():
            raise VaultError(f"{dest} already exists; choose another name for the backup.")
        if not dest.parent.exists():
            raise VaultError(f"The folder {dest.parent} does not exist.")
        passphrase = self._passphrase
        if passphrase is None:
            raise VaultError("The vault is locked.")
        try:
            copying.write_backup(self.path, passphrase, dest, progress)
        except FileExistsError:
            raise VaultError(
                f"{dest} already exists; choose another name for the backup."
            ) from None
        except (dbapi2.Error, OSError) as exc:
            raise translate(exc, dest.parent, "The backup") from None
        with self._mutex, self._tx():
            self._audit("access", "backup written", None, None, destination=str(dest))
        return dest

    def rekey(
        self, new_passphrase: str, progress: Callable[[int, int], object] | None = None
    ) -> None:
        """Change the passphrase. Atomic: a crash leaves either the old or the new key working.

        The vault is copied page by page to a new file under the new key and renamed over the
        old one; ``progress(done, total)`` in pages after each step. It cannot be stopped
        halfway: the change is recorded in the audit log before the copy so that the copy
        carries its own record, and the vault is held (every other call waits) until the new
        file is in place, so no change made meanwhile can be lost.
        """
        check_new_passphrase(new_passphrase)
        if any(worker.is_open for worker in list(self._workers)):
            raise VaultError(
                "The passphrase cannot be changed while the vault is also being read elsewhere "
                "(the search window, a vault check, a backup or a report). Close or finish "
                "those, then change the passphrase."
            )
        tmp = rekey_partial(self.path)
        copying.remove_partial(tmp)

        def report(done: int, total: int) -> bool:
            if progress is not None:
                progress(done, total)
            return True

        # The anchor is re-keyed too (its key comes from the passphrase): staged beside the
        # old one before the vault is renamed, moved in after, so a crash at any point leaves
        # an anchor that the passphrase opening the vault can check. An unanswered rollback
        # warning keeps the old anchor, so the warning survives the change.
        anchor = self._anchor
        new_anchor = anchor.rekeyed(new_passphrase) if anchor else None
        staged = False
        with self._mutex:
            # Recorded first so that the re-keyed copy carries its own record; if the change
            # then fails, a second record says so (the old passphrase still opens the vault).
            with self._tx():
                self._audit("access", "passphrase changed")
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                # Created empty and private first, so the copy is never readable by others.
                os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
                copying.copy_database(self.conn, tmp, new_passphrase, report)
                if self._lock is not None:
                    # The new file becomes the vault: its identity is held before it is.
                    self._lock.hold_identity_of(tmp)
                if anchor is not None and new_anchor is not None and not anchor.held:
                    try:
                        new_anchor.stage(self._anchor_state(), self.clock())
                        staged = True
                    except OSError:
                        new_anchor.discard_staged()  # written at the next change instead
            except BaseException as exc:
                copying.remove_partial(tmp)
                if new_anchor is not None:
                    new_anchor.discard_staged()
                with contextlib.suppress(VaultError, dbapi2.Error), self._tx():
                    self._audit("access", "passphrase change failed", reason=type(exc).__name__)
                if isinstance(exc, dbapi2.Error | OSError):
                    raise translate(exc, self.path, "The new passphrase") from None
                raise
            self.conn.close()
            self._conn = None
            for suffix in ("-wal", "-shm"):
                _remove_quietly(Path(str(self.path) + suffix))
            os.replace(tmp, self.path)
            fsync_dir(self.path.parent)
            if anchor is not None and new_anchor is not None:
                if staged:
                    new_anchor.commit_staged()
                anchor.adopt(new_anchor)
            self._conn = connect(self.path, new_passphrase)
            self._passphrase = new_passphrase


def check_new_passphrase(passphrase: str) -> None:
    """The passphrase policy of core.passphrase, enforced here too, so no caller can
    create or re-key a vault with a passphrase the window and command line would refuse."""
    problems = check_passphrase(passphrase)
    if problems:
        raise ValidationError([Problem("passphrase", p) for p in problems])


def rekey_partial(path: Path) -> Path:
    """Where a passphrase change writes the re-keyed copy before renaming it over the vault
    (a change killed before the rename leaves it; the next unlock removes it)."""
    return path.with_name(f".{path.name}.rekey.partial")


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
