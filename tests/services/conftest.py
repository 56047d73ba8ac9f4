"""Services tests: no QApplication. One training vault per module, its rollback anchors in the
module's own temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from shared_fixtures import FIXED_NOW, PASSPHRASE

from msvlo_desktop.services.training import create_training_vault
from msvlo_desktop.storage import anchor
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV
from msvlo_desktop.storage.vault import Vault


@pytest.fixture(scope="module")
def anchors(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Anchors with a low scrypt cost (these tests do not check anchors) in a folder of the
    module's own."""
    folder = tmp_path_factory.mktemp("anchors")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder))
        mp.setattr(anchor, "SCRYPT_N", 2**10)
        yield folder


@pytest.fixture(scope="module")
def training_vault(anchors: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """Eight training cases (one of them closed), the clock stopped at ``FIXED_NOW``."""
    path = tmp_path_factory.mktemp("services") / "training.msvlo"
    vault = create_training_vault(path, PASSPHRASE, now=FIXED_NOW)
    try:
        yield vault
    finally:
        vault.close()
