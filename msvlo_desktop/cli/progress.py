"""How far a long command has got, for a person at a terminal.

One line on standard error, rewritten in place as the figure moves and cleared at the end,
and only when standard error is a terminal: a script, a pipe or a log sees exactly the
output the command documents, nothing more. Ctrl+C stops the work as usual.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO


class TerminalProgress:
    """``progress(done, total)`` for the storage layer: shows ``label(done, total)`` and a
    percentage; never stops the work (returns True)."""

    def __init__(self, label: Callable[[int, int], str], stream: TextIO) -> None:
        self._label = label
        self._stream = stream
        self._shown = ""

    def __call__(self, done: int, total: int) -> bool:
        percent = 100 * done // total if total > 0 else 100
        line = f"{self._label(done, total)}: {min(percent, 100)}%"
        if line != self._shown:
            # Padded so a shorter line covers the one before.
            self._stream.write("\r" + line.ljust(len(self._shown)))
            self._stream.flush()
            self._shown = line
        return True

    def clear(self) -> None:
        if self._shown:
            self._stream.write("\r" + " " * len(self._shown) + "\r")
            self._stream.flush()
            self._shown = ""


@contextmanager
def terminal_progress(
    label: Callable[[int, int], str] | str,
) -> Iterator[Callable[[int, int], bool] | None]:
    """A progress callback while the block runs, or None when standard error is not a
    terminal. The line is cleared when the block ends, however it ends."""
    stream = sys.stderr
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        interactive = False
    if not interactive:
        yield None
        return
    text = label
    shown = TerminalProgress(text if callable(text) else (lambda _d, _t: text), stream)
    try:
        yield shown
    finally:
        shown.clear()
