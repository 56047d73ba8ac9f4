"""The case report's summary: the case as it stands when the report is produced.

Not limited by the report's period: the victim, SPOC and contacts with their history, the NRM
timeline, referrals, the exit strategy and the checklists, read from the log as corrected and
without the entries a disclosure copy withholds.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from msvlo_desktop.core import values as v
from msvlo_desktop.core.closing import agreed_exit_strategy, status_entries
from msvlo_desktop.core.duties import child_on
from msvlo_desktop.core.entries import SERVICE_LABELS
from msvlo_desktop.core.rules import NRM_RECOVERY_PERIOD, RULES, RuleNotInForce
from msvlo_desktop.core.timefmt import london, uk_date, uk_datetime
from msvlo_desktop.core.wording import (
    CONTACT_METHOD_LABELS,
    EXIT_STATUS_LABELS,
    EXPLOITATION_LABELS,
    OUTCOME_LABELS,
    case_status_phrase,
    consent_words,
    country_label,
    date_text,
    enhanced_category_label,
    languages_label,
    role_label,
)
from msvlo_desktop.reports.report_duties import risk_reviews
from msvlo_desktop.reports.report_tables import kv_table, plain, table
from msvlo_desktop.reports.report_text import markup
from msvlo_desktop.reports.report_view import ReportView
from msvlo_desktop.reports.tables import Cell

if TYPE_CHECKING:
    from msvlo_desktop.reports.case_report import ReportData

__all__ = ["summary_section"]

_WITHHELD = "Withheld from this copy (sensitive: on the MG6D schedule)"
_p = plain


def _yes_no(value: object) -> str:
    if value is None:
        return "not recorded"
    return "yes" if value else "no"


def _age_rows(view: ReportView, data: ReportData) -> list[tuple[str, str]]:
    case, victim = data.case, data.case.victim
    day = london(data.at).date()
    rows: list[tuple[str, str]] = []
    if victim.date_of_birth:
        rows.append(("Date of birth", uk_date(victim.date_of_birth)))
    elif victim.claimed_age is not None:
        rows.append(
            (
                "Date of birth",
                f"Not known; claimed age {victim.claimed_age} when the case opened",
            )
        )
    else:
        rows.append(("Date of birth", "Not known"))
    age = victim.age_on(day, case.opened_on)
    if age is not None:
        rows.append(("Age", f"{age} on {uk_date(day)}"))
    if victim.age_disputed:
        child = (
            "Yes: age disputed, so treated as a child until an age assessment decides "
            "(Modern Slavery Act 2015 s.51)"
        )
    elif victim.is_child(day, case.opened_on):
        child = "Yes: under 18"
    else:
        child = "No"
    rows.append(("Child", child))
    return rows


def _rights_words(data: ReportData) -> str:
    case, victim = data.case, data.case.victim
    rights = victim.enhanced_rights
    assessed = f" (assessed {uk_date(rights.assessed_on)})" if rights.assessed_on else ""
    day = london(data.at).date()
    if rights.eligible:
        cats = "; ".join(enhanced_category_label(c) for c in rights.categories)
        return f"Yes: {cats}{assessed}"
    if victim.is_child(day, case.opened_on):
        return f"Yes: every child has enhanced rights{assessed}"
    return f"No. Reason recorded: {rights.reason_not_eligible or 'none'}{assessed}"


def _updates_words(view: ReportView, data: ReportData) -> str:
    prefs = data.case.victim.update_preferences
    method = CONTACT_METHOD_LABELS.get(prefs.method, prefs.method).lower()
    if prefs.opted_out:
        when = f" on {uk_date(prefs.opted_out_on)}" if prefs.opted_out_on else ""
        reason = f": {view.text(prefs.opt_out_reason)}" if prefs.opt_out_reason else ""
        return f"Opted out of updates{when}{reason}"
    if prefs.every_days:
        return f"Every {prefs.every_days} days, by {method}"
    return f"No regular frequency agreed; by {method}"


def _victim_section(view: ReportView, data: ReportData) -> list[Flowable]:
    case, victim = data.case, data.case.victim
    rows: list[tuple[str, str | Flowable]] = [
        ("Name", victim.name),
        ("Pseudonym", victim.pseudonym),
    ]
    rows += _age_rows(view, data)
    rows += [
        ("Nationality", country_label(victim.nationality)),
        ("Languages", languages_label(victim.languages)),
        ("Interpreter", "Required" if victim.interpreter_required else "Not required"),
    ]
    safe = victim.safe_contact
    if safe is None:
        rows.append(("Safe contact", "Not recorded"))
    elif view.disclosure:
        rows.append(("Safe contact", _WITHHELD))
    else:
        parts = [CONTACT_METHOD_LABELS.get(safe.method, safe.method)]
        if safe.phone:
            parts.append(v.phone_display(safe.phone))
        text = ": ".join(parts) + (f". {safe.notes}" if safe.notes else "")
        rows.append(("Safe contact (sensitive)", text))
    if victim.placement_address:
        if view.disclosure:
            rows.append(("Placement address", _WITHHELD))
        else:
            rows.append(("Placement address (sensitive)", victim.placement_address))
    rows += [
        ("Enhanced rights", _rights_words(data)),
        ("Updates agreed", _updates_words(view, data)),
        (
            "Exploitation",
            ", ".join(EXPLOITATION_LABELS.get(t, t) for t in case.exploitation_types)
            or "Not recorded",
        ),
        (
            "Crime reported",
            uk_datetime(case.crime_reported_at) if case.crime_reported_at else "Not recorded",
        ),
    ]
    if case.review_on:
        rows.append(("Retention review", uk_date(case.review_on)))
    return [_p("1.1 Victim", view.styles.h2), kv_table(view.styles, rows)]


def _contacts_section(view: ReportView, data: ReportData) -> list[Flowable]:
    styles = view.styles
    story: list[Flowable] = [_p("1.2 SPOC and contacts", styles.h2)]
    day = london(data.at).date()
    informed = {
        e.id: e.data.get("victim_informed") for e in view.visible if e.type == "spoc_change"
    }
    contacts = [c for c in data.contacts.contacts if c.source_entry not in view.withheld]
    spoc = next(
        (c for c in reversed(contacts) if c.role == "spoc" and c.active_on(day)),
        None,
    )
    if spoc is None:
        story.append(_p("No single point of contact (SPOC) is recorded.", styles.body))
    else:
        reach = ", ".join(
            p
            for p in (spoc.organisation, spoc.phone and v.phone_display(spoc.phone), spoc.email)
            if p
        )
        since = f", since {uk_date(spoc.from_date)}" if spoc.from_date else ""
        story.append(
            Paragraph(
                "<b>Current SPOC:</b> "
                + markup(f"{spoc.name}" + (f" ({reach})" if reach else "") + since),
                styles.body,
            )
        )
    rows: list[list[Cell]] = []
    for c in contacts:
        reach = "; ".join(p for p in (c.phone and v.phone_display(c.phone), c.email) if p)
        if c.source_entry:
            source = f"SPOC change, {view.number(c.source_entry)}; victim informed: " + _yes_no(
                informed.get(c.source_entry)
            )
        else:
            source = "Case record"
        rows.append(
            [
                role_label(c.role),
                c.name + (f"\n{c.organisation}" if c.organisation else ""),
                reach or "-",
                uk_date(c.from_date) or "-",
                uk_date(c.to_date)
                or ("current" if data.contacts.is_current(c, day) else "replaced"),
                source,
            ]
        )
    if rows:
        story.append(
            table(
                ["Role", "Name and organisation", "Phone / email", "From", "To", "Recorded in"],
                rows,
                col_weights=[2.5, 3.3, 2.3, 1.75, 1.75, 2.4],
                styles=styles,
            )
        )
    if data.contacts.unreadable:
        numbers = ", ".join(view.number(i) for i in data.contacts.unreadable)
        story.append(
            _p(
                f"SPOC changes that could not be read are left out of this history: {numbers}.",
                styles.body,
            )
        )
    return story


def _recovery_days(rg_day: date) -> int:
    try:
        return RULES.rule(NRM_RECOVERY_PERIOD, rg_day).int_param("calendar_days")
    except RuleNotInForce:
        return RULES.versions(NRM_RECOVERY_PERIOD)[0].int_param("calendar_days")


def _nrm_section(view: ReportView, data: ReportData) -> list[Flowable]:
    styles = view.styles
    story: list[Flowable] = [_p("1.3 National Referral Mechanism (NRM)", styles.h2)]
    # (London day, order of the milestone on a day, when, milestone, date, details)
    timeline: list[tuple[date, int, datetime, str, str, str]] = []

    def add(when: datetime, rank: int, what: str, day: str, details: str) -> None:
        timeline.append((london(when).date(), rank, when, what, day, details))

    obligations = {(o.kind, o.source): o for o in data.obligations}
    for e in view.visible:
        d = e.data
        when = e.occurred_at
        if e.type == "referral" and d.get("service") in ("nrm", "duty_to_notify"):
            child = child_on(data.case, data.entries, london(when).date())
            if d.get("consent") is None and child and d.get("service") == "nrm":
                details = [f"Consent: {consent_words(None, child_nrm=True).lower()}"]
            else:
                details = [f"Consent: {_yes_no(d.get('consent'))}"]
            if d.get("written_consent") is not None:
                details.append(f"written consent: {_yes_no(d.get('written_consent'))}")
            if d.get("explained_by"):
                details.append(f"NRM explained by {d['explained_by']}")
            if d.get("reference"):
                details.append(f"reference {d['reference']}")
            words = "; ".join(details) + f" ({view.number(e.id)})"
            add(when, 0, SERVICE_LABELS[str(d["service"])], uk_date(when), words)
            expected = obligations.get(("nrm_rg_expected", e.id))
            if expected is not None:
                if expected.met_at is not None:
                    state = f"decision received {uk_date(expected.met_at)}"
                elif expected.status == "overdue":
                    state = "not received: chase the competent authority"
                else:
                    state = "awaited"
                add(
                    expected.due,
                    1,
                    "Reasonable grounds decision expected by",
                    uk_date(expected.due),
                    f"5 working days after the referral (a target); {state}",
                )
        elif e.type == "nrm_decision":
            stage = str(d.get("stage"))
            outcome = OUTCOME_LABELS.get(str(d.get("outcome")), str(d.get("outcome")))
            title = {
                "reasonable_grounds": "Reasonable grounds (RG) decision",
                "conclusive_grounds": "Conclusive grounds (CG) decision",
                "reconsideration": "Reconsideration",
            }.get(stage, stage)
            words = f"{outcome} ({view.number(e.id)})"
            if d.get("requested_by"):
                words += f", requested by {d['requested_by']}"
            if d.get("details"):
                words += f". {view.text(str(d['details']))}"
            rank = {"reasonable_grounds": 2, "conclusive_grounds": 5}.get(stage, 6)
            add(when, rank, title, uk_date(when), words)
            none = obligations.get(("nrm_cg_not_before", e.id))
            if none is not None and none.status == "not_applicable":
                # From 30 January 2023: a disqualification, or a further RG after a positive
                # CG, brings no recovery period (the engine's label says which).
                add(when, 3, "Recovery period", "none", none.label)
            elif stage == "reasonable_grounds" and d.get("outcome") == "positive":
                days = _recovery_days(e.occurred_on)
                not_before = obligations.get(("nrm_cg_not_before", e.id))
                end = f"; no CG decision before {uk_date(not_before.due)}" if not_before else ""
                add(
                    when,
                    3,
                    "Recovery period",
                    f"from {uk_date(when)}",
                    f"At least {days} calendar days from the positive RG decision, and "
                    f"until the conclusive grounds decision{end}",
                )
                if not_before is not None:
                    state = (
                        "CG decision made " + uk_date(not_before.met_at)
                        if not_before.met_at
                        else "awaited"
                    )
                    if not_before.status == "met_late":
                        state += " (before the minimum: check the date)"
                    add(not_before.due, 4, "CG decision not before", uk_date(not_before.due), state)
    if not timeline:
        story.append(_p("No NRM referral or Duty to Notify is recorded.", styles.body))
        return story
    timeline.sort(key=lambda row: (row[0], row[1], row[2]))
    rows: list[list[Cell]] = [[what, day, details] for *_, what, day, details in timeline]
    story.append(
        table(["Milestone", "Date", "Details"], rows, col_weights=[3.6, 2.0, 7.4], styles=styles)
    )
    return story


def _referrals_section(view: ReportView, data: ReportData) -> list[Flowable]:
    styles = view.styles
    story: list[Flowable] = [_p("1.4 Referrals", styles.h2)]
    rows: list[list[Cell]] = []
    for e in view.visible:
        if e.type != "referral":
            continue
        d = e.data
        details = []
        if d.get("reference"):
            details.append(f"Reference {d['reference']}")
        if d.get("ictg_available") is not None:
            details.append(f"ICTG available here: {_yes_no(d['ictg_available'])}")
        if d.get("details"):
            details.append(view.text(str(d["details"])))
        rows.append(
            [
                str(e.seq),
                uk_date(e.occurred_at),
                SERVICE_LABELS.get(str(d.get("service")), str(d.get("service"))),
                consent_words(
                    d.get("consent"),
                    written=d.get("written_consent"),
                    child_nrm=d.get("service") == "nrm"
                    and child_on(data.case, data.entries, london(e.occurred_at).date()),
                ),
                "\n".join(details) or "-",
            ]
        )
    if not rows:
        story.append(_p("No referrals are recorded.", styles.body))
        return story
    story.append(
        table(
            ["No.", "Date", "Service", "Consent", "Reference and details"],
            rows,
            col_weights=[0.9, 1.8, 3.2, 1.5, 5.6],
            styles=styles,
        )
    )
    return story


def _exit_section(view: ReportView) -> list[Flowable]:
    styles = view.styles
    story: list[Flowable] = [_p("1.5 Exit strategy", styles.h2)]
    strategies = sorted(
        (e for e in view.visible if e.type == "exit_strategy"), key=lambda e: e.occurred_at
    )
    if not strategies:
        story.append(
            _p(
                "No exit strategy is recorded. Support continues until one is agreed with "
                "the lead investigator.",
                styles.body,
            )
        )
        return story
    current = strategies[-1]
    status = EXIT_STATUS_LABELS.get(
        str(current.data.get("status")), str(current.data.get("status"))
    )
    agreed = agreed_exit_strategy(view.visible)
    words = f"Current status: {status} (entry {current.seq}, {uk_date(current.occurred_at)})."
    if agreed is not None:
        words += (
            f" Agreed with {agreed.data.get('agreed_with')} "
            f"(entry {agreed.seq}, {uk_date(agreed.occurred_at)})."
        )
    else:
        words += " Not yet agreed with the lead investigator."
    if current.data.get("review_on"):
        words += f" Next review: {uk_date(date.fromisoformat(str(current.data['review_on'])))}."
    story.append(_p(words, styles.body))
    rows: list[list[Cell]] = []
    for e in strategies:
        d = e.data
        detail = []
        if d.get("criteria"):
            detail.append(f"Criteria: {view.text(str(d['criteria']))}")
        if d.get("onward_support"):
            detail.append(f"Onward support: {view.text(str(d['onward_support']))}")
        rows.append(
            [
                str(e.seq),
                uk_date(e.occurred_at),
                EXIT_STATUS_LABELS.get(str(d.get("status")), str(d.get("status"))),
                str(d.get("agreed_with") or "-"),
                uk_date(date.fromisoformat(str(d["review_on"]))) if d.get("review_on") else "-",
                "\n".join(detail) or "-",
            ]
        )
    story.append(
        table(
            ["No.", "Date", "Status", "Agreed with", "Review on", "Criteria and onward support"],
            rows,
            col_weights=[0.9, 1.8, 2.2, 2.4, 1.8, 4.9],
            styles=styles,
        )
    )
    return story


def _closing_block(view: ReportView) -> list[Flowable]:
    """When and why the case was closed or reopened (its case_closed and case_reopened
    entries), under the exit strategy."""
    styles = view.styles
    found = status_entries(view.visible)
    if not found:
        return []
    title = ParagraphStyle(
        "closing_title", parent=styles.table_header, spaceBefore=6, spaceAfter=3, keepWithNext=1
    )
    story: list[Flowable] = [
        _p("Closing and reopening", title),
        _p(view.text(case_status_phrase(found[-1])), styles.body),
    ]
    rows: list[list[Cell]] = []
    for e in found:
        d = e.data
        closing = e.type == "case_closed"
        items = [view.text(str(item)) for item in d.get("outstanding") or ()]
        rows.append(
            [
                str(e.seq),
                uk_date(e.occurred_at),
                "Closed" if closing else "Reopened",
                e.author,
                view.text(str(d.get("reason", ""))),
                date_text(str(d["retention_review_on"])) if d.get("retention_review_on") else "-",
                "\n".join(items) if items else ("None" if closing else "-"),
            ]
        )
    story.append(
        table(
            ["No.", "Date", "What", "By", "Reason", "Retention review", "Open items acknowledged"],
            rows,
            col_weights=[0.9, 1.8, 1.6, 2.2, 3.2, 1.9, 4.4],
            styles=styles,
        )
    )
    return story


_ITEM_STATUS: Final = {"done": "Done", "not_done": "NOT DONE", "not_applicable": "Not applicable"}


def _checklists_section(view: ReportView, data: ReportData) -> list[Flowable]:
    styles = view.styles
    story: list[Flowable] = [_p("1.6 Checklists", styles.h2)]
    title_style = ParagraphStyle(
        "checklist_title", parent=styles.table_header, spaceBefore=4, spaceAfter=3, keepWithNext=1
    )
    for checklist in data.checklists:
        done = sum(1 for i in checklist.items if i.done)
        open_ = len(checklist.outstanding)
        story.append(
            _p(
                f"{checklist.title}: {done} done, {open_} not done, "
                f"{len(checklist.items) - done - open_} not applicable",
                title_style,
            )
        )
        rows: list[list[Cell]] = []
        for item in checklist.items:
            if item.entry_id and item.entry_id in view.withheld:
                shown = f"{view.number(item.entry_id)}"
            else:
                parts = [f"entry {item.entry_seq}"] if item.entry_seq else []
                if item.note:
                    parts.append(view.text(item.note))
                shown = ": ".join(parts) if parts else "-"
            status = _ITEM_STATUS.get(item.status, item.status)
            if item.optional and item.status != "done":
                status += " (if needed)"
            status_cell: Cell = (
                Paragraph(f"<b>{status}</b>", styles.table_cell)
                if item.status == "not_done"
                else status
            )
            rows.append([item.label, status_cell, shown])
        story.append(
            table(["Item", "Status", "Shown by"], rows, col_weights=[5.0, 1.9, 6.1], styles=styles)
        )
        story.append(Spacer(0, 2 * mm))
    return story


def summary_section(view: ReportView, data: ReportData) -> list[Flowable]:
    styles = view.styles
    story: list[Flowable] = [
        _p(f"1 Summary (as at {uk_datetime(data.at)})", styles.h1),
        _p(
            "The case as it stands when this report was produced, read from the log as "
            "corrected. This section is not limited to the period of the report.",
            styles.body,
        ),
    ]
    story += _victim_section(view, data)
    story += _contacts_section(view, data)
    story += _nrm_section(view, data)
    story += _referrals_section(view, data)
    story += _exit_section(view)
    story += _closing_block(view)
    story += risk_reviews(view)
    story += _checklists_section(view, data)
    return story
