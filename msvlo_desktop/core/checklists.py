"""The case's checklists, derived from its log: nothing is ticked by hand.

Four lists (``docs/RULES-ENGINE.md`` gives the evidence each item reads):

- ``initial_actions``: the APP initial actions, the case's opening checklist.
- ``msvlo_role``: the MSVLO duties of the APP (RULES.md section 5).
- ``victims_code``: the Victims' Code records RULES.md section 2 asks for.
- ``child``: the child workflow, present only while the victim is a child (under 18, or age
  disputed and so treated as a child) on the day the lists are evaluated.

An item is ``done`` when an entry shows it (the earliest such entry is named, with its
sequence number, so the officer can open it), or when the case record itself shows it (a safe
contact on the victim's details); ``not_applicable`` says why; otherwise ``not_done``. Done
is read from the ``actions`` of interactions and notes (``entries.ACTIONS``) and from typed
entries: referrals by service, SPOC changes the victim was told about, interactions that used
an interpreter, the exit strategy. The log is read as corrected.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.closing import agreed_exit_strategy
from msvlo_desktop.core.duties import (
    age_judgement,
    child_on,
    complaint_response_due,
    review_scheme,
    review_window_end,
)
from msvlo_desktop.core.entries import ACTIONS, SERVICE_LABELS, TYPE_LABELS, Entry
from msvlo_desktop.core.entries import effective_entries as _effective
from msvlo_desktop.core.obligations import SUPPORT_SERVICES, default_calendar
from msvlo_desktop.core.rules import RIGHT6_EVENTS as RIGHT6_EVENT_WORDS
from msvlo_desktop.core.timefmt import uk_date, uk_datetime

__all__ = [
    "DONE",
    "NOT_APPLICABLE",
    "NOT_DONE",
    "Checklist",
    "ChecklistItem",
    "case_checklists",
]

DONE = "done"
NOT_DONE = "not_done"
NOT_APPLICABLE = "not_applicable"

# Referrals that carry a child or an adult at risk into local authority safeguarding.
_SAFEGUARDING = ("mash", "local_authority")
# Referrals that keep partners supporting the victim (RULES.md 5, "continued support").
_PARTNERS = ("msvcc", "imsa", "victim_support", "local_authority", "ictg")


@dataclass(frozen=True)
class ChecklistItem:
    """One item, its status, and the entry that shows it done (or why it does not apply)."""

    id: str
    label: str
    status: str
    entry_id: str | None = None
    entry_seq: int | None = None
    note: str | None = None
    optional: bool = False

    @property
    def done(self) -> bool:
        return self.status == DONE

    @property
    def outstanding(self) -> bool:
        return self.status == NOT_DONE


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    items: tuple[ChecklistItem, ...] = field(default_factory=tuple)

    def item(self, item_id: str) -> ChecklistItem:
        for i in self.items:
            if i.id == item_id:
                return i
        raise KeyError(f"checklist {self.id} has no item {item_id!r}")

    @property
    def outstanding(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.items if i.outstanding)

    @property
    def complete(self) -> bool:
        return not self.outstanding


@dataclass
class _Evidence:
    """The earliest entry showing each thing, from one pass over the log in time order."""

    actions: dict[str, Entry] = field(default_factory=dict)
    services: dict[str, Entry] = field(default_factory=dict)
    interpreter_used: Entry | None = None
    spoc_change: Entry | None = None
    spoc_informed: Entry | None = None
    nrm_explained_by: Entry | None = None
    # The latest referral that says whether an ICTG service operates here: the answer can
    # change (a service starts), so the most recent statement counts.
    ictg_availability: Entry | None = None

    @classmethod
    def read(cls, entries: Iterable[Entry]) -> _Evidence:
        ev = cls()
        for e in entries:
            t = e.type
            if t in ("interaction", "note"):
                for action in e.data.get("actions") or ():
                    ev.actions.setdefault(action, e)
                if t == "interaction" and e.data.get("interpreter") and ev.interpreter_used is None:
                    ev.interpreter_used = e
            elif t == "referral":
                service = str(e.data.get("service"))
                ev.services.setdefault(service, e)
                if e.data.get("ictg_available") is not None:
                    ev.ictg_availability = e
                if service == "nrm" and e.data.get("explained_by") and ev.nrm_explained_by is None:
                    ev.nrm_explained_by = e
            elif t == "spoc_change":
                if ev.spoc_change is None:
                    ev.spoc_change = e
                if e.data.get("victim_informed") and ev.spoc_informed is None:
                    ev.spoc_informed = e
        return ev

    def first(self, *found: Entry | None) -> Entry | None:
        present = [e for e in found if e is not None]
        return min(present, key=lambda e: e.occurred_at) if present else None

    def action(self, *names: str) -> Entry | None:
        return self.first(*(self.actions.get(n) for n in names))

    def service(self, *names: str) -> Entry | None:
        return self.first(*(self.services.get(n) for n in names))


def _shown_by(e: Entry, what: str | None = None) -> str:
    where = f"{TYPE_LABELS[e.type]} of {uk_datetime(e.occurred_at)}"
    return f"{what}: {where}" if what else where


def _done(item_id: str, label: str, e: Entry, what: str | None = None) -> ChecklistItem:
    return ChecklistItem(item_id, label, DONE, e.id, e.seq, _shown_by(e, what))


def _from(
    item_id: str,
    label: str,
    e: Entry | None,
    what: str | None = None,
    *,
    missing: str | None = None,
) -> ChecklistItem:
    if e is not None:
        return _done(item_id, label, e, what)
    return ChecklistItem(item_id, label, NOT_DONE, note=missing)


def _na(item_id: str, label: str, why: str, e: Entry | None = None) -> ChecklistItem:
    return ChecklistItem(
        item_id, label, NOT_APPLICABLE, e.id if e else None, e.seq if e else None, why
    )


def _action_item(item_id: str, label: str, ev: _Evidence, action: str) -> ChecklistItem:
    return _from(item_id, label, ev.action(action), ACTIONS[action])


def _service_words(e: Entry) -> str:
    return SERVICE_LABELS.get(e.data.get("service", ""), "Referral")


def _nrm_or_dtn(ev: _Evidence, child: bool) -> ChecklistItem:
    if child:
        label = "NRM referral (a child needs no consent; never Duty to Notify)"
        return _from(
            "nrm_or_duty_to_notify",
            label,
            ev.service("nrm"),
            "NRM referral",
            missing="Refer the child to the NRM after the children's services referral.",
        )
    label = "NRM referral with consent, or Duty to Notify"
    found = ev.service("nrm", "duty_to_notify")
    return _from(
        "nrm_or_duty_to_notify",
        label,
        found,
        _service_words(found) if found else None,
        missing="Seek consent for an NRM referral; without it, make a Duty to Notify.",
    )


def _mash(ev: _Evidence, case: Case, child: bool) -> ChecklistItem:
    label = "MASH / local authority safeguarding referral"
    found = ev.service(*_SAFEGUARDING)
    if found is not None:
        return _done("mash", label, found, _service_words(found))
    if child:
        return ChecklistItem("mash", label, NOT_DONE, note="Required for every child.")
    if "vulnerable_or_intimidated" in case.victim.enhanced_rights.categories:
        return ChecklistItem(
            "mash", label, NOT_DONE, note="The victim is recorded as vulnerable: an adult at risk."
        )
    return _na(
        "mash",
        label,
        "Adult not recorded as vulnerable: refer if they are an adult at risk.",
    )


def _ictg(ev: _Evidence, child: bool) -> ChecklistItem:
    label = "ICTG referral (independent child trafficking guardian)"
    found = ev.service("ictg")
    if found is not None:
        return _done("ictg", label, found, "ICTG referral")
    if not child:
        return _na("ictg", label, "The victim is an adult: the ICTG service is for children.")
    availability = ev.ictg_availability
    if availability is not None and availability.data.get("ictg_available") is False:
        return _na("ictg", label, "ICTG not available here.", availability)
    return ChecklistItem(
        "ictg",
        label,
        NOT_DONE,
        note="Refer the child to the ICTG service, or record that it is not available here.",
    )


def _interpreter(ev: _Evidence, case: Case) -> ChecklistItem:
    label = "Interpreter"
    if not case.victim.interpreter_required:
        return _na("interpreter", label, "The victim's details say no interpreter is needed.")
    return _from(
        "interpreter",
        label,
        ev.first(ev.actions.get("interpreter_arranged"), ev.interpreter_used),
        "Interpreter",
    )


def _safe_contact(ev: _Evidence, case: Case) -> ChecklistItem:
    label = "Safe contact number"
    found = ev.action("safe_contact_number")
    if found is not None:
        return _done("safe_contact_number", label, found, ACTIONS["safe_contact_number"])
    safe = case.victim.safe_contact
    if safe is not None:
        how = safe.method.replace("_", " ")
        return ChecklistItem(
            "safe_contact_number", label, DONE, note=f"On the victim's details ({how})."
        )
    return ChecklistItem("safe_contact_number", label, NOT_DONE)


def _initial_actions(ev: _Evidence, case: Case, child: bool) -> Checklist:
    officer = ev.first(ev.actions.get("officer_contact_given"), ev.spoc_informed)
    items = (
        _action_item(
            "basic_needs_assessment", "Basic needs assessment", ev, "basic_needs_assessment"
        ),
        _action_item("risk_assessment", "Risk assessment", ev, "risk_assessment"),
        _interpreter(ev, case),
        _action_item("place_of_safety", "Place of safety", ev, "place_of_safety"),
        _action_item(
            "duty_inspector_notified", "Duty inspector notified", ev, "duty_inspector_notified"
        ),
        _safe_contact(ev, case),
        _from(
            "officer_contact_given",
            "Victim knows how to contact the officer",
            officer,
            None
            if officer is None or officer.type != "spoc_change"
            else "Given the SPOC's details",
        ),
        _nrm_or_dtn(ev, child),
        _mash(ev, case, child),
        _ictg(ev, child),
    )
    return Checklist("initial_actions", "Initial actions (APP)", items)


def _consent_missing(nrm: Entry, case: Case) -> bool:
    """An NRM referral made for an adult (judged on its own day) with consent not recorded."""
    if nrm.data.get("consent") is True:
        return False
    return not case.victim.is_child(london_date(nrm.occurred_at), case.opened_on)


def _msvlo_role(ev: _Evidence, case: Case, entries: Sequence[Entry], child: bool) -> Checklist:
    nrm = ev.service("nrm")
    dtn = ev.service("duty_to_notify")
    if nrm is not None and _consent_missing(nrm, case):
        # History imported without the consent (a bundle is never refused for it): the
        # referral stands, but the record owes the adult's consent.
        nrm_entry = ChecklistItem(
            "nrm_entry",
            "NRM entry facilitated",
            NOT_DONE,
            nrm.id,
            nrm.seq,
            f"Consent is not recorded on the NRM referral of {uk_date(nrm.occurred_at)}: an "
            "adult enters the NRM only with informed written consent. Record it by "
            "correcting that referral.",
        )
    elif nrm is not None:
        nrm_entry = _done("nrm_entry", "NRM entry facilitated", nrm, "NRM referral")
    elif dtn is not None and not child:
        nrm_entry = _na(
            "nrm_entry",
            "NRM entry facilitated",
            "The adult did not consent: a Duty to Notify was made instead.",
            dtn,
        )
    else:
        nrm_entry = ChecklistItem(
            "nrm_entry",
            "NRM entry facilitated",
            NOT_DONE,
            note="A child needs no consent." if child else "An adult needs written consent.",
        )
    spoc_label = "Victim has a single point of contact (SPOC)"
    if ev.spoc_change is not None:
        spoc = _done("spoc", spoc_label, ev.spoc_change, "SPOC named")
    else:
        on_record = [c for c in case.contacts if c.role == "spoc"]
        spoc = (
            ChecklistItem("spoc", spoc_label, DONE, note=f"SPOC on the case: {on_record[0].name}.")
            if on_record
            else ChecklistItem("spoc", spoc_label, NOT_DONE)
        )
    agreed = agreed_exit_strategy(entries)
    exit_label = "Exit strategy agreed with the lead investigator"
    exit_item = (
        _done(
            "exit_strategy_agreed", exit_label, agreed, f"Agreed with {agreed.data['agreed_with']}"
        )
        if agreed is not None
        else ChecklistItem(
            "exit_strategy_agreed",
            exit_label,
            NOT_DONE,
            note="Support continues until the lead investigator agrees an exit strategy.",
        )
    )
    partners = ev.first(ev.actions.get("partner_support"), ev.service(*_PARTNERS))
    items = (
        _action_item("trust_building", "Trust and cooperation secured", ev, "trust_building"),
        nrm_entry,
        _from(
            "nrm_explained",
            "NRM explained to the victim",
            ev.first(ev.actions.get("nrm_explained"), ev.nrm_explained_by),
            "NRM explained",
        ),
        _action_item("msvcc_explained", "MSVCC support explained", ev, "msvcc_explained"),
        _action_item("initial_account", "Initial account and background", ev, "initial_account"),
        _action_item("abe_interview", "ABE interview facilitated", ev, "abe_interview"),
        _from(
            "forensic_recovery",
            "Forensic recovery facilitated (CSI, SARC, early evidence kit)",
            ev.first(ev.actions.get("forensic_recovery"), ev.services.get("sarc")),
            "Forensic recovery",
        ),
        spoc,
        exit_item,
        _from(
            "partner_support",
            "Continued support from partners",
            partners,
            None if partners is None else _partner_words(partners),
        ),
    )
    return Checklist("msvlo_role", "MSVLO role (APP)", items)


def _partner_words(e: Entry) -> str:
    return ACTIONS["partner_support"] if e.type != "referral" else _service_words(e)


def _victims_code(ev: _Evidence, case: Case, child: bool) -> Checklist:
    rights = case.victim.enhanced_rights
    label = "Enhanced rights assessed"
    if child:
        enhanced = ChecklistItem(
            "enhanced_rights", label, DONE, note="Every child has enhanced rights."
        )
    elif rights.assessed_on is not None:
        words = "eligible" if rights.eligible else "not eligible"
        enhanced = ChecklistItem(
            "enhanced_rights",
            label,
            DONE,
            note=f"Assessed {uk_date(rights.assessed_on)}: {words}.",
        )
    else:
        enhanced = ChecklistItem(
            "enhanced_rights",
            label,
            NOT_DONE,
            note="Record the date enhanced rights were assessed on the victim's details.",
        )
    support = ev.first(ev.service(*SUPPORT_SERVICES), ev.actions.get("support_referral_declined"))
    support_words = None
    if support is not None:
        support_words = (
            _service_words(support) if support.type == "referral" else "The victim declined"
        )
    items = (
        enhanced,
        _from("support_referral", "Referral to support services (Right 4)", support, support_words),
        _action_item(
            "written_confirmation",
            "Written confirmation of the crime report (Right 3)",
            ev,
            "written_confirmation",
        ),
        _action_item(
            "vps_offered", "Victim Personal Statement offered (Right 7)", ev, "vps_offered"
        ),
    )
    return Checklist("victims_code", "Victims' Code", items)


def _child(ev: _Evidence, case: Case, day_age: int | None) -> Checklist:
    why = (
        "age disputed: treated as a child until an age assessment decides"
        if case.victim.age_disputed
        else f"under 18 (age {day_age})"
        if day_age is not None
        else "under 18"
    )
    appropriate_adult = ev.action("appropriate_adult")
    items = (
        ChecklistItem(
            "enhanced_rights", "Enhanced rights", DONE, note="Every child has enhanced rights."
        ),
        _from(
            "mash",
            "Children's services / MASH referral",
            ev.service(*_SAFEGUARDING),
            "Safeguarding referral",
            missing="Refer to children's services first, then to the NRM.",
        ),
        _from(
            "nrm",
            "NRM referral without consent",
            ev.service("nrm"),
            "NRM referral",
            missing="A child is always referred to the NRM; no consent is needed.",
        ),
        _ictg(ev, True),
        _done(
            "appropriate_adult",
            "Appropriate adult (if interviewed as a suspect)",
            appropriate_adult,
        )
        if appropriate_adult is not None
        else ChecklistItem(
            "appropriate_adult",
            "Appropriate adult (if interviewed as a suspect)",
            NOT_APPLICABLE,
            note="Needed only if the child is interviewed as a suspect.",
            optional=True,
        ),
    )
    return Checklist("child", f"Child workflow ({why})", items)


def case_checklists(case: Case, entries: Sequence[Entry], at: datetime) -> list[Checklist]:
    """The case's checklists as the log shows them at ``at`` (an aware datetime).

    Entries that occurred after ``at`` do not count yet. The child workflow is included only
    when the victim is a child on ``at``'s London day.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"evaluation time {at.isoformat()} has no time zone")
    log = [e for e in _effective(entries) if e.occurred_at <= at]
    log.sort(key=lambda e: e.occurred_at)
    ev = _Evidence.read(log)
    day = london_date(at)
    # Once an age assessment exists the log decides, not the "age disputed" tick.
    child = child_on(case, log, day)
    lists = [
        _initial_actions(ev, case, child),
        _msvlo_role(ev, case, log, child),
        _victims_code(ev, case, child),
    ]
    if child:
        lists.append(_child(ev, case, case.victim.age_on(day, case.opened_on)))
    return _with_duties(lists, case, log, day, child)


