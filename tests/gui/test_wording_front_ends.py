"""The same case read through the window, the command line and the PDF says the same words.

A training vault's cases go through the window's display helpers (``day_common`` and
``entry_forms.display``), ``msvlo due`` and ``msvlo report`` (read back with pdftotext or
pypdf): every obligation's label, "since" phrase and status, and every labelled field
value of every entry, must read the same in each. The words come from ``core.wording`` and
``core.wording_obligations``; this test fails when a front end grows its own copy.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pypdf
import pytest

from msvlo_desktop.cli import main
from msvlo_desktop.core.case import Case
from msvlo_desktop.core.entries import Entry
from msvlo_desktop.core.obligations import Obligation, case_obligations
from msvlo_desktop.core.timefmt import uk_datetime
from msvlo_desktop.core.wording import CHOICE_LABELS
from msvlo_desktop.gui.day_common import since_words, status_words
from msvlo_desktop.gui.entry_forms.display import field_values
from msvlo_desktop.services.training import create_training_vault
from msvlo_desktop.storage import anchor
from msvlo_desktop.storage.anchor import ANCHOR_DIR_ENV

PASSPHRASE = "kestrel tuesday lantern"
MADE = datetime(2026, 11, 20, 12, tzinfo=UTC)
AT = datetime(2026, 11, 27, 12, tzinfo=UTC)
# Fields whose words come from the wording tables (free text reads the same trivially, and
# entry references are named differently on purpose: "#12 ..." in the window, "entry 12" in
# the report).
Run = Callable[..., str]
_WORDED = {*CHOICE_LABELS, "value_gbp", "next_contact_on", "review_on", "interpreter"}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@pytest.fixture(scope="module")
def vault_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("wording")
    path = folder / "training.msvlo"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ANCHOR_DIR_ENV, str(folder / "anchors"))
        mp.setattr(anchor, "SCRYPT_N", 2**10)
        with create_training_vault(path, PASSPHRASE, now=MADE, cases=2):
            pass
        yield path


@pytest.fixture
def cli(
    vault_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[tuple[Path, Run]]:
    path = tmp_path / "copy.msvlo"
    shutil.copyfile(vault_file, path)
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "anchors"))
    monkeypatch.setattr(anchor, "SCRYPT_N", 2**10)

    def run(*args: str) -> str:
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
        code = main(list(args))
        out = capsys.readouterr()
        assert code == 0, out.err
        return out.out

    yield path, run


def _cases(path: Path) -> list[tuple[Case, list[Entry]]]:
    from msvlo_desktop.storage.vault import Vault

    with Vault.open(path, PASSPHRASE) as v:
        return [(v.get_case(s.reference), v.entries(s.reference)) for s in v.list_cases()]


def _pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is not None:
        # -raw keeps the content stream's order: each table cell's lines stay together.
        done = subprocess.run(
            [tool, "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
        )
        return _flat(done.stdout.decode("utf-8"))
    return _flat(
        " ".join(p.extract_text() for p in pypdf.PdfReader(BytesIO(pdf.read_bytes())).pages)
    )


def test_window_command_line_and_report_say_the_same_words(
    cli: tuple[Path, Run], tmp_path: Path
) -> None:
    path, run = cli
    table = run("due", str(path), "--at", AT.isoformat())
    table_lines = table.splitlines()
    cases = _cases(path)
    assert cases

    compared = 0
    for case, entries in cases:
        obligations = case_obligations(case, entries, AT)
        assert obligations
        pdf = tmp_path / f"{case.reference}.pdf"
        run(
            "report",
            str(path),
            case.reference,
            "-o",
            str(pdf),
            "--recipient",
            "DI 1150 C. Murray",
            "--purpose",
            "Checking the wording",
        )
        report = _pdf_text(pdf)

        for o in obligations:
            window_status = status_words(o, AT)
            window_since = since_words(o)
            # The command line: one row with the window's status (starting lower case), the
            # case, the label, the since phrase and the due time.
            due = "not before" if o.is_milestone else uk_datetime(o.due)
            rows = [
                line
                for line in table_lines
                if case.reference in line
                and o.label in line
                and window_since in line
                and due in line
            ]
            assert rows, (o.label, window_since)
            assert any(line.startswith(_lower_first(window_status)) for line in rows), (
                window_status,
                rows,
            )
            # The report: the same label and since phrase (obligations met by the time the
            # report is made read the same whenever it is made).
            assert _flat(o.label) in report, o.label
            assert _flat(window_since) in report, window_since
            if o.status in ("met_on_time",) and not o.is_milestone and o.kind != "nrm_rg_expected":
                assert window_status in report
            compared += 1

        for e in entries:
            if e.type == "correction":
                continue
            for name, label, text in field_values(e.type, e.data, e.occurred_at, e.sensitive, None):
                if name in _WORDED and text:
                    assert _flat(text) in report, (e.type, label, text)
                    compared += 1
    assert compared > 20


def _obligation(**changes: object) -> Obligation:
    base = {
        "case": "KESTREL-0042",
        "kind": "victims_code_update",
        "source": "e1",
        "source_event": "arrest",
        "due": datetime(2026, 11, 17, 23, 59, 59, tzinfo=UTC),
        "status": "overdue",
        "met_by": None,
        "met_at": None,
        "label": "Tell the victim about the arrest",
        "rule": "victims_code.right6.update",
        "rule_version": "2020",
        "since": datetime(2026, 11, 16, 10, tzinfo=UTC),
    }
    base.update(changes)
    return Obligation(**base)  # type: ignore[arg-type]


def test_the_window_and_the_due_table_share_each_status_phrase() -> None:
    from msvlo_desktop.core.obligations import due_table

    for o, at in [
        (_obligation(), datetime(2026, 11, 20, 12, tzinfo=UTC)),
        (_obligation(status="due"), datetime(2026, 11, 16, 12, tzinfo=UTC)),
        (
            _obligation(status="due", due=datetime(2026, 12, 4, 23, 59, 59, tzinfo=UTC)),
            datetime(2026, 11, 16, 12, tzinfo=UTC),
        ),
        (
            _obligation(status="met_late", met_by="e2", met_at=datetime(2026, 11, 20, tzinfo=UTC)),
            datetime(2026, 11, 20, 12, tzinfo=UTC),
        ),
    ]:
        row = due_table([o], at).splitlines()[2]
        assert row.startswith(_lower_first(status_words(o, at)) + " "), row
        assert since_words(o) in row


def test_the_report_names_a_spoc_change_it_cannot_read() -> None:
    """The report and the Contacts tab share ``core.case.case_contact_history``: a damaged
    SPOC change is left out of the history, and the report says which entry it was."""
    import dataclasses as dc

    from msvlo_desktop.reports.case_report import ReportData, build_case_report
    from tests.reports.case_report_fixture import NOW, fixture_case

    case, entries = fixture_case()
    good = next(e for e in entries if e.type == "spoc_change")
    damaged = dc.replace(
        good, id="damaged-spoc-change", seq=len(entries) + 1, data={"contact": "garbled"}
    )
    data = ReportData.from_log(
        case, [*entries, damaged], officer="PC 1234 A. Smith", training=False, at=NOW
    )
    assert data.contacts.unreadable == ("damaged-spoc-change",)
    assert any(c.source_entry == good.id for c in data.contacts.contacts)
    result = build_case_report(
        data, recipient="DI 1150 C. Murray", purpose="Checking", export_id="EXP-20261120-0000TEST"
    )
    text = _flat(
        " ".join(p.extract_text() for p in pypdf.PdfReader(BytesIO(result.pdf_bytes)).pages)
    )
    assert (
        f"SPOC changes that could not be read are left out of this history: entry {damaged.seq}."
        in text
    )
