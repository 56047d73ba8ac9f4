"""The case overview tab: the victim card, the case at a glance (SPOC, lead investigator,
NRM stage, exit strategy) and the case's checklists with the entry that completed each item.

The safe contact is hidden until the officer asks to see it; showing it is recorded in the
audit log as a consultation (Data Protection Act 2018 s.62), and it hides again when another
case is shown or the vault locks. Checklists come from ``core.checklists``: an item's entry
number opens that entry in the Log tab.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core import values as v
from msvlo_desktop.core.bundle import UNVERIFIED_MARK
from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.checklists import DONE, NOT_APPLICABLE, Checklist
from msvlo_desktop.core.closing import case_status
from msvlo_desktop.core.entries import STATUS_TYPES, Entry
from msvlo_desktop.core.rules import ENHANCED_RIGHTS_CATEGORIES
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.core.victim import Victim
from msvlo_desktop.core.wording import case_status_phrase
from msvlo_desktop.gui.case_area import CaseLogTab
from msvlo_desktop.gui.case_log import CaseLog
from msvlo_desktop.gui.contacts_tab import case_contacts, contact_line, spoc_status
from msvlo_desktop.gui.day_common import Author, Clock, colours, plural, style_label, tr
from msvlo_desktop.gui.entry_forms.display import choice_label
from msvlo_desktop.gui.nrm_tab import nrm_story
from msvlo_desktop.storage.bundles import imported_unverified
from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault

ITEM, STATUS, SHOWN_BY = range(3)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SAFE_CONTACT_REVEALED = "safe contact revealed"
_STATUS_WORDS = {DONE: "Done", "not_done": "Not done", NOT_APPLICABLE: "Not applicable"}
_EXPLOITATION_WORDS = {
    "sexual": "sexual",
    "labour": "labour",
    "criminal": "criminal",
    "domestic_servitude": "domestic servitude",
    "organ_harvesting": "organ harvesting",
    "other": "other",
}


def age_words(victim: Victim, opened_on: date, today: date) -> str:
    """The victim's age and whether they are treated as a child, in words."""
    age = victim.age_on(today, opened_on)
    if victim.date_of_birth is not None:
        text = tr("{age} (born {dob})").format(age=age, dob=uk_date(victim.date_of_birth))
    elif victim.claimed_age is not None:
        text = tr("{age} (claimed {claimed} at opening)").format(
            age=age, claimed=victim.claimed_age
        )
    else:
        text = tr("Not recorded")
    if victim.age_disputed:
        return text + " — " + tr("age disputed: treated as a child until an age assessment decides")
    if victim.is_child(today, opened_on):
        return text + " — " + tr("a child")
    return text


def rights_words(victim: Victim, opened_on: date, today: date) -> str:
    rights = victim.enhanced_rights
    assessed = (
        tr(" (assessed {day})").format(day=uk_date(rights.assessed_on))
        if rights.assessed_on
        else ""
    )
    if victim.is_child(today, opened_on) and not rights.eligible:
        return tr("Yes: every child has enhanced rights")
    if not rights.eligible:
        return tr("No{assessed}. Reason: {reason}").format(
            assessed=assessed, reason=rights.reason_not_eligible or tr("not recorded")
        )
    why = ", ".join(
        tr(ENHANCED_RIGHTS_CATEGORIES.get(c, c.replace("_", " "))).lower()
        for c in rights.categories
    )
    return tr("Yes: {why}{assessed}").format(why=why or tr("eligible"), assessed=assessed)


def language_words(victim: Victim) -> str:
    names = []
    for code in victim.languages:
        name = QLocale.languageToString(QLocale(code).language())
        names.append(f"{name} ({code})" if name and name != "C" else code)
    spoken = ", ".join(names) if names else tr("Not recorded")
    need = tr("interpreter needed") if victim.interpreter_required else tr("no interpreter needed")
    return f"{spoken}; {need}"


def nationality_words(code: str | None) -> str:
    if not code:
        return tr("Not recorded")
    name = QLocale.territoryToString(QLocale.codeToTerritory(code))
    return f"{name} ({code})" if name else code


def status_words(status: str, changes: list[Entry]) -> str:
    """Open or closed, and when and why it was last closed or reopened (from the log)."""
    found = case_status(changes, status)
    if found.entry is not None:
        return case_status_phrase(found.entry, tr) + (
            "\n" + tr("Reopen it from the Case menu (Reopen case…).") if found.closed else ""
        )
    if status == "closed":
        return (
            tr("Closed (before closings were recorded in the log).")
            + "\n"
            + tr("Reopen it from the Case menu (Reopen case…).")
        )
    return tr("Open")


