"""Merging: training and real returns kept apart, unknown fields refused; and disclosure
control of the force-level figures: no suppressed cell can be worked out, or
even narrowed, by subtracting published cells from published totals. Every row of small
counts is tried."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from msvlo_desktop.services.compliance import CODE_KINDS, LATE_REASONS
from msvlo_desktop.services.compliance_merge import (
    Loaded,
    MergeRefused,
    for_pcc,
    merge_returns,
    parse_return,
    protect,
    protect_row,
)
from msvlo_desktop.services.compliance_signing import ReturnSigner, sign_return


@pytest.mark.parametrize(
    ("count", "shown"),
    [(0, 0), (1, None), (4, None), (5, 5), (7, 5), (8, 10), (12, 10), (13, 15), (102, 100)],
)
def test_protect(count: int, shown: int | None) -> None:
    assert protect(count) == shown


def test_a_total_that_would_give_a_suppressed_cell_away_is_suppressed() -> None:
    # 4 + 4 = 8 would show 10: neither cell can be more than 4, so both would be known.
    assert protect_row({"a": 4, "b": 4, "c": 0}) == {"a": None, "b": None, "c": 0, "total": None}
    # 1 + 1 + 5 = 7 would show 5: the 5 is at least 5, so both others would be 1.
    assert protect_row({"a": 1, "b": 1, "c": 5})["total"] is None
    assert protect_row({"a": 4, "b": 9}) == {"a": None, "b": 10, "total": 15}
    assert protect_row({"a": 0, "b": 0}) == {"a": 0, "b": 0, "total": 0}


def _readings(shown: int | None) -> range:
    """What a reader of the published figure can tell of the count behind it."""
    if shown is None:
        return range(1, 5)
    if shown == 0:
        return range(0, 1)
    return range(max(5, shown - 2), shown + 3)


def _assert_no_cell_narrowed(rows: Iterable[Sequence[int]]) -> None:
    """For each row: from its published cells and total alone, every suppressed cell could
    still be any of 1, 2, 3 or 4."""
    for row in rows:
        published = protect_row({str(i): n for i, n in enumerate(row)})
        cells = [published[str(i)] for i in range(len(row))]
        total = published["total"]
        candidates = [
            c
            for c in itertools.product(*(_readings(v) for v in cells))
            if total is None or sum(c) in _readings(total)
        ]
        assert row in candidates or tuple(row) in candidates
        for i, shown in enumerate(cells):
            if shown is None:
                assert {c[i] for c in candidates} == {1, 2, 3, 4}, (row, published)


def test_no_suppressed_cell_narrowed_in_rows_of_two_or_three() -> None:
    _assert_no_cell_narrowed(itertools.product(range(30), repeat=2))
    _assert_no_cell_narrowed(itertools.product(range(13), repeat=3))


def test_no_suppressed_cell_narrowed_in_rows_of_five() -> None:
    _assert_no_cell_narrowed(itertools.product(range(0, 7), repeat=5))


def _team(statuses: dict[str, int], bands: dict[str, int], reasons: dict[str, int]) -> Any:
    kind = "victims_code_update"
    return {
        "period": {"from": "2026-10-01", "to": "2026-12-31"},
        "rules_version": "r",
        "generated_at": datetime(2027, 1, 4, tzinfo=UTC).isoformat(),
        "returns": [{}, {}],
        "total": {
            "cases": {"open": 4, "closed": 4, "child": 2, "enhanced_rights": 8},
            "obligations": {kind: statuses},
            "late_by_working_days": {kind: bands},
            "late_reasons": {kind: reasons},
        },
    }


def test_met_late_is_suppressed_when_its_bands_would_give_them_away() -> None:
    statuses = {"met_on_time": 30, "met_late": 8, "due": 0, "overdue": 6, "not_applicable": 0}
    bands = {"1": 4, "2": 4, "3+": 0}
    reasons = {"victim_unreachable": 8, "other": 0}
    force = for_pcc(_team(statuses, bands, reasons))["total"]
    kind = "victims_code_update"
    assert force["obligations"][kind] == {
        "met_on_time": 30,
        "met_late": None,
        "due": 0,
        "overdue": 5,
        "not_applicable": 0,
        "total": 45,
    }
    assert force["late_by_working_days"][kind] == {"1": None, "2": None, "3+": 0, "total": None}
    assert force["late_reasons"][kind] == {"victim_unreachable": 10, "other": 0, "total": None}


def test_cases_are_given_as_parts_of_the_whole() -> None:
    statuses = {"met_on_time": 0, "met_late": 0, "due": 0, "overdue": 0, "not_applicable": 0}
    force = for_pcc(_team(statuses, {"1": 0}, {"other": 0}))
    # Open 4 and closed 4 with enhanced rights 8 would give both away: only the whole, the
    # child victims and the victims with enhanced rights are published.
    assert force["total"]["cases"] == {"total": 10, "child": None, "enhanced_rights": 10}
    assert force["returns"] == 2
    assert "returns" not in force["total"]


def _signed(**changes: Any) -> Loaded:
    key = Ed25519PrivateKey.generate()
    signer = ReturnSigner(key.sign, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    zeros = dict.fromkeys(("met_on_time", "met_late", "due", "overdue", "not_applicable"), 0)
    body: dict[str, Any] = {
        "format": "msvlo-compliance-return",
        "version": 1,
        "period": {"from": "2026-10-01", "to": "2026-12-31"},
        "officer": "PC 1 A. Test",
        "rules_version": "r",
        "generated_at": "2027-01-04T09:00:00+00:00",
        "cases": {"open": 0, "closed": 0, "child": 0, "enhanced_rights": 0},
        "obligations": {k: dict(zeros) for k in CODE_KINDS},
        "late_by_working_days": {k: {"1": 0, "2": 0, "3+": 0} for k in CODE_KINDS},
        "late_reasons": {k: dict.fromkeys(LATE_REASONS, 0) for k in CODE_KINDS},
        **changes,
    }
    doc = sign_return(body, signer)
    return parse_return(json.dumps(doc).encode("utf-8"), f"{doc['vault'][:4]}.json")


def test_training_and_real_returns_are_not_merged() -> None:
    real, training = _signed(), _signed(training=True)
    with pytest.raises(MergeRefused, match="training vault") as caught:
        merge_returns([real, training], datetime(2027, 1, 4, tzinfo=UTC))
    assert caught.value.problems[0].field == "training"
    both = merge_returns([training, _signed(training=True)], datetime(2027, 1, 4, tzinfo=UTC))
    assert both["training"] is True
    assert for_pcc(both)["training"] is True


def test_an_unknown_field_is_refused_even_when_signed() -> None:
    with pytest.raises(MergeRefused, match="victim: is not a field of a compliance return"):
        _signed(victim="someone")


def test_a_signature_spelt_another_way_is_refused() -> None:
    """Base64 has more than one spelling of the same bytes (the unused low bits of the last
    digit): a return whose signature was re-spelt is a changed file, refused as bundles are."""
    from msvlo_desktop.services.compliance_signing import SignatureRefused, verify_return

    key = Ed25519PrivateKey.generate()
    signer = ReturnSigner(key.sign, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    doc = sign_return({"format": "msvlo-compliance-return", "version": 1}, signer)
    verify_return(doc)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    signature = doc["signature"]
    assert signature.endswith("==")  # 64 bytes: the last digit carries 4 unused bits
    last = signature[-3]
    respelt = signature[:-3] + alphabet[alphabet.index(last) ^ 1] + "=="
    with pytest.raises(SignatureRefused):
        verify_return({**doc, "signature": respelt})
