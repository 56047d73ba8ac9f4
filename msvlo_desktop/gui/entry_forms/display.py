"""How a log entry reads in the window: labels for stored codes, values, details HTML.

The labels and values are ``core.wording``'s, the same the PDF report and the command line
use, passed through the window's translation. The entry forms fill their lists from these
labels, and the log view's details pane and the correction form's "as recorded" pane render
entries with :func:`entry_html`, so an entry looks the same wherever it is shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from msvlo_desktop.core import values as v
from msvlo_desktop.core import wording
from msvlo_desktop.core.entries import FIELDS, LATE_ENTRY_AFTER, Entry
from msvlo_desktop.core.timefmt import uk_datetime

Lookup = Callable[[str], Entry | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("EntryForms", text)


def choice_label(field_name: str, code: str) -> str:
    return wording.choice_label(field_name, code, tr)


def type_label(entry_type: str) -> str:
    return wording.type_label(entry_type, tr)


def field_label(entry_type: str, name: str) -> str:
    return wording.field_label(entry_type, name, tr)


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


def value_text(name: str, value: Any, lookup: Lookup | None = None) -> str:
    """A stored field value as the window shows it: ``core.wording.format_value``, with
    entries named as the window names them."""
    return wording.format_value(name, value, lambda i: entry_reference(i, lookup), tr)


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
                value_text(spec.name, data.get(spec.name), lookup),
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
            for key, label, text in field_values(
                entry.type, entry.data, entry.occurred_at, entry.sensitive, lookup
            )
            # The reason for an unusual order is shown only by the entries that have one.
            if text or key != "sequence_reason"
        ]
        parts.append(_table(rows + _meta_rows(entry)))
        return "".join(parts)
    parts.append(_table(_meta_rows(entry)))
    return "".join(parts)
