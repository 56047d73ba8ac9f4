"""Storage tests: each test keeps its vaults' rollback anchors in its own temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from msvlo_desktop.storage import anchor
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV


@pytest.fixture(autouse=True, scope="module")
def _cheap_anchor_kdf() -> Iterator[None]:
    """Rollback anchors with a low scrypt cost. These tests do not check anchors, and every
    unlock would otherwise pay about 0.1 s for one (tests/reliability checks the real cost)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(anchor, "SCRYPT_N", 2**10)
        yield


@pytest.fixture(autouse=True)
def anchor_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Anchors of this test's vaults (never the user's real application data folder)."""
    folder = tmp_path / "anchors"
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(folder))
    return folder