# ---------------------------------------------------------------------------------------------
# The officer's further duties (issue 15): Rights 1, 3, 7 and 12, the right to review, risk
# and bail, and the child workflow's order. The complaints handler's clock and the review
# request window are shown as information in the notes: neither is the officer's deadline.
_SCHEME_WORDS = {
    "police": "police scheme",
    "cps": "CPS scheme",
    "not_reviewable": "not reviewable",
}
_DECISION_WORDS = {
    "police_no_charge": "Police decision not to charge",
    "police_end_investigation": "Police decision to end the investigation",
    "cps_no_charge": "CPS decision not to charge",
    "cps_discontinuance": "CPS decision to discontinue",
    "charge_altered": "Charge altered",
}
# Right 6 events that carry a decision the victim may ask to have reviewed.
_REVIEWABLE_EVENTS = ("released_no_further_action", "decision_not_to_investigate", "cps_decision")


def _of_type(log: Sequence[Entry], entry_type: str) -> list[Entry]:
    return [e for e in log if e.type == entry_type]


def _right3_item(ev: _Evidence, log: Sequence[Entry]) -> ChecklistItem:
    label = "Written acknowledgement of the crime report (Right 3)"
    acks = _of_type(log, "written_acknowledgement")
    if acks:
        first = acks[0]
        if first.data["safe_to_send"]:
            how = str(first.data.get("method", "")).replace("_", " ")
            return _done("written_confirmation", label, first, f"Given by {how}")
        return _done(
            "written_confirmation",
            label,
            first,
            f"Not sent: not safe ({first.data.get('withheld_reason', '')})",
        )
    return _from(
        "written_confirmation",
        label,
        ev.action("written_confirmation"),
        ACTIONS["written_confirmation"],
        missing="Record the date, how it was given, and whether it was safe to send.",
    )


