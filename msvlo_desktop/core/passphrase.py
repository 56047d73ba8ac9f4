"""The passphrase policy for a new or changed vault passphrase, and a strength estimate.

The vault passphrase is the only thing between a lost laptop and a victim's safety, and it
cannot be recovered if forgotten, so the policy is the NCSC's: length over complexity rules.
A passphrase must have at least ``MIN_LENGTH`` characters and must not be one of the most
common passwords, nor one with digits, symbols, letter-for-digit swaps or repetition added
(``Password1234!``, ``qwertyqwerty``), nor a plain keyboard or alphabet sequence.

:func:`estimate_strength` is a simple, conservative estimate for a strength meter; it is not
a guarantee. It counts roughly what a guesser pays for each part of the passphrase: common
words cost little, a run of lower-case letters about 2.5 bits a character (as English text),
digits, capitals and symbols more; repeated and sequential characters almost nothing.

The common-password list is a packaged text file (``resources/passphrase``), read once.
Nothing here ever stores or logs the passphrase it is given.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources

__all__ = ["LABELS", "MIN_LENGTH", "check_passphrase", "estimate_strength", "is_common"]

MIN_LENGTH = 12
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")
# Bits needed for scores 1, 2, 3 and 4.
_THRESHOLDS = (28.0, 40.0, 55.0, 75.0)

_SEPARATORS = re.compile(r"[\s\-_.,;:+/\\|]+")
_EDGE_NOISE = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_LEET = str.maketrans({"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# "1" and "!" stand for both i and l; both readings are tried.
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiopasdfghjklzxcvbnm",
    "qwertzuiopasdfghjklyxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    "zaq1xsw2cde3vfr4bgt5nhy6mju7",
)


@functools.cache
def _common() -> frozenset[str]:
    text = (
        resources.files("msvlo_desktop")
        .joinpath("resources/passphrase/common-passwords.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(
        line.strip().casefold()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _squash(p: str) -> str:
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", p).casefold())


def _readings(squashed: str) -> set[str]:
    """The passphrase as a guesser would try it: as typed and with digit-for-letter swaps."""
    base = squashed.translate(_LEET)
    return {squashed, base, base.replace("1", "i").replace("!", "i"), base.replace("1", "l")}


def _unit(s: str) -> str:
    """The shortest string whose repetition makes ``s`` (``abcabc`` -> ``abc``)."""
    for size in range(1, len(s) // 2 + 1):
        if len(s) % size == 0 and s[:size] * (len(s) // size) == s:
            return s[:size]
    return s


def is_common(p: str) -> bool:
    """True for a common password, or one with noise around it, swaps or repetition."""
    common = _common()
    for reading in _readings(_squash(p)):
        for candidate in (reading, _EDGE_NOISE.sub("", reading)):
            if not candidate:
                continue
            unit = _unit(candidate)
            if candidate in common or unit in common:
                return True
    return False


def _is_sequence(p: str) -> bool:
    """One repeated character or a run along the keyboard or the alphabet (either way)."""
    s = _squash(p)
    if len(s) < 2:
        return bool(s)
    if len(set(s)) <= 2:
        return True
    for seq in _SEQUENCES:
        for line in (seq * 3, seq[::-1] * 3):
            if s in line:
                return True
    return False


def check_passphrase(p: str, *, avoid: Iterable[str] = ()) -> list[str]:
    """Every reason ``p`` may not be used as a vault passphrase; empty when it may.

    ``avoid`` lists words the passphrase must not simply be, such as the officer's name or
    the vault's file name.
    """
    problems: list[str] = []
    if any(unicodedata.category(ch) == "Cc" for ch in p):
        problems.append(
            "The passphrase contains control characters; use letters, digits, spaces and "
            "punctuation only."
        )
    if len(p) < MIN_LENGTH:
        problems.append(
            f"The passphrase is too short ({len(p)} characters): use at least {MIN_LENGTH}. "
            "Three or four unrelated words are easy to remember and hard to guess."
        )
    if p.strip() and is_common(p):
        problems.append(
            "The passphrase is one of the most commonly used passwords, or a small change to "
            "one: choose something nobody else would."
        )
    elif p.strip() and _is_sequence(p):
        problems.append(
            "The passphrase is a simple sequence or repetition (like 123456…, qwerty… or "
            "aaaa…): choose something less predictable."
        )
    elif _squash(p).isdigit() and len(_squash(p)) < 16:
        problems.append(
            "A passphrase of digits only (a date, a phone number, a PIN) is guessed quickly: "
            "use words."
        )
    core = _unit(_EDGE_NOISE.sub("", _squash(p)))
    names = {_squash(word) for word in avoid}
    names |= {_squash(part) for word in avoid for part in re.split(r"[\W_]+", word)}
    if core and any(len(n) >= 3 and core in (n, n[::-1]) for n in names):
        problems.append(
            "The passphrase is just your name or the vault's name: choose something unrelated."
        )
    return problems


def _token_bits(token: str) -> float:
    """Rough guessing cost of one run of letters, digits, symbols or spaces."""
    if token.isspace():
        return 1.0
    lower = token.casefold()
    unit = _unit(lower)
    repeats = len(lower) // len(unit)
    extra = math.log2(repeats) if repeats > 1 else 0.0
    if len(unit) >= 3 and any(unit in seq or unit in seq[::-1] for seq in _SEQUENCES):
        return 4.0 + math.log2(len(unit)) + extra
    if unit in _common() or unit.translate(_LEET) in _common():
        return 10.0 + extra
    if token.isalpha():
        bits = 2.5 * len(unit)
        if token[0].isupper() and not token[1:].isupper():
            bits += 1.0  # a capital first letter is the first thing guessed
        elif any(ch.isupper() for ch in token):
            bits += sum(1.0 for ch in unit if ch.isupper())
        bits += sum(0.5 for ch in unit if ord(ch) > 127)
        return bits + extra
    if token.isdigit():
        if len(unit) == 4 and unit[:2] in ("19", "20"):
            return 6.0 + extra  # a year
        return math.log2(10) * len(unit) + extra
    return 5.0 * len(unit) + extra


def estimate_strength(p: str) -> tuple[int, str, str]:
    """``(score 0-4, label, hint)``: a conservative estimate for a strength meter.

    A passphrase the policy refuses never scores above 1; a common one scores 0.
    """
    if not p:
        return 0, LABELS[0], f"Type a passphrase of at least {MIN_LENGTH} characters."
    tokens = re.findall(r"\s+|[^\W\d_]+|\d+|[\W_]+", p)
    bits = sum(_token_bits(t) for t in tokens) + max(0, len(tokens) - 1) * 1.0
    score = sum(1 for threshold in _THRESHOLDS if bits >= threshold)
    problems = check_passphrase(p)
    if problems:
        score = 0 if is_common(p) or _is_sequence(p) else min(score, 1)
        return score, LABELS[score], problems[0]
    if score <= 2:
        hint = "Add another unrelated word or two to make it stronger."
    else:
        hint = "A good passphrase. It cannot be recovered if forgotten: do not lose it."
    return score, LABELS[score], hint
