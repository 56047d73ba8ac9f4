"""What a checklist is made of: an item (done, not done, not applicable, with the entry that
shows it), a list of items, and the evidence read once from the log that the lists share
(``core.checklists``, ``core.checklists_duties``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from msvlo_desktop.core.entries import ACTIONS, SERVICE_LABELS, TYPE_LABELS, Entry
from msvlo_desktop.core.timefmt import uk_datetime

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
