"""The tabs shown for the selected case: the log first, and any number of others.

Each tab is a widget that can show one case (``set_case(vault, ref)``) and forget it
(``clear()``). New tabs (overview, Victims' Code, NRM, contacts, provisions, exit strategy)
are added with :meth:`CaseArea.add_tab` and need no other change to the window: locking
clears every tab, selecting a case fills every tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QTabWidget, QWidget

from msvlo_desktop.storage.vault import Vault


class CaseTab(Protocol):
    def set_case(self, vault: Vault, ref: str) -> None: ...

    def clear(self) -> None: ...


@dataclass
class _Tab:
    widget: QWidget
    show: Callable[[Vault, str], None]
    clear: Callable[[], None]


class CaseArea:
    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._tabs: list[_Tab] = []
        self.vault: Vault | None = None
        self.case_ref: str | None = None

    def add_tab(
        self,
        widget: QWidget,
        title: str,
        *,
        show: Callable[[Vault, str], None] | None = None,
        clear: Callable[[], None] | None = None,
    ) -> None:
        """Add a tab; by default it is a :class:`CaseTab` (``set_case`` and ``clear``)."""
        show = show or widget.set_case  # type: ignore[attr-defined]
        clear = clear or widget.clear  # type: ignore[attr-defined]
        self._tabs.append(_Tab(widget, show, clear))
        self.tabs.addTab(widget, title)
        if self.vault is not None and self.case_ref is not None:
            show(self.vault, self.case_ref)

    def widgets(self) -> list[QWidget]:
        return [t.widget for t in self._tabs]

    def set_case(self, vault: Vault, ref: str) -> None:
        self.vault, self.case_ref = vault, ref
        for tab in self._tabs:
            tab.show(vault, ref)

    def clear(self) -> None:
        self.vault, self.case_ref = None, None
        for tab in self._tabs:
            tab.clear()
