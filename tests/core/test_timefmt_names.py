"""Day and month names come from one table in ``core/timefmt.py``, in English whatever the
process locale. ``strftime``'s name directives follow the C library's locale, which a Qt
application sets from the system on Linux: a laptop set to Polish would show "poniedziałek"
in one place and "Monday" in another."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import msvlo_desktop
from msvlo_desktop.core.timefmt import MONTHS, WEEKDAYS, month_name, weekday_name
from msvlo_desktop.core.typed_dates import date_words

PACKAGE = Path(msvlo_desktop.__file__).parent
NAME_DIRECTIVES = re.compile(r"strftime\([^)]*%[aAbBch]")


def test_no_module_takes_day_or_month_names_from_the_locale() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if NAME_DIRECTIVES.search(line)
    ]
    assert found == []


def test_one_table_of_names() -> None:
    assert [weekday_name(date(2026, 12, 7 + i)) for i in range(7)] == list(WEEKDAYS)
    assert WEEKDAYS[0] == "Monday" and WEEKDAYS[6] == "Sunday"
    assert [month_name(date(2026, m, 1)) for m in range(1, 13)] == list(MONTHS)
    assert MONTHS[8] == "September"
    assert date_words(date(2026, 12, 7)) == "Monday 7 December 2026"


def test_no_other_copy_of_the_tables() -> None:
    copies = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "timefmt.py"
        and re.search(r'"Wednesday",|"September",', path.read_text(encoding="utf-8"))
    ]
    assert copies == []
