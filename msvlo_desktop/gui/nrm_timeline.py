"""The NRM timeline, drawn: referral, the reasonable grounds (RG) decision expected by, the RG
decision, the recovery period, the earliest conclusive grounds (CG) date, the CG decision,
reconsiderations, and today.

What happened sits above the line; what is expected (target and "not before" dates) sits
below it with the recovery period. Labels are packed into rows so that none overlaps
another, however close the dates; the widget grows to fit the rows it needs. Everything
drawn is also given in words as the widget's accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from msvlo_desktop.core.timefmt import month_name, uk_date
from msvlo_desktop.gui.day_common import tr

# Marker shape and colour for each kind of milestone.
SHAPES = {
    "referral": ("circle", "#2b5d94"),
    "duty_to_notify": ("circle", "#55606e"),
    "rg_positive": ("square", "#1e6b35"),
    "rg_negative": ("square", "#a4161a"),
    "cg_positive": ("square", "#1e6b35"),
    "cg_negative": ("square", "#a4161a"),
    "reconsideration": ("triangle", "#6b4500"),
    "rg_expected": ("diamond", "#a16207"),
    "rg_overdue": ("diamond", "#a4161a"),
    "cg_not_before": ("diamond", "#2b5d94"),
}
EXPECTED_KINDS = frozenset({"rg_expected", "rg_overdue", "cg_not_before"})
BAND_COLOUR = QColor(30, 107, 53, 60)
BAND_EDGE = QColor("#1e6b35")
TODAY_COLOUR = QColor("#7a2e00")
AXIS_COLOUR = QColor("#44505e")
TEXT_COLOUR = QColor("#1d3557")
QUIET_COLOUR = QColor("#55606e")


@dataclass(frozen=True)
class Milestone:
    """One point on the timeline. ``kind`` picks its marker (see ``SHAPES``)."""

    kind: str
    day: date
    title: str
    entry_id: str | None = None

    @property
    def expected(self) -> bool:
        return self.kind in EXPECTED_KINDS


@dataclass(frozen=True)
class Band:
    """A period (the recovery period): ``end`` None runs to today and is still going."""

    start: date
    end: date | None
    title: str


@dataclass
class _Label:
    x: float
    lines: tuple[str, str]
    width: float
    row: int = 0
    left: float = 0.0


class NrmTimeline(QWidget):
    MARGIN = 16
    GAP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nrmTimelineWidget")
        self.setAccessibleName(tr("NRM timeline"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.milestones: list[Milestone] = []
        self.bands: list[Band] = []
        self.today: date | None = None
        self.empty_text = ""
        self._layout_width = -1
        self._above: list[_Label] = []
        self._below: list[_Label] = []
        self._height = self._empty_height()
        self.setMinimumHeight(self._height)

    # ------------------------------------------------------------------ data
    def set_story(
        self,
        milestones: Sequence[Milestone],
        bands: Sequence[Band],
        today: date,
        *,
        empty_text: str = "",
    ) -> None:
        self.milestones = sorted(milestones, key=lambda m: m.day)
        self.bands = list(bands)
        self.today = today
        self.empty_text = empty_text
        self.setAccessibleDescription(self.describe())
        self._relayout(force=True)
        self.update()

    def clear(self) -> None:
        self.milestones = []
        self.bands = []
        self.today = None
        self.empty_text = ""
        self.setAccessibleDescription("")
        self._relayout(force=True)
        self.update()

    def describe(self) -> str:
        """The timeline in words, in date order."""
        if not self.milestones:
            return self.empty_text
        parts = [f"{m.title}: {uk_date(m.day)}" for m in self.milestones]
        for b in self.bands:
            end = uk_date(b.end) if b.end else tr("continuing")
            parts.append(f"{b.title}: {uk_date(b.start)} – {end}")
        if self.today is not None:
            parts.append(tr("Today: {day}").format(day=uk_date(self.today)))
        return "; ".join(parts) + "."

    # ------------------------------------------------------------------ geometry
    # Fonts are derived when needed: the style sheet sets the widget's font after __init__.
    @property
    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    @property
    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        return font

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout(force=True)

    def sizeHint(self) -> QSize:
        return QSize(720, self._height)

    def _line_height(self) -> int:
        return QFontMetrics(self._bold).height()

    def _row_height(self) -> int:
        return self._line_height() * 2 + 8

    def _empty_height(self) -> int:
        return self._line_height() * 3 + 2 * self.MARGIN

    def _range(self) -> tuple[date, date]:
        days = [m.day for m in self.milestones]
        for b in self.bands:
            days.append(b.start)
            days.append(b.end or b.start)
        if self.today is not None:
            days.append(self.today)
        start, end = min(days), max(days)
        span = max((end - start).days, 14)
        pad = max(2, round(span * 0.04))
        return start - timedelta(days=pad), end + timedelta(days=pad)

    def _x(self, day: date, start: date, end: date) -> float:
        left, right = self.MARGIN, self.width() - self.MARGIN
        total = max((end - start).days, 1)
        return left + (right - left) * (day - start).days / total

    def _pack(self, labels: list[_Label]) -> int:
        """Put each label in the first row where it overlaps nothing; returns rows used."""
        rows: list[float] = []
        limit = self.width() - self.MARGIN
        for label in sorted(labels, key=lambda lb: lb.x):
            left = min(max(label.x - label.width / 2, self.MARGIN), limit - label.width)
            label.left = max(left, self.MARGIN)
            for i, right in enumerate(rows):
                if label.left >= right + self.GAP:
                    label.row = i
                    rows[i] = label.left + label.width
                    break
            else:
                label.row = len(rows)
                rows.append(label.left + label.width)
        return len(rows)

    def _relayout(self, *, force: bool = False) -> None:
        if not force and self._layout_width == self.width():
            return
        self._layout_width = self.width()
        self._above, self._below = [], []
        if not self.milestones:
            self._height = self._empty_height()
        else:
            start, end = self._range()
            bold, plain = QFontMetrics(self._bold), QFontMetrics(self.font())
            for m in self.milestones:
                lines = (m.title, uk_date(m.day))
                width = max(bold.horizontalAdvance(lines[0]), plain.horizontalAdvance(lines[1]))
                label = _Label(self._x(m.day, start, end), lines, width + 4)
                (self._below if m.expected else self._above).append(label)
            for b in self.bands:
                stop = b.end or self.today or b.start
                mid = b.start + (stop - b.start) / 2
                lines = (b.title, f"{uk_date(b.start)} – {uk_date(b.end) if b.end else tr('now')}")
                width = max(bold.horizontalAdvance(lines[0]), plain.horizontalAdvance(lines[1]))
                self._below.append(_Label(self._x(mid, start, end), lines, width + 4))
            above = self._pack(self._above)
            below = self._pack(self._below)
            row = self._row_height()
            self._height = (
                2 * self.MARGIN
                + max(above, 1) * row
                + 40  # the axis, its markers and the month ticks
                + below * row
                + self._line_height()  # the "Today" label
            )
        if self.minimumHeight() != self._height:
            self.setMinimumHeight(self._height)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.milestones:
            painter.setPen(QUIET_COLOUR)
            painter.drawText(
                self.rect().adjusted(self.MARGIN, 0, -self.MARGIN, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()
            return
        self._relayout()
        start, end = self._range()
        row = self._row_height()
        above_rows = max((lb.row for lb in self._above), default=0) + 1
        axis_y = self.MARGIN + above_rows * row + 14
        self._draw_bands(painter, axis_y, start, end)
        painter.setPen(QPen(AXIS_COLOUR, 2))
        painter.drawLine(QPointF(self.MARGIN, axis_y), QPointF(self.width() - self.MARGIN, axis_y))
        self._draw_months(painter, axis_y, start, end)
        today_x = None
        if self.today is not None:
            today_x = self._x(self.today, start, end)
        for label, m in zip(
            self._above, [m for m in self.milestones if not m.expected], strict=True
        ):
            top = axis_y - 14 - (label.row + 1) * row
            self._draw_label(painter, label, top, axis_y - 8, top + row - 6, m.kind)
        below_top = axis_y + 26
        expected = [m for m in self.milestones if m.expected]
        kinds = [m.kind for m in expected] + ["band"] * len(self.bands)
        for label, kind in zip(self._below, kinds, strict=True):
            top = below_top + label.row * row
            self._draw_label(painter, label, top + 4, axis_y + 8, top + 4, kind)
        for m in self.milestones:
            self._draw_marker(painter, QPointF(self._x(m.day, start, end), axis_y), m.kind)
        if today_x is not None:
            self._draw_today(painter, today_x, axis_y)
        painter.end()

    def _draw_bands(self, painter: QPainter, axis_y: float, start: date, end: date) -> None:
        for b in self.bands:
            x1 = self._x(b.start, start, end)
            x2 = self._x(b.end or self.today or b.start, start, end)
            rect = QRectF(x1, axis_y - 6, max(x2 - x1, 2), 12)
            painter.setPen(QPen(BAND_EDGE, 1))
            painter.setBrush(QBrush(BAND_COLOUR))
            painter.drawRect(rect)
            if b.end is None:
                # Still going: an open arrow at the right end says so.
                painter.drawLine(QPointF(x2, axis_y - 6), QPointF(x2 + 6, axis_y))
                painter.drawLine(QPointF(x2 + 6, axis_y), QPointF(x2, axis_y + 6))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_months(self, painter: QPainter, axis_y: float, start: date, end: date) -> None:
        small = self._small
        painter.setFont(small)
        fm = QFontMetrics(small)
        painter.setPen(QPen(QUIET_COLOUR, 1))
        months = []
        day = date(start.year, start.month, 1)
        while day <= end:
            if day >= start:
                months.append(day)
            day = date(day.year + (day.month // 12), day.month % 12 + 1, 1)
        last_right = -1e9
        for m in months:
            x = self._x(m, start, end)
            painter.drawLine(QPointF(x, axis_y - 3), QPointF(x, axis_y + 3))
            text = f"{month_name(m)[:3]} {m.year}"
            width = fm.horizontalAdvance(text)
            if x + 3 > last_right + 8 and x + 3 + width < self.width() - self.MARGIN:
                painter.drawText(QPointF(x + 3, axis_y + 4 + fm.ascent()), text)
                last_right = x + 3 + width
        painter.setFont(self.font())

    def _draw_label(
        self,
        painter: QPainter,
        label: _Label,
        top: float,
        anchor_y: float,
        joint_y: float,
        kind: str,
    ) -> None:
        colour = QColor(SHAPES.get(kind, ("", "#1e6b35"))[1]) if kind != "band" else BAND_EDGE
        line_h = self._line_height()
        bold = self._bold
        # A thin leader from the marker to the label, so crowded labels stay attached.
        painter.setPen(QPen(QColor(colour.red(), colour.green(), colour.blue(), 140), 1))
        x = min(max(label.x, label.left), label.left + label.width)
        painter.drawLine(QPointF(label.x, anchor_y), QPointF(x, joint_y))
        painter.setPen(TEXT_COLOUR)
        painter.setFont(bold)
        painter.drawText(
            QRectF(label.left, top, label.width, line_h),
            Qt.AlignmentFlag.AlignCenter,
            label.lines[0],
        )
        painter.setFont(self.font())
        painter.setPen(QUIET_COLOUR)
        painter.drawText(
            QRectF(label.left, top + line_h, label.width, line_h),
            Qt.AlignmentFlag.AlignCenter,
            label.lines[1],
        )

    def _draw_marker(self, painter: QPainter, at: QPointF, kind: str) -> None:
        shape, colour = SHAPES.get(kind, ("circle", "#1d3557"))
        c = QColor(colour)
        painter.setPen(QPen(c, 2))
        painter.setBrush(QBrush(QColor("#ffffff") if kind in EXPECTED_KINDS else c))
        r = 6.0
        if shape == "circle":
            painter.drawEllipse(at, r, r)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - r - 1),
                        QPointF(at.x() + r, at.y() + r),
                        QPointF(at.x() - r, at.y() + r),
                    ]
                )
            )
        else:
            path = QPainterPath()
            path.moveTo(at.x(), at.y() - r - 1)
            path.lineTo(at.x() + r + 1, at.y())
            path.lineTo(at.x(), at.y() + r + 1)
            path.lineTo(at.x() - r - 1, at.y())
            path.closeSubpath()
            painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_today(self, painter: QPainter, x: float, axis_y: float) -> None:
        pen = QPen(TODAY_COLOUR, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        bottom = self.height() - self.MARGIN - self._line_height()
        painter.drawLine(QPointF(x, self.MARGIN / 2), QPointF(x, bottom))
        text = tr("Today {day}").format(day=uk_date(self.today))
        bold = self._bold
        fm = QFontMetrics(bold)
        width = fm.horizontalAdvance(text)
        left = min(max(x - width / 2, self.MARGIN), self.width() - self.MARGIN - width)
        painter.setFont(bold)
        painter.setPen(TODAY_COLOUR)
        painter.drawText(QPointF(left, bottom + fm.ascent() + 2), text)
        painter.setFont(self.font())
