"""The case report's cover and Victims' Code compliance sections.

The cover says what the document is and how to check it: the case, the victim, the period,
who it was produced for and why, the export identifier and the full chain head. The
compliance section lists every obligation with its due time, when it was met and whether on
time. (The summary is in ``report_summary``, the log and provisions in ``report_log``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from msvlo_desktop.core.bundle import UNVERIFIED_MARK
from msvlo_desktop.core.obligations import Obligation
from msvlo_desktop.core.timefmt import london, uk_date, uk_datetime
from msvlo_desktop.core.wording_obligations import compliance_phrase, since_phrase
from msvlo_desktop.reports.report_tables import kv_table, notice, plain, table
from msvlo_desktop.reports.report_text import (
    markup,
    plural,
)
from msvlo_desktop.reports.report_view import ReportView
from msvlo_desktop.reports.tables import Cell

if TYPE_CHECKING:
    from msvlo_desktop.reports.case_report import ReportData

__all__ = ["compliance_section", "cover_section"]

_PROFILE_WORDS: Final = {
    "full": "Full: the whole record, including entries marked sensitive and the victim's "
    "contact details. Not for disclosure as it stands.",
    "disclosure": "Disclosure: entries marked sensitive and the victim's safe contact "
    "number and placement address are withheld; withheld entries are listed on the "
    "sensitive unused material schedule (MG6D).",
}

# ----------------------------------------------------------------------------- helpers
_p = plain


def _lead_investigator(data: ReportData) -> str:
    day = london(data.at).date()
    current = data.contacts.current_in_role("lead_investigator", day)
    if current is None:
        return "Not recorded"
    return ", ".join(p for p in (current.name, current.organisation or "") if p)


# ----------------------------------------------------------------------------- cover
def cover_section(
    view: ReportView, data: ReportData, *, recipient: str, purpose: str, export_id: str
) -> list[Flowable]:
    styles = view.styles
    case = data.case
    victim = case.victim
    story: list[Flowable] = [
        _p("Case report", styles.title),
        _p(f"{case.reference} · {victim.pseudonym}", styles.h1),
    ]
    if data.training:
        story.append(
            notice(
                view.styles,
                "<b>TRAINING</b>: this report comes from a training vault. Every person and "
                "event in it is fictional.",
            )
        )
        story.append(Spacer(0, 4 * mm))
    if data.imported_unverified:
        story.append(notice(view.styles, f"<b>{markup(UNVERIFIED_MARK)}</b>"))
        story.append(Spacer(0, 4 * mm))
    period = view.period_words()
    if view.has_range:
        period = (
            f"{period[0].upper()}{period[1:]}. The log, the provisions schedule and the "
            "compliance section cover this period only; the summary shows the whole case "
            "as it stands."
        )
    else:
        days = [e.occurred_at for e in data.entries]
        if days:
            period = f"The whole case: {uk_date(min(days))} to {uk_date(max(days))}."
        else:
            period = "The whole case (no entries yet)."
    log_words = f"{plural(data.entry_count, 'entry', 'entries')} in the case's log"
    if view.has_range:
        log_words += f"; {plural(len(view.in_period), 'entry', 'entries')} in the period"
    if view.disclosure:
        log_words += (
            f"; {plural(view.withheld_shown_count, 'entry', 'entries')} withheld from this copy"
        )
    status = f"Opened {uk_date(case.opened_on)}"
    if case.status == "closed":
        status += f", closed {uk_date(case.closed_on)}" if case.closed_on else ", closed"
    else:
        status += ", open"
    head_cell = Paragraph(markup(data.head, styles.mono.fontName), styles.mono)
    check = (
        f"Run msvlo verify VAULT --head {case.reference} followed by the chain head above: it "
        "says whether the head is in the case's chain in that vault, and at which entry. "
        f"This report covers entries 1 to {data.entry_count:,}."
    )
    rows: list[tuple[str, str | Flowable]] = [
        ("Case reference", case.reference),
        ("Crime reference", case.crime_reference or "Not recorded"),
        ("Victim", victim.name),
        ("Pseudonym", victim.pseudonym),
        ("Case", status),
        ("Officer (MSVLO)", data.officer or "Not recorded"),
        ("Lead investigator", _lead_investigator(data)),
        ("Period covered", period),
        ("Produced", f"{uk_datetime(data.at)} (UK time)"),
        ("Profile", _PROFILE_WORDS[view.profile]),
        ("Produced for", recipient),
        ("Purpose", purpose),
        ("Export identifier", export_id),
        ("Log", log_words),
        ("Chain head", head_cell),
        ("Checking this report", check),
    ]
    story.append(kv_table(view.styles, rows))
    story.append(Spacer(0, 5 * mm))
    story.append(_p("Contents", styles.h2))
    for line in (
        "1 Summary: the victim, SPOC and contacts, NRM timeline, referrals, exit strategy, "
        "checklists",
        "2 Chronological log: every entry in full, in the order recorded",
        "3 Provisions schedule: what was provided, need, justification, authority, totals",
        "4 Victims' Code compliance: each obligation, when due, when met, on time or late",
    ):
        story.append(_p(line, styles.body))
    story.append(Spacer(0, 4 * mm))
    handling = (
        "<b>Handling:</b> OFFICIAL-SENSITIVE. This report contains personal data of a victim "
        "of modern slavery. Keep it only as long as the purpose above needs it and pass it to "
        "nobody else without the agreement of the officer in the case."
    )
    if view.disclosure:
        handling += " <b>Disclosure copy:</b> " + markup(
            f"{plural(view.withheld_shown_count, 'entry', 'entries')} withheld; the "
            "sensitive unused material schedule (MG6D) lists them."
        )
    story.append(notice(view.styles, handling))
    return story


# ----------------------------------------------------------------------------- summary
# ----------------------------------------------------------------------------- compliance
def _status_cell(view: ReportView, words: str) -> Cell:
    """Late and outstanding obligations in bold, so they stand out in a long table."""
    if words.startswith(("LATE", "OUTSTANDING")):
        return Paragraph(
            f"<b>{markup(words, view.styles.table_cell.fontName)}</b>", view.styles.table_cell
        )
    return words


def _started_by(view: ReportView, o: Obligation) -> str:
    source = "" if o.source == "case" else f" ({view.number(o.source)})"
    return since_phrase(o) + source


def compliance_section(view: ReportView, data: ReportData) -> list[Flowable]:
    styles = view.styles
    story: list[Flowable] = [_p("4 Victims' Code compliance", styles.h1)]
    intro = (
        "Each obligation the Victims' Code and the NRM timescales place on the case, "
        f"evaluated at {uk_datetime(data.at)}: what started it, when it was due (UK time), "
        "when and by which entry it was met, and whether on time."
    )
    if view.has_range:
        intro += f" Obligations due in the period ({view.period_words()}) only."
    story.append(_p(intro, styles.body))
    shown = [o for o in data.obligations if view.day_in_range(london(o.due).date())]
    shown.sort(key=lambda o: (o.due, o.kind, o.source))
    if not shown:
        story.append(_p("No obligations fall due in this period.", styles.body))
        return story
    on_time = sum(1 for o in shown if o.status == "met_on_time")
    late = sum(1 for o in shown if o.status == "met_late")
    overdue = sum(1 for o in shown if o.status == "overdue")
    due = sum(1 for o in shown if o.status == "due")
    n_a = sum(1 for o in shown if o.status == "not_applicable")
    story.append(
        _p(
            f"{plural(len(shown), 'obligation')}: {on_time} met on time, {late} met late, "
            f"{overdue} outstanding and overdue, {due} outstanding or awaited and not yet "
            f"due, {n_a} not applicable.",
            styles.body,
        )
    )
    rows: list[list[Cell]] = []
    for o in shown:
        due_words = f"Not before {uk_date(o.due)}" if o.is_milestone else uk_datetime(o.due)
        met = "-"
        if o.met_at is not None:
            met = f"{uk_datetime(o.met_at)}\n{view.number(o.met_by)}"
        notes = []
        if o.late_reason:
            if o.met_by in view.withheld:
                notes.append("Late reason: withheld with the update (MG6D)")
            else:
                notes.append(f"Late reason: {view.text(o.late_reason)}")
        notes += [view.text(w) for w in o.warnings]
        rows.append(
            [
                view.text(o.label),
                _started_by(view, o),
                due_words,
                met,
                _status_cell(view, compliance_phrase(o, data.at)),
                "\n".join(notes) or "-",
            ]
        )
    story.append(
        table(
            ["Obligation", "Started by", "Due", "Met", "Status", "Late reason and notes"],
            rows,
            col_weights=[3.2, 2.5, 1.7, 1.9, 2.5, 2.7],
            styles=styles,
        )
    )
    return story
