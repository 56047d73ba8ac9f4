"""The table model of a case's log: every entry in the order recorded, fetched lazily.

A case of ten thousand entries must open at once, so the model exposes rows in batches
(``canFetchMore``/``fetchMore``) and reads an entry from the vault only when a row is shown.
Meanwhile a light index of the whole log (id, type, what corrects what, and the words of
each entry) is built a chunk at a time on the event loop; it gives the "Corrected" markers
and lets the type and text filters search the whole log, not just the rows loaded so far.
Entries never change once recorded, so everything read stays valid until the case is
closed in the view; :meth:`clear` drops it all.

In the main window the case's whole log is read in a worker anyway (for the case tabs), so
there the index is built in that worker too (:func:`index_extra`) and handed over with
:meth:`LogModel.adopt_index`: the model then indexes nothing on the GUI thread itself
(``index_in_worker``) unless a filter needs the index before it has arrived.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from msvlo_desktop.core.entries import Entry, search_text, summary
from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.gui.entry_forms.display import type_label
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

BATCH = 200  # rows exposed per fetchMore, entries read per page
INDEX_CHUNK = 1000  # entries indexed per turn of the event loop

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Indexed:
    """What the filters and markers need to know about one entry."""

    seq: int
    id: str
    type: str
    corrects: str | None  # for a correction: the original entry it corrects
    words: str  # lower-case text the text filter looks in


class LogIndex:
    """The index of a log's first entries: made a chunk at a time on the GUI thread, or in a
    worker (it touches no widget). ``items[i]`` is entry number ``i + 1``."""

    def __init__(self) -> None:
        self.items: list[Indexed] = []
        self.by_id: dict[str, Indexed] = {}
        self.corrected_by: dict[str, list[int]] = {}  # original id -> corrections' numbers

    def __len__(self) -> int:
        return len(self.items)

    def copy(self) -> LogIndex:
        out = LogIndex()
        out.items = list(self.items)
        out.by_id = dict(self.by_id)
        out.corrected_by = {k: list(v) for k, v in self.corrected_by.items()}
        return out

    def add(self, e: Entry) -> None:
        """Index the next entry of the log."""
        corrects = None
        if e.type == "correction":
            corrects = str(e.data["corrects"])
            target = self.by_id.get(corrects)
            # A correction of a correction corrects the original.
            if target is not None and target.corrects:
                corrects = target.corrects
            self.corrected_by.setdefault(corrects, []).append(e.seq)
        words = " ".join(
            (
                f"#{e.seq}",
                uk_datetime(e.occurred_at),
                type_label(e.type),
                summary(e),
                search_text(e),
                _tr("late") if e.is_late else "",
                _tr("sensitive") if e.sensitive else "",
            )
        ).lower()
        item = Indexed(e.seq, e.id, e.type, corrects, words)
        self.items.append(item)
        self.by_id[e.id] = item


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogModel", text)


INDEX_EXTRA = "log index"


def index_extra(log: Any, previous: LogIndex | None) -> LogIndex:
    """The index of a :class:`~msvlo_desktop.gui.case_log.CaseLog`, made in its worker:
    the previous snapshot's index, copied, with the entries recorded since."""
    entries = log.entries
    index = previous.copy() if previous is not None and len(previous) <= len(entries) else None
    if index is None:
        index = LogIndex()
    for e in entries[len(index) :]:
        index.add(e)
    return index


