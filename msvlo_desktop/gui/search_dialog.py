"""Search every case's log for words, and open a result in its case.

The vault runs the search and records it in the audit log (a consultation of case data);
this dialog only shows the results. Enter in the search box searches; Enter or a
double-click on a result emits ``openEntry(case_ref, entry_id)`` for the window to show.

The search runs in a worker on the dialog's own connection to the vault (opened by the first
search, closed with the dialog), so the window never waits for it. While it runs the status
line says "Searching…"; a new search, or an edit of the words, discards the one running:
only results for what the box asks are ever shown. Each search run is audited once, by the
connection that ran it.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.gui import diagnostics, messages
from msvlo_desktop.gui.entry_forms.base import TRAINING_PREFIX
from msvlo_desktop.gui.entry_forms.display import type_label
from msvlo_desktop.gui.forms.ui_search_dialog import Ui_SearchDialog
from msvlo_desktop.gui.screen_fit import keep_on_screen
from msvlo_desktop.gui.workers import Task, TaskCancelled, run_task
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import SearchHit, Vault

SEARCH_LIMIT = 200
_CASE_ROLE = Qt.ItemDataRole.UserRole + 1
_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


class _Reader:
    """The dialog's own connection to the vault (``Vault.worker_connection``), opened in
    the first search's worker and used by one search at a time until closed."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._lock = threading.Lock()
        self._conn: Vault | None = None
        self._closed = False

    def search(self, query: str) -> list[SearchHit]:
        with self._lock:
            if self._closed:
                raise TaskCancelled
            if self._conn is None:
                if not self._vault.is_open:
                    raise VaultError("The vault is locked.")
                self._conn = self._vault.worker_connection()
            return self._conn.search(query, limit=SEARCH_LIMIT)

    def close(self) -> None:
        """Close the connection (after the search using it, if one is)."""
        with self._lock:
            self._closed = True
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


def _close_reader(reader: _Reader) -> None:
    """Close ``reader`` in a worker: a search still using it finishes first."""

    def ignore(_: object) -> None:
        pass

    run_task(lambda task: reader.close(), ignore, diagnostics.log_bug)


