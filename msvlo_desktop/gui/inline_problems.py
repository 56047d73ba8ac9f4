"""Showing the core's validation problems next to the fields they are about.

A form maps each problem path of ``core`` (``reference``, ``victim.safe_contact.phone``,
``contacts[2].email``) to the widget that edits it. Each mapped widget gets a message label on
the row under it in its QFormLayout; a problem is shown under the widget whose path is the
longest prefix of the problem's path. Problems nothing claims are returned for a summary.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import cast

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

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


class InlineProblems:
    def __init__(self, fields: Mapping[str, QWidget]) -> None:
        self.fields = dict(fields)
        # One message label per widget, however many problem paths lead to it.
        self.labels: dict[int, QLabel] = {}
        self._forms: dict[int, QFormLayout] = {}
        for widget in self.fields.values():
            if id(widget) in self.labels:
                continue
            label = QLabel(widget.parentWidget())
            label.setObjectName(f"{widget.objectName()}ProblemLabel")
            label.setProperty("role", "error")
            label.setWordWrap(True)
            label.hide()
            form = _form_of(widget)
            if form is not None:
                row = _row_of(form, widget)
                form.insertRow(row + 1, "", label)
                # A hidden row must take no space at all, not even the layout's spacing.
                form.setRowVisible(label, False)
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
            label.setText("\n".join(shown))
            form = self._forms.get(id(label))
            if form is not None:
                form.setRowVisible(label, bool(shown))
            else:
                label.setVisible(bool(shown))
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
