"""Showing the core's validation problems next to the fields they are about.

A form maps each problem path of ``core`` (``reference``, ``victim.safe_contact.phone``,
``contacts[2].email``) to the widget that edits it. Each mapped widget gets a message label on
the row under it in its QFormLayout; a problem is shown under the widget whose path is the
longest prefix of the problem's path. Problems nothing claims are returned for a summary.

Every message label keeps its one line of room whether or not it has anything to say
(:class:`MessageLine`), so a form never moves under the officer's pointer when a message comes
or goes: a click always lands in the field it was aimed at.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from msvlo_desktop.core.errors import Problem


def _row_of(form: QFormLayout, widget: QWidget) -> int:
    # The stubs type getWidgetPosition's result as a bare object: it is (row, role).
    row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(widget))
    return row


def _form_of(widget: QWidget) -> QFormLayout | None:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout) and _row_of(layout, widget) >= 0:
        return layout
    return None


def _matches(path: str, key: str) -> bool:
    return path == key or path.startswith(key + ".") or path.startswith(key + "[")


class MessageLine(QObject):
    """A field's message label that always takes exactly one line, said or not.

    With nothing to say the label is hidden but keeps its room; a message longer than the
    line is drawn ending in "…", and the whole of it is the label's text and tooltip (and
    the field's accessible description, which the forms set).
    """

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        label.setWordWrap(False)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.ensurePolished()
        label.setFixedHeight(label.fontMetrics().lineSpacing() + 2)
        policy = label.sizePolicy()
        # However long the message, it never widens the form; hidden, it keeps its line.
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        label.setMinimumWidth(0)
        label.installEventFilter(self)

    def set(self, message: str) -> None:
        self.label.setText(message)
        self.label.setToolTip(message)
        self.label.setVisible(bool(message))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.Paint:
            label = self.label
            rect = label.contentsRect()
            text = " ".join(label.text().split())
            text = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter = QPainter(label)
            label.style().drawItemText(
                painter,
                rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label.palette(),
                label.isEnabled(),
                text,
                QPalette.ColorRole.WindowText,
            )
            painter.end()
            return True
        return False


def reserve_message_line(label: QLabel) -> MessageLine:
    """Give ``label`` its line for good (see :class:`MessageLine`)."""
    existing = label.findChild(MessageLine)
    return existing if isinstance(existing, MessageLine) else MessageLine(label)


class InlineProblems:
    def __init__(self, fields: Mapping[str, QWidget]) -> None:
        self.fields = dict(fields)
        # One message label per widget, however many problem paths lead to it.
        self.labels: dict[int, QLabel] = {}
        self._forms: dict[int, QFormLayout] = {}
        self._lines: dict[int, MessageLine] = {}
        for widget in self.fields.values():
            if id(widget) in self.labels:
                continue
            form = _form_of(widget)
            # In a form the label sits in a holder of fixed height: a form layout gives a
            # hidden widget's row no room at all, the holder keeps it.
            holder = QWidget(widget.parentWidget()) if form is not None else None
            label = QLabel(holder if holder is not None else widget.parentWidget())
            label.setObjectName(f"{widget.objectName()}ProblemLabel")
            label.setProperty("role", "error")
            label.hide()
            line = MessageLine(label)
            self._lines[id(label)] = line
            if form is not None and holder is not None:
                holder.setObjectName(f"{widget.objectName()}ProblemLine")
                box = QVBoxLayout(holder)
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(label)
                holder.setFixedHeight(label.height())
                holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                form.insertRow(_row_of(form, widget) + 1, "", holder)
                self._forms[id(label)] = form
            self.labels[id(widget)] = label

    def key_for(self, path: str) -> str | None:
        best: str | None = None
        for key in self.fields:
            if _matches(path, key) and (best is None or len(key) > len(best)):
                best = key
        return best

    def show(
        self, problems: Sequence[Problem], visible_keys: Iterable[str] | None = None
    ) -> list[Problem]:
        """Show each problem under its field (only fields in ``visible_keys``, when given).

        Returns the problems no field claimed.
        """
        allowed = None if visible_keys is None else set(visible_keys)
        by_widget: dict[int, list[str]] = {}
        unclaimed: list[Problem] = []
        for p in problems:
            key = self.key_for(p.field)
            if key is None:
                unclaimed.append(p)
            elif allowed is None or key in allowed:
                by_widget.setdefault(id(self.fields[key]), []).append(p.message)
        seen: set[int] = set()
        for widget in self.fields.values():
            if id(widget) in seen:
                continue
            seen.add(id(widget))
            shown = list(dict.fromkeys(by_widget.get(id(widget), [])))
            label = self.labels[id(widget)]
            self._lines[id(label)].set(" ".join(shown))
            widget.setProperty("invalid", bool(shown))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setAccessibleDescription(" ".join(shown))
        return unclaimed

    def keys_with_problems(self, problems: Sequence[Problem]) -> list[str]:
        out: list[str] = []
        for p in problems:
            key = self.key_for(p.field)
            if key is not None and key not in out:
                out.append(key)
        return out

    def clear(self) -> None:
        self.show([])