class SearchDialog(QDialog):
    openEntry = Signal(str, str)
    # The hits shown, once a search has finished and its results are in the table.
    searched = Signal(object)

    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent)
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        keep_on_screen(self)
        self.vault = vault
        self.results = QStandardItemModel(0, 5, self)
        self.results.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("No."),
                self.tr("Occurred"),
                self.tr("Type"),
                self.tr("Text found"),
            ]
        )
        table = self.ui.resultsTableView
        table.setModel(self.results)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        fm = table.fontMetrics()
        for col, sample in enumerate(
            ("KESTREL-0042 (V1)", "00000", "24/03/2026 14:05", "Investigation event")
        ):
            header.resizeSection(col, fm.horizontalAdvance(sample) + 24)
        self._case_min_width = header.sectionSize(0)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._open)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.ui.openButton.setEnabled(current.isValid())
        )
        self.ui.searchLineEdit.returnPressed.connect(self.search)
        self.ui.searchLineEdit.textEdited.connect(self._edited)
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.openButton.clicked.connect(lambda: self._open(table.currentIndex()))
        self.ui.closeButton.clicked.connect(self.reject)
        title = self.tr("Search every case")
        if vault.is_training:
            title = self.tr(TRAINING_PREFIX) + title
            self.ui.trainingBannerLabel.setText(self.tr("TRAINING: fictional data"))
            self.ui.trainingBannerLabel.setVisible(True)
        self.setWindowTitle(title)
        self.ui.resultsStatusLabel.setText(
            self.tr("Type words and press Enter. Every word must appear in the entry.")
        )
        self._reader = _Reader(vault)
        self._task: Task | None = None

    @property
    def searching(self) -> bool:
        """A search is running and its results will be shown."""
        return self._task is not None

    def search(self) -> None:
        """Start the search typed in the box; the results replace the table when it
        finishes (``searched`` follows)."""
        query = self.ui.searchLineEdit.text().strip()
        self._discard()
        self.results.removeRows(0, self.results.rowCount())
        self.ui.openButton.setEnabled(False)
        if not query:
            self.ui.resultsStatusLabel.setText(self.tr("Type what to search for."))
            return
        self.ui.resultsStatusLabel.setText(self.tr("Searching…"))
        reader = self._reader

        def work(task: Task) -> list[SearchHit]:
            return reader.search(query)

        task: Task | None = None

        def done(hits: list[SearchHit]) -> None:
            if self._task is task:
                self._task = None
                self._show(query, hits)

        def failed(exc: BaseException) -> None:
            if self._task is not task:
                return
            self._task = None
            self.ui.resultsStatusLabel.setText(self.tr("The search could not be run."))
            if isinstance(exc, VaultError):
                messages.error(self, self.tr("The search could not be run"), str(exc))
            elif not isinstance(exc, TaskCancelled):
                diagnostics.show_unexpected(self, exc)

        task = self._task = run_task(work, done, failed)

    def _discard(self) -> None:
        """Forget the search running, if one is: its results are never shown."""
        if self._task is not None:
            self._task.discard()
            self._task = None

    def _edited(self, _text: str) -> None:
        if self._task is not None:
            self._discard()
            self.ui.resultsStatusLabel.setText(self.tr("Press Enter to search for these words."))

    def case_text(self, hit: SearchHit) -> tuple[str, str]:
        """The Case cell (reference and the victim's pseudonym, enough to tell two cases
        apart) and its tooltip (the whole, in words)."""
        if not hit.pseudonym:
            return hit.case_ref, self.tr("Case {ref}").format(ref=hit.case_ref)
        return (
            f"{hit.case_ref} ({hit.pseudonym})",
            self.tr("Case {ref}, victim {pseudonym}").format(
                ref=hit.case_ref, pseudonym=hit.pseudonym
            ),
        )

    def _show(self, query: str, hits: list[SearchHit]) -> None:
        for hit in hits:
            e = hit.entry
            case_cell, case_tip = self.case_text(hit)
            cells = [
                (case_cell, case_tip),
                (str(e.seq), str(e.seq)),
                (uk_datetime(e.occurred_at), uk_datetime(e.occurred_at)),
                (type_label(e.type), type_label(e.type)),
                (hit.snippet, hit.snippet),
            ]
            items = []
            for text, tip in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(tip)
                item.setData(hit.case_ref, _CASE_ROLE)
                item.setData(e.id, _ENTRY_ROLE)
                items.append(item)
            items[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.results.appendRow(items)
        if hits:
            self._fit_case_column()
        if not hits:
            status = self.tr("No entry contains all of: {q}").format(q=query)
        elif len(hits) >= SEARCH_LIMIT:
            status = self.tr(
                "The {n} most recent matches are shown; add words to narrow the search."
            ).format(n=len(hits))
        elif len(hits) == 1:
            status = self.tr("1 entry found. Press Enter or double-click to open it.")
        else:
            status = self.tr("{n} entries found. Press Enter or double-click to open one.").format(
                n=len(hits)
            )
        self.ui.resultsStatusLabel.setText(status)
        if hits:
            table = self.ui.resultsTableView
            table.selectionModel().setCurrentIndex(
                self.results.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.searched.emit(hits)

    def _fit_case_column(self) -> None:
        """The Case column as wide as its longest cell (up to a third of the table, the
        tooltip holding the whole), so no two cases look the same."""
        table = self.ui.resultsTableView
        fm = table.fontMetrics()
        widest = max(
            fm.horizontalAdvance(str(self.results.item(row, 0).text()))
            for row in range(self.results.rowCount())
        )
        least = self._case_min_width
        limit = max(least, table.viewport().width() // 3)
        table.horizontalHeader().resizeSection(0, min(max(widest + 24, least), limit))

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        case_ref = index.data(_CASE_ROLE)
        entry_id = index.data(_ENTRY_ROLE)
        if case_ref and entry_id:
            self.openEntry.emit(str(case_ref), str(entry_id))

    def _release(self) -> None:
        """Discard the search running and close the dialog's connection to the vault."""
        self._discard()
        _close_reader(self._reader)
        self._reader = _Reader(self.vault)

    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._release()
        super().closeEvent(event)

    def clear(self) -> None:
        """Forget the search and its results (the window is locking)."""
        self._release()
        self.ui.searchLineEdit.clear()
        self.results.removeRows(0, self.results.rowCount())
        self.ui.openButton.setEnabled(False)
        self.ui.resultsStatusLabel.setText(
            self.tr("Type words and press Enter. Every word must appear in the entry.")
        )
