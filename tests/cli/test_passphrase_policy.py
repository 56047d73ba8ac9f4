"""The passphrase policy (core.passphrase) applied when creating or re-keying a vault."""

from __future__ import annotations

import pytest

from msvlo_desktop.core.passphrase import (
    LABELS,
    MIN_LENGTH,
    check_passphrase,
    estimate_strength,
    is_common,
)


@pytest.mark.parametrize(
    "good",
    [
        "kestrel tuesday lantern",
        "violin harbour marmalade 42",
        "correct horse battery staple",
        "x7#Kp9!qL2@wZ4&m",
        "nguyễn thị hương rất mạnh",
        "ሰላም ተስፋይ ቤት ሰማይ",
    ],
)
def test_good_passphrases_pass(good: str) -> None:
    assert check_passphrase(good) == []
    score, label, hint = estimate_strength(good)
    assert score >= 2 and label == LABELS[score] and hint


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("", "too short"),
        ("elevenchars", "too short"),
        ("password1234", "commonly used"),
        ("Password1234!", "commonly used"),
        ("P@ssw0rd2026", "commonly used"),
        ("qwertyuiop123", "commonly used"),
        ("liverpool liverpool", "commonly used"),
        ("Summer2026!!!", "commonly used"),
        ("iloveyouiloveyou", "commonly used"),
        ("ModernSlavery2026", "commonly used"),
        ("aaaaaaaaaaaaaa", "sequence or repetition"),
        ("abcdefghijklmnop", "sequence or repetition"),
        ("123456789012", "sequence or repetition"),
        ("0987654321098", "sequence or repetition"),
        ("asdfghjklzxcv", "sequence or repetition"),
        ("483920175634", "digits only"),
        ("tab\tinside passphrase", "control characters"),
    ],
)
def test_bad_passphrases_are_refused_with_a_reason(bad: str, reason: str) -> None:
    problems = check_passphrase(bad)
    assert problems and any(reason in p for p in problems), problems
    score, _, hint = estimate_strength(bad)
    assert score <= 1 and hint == (
        problems[0] if bad else "Type a passphrase of at least 12 characters."
    )


def test_length_is_counted_in_characters() -> None:
    assert len("ሰላም ተስፋይ ቤት") == 11
    assert any("too short (11 characters)" in p for p in check_passphrase("ሰላም ተስፋይ ቤት"))
    assert MIN_LENGTH == 12


def test_names_to_avoid() -> None:
    avoid = ["A. Smith", "officer-laptop"]
    for bad in ("smith smith smith", "asmithasmith", "Officer Laptop", "A.Smith!!!!!!"):
        assert any("your name" in p for p in check_passphrase(bad, avoid=avoid)), bad
    assert check_passphrase("kestrel tuesday lantern", avoid=avoid) == []


def test_common_words_inside_a_longer_passphrase_are_fine() -> None:
    # Only the whole passphrase (give or take digits and symbols) is compared with the list.
    assert not is_common("dragon harbour violin")
    assert is_common("dragon dragon")


def test_strength_grows_with_length() -> None:
    scores = [
        estimate_strength(p)[0]
        for p in (
            "kestrel tuesday",
            "kestrel tuesday lantern",
            "kestrel tuesday lantern violin harbour",
        )
    ]
    assert scores == sorted(scores) and scores[-1] == 4
    assert estimate_strength("")[0] == 0
