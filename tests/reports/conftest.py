"""Shared fixtures for the report tests: the Debian tools some of them drive."""

from __future__ import annotations

import os
import shutil

import pytest

_PACKAGES = {"qpdf": "qpdf", "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils"}


def require_tool(name: str) -> str:
    """Path of *name*; skip the test without it, except in CI, where its absence fails."""
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} is not installed (Debian package {_PACKAGES.get(name, name)})"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must have it (see .ci/system-deps.sh)")
    pytest.skip(reason)


@pytest.fixture
def pdftotext() -> str:
    return require_tool("pdftotext")


@pytest.fixture
def pdftoppm() -> str:
    return require_tool("pdftoppm")


@pytest.fixture
def qpdf() -> str:
    return require_tool("qpdf")