def _right7_item(ev: _Evidence, log: Sequence[Entry]) -> ChecklistItem:
    label = "Victim Personal Statement offered (Right 7)"
    statements = _of_type(log, "vps")
    if statements:
        latest = statements[-1]
        status = latest.data["vps_status"]
        if status == "deferred":
            return ChecklistItem(
                "vps_offered",
                label,
                NOT_DONE,
                latest.id,
                latest.seq,
                f"Deferred on {uk_date(latest.occurred_at)}: offer it again on "
                f"{uk_date(date.fromisoformat(latest.data['revisit_on']))}.",
            )
        return _done("vps_offered", label, latest, f"Statement {status}")
    return _action_item("vps_offered", label, ev, "vps_offered")


def _independence(e: Entry) -> bool | None:
    """Whether a contact's interpreter is recorded as independent: in the interpreter object
    (updates, bundles) or, for an interaction, by the action ``interpreter_independent``."""
    recorded = e.data["interpreter"].get("independent")
    if recorded is None and "interpreter_independent" in (e.data.get("actions") or ()):
        return True
    return recorded if isinstance(recorded, bool) else None


def _interpreters_item(log: Sequence[Entry]) -> ChecklistItem:
    """Right 1: every contact that used an interpreter records that the interpreter is
    independent of the place of exploitation; one recorded as not independent, or with
    nothing recorded, is an open item naming the first such contact."""
    label = "Interpreters independent of the place of exploitation (Right 1)"
    used = [
        e
        for e in log
        if e.type in ("interaction", "victim_update")
        and isinstance(e.data.get("interpreter"), dict)
    ]
    if not used:
        return _na("interpreters_independent", label, "No interpreter recorded on any contact.")
    for e in used:
        independent = _independence(e)
        if independent is not True:
            words = (
                "recorded as NOT independent"
                if independent is False
                else "independence not recorded"
            )
            return ChecklistItem(
                "interpreters_independent",
                label,
                NOT_DONE,
                e.id,
                e.seq,
                f"{TYPE_LABELS[e.type]} of {uk_datetime(e.occurred_at)}: interpreter {words}.",
            )
    return _done(
        "interpreters_independent",
        label,
        used[-1],
        f"{len(used)} contact(s) with an interpreter, all recorded as independent",
    )


