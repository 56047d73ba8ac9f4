"""The passphrase policy holds in the core too: Vault.create and Vault.rekey refuse what
``check_passphrase`` refuses, whoever calls them, and refusing changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_support import OFFICER, OTHER_PASSPHRASE, PASSPHRASE, new_vault

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.passphrase import check_passphrase
from msvlo_desktop.storage.errors import WrongPassphrase
from msvlo_desktop.storage.vault import Vault

WEAK = ["", "short pass", "password1234", "qwertyuiopasdf", "123456789012345"]


@pytest.mark.parametrize("weak", WEAK)
def test_create_refuses_a_weak_passphrase_and_writes_nothing(tmp_path: Path, weak: str) -> None:
    path = tmp_path / "officer.msvlo"
    expected = check_passphrase(weak)
    assert expected, f"{weak!r} is expected to break the policy"
    with pytest.raises(ValidationError) as caught:
        Vault.create(path, weak, OFFICER)
    assert [p.message for p in caught.value.problems] == expected
    assert {p.field for p in caught.value.problems} == {"passphrase"}
    assert list(tmp_path.iterdir()) == []  # no vault, no lock file, no anchor folder


def test_rekey_refuses_a_weak_passphrase_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=2) as v:
        before = v.audit_records()
        with pytest.raises(ValidationError) as caught:
            v.rekey("password1234")
        assert "commonly used" in str(caught.value)
        assert v.audit_records() == before  # no "passphrase changed" for a change not made
        v.rekey(OTHER_PASSPHRASE)  # a good one is accepted
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    Vault.open(path, OTHER_PASSPHRASE).close()


def test_existing_vaults_with_old_passphrases_still_open(tmp_path: Path) -> None:
    """The policy applies to new passphrases only: a vault made before it still opens."""
    from msvlo_desktop.storage.connection import connect

    path = tmp_path / "officer.msvlo"
    new_vault(path, entries=1).close()
    conn = connect(path, PASSPHRASE)
    conn.execute("PRAGMA rekey = 'weak'")
    conn.close()
    with Vault.open(path, "weak") as v:
        assert v.entry_count("KESTREL-0001") == 1
