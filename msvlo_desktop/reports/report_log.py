"""The case report's chronological log and provisions schedule.

Each log entry is one paragraph: a bold heading line (number, type, when it occurred and was
recorded, who recorded it), any marks (LATE ENTRY, SENSITIVE), then every recorded field as
"Label: value", indented under the heading. One paragraph per entry rather than a table per
entry keeps a 10,000-entry log fast; the paragraph refuses to leave its heading alone at the
foot of a page and draws a hairline above itself to separate entries.

A corrected original keeps its place with its fields struck through and a note naming the
correction; the correction shows its reason and each changed field as old (struck) -> new.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from msvlo_desktop.core import values as v
from msvlo_desktop.core.entries import FIELDS, LATE_ENTRY_AFTER, Entry
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.core.wording import CATEGORY_LABELS, format_value, money_text, type_label, yes_no
from msvlo_desktop.reports.fonts import SANS_BOLD, SANS_ITALIC
from msvlo_desktop.reports.page import CONTENT_HEIGHT
from msvlo_desktop.reports.report_tables import table
from msvlo_desktop.reports.report_text import field_rows, late_words, markup, plural
from msvlo_desktop.reports.report_view import ReportView, Span

__all__ = ["STRUCK_COLOUR", "log_section", "provisions_section"]

STRUCK_COLOUR = "#595959"
_META_COLOUR = "#333333"
# Fewest lines of an entry allowed at the foot of a page: the heading and a field at least.
_MIN_HEAD_LINES = 3
_CHECKPOINT_EVERY = 100
_BUILD_REPORT_EVERY = 250


class EntryParagraph(Paragraph):  # type: ignore[misc]
    """An entry of the log: never split leaving only its heading, ruled off above."""

    rule = True

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts: list[Any] = super().split(avail_width, avail_height)
        if len(parts) == 2:
            head = parts[0].blPara.lines
            # Not on a nearly empty page, though: there the entry could never fit better.
            if len(head) < _MIN_HEAD_LINES and avail_height < CONTENT_HEIGHT * 0.8:
                return []
            parts[1].rule = False
        return parts

    def draw(self) -> None:
        if self.rule:
            canv = self.canv
            canv.saveState()
            canv.setStrokeGray(0.7)
            canv.setLineWidth(0.5)
            y = self.height + 3.5
            canv.line(0, y, self.width, y)
            canv.restoreState()
        super().draw()
        # Drawn once and never needed again, but the caller's story list keeps the paragraph
        # alive until the whole report is laid out. Dropping its words and lines now keeps a
        # 10,000-entry build from carrying every entry's layout to the end, which the garbage
        # collector would otherwise walk again and again.
        self.frags: list[Any] = []
        self.__dict__.pop("blPara", None)


@dataclass(frozen=True)
class _Version:
    """One version of an entry: the original, or what a correction made it."""

    type: str
    occurred_at: datetime
    sensitive: bool
    data: Mapping[str, Any]


def _version_of(entry: Entry) -> _Version:
    return _Version(entry.type, entry.occurred_at, entry.sensitive, entry.data)


def _replacement_version(correction: Entry, previous: _Version) -> _Version:
    rep = dict(correction.data.get("replacement") or {})
    rtype = str(rep.pop("type", previous.type))
    occurred_raw = rep.pop("occurred_at", None)
    occurred = (
        v.parse_datetime(occurred_raw, "Occurred at") if occurred_raw else previous.occurred_at
    )
    sensitive = bool(rep.pop("sensitive", previous.sensitive))
    return _Version(rtype, occurred, sensitive, rep)


class _LogStyles:
    def __init__(self, view: ReportView) -> None:
        body = view.styles.body
        self.entry = ParagraphStyle(
            "log_entry",
            parent=body,
            leftIndent=5 * mm,
            firstLineIndent=-5 * mm,
            spaceBefore=8,
            spaceAfter=0,
            allowOrphans=0,
        )
        self.withheld = ParagraphStyle(
            "log_withheld", parent=self.entry, fontName=SANS_ITALIC, textColor=_META_COLOUR
        )


def _struck(text: str) -> str:
    return f'<font color="{STRUCK_COLOUR}"><strike>{text}</strike></font>'


def _label(text: str) -> str:
    return f"<b>{markup(text, SANS_BOLD)}:</b>"


class _LogWriter:
    """Turns entries into paragraphs, remembering each entry's versions as it goes."""

    def __init__(self, view: ReportView) -> None:
        self.view = view
        self.styles = _LogStyles(view)
        self.versions: dict[str, _Version] = {}

    def heading(self, e: Entry) -> str:
        view = self.view
        what = type_label(e.type)
        line = (
            f"<b>{e.seq} · {markup(what, SANS_BOLD)} · {uk_datetime(e.occurred_at)}</b><br/>"
            f'<font size="8">Recorded {uk_datetime(e.recorded_at)} '
            f"by {markup(view.text(e.author))}</font>"
        )
        marks = []
        if e.recorded_at - e.occurred_at > LATE_ENTRY_AFTER:
            marks.append(f"<b>{late_words(e.occurred_at, e.recorded_at)}</b>")
        if e.sensitive:
            marks.append("<b>SENSITIVE</b> (sensitive schedule, MG6D)")
        if marks:
            line += "<br/>" + " · ".join(marks)
        return line

    def fields(self, entry_type: str, data: Mapping[str, Any]) -> list[tuple[str, str, str]]:
        return field_rows(entry_type, data, self.view.entry_words)

    def entry(self, e: Entry) -> Paragraph:
        view = self.view
        lines = [self.heading(e)]
        if e.type == "correction":
            lines += self.correction_lines(e)
        else:
            self.versions[e.id] = _version_of(e)
            corrections = view.corrections.get(e.id, [])
            for _name, label, text in self.fields(e.type, e.data):
                line = f"{_label(label)} {markup(view.text(text))}"
                lines.append(_struck(line) if corrections else line)
            if corrections:
                lines.append(self.corrected_note(corrections))
        return EntryParagraph("<br/>".join(lines), self.styles.entry)

    def corrected_note(self, corrections: list[Entry]) -> str:
        view = self.view
        numbers = [str(c.seq) for c in corrections]
        latest = corrections[-1]
        who = (
            f"entry {numbers[0]}"
            if len(numbers) == 1
            else "entries " + ", ".join(numbers[:-1]) + f" and {numbers[-1]}"
        )
        reason = markup(view.text(str(latest.data.get("reason", ""))))
        return (
            f"<b>CORRECTED</b> by {who} on {uk_date(latest.occurred_at)}: {reason} "
            "The text struck through is the original record; the record now reads as "
            f"entry {numbers[-1]} gives it."
        )

    def correction_lines(self, e: Entry) -> list[str]:
        view = self.view
        root_id = view.root_of.get(e.id, e.id)
        root = view.by_id.get(root_id)
        target = str(e.data.get("corrects", ""))
        lines = [f"{_label('Corrects')} {markup(view.entry_words(target))}"]
        reason = markup(view.text(str(e.data.get("reason", ""))))
        lines.append(f"{_label('Reason for the correction')} {reason}")
        if root is None or root.type == "correction":
            return lines
        previous = self.versions.get(root_id, _version_of(root))
        current = _replacement_version(e, previous)
        self.versions[root_id] = current
        changes = self.changes(previous, current)
        if changes:
            lines.append("<b>Changes</b> (as recorded before → as corrected):")
            lines += changes
        else:
            lines.append("No field was changed: the correction restates the entry.")
        later = [c for c in view.corrections.get(root_id, []) if c.seq > e.seq]
        if later:
            lines.append(f"Superseded by entry {later[-1].seq}.")
        return lines

    def changes(self, old: _Version, new: _Version) -> list[str]:
        view = self.view
        out = []
        if old.occurred_at != new.occurred_at:
            out.append(
                f"{_label('Occurred at')} {_struck(uk_datetime(old.occurred_at))}"
                f" → {uk_datetime(new.occurred_at)}"
            )
        for spec in FIELDS.get(new.type, ()):
            before = format_value(spec.name, old.data.get(spec.name), view.entry_words)
            after = format_value(spec.name, new.data.get(spec.name), view.entry_words)
            if before == after:
                continue
            shown_before = _struck(markup(view.text(before))) if before else "(not recorded)"
            shown_after = markup(view.text(after)) if after else "(removed)"
            out.append(f"{_label(spec.label)} {shown_before} → {shown_after}")
        if old.sensitive != new.sensitive:
            out.append(
                f"{_label('Sensitive')} {_struck(yes_no(old.sensitive))} → {yes_no(new.sensitive)}"
            )
        return out

    def withheld(self, first: Entry, last: Entry) -> Paragraph:
        which = (
            f"Entry {first.seq}" if first.seq == last.seq else f"Entries {first.seq} to {last.seq}"
        )
        text = (
            f"{which}: withheld from this copy. Marked sensitive, listed on the sensitive "
            "unused material schedule (MG6D)."
        )
        return EntryParagraph(markup(text), self.styles.withheld)