class LogModel(QAbstractTableModel):
    """Columns: No., Occurred, Type, Summary, Author, Markers."""

    COL_SEQ, COL_OCCURRED, COL_TYPE, COL_SUMMARY, COL_AUTHOR, COL_MARKERS = range(6)
    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    SeqRole = Qt.ItemDataRole.UserRole + 2

    indexingFinished = Signal()
    filterChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("No."),
            self.tr("Occurred"),
            self.tr("Type"),
            self.tr("Summary"),
            self.tr("Author"),
            self.tr("Markers"),
        ]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._index_step)
        # True in the main window: the index comes from the worker reading the case's log.
        self.index_in_worker = False
        self._reset_state()

    def _reset_state(self) -> None:
        self.vault: Vault | None = None
        self.case_ref: str | None = None
        self._total = 0
        self._exposed = 0
        self._cache: dict[int, Entry] = {}
        self._ix = LogIndex()
        self._type_filter: str | None = None
        self._text_filter = ""
        self._matches: list[int] | None = None  # seqs matching the filters, when filtering
        self.filter_waiting = False  # a filter waits for the worker's index

    # ------------------------------------------------------------------ the case
    def set_case(self, vault: Vault, case_ref: str) -> None:
        self.beginResetModel()
        self._timer.stop()
        self._reset_state()
        self.vault = vault
        self.case_ref = case_ref
        self._total = vault.entry_count(case_ref)
        self._exposed = min(BATCH, self._total)
        self.endResetModel()
        if not self._total:
            self.indexingFinished.emit()
        elif not self.index_in_worker:
            self._timer.start()

    def adopt_index(self, case_ref: str, index: LogIndex) -> None:
        """Take the index of this case's log made in a worker, when it holds more of the
        log than the model's own (the model keeps a copy: it adds to it after saves)."""
        if case_ref != self.case_ref or self.vault is None or len(index) <= len(self._ix):
            return
        self._timer.stop()
        self._ix = index.copy()
        if len(self._ix) > self._total:
            self.refresh()  # entries recorded since the model counted them
        if self.filter_waiting:
            self._apply_filter()
        if self.index_complete:
            self._index_done()
        elif not self.index_in_worker:
            self._timer.start()

    def clear(self) -> None:
        """Forget the case: every entry, the index and the filters."""
        self.beginResetModel()
        self._timer.stop()
        self._reset_state()
        self.endResetModel()

    def refresh(self) -> None:
        """Take in entries added since the case was shown (after a save)."""
        if self.vault is None or self.case_ref is None:
            return
        total = self.vault.entry_count(self.case_ref)
        if total == self._total:
            return
        old = self._total
        self._total = total
        if self.index_complete_upto(old):
            self._index_until(total)
        elif not self._timer.isActive() and not self.index_in_worker:
            self._timer.start()
        if self._matches is not None:
            self._apply_filter()
        elif self._exposed == old:
            self.beginInsertRows(QModelIndex(), old, total - 1)
            self._exposed = total
            self.endInsertRows()
        if self._exposed:
            # A correction changes the markers of the entry it corrects, wherever that is.
            self.dataChanged.emit(
                self.index(0, self.COL_MARKERS), self.index(self._exposed - 1, self.COL_MARKERS)
            )

    @property
    def total(self) -> int:
        return self._total

    @property
    def is_filtered(self) -> bool:
        return self._matches is not None

    @property
    def match_count(self) -> int:
        return len(self._matches) if self._matches is not None else self._total

    # ------------------------------------------------------------------ lazy rows
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._exposed

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _available(self) -> int:
        return len(self._matches) if self._matches is not None else self._total

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._exposed < self._available()

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self.expose(self._exposed + BATCH)

    def expose(self, rows: int) -> None:
        """Make at least ``rows`` rows (up to all) available to the view."""
        rows = min(rows, self._available())
        if rows <= self._exposed:
            return
        self.beginInsertRows(QModelIndex(), self._exposed, rows - 1)
        self._exposed = rows
        self.endInsertRows()

    def seq_at(self, row: int) -> int:
        return self._matches[row] if self._matches is not None else row + 1

    def row_of_seq(self, seq: int) -> int | None:
        """The row an entry is (or will be, once exposed) shown in; None if filtered out."""
        if self._matches is None:
            return seq - 1 if 1 <= seq <= self._total else None
        i = bisect_left(self._matches, seq)
        return i if i < len(self._matches) and self._matches[i] == seq else None

    def entry_at(self, row: int) -> Entry | None:
        if not 0 <= row < self._exposed:
            return None
        return self.entry_by_seq(self.seq_at(row))

    def entry_by_seq(self, seq: int) -> Entry | None:
        found = self._cache.get(seq)
        if found is not None or self.vault is None or self.case_ref is None:
            return found
        try:
            items = self._ix.items
            indexed = items[seq - 1] if seq <= len(items) else None
            if self._matches is not None and indexed is not None:
                # Scattered matches: read the one entry rather than its whole page.
                found = self.vault.get_entry(self.case_ref, indexed.id)
                self._cache[seq] = found
                return found
            start = (seq - 1) // BATCH * BATCH
            for e in self.vault.entries_page(self.case_ref, start, BATCH):
                self._cache[e.seq] = e
        except VaultError:
            return None  # the vault locked under the view; the window clears it next
        return self._cache.get(seq)

    def entry_by_id(self, entry_id: str) -> Entry | None:
        seq = self.seq_of(entry_id)
        return self.entry_by_seq(seq) if seq else None

    def seq_of(self, entry_id: str) -> int | None:
        indexed = self._ix.by_id.get(entry_id)
        if indexed is not None:
            return indexed.seq
        if self.vault is None or self.case_ref is None:
            return None
        try:
            entry = self.vault.get_entry(self.case_ref, entry_id)
        except VaultError:
            return None
        self._cache[entry.seq] = entry
        return entry.seq

    # ------------------------------------------------------------------ display
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.COL_SEQ:
                return str(entry.seq)
            if col == self.COL_OCCURRED:
                return uk_datetime(entry.occurred_at)
            if col == self.COL_TYPE:
                return type_label(entry.type)
            if col == self.COL_SUMMARY:
                return summary(entry)
            if col == self.COL_AUTHOR:
                return entry.author
            if col == self.COL_MARKERS:
                return ", ".join(self.markers(entry))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.EntryIdRole:
            return entry.id
        if role == self.SeqRole:
            return entry.seq
        return None

    def markers(self, entry: Entry) -> list[str]:
        """What is notable about an entry, in words (never shown by colour alone)."""
        out = []
        if entry.is_late:
            out.append(self.tr("Late"))
        if entry.sensitive:
            out.append(self.tr("Sensitive"))
        corrected = self._ix.corrected_by.get(entry.id)
        if corrected:
            out.append(
                self.tr("Corrected by {refs}").format(refs=", ".join(f"#{n}" for n in corrected))
            )
        if entry.type == "correction":
            target = self.original_of(entry)
            seq = self.seq_of(target) if target else None
            out.append(
                self.tr("Correction of #{n}").format(n=seq) if seq else self.tr("Correction")
            )
        return out

    # ------------------------------------------------------------------ corrections
    def original_of(self, correction: Entry) -> str:
        """The id of the entry a correction (or a correction of one) corrects."""
        indexed = self._ix.by_id.get(correction.id)
        if indexed is not None and indexed.corrects:
            return indexed.corrects
        target = str(correction.data["corrects"])
        seen = {correction.id}
        while target not in seen:
            seen.add(target)
            found = self.entry_by_id(target)
            if found is None or found.type != "correction":
                break
            target = str(found.data["corrects"])
        return target

    def corrections_of(self, entry_id: str) -> list[Entry]:
        """The corrections of an entry, oldest first (the whole log is indexed first, unless
        the index comes from a worker: then the corrections alone are read meanwhile)."""
        if not self.index_complete and self.index_in_worker:
            return self._corrections_read(entry_id)
        self.finish_index()
        out = []
        for seq in self._ix.corrected_by.get(entry_id, []):
            found = self.entry_by_seq(seq)
            if found is not None:
                out.append(found)
        return out

    def _corrections_read(self, entry_id: str) -> list[Entry]:
        """Before the index is complete: the case's corrections, read through the type
        index, that correct ``entry_id`` (or a correction of it)."""
        if self.vault is None or self.case_ref is None:
            return []
        try:
            corrections = self.vault.entries_of_types(self.case_ref, ("correction",))
        except VaultError:
            return []
        by_id = {c.id: c for c in corrections}
        out = []
        for c in corrections:
            target, seen = str(c.data["corrects"]), {c.id}
            while target in by_id and target not in seen:
                seen.add(target)
                target = str(by_id[target].data["corrects"])
            if target == entry_id:
                self._cache[c.seq] = c
                out.append(c)
        return out

    # ------------------------------------------------------------------ the index
    def index_here(self) -> None:
        """The worker's index will not come for this case (it could not be read there):
        index on the GUI thread after all."""
        if self.vault is None or self.index_complete:
            return
        if self.filter_waiting:
            self._apply_filter(force=True)
        elif not self._timer.isActive():
            self._timer.start()

    def index_complete_upto(self, n: int) -> bool:
        return len(self._ix) >= n

    @property
    def index_complete(self) -> bool:
        return self.vault is not None and len(self._ix) >= self._total

    def finish_index(self) -> None:
        """Index the rest of the log now (the filters and details need all of it)."""
        if not self.index_complete:
            self._index_until(self._total)
            self._timer.stop()
            self._index_done()

    def _index_step(self) -> None:
        if self.vault is None:
            return
        self._index_until(min(self._total, len(self._ix) + INDEX_CHUNK))
        if self.index_complete:
            self._index_done()
        else:
            self._timer.start()

    def _index_done(self) -> None:
        if self._exposed:
            self.dataChanged.emit(
                self.index(0, self.COL_MARKERS), self.index(self._exposed - 1, self.COL_MARKERS)
            )
        self.indexingFinished.emit()

    def _index_until(self, n: int) -> None:
        if self.vault is None or self.case_ref is None:
            return
        index = self._ix
        while len(index) < n:
            try:
                page = self.vault.entries_page(
                    self.case_ref, len(index), min(INDEX_CHUNK, n - len(index))
                )
            except VaultError:
                return
            if not page:
                return
            for e in page:
                index.add(e)

    # ------------------------------------------------------------------ filters
    def set_filter(self, entry_type: str | None, text: str) -> None:
        """Show only entries of ``entry_type`` (None: all) containing every word of
        ``text``, searched over the whole log."""
        self._type_filter = entry_type or None
        self._text_filter = text.strip().lower()
        self._apply_filter()

    def _apply_filter(self, *, force: bool = False) -> None:
        words = self._text_filter.split()
        kind = self._type_filter
        if (words or kind is not None) and not self.index_complete:
            if self.index_in_worker and not force:
                # The worker's index is on its way: filter when it comes.
                self.filter_waiting = True
                self.filterChanged.emit()
                return
            self.finish_index()
        self.filter_waiting = False
        self.beginResetModel()
        if not words and kind is None:
            self._matches = None
            self._exposed = min(BATCH, self._total)
        else:
            self._matches = [
                i.seq
                for i in self._ix.items
                if (kind is None or i.type == kind) and all(w in i.words for w in words)
            ]
            self._exposed = min(BATCH, len(self._matches))
        self.endResetModel()
        self.filterChanged.emit()