def _complaint_items(log: Sequence[Entry]) -> list[ChecklistItem]:
    complaints = _of_type(log, "complaint")
    received = [c for c in complaints if c.data["complaint_stage"] == "received"]
    if not received:
        return [_na("complaints", "Complaints (Right 12)", "No complaint recorded.")]
    cal = default_calendar()
    out: list[ChecklistItem] = []
    for c in received:
        label = f"Complaint of {uk_date(c.occurred_at)} passed to the complaints handler (Right 12)"
        follow = [f for f in complaints if f.data.get("complaint_of") == c.id]
        passed = next((f for f in follow if f.data["complaint_stage"] == "passed_to_handler"), None)
        answered = next(
            (f for f in follow if f.data["complaint_stage"] in ("acknowledged", "outcome")), None
        )
        outcome = next((f for f in follow if f.data["complaint_stage"] == "outcome"), None)
        due = complaint_response_due(c.occurred_at, cal)
        info = (
            f"The complaints handler's response is expected by {uk_date(due)} (their "
            "timescale, not the officer's)"
        )
        if answered is not None:
            info += f"; answered {uk_date(answered.occurred_at)}"
        if outcome is not None:
            info += f"; outcome: {outcome.data['summary']}"
        item_id = f"complaint_{c.id}"
        if passed is None:
            out.append(ChecklistItem(item_id, label, NOT_DONE, c.id, c.seq, info + "."))
        else:
            handler = passed.data.get("handler", "")
            out.append(_done(item_id, label, passed, f"Passed to {handler}. {info}"))
    return out


