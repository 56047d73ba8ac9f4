"""The provisions tab: everything provided to the victim, with the need each answered, the
justification and who authorised it, and the totals in pounds by category, by month and
overall.

Provisions to a victim-witness are disclosable and can be attacked as inducements, so the
tab shows them as the log now reads (a corrected value counts once, at its corrected
amount) and adds money as ``Decimal``, never as floating point.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core import values as v
from msvlo_desktop.core.entries import PROVISION_CATEGORIES, Entry
from msvlo_desktop.core.timefmt import london, month_name, uk_date
from msvlo_desktop.gui.case_area import CaseLogTab
from msvlo_desktop.gui.case_log import CaseLog
from msvlo_desktop.gui.day_common import (
    Author,
    Cell,
    Clock,
    clear_table,
    fill_table,
    make_table,
    one_line,
    plural,
    tr,
)
from msvlo_desktop.gui.entry_forms.display import choice_label

HEADERS = (
    "No.",
    "Date",
    "Category",
    "Description",
    "Qty",
    "Value",
    "Need it answers",
    "Justification",
    "Authorised by",
    "Supplier / receipt",
)
SEQ, DATE, CATEGORY, DESCRIPTION, QTY, VALUE, NEED, JUSTIFICATION, AUTHORISED, SUPPLIER = range(10)


@dataclass(frozen=True)
class Totals:
    """Provision totals in pounds: (entries, amount) by category, by month, and overall."""

    by_category: dict[str, tuple[int, Decimal]]
    by_month: dict[date, tuple[int, Decimal]]
    count: int
    total: Decimal


def provision_totals(provisions: list[Entry]) -> Totals:
    by_category: dict[str, list[Decimal]] = defaultdict(list)
    by_month: dict[date, list[Decimal]] = defaultdict(list)
    for e in provisions:
        value = e.value_gbp
        by_category[str(e.data.get("category"))].append(value)
        day = london(e.occurred_at).date()
        by_month[date(day.year, day.month, 1)].append(value)
    order = {c: i for i, c in enumerate(PROVISION_CATEGORIES)}
    return Totals(
        {
            c: (len(vals), sum(vals, Decimal("0")))
            for c, vals in sorted(by_category.items(), key=lambda kv: order.get(kv[0], 99))
        },
        {m: (len(vals), sum(vals, Decimal("0"))) for m, vals in sorted(by_month.items())},
        len(provisions),
        sum((e.value_gbp for e in provisions), Decimal("0")),
    )


def month_words(month: date) -> str:
    return f"{tr(month_name(month))} {month.year}"


class ProvisionsTab(CaseLogTab):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        author: Author = None,
    ) -> None:
        super().__init__(parent, clock=clock, author=author)
        self.setObjectName("provisionsTab")
        self.provisions: list[Entry] = []
        self.totals: Totals | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        # The list above the totals; the officer can give either more room.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("provisionsSplitter")
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        top = QWidget(self.splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Everything provided to the victim"), self)
        heading.setProperty("role", "subheading")
        top_layout.addWidget(heading)
        self.table = make_table(
            self, [tr(h) for h in HEADERS], tr("Provisions"), "provisionsTableWidget"
        )
        fm = self.table.fontMetrics()
        for col, sample in {
            SEQ: "No. 00",
            DATE: "24/03/2026",
            CATEGORY: "Phone or phone credit",
            DESCRIPTION: "Return bus and train fare",
            QTY: "Qty",
            VALUE: "£1,000.00",
            AUTHORISED: "Insp 1022 M. Evans",
            SUPPLIER: "Receipt R-00000",
        }.items():
            self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + 24)
        # Need and justification share what is left: they are what a reader weighs.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in (NEED, JUSTIFICATION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(tr("Double-click a provision to see it in the Log."))
        self.table.itemDoubleClicked.connect(self._double_clicked)
        self.table.itemSelectionChanged.connect(self._show_selected)
        top_layout.addWidget(self.table, 1)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("provisionDetailsLabel")
        self.details_label.setAccessibleName(tr("Selected provision"))
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top_layout.addWidget(self.details_label)

        bottom = QWidget(self.splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("provisionsTotalLabel")
        self.total_label.setAccessibleName(tr("Total provided"))
        self.total_label.setProperty("role", "subheading")
        bottom_layout.addWidget(self.total_label)

        totals = QHBoxLayout()
        self.category_table = make_table(
            self,
            [tr("Category"), tr("Entries"), tr("Total")],
            tr("Totals by category"),
            "categoryTotalsTableWidget",
        )
        self.month_table = make_table(
            self,
            [tr("Month"), tr("Entries"), tr("Total")],
            tr("Totals by month"),
            "monthTotalsTableWidget",
        )
        for table, first in (
            (self.category_table, "Phone or phone credit"),
            (self.month_table, "September 2026"),
        ):
            table.setColumnWidth(0, fm.horizontalAdvance(first) + 40)
            table.setColumnWidth(1, fm.horizontalAdvance("Entries") + 32)
            totals.addWidget(table, 1)
        bottom_layout.addLayout(totals, 1)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        buttons = QHBoxLayout()
        self.log_button = self.case_button(
            tr("Log &provision…"),
            tr("Log something provided to the victim"),
            "logProvisionButton",
        )
        self.log_button.clicked.connect(lambda: self.open_form("provision"))
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_log(self, log: CaseLog) -> None:
        self.provisions = sorted(log.of_type("provision"), key=lambda e: e.occurred_at)
        fill_table(self.table, [self._row(e) for e in self.provisions])
        totals = provision_totals(self.provisions)
        self.totals = totals
        if totals.count:
            self.total_label.setText(
                tr("Total provided: {total} in {n}.").format(
                    total=v.gbp(totals.total),
                    n=plural(totals.count, "{n} provision", "{n} provisions"),
                )
            )
        else:
            self.total_label.setText(tr("Nothing provided is logged yet."))
        category_rows: list[list[Cell]] = [
            [
                Cell(choice_label("category", c)),
                Cell(str(n), align_right=True),
                Cell(v.gbp(amount), align_right=True),
            ]
            for c, (n, amount) in totals.by_category.items()
        ]
        month_rows: list[list[Cell]] = [
            [
                Cell(month_words(m)),
                Cell(str(n), align_right=True),
                Cell(v.gbp(amount), align_right=True),
            ]
            for m, (n, amount) in totals.by_month.items()
        ]
        if totals.count:
            overall = [
                Cell(tr("All provisions"), bold=True),
                Cell(str(totals.count), align_right=True, bold=True),
                Cell(v.gbp(totals.total), align_right=True, bold=True),
            ]
            category_rows.append(overall)
            month_rows.append(overall)
        self._show_selected()
        fill_table(self.category_table, category_rows)
        fill_table(self.month_table, month_rows)

    def _row(self, e: Entry) -> list[Cell]:
        d = e.data
        supplier = " / ".join(str(d[k]) for k in ("supplier", "receipt_ref") if d.get(k))
        need, justification = str(d.get("need", "")), str(d.get("justification", ""))
        return [
            Cell(str(e.seq), data=e.id),
            Cell(uk_date(e.occurred_at)),
            Cell(choice_label("category", str(d.get("category", "")))),
            Cell(str(d.get("description", ""))),
            Cell(str(d.get("quantity", "")), align_right=True),
            Cell(v.gbp(e.value_gbp), align_right=True),
            Cell(one_line(need), tooltip=need),
            Cell(one_line(justification), tooltip=justification),
            Cell(str(d.get("authorised_by", ""))),
            Cell(supplier),
        ]

    def clear_view(self) -> None:
        self.provisions = []
        self.totals = None
        for table in (self.table, self.category_table, self.month_table):
            clear_table(table)
        self.total_label.clear()
        self.details_label.clear()

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        if not 0 <= row < len(self.provisions):
            self.details_label.setText(
                tr("Select a provision to read its need and justification in full.")
                if self.provisions
                else ""
            )
            self.details_label.setProperty("role", "hint")
        else:
            e = self.provisions[row]
            d = e.data
            explained = d.get("explained_unconditional")
            self.details_label.setText(
                tr(
                    "No. {seq} — {what}. Need it answers: {need} Justification: "
                    "{justification} Authorised by {who}.{unconditional}"
                ).format(
                    seq=e.seq,
                    what=d.get("description", ""),
                    need=_sentence(str(d.get("need", ""))),
                    justification=_sentence(str(d.get("justification", ""))),
                    who=d.get("authorised_by", ""),
                    unconditional=""
                    if explained is None
                    else tr(" Explained to the victim as unconditional.")
                    if explained
                    else tr(" NOT explained as unconditional."),
                )
            )
            self.details_label.setProperty("role", "")
        self.details_label.style().unpolish(self.details_label)
        self.details_label.style().polish(self.details_label)

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if self.case_ref is not None and 0 <= row < len(self.provisions):
            self.showEntry.emit(self.case_ref, self.provisions[row].id)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."