def log_section(view: ReportView, span: Span) -> list[Flowable]:
    """The chronological log: every entry of the period in the order it was recorded."""
    styles = view.styles
    limit_hours = int(LATE_ENTRY_AFTER.total_seconds() // 3600)
    story: list[Flowable] = [Paragraph("2 Chronological log", styles.h1)]
    intro = (
        "Every entry in the order it was recorded, numbered as in the case's hash chain. "
        "Each entry's heading gives its number, its type and when it occurred; the line "
        "below it says when it was recorded and by whom. Times are UK time "
        "(Europe/London). LATE ENTRY marks an entry recorded more than "
        f"{limit_hours} hours after what it records. Text struck through is an original record "
        "that a later correction replaced: the correction names it, gives the reason and "
        "shows each change."
    )
    story.append(Paragraph(markup(intro), styles.body))
    total = len(view.entries)
    shown = view.in_period
    if view.has_range:
        story.append(
            Paragraph(
                markup(
                    f"Period: {view.period_words()}. "
                    f"{plural(len(shown), 'entry', 'entries')} of {total:,} occurred in it."
                ),
                styles.body,
            )
        )
    if view.disclosure:
        withheld = view.withheld_shown_count
        story.append(
            Paragraph(
                "<b>Disclosure copy:</b> "
                + markup(
                    f"{plural(withheld, 'entry', 'entries')} "
                    f"{'is' if withheld == 1 else 'are'} withheld from this copy because "
                    f"{'it is' if withheld == 1 else 'they are'} marked sensitive; "
                    f"{'it is' if withheld == 1 else 'they are'} listed on the sensitive "
                    "unused material schedule (MG6D). The victim's safe contact number and "
                    "placement address are withheld wherever they appear."
                ),
                styles.body,
            )
        )
    if not shown:
        story.append(Paragraph(markup("No entries occurred in this period."), styles.body))
        return story
    writer = _LogWriter(view)
    # Versions of entries before the period still matter to a correction inside it.
    first_seq = shown[0].seq
    for e in view.entries:
        if e.seq >= first_seq:
            break
        if e.type != "correction":
            writer.versions[e.id] = _version_of(e)
        else:
            root = view.root_of.get(e.id, e.id)
            base = view.by_id.get(root)
            if base is not None and base.type != "correction":
                previous = writer.versions.get(root, _version_of(base))
                writer.versions[root] = _replacement_version(e, previous)
    count = len(shown)
    run: list[Entry] = []
    for i, e in enumerate(shown):
        if i % _BUILD_REPORT_EVERY == 0:
            span.building(i, count)
        if i % _CHECKPOINT_EVERY == 0:
            story.append(span.checkpoint(i, count))
        if e.id in view.withheld:
            run.append(e)
            continue
        if run:
            story.append(writer.withheld(run[0], run[-1]))
            run = []
        story.append(writer.entry(e))
    if run:
        story.append(writer.withheld(run[0], run[-1]))
    story.append(span.checkpoint(count, count))
    return story


# ----------------------------------------------------------------------------- provisions
def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def provisions_section(view: ReportView) -> list[Flowable]:
    """Every provision (as corrected) with its need, justification, authority and value,
    then totals by category and overall, to the penny."""
    styles = view.styles
    cell = styles.table_cell
    right = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    story: list[Flowable] = [Paragraph("3 Provisions schedule", styles.h1)]
    intro = (
        "Everything provided to the victim, as the log now reads (corrections applied), with "
        "the need it answered, why it was proportionate and necessary, and who authorised it. "
        "Values are in pounds sterling."
    )
    if view.has_range:
        intro += f" Period: {view.period_words()}."
    story.append(Paragraph(markup(intro), styles.body))

    provisions = [
        e for e in view.effective if e.type == "provision" and view.in_range(e.occurred_at)
    ]
    shown = [e for e in provisions if e.id not in view.withheld]
    withheld = [e for e in provisions if e.id in view.withheld]
    rows: list[list[Any]] = []
    # Category -> (provisions, quantity, value): a provision's value is for all its items.
    totals: dict[str, tuple[int, int, Decimal]] = {}
    for e in shown:
        d = e.data
        value = e.value_gbp
        count, items, sum_ = totals.get(str(d["category"]), (0, 0, Decimal("0")))
        totals[str(d["category"])] = (count + 1, items + _quantity(e), sum_ + value)
        what = [
            f"<b>{markup(CATEGORY_LABELS.get(str(d['category']), str(d['category'])))}</b>",
            markup(view.text(f"{d['description']} × {d['quantity']}")),
        ]
        if d.get("supplier"):
            what.append(f"Supplier: {markup(view.text(str(d['supplier'])))}")
        if d.get("receipt_ref"):
            what.append(f"Receipt: {markup(view.text(str(d['receipt_ref'])))}")
        need = (
            f"<b>Need:</b> {markup(view.text(str(d['need'])))}<br/>"
            f"<b>Justification:</b> {markup(view.text(str(d['justification'])))}"
        )
        unconditional = d.get("explained_unconditional")
        authority = markup(view.text(str(d["authorised_by"])))
        if unconditional is not None:
            authority += "<br/>Explained as unconditional: " + ("yes" if unconditional else "NO")
        value_text = money_text(value)
        corrections = view.corrections.get(e.id, [])
        original = view.by_id[e.id]
        if corrections:
            if original.type == "provision" and original.value_gbp != value:
                value_text += f"<br/>{_struck(money_text(original.value_gbp))}"
            value_text += f"<br/>see entry {corrections[-1].seq}"
        rows.append(
            [
                _cell(f"{e.seq}<br/>{uk_date(e.occurred_at)}", cell),
                _cell("<br/>".join(what), cell),
                _cell(need, cell),
                _cell(authority, cell),
                _cell(value_text, right),
            ]
        )
    if rows:
        story.append(
            table(
                [
                    "No. / date",
                    "Provision",
                    "Need and justification",
                    "Authorised by",
                    "Value (total)",
                ],
                rows,
                col_weights=[1.6, 2.9, 4.1, 2.4, 1.6],
                styles=styles,
            )
        )
    elif not withheld:
        story.append(Paragraph(markup("No provisions in this period."), styles.body))

    story.append(Paragraph("Totals", styles.h2))
    total_rows: list[list[Any]] = []
    overall_n = 0
    overall_items = 0
    overall = Decimal("0")
    for code, label in CATEGORY_LABELS.items():
        if code not in totals:
            continue
        n, items, amount = totals[code]
        overall_n += n
        overall_items += items
        overall += amount
        total_rows.append([label, f"{n:,}", f"{items:,}", _cell(money_text(amount), right)])
    if withheld:
        amount = sum((e.value_gbp for e in withheld), Decimal("0"))
        items = sum(_quantity(e) for e in withheld)
        overall_n += len(withheld)
        overall_items += items
        overall += amount
        total_rows.append(
            [
                "Withheld from this copy (sensitive, MG6D)",
                f"{len(withheld):,}",
                f"{items:,}",
                _cell(money_text(amount), right),
            ]
        )
    total_rows.append(
        [
            _cell("<b>All provisions</b>", cell),
            _cell(f"<b>{overall_n:,}</b>", cell),
            _cell(f"<b>{overall_items:,}</b>", cell),
            _cell(f"<b>{money_text(overall)}</b>", right),
        ]
    )
    story.append(
        table(
            ["Category", "Provisions", "Quantity", "Value"],
            total_rows,
            col_weights=[4.4, 1.4, 1.2, 1.8],
            styles=styles,
        )
    )
    return story


def _quantity(entry: Entry) -> int:
    """The number of items a provision gave (its value is the total for all of them)."""
    q = entry.data.get("quantity", 1)
    return q if isinstance(q, int) and not isinstance(q, bool) else 1