def _review_items(log: Sequence[Entry]) -> list[ChecklistItem]:
    informed = [r for r in _of_type(log, "right_to_review") if r.data["review_stage"] == "informed"]
    reviews = _of_type(log, "right_to_review")
    out: list[ChecklistItem] = []
    for r in informed:
        decision = r.data["decision"]
        scheme = review_scheme(decision, at=london_date(r.occurred_at))
        label = f"Right to review: {_DECISION_WORDS.get(decision, decision)}"
        item_id = f"right_to_review_{r.id}"
        if scheme == "not_reviewable":
            out.append(
                _na(item_id, label, "Altering a charge is not reviewable; the victim was told.", r)
            )
            continue
        end = review_window_end(r.occurred_at)
        info = (
            f"Victim told on {uk_date(r.occurred_at)} ({_SCHEME_WORDS[scheme]}): a review may "
            f"be asked for until {uk_date(end)}"
        )
        asked = next(
            (
                x
                for x in reviews
                if x.data.get("review_of") == r.id and x.data["review_stage"] == "requested"
            ),
            None,
        )
        result = next(
            (
                x
                for x in reviews
                if x.data.get("review_of") == r.id and x.data["review_stage"] == "outcome"
            ),
            None,
        )
        if asked is not None:
            late = london_date(asked.occurred_at) > end
            info += f"; requested {uk_date(asked.occurred_at)}" + (
                " (after the 3-month window)" if late else ""
            )
        if result is not None:
            info += f"; review {result.data['review_outcome']}"
        out.append(_done(item_id, label, r, info))
    events = [
        e for e in log if e.type == "investigation_event" and e.data["event"] in _REVIEWABLE_EVENTS
    ]
    untold = [e for e in events if not any(r.occurred_at >= e.occurred_at for r in informed)]
    if untold:
        e = untold[0]
        out.append(
            ChecklistItem(
                "right_to_review_informed",
                "Victim told of the right to review the decision",
                NOT_DONE,
                e.id,
                e.seq,
                f"{RIGHT6_EVENT_WORDS.get(e.data['event'], e.data['event'])} on "
                f"{uk_date(e.occurred_at)}: tell the victim of the Victims' Right to Review "
                "and record it (police decisions: police scheme; CPS decisions: CPS scheme).",
            )
        )
    if not out:
        out.append(
            _na(
                "right_to_review_informed",
                "Victim told of the right to review the decision",
                "No decision not to charge or to end the investigation recorded.",
            )
        )
    return out


