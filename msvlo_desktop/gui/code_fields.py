"""Nationality and languages chosen by name, stored as codes.

The lists come from the core's generated tables (``core.codes``); what is stored is the code,
and what the officer reads is the name, "Viet Nam (VN)", "Vietnamese (vi)".

* :func:`setup_nationality`: an editable combo box of every country (and Kosovo, stateless,
  unknown), filtered as the officer types by any part of the name or the code;
* :class:`LanguagesField`: a line edit of language codes, with a completer that finds a
  language by any part of its name or code and puts its code in, and a line under it naming
  the languages typed ("Vietnamese (vi), Dari (prs)"), a code in no list marked as such.

Nothing typed is upper-cased, cut or replaced: text that is no item in the lists is passed
to the core as typed, which refuses it naming the field (and the code to use, if it can).
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit

from msvlo_desktop.core import codes
from msvlo_desktop.core.wording import country_label, language_label
from msvlo_desktop.gui.date_field import place_below

_CODE_IN_ITEM = re.compile(r"\(([A-Za-z0-9-]+)\)$")
_SEPARATORS = re.compile(r"[,;\s]+")


def country_items() -> list[tuple[str, str]]:
    """(what the list shows, code), by name; the two choices that are no country first."""
    firsts = [(country_label(c), c) for c in codes.COUNTRIES if c.islower()]
    rest = []
    for code, (name, common) in codes.COUNTRIES.items():
        if code.islower():
            continue
        shown = f"{name} ({code})"
        rest.append((f"{shown} · {common}" if common else shown, code))
    return firsts + sorted(rest, key=lambda item: item[0].casefold())


@functools.cache
def language_items() -> tuple[str, ...]:
    """Every language as the list shows it, "Vietnamese (vi)", by name."""
    return tuple(sorted((language_label(code) for code in codes.LANGUAGES), key=str.casefold))


def ranked_languages(typed: str, limit: int = 60) -> list[str]:
    """The languages whose code or name matches ``typed``: the code itself first, then
    names starting with it, then names containing it ("dar": Dari (prs) before Adara)."""
    want = typed.strip().casefold()
    exact, starts, contains = [], [], []
    for item in language_items():
        name, _, rest = item.rpartition(" (")
        code = rest.rstrip(")").casefold()
        low = name.casefold()
        if code == want:
            exact.append(item)
        elif low.startswith(want) or any(w.startswith(want) for w in low.split()):
            starts.append(item)
        elif want in low:
            contains.append(item)
    return (exact + starts + contains)[:limit]


def _contains_completer(
    model: QStringListModel | None, parent: QLineEdit | QComboBox
) -> QCompleter:
    completer = QCompleter(parent)
    if model is not None:
        completer.setModel(model)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer


def setup_nationality(combo: QComboBox) -> None:
    """Fill ``combo`` with every choice, blank first (not recorded)."""
    combo.clear()
    combo.addItem("", None)
    for shown, code in country_items():
        combo.addItem(shown, code)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = _contains_completer(None, combo)
    completer.setModel(combo.model())
    combo.setCompleter(completer)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(combo.tr("Type a country's name or code, e.g. Viet Nam, AL"))
    combo.setCurrentIndex(0)


def nationality_value(combo: QComboBox) -> str | None:
    """The code of the item shown, or the text as typed (for the core to judge)."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchExactly)
    if index > 0:
        code = combo.itemData(index)
        return str(code) if code else None
    if m := _CODE_IN_ITEM.search(text):
        return m.group(1)
    return text


def set_nationality(combo: QComboBox, code: str | None) -> None:
    """Show the stored code's item; a code in no list stays as stored, for the officer to
    see and change."""
    if not code:
        combo.setCurrentIndex(0)
        return
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(code)


class LanguagesField:
    """Language codes typed or chosen by name into ``edit``, named on a line beneath it."""

    def __init__(self, edit: QLineEdit, *, many: bool = True) -> None:
        self.edit = edit
        self.many = many
        self.model = QStringListModel([], edit)
        self.completer = _contains_completer(self.model, edit)
        # The list is ranked here (code, then names that start with what was typed, then
        # names that contain it), so the popup shows it as it is.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(edit)
        self.completer.activated.connect(self._chosen)
        self.named = QLabel(edit.parentWidget())
        self.named.setObjectName(f"{edit.objectName()}Names")
        self.named.setWordWrap(True)
        self.named.setMinimumHeight(self.named.fontMetrics().height())
        place_below(edit, self.named)
        edit.textEdited.connect(self._edited)
        edit.textChanged.connect(self._name_them)
        self._name_them()

    def codes(self) -> list[str]:
        return [w for w in _SEPARATORS.split(self.edit.text()) if w]

    def _current_word(self) -> tuple[int, str]:
        text = self.edit.text()[: self.edit.cursorPosition()]
        start = max(text.rfind(","), text.rfind(";"), text.rfind(" ")) + 1
        if not self.many:
            start = 0
        return start, text[start:]

    def _edited(self, _text: str) -> None:
        _start, word = self._current_word()
        popup = self.completer.popup()
        found = ranked_languages(word) if len(word) >= 2 else []
        self.model.setStringList(found)
        if found:
            self.completer.setCompletionPrefix("")
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def _chosen(self, item: str) -> None:
        m = _CODE_IN_ITEM.search(item)
        if m is None:
            return
        start, word = self._current_word()
        text = self.edit.text()
        end = start + len(word)
        code = m.group(1)
        rest = text[end:]
        new = text[:start] + code + (", " if self.many and not rest.strip() else "") + rest
        self.edit.setText(new)
        self.edit.setCursorPosition(len(text[:start] + code) + (2 if self.many else 0))

    def _name_them(self, _text: str = "") -> None:
        found = self.codes()
        self.named.setText(", ".join(language_label(c) for c in found))
        self.named.setStyleSheet("color: palette(placeholder-text);")
