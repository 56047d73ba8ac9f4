"""Constants and helpers the test modules share (imported by name, never via "conftest")."""

from __future__ import annotations

from datetime import UTC, datetime

PASSPHRASE = "correct horse battery staple"
FIXED_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


class FakeClock:
    """A settable clock for deadlines and idle time."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