def _risk_item(log: Sequence[Entry]) -> ChecklistItem:
    label = "Risk review: family and return-home risk, with a review date"
    reviews = _of_type(log, "risk_review")
    if not reviews:
        return ChecklistItem(
            "risk_review",
            label,
            NOT_DONE,
            note="Record a risk review: risk from or to family, risk on return home, actions "
            "and a review date (it feeds safeguarding and the exit strategy).",
        )
    d = reviews[-1].data
    return _done(
        "risk_review",
        label,
        reviews[-1],
        f"Overall {d['risk_level']}, family {d['family_risk']}, return home "
        f"{d['repatriation_risk']}; review by {uk_date(date.fromisoformat(d['review_on']))}",
    )


def _bail_item(log: Sequence[Entry]) -> ChecklistItem:
    label = "Bail return date and conditions recorded"
    bail = [
        e for e in log if e.type == "investigation_event" and e.data["event"] == "released_on_bail"
    ]
    if not bail:
        return _na("bail_recorded", label, "No release on bail recorded.")
    missing = [
        e for e in bail if not e.data.get("bail_return_on") or not e.data.get("bail_conditions")
    ]
    if missing:
        e = missing[0]
        return ChecklistItem(
            "bail_recorded",
            label,
            NOT_DONE,
            e.id,
            e.seq,
            f"Release on bail of {uk_date(e.occurred_at)}: record the bail return date and the "
            "conditions (they shape the victim's safety plan).",
        )
    return _done("bail_recorded", label, bail[-1], "Bail return date and conditions")


