"""Shared fixtures: a real vault in tmp_path, a fixed clock, and no display needed."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never need a display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Nothing a test does may touch the real user's settings, logs, data or rollback anchors:
# every per-user folder points into one private temporary folder for the run.
_HOME = tempfile.mkdtemp(prefix="msvlo-tests-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())
os.environ["MSVLO_ANCHOR_DIR"] = os.path.join(_HOME, "anchors")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow", action="store_true", default=False, help="run the long reliability runs"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="long version: run with --run-slow (make test-long)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


# Shared with test modules through tests/shared_fixtures.py: a test module never imports
# "conftest", which names a different module depending on which folder's tests ran first.
from shared_fixtures import PASSPHRASE, FakeClock  # noqa: E402


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "officer.msvlo"


@pytest.fixture
def vault(vault_path: Path, clock: FakeClock) -> Iterator[object]:
    from msvlo_desktop.storage.vault import Officer, Vault

    v = Vault.create(vault_path, PASSPHRASE, Officer("A. Smith", "PC 1234", "Example"), clock=clock)
    try:
        yield v
    finally:
        v.close()