class CaseOverview(CaseLogTab):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        author: Author = None,
    ) -> None:
        super().__init__(parent, clock=clock, author=author)
        self.setObjectName("caseOverviewTab")
        self.checklists: list[Checklist] = []
        self.safe_contact_shown = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        # Outside the log: a case imported from a bundle with no signature says so.
        self.unverified_label = QLabel(tr(UNVERIFIED_MARK), self)
        self.unverified_label.setObjectName("importedUnverifiedLabel")
        self.unverified_label.setProperty("role", "error")
        self.unverified_label.setWordWrap(True)
        self.unverified_label.hide()
        layout.addWidget(self.unverified_label)
        cards = QHBoxLayout()
        self.victim_box = QGroupBox(tr("Victim"), self)
        self.victim_box.setObjectName("victimGroupBox")
        victim_form = QFormLayout(self.victim_box)
        self.case_box = QGroupBox(tr("Case"), self)
        self.case_box.setObjectName("caseGroupBox")
        case_form = QFormLayout(self.case_box)
        self.values: dict[str, QLabel] = {}
        for form, rows in (
            (
                victim_form,
                (
                    ("name", "Name"),
                    ("pseudonym", "Pseudonym"),
                    ("age", "Age"),
                    ("rights", "Enhanced rights"),
                    ("languages", "Languages"),
                    ("nationality", "Nationality"),
                ),
            ),
            (
                case_form,
                (
                    ("opened", "Opened"),
                    ("status", "Status"),
                    ("spoc", "SPOC"),
                    ("lead", "Lead investigator"),
                    ("nrm", "NRM"),
                    ("exit", "Exit strategy"),
                ),
            ),
        ):
            for key, caption in rows:
                label = QLabel(self)
                label.setObjectName(f"overview{key.capitalize()}Label")
                label.setAccessibleName(tr(caption))
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(tr(caption) + ":", label)
                self.values[key] = label
        # The safe contact: hidden until asked for, and the asking is audited.
        safe_row = QHBoxLayout()
        self.safe_contact_label = QLabel(self)
        self.safe_contact_label.setObjectName("safeContactLabel")
        self.safe_contact_label.setAccessibleName(tr("Safe contact"))
        self.safe_contact_label.setWordWrap(True)
        self.safe_contact_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.safe_contact_button = QPushButton(tr("Show safe &contact"), self)
        self.safe_contact_button.setObjectName("showSafeContactButton")
        self.safe_contact_button.setAccessibleName(tr("Show safe contact"))
        self.safe_contact_button.setToolTip(
            tr("Showing the safe contact is recorded in the audit log.")
        )
        self.safe_contact_button.setAutoDefault(False)
        self.safe_contact_button.setEnabled(False)
        self.safe_contact_button.clicked.connect(self.toggle_safe_contact)
        safe_row.addWidget(self.safe_contact_label, 1)
        safe_row.addWidget(self.safe_contact_button, 0, Qt.AlignmentFlag.AlignTop)
        victim_form.addRow(tr("Safe contact") + ":", safe_row)
        for form in (victim_form, case_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        cards.addWidget(self.victim_box, 1)
        cards.addWidget(self.case_box, 1)
        layout.addLayout(cards)

        heading = QLabel(tr("Checklists"), self)
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklistsTreeWidget")
        self.tree.setAccessibleName(tr("Checklists"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Item"), tr("Status"), tr("Shown by")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setToolTip(tr("Click an entry number (or press Enter) to see it in the Log."))
        self.tree.ensurePolished()
        fm = self.tree.fontMetrics()
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(
            ITEM, fm.horizontalAdvance("Forensic recovery facilitated (CSI, SARC, early evidence")
        )
        self.tree.setColumnWidth(STATUS, fm.horizontalAdvance("Not applicable") + 40)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)

    # ------------------------------------------------------------------ the API
    def begin_case(self, vault: Vault, ref: str) -> None:
        # The safe contact hides again whenever another case (or vault) is shown.
        if ref != self.case_ref or vault is not self.vault:
            self.hide_safe_contact()
        super().begin_case(vault, ref)

    def show_log(self, log: CaseLog) -> None:
        case = log.case
        today = london_date(log.at)
        victim = case.victim
        unverified = self.vault is not None and imported_unverified(self.vault, case.reference)
        self.unverified_label.setVisible(unverified)
        self.values["name"].setText(victim.name)
        self.values["pseudonym"].setText(victim.pseudonym)
        self.values["age"].setText(age_words(victim, case.opened_on, today))
        self.values["rights"].setText(rights_words(victim, case.opened_on, today))
        self.values["languages"].setText(language_words(victim))
        self.values["nationality"].setText(nationality_words(victim.nationality))
        self._show_safe_contact()

        opened = [tr("{day}").format(day=uk_date(case.opened_on))]
        if case.crime_reported_at:
            opened.append(
                tr("crime reported {when}").format(when=uk_datetime(case.crime_reported_at))
            )
        if case.exploitation_types:
            opened.append(
                tr("exploitation: {types}").format(
                    types=", ".join(tr(_EXPLOITATION_WORDS[t]) for t in case.exploitation_types)
                )
            )
        if case.status == "closed":
            opened.append(
                tr("closed {day}").format(day=uk_date(case.closed_on))
                if case.closed_on
                else tr("closed")
            )
        self.values["opened"].setText("; ".join(opened))
        self.values["status"].setText(status_words(case.status, log.of_type(*STATUS_TYPES)))
        style_label(self.values["status"], "quiet")

        history = case_contacts(case, log.of_type("spoc_change"))
        spoc, _change, informed = spoc_status(case, log.effective, history, today)
        if spoc is None:
            self.values["spoc"].setText(tr("None recorded"))
            style_label(self.values["spoc"], "not_done")
        else:
            since = tr(" since {day}").format(day=uk_date(spoc.from_date)) if spoc.from_date else ""
            told = (
                tr("victim told how to reach them")
                if informed
                else tr("victim NOT yet told how to reach them")
            )
            self.values["spoc"].setText(f"{contact_line(spoc)}{since} — {told}")
            style_label(self.values["spoc"], "met_on_time" if informed else "overdue")
        lead = history.current_in_role("lead_investigator", today)
        self.values["lead"].setText(contact_line(lead) if lead else tr("None recorded"))

        story = nrm_story(log.of_type("referral", "nrm_decision"), log.obligations)
        self.values["nrm"].setText(story.stage)
        style_label(self.values["nrm"], story.stage_status)

        self.values["exit"].setText(self._exit_words(log))

        self.checklists = log.checklists
        self._fill_checklists()

    def _exit_words(self, log: CaseLog) -> str:
        strategies = sorted(log.of_type("exit_strategy"), key=lambda e: e.occurred_at)
        if not strategies:
            return tr("Not started: none logged")
        latest = strategies[-1]
        words = tr("{status} (logged {day})").format(
            status=choice_label("status", str(latest.data.get("status"))),
            day=uk_date(latest.occurred_at),
        )
        agreed = log.agreed_exit_strategy
        if agreed is not None:
            words += tr("; agreed with {who} on {day}").format(
                who=agreed.data.get("agreed_with"), day=uk_date(agreed.occurred_at)
            )
        else:
            words += tr("; not agreed with the lead investigator")
        return words

    def _fill_checklists(self) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for checklist in self.checklists:
            done = sum(1 for i in checklist.items if i.status == DONE)
            counted = sum(1 for i in checklist.items if i.status != NOT_APPLICABLE)
            outstanding = len(checklist.outstanding)
            head = QTreeWidgetItem(self.tree)
            head.setText(ITEM, tr(checklist.title))
            head.setToolTip(ITEM, tr(checklist.title))
            head.setText(
                STATUS,
                tr("{done} of {n} done").format(done=done, n=counted),
            )
            head.setText(
                SHOWN_BY,
                plural(outstanding, "{n} item outstanding", "{n} items outstanding")
                if outstanding
                else tr("Complete"),
            )
            for col in (ITEM, STATUS, SHOWN_BY):
                head.setFont(col, bold)
            fg, _ = colours("not_done" if outstanding else "done")
            head.setForeground(SHOWN_BY, QBrush(fg))
            head.setData(ITEM, Qt.ItemDataRole.UserRole, checklist.id)
            for item in checklist.items:
                row = QTreeWidgetItem(head)
                row.setText(ITEM, tr(item.label))
                status = tr(_STATUS_WORDS.get(item.status, item.status))
                if item.optional and item.status == NOT_APPLICABLE:
                    status = tr("Only if needed")
                row.setText(STATUS, status)
                key = "done" if item.done else "not_done" if item.outstanding else "quiet"
                fg, bg = colours(key)
                row.setForeground(STATUS, QBrush(fg))
                if bg is not None:
                    row.setBackground(STATUS, QBrush(bg))
                shown = item.note or ""
                if item.entry_seq is not None:
                    shown = (
                        tr("No. {seq} — {note}").format(seq=item.entry_seq, note=shown).rstrip(" —")
                    )
                    row.setData(ITEM, ENTRY_ROLE, item.entry_id)
                    row.setToolTip(
                        SHOWN_BY,
                        tr("Click to see entry No. {seq} in the Log.").format(seq=item.entry_seq),
                    )
                    link = QFont(self.tree.font())
                    link.setUnderline(True)
                    row.setFont(SHOWN_BY, link)
                    fg, _ = colours("due")
                    row.setForeground(SHOWN_BY, QBrush(fg))
                else:
                    row.setToolTip(SHOWN_BY, shown)
                row.setText(SHOWN_BY, shown)
                row.setData(
                    ITEM,
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{row.text(ITEM)}: {status}. {shown}",
                )
            # A complete list folds away so what is outstanding is in view; it opens again
            # with a click (or the right arrow key).
            head.setExpanded(bool(outstanding))
        # Measured over every item, folded lists included, so unfolding one cuts nothing.
        fm = self.tree.fontMetrics()
        bold_fm = QFontMetrics(bold)
        widest = max(
            [bold_fm.horizontalAdvance(tr(c.title)) for c in self.checklists]
            + [fm.horizontalAdvance(tr(i.label)) for c in self.checklists for i in c.items],
            default=200,
        )
        # Wide enough for the longest heading (the child workflow's names its reason), so no
        # list's name is cut; "Shown by" keeps the rest of the width.
        self.tree.setColumnWidth(ITEM, min(widest + self.tree.indentation() + 36, 720))

    def clear_view(self) -> None:
        self.unverified_label.hide()
        self.hide_safe_contact()
        self.checklists = []
        self.tree.clear()
        for label in self.values.values():
            label.clear()
            label.setStyleSheet("")
        self.safe_contact_label.clear()
        self.safe_contact_button.setEnabled(False)

    # ------------------------------------------------------------------ safe contact
    def _show_safe_contact(self) -> None:
        safe = self.case.victim.safe_contact if self.case is not None else None
        if safe is None:
            self.safe_contact_shown = False
            self.safe_contact_label.setText(tr("None recorded"))
            self.safe_contact_label.setProperty("role", "error")
            self.safe_contact_button.setEnabled(False)
            self.safe_contact_button.setText(tr("Show safe &contact"))
        elif not self.safe_contact_shown:
            self.safe_contact_label.setText(tr("Hidden"))
            self.safe_contact_label.setProperty("role", "hint")
            self.safe_contact_button.setEnabled(True)
            self.safe_contact_button.setText(tr("Show safe &contact"))
            self.safe_contact_button.setAccessibleName(tr("Show safe contact"))
        else:
            how = choice_label("method", safe.method).lower()
            parts = [v.phone_display(safe.phone)] if safe.phone else []
            parts.append(tr("by {how}").format(how=how))
            text = " ".join(parts)
            if safe.notes:
                text += " — " + safe.notes
            self.safe_contact_label.setText(text)
            self.safe_contact_label.setProperty("role", "sensitive")
            self.safe_contact_button.setEnabled(True)
            self.safe_contact_button.setText(tr("Hide safe &contact"))
            self.safe_contact_button.setAccessibleName(tr("Hide safe contact"))
        self.safe_contact_label.style().unpolish(self.safe_contact_label)
        self.safe_contact_label.style().polish(self.safe_contact_label)

    def toggle_safe_contact(self) -> None:
        if self.safe_contact_shown:
            self.hide_safe_contact()
        else:
            self.reveal_safe_contact()

    def reveal_safe_contact(self) -> bool:
        """Show the safe contact, recording that it was consulted; False if it could not be
        recorded (then it stays hidden)."""
        if self.vault is None or self.case_ref is None or self.case is None:
            return False
        if self.case.victim.safe_contact is None:
            return False
        try:
            self.vault.record_consultation(SAFE_CONTACT_REVEALED, self.case_ref)
        except VaultError as exc:
            from msvlo_desktop.gui import diagnostics

            diagnostics.show_known_problem(self, exc, tr("The safe contact cannot be shown"))
            return False
        self.safe_contact_shown = True
        self._show_safe_contact()
        return True

    def hide_safe_contact(self) -> None:
        self.safe_contact_shown = False
        if self.case is not None:
            self._show_safe_contact()
        else:
            self.safe_contact_label.clear()
            self.safe_contact_button.setText(tr("Show safe &contact"))
            self.safe_contact_button.setAccessibleName(tr("Show safe contact"))

    # ------------------------------------------------------------------ checklist links
    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == SHOWN_BY:
            self._activated(item, column)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry_id = item.data(ITEM, ENTRY_ROLE)
        if entry_id and self.case_ref is not None:
            self.showEntry.emit(self.case_ref, str(entry_id))

    def checklist(self, checklist_id: str) -> Checklist | None:
        return next((c for c in self.checklists if c.id == checklist_id), None)
