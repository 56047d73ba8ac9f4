"""``msvlo export-bundle`` (signed; sealed by default), ``msvlo import``, ``msvlo fingerprint``."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from msvlo_desktop.core import seal
from msvlo_desktop.core.bundle import dump_bundle
from msvlo_desktop.storage.vault import Vault

PASSPHRASE = "kestrel tuesday lantern"
PASSWORD = "amber lighthouse quietly seven"
NAME = "Nguyễn Thị Hương"
REF = "SWIFT-0007"
Run = Any


@pytest.fixture(autouse=True)
def _cheap_seal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(seal, "WORK_FACTOR", 10)
    yield


def _add_case(path: Path, ref: str = REF) -> None:
    with Vault.open(path, PASSPHRASE) as v:
        v.add_case(
            {
                "reference": ref,
                "opened_on": "2026-03-02",
                "exploitation_types": ["labour"],
                "victim": {
                    "name": NAME,
                    "pseudonym": "V1",
                    "claimed_age": 30,
                    "nationality": "VN",
                    "languages": ["vi"],
                    "safe_contact": {"phone": "07700 900123", "method": "phone"},
                },
                "contacts": [],
            }
        )
        v.add_entry(
            ref,
            {
                "type": "note",
                "occurred_at": "2026-03-03T10:00:00+00:00",
                "summary": f"Met {NAME} with an interpreter.",
            },
        )


@pytest.fixture
def sender(new_vault: Path) -> Path:
    _add_case(new_vault)
    return new_vault


@pytest.fixture
def receiver(empty_template: Path, tmp_path: Path, run_cli: Run) -> Path:
    path = tmp_path / "receiver.msvlo"
    assert run_cli(["init", path, "--officer", "DC 77 B. Jones"], [PASSPHRASE]).code == 0
    return path


def _export(run_cli: Run, vault: Path, out: Path, *extra: str, ref: str = REF) -> Any:
    args = ["export-bundle", vault, ref, "-o", out, "--recipient", "DC 77 B. Jones"]
    args += ["--purpose", "handover", *extra]
    secrets = [PASSPHRASE] if "--plain" in extra else [PASSPHRASE, PASSWORD, PASSWORD]
    return run_cli(args, secrets)


def _cases(path: Path) -> list[str]:
    with Vault.open(path, PASSPHRASE) as v:
        return [c.reference for c in v.list_cases()]


def test_sealed_export_and_import(
    sender: Path, receiver: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "case.msvlo-bundle"
    result = _export(run_cli, sender, out)
    assert result.code == 0, result.err
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert NAME.encode(encoding) not in data
    assert out.stat().st_mode & 0o077 == 0
    fp = run_cli(["fingerprint", sender], [PASSPHRASE])
    assert fp.code == 0 and fp.out.splitlines()[0] == "PC 1234 A. Smith"
    fingerprint = fp.out.splitlines()[-1]
    assert len(fingerprint.split(" ")) == 8

    imported = run_cli(["import", receiver, out], [PASSPHRASE, PASSWORD])
    assert imported.code == 0, imported.err
    lines = imported.out.splitlines()
    with Vault.open(sender, PASSPHRASE) as v:
        head, count = v.chain_head(REF)
    assert lines == [REF, "PC 1234 A. Smith", fingerprint, f"{count} entries, chain head {head}"]
    assert "New sender" in imported.err and "Bundle id" in imported.err
    assert _cases(receiver) == [REF]


def test_export_to_a_folder_uses_the_suggested_name(
    sender: Path, tmp_path: Path, run_cli: Run
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    assert _export(run_cli, sender, folder).code == 0
    assert (folder / f"{REF}.msvlo-bundle").exists()


def test_a_wrong_bundle_password_is_exit_1_and_writes_nothing(
    sender: Path, receiver: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "case.msvlo-bundle"
    assert _export(run_cli, sender, out).code == 0
    result = run_cli(["import", receiver, out], [PASSPHRASE, "a wrong password entirely"])
    assert result.code == 1
    assert result.err_lines == [
        "The bundle password is wrong, or the seal's header was changed. Nothing was imported."
    ]
    assert result.out == ""
    assert _cases(receiver) == []
    # A wrong vault passphrase stays exit 3.
    assert run_cli(["import", receiver, out], ["wrong vault pass", PASSWORD]).code == 3


def test_a_damaged_seal_is_exit_1_and_writes_nothing(
    sender: Path, receiver: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "case.msvlo-bundle"
    assert _export(run_cli, sender, out).code == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    result = run_cli(["import", receiver, out], [PASSPHRASE, PASSWORD])
    assert result.code == 1 and "damaged" in result.err and result.out == ""
    assert _cases(receiver) == []


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        (PASSWORD, PASSWORD + "!", "differ"),
        ("short", "short", "refused"),
        (PASSPHRASE, PASSPHRASE, "vault's own passphrase"),
    ],
)
def test_the_bundle_password_rules(
    sender: Path, tmp_path: Path, run_cli: Run, first: str, second: str, message: str
) -> None:
    out = tmp_path / "case.msvlo-bundle"
    args = ["export-bundle", sender, REF, "-o", out, "--recipient", "X", "--purpose", "Y"]
    result = run_cli(args, [PASSPHRASE, first, second])
    assert result.code == 1 and message in result.err, result.err
    assert not out.exists()
    with Vault.open(sender, PASSPHRASE) as v:
        assert not [r for r in v.audit_records() if r.category == "disclosure"]


def test_recipient_and_purpose_are_required(sender: Path, tmp_path: Path, run_cli: Run) -> None:
    out = tmp_path / "x.json"
    missing = run_cli(["export-bundle", sender, REF, "-o", out, "--plain"], [PASSPHRASE])
    assert missing.code == 2 and "--recipient" in missing.err
    blank = ["export-bundle", sender, REF, "-o", out, "--plain", "--recipient", " "]
    result = run_cli([*blank, "--purpose", "y"], [PASSPHRASE])
    assert result.code == 2 and "--recipient" in result.err
    assert not out.exists()


def test_plain_export_is_signed_and_warned(
    sender: Path, receiver: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "case.json"
    result = _export(run_cli, sender, out, "--plain", "--handover")
    assert result.code == 0
    assert "NOT encrypted" in result.err
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert set(doc) == {"format", "version", "case", "origin", "signature"}
    assert set(doc["origin"]) >= {
        "officer",
        "public_key",
        "fingerprint",
        "exported_at",
        "recipient",
        "purpose",
        "bundle_id",
    }
    with Vault.open(sender, PASSPHRASE) as v:
        actions = [r.action for r in v.audit_records()]
    assert actions[-2:] == ["case bundle exported", "case handed over"]
    # An edited plain bundle is refused; deleting the signature needs --unsigned.
    doc["case"]["victim"]["safe_contact"]["phone"] = "07700 900999"
    edited = tmp_path / "edited.json"
    edited.write_bytes(dump_bundle(doc))
    result = run_cli(["import", receiver, edited], [PASSPHRASE])
    assert result.code == 1 and "signature" in result.err
    del doc["signature"]
    edited.write_bytes(dump_bundle(doc))
    refused = run_cli(["import", receiver, edited], [PASSPHRASE])
    assert refused.code == 1 and "--unsigned" in refused.err
    assert _cases(receiver) == []
    accepted = run_cli(["import", receiver, edited, "--unsigned"], [PASSPHRASE])
    assert accepted.code == 0, accepted.err
    assert accepted.out.splitlines()[:2] == [REF, "unsigned: imported unverified"]
    with Vault.open(receiver, PASSPHRASE) as v:
        record = v.audit_records()[-1]
    assert record.action == "case imported unverified" and record.details["verified"] is False


def test_a_changed_key_needs_accept_new_key(
    sender: Path, receiver: Path, tmp_path: Path, run_cli: Run, empty_template: Path
) -> None:
    first = tmp_path / "first.json"
    assert _export(run_cli, sender, first, "--plain").code == 0
    assert run_cli(["import", receiver, first], [PASSPHRASE]).code == 0
    # Another vault under the same officer's name (init: PC 1234 A. Smith), another key.
    impostor = tmp_path / "impostor.msvlo"
    shutil.copyfile(empty_template, impostor)
    _add_case(impostor, "SWIFT-0008")
    forged = tmp_path / "forged.json"
    assert _export(run_cli, impostor, forged, "--plain", ref="SWIFT-0008").code == 0
    refused = run_cli(["import", receiver, forged], [PASSPHRASE])
    assert refused.code == 1 and "key has changed" in refused.err
    assert "--accept-new-key" in refused.err
    assert _cases(receiver) == [REF]
    accepted = run_cli(["import", receiver, forged, "--accept-new-key"], [PASSPHRASE])
    assert accepted.code == 0, accepted.err
    assert _cases(receiver) == [REF, "SWIFT-0008"]


def test_rekey_with_a_new_signing_key(sender: Path, run_cli: Run) -> None:
    before = run_cli(["fingerprint", sender], [PASSPHRASE]).out.splitlines()[-1]
    new = "violin harbour marmalade 42"
    result = run_cli(["rekey", sender, "--new-signing-key"], [PASSPHRASE, new])
    assert result.code == 0, result.err
    after = run_cli(["fingerprint", sender], [new])
    assert after.out.splitlines()[-1] != before
    assert after.out.splitlines()[-1] in result.out
    assert "replaced 1 earlier key" in after.err


def test_a_link_to_dev_zero_is_refused_unread(receiver: Path, tmp_path: Path, run_cli: Run) -> None:
    link = tmp_path / "zero.msvlo-bundle"
    link.symlink_to("/dev/zero")
    result = run_cli(["import", receiver, link], [PASSPHRASE])
    assert result.code == 1 and "not a regular file" in result.err


def test_a_training_bundle_is_refused_by_a_real_vault(
    filled_vault: Path, receiver: Path, tmp_path: Path, run_cli: Run
) -> None:
    out = tmp_path / "training.json"
    assert _export(run_cli, filled_vault, out, "--plain", ref="KESTREL-0001").code == 0
    result = run_cli(["import", receiver, out], [PASSPHRASE])
    assert result.code == 1 and "training" in result.err
    assert _cases(receiver) == []
