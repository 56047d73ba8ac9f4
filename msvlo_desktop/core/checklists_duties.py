"""The officer's further duties as checklists: Rights 1, 3, 7 and 12, the right to
review, risk and bail, and the child workflow's order. The complaints handler's clock and the
review request window are shown as information in the notes: neither is the officer's
deadline. ``with_duties`` adds them to the lists ``core.checklists`` makes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.checklist_items import (
    _SAFEGUARDING,
    NOT_APPLICABLE,
    NOT_DONE,
    Checklist,
    ChecklistItem,
    _action_item,
    _done,
    _Evidence,
    _from,
    _na,
)
from msvlo_desktop.core.duties import (
    age_judgement,
    child_on,
    complaint_response_due,
    review_scheme,
    review_window_end,
)
from msvlo_desktop.core.entries import ACTIONS, TYPE_LABELS, Entry
from msvlo_desktop.core.obligations import default_calendar
from msvlo_desktop.core.rules import RIGHT6_EVENTS as RIGHT6_EVENT_WORDS
from msvlo_desktop.core.timefmt import uk_date, uk_datetime

# ---------------------------------------------------------------------------------------------
# The officer's further duties: Rights 1, 3, 7 and 12, the right to review, risk
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
