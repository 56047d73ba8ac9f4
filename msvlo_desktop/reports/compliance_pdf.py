"""The compliance return, the team view and the force-level figures as PDFs.

The return (one or two pages): the period, officer, key fingerprint and rules version, the
cases, then for each right its on-time percentage and a bar chart of its obligations by
status, and the lateness and late-reason tables. The team view: one row per officer and the
total; the force-level version: the total only, suppressed figures shown as "<5". Each is
laid out from the JSON document alone (counts only), so a PDF can hold nothing the JSON
does not.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from msvlo_desktop.core.obligation_model import STATUSES
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.core.wording_compliance import (
    BAND_LABELS,
    CASE_LABELS,
    PROVISIONAL,
    REASON_LABELS,
    STATUS_LABELS,
    SUPPRESSED,
    kind_label,
    on_time_rate,
    percent_text,
)
from msvlo_desktop.reports.fonts import SANS
from msvlo_desktop.reports.page import CONTENT_WIDTH, build_pdf
from msvlo_desktop.reports.styles import HouseStyles, house_styles, para
from msvlo_desktop.reports.tables import data_table

__all__ = ["return_pdf", "team_pdf"]

_STATUS_COLOURS: Mapping[str, colors.Color] = {
    "met_on_time": colors.Color(0.13, 0.48, 0.25),
    "met_late": colors.Color(0.85, 0.55, 0.1),
    "overdue": colors.Color(0.75, 0.15, 0.15),
    "due": colors.Color(0.35, 0.5, 0.75),
    "not_applicable": colors.Color(0.6, 0.6, 0.6),
}
_CASE_KEYS = ("open", "closed", "child", "enhanced_rights")


def _figure(value: int | None) -> str:
    return SUPPRESSED if value is None else f"{value:,}"


def _period(doc: Mapping[str, Any]) -> str:
    period = doc["period"]
    first = date.fromisoformat(period["from"])
    last = date.fromisoformat(period["to"])
    return f"{uk_date(first)} to {uk_date(last)} (London dates, both days included)"


def _generated(doc: Mapping[str, Any]) -> str:
    return uk_datetime(datetime.fromisoformat(doc["generated_at"])) + " (London time)"


def _bar_chart(statuses: Mapping[str, int | None]) -> Drawing:
    """One horizontal bar per status, scaled to the largest, with its count."""
    label_w, number_w, row_h = 190.0, 40.0, 13.0
    bar_w = CONTENT_WIDTH - label_w - number_w
    drawing = Drawing(CONTENT_WIDTH, row_h * len(STATUSES) + 4)
    largest = max([int(v or 0) for v in statuses.values()] + [1])
    for i, status in enumerate(STATUSES):
        y = drawing.height - (i + 1) * row_h
        value = statuses.get(status)
        drawing.add(String(0, y + 3, STATUS_LABELS[status], fontName=SANS, fontSize=8))
        width = bar_w * int(value or 0) / largest
        if width > 0:
            fill = _STATUS_COLOURS[status]
            drawing.add(Rect(label_w, y + 1, width, row_h - 3, fillColor=fill, strokeColor=None))
        drawing.add(String(label_w + width + 4, y + 3, _figure(value), fontName=SANS, fontSize=8))
    return drawing


def _keyed_table(
    doc: Mapping[str, Any], group: str, labels: Mapping[str, str], s: HouseStyles
) -> Flowable:
    """One row per key of ``labels`` (and the force-level "total" when present), one column
    per kind."""
    labels = {**labels, "total": "Total"} if "total" not in labels else labels
    kinds = list(doc[group])
    rows = [
        [labels[key], *(_figure(doc[group][kind].get(key)) for kind in kinds)]
        for key in labels
        if key in doc[group][kinds[0]]
    ]
    return data_table(["", *(kind_label(k) for k in kinds)], rows, styles=s)


def return_pdf(doc: Mapping[str, Any]) -> bytes:
    """The officer's return as a PDF (one or two pages)."""
    s = house_styles()
    story: list[Flowable] = [
        para("Victims' Code compliance return", s.title),
        para(PROVISIONAL, s.small),
        Spacer(1, 4),
        data_table(
            ["Period", _period(doc)],
            [
                ["Officer", str(doc["officer"])],
                ["Vault key fingerprint", str(doc["vault"])],
                ["Rules version", str(doc["rules_version"])],
                ["Made at", _generated(doc)],
            ],
            col_weights=[1, 3],
            styles=s,
        ),
        para("Counts only: no names, references, dates of birth or notes.", s.small),
        para("Cases", s.h1),
        data_table(
            [CASE_LABELS[k] for k in _CASE_KEYS],
            [[_figure(doc["cases"][k]) for k in _CASE_KEYS]],
            styles=s,
        ),
    ]
    for kind, statuses in doc["obligations"].items():
        statuses = {k: v for k, v in statuses.items() if k in STATUSES}
        decided = sum(int(statuses.get(k) or 0) for k in ("met_on_time", "met_late", "overdue"))
        story += [
            para(f"{kind_label(kind)}: {percent_text(on_time_rate(statuses))} on time", s.h2),
            para(
                f"{sum(int(v or 0) for v in statuses.values()):,} due in the period; "
                f"{decided:,} decided (met on time, met late or missed).",
                s.small,
            ),
            _bar_chart(statuses),
        ]
    story += [
        para("How late (obligations met late, in working days)", s.h1),
        _keyed_table(doc, "late_by_working_days", BAND_LABELS, s),
        para("Why late (obligations met late, by the category recorded)", s.h1),
        _keyed_table(doc, "late_reasons", REASON_LABELS, s),
    ]
    return build_pdf(
        story,
        title="Victims' Code compliance return",
        export_id=str(doc["vault"]),
        footer_text=f"Compliance return {doc['period']['from']} to {doc['period']['to']}",
        training=bool(doc.get("training")),
        author=str(doc["officer"]),
        subject="Victims' Code compliance return (counts only)",
    )


