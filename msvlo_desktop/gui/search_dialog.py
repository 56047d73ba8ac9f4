"""Search every case's log for words, and open a result in its case.

The vault runs the search and records it in the audit log (a consultation of case data);
this dialog only shows the results. Enter in the search box searches; Enter or a
double-click on a result emits ``openEntry(case_ref, entry_id)`` for the window to show.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.gui import messages
from msvlo_desktop.gui.entry_forms.base import TRAINING_PREFIX
from msvlo_desktop.gui.entry_forms.display import type_label
from msvlo_desktop.gui.forms.ui_search_dialog import Ui_SearchDialog
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import SearchHit, Vault

SEARCH_LIMIT = 200
_CASE_ROLE = Qt.ItemDataRole.UserRole + 1
_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


class SearchDialog(QDialog):
    openEntry = Signal(str, str)

    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent)
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
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
            ("KESTREL-0042-X", "00000", "24/03/2026 14:05", "Investigation event")
        ):
            header.resizeSection(col, fm.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._open)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.ui.openButton.setEnabled(current.isValid())
        )
        self.ui.searchLineEdit.returnPressed.connect(self.search)
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

    def search(self) -> list[SearchHit]:
        """Run the search typed in the box and show the results."""
        query = self.ui.searchLineEdit.text().strip()
        self.results.removeRows(0, self.results.rowCount())
        self.ui.openButton.setEnabled(False)
        if not query:
            self.ui.resultsStatusLabel.setText(self.tr("Type what to search for."))
            return []
        try:
            hits = self.vault.search(query, limit=SEARCH_LIMIT)
        except VaultError as exc:
            messages.error(self, self.tr("The search could not be run"), str(exc))
            return []
        for hit in hits:
            e = hit.entry
            cells = [
                hit.case_ref,
                str(e.seq),
                uk_datetime(e.occurred_at),
                type_label(e.type),
                hit.snippet,
            ]
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(text)
                item.setData(hit.case_ref, _CASE_ROLE)
                item.setData(e.id, _ENTRY_ROLE)
                items.append(item)
            items[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.results.appendRow(items)
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
        return hits

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        case_ref = index.data(_CASE_ROLE)
        entry_id = index.data(_ENTRY_ROLE)
        if case_ref and entry_id:
            self.openEntry.emit(str(case_ref), str(entry_id))

    def clear(self) -> None:
        """Forget the search and its results (the window is locking)."""
        self.ui.searchLineEdit.clear()
        self.results.removeRows(0, self.results.rowCount())
        self.ui.openButton.setEnabled(False)
        self.ui.resultsStatusLabel.setText(
            self.tr("Type words and press Enter. Every word must appear in the entry.")
        )
