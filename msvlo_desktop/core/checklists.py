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

from collections.abc import Sequence
from datetime import datetime

from msvlo_desktop.core.calendar import london_date
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.checklist_items import (
    _PARTNERS,
    _SAFEGUARDING,
    DONE,
    NOT_APPLICABLE,
    NOT_DONE,
    Checklist,
    ChecklistItem,
    _action_item,
    _done,
    _Evidence,
    _from,
    _na,
    _service_words,
)
from msvlo_desktop.core.checklists_duties import (
    _with_duties,
)
from msvlo_desktop.core.closing import agreed_exit_strategy
from msvlo_desktop.core.duties import (
    child_on,
)
from msvlo_desktop.core.entries import ACTIONS, Entry
from msvlo_desktop.core.entries import effective_entries as _effective
from msvlo_desktop.core.obligations import SUPPORT_SERVICES
from msvlo_desktop.core.timefmt import uk_date

__all__ = [
    "DONE",
    "NOT_APPLICABLE",
    "NOT_DONE",
    "Checklist",
    "ChecklistItem",
    "case_checklists",
]


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
