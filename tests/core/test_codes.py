"""Nationality and languages are checked against generated ISO tables."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from msvlo_desktop.core import codes
from msvlo_desktop.core import values as v
from msvlo_desktop.core.case import parse_case_header
from msvlo_desktop.core.errors import ValidationError
from msvlo_desktop.core.wording import country_label, language_label, languages_label
from msvlo_desktop.storage.rows import parse_stored_header
from tools import gen_codes

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
MODULE = Path(codes.__file__)


def header(**victim: Any) -> dict[str, Any]:
    return {
        "reference": "KESTREL-0042",
        "crime_reference": "CR-12345-26",
        "opened_on": "2026-03-02",
        "crime_reported_at": "2026-03-02T09:15:00+00:00",
        "exploitation_types": ["labour"],
        "victim": {
            "name": "Nguyễn Thị Hương",
            "pseudonym": "V1",
            "claimed_age": 30,
            "nationality": "VN",
            "languages": ["vi"],
            "interpreter_required": False,
            **victim,
        },
    }


def test_the_generated_module_is_what_the_generator_writes_from_its_source() -> None:
    text = MODULE.read_text("utf-8")
    version = gen_codes.header_version(text)
    source = gen_codes.SOURCE_DIR
    if not all((source / name).exists() for name in gen_codes.SOURCE_FILES):
        pytest.skip("iso-codes JSON is not installed here")
    if gen_codes.source_digest(source) not in text:
        pytest.skip("the installed iso-codes differs from the one the module was made from")
    assert version is not None
    assert gen_codes.render(source, version) == text


def test_the_tables_hold_what_officers_need() -> None:
    assert codes.COUNTRIES["VN"][0] == "Viet Nam"
    assert codes.COUNTRIES["XK"][0] == "Kosovo"
    assert codes.COUNTRIES["stateless"][0] == "Stateless"
    assert codes.COUNTRIES["unknown"][0] == "Unknown"
    for code, name in [
        ("vi", "Vietnamese"),
        ("sq", "Albanian"),
        ("ti", "Tigrinya"),
        ("prs", "Dari"),
        ("syl", "Sylheti"),
        ("pcm", "Nigerian Pidgin"),
        ("kmr", "Northern Kurdish"),
    ]:
        assert codes.LANGUAGES[code] == name
    assert "vie" not in codes.LANGUAGES  # Vietnamese has a two-letter code
    assert codes.THREE_TO_TWO["vie"] == "vi"
    assert codes.THREE_TO_TWO["alb"] == "sq"  # bibliographic code too
    assert sum(len(c) == 2 for c in codes.LANGUAGES) >= 183  # every ISO 639-1 code


@pytest.mark.parametrize("raw", ["AB", "ZZ", "xx"])
def test_a_country_code_in_no_table_is_refused_naming_the_field(raw: str) -> None:
    with pytest.raises(ValidationError, match=r"Nationality: '[A-Z]{2}' is not an ISO 3166-1"):
        v.country(raw, "Nationality")


def test_a_country_name_is_refused_with_the_code_to_use() -> None:
    with pytest.raises(ValidationError, match=r"Nationality .*for Viet Nam use VN"):
        v.country("Viet Nam", "Nationality")
    with pytest.raises(ValidationError, match="Nationality"):
        v.country("Vietnamese", "Nationality")


def test_kosovo_stateless_and_unknown_are_choices() -> None:
    assert v.country("XK", "Nationality") == "XK"
    assert v.country("stateless", "Nationality") == "stateless"
    assert v.country("Unknown", "Nationality") == "unknown"


def test_languages_in_the_table_and_bcp47_subtags_are_accepted() -> None:
    for code in ["vi", "prs", "syl", "pcm", "kmr", "ti", "sq", "pt-BR", "zh-Hant"]:
        assert v.language(code, "Language") == code


def test_a_three_letter_code_with_a_two_letter_one_is_refused_naming_it() -> None:
    with pytest.raises(ValidationError, match=r"Language: 'vie' .*Vietnamese.*'vi'"):
        v.language("vie", "Language")
    with pytest.raises(ValidationError, match=r"'fre' .*French.*'fr'"):
        v.language("fre", "Language")


@pytest.mark.parametrize("raw", ["xq", "qqq", "xq-GB"])
def test_a_language_code_in_no_table_is_refused_naming_the_field(raw: str) -> None:
    with pytest.raises(ValidationError, match=r"Language: '[a-z]+' is not an ISO 639"):
        v.language(raw, "Language")


def test_a_language_name_is_refused_with_the_code_to_use() -> None:
    with pytest.raises(ValidationError, match="for Vietnamese use vi"):
        v.language("Vietnamese", "Language")


def test_a_new_case_with_an_unknown_code_is_refused_by_field() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_case_header(header(nationality="AB", languages=["vi", "xq"]), now=NOW)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"victim.nationality", "victim.languages[1]"}


def test_a_stored_case_with_codes_valid_under_the_older_rule_still_opens_and_shows_them() -> None:
    stored = json.dumps(header(nationality="AB", languages=["vie", "xq", "vi"]))
    case = parse_stored_header(stored)
    assert case.victim.nationality == "AB"
    assert case.victim.languages == ("vie", "xq", "vi")
    assert country_label(case.victim.nationality) == "AB (not a country code)"
    assert languages_label(case.victim.languages) == (
        "Vietnamese (vie), xq (not a language code), Vietnamese (vi)"
    )


def test_labels() -> None:
    assert country_label("VN") == "Viet Nam (VN)"
    assert country_label("XK") == "Kosovo (XK)"
    assert country_label("stateless") == "Stateless"
    assert country_label(None) == "Not recorded"
    assert language_label("vi") == "Vietnamese (vi)"
    assert language_label("pt-BR") == "Portuguese (pt-BR)"
    assert language_label("prs") == "Dari (prs)"
    assert languages_label(()) == "Not recorded"
