"""The case log view: every entry of a case in a table, filters, and the chosen entry's
details, including what a correction changed.

The window gives the view the unlocked vault (``set_vault``), shows a case (``show_case``)
and calls ``refresh`` after it saves an entry. ``clear`` drops every piece of case data the
view holds (the window calls it before locking). The "Correct this entry…" action opens the
correction form on the selected entry.

In the window's case area the view takes its index of the log (markers, filters) from the
worker that reads each case's log for the case tabs (``take_logs_from``, ``adopt_log``), so
it does no indexing of its own on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from msvlo_desktop.core.entries import ENTRY_TYPES, STATUS_TYPES, Entry
from msvlo_desktop.gui.entry_forms import EntryDialog, open_entry_form
from msvlo_desktop.gui.entry_forms.display import entry_html, type_label
from msvlo_desktop.gui.forms.ui_log_view import Ui_LogView
from msvlo_desktop.gui.log_model import INDEX_EXTRA, LogIndex, LogModel, index_extra
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault


class LogView(QWidget):
    """The log of one case. ``entrySelected`` carries the id of the entry chosen;
    ``entryAdded`` the entry a form opened from this view saved (a correction)."""

    entrySelected = Signal(str)
    entryAdded = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, author: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LogView()
        self.ui.setupUi(self)
        self.vault: Vault | None = None
        self.case_ref: str | None = None
        self.author = author
        self.model = LogModel(self)

        table = self.ui.entriesTableView
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        # Widths come from the text they must hold: resizing to contents would read every
        # entry of a long log.
        fm = table.fontMetrics()
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        widths = {
            LogModel.COL_SEQ: fm.horizontalAdvance("00000") + 24,
            LogModel.COL_OCCURRED: fm.horizontalAdvance("24/03/2026 14:05") + 24,
            LogModel.COL_TYPE: fm.horizontalAdvance("Investigation event") + 24,
            LogModel.COL_AUTHOR: fm.horizontalAdvance("PC 1234 A. Smith, Example") + 24,
            LogModel.COL_MARKERS: fm.horizontalAdvance("Late, Sensitive, Corrected by #00") + 24,
        }
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(LogModel.COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.selectionModel().currentRowChanged.connect(self._current_changed)

        combo = self.ui.typeFilterComboBox
        combo.addItem(self.tr("All types"), None)
        for entry_type in (*ENTRY_TYPES, *STATUS_TYPES):
            combo.addItem(type_label(entry_type), entry_type)
        combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.ui.textFilterLineEdit.textChanged.connect(lambda _t: self._filter())

        self.correct_action = QAction(self.tr("Correct this entry…"), self)
        self.correct_action.setEnabled(False)
        self.correct_action.triggered.connect(lambda: self.open_correction())
        table.addAction(self.correct_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.ui.correctEntryButton.clicked.connect(self.correct_action.trigger)
        self.correct_action.changed.connect(
            lambda: self.ui.correctEntryButton.setEnabled(self.correct_action.isEnabled())
        )

        self.model.indexingFinished.connect(self._index_ready)
        self.model.filterChanged.connect(self._update_count)
        self._show_placeholder()

    # ------------------------------------------------------------------ the API
    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault

    def take_logs_from(self, source: Any) -> None:
        """``source`` (a ``CaseLogSource``) reads the log of every case shown in a worker:
        the index is made there too, and handed over with :meth:`adopt_log`."""
        source.add_extra(INDEX_EXTRA, index_extra)
        self.model.index_in_worker = True

    def adopt_log(self, log: Any) -> None:
        """A snapshot of the case's log (a ``CaseLog``) was read: take its index."""
        index = log.extras.get(INDEX_EXTRA)
        if isinstance(index, LogIndex):
            self.model.adopt_index(log.ref, index)
            self._update_count()

    def log_failed(self) -> None:
        """The case's log could not be read in the worker: index it here after all."""
        self.model.index_here()

    def show_case(self, ref: str) -> None:
        """Show the log of case ``ref`` (the vault must be set)."""
        if self.vault is None:
            raise RuntimeError("LogView.show_case needs set_vault first")
        self._reset_filters()
        self.case_ref = ref
        self.model.set_case(self.vault, ref)
        self._update_count()
        self._show_placeholder()
        self._update_actions()

    def select_entry(self, entry_id: str) -> bool:
        """Select and show an entry (clearing filters that hide it). False if not found."""
        seq = self.model.seq_of(entry_id)
        if seq is None:
            return False
        row = self.model.row_of_seq(seq)
        if row is None:
            self._reset_filters()
            self.model.set_filter(None, "")
            row = self.model.row_of_seq(seq)
            if row is None:
                return False
        self.model.expose(row + 1)
        index = self.model.index(row, LogModel.COL_SUMMARY)
        table = self.ui.entriesTableView
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def clear(self) -> None:
        """Drop every reference to case data: rows, index, details and filter text."""
        self.case_ref = None
        self.model.clear()
        self._reset_filters()
        self.ui.detailsTextBrowser.clear()
        self.ui.matchCountLabel.clear()
        self._show_placeholder()
        self._update_actions()

    def refresh(self) -> None:
        """Show entries saved since the case was shown, and new correction markers."""
        if self.case_ref is None:
            return
        current = self.current_entry()
        self.model.refresh()
        self._update_count()
        self._update_actions()
        if current is not None and self.select_entry(current.id):
            self._show_details(current)
        else:
            # The placeholder may speak of an empty log that has entries now.
            self._show_placeholder()

    def current_entry(self) -> Entry | None:
        index = self.ui.entriesTableView.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def open_correction(self, entry_id: str | None = None) -> EntryDialog | None:
        """Open the correction form on ``entry_id`` (default: the selected entry)."""
        if self.vault is None or self.case_ref is None:
            return None
        if entry_id is None:
            current = self.current_entry()
            entry_id = current.id if current is not None else None
        prefill = {"corrects": entry_id} if entry_id else None
        dialog = open_entry_form(
            self, self.vault, self.case_ref, "correction", prefill=prefill, author=self.author
        )
        dialog.saved.connect(self._saved)
        return dialog

    # ------------------------------------------------------------------ internals
    def _saved(self, entry: Entry) -> None:
        self.refresh()
        self.entryAdded.emit(entry)

    def _reset_filters(self) -> None:
        for widget in (self.ui.typeFilterComboBox, self.ui.textFilterLineEdit):
            widget.blockSignals(True)
        self.ui.typeFilterComboBox.setCurrentIndex(0)
        self.ui.textFilterLineEdit.clear()
        for widget in (self.ui.typeFilterComboBox, self.ui.textFilterLineEdit):
            widget.blockSignals(False)

    def _filter(self) -> None:
        if self.case_ref is None:
            return
        current = self.current_entry()
        self.model.set_filter(
            self.ui.typeFilterComboBox.currentData(), self.ui.textFilterLineEdit.text()
        )
        if current is not None and self.model.row_of_seq(current.seq) is not None:
            self.select_entry(current.id)
        else:
            self._show_placeholder()

    def _update_count(self) -> None:
        if self.case_ref is None:
            self.ui.matchCountLabel.clear()
            return
        total = self.model.total
        if self.model.filter_waiting:
            text = self.tr("Searching all {total} entries…").format(total=f"{total:,}")
        elif self.model.is_filtered:
            text = self.tr("{n} of {total} entries match").format(
                n=f"{self.model.match_count:,}", total=f"{total:,}"
            )
        elif total == 1:
            text = self.tr("1 entry")
        else:
            text = self.tr("{total} entries").format(total=f"{total:,}")
        self.ui.matchCountLabel.setText(text)

    def _update_actions(self) -> None:
        closed = False
        if self.vault is not None and self.case_ref is not None:
            try:
                closed = self.vault.get_case(self.case_ref).status == "closed"
            except VaultError:
                closed = True
        current = self.current_entry()
        status_entry = current is not None and current.type in STATUS_TYPES
        enabled = self.case_ref is not None and not closed and current is not None
        self.correct_action.setEnabled(enabled and not status_entry)
        if closed:
            tip = self.tr(
                "The case is closed: reopen it (Case menu: Reopen case…) to correct an entry."
            )
        elif status_entry:
            tip = self.tr(
                "A closing or reopening is not corrected: close or reopen the case again with "
                "the right reason."
            )
        else:
            tip = self.tr("Record a correction of the selected entry; the entry itself is kept.")
        self.correct_action.setToolTip(tip)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry_at(current.row()) if current.isValid() else None
        self._update_actions()
        if entry is None:
            self._show_placeholder()
            return
        self._show_details(entry)
        self.entrySelected.emit(entry.id)

    def _index_ready(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._show_details(entry)

    def _show_details(self, entry: Entry) -> None:
        lookup = self.model.entry_by_id
        if entry.type == "correction":
            corrected = self.model.entry_by_id(self.model.original_of(entry))
            html = entry_html(entry, corrected=corrected, lookup=lookup)
        else:
            html = entry_html(entry, corrections=self.model.corrections_of(entry.id), lookup=lookup)
        self.ui.detailsTextBrowser.setHtml(html)

    def _show_placeholder(self) -> None:
        if self.case_ref is None:
            text = ""
        elif self.model.total == 0:
            text = self.tr("No entries in this log yet.")
        elif self.model.is_filtered and self.model.match_count == 0:
            text = self.tr("No entries match the filter.")
        else:
            text = self.tr("Select an entry to see all its details.")
        self.ui.detailsTextBrowser.setPlainText(text)
