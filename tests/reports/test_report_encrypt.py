"""AES-256 (R=6) encryption of finished reports, in memory."""

from __future__ import annotations

import os
import subprocess
import tempfile
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest

from msvlo_desktop.reports import build_pdf, encrypt_pdf, house_styles, para

PASSWORD = "correct horse battery staple"


def _plain_pdf() -> bytes:
    styles = house_styles()
    story = [para("Case report", styles.title), para("Nguyễn Thị Hương", styles.body)]
    return build_pdf(
        story,
        title="Case report MS-2026-0142",
        export_id="EXP-1",
        footer_text="Chain head 3fa9… · 2 entries",
        training=False,
        author="PC 1234 Smith",
        subject="MSVLO case report",
    )


@pytest.fixture(scope="module")
def encrypted() -> bytes:
    return encrypt_pdf(_plain_pdf(), PASSWORD)


def test_does_not_open_without_the_password(encrypted: bytes) -> None:
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(BytesIO(encrypted))
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(BytesIO(encrypted), password="wrong")


def test_opens_with_the_password_as_aes_256_revision_6(encrypted: bytes) -> None:
    with pikepdf.open(BytesIO(encrypted), password=PASSWORD) as pdf:
        assert pdf.is_encrypted
        assert pdf.encryption.R == 6
        assert pdf.encryption.bits == 256
        assert pdf.encryption.stream_method.name == "aesv3"  # AES-256
        assert pdf.encryption.string_method.name == "aesv3"
        assert len(pdf.pages) == 1
        assert str(pdf.docinfo["/Title"]) == "Case report MS-2026-0142"


def test_permissions_allow_printing_and_copying_but_not_editing(encrypted: bytes) -> None:
    with pikepdf.open(BytesIO(encrypted), password=PASSWORD) as pdf:
        allow = pdf.allow
    assert allow.print_highres and allow.print_lowres
    assert allow.extract and allow.accessibility
    assert not (allow.modify_other or allow.modify_annotation or allow.modify_form)
    assert not allow.modify_assembly


def test_metadata_is_not_readable_in_the_file(encrypted: bytes) -> None:
    assert b"PC 1234 Smith" not in encrypted
    assert b"MS-2026-0142" not in encrypted


def test_owner_password_differs_each_time() -> None:
    plain = _plain_pdf()
    one, two = encrypt_pdf(plain, PASSWORD), encrypt_pdf(plain, PASSWORD)
    with (
        pikepdf.open(BytesIO(one), password=PASSWORD) as a,
        pikepdf.open(BytesIO(two), password=PASSWORD) as b,
    ):
        assert a.trailer.Encrypt.O != b.trailer.Encrypt.O
    # The owner password is not the user password, nor empty: the user password does not
    # unlock owner rights.
    with pikepdf.open(BytesIO(one), password=PASSWORD) as pdf:
        assert not pdf.owner_password_matched
        assert pdf.user_password_matched


def test_qpdf_check_passes(encrypted: bytes, qpdf: str, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(encrypted)
    check = subprocess.run(
        [qpdf, "--check", f"--password={PASSWORD}", str(path)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "R = 6" in check.stdout
    assert "AESv3" in check.stdout
    refused = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert refused.returncode != 0
    assert "invalid password" in refused.stderr


def test_password_is_normalised_so_either_spelling_of_an_accent_opens_it() -> None:
    decomposed, composed = "cafe\u0301 secret", "caf\u00e9 secret"
    encrypted = encrypt_pdf(_plain_pdf(), decomposed)
    with pikepdf.open(BytesIO(encrypted), password=composed) as pdf:
        assert len(pdf.pages) == 1


@pytest.mark.parametrize("password", ["", "x" * 128, "é" * 64])
def test_empty_or_overlong_password_is_refused(password: str) -> None:
    with pytest.raises(ValueError, match="password"):
        encrypt_pdf(_plain_pdf(), password)


def test_longest_allowed_password_works() -> None:
    password = "x" * 127
    encrypted = encrypt_pdf(_plain_pdf(), password)
    with pikepdf.open(BytesIO(encrypted), password=password) as pdf:
        assert pdf.encryption.R == 6


def test_not_a_pdf_is_refused() -> None:
    with pytest.raises(ValueError, match="not a readable PDF"):
        encrypt_pdf(b"plain text, not a PDF", PASSWORD)


def test_building_and_encrypting_write_no_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not a proof, but catches a library quietly spooling to a temporary file or the
    # working directory: both point at empty folders we then inspect.
    spool, work = tmp_path / "tmp", tmp_path / "cwd"
    spool.mkdir()
    work.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    monkeypatch.chdir(work)
    encrypt_pdf(_plain_pdf(), PASSWORD)
    assert os.listdir(spool) == []
    assert os.listdir(work) == []
