"""How a log entry reads for people: labels for stored codes, formatted values, details HTML.

The entry forms fill their lists from these labels, and the log view's details pane and the
correction form's "as recorded" pane render entries with :func:`entry_html`, so an entry
looks the same wherever it is shown. Values come from ``core`` already normalised; this
module only presents them (UK dates and times, pounds, national phone numbers).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from msvlo_desktop.core import values as v
from msvlo_desktop.core.entries import (
    ACTIONS,
    FIELDS,
    LATE_ENTRY_AFTER,
    RIGHT6_EVENTS,
    SERVICE_LABELS,
    TYPE_LABELS,
    Entry,
)
from msvlo_desktop.core.timefmt import uk_date, uk_datetime

Lookup = Callable[[str], Entry | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("EntryForms", text)


_MODE_LABELS = {
    "face_to_face": "Face to face",
    "phone": "Phone call",
    "video": "Video call",
    "text": "Text message",
    "email": "Email",
    "third_party": "Through a third party",
    "letter": "Letter",
}
_CATEGORY_LABELS = {
    "food": "Food",
    "drink": "Drink",
    "clothing": "Clothing",
    "toiletries": "Toiletries",
    "accommodation": "Accommodation",
    "transport": "Transport",
    "phone": "Phone or phone credit",
    "cash": "Cash",
    "medical": "Medical",
    "other": "Other",
}
_STAGE_LABELS = {
    "reasonable_grounds": "Reasonable grounds (RG)",
    "conclusive_grounds": "Conclusive grounds (CG)",
    "reconsideration": "Reconsideration",
}
_OUTCOME_LABELS = {
    "positive": "Positive",
    "negative": "Negative",
    "trafficking": "Victim of trafficking",
    "slavery_servitude_forced_labour": "Victim of slavery, servitude or forced labour",
    "not_recognised": "Not recognised as a victim",
    "requested": "Reconsideration requested",
    "upheld": "Decision upheld",
    "overturned": "Decision overturned",
}
_STATUS_LABELS = {
    "not_started": "Not started",
    "drafted": "Drafted",
    "agreed": "Agreed with the lead investigator",
    "in_progress": "In progress",
    "completed": "Completed",
    "revised": "Revised",
}
# Field name -> {stored code -> label}. Field names are unique enough across the entry types
# that one table serves every form ("mode" and "method" share their wording on purpose).
CHOICE_LABELS: Mapping[str, Mapping[str, str]] = {
    "mode": _MODE_LABELS,
    "method": _MODE_LABELS,
    "category": _CATEGORY_LABELS,
    "event": RIGHT6_EVENTS,
    "service": SERVICE_LABELS,
    "stage": _STAGE_LABELS,
    "outcome": _OUTCOME_LABELS,
    "status": _STATUS_LABELS,
    "actions": ACTIONS,
}
_MONEY_FIELDS = {"value_gbp"}
_DATE_FIELDS = {"next_contact_on", "review_on"}


def choice_label(field_name: str, code: str) -> str:
    labels = CHOICE_LABELS.get(field_name, {})
    return tr(labels.get(code, code.replace("_", " ").capitalize()))


def type_label(entry_type: str) -> str:
    return tr(TYPE_LABELS.get(entry_type, entry_type))


def field_label(entry_type: str, name: str) -> str:
    for spec in FIELDS.get(entry_type, ()):
        if spec.name == name:
            return tr(spec.label)
    common = {
        "occurred_at": "Occurred at",
        "author": "Author",
        "sensitive": "Sensitive",
        "recorded_at": "Recorded at",
        "type": "Type",
    }
    return tr(common.get(name, name.replace("_", " ").capitalize()))


def money_text(raw: Any) -> str:
    try:
        return v.gbp(Decimal(str(raw)))
    except (InvalidOperation, ValueError):
        return str(raw)


def format_value(entry_type: str, name: str, value: Any, lookup: Lookup | None = None) -> str:
    """A stored field value as plain text for people ("" when not recorded)."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if name in _MONEY_FIELDS:
        return money_text(value)
    if name in _DATE_FIELDS and isinstance(value, str):
        try:
            return uk_date(v.parse_date(value, name))
        except ValueError:
            return value
    if name == "actions" and isinstance(value, list):
        return "; ".join(choice_label("actions", str(a)) for a in value)
    if name in CHOICE_LABELS and isinstance(value, str):
        return choice_label(name, value)
    if name == "interpreter" and isinstance(value, Mapping):
        return f"{value.get('name', '')} ({value.get('language', '')})"
    if name == "contact" and isinstance(value, Mapping):
        parts = [str(value.get("name", ""))]
        if value.get("organisation"):
            parts.append(str(value["organisation"]))
        if value.get("phone"):
            parts.append(v.phone_display(str(value["phone"])))
        if value.get("email"):
            parts.append(str(value["email"]))
        return ", ".join(parts)
    if name in ("satisfies", "corrects"):
        ids = value if isinstance(value, list) else [value]
        return "; ".join(entry_reference(str(i), lookup) for i in ids)
    return str(value)


