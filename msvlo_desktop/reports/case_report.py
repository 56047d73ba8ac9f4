"""The case report for the lead investigator: a PDF of the whole case, built in memory.

Two steps, so that building is pure and testable without a vault:

1. :meth:`ReportData.from_log` derives what the report shows (obligations, checklists,
   contact history) from a case and its log held in memory into a :class:`ReportData`.
   Reading them from the vault is the services layer's (``services.reports``); nothing here
   knows the vault.
2. :func:`build_case_report` lays the report out and returns a :class:`ReportResult` holding
   the PDF bytes. Nothing touches the disk; ``case_export`` encrypts and writes, and
   ``services.reports`` records the disclosure.

Sections: cover (case, victim, period, recipient, purpose, export identifier, full chain head),
summary (victim, SPOC and contacts, NRM timeline, referrals, exit strategy, checklists), the
chronological log (every entry in full, late entries marked, corrections with the original
struck through), the provisions schedule with totals, and Victims' Code compliance.

Profiles: ``full`` shows everything; ``disclosure`` withholds entries marked sensitive (with
their corrections) and the victim's safe contact number and placement address, and says how
many entries went to the sensitive schedule (MG6D). A date range narrows the log, the
provisions and the compliance sections to the London days given.

A long log is laid out at close to reportlab's own speed: each entry is one paragraph (no
per-entry table), and plain ASCII text skips the font-fallback pass.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from typing import Final

import pikepdf
from reportlab.platypus import Flowable, PageBreak

from msvlo_desktop.core.case import Case, ContactHistory, case_contact_history
from msvlo_desktop.core.chain import GENESIS
from msvlo_desktop.core.checklists import Checklist, case_checklists
from msvlo_desktop.core.entries import Entry, effective_entries
from msvlo_desktop.core.errors import Problem, ValidationError
from msvlo_desktop.core.obligations import Obligation, case_obligations
from msvlo_desktop.core.timefmt import london
from msvlo_desktop.reports.page import build_pdf
from msvlo_desktop.reports.pseudonymise import pseudonymised
from msvlo_desktop.reports.report_log import log_section, provisions_section
from msvlo_desktop.reports.report_sections import compliance_section, cover_section
from msvlo_desktop.reports.report_summary import summary_section
from msvlo_desktop.reports.report_view import (
    PROFILE_NAMES,
    Profile,
    ReportCancelled,
    ReportView,
    Stage,
)

__all__ = [
    "PROFILES",
    "PROFILE_NAMES",
    "Profile",
    "Progress",
    "ReportCancelled",
    "ReportData",
    "ReportResult",
    "build_case_report",
    "check_request",
    "compose_story",
    "new_export_id",
]

PROFILES: Final = ("full", "disclosure")
# progress(done, total): total is always PROGRESS_TOTAL, so a bar can show it as it is.
Progress = Callable[[int, int], None]
PROGRESS_TOTAL: Final = 1000
# Share of the progress bar for each stage: reading the vault is quick, laying out is not.
_GATHERED: Final = 50
_STORY_BUILT: Final = 250
_LAID_OUT: Final = 950


@dataclass(frozen=True)
class ReportData:
    """Everything a case report shows, read from the vault at one moment (``at``).

    ``entries`` is the whole log in sequence order, corrections included; ``head`` is the hash
    of its last entry (what ``msvlo verify --head`` checks) and ``entry_count`` its length.
    Obligations and checklists are evaluated at ``at``, which the cover gives as the time the
    report was produced.
    """

    case: Case
    entries: tuple[Entry, ...]
    obligations: tuple[Obligation, ...]
    checklists: tuple[Checklist, ...]
    contacts: ContactHistory
    officer: str
    training: bool
    head: str
    entry_count: int
    at: datetime
    # Imported from a bundle with no signature (core.bundle.UNVERIFIED_MARK on the cover).
    imported_unverified: bool = False

    @classmethod
    def from_log(
        cls,
        case: Case,
        entries: Sequence[Entry],
        *,
        officer: str,
        training: bool,
        at: datetime,
        imported_unverified: bool = False,
    ) -> ReportData:
        """Derive the report's data from a case and its log (numbered and hashed entries)."""
        if at.tzinfo is None or at.utcoffset() is None:
            raise ValueError(f"report time {at.isoformat()} has no time zone")
        log = tuple(entries)
        current = effective_entries(log)
        return cls(
            case=case,
            entries=log,
            obligations=tuple(case_obligations(case, log, at)),
            checklists=tuple(case_checklists(case, log, at)),
            contacts=case_contact_history(case, current),
            officer=officer,
            training=training,
            head=log[-1].hash if log else GENESIS,
            entry_count=len(log),
            at=at,
            imported_unverified=imported_unverified,
        )


