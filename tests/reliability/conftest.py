"""Reliability tests: every test keeps its rollback anchors in its own temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV


@pytest.fixture(autouse=True)
def anchor_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Anchors of this test's vaults (never the user's real application data folder)."""
    folder = tmp_path / "anchors"
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(folder))
    return folder
