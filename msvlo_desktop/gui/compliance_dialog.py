"""The Victims' Code compliance return in the window, and a supervisor's merge of returns.

``ComplianceReturnDialog`` (Vault > Compliance return…): choose a period, make the return
(``services.compliance``: counts only, signed with the vault's key, recorded in the audit
log), read it in the preview and save it as JSON and/or PDF. ``ComplianceMergeDialog``
(Vault > Merge compliance returns…, and the start window, since it needs no vault): add
officers' returns, merge them (every signature checked; ``services.compliance_merge``),
optionally as the force-level version for the PCC, preview and save.

The preview is laid out from the return's JSON alone, with the words of
``core.wording_compliance``, so it shows what the files will hold and nothing more.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.obligation_model import STATUSES
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.core.wording_compliance import (
    CASE_LABELS,
    PROVISIONAL,
    STATUS_LABELS,
    SUPPRESSED,
    kind_label,
    on_time_rate,
    percent_text,
)
from msvlo_desktop.gui import messages
from msvlo_desktop.reports.compliance_pdf import return_pdf, team_pdf
from msvlo_desktop.reports.output import ReportWriteError, write_atomically
from msvlo_desktop.services.compliance import Period, make_return, parse_period
from msvlo_desktop.services.compliance_merge import Loaded, for_pcc, merge_returns, parse_return
from msvlo_desktop.storage.vault import Vault, utc_now

__all__ = [
    "ComplianceMergeDialog",
    "ComplianceReturnDialog",
    "install_compliance_actions",
    "install_merge_button",
    "last_quarter",
    "preview_html",
]

_MAX_RETURN_BYTES = 1_000_000


def last_quarter(today: date) -> Period:
    """The last complete calendar quarter before ``today`` (returns are usually quarterly)."""
    start_month = 3 * ((today.month - 1) // 3) + 1
    this_quarter = date(today.year, start_month, 1)
    last = this_quarter - timedelta(days=1)
    first = date(last.year, 3 * ((last.month - 1) // 3) + 1, 1)
    return Period(first, last)


def _figure(value: Any) -> str:
    return SUPPRESSED if value is None else f"{int(value):,}"


def _period_text(doc: Mapping[str, Any]) -> str:
    p = doc["period"]
    return f"{uk_date(date.fromisoformat(p['from']))} to {uk_date(date.fromisoformat(p['to']))}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def preview_html(doc: Mapping[str, Any]) -> str:
    """The return, team view or force-level figures as HTML for the preview."""
    team = "returns" in doc
    force = team and not isinstance(doc["returns"], list)
    counts = doc["total"] if team else doc
    parts = [f"<p><b>Period:</b> {html.escape(_period_text(doc))}<br>"]
    if not team:
        parts.append(f"<b>Officer:</b> {html.escape(str(doc['officer']))}<br>")
        parts.append(f"<b>Vault key fingerprint:</b> {html.escape(str(doc['vault']))}<br>")
    else:
        n = doc["returns"] if force else len(doc["returns"])
        parts.append(f"<b>Returns merged:</b> {n}<br>")
    parts.append(f"<b>Rules version:</b> {html.escape(str(doc['rules_version']))}<br>")
    made = uk_datetime(datetime.fromisoformat(str(doc["generated_at"])))
    parts.append(f"<b>Made at:</b> {html.escape(made)} (London time)</p>")
    if doc.get("training"):
        parts.append("<p><b>TRAINING</b>: made from a training vault.</p>")
    case_keys = [k for k in ("total", "open", "closed", "child", "enhanced_rights")]
    case_keys = [k for k in case_keys if k in counts["cases"]]
    parts.append(
        _table(
            [CASE_LABELS[k] for k in case_keys],
            [[_figure(counts["cases"][k]) for k in case_keys]],
        )
    )
    kinds = list(counts["obligations"])
    rows = [
        [STATUS_LABELS[s], *(_figure(counts["obligations"][k].get(s)) for k in kinds)]
        for s in (*STATUSES, "total")
        if s in counts["obligations"][kinds[0]]
    ]
    rows.append(["On time", *(percent_text(on_time_rate(counts["obligations"][k])) for k in kinds)])
    parts.append("<p></p>" + _table(["", *(kind_label(k) for k in kinds)], rows))
    if team and not force:
        header = ["Officer", *(kind_label(k, short=True) + ": on time" for k in kinds)]
        officer_rows = [
            [str(r["officer"]), *(percent_text(on_time_rate(r["obligations"][k])) for k in kinds)]
            for r in doc["returns"]
        ]
        parts.append("<p></p>" + _table(header, officer_rows))
    if force:
        parts.append(f"<p>{html.escape(doc['disclosure_control']['method'])}</p>")
    parts.append(f"<p><i>{html.escape(PROVISIONAL)}</i></p>")
    return "".join(parts)


class _SavingDialog(QDialog):
    """What both dialogs share: a preview, and saving the document as JSON and as PDF."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(type(self).__name__)
        self.doc: dict[str, Any] | None = None
        self.layout_ = QVBoxLayout(self)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("role", "error")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.hide()
        self.previewBrowser = QTextBrowser(self)
        self.previewBrowser.setObjectName("previewBrowser")
        self.previewBrowser.setAccessibleName(self.tr("Preview"))
        self.saveJsonButton = QPushButton(self.tr("Save &JSON…"), self)
        self.saveJsonButton.setObjectName("saveJsonButton")
        self.savePdfButton = QPushButton(self.tr("Save &PDF…"), self)
        self.savePdfButton.setObjectName("savePdfButton")
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttonBox.addButton(self.saveJsonButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttonBox.addButton(self.savePdfButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.saveJsonButton.setAccessibleName(self.tr("Save as JSON"))
        self.savePdfButton.setAccessibleName(self.tr("Save as PDF"))
        close = self.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttonBox.rejected.connect(self.reject)
        self.saveJsonButton.clicked.connect(self.save_json)
        self.savePdfButton.clicked.connect(self.save_pdf)
        self._show(None)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.errorLabel)
        self.layout_.addWidget(self.previewBrowser, 1)
        self.layout_.addWidget(self.buttonBox)
        self.resize(760, 620)

    def _show(self, doc: dict[str, Any] | None, error: str = "") -> None:
        self.doc = doc
        self.errorLabel.setText(error)
        self.errorLabel.setVisible(bool(error))
        self.previewBrowser.setHtml(preview_html(doc) if doc else "")
        self.saveJsonButton.setEnabled(doc is not None)
        self.savePdfButton.setEnabled(doc is not None)

    def file_stem(self) -> str:
        raise NotImplementedError

    def pdf_bytes(self, doc: dict[str, Any]) -> bytes:
        raise NotImplementedError

    def _save(self, suffix: str, name_filter: str, make: Callable[[dict[str, Any]], bytes]) -> None:
        if self.doc is None:
            return
        path = messages.save_file(
            self, self.tr("Save as"), name_filter, f"{self.file_stem()}.{suffix}"
        )
        if path is None:
            return
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        try:
            write_atomically(path, make(self.doc))
        except ReportWriteError as exc:
            messages.error(self, self.tr("Not saved"), f"{exc} Nothing was written.")
            return
        messages.inform(self, self.tr("Saved"), self.tr("Saved {path}.").format(path=path))

    def save_json(self) -> None:
        self._save("json", self.tr("JSON (*.json)"), _json_bytes)

    def save_pdf(self) -> None:
        self._save("pdf", self.tr("PDF (*.pdf)"), self.pdf_bytes)


def _json_bytes(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ComplianceReturnDialog(_SavingDialog):
    """Make this vault's compliance return for a period, preview it and save it."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, "Victims' Code compliance return")
        self.vault = vault
        period = last_quarter(london_date(vault.clock()))
        form = QFormLayout()
        self.fromDateEdit = self._date_edit("fromDateEdit", period.first)
        self.toDateEdit = self._date_edit("toDateEdit", period.last)
        self.fromDateEdit.setAccessibleName(self.tr("First day of the period"))
        self.toDateEdit.setAccessibleName(self.tr("Last day of the period (included)"))
        form.addRow(self.tr("&From (first day):"), self.fromDateEdit)
        form.addRow(self.tr("&To (last day, included):"), self.toDateEdit)
        self.makeButton = QPushButton(self.tr("&Make return"), self)
        self.makeButton.setObjectName("makeButton")
        self.makeButton.setDefault(True)
        self.makeButton.setAccessibleName(self.tr("Make return"))
        self.makeButton.clicked.connect(self.make)
        hint = QLabel(
            self.tr(
                "Counts only: every Victims' Code obligation due in the period, by its status "
                "now. No names, references or notes leave the vault. Making the return is "
                "recorded in the audit log; it is signed with this vault's key."
            ),
            self,
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addWidget(self.makeButton, 0, Qt.AlignmentFlag.AlignBottom)
        self.layout_.addWidget(hint)
        self.layout_.addLayout(row)
        self.finish_layout()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        return edit

    def period_text(self) -> tuple[str, str]:
        return (
            self.fromDateEdit.date().toString("yyyy-MM-dd"),
            self.toDateEdit.date().toString("yyyy-MM-dd"),
        )

    def make(self) -> None:
        try:
            period = parse_period(*self.period_text())
        except ValidationError as exc:
            self._show(None, str(exc.problems[0].message))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc = make_return(self.vault, period, via="window")
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(doc)

    def file_stem(self) -> str:
        first, last = self.period_text()
        return f"compliance-return-{first}-to-{last}"

    def pdf_bytes(self, doc: dict[str, Any]) -> bytes:
        return return_pdf(doc)


class ComplianceMergeDialog(_SavingDialog):
    """Merge officers' returns (no vault needed), preview and save the team view or the
    force-level figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "Merge compliance returns")
        self.paths: list[Path] = []
        self.returnsListWidget = QListWidget(self)
        self.returnsListWidget.setObjectName("returnsListWidget")
        self.returnsListWidget.setAccessibleName(self.tr("Returns to merge"))
        self.returnsListWidget.setMaximumHeight(120)
        self.addButton = QPushButton(self.tr("&Add return…"), self)
        self.addButton.setObjectName("addButton")
        self.removeButton = QPushButton(self.tr("&Remove"), self)
        self.removeButton.setObjectName("removeButton")
        self.forPccCheckBox = QCheckBox(
            self.tr(
                "Force-level version for the &PCC: no officer rows, counts of 1 to 4 "
                "suppressed, figures rounded to 5"
            ),
            self,
        )
        self.forPccCheckBox.setObjectName("forPccCheckBox")
        self.forPccCheckBox.setAccessibleName(self.tr("Force-level version for the PCC"))
        self.addButton.setAccessibleName(self.tr("Add return"))
        self.removeButton.setAccessibleName(self.tr("Remove the selected return"))
        self.mergeButton = QPushButton(self.tr("&Merge"), self)
        self.mergeButton.setObjectName("mergeButton")
        self.mergeButton.setDefault(True)
        self.mergeButton.setAccessibleName(self.tr("Merge"))
        self.addButton.clicked.connect(self.choose_return)
        self.removeButton.clicked.connect(self.remove_selected)
        self.mergeButton.clicked.connect(self.merge)
        self.forPccCheckBox.toggled.connect(lambda _on: self._show(None))
        buttons = QVBoxLayout()
        for button in (self.addButton, self.removeButton, self.mergeButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.returnsListWidget, 1)
        row.addLayout(buttons)
        hint = QLabel(
            self.tr(
                "Add each officer's return (a .json file). Every signature is checked; a "
                "changed return, the same vault twice, or returns for another period or "
                "rules version are refused. Check each officer's key fingerprint with them "
                "the first time."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.forPccCheckBox)
        self.finish_layout()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.removeButton.setEnabled(bool(self.paths))
        self.mergeButton.setEnabled(bool(self.paths))

    def add_return(self, path: Path) -> None:
        self.paths.append(path)
        self.returnsListWidget.addItem(str(path))
        self._show(None)
        self._update_buttons()

    def choose_return(self) -> None:
        path = messages.open_file(self, self.tr("Add a compliance return"), "JSON (*.json)")
        if path is not None:
            self.add_return(path)

    def remove_selected(self) -> None:
        row = self.returnsListWidget.currentRow()
        if 0 <= row < len(self.paths):
            del self.paths[row]
            self.returnsListWidget.takeItem(row)
        self._show(None)
        self._update_buttons()

    def merge(self) -> None:
        try:
            loaded = [self._load(path) for path in self.paths]
            team = merge_returns(loaded, utc_now())
        except ValidationError as exc:
            self._show(None, "\n".join(str(p) for p in exc.problems))
            return
        except OSError as exc:
            self._show(None, f"{exc.filename}: {exc.strerror}. Nothing was merged.")
            return
        self._show(for_pcc(team) if self.forPccCheckBox.isChecked() else team)

    @staticmethod
    def _load(path: Path) -> Loaded:
        with path.open("rb") as f:
            data = f.read(_MAX_RETURN_BYTES + 1)
        if len(data) > _MAX_RETURN_BYTES:
            raise ValidationError(f"{path.name} is too large to be a compliance return.")
        return parse_return(data, path.name)

    def file_stem(self) -> str:
        if self.doc is None:
            return "compliance"
        p = self.doc["period"]
        what = "force" if self.forPccCheckBox.isChecked() else "team"
        return f"compliance-{what}-{p['from']}-to-{p['to']}"

    def pdf_bytes(self, doc: dict[str, Any]) -> bytes:
        return team_pdf(doc)


# ----------------------------------------------------------------------------- wiring
def install_compliance_actions(window: QMainWindow, vault: Callable[[], Vault | None]) -> None:
    """Vault > Compliance return… and Vault > Merge compliance returns… in ``window``
    (whose ``ui.vaultMenu`` holds the vault's actions); ``vault`` gives the open vault."""
    menu = window.ui.vaultMenu  # type: ignore[attr-defined]
    make = QAction(window.tr("Co&mpliance return…"), window)
    make.setObjectName("complianceReturnAction")
    make.setStatusTip(window.tr("Make this vault's Victims' Code compliance return (counts only)"))
    merge = QAction(window.tr("Merge compliance &returns…"), window)
    merge.setObjectName("mergeComplianceAction")
    merge.setStatusTip(window.tr("Check and sum officers' compliance returns"))

    def open_return() -> None:
        current = vault()
        if current is not None:
            ComplianceReturnDialog(current, window).exec()

    make.triggered.connect(open_return)
    merge.triggered.connect(lambda: ComplianceMergeDialog(window).exec())
    menu.addSeparator()
    menu.addAction(make)
    menu.addAction(merge)


def install_merge_button(start: QWidget) -> None:
    """A "Merge compliance returns…" button on the start window: a supervisor needs no vault."""
    button = QPushButton(start.tr("Merge compliance returns…"), start)
    button.setObjectName("mergeComplianceButton")
    button.setAccessibleName(start.tr("Merge compliance returns"))
    button.setToolTip(start.tr("Check and sum officers' compliance returns; no vault needed"))
    button.clicked.connect(lambda: ComplianceMergeDialog(start).exec())
    layout = start.ui.actionsLayout  # type: ignore[attr-defined]
    layout.insertWidget(layout.indexOf(start.ui.vaultHintLabel) + 1, button)  # type: ignore[attr-defined]
