"""The report's risk reviews, shown under the exit strategy: family and return-home risk
shape both safeguarding and when support can end."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph

from msvlo_desktop.core.timefmt import uk_date
from msvlo_desktop.core.wording import RISK_LABELS
from msvlo_desktop.reports.report_tables import table
from msvlo_desktop.reports.report_view import ReportView
from msvlo_desktop.reports.tables import Cell

__all__ = ["risk_reviews"]


def _level(code: object) -> str:
    return RISK_LABELS.get(str(code), str(code))


def risk_reviews(view: ReportView) -> list[Flowable]:
    """A table of the risk reviews (nothing when none is logged)."""
    styles = view.styles
    reviews = sorted(
        (e for e in view.visible if e.type == "risk_review"), key=lambda e: e.occurred_at
    )
    if not reviews:
        return []
    latest = reviews[-1].data
    story: list[Flowable] = [
        Paragraph("Risk reviews (family and return home)", styles.table_header),
        Paragraph(
            f"Latest: overall {_level(latest['risk_level']).lower()}, next review "
            f"{uk_date(date.fromisoformat(str(latest['review_on'])))}.",
            styles.body,
        ),
    ]
    rows: list[list[Cell]] = []
    for e in reviews:
        d = e.data
        detail = [f"Actions: {view.text(str(d['risk_actions']))}"]
        if d.get("risk_notes"):
            detail.insert(0, view.text(str(d["risk_notes"])))
        rows.append(
            [
                str(e.seq),
                uk_date(e.occurred_at),
                _level(d["risk_level"]),
                _level(d["family_risk"]),
                _level(d["repatriation_risk"]),
                uk_date(date.fromisoformat(str(d["review_on"]))),
                "\n".join(detail),
            ]
        )
    story.append(
        table(
            ["No.", "Date", "Overall", "Family", "Return home", "Review on", "Risks and actions"],
            rows,
            col_weights=[0.9, 1.8, 1.4, 1.4, 1.6, 1.8, 5.1],
            styles=styles,
        )
    )
    return story
