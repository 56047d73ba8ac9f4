"""Validation errors that carry one plain message per offending field.

Forms show each problem next to its field; the command line prints the first one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is (a dotted path) and what to do about it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(ValueError):
    """Raised when input breaks a rule. ``problems`` lists every fault found."""

    def __init__(self, problems: Iterable[Problem] | str, field: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem(field, problems)]
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(str(self.problems[0]) if self.problems else "invalid input")

    def prefixed(self, prefix: str) -> ValidationError:
        """The same problems with ``prefix`` put in front of every field path."""
        return ValidationError(
            Problem(f"{prefix}.{p.field}" if p.field else prefix, p.message) for p in self.problems
        )

    def for_field(self, name: str) -> str | None:
        """The first message about field ``name`` (or one of its sub-fields), if any."""
        for p in self.problems:
            if p.field == name or p.field.startswith(name + ".") or p.field.startswith(name + "["):
                return p.message
        return None
