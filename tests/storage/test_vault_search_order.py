"""Search results: the newest matches by when they happened, at most ``limit``, one case when
asked. ``Vault.search`` picks the newest matches before reading their rows whole (a speed
fix, docs/PERFORMANCE.md); these tests hold it to the same answers as sorting every match."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage_samples import header

from msvlo_desktop.storage.vault import Vault

START = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def _calls(vault: Vault, ref: str, hours: list[int], word: str = "welfare") -> None:
    vault.add_entries(
        ref,
        [
            {
                "type": "interaction",
                "mode": "phone",
                "summary": f"Call {h}: {word} check, no new concerns.",
                "occurred_at": (START + timedelta(hours=h)).isoformat(),
            }
            for h in hours
        ],
    )


def test_the_newest_matches_come_first_whatever_order_they_were_recorded_in(
    vault: Vault,
) -> None:
    vault.add_case(header("KESTREL-0001"))
    vault.add_case(header("HERON-0002", name="Elira Krasniqi"))
    # Recorded out of the order they happened in (late entries), across two cases.
    _calls(vault, "KESTREL-0001", [5, 1, 9, 3])
    _calls(vault, "HERON-0002", [8, 2, 6])
    _calls(vault, "HERON-0002", [7], word="unrelated")
    hits = vault.search("welfare")
    assert [h.entry.occurred_at for h in hits] == [
        START + timedelta(hours=h) for h in (9, 8, 6, 5, 3, 2, 1)
    ]
    assert {h.case_ref for h in hits} == {"KESTREL-0001", "HERON-0002"}
    assert all("welfare" in h.snippet for h in hits)


def test_a_limit_keeps_the_newest_and_a_case_filter_keeps_one_case(vault: Vault) -> None:
    vault.add_case(header("KESTREL-0001"))
    vault.add_case(header("HERON-0002", name="Elira Krasniqi"))
    _calls(vault, "KESTREL-0001", list(range(0, 40, 2)))
    _calls(vault, "HERON-0002", list(range(1, 40, 2)))
    newest = vault.search("welfare", limit=3)
    assert [h.entry.occurred_at for h in newest] == [
        START + timedelta(hours=h) for h in (39, 38, 37)
    ]
    assert [h.case_ref for h in newest] == ["HERON-0002", "KESTREL-0001", "HERON-0002"]
    one = vault.search("welfare", limit=4, case_ref="KESTREL-0001")
    assert [h.case_ref for h in one] == ["KESTREL-0001"] * 4
    assert [h.entry.occurred_at for h in one] == [
        START + timedelta(hours=h) for h in (38, 36, 34, 32)
    ]
    assert vault.search("welfare", case_ref="NO-SUCH-CASE") == []