def _bail_or_release(e: Entry) -> bool:
    return e.type == "investigation_event" and e.data["event"] in (
        "released_on_bail",
        "bail_conditions_changed",
        "released_under_investigation",
    )


def _duties_checklist(log: Sequence[Entry]) -> Checklist | None:
    """The duties the log gives something to say about, or None (a new case shows its
    opening lists only). An item that does not apply and names no entry is left out; the
    risk review is asked for once a risk review, a bail or a release is logged."""
    risk_matters = any(e.type == "risk_review" or _bail_or_release(e) for e in log)
    items = [
        item
        for item in (
            _interpreters_item(log),
            _risk_item(log) if risk_matters else None,
            _bail_item(log),
            *_complaint_items(log),
            *_review_items(log),
        )
        if item is not None and (item.status != NOT_APPLICABLE or item.entry_id is not None)
    ]
    if not items:
        return None
    return Checklist(
        "duties", "Further duties (Rights 1 and 12, right to review, risk, bail)", tuple(items)
    )


def _child_order_checklist(case: Case, log: Sequence[Entry], day: date) -> Checklist:
    judgement = age_judgement(case, log, day)
    safeguarding = next(
        (e for e in log if e.type == "referral" and e.data["service"] in _SAFEGUARDING), None
    )
    nrm = [
        e
        for e in log
        if e.type == "referral"
        and e.data["service"] == "nrm"
        and child_on(case, log, london_date(e.occurred_at))
    ]
    order_label = "Children's services referral before the NRM referral"
    if not nrm:
        order = _from(
            "safeguarding_before_nrm",
            order_label,
            None,
            missing="Refer to children's services first, then to the NRM.",
        )
    elif safeguarding is None:
        order = ChecklistItem(
            "safeguarding_before_nrm",
            order_label,
            NOT_DONE,
            nrm[0].id,
            nrm[0].seq,
            "Warning: the NRM referral was made with no children's services referral.",
        )
    elif safeguarding.occurred_at > nrm[0].occurred_at:
        order = ChecklistItem(
            "safeguarding_before_nrm",
            order_label,
            NOT_DONE,
            nrm[0].id,
            nrm[0].seq,
            f"Warning: out of order. The NRM referral ({uk_datetime(nrm[0].occurred_at)}) came "
            f"before the children's services referral ({uk_datetime(safeguarding.occurred_at)}).",
        )
    else:
        order = _done("safeguarding_before_nrm", order_label, safeguarding, "In order")
    worker_label = "Social worker's details in the NRM referral"
    if not nrm:
        worker = _na("social_worker_in_nrm", worker_label, "No NRM referral for the child yet.")
    else:
        lacking = next((e for e in nrm if not e.data.get("social_worker")), None)
        worker = (
            ChecklistItem(
                "social_worker_in_nrm",
                worker_label,
                NOT_DONE,
                lacking.id,
                lacking.seq,
                "Warning: the NRM referral does not name the child's social worker.",
            )
            if lacking is not None
            else _done("social_worker_in_nrm", worker_label, nrm[-1], nrm[-1].data["social_worker"])
        )
    assessment_label = "Age assessment (where the age is disputed)"
    assessments = _of_type(log, "age_assessment")
    if judgement.assessment is not None and judgement.assessment.data["age_outcome"] != "pending":
        age = _done("age_assessment", assessment_label, judgement.assessment, judgement.reason)
    elif assessments:
        age = ChecklistItem(
            "age_assessment",
            assessment_label,
            NOT_DONE,
            assessments[-1].id,
            assessments[-1].seq,
            "Requested, outcome awaited: the victim stays in the child workflow.",
        )
    elif case.victim.age_disputed:
        age = ChecklistItem(
            "age_assessment",
            assessment_label,
            NOT_DONE,
            note="Age disputed: ask the local authority for an age assessment; until it "
            "decides, the victim is treated as a child.",
        )
    else:
        age = _na("age_assessment", assessment_label, "The age is not disputed.")
    title = "Child workflow: order and age" + (
        f" ({judgement.reason})" if judgement.reason != "case record" else ""
    )
    return Checklist("child_order", title, (order, worker, age))


def _with_duties(
    lists: list[Checklist], case: Case, log: Sequence[Entry], day: date, child: bool
) -> list[Checklist]:
    ev = _Evidence.read(log)
    out: list[Checklist] = []
    for checklist in lists:
        if checklist.id == "victims_code":
            items = tuple(
                _right3_item(ev, log)
                if i.id == "written_confirmation"
                else _right7_item(ev, log)
                if i.id == "vps_offered"
                else i
                for i in checklist.items
            )
            checklist = Checklist(checklist.id, checklist.title, items)
        elif checklist.id == "child":
            # Once an assessment decides, say so rather than "age disputed".
            judgement = age_judgement(case, log, day)
            if judgement.assessment is not None:
                checklist = Checklist(
                    checklist.id, f"Child workflow ({judgement.reason})", checklist.items
                )
        out.append(checklist)
    duties = _duties_checklist(log)
    if duties is not None:
        out.append(duties)
    # The order can be checked once there is a referral to order, or an assessment to show.
    referred = any(
        e.type == "referral" and e.data["service"] in ("nrm", *_SAFEGUARDING) for e in log
    )
    if (child and referred) or any(e.type == "age_assessment" for e in log):
        out.append(_child_order_checklist(case, log, day))
    return out
