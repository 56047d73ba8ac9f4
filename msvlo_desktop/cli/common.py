"""What every ``msvlo`` command shares: passphrases, opening a vault, errors and output.

A command module uses these instead of its own versions, so that every command behaves the
same way:

* :func:`read_passphrase` / :func:`read_new_passphrase`: from the terminal without echo, or one
  line per passphrase from standard input when it is not a terminal. Never from an argument
  or an environment variable. New passphrases go through the policy of
  :mod:`msvlo_desktop.core.passphrase` (a report password uses the same function).
* :func:`open_vault`: checks the path before asking for a passphrase, then
  ``Vault.open`` (which takes the one-process lock). Use it in a ``with`` block.
* :class:`CommandError`: raise it for a known failure; ``main`` prints its message as one line
  on standard error and exits with its code. ``VaultError`` and ``ValidationError`` are
  handled the same way by ``main``, so commands need not catch them.
* :func:`print_json`, :func:`format_table`, :func:`write_atomic`: output in the house style
  (JSON always UTF-8 with ``ensure_ascii=False``; tables aligned by display width; files
  written through a temporary file, fsync and rename).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import getpass
import json
import os
import re
import sys
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any, TypeAlias

from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.passphrase import check_passphrase, estimate_strength
from msvlo_desktop.core.timefmt import LONDON
from msvlo_desktop.core.values import in_date_window
from msvlo_desktop.storage.connection import check_is_encrypted_file, fsync_dir
from msvlo_desktop.storage.errors import VaultExists
from msvlo_desktop.storage.vault import Officer, Vault

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_UNLOCKED = 3
# A person at a terminal gets a few tries at a new passphrase; a script gets one.
NEW_PASSPHRASE_TRIES = 3


class CommandError(Exception):
    """A known failure of a command: one line for the user and the exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class UsageError(CommandError):
    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_USAGE)


# ----------------------------------------------------------------------------- output
def say(text: str = "") -> None:
    """A line of the command's result on standard output."""
    print(text, file=sys.stdout)


def note(text: str) -> None:
    """A line for the person (progress, advice) on standard error, so stdout stays clean."""
    print(text, file=sys.stderr)


def print_json(value: Any) -> None:
    """Write ``value`` as JSON on standard output: UTF-8 whatever the locale, stable order."""
    text = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters count two, marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


