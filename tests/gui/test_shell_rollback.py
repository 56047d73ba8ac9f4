"""An older copy of the vault put in its place is reported at unlock and can be accepted by
an officer who restored it on purpose; either way the data stays open."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from shared_fixtures import PASSPHRASE
from test_shell_support import make_settings

from msvlo_desktop.gui import messages
from msvlo_desktop.gui.main_window import MainWindow
from msvlo_desktop.storage.vault import Officer, Vault


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


def _older_copy_in_place(tmp_path: Path, clock: Any) -> Path:
    path = tmp_path / "officer.msvlo"
    with Vault.create(path, PASSPHRASE, Officer("A. Smith"), clock=clock) as v:
        v.add_case({"reference": "K-1", "opened_on": "2026-03-01",
                    "victim": {"name": "A", "pseudonym": "V1"}})  # fmt: skip
        v.add_entry("K-1", {"type": "note", "occurred_at": "2026-03-02T10:00:00+00:00",
                            "summary": "first"})  # fmt: skip
        v.backup(tmp_path / "older.msvlo")
        v.add_entry("K-1", {"type": "note", "occurred_at": "2026-03-03T10:00:00+00:00",
                            "summary": "second"})  # fmt: skip
    shutil.copyfile(tmp_path / "older.msvlo", path)
    return path


@pytest.mark.parametrize("accept", [True, False])
def test_older_copy_is_reported_and_can_be_accepted(
    qtbot: Any, tmp_path: Path, clock: Any, script: messages.ScriptedAnswers, accept: bool
) -> None:
    path = _older_copy_in_place(tmp_path, clock)
    vault = Vault.open(path, PASSPHRASE, clock=clock)
    assert vault.rollback_warning is not None
    script.push(accept)
    w = MainWindow(vault, make_settings(tmp_path), clock=clock, watch_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: any(a.kind == "confirm" for a in script.asked), timeout=10_000)
    asked = next(a for a in script.asked if a.kind == "confirm")
    assert asked.title == "This vault is older than expected"
    assert "K-1 had 2 entries, now 1" in asked.text
    # The data is open either way.
    assert [c.reference for c in vault.list_cases()] == ["K-1"]
    accepted = [r for r in vault.audit_records() if r.action == "older copy accepted"]
    if accept:
        assert vault.rollback_warning is None and len(accepted) == 1
        assert "WARNING" not in w.vault_label.text()
    else:
        assert vault.rollback_warning is not None and accepted == []
        assert "WARNING: older than the last copy" in w.vault_label.text()