@dataclass(frozen=True)
class ReportResult:
    """A finished report, still only in memory, and what the audit log records about it."""

    pdf_bytes: bytes
    export_id: str
    pages: int
    withheld_count: int
    head: str
    entry_count: int
    entries_shown: int
    reference: str
    profile: Profile
    recipient: str
    purpose: str
    date_from: date | None
    date_to: date | None
    produced_at: datetime
    training: bool
    # The victim's pseudonym stands for their name throughout (reports/pseudonymise.py).
    pseudonymised: bool = False


def new_export_id(at: datetime) -> str:
    """``EXP-20261120-3FA9C2D1``: the London day it was made, then 32 random bits."""
    return f"EXP-{london(at):%Y%m%d}-{uuid.uuid4().hex[:8].upper()}"


def check_request(
    *,
    profile: str,
    date_from: date | None,
    date_to: date | None,
    recipient: str,
    purpose: str,
) -> None:
    """Raise ``ValidationError`` (every problem, by field) for a report that cannot be made."""
    problems = []
    if profile not in PROFILES:
        problems.append(Problem("profile", f"The profile must be one of: {', '.join(PROFILES)}."))
    if date_from is not None and date_to is not None and date_to < date_from:
        problems.append(Problem("date_to", "The end of the period is before its start."))
    if not recipient.strip():
        problems.append(
            Problem("recipient", "Say who the report is for: the audit log records it.")
        )
    if not purpose.strip():
        problems.append(
            Problem("purpose", "Say why the report is disclosed: the audit log records it.")
        )
    if problems:
        raise ValidationError(problems)


def _page_count(pdf: bytes) -> int:
    with pikepdf.open(BytesIO(pdf)) as doc:
        return len(doc.pages)


def compose_story(
    data: ReportData,
    view: ReportView,
    *,
    recipient: str,
    purpose: str,
    export_id: str,
    stage: Stage | None = None,
) -> list[Flowable]:
    """The report's flowables, section by section (each section starts a page)."""
    stage = stage or Stage(None, None, PROGRESS_TOTAL)
    story: list[Flowable] = []
    story += cover_section(view, data, recipient=recipient, purpose=purpose, export_id=export_id)
    story.append(PageBreak())
    story += summary_section(view, data)
    stage.check()
    story.append(PageBreak())
    story += log_section(view, stage.span(_GATHERED, _STORY_BUILT, _LAID_OUT))
    story.append(PageBreak())
    story += provisions_section(view)
    story.append(PageBreak())
    story += compliance_section(view, data)
    return story


def build_case_report(
    data: ReportData,
    *,
    profile: Profile = "full",
    date_from: date | None = None,
    date_to: date | None = None,
    recipient: str,
    purpose: str,
    export_id: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    pseudonymise: bool = False,
) -> ReportResult:
    """Lay out the case report of *data* and return it, in memory.

    With *pseudonymise* the victim's pseudonym replaces their name everywhere it appears
    (``reports/pseudonymise.py``); a victim with no pseudonym is a ``ValidationError``.

    *date_from* and *date_to* (inclusive, London days) narrow the log, provisions and
    compliance sections. *recipient* and *purpose* are printed on the cover and kept for the
    audit record. *progress* is called with ``(done, PROGRESS_TOTAL)`` as the work advances;
    *cancel* is polled and, once it returns True, the build stops with ``ReportCancelled``.
    Raises ``ValidationError`` for a bad request (see :func:`check_request`).
    """
    check_request(
        profile=profile,
        date_from=date_from,
        date_to=date_to,
        recipient=recipient,
        purpose=purpose,
    )
    if pseudonymise:
        data = pseudonymised(data)
    export = export_id or new_export_id(data.at)
    stage = Stage(progress, cancel, PROGRESS_TOTAL)
    stage.reach(_GATHERED)
    view = ReportView(
        data.case,
        data.entries,
        data.at,
        profile=profile,
        date_from=date_from,
        date_to=date_to,
    )
    story = compose_story(
        data,
        view,
        recipient=recipient.strip(),
        purpose=purpose.strip(),
        export_id=export,
        stage=stage,
    )
    stage.reach(_STORY_BUILT)
    ref = data.case.reference
    footer = f"Case {ref} · chain head {data.head[:16]}… · {data.entry_count:,} entries"
    pdf = build_pdf(
        story,
        title=f"Case report {ref}",
        export_id=export,
        footer_text=footer,
        training=data.training,
        author=data.officer,
        subject=f"MSVLO case report ({PROFILE_NAMES[profile].lower()}) for {recipient.strip()}",
    )
    stage.reach(_LAID_OUT)
    pages = _page_count(pdf)
    stage.reach(PROGRESS_TOTAL)
    return ReportResult(
        pdf_bytes=pdf,
        export_id=export,
        pages=pages,
        withheld_count=view.withheld_shown_count,
        head=data.head,
        entry_count=data.entry_count,
        entries_shown=view.entries_shown_count,
        reference=ref,
        profile=profile,
        recipient=recipient.strip(),
        purpose=purpose.strip(),
        date_from=date_from,
        date_to=date_to,
        produced_at=data.at,
        training=data.training,
        pseudonymised=pseudonymise,
    )