def _right_cells(statuses: Mapping[str, int | None]) -> list[str]:
    due = statuses.get("total")
    if "total" not in statuses:
        due = sum(int(v or 0) for v in statuses.values())
    return [
        _figure(due),
        _figure(statuses.get("met_on_time")),
        _figure(statuses.get("met_late")),
        _figure(statuses.get("overdue")),
        percent_text(on_time_rate(statuses)),
    ]


_RIGHT_HEADER = (
    STATUS_LABELS["total"],
    STATUS_LABELS["met_on_time"],
    STATUS_LABELS["met_late"],
    STATUS_LABELS["overdue"],
    "On time",
)


def team_pdf(doc: Mapping[str, Any]) -> bytes:
    """The team view (one row per officer and the total), or the force-level figures (the
    total only, with small counts suppressed)."""
    s = house_styles()
    force = not isinstance(doc.get("returns"), list)
    kinds = list(doc["total"]["obligations"])
    title = (
        "Victims' Code compliance: force-level figures"
        if force
        else "Victims' Code compliance: team view"
    )
    story: list[Flowable] = [
        para(title, s.title),
        para(PROVISIONAL, s.small),
        data_table(
            ["Period", _period(doc)],
            [
                ["Rules version", str(doc["rules_version"])],
                ["Returns merged", str(doc["returns"] if force else len(doc["returns"]))],
                ["Merged at", _generated(doc)],
            ],
            col_weights=[1, 3],
            styles=s,
        ),
        Spacer(1, 6),
    ]
    total = doc["total"]
    officers = [] if force else list(doc["returns"])
    first = "All officers" if force else "Officer"
    keys = ("total", "child", "enhanced_rights") if force else _CASE_KEYS
    weights = [2.4] + [1.0] * len(keys)
    story += [
        para("Cases", s.h1),
        data_table(
            [first, *(CASE_LABELS[k] for k in keys)],
            [
                *([str(r["officer"]), *(_figure(r["cases"][k]) for k in keys)] for r in officers),
                ["Total", *(_figure(total["cases"][k]) for k in keys)],
            ],
            col_weights=weights,
            styles=s,
        ),
    ]
    for kind, statuses in total["obligations"].items():
        story += [
            para(kind_label(kind), s.h2),
            data_table(
                [first, *_RIGHT_HEADER],
                [
                    *([str(r["officer"]), *_right_cells(r["obligations"][kind])] for r in officers),
                    ["Total", *_right_cells(statuses)],
                ],
                col_weights=[2.4, 1, 1, 1, 1, 1],
                styles=s,
            ),
        ]
    story.append(
        para(
            "On time: met on time as a share of those met on time, met late or missed "
            "(obligations not yet due and those not applicable are left out).",
            s.small,
        )
    )
    if force:
        control = doc["disclosure_control"]
        story.append(
            para(
                f"Disclosure control: {control['method']} A suppressed figure is shown as "
                f"{SUPPRESSED}; a percentage needing one is shown as –.",
                s.small,
            )
        )
    story += [para("All figures (total)", s.h1)]  # every status, band and reason
    story.append(
        data_table(
            ["", *(kind_label(k) for k in kinds)],
            [
                [STATUS_LABELS[st], *(_figure(total["obligations"][k].get(st)) for k in kinds)]
                for st in (*STATUSES, "total")
                if st in total["obligations"][kinds[0]]
            ],
            styles=s,
        )
    )
    story += [
        Spacer(1, 6),
        _keyed_table(total, "late_by_working_days", BAND_LABELS, s),
        Spacer(1, 6),
        _keyed_table(total, "late_reasons", REASON_LABELS, s),
    ]
    return build_pdf(
        story,
        title=title,
        export_id=f"{doc['period']['from']}/{doc['period']['to']}",
        footer_text=title,
        training=bool(doc.get("training")),
        author="MSVLO Desktop",
        subject="Victims' Code compliance (counts only)",
    )
