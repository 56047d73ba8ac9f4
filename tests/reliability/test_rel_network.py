"""No network: the command line and the storage flows never open a socket.

``socket.socket``, ``socket.create_connection``, ``socket.getaddrinfo`` and friends are
replaced with functions that fail the test, then every command runs in this process through
``msvlo_desktop.cli.main`` (and the storage calls the window uses, directly).
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import NoReturn

import pytest
from reliability_support import (
    OTHER_PASSPHRASE,
    PASSPHRASE,
    bundle_bytes,
    interaction,
    new_vault,
    provision,
    run_cli,
)

REF = "KESTREL-0001"
attempts: list[str] = []


def _refuse(name: str):  # type: ignore[no-untyped-def]
    def refuse(*args: object, **kwargs: object) -> NoReturn:
        attempts.append(f"{name}{args!r}")
        raise OSError(f"network access attempted: socket.{name}")

    return refuse


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    # Modules that subclass socket.socket when first imported (ssl, through the standard
    # library's XML helpers) are imported now, and every command module with them.
    import ssl  # noqa: F401

    from msvlo_desktop.cli import build_parser

    build_parser()
    attempts.clear()
    for name in (
        "socket",
        "create_connection",
        "create_server",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "socketpair",
        "fromfd",
    ):
        monkeypatch.setattr(socket, name, _refuse(name))
    return attempts


def test_the_refusal_itself_works(no_network: list[str]) -> None:
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("192.0.2.1", 80))
    assert no_network


PLAIN_EXPORT = ("--recipient", "DS R. Patel", "--purpose", "file build", "--plain")


def test_every_command_runs_without_the_network(tmp_path: Path, no_network: list[str]) -> None:
    from msvlo_desktop.cli import COMMAND_MODULES

    source = tmp_path / "source.msvlo"
    with new_vault(source, entries=3) as v:
        v.add_entry(REF, provision())
        bundle = tmp_path / "case.json"
        bundle.write_bytes(bundle_bytes(v, REF))
    vault = str(tmp_path / "officer.msvlo")
    steps: list[tuple[list[str], tuple[str, ...]]] = [
        (["init", vault, "--officer", "PC 1234 A. Smith, Example Constabulary"], (PASSPHRASE,)),
        (["import", vault, str(bundle), "--unsigned"], (PASSPHRASE,)),
        (["cases", vault, "--json"], (PASSPHRASE,)),
        (["due", vault, "--at", "2026-11-20T12:00:00+00:00", "--json"], (PASSPHRASE,)),
        (
            ["export-bundle", vault, REF, "-o", str(tmp_path / "out.json"), *PLAIN_EXPORT],
            (PASSPHRASE,),
        ),
        (["verify", vault], (PASSPHRASE,)),
        (["backup", vault, str(tmp_path / "backup.msvlo")], (PASSPHRASE,)),
        (["audit", vault, "--json"], (PASSPHRASE,)),
        (["rekey", vault], (PASSPHRASE, OTHER_PASSPHRASE)),
        (["verify", vault], (OTHER_PASSPHRASE,)),
    ]
    if "report" in COMMAND_MODULES:
        report = ["report", vault, REF, "-o", str(tmp_path / "report.pdf"), "--encrypt"]
        report += ["--recipient", "DI 1150 C. Murray", "--purpose", "file review"]
        steps.append((report, (OTHER_PASSPHRASE, "amber lighthouse quietly seven")))
    ran = set()
    for args, secrets in steps:
        code, _out, err = run_cli(args, *secrets)
        assert code == 0, (args, err)
        assert no_network == [], (args, no_network)
        ran.add(args[0])
    assert json.loads((tmp_path / "out.json").read_text())["case"]["reference"] == REF
    assert (tmp_path / "backup.msvlo").exists()
    if "report" in COMMAND_MODULES:
        assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert {"init", "import", "export-bundle", "cases", "due", "verify", "backup", "audit"} <= ran


def test_storage_flows_run_without_the_network(tmp_path: Path, no_network: list[str]) -> None:
    """What the window does through the vault: create, record, search, export, verify,
    back up, re-key, read the audit log."""
    from msvlo_desktop.storage.vault import Vault

    path = tmp_path / "officer.msvlo"
    with new_vault(path, entries=2) as v:
        v.add_entry(REF, interaction(9, "Met at the station"))
        assert v.search("station")
        data = bundle_bytes(v, REF)
        v.export_bundle(REF, recipient="CPS", purpose="file build")
        assert v.verify().ok
        v.backup(tmp_path / "copy.msvlo")
        v.rekey(OTHER_PASSPHRASE)
        assert v.audit_records()
    with Vault.open(path, OTHER_PASSPHRASE) as v:
        doc = json.loads(data)
        doc["case"]["reference"] = "KESTREL-0777"
        del doc["case"]["integrity"]  # the reference is part of every hash in the chain
        v.import_bundle(json.dumps(doc))
        assert v.case_exists("KESTREL-0777")
    assert no_network == []
