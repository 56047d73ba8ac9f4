"""Planning every case's story and carrying it out through the real vault methods with the
vault's clock walked through the months: ``fill_training_vault`` and
``create_training_vault``."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from msvlo_desktop.core.closing import closing_problems
from msvlo_desktop.core.timefmt import LONDON
from msvlo_desktop.services.training import chapters
from msvlo_desktop.services.training import duties as training_duties
from msvlo_desktop.services.training.cast import (
    OPERATIONS,
    PROFILES,
    TRAINING_OFFICER,
)
from msvlo_desktop.services.training.story import Item, Op, Story, case_header
from msvlo_desktop.storage.vault import Clock, Officer, Vault, utc_now


def _plan_case(
    index: int,
    seed: int,
    now: datetime,
    officer: Officer,
    ref: str,
    entries_per_case: int | None,
) -> list[Op]:
    rng = random.Random(f"msvlo-training-{seed}-{index}")
    profile = PROFILES[index % len(PROFILES)]
    days_open = profile.days_open + rng.randint(-8, 8)
    opened = (now.astimezone(LONDON) - timedelta(days=days_open)).date()
    while opened.weekday() >= 5:
        opened -= timedelta(days=1)
    if profile.exit == "closed":
        end = datetime.combine(opened + timedelta(days=150), time(18), tzinfo=LONDON)
    else:
        end = now - timedelta(hours=2)
    s = Story(index, profile, rng, now, ref, f"V{index + 1}", opened, end, officer)
    header = case_header(s)
    chapters.first_day(s)
    chapters.nrm(s)
    chapters.investigation(s)
    chapters.routine(s)
    if profile.spoc_change:
        chapters.spoc_change(s)
    if profile.correction:
        chapters.corrections(s)
    chapters.exit_strategy(s)
    chapters.agreed_updates(s)
    training_duties.duties(s)
    if profile.opt_out:
        chapters.opt_out(s, header)
    chapters.competent_authority_updates(s)
    if entries_per_case is not None and len(s.items) < entries_per_case:
        chapters.padding(s, entries_per_case - len(s.items))
    items = _timed(s)
    if entries_per_case is not None:
        items = items[:entries_per_case]
    case_at = datetime.combine(opened, time(8, 0), tzinfo=LONDON).astimezone(UTC)
    ops = [Op(case_at, index, -1, "case", ref, header)]
    ops += [Op(it.recorded or now, index, n, "entry", ref, it.raw) for n, it in enumerate(items)]
    ops += s.extra_ops
    if profile.exit == "closed" and items:
        last = max(it.recorded or now for it in items)
        ops.append(Op(last + timedelta(hours=1), index, 10**7, "close", ref))
    return ops


def _timed(s: Story) -> list[Item]:
    """Give each item its recorded time: after it happened, after anything it refers to,
    and before ``now``; return the items in the order they are recorded."""
    items = sorted(s.items, key=lambda it: it.occurred)
    recorded: dict[str, datetime] = {}
    latest = s.now - timedelta(minutes=1)
    for it in items:
        rec = it.occurred + it.delay
        for ref in it.refs:
            if ref in recorded:
                rec = max(rec, recorded[ref] + timedelta(minutes=2))
        rec = min(rec, max(latest, it.occurred))
        it.recorded = rec.replace(microsecond=0)
        recorded[str(it.raw["id"])] = it.recorded
    order = {id(it): n for n, it in enumerate(items)}
    return sorted(items, key=lambda it: (it.recorded or s.now, order[id(it)]))


def _run(vault: Vault, ops: list[Op], *, bulk: bool) -> None:
    """Carry out the operations in time order with the vault's clock at each one's time.

    ``bulk`` (benchmark-sized logs) records each case's entries of one London day in one
    transaction, at the time of the day's last one, as an officer writing up the day would.
    """
    current = [ops[0].at if ops else utc_now()]
    saved = vault.clock
    vault.clock = lambda: current[0]
    batch: list[Op] = []

    def flush() -> None:
        if batch:
            current[0] = batch[-1].at
            vault.add_entries(batch[0].ref, [op.payload for op in batch])
            batch.clear()

    try:
        for op in sorted(ops, key=lambda o: (o.at, o.case_index, o.order)):
            if bulk and op.kind == "entry":
                day = op.at.astimezone(LONDON).date()
                if batch and (
                    batch[0].ref != op.ref or batch[0].at.astimezone(LONDON).date() != day
                ):
                    flush()
                batch.append(op)
                continue
            flush()
            current[0] = op.at
            if op.kind == "case":
                vault.add_case(op.payload)
            elif op.kind == "entry":
                vault.add_entry(op.ref, op.payload)
            elif op.kind == "revise":
                vault.update_case(op.ref, op.payload, reason=op.reason)
            elif op.kind == "close" and not closing_problems(vault.entries(op.ref)):
                vault.close_case(
                    op.ref,
                    reason=op.reason or "Exit strategy completed; support handed to partners.",
                    acknowledged=vault.closing_outstanding(op.ref),
                )
        flush()
    finally:
        vault.clock = saved


def _plan(
    vault: Vault, *, cases: int, seed: int, now: datetime, entries_per_case: int | None
) -> list[Op]:
    ops: list[Op] = []
    officer = vault.officer if vault.officer.name else TRAINING_OFFICER
    number = 1
    for index in range(cases):
        while True:
            ref = f"{OPERATIONS[(number - 1) % len(OPERATIONS)]}-{number:04d}"
            number += 1
            if not vault.case_exists(ref):
                break
        ops += _plan_case(index, seed, now, officer, ref, entries_per_case)
    return ops


def fill_training_vault(
    vault: Vault,
    *,
    cases: int = 8,
    seed: int = 2026,
    now: datetime | None = None,
    entries_per_case: int | None = None,
) -> list[str]:
    """Add ``cases`` fictional cases to an open vault; returns their references."""
    if cases < 0:
        raise ValueError("cases cannot be negative")
    if entries_per_case is not None and entries_per_case < 1:
        raise ValueError("entries_per_case must be at least 1")
    at = (now or vault.clock()).astimezone(UTC).replace(microsecond=0)
    ops = _plan(vault, cases=cases, seed=seed, now=at, entries_per_case=entries_per_case)
    _run(vault, ops, bulk=entries_per_case is not None)
    return [op.ref for op in ops if op.kind == "case"]


def create_training_vault(
    path: Path | str,
    passphrase: str,
    *,
    now: datetime | None = None,
    cases: int = 8,
    seed: int = 2026,
    entries_per_case: int | None = None,
    clock: Clock | None = None,
) -> Vault:
    """Create a new training vault at ``path`` filled with fictional cases; returns it open.

    ``clock`` is the returned vault's clock (default: the real time, or a clock stopped at
    ``now`` when ``now`` is given, so later entries still follow the generated ones).
    """
    at = (now or utc_now()).astimezone(UTC).replace(microsecond=0)
    if clock is None:
        clock = utc_now if now is None else _stopped(at)
    # The vault is created just before its first case, so its audit log reads in order.
    first_day = at - timedelta(days=max(p.days_open for p in PROFILES) + 20)
    vault = Vault.create(
        path, passphrase, TRAINING_OFFICER, training=True, clock=_stopped(first_day)
    )
    try:
        fill_training_vault(
            vault, cases=cases, seed=seed, now=at, entries_per_case=entries_per_case
        )
    except BaseException:
        vault.close()
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    vault.clock = clock
    return vault


def _stopped(at: datetime) -> Callable[[], datetime]:
    return lambda: at