def format_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], *, right: Iterable[int] = ()
) -> str:
    """Rows under headers, columns aligned (``right`` lists right-aligned column numbers)."""
    body = [[" ".join(str(cell).split()) for cell in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in body:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))
    right_cols = set(right)

    def line(cells: Sequence[str]) -> str:
        parts = [_pad(c, widths[i], i in right_cols) for i, c in enumerate(cells)]
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(row) for row in body]
    return "\n".join(out)


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` columns, with an ellipsis when cut."""
    text = " ".join(text.split())
    if display_width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


# ----------------------------------------------------------------------------- passphrases
def _stdin_is_terminal() -> bool:
    stdin = sys.stdin
    try:
        return stdin is not None and stdin.isatty()
    except (ValueError, OSError):  # a closed or detached stream
        return False


def read_secret(prompt: str) -> str:
    """One secret: typed without echo on a terminal, else the next line of standard input."""
    if _stdin_is_terminal():
        try:
            return getpass.getpass(prompt)
        except EOFError:  # Ctrl+D at the prompt
            raise CommandError("Cancelled: no passphrase was typed.") from None
    stdin = sys.stdin
    line = stdin.readline() if stdin is not None else ""
    if not line:
        raise UsageError(
            "No passphrase was given: type it at the prompt, or pipe one line per passphrase "
            "into standard input."
        )
    return line.removesuffix("\n").removesuffix("\r")


def read_passphrase(prompt: str = "Passphrase: ") -> str:
    """The passphrase of an existing vault (asked once)."""
    return read_secret(prompt)


def read_new_passphrase(
    what: str = "new passphrase", *, avoid: Iterable[str] = (), different_from: str | None = None
) -> str:
    """A new passphrase that meets the policy: asked twice on a terminal, once from a pipe.

    ``avoid`` lists words it must not simply be (the officer's name, the file name).
    """
    avoid = list(avoid)
    interactive = _stdin_is_terminal()
    tries = NEW_PASSPHRASE_TRIES if interactive else 1
    problem = ""
    for attempt in range(tries):
        if attempt:
            note(problem + " Try again.")
        first = read_secret(f"{what.capitalize()}: ")
        problems = check_passphrase(first, avoid=avoid)
        if different_from is not None and first == different_from:
            problems.append(f"The {what} is the same as the current one.")
        if problems:
            problem = f"The {what} was refused: " + " ".join(problems)
            continue
        if interactive:
            score, label, _ = estimate_strength(first)
            note(f"Strength: {label} ({score}/4).")
            if read_secret(f"Repeat the {what}: ") != first:
                problem = f"The two entries of the {what} differ."
                continue
        return first
    raise CommandError(problem + " Nothing was changed.")


# ----------------------------------------------------------------------------- the vault
def vault_path(raw: str) -> Path:
    return Path(raw).expanduser()


def new_vault_path(raw: str) -> Path:
    """The path for a new vault: refused now if taken or its folder is missing, before a
    passphrase is asked for nothing."""
    path = vault_path(raw)
    if path.exists():
        raise VaultExists(path)
    if not path.parent.is_dir():
        raise CommandError(f"The folder {path.parent} does not exist.")
    return path


def open_vault(raw_path: str) -> Vault:
    """Check the file, ask its passphrase, unlock it (exclusively). Close it when done."""
    return unlock(raw_path)[0]


def unlock(raw_path: str) -> tuple[Vault, str]:
    """As :func:`open_vault`, also returning the passphrase that opened it (for rekey)."""
    path = vault_path(raw_path)
    # Refuse a missing file or a plain database before asking for a passphrase.
    check_is_encrypted_file(path)
    passphrase = read_passphrase(f"Passphrase for {path.name}: ")
    vault = Vault.open(path, passphrase)
    # An older copy put in place of the vault: said every time until accepted in the window.
    warning = getattr(vault, "rollback_warning", None)
    if warning:
        note(f"Warning: {' '.join(str(warning).split())}")
        note("If you restored this copy on purpose, run: msvlo accept-copy VAULT")
    if getattr(vault, "anchor_error", None):
        note(
            "Warning: this computer's record of the vault could not be updated "
            f"({vault.anchor_error}); the check for older copies is out of date."
        )
    return vault, passphrase


def add_vault_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vault", metavar="VAULT", help="the vault file (.msvlo)")


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (UTF-8) instead of a table")


_OFFICER = re.compile(r"^\s*(?P<collar>[A-Za-z]{1,5}\.?\s*\d{1,6})\s+(?P<name>[^,]+?)\s*$")


def parse_officer(text: str) -> Officer:
    """``"PC 1234 A. Smith"`` or ``"DC 4521 J. Okafor, Example Constabulary"`` as an Officer."""
    text = " ".join(text.split())
    main, _, force = text.partition(",")
    if not main.strip():
        raise UsageError('Give the officer as rank, number and name, e.g. "PC 1234 A. Smith".')
    if len(text) > 200 or any(unicodedata.category(ch) == "Cc" for ch in text):
        raise UsageError("The officer's name is too long or contains control characters.")
    m = _OFFICER.match(main)
    if m:
        return Officer(m.group("name"), " ".join(m.group("collar").split()), force.strip())
    return Officer(main.strip(), "", force.strip())


def parse_moment(raw: str) -> datetime:
    """``--at``: ISO 8601 with an offset; without one it is London time; a date alone is the
    end of that day in London."""
    text = raw.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = in_date_window(datetime.fromisoformat(text).date(), "--at")
            return datetime.combine(day, time(23, 59, 59), tzinfo=LONDON).astimezone(UTC)
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValidationError as exc:
        raise CommandError(str(exc)) from None
    except ValueError:
        raise UsageError(
            f"--at {raw!r} is not a date and time: use ISO 8601, such as 2026-12-01T09:00 "
            "(London time), 2026-12-01T09:00:00+00:00 or 2026-12-01."
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=LONDON)
    try:
        # Within the dates' window (core/values.py), written and in UTC.
        return in_date_window(in_date_window(value, "--at").astimezone(UTC), "--at")
    except ValidationError as exc:
        raise CommandError(str(exc)) from None


# ----------------------------------------------------------------------------- files
def check_writable(path: Path, *, overwrite: bool = False) -> Path:
    """Fail now if ``path`` cannot be written by :func:`write_atomic`; return its folder."""
    path = path.expanduser()
    folder = path.parent
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give a file name to write.")
    if not folder.is_dir():
        raise CommandError(f"The folder {folder} does not exist.")
    if path.exists() and not overwrite:
        raise CommandError(f"{path} already exists; choose another name or add --force.")
    return folder


def write_atomic(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` all at once: a private temporary file beside it, fsync,
    then a rename, so ``path`` never holds half a file. Refuses an existing ``path`` unless
    ``overwrite``."""
    path = path.expanduser()
    folder = check_writable(path, overwrite=overwrite)
    tmp = folder / f".{path.name}.{uuid.uuid4().hex[:8]}.partial"
    # 0o600: the file holds case data, so it is never readable by other accounts.
    try:
        _write_new(tmp, path, data, folder, overwrite)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise CommandError(
                f"{path} could not be written: the disk is full. Nothing was written; free "
                "some space and try again."
            ) from None
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise CommandError(
                f"{path} could not be written: the folder is read-only or not yours. Nothing "
                "was written; choose another folder."
            ) from None
        raise


def _write_new(tmp: Path, path: Path, data: bytes, folder: Path, overwrite: bool) -> None:
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            # A hard link fails if the name was taken meanwhile; rename would replace it.
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise CommandError(
                    f"{path} already exists; choose another name or add --force."
                ) from None
            except OSError:  # a file system without hard links
                if path.exists():
                    raise CommandError(
                        f"{path} already exists; choose another name or add --force."
                    ) from None
                os.replace(tmp, path)
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
