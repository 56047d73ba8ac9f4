"""The NRM and referrals tab: the case's National Referral Mechanism story drawn as a
timeline, where it stands in words, and every referral to a service in a table.

The NRM story is read from the log as corrected: referrals (NRM or Duty to Notify), the
reasonable and conclusive grounds decisions and reconsiderations; the "RG expected by" and
"CG not before" dates come from the obligation engine, so the timeline and the Today view
always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from msvlo_desktop.core import wording
from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.duties import child_on
from msvlo_desktop.core.entries import SERVICE_LABELS, Entry, effective_entries
from msvlo_desktop.core.obligations import Obligation, case_obligations
from msvlo_desktop.core.timefmt import uk_date, uk_datetime
from msvlo_desktop.core.wording_obligations import recovery_days
from msvlo_desktop.gui.case_area import CaseLogTab
from msvlo_desktop.gui.case_log import CaseLog
from msvlo_desktop.gui.day_common import (
    Author,
    Cell,
    Clock,
    clear_table,
    fill_table,
    make_table,
    one_line,
    plural,
    style_label,
    tr,
)
from msvlo_desktop.gui.nrm_timeline import Band, Milestone, NrmTimeline

_CG_SHORT = {
    "trafficking": "CG: victim of trafficking",
    "slavery_servitude_forced_labour": "CG: slavery or forced labour",
    "not_recognised": "CG: not recognised",
}
_CG_WORDS = {
    "trafficking": "a victim of trafficking",
    "slavery_servitude_forced_labour": "a victim of slavery, servitude or forced labour",
    "not_recognised": "not recognised as a victim",
}
_RECONSIDERATION = {
    "requested": "Reconsideration requested",
    "upheld": "Reconsideration: decision upheld",
    "overturned": "Reconsideration: decision overturned",
}
SEQ, DATE, SERVICE, CONSENT, REFERENCE, DETAILS = range(6)
HEADERS = ("No.", "Date", "Service", "Consent", "Reference", "Details")


@dataclass(frozen=True)
class NrmStory:
    milestones: tuple[Milestone, ...]
    bands: tuple[Band, ...]
    stage: str
    stage_status: str  # a colour family of day_common: quiet, due, overdue, met_on_time...


# The least of the timeline always shown; the rest scrolls on a small screen.
TIMELINE_MIN_VISIBLE = 120


def nrm_story(entries: Sequence[Entry], obligations: Sequence[Obligation]) -> NrmStory:
    """The NRM milestones of a case (``entries`` as corrected), and its stage in words."""
    log = sorted(entries, key=lambda e: e.occurred_at)
    milestones: list[Milestone] = []
    bands: list[Band] = []
    referrals = [
        e
        for e in log
        if e.type == "referral" and e.data.get("service") in ("nrm", "duty_to_notify")
    ]
    decisions = [e for e in log if e.type == "nrm_decision"]
    for e in referrals:
        nrm = e.data["service"] == "nrm"
        milestones.append(
            Milestone(
                "referral" if nrm else "duty_to_notify",
                london_date(e.occurred_at),
                tr("NRM referral") if nrm else tr("Duty to Notify"),
                e.id,
            )
        )
    for e in decisions:
        stage, outcome = e.data.get("stage"), str(e.data.get("outcome"))
        day = london_date(e.occurred_at)
        if stage == "reasonable_grounds":
            kind = "rg_positive" if outcome == "positive" else "rg_negative"
            title = tr("RG decision: positive") if outcome == "positive" else tr("RG: negative")
        elif stage == "conclusive_grounds":
            kind = "cg_negative" if outcome == "not_recognised" else "cg_positive"
            title = tr(_CG_SHORT.get(outcome, "CG decision"))
        else:
            kind = "reconsideration"
            title = tr(_RECONSIDERATION.get(outcome, "Reconsideration"))
        milestones.append(Milestone(kind, day, title, e.id))
    for o in obligations:
        if o.kind == "nrm_rg_expected":
            if o.met_at is not None or _decided_since(decisions, o.since):
                # A decision has come: what was expected is no longer shown as awaited.
                continue
            overdue = o.status == "overdue"
            milestones.append(
                Milestone(
                    "rg_overdue" if overdue else "rg_expected",
                    london_date(o.due),
                    tr("RG expected by (chase)") if overdue else tr("RG expected by"),
                )
            )
        elif o.kind == "nrm_cg_not_before" and o.status != "not_applicable":
            milestones.append(Milestone("cg_not_before", london_date(o.due), tr("CG not before")))
            end = london_date(o.met_at) if o.met_at is not None else None
            if o.since is not None:
                bands.append(
                    Band(
                        london_date(o.since),
                        end,
                        tr("Recovery period (at least {days} days)").format(days=recovery_days(o)),
                    )
                )
    stage, status = _stage(referrals, decisions, obligations)
    return NrmStory(tuple(milestones), tuple(bands), stage, status)


def _decided_since(decisions: Sequence[Entry], since: datetime | None) -> bool:
    """An RG or CG decision recorded on or after ``since`` (a referral's time)."""
    return any(
        d.data.get("stage") in ("reasonable_grounds", "conclusive_grounds")
        and (since is None or london_date(d.occurred_at) >= london_date(since))
        for d in decisions
    )


def _stage(
    referrals: Sequence[Entry], decisions: Sequence[Entry], obligations: Sequence[Obligation]
) -> tuple[str, str]:
    if not referrals and not decisions:
        return tr("No NRM referral or Duty to Notify is logged."), "quiet"
    main = [d for d in decisions if d.data.get("stage") != "reconsideration"]
    reconsiderations = [d for d in decisions if d.data.get("stage") == "reconsideration"]
    latest = main[-1] if main else None
    status = "quiet"
    if latest is None:
        last = referrals[-1]
        day = uk_date(last.occurred_at)
        if last.data.get("service") == "duty_to_notify":
            text = tr("Duty to Notify made {day} (anonymous: no NRM support follows).").format(
                day=day
            )
        else:
            text = tr("Referred to the NRM {day}; no reasonable grounds decision yet.").format(
                day=day
            )
            pending = [
                o
                for o in obligations
                if o.kind == "nrm_rg_expected" and o.status in ("due", "overdue")
            ]
            if pending:
                o = pending[-1]
                if o.status == "overdue":
                    text += " " + tr(
                        "It was expected by {day}: chase the competent authority."
                    ).format(day=uk_date(o.due))
                    status = "overdue"
                else:
                    text += " " + tr("Expected by {day}.").format(day=uk_date(o.due))
                    status = "due"
    elif latest.data.get("stage") == "reasonable_grounds":
        day = uk_date(latest.occurred_at)
        if latest.data.get("outcome") == "positive":
            text = tr("Positive reasonable grounds decision {day}: recovery period.").format(
                day=day
            )
            cg = [o for o in obligations if o.kind == "nrm_cg_not_before" and not o.is_met]
            if cg:
                text += " " + tr("Conclusive grounds decision not before {day}.").format(
                    day=uk_date(cg[-1].due)
                )
            status = "due"
        else:
            text = tr("Negative reasonable grounds decision {day}.").format(day=day)
            status = "not_applicable"
    else:
        outcome = str(latest.data.get("outcome"))
        text = tr("Conclusive grounds decision {day}: {words}.").format(
            day=uk_date(latest.occurred_at), words=tr(_CG_WORDS.get(outcome, outcome))
        )
        status = "not_applicable" if outcome == "not_recognised" else "met_on_time"
    later = [r for r in reconsiderations if latest is None or r.occurred_at >= latest.occurred_at]
    if later:
        r = later[-1]
        text += " " + tr("{what} {day}.").format(
            what=tr(_RECONSIDERATION.get(str(r.data.get("outcome")), "Reconsideration")),
            day=uk_date(r.occurred_at),
        )
    return text, status


def consent_words(e: Entry, *, child: bool = False) -> str:
    """The consent column (core wording); ``child``: a child on the referral's day."""
    return wording.consent_words(
        e.data.get("consent"),
        written=e.data.get("written_consent"),
        child_nrm=child and e.data.get("service") == "nrm",
        translate=tr,
    )


def referral_details(e: Entry) -> str:
    d = e.data
    parts = []
    if d.get("details"):
        parts.append(str(d["details"]))
    if d.get("explained_by"):
        parts.append(tr("NRM explained by {who}.").format(who=d["explained_by"]))
    if d.get("ictg_available") is not None:
        parts.append(
            tr("ICTG service available here.")
            if d["ictg_available"]
            else tr("ICTG service not available here.")
        )
    return " ".join(parts)


class NrmTab(CaseLogTab):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        author: Author = None,
    ) -> None:
        super().__init__(parent, clock=clock, author=author)
        self.setObjectName("nrmTab")
        self.story: NrmStory | None = None
        self._referrals: list[Entry] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        heading = QLabel(tr("National Referral Mechanism"), self)
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("nrmStageLabel")
        self.stage_label.setAccessibleName(tr("NRM stage"))
        self.stage_label.setWordWrap(True)
        layout.addWidget(self.stage_label)
        self.timeline = NrmTimeline(self)
        # On a 768-pixel screen the timeline scrolls rather than push the window off the
        # screen (its drawing needs about 270 pixels).
        self.timeline_area = QScrollArea(self)
        self.timeline_area.setObjectName("nrmTimelineScrollArea")
        self.timeline_area.setWidget(self.timeline)
        self.timeline_area.setWidgetResizable(True)
        self.timeline_area.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timeline_area.setMinimumHeight(TIMELINE_MIN_VISIBLE)
        layout.addWidget(self.timeline_area)

        referrals = QLabel(tr("Referrals"), self)
        referrals.setProperty("role", "subheading")
        layout.addWidget(referrals)
        self.table = make_table(
            self, [tr(h) for h in HEADERS], tr("Referrals"), "referralsTableWidget"
        )
        fm = self.table.fontMetrics()
        for col, sample in {
            SEQ: "No. 000",
            DATE: "24/03/2026 14:05",
            SERVICE: "MSVCC support (Salvation Army)",
            CONSENT: "Yes, in writing",
            REFERENCE: "NRM-2026-00000",
        }.items():
            self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + 28)
        self.table.setToolTip(tr("Double-click a referral to see it in the Log."))
        self.table.itemDoubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("referralsCountLabel")
        self.count_label.setProperty("role", "hint")
        layout.addWidget(self.count_label)

        buttons = QHBoxLayout()
        self.referral_button = self.case_button(
            tr("Log &referral…"), tr("Log a referral to a service"), "logReferralButton"
        )
        self.referral_button.clicked.connect(lambda: self.open_form("referral"))
        self.decision_button = self.case_button(
            tr("Record NRM &decision…"),
            tr("Record a reasonable grounds, conclusive grounds or reconsideration decision"),
            "recordNrmDecisionButton",
        )
        self.decision_button.clicked.connect(self.record_decision)
        # The investigator's ongoing duty after an NRM referral (APP): each update logged.
        self.ca_update_button = self.case_button(
            tr("Log update to competent &authority…"),
            tr("Record an update sent to the SCA or IECA"),
            "logCompetentAuthorityUpdateButton",
        )
        self.ca_update_button.clicked.connect(lambda: self.open_form("competent_authority_update"))
        buttons.addWidget(self.referral_button)
        buttons.addWidget(self.decision_button)
        buttons.addWidget(self.ca_update_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_log(self, log: CaseLog) -> None:
        at = log.at
        self.story = nrm_story(log.of_type("referral", "nrm_decision"), log.obligations)
        self.stage_label.setText(self.story.stage)
        style_label(self.stage_label, self.story.stage_status)
        self.timeline.set_story(
            self.story.milestones,
            self.story.bands,
            london_date(at),
            empty_text=tr(
                "No NRM referral or Duty to Notify is logged in this case yet. An adult's NRM "
                "referral needs informed written consent; a child is always referred."
            ),
        )
        self._referrals = sorted(log.of_type("referral"), key=lambda e: e.occurred_at)
        fill_table(self.table, [self._row(e, log) for e in self._referrals])
        self.count_label.setText(
            plural(len(self._referrals), "{n} referral logged.", "{n} referrals logged.")
            if self._referrals
            else tr("No referrals are logged yet.")
        )

    def _row(self, e: Entry, log: CaseLog) -> list[Cell]:
        details = referral_details(e)
        child = child_on(log.case, log.entries, london_date(e.occurred_at))
        return [
            Cell(str(e.seq), data=e.id),
            Cell(uk_datetime(e.occurred_at)),
            Cell(tr(SERVICE_LABELS.get(e.data.get("service", ""), "Referral"))),
            Cell(consent_words(e, child=child)),
            Cell(str(e.data.get("reference") or "")),
            Cell(one_line(details), tooltip=details or None),
        ]

    def clear_view(self) -> None:
        self.story = None
        self._referrals = []
        self.stage_label.clear()
        self.stage_label.setStyleSheet("")
        self.timeline.clear()
        clear_table(self.table)
        self.count_label.clear()

    def record_decision(self) -> object:
        """Open the NRM decision form at the stage the case has reached."""
        decisions = self.log.of_type("nrm_decision") if self.log is not None else []
        rg = any(e.data.get("stage") == "reasonable_grounds" for e in decisions)
        return self.open_form(
            "nrm_decision", {"stage": "conclusive_grounds" if rg else "reasonable_grounds"}
        )

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if self.case_ref is not None and 0 <= row < len(self._referrals):
            self.showEntry.emit(self.case_ref, self._referrals[row].id)


def story_at(case: Case, entries: Sequence[Entry], at: datetime) -> NrmStory:
    """The NRM story of a case at ``at`` (used by the case overview)."""
    return nrm_story(effective_entries(entries), case_obligations(case, entries, at))