def entry_reference(entry_id: str, lookup: Lookup | None) -> str:
    """ "#12 Suspect arrested (18/11/2026 09:00)" for an entry named by id."""
    found = lookup(entry_id) if lookup else None
    if found is None:
        return tr("entry {id}").format(id=entry_id)
    what = (
        choice_label("event", found.data["event"])
        if found.type == "investigation_event"
        else type_label(found.type)
    )
    return f"#{found.seq} {what} ({uk_datetime(found.occurred_at)})"


def late_explanation(entry: Entry) -> str:
    """Why an entry is marked late, or "" when it is not."""
    if not entry.is_late:
        return ""
    gap = entry.recorded_at - entry.occurred_at
    days, hours = gap.days, gap.seconds // 3600
    parts = []
    if days:
        parts.append(tr("1 day") if days == 1 else tr("{n} days").format(n=days))
    if hours or not days:
        parts.append(tr("1 hour") if hours == 1 else tr("{n} hours").format(n=hours))
    limit = int(LATE_ENTRY_AFTER.total_seconds() // 3600)
    return tr(
        "Late entry: recorded {span} after it happened (more than {limit} hours later), so "
        "it was not written at the time."
    ).format(span=" ".join(parts), limit=limit)


def field_values(
    entry_type: str,
    data: Mapping[str, Any],
    occurred: datetime,
    sensitive: bool,
    lookup: Lookup | None,
) -> list[tuple[str, str, str]]:
    """(key, label, text) for every field a version of an entry has, in form order."""
    rows = [("occurred_at", tr("Occurred at"), uk_datetime(occurred))]
    for spec in FIELDS[entry_type]:
        rows.append(
            (
                spec.name,
                tr(spec.label),
                format_value(entry_type, spec.name, data.get(spec.name), lookup),
            )
        )
    rows.append(("sensitive", tr("Sensitive"), tr("Yes (MG6D)") if sensitive else tr("No")))
    return rows


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _cell(text: str) -> str:
    return _esc(text) if text else f"<i>{_esc(tr('not recorded'))}</i>"


def _meta_rows(entry: Entry) -> list[tuple[str, str]]:
    rows = [
        (tr("Recorded at"), uk_datetime(entry.recorded_at)),
        (tr("Author"), entry.author),
        (
            tr("Hash"),
            tr("{prefix}… (entry {seq} of the chain)").format(prefix=entry.hash[:16], seq=entry.seq)
            if entry.hash
            else "",
        ),
    ]
    return rows


def _table(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td style='padding-right:12px; color:#44505e' valign='top'>{_esc(label)}</td>"
        f"<td valign='top'>{_cell(text)}</td></tr>"
        for label, text in rows
    )
    return f"<table cellspacing='0' cellpadding='2'>{body}</table>"


def _comparison(
    before: Entry,
    after: Mapping[str, Any],
    lookup: Lookup | None,
    before_title: str,
    after_title: str,
) -> str:
    """Field by field: the earlier value (struck through where it changed) beside the later."""
    old = field_values(before.type, before.data, before.occurred_at, before.sensitive, lookup)
    after_data = {
        k: val for k, val in after.items() if k not in ("type", "occurred_at", "sensitive")
    }
    occurred = v.parse_datetime(after.get("occurred_at", v.iso(before.occurred_at)), "Occurred")
    new = field_values(
        before.type, after_data, occurred, bool(after.get("sensitive", before.sensitive)), lookup
    )
    head = (
        "<tr>"
        f"<th align='left' style='padding-right:12px'>{_esc(tr('Field'))}</th>"
        f"<th align='left' style='padding-right:12px'>{_esc(before_title)}</th>"
        f"<th align='left'>{_esc(after_title)}</th></tr>"
    )
    body = []
    for (_, label, was), (_, _, now) in zip(old, new, strict=True):
        if was == now:
            body.append(
                f"<tr><td style='padding-right:12px; color:#44505e' valign='top'>{_esc(label)}"
                f"</td><td style='padding-right:12px' valign='top'>{_cell(was)}</td>"
                f"<td valign='top' style='color:#44505e'>{_esc(tr('unchanged'))}</td></tr>"
            )
        else:
            struck = f"<s>{_esc(was)}</s>" if was else f"<i>{_esc(tr('not recorded'))}</i>"
            body.append(
                f"<tr><td style='padding-right:12px; color:#44505e' valign='top'><b>"
                f"{_esc(label)}</b></td><td style='padding-right:12px' valign='top'>{struck}</td>"
                f"<td valign='top'><b>{_cell(now)}</b></td></tr>"
            )
    return f"<table cellspacing='0' cellpadding='2'>{head}{''.join(body)}</table>"


def entry_html(
    entry: Entry,
    *,
    corrections: Sequence[Entry] = (),
    corrected: Entry | None = None,
    lookup: Lookup | None = None,
) -> str:
    """The details of one entry as recorded, for a QTextBrowser.

    ``corrections`` are the later entries correcting it (oldest first): the entry is then
    shown struck through beside its latest correction, with every reason. For a correction,
    ``corrected`` is the entry it corrects (as first recorded).
    """
    title = f"#{entry.seq} {type_label(entry.type)}" if entry.seq else type_label(entry.type)
    parts = [f"<h3 style='margin-bottom:4px'>{_esc(title)}</h3>"]
    flags = []
    if entry.sensitive:
        flags.append(tr("Sensitive: on the sensitive unused-material schedule (MG6D)."))
    late = late_explanation(entry)
    if late:
        flags.append(late)
    if corrections:
        flags.append(
            tr(
                "Corrected: what follows is the entry as recorded, struck through "
                "where the correction changed it."
            )
        )
    for flag in flags:
        parts.append(f"<p style='margin:2px 0'><b>{_esc(flag)}</b></p>")

    if entry.type == "correction":
        target = corrected
        if target is not None:
            ref = entry_reference(target.id, lookup)
            parts.append(f"<p>{_esc(tr('Correction of {ref}.').format(ref=ref))}</p>")
        parts.append(
            f"<p><b>{_esc(tr('Reason for the correction'))}:</b> {_esc(entry.data['reason'])}</p>"
        )
        if target is not None:
            parts.append(
                _comparison(
                    target,
                    entry.data["replacement"],
                    lookup,
                    tr("As first recorded"),
                    tr("As corrected by this entry"),
                )
            )
        parts.append(_table(_meta_rows(entry)))
        return "".join(parts)

    if corrections:
        latest = corrections[-1]
        parts.append(
            _comparison(
                entry,
                latest.data["replacement"],
                lookup,
                tr("As recorded"),
                tr("Corrected to (#{seq})").format(seq=latest.seq),
            )
        )
        line = tr("#{seq} on {when} by {who}: {reason}")
        items = "".join(
            "<li>"
            + _esc(
                line.format(
                    seq=c.seq,
                    when=uk_datetime(c.recorded_at),
                    who=c.author,
                    reason=c.data["reason"],
                )
            )
            + "</li>"
            for c in corrections
        )
        parts.append(
            f"<p style='margin-bottom:0'><b>{_esc(tr('Corrections'))}:</b></p>"
            f"<ul style='margin-top:0'>{items}</ul>"
        )
    else:
        rows = [
            (label, text)
            for _, label, text in field_values(
                entry.type, entry.data, entry.occurred_at, entry.sensitive, lookup
            )
        ]
        parts.append(_table(rows + _meta_rows(entry)))
        return "".join(parts)
    parts.append(_table(_meta_rows(entry)))
    return "".join(parts)
