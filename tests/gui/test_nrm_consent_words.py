"""The NRM tab's consent column: a child's NRM referral needs no consent, so an unrecorded
consent reads "Not needed (child)", never "Not recorded" (which reads as a gap)."""

from __future__ import annotations

from datetime import UTC, datetime

from msvlo_desktop.core.entries import Entry
from msvlo_desktop.gui.nrm_tab import consent_words

AT = datetime(2026, 3, 4, 10, tzinfo=UTC)


def _referral(service: str, **data: object) -> Entry:
    return Entry("r1", "referral", AT, AT, "PC 1234 A. Smith", {"service": service, **data})


def test_a_childs_nrm_referral_needs_no_consent() -> None:
    assert consent_words(_referral("nrm"), child=True) == "Not needed (child)"


def test_an_adults_unrecorded_consent_is_not_recorded() -> None:
    assert consent_words(_referral("nrm"), child=False) == "Not recorded"
    assert consent_words(_referral("imsa"), child=True) == "Not recorded"


def test_recorded_consent_reads_as_recorded() -> None:
    assert consent_words(_referral("nrm", consent=True, written_consent=True)) == "Yes, in writing"
    assert consent_words(_referral("nrm", consent=False), child=True) == "No"
