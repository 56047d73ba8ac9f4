"""The sdist and the wheel, built from the committed files as from a fresh clone, carry what
they must: the whole source in the sdist; the licence and notices in both. Slow (builds both
with setuptools): run with --run-slow (make test-long)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("git") is None:
        pytest.skip("git is needed to list the committed files")
    tree = tmp_path_factory.mktemp("clone")
    out = tmp_path_factory.mktemp("dist")
    files = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (tree / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, tree / name)
    # The build backend pinned in pyproject.toml, in its own environment, as pip would use it.
    backend = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requires = backend["build-system"]["requires"]
    env_dir = tmp_path_factory.mktemp("build-env")
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *requires], check=True)
    for hook in ("build_sdist", "build_wheel"):
        script = f"import sys; from setuptools import build_meta as b; b.{hook}(sys.argv[1])"
        subprocess.run([str(python), "-c", script, str(out)], cwd=tree, check=True)
    return next(out.glob("*.tar.gz")), next(out.glob("*.whl"))


def test_wheel_carries_licence_and_notices(built: tuple[Path, Path]) -> None:
    names = zipfile.ZipFile(built[1]).namelist()
    info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    assert f"{info}/licenses/LICENSE" in names
    assert f"{info}/licenses/THIRD-PARTY-NOTICES" in names
    metadata = zipfile.ZipFile(built[1]).read(f"{info}/METADATA").decode()
    assert "License-Expression: MIT" in metadata
    assert "Classifier: License ::" not in metadata
    assert "msvlo_desktop/resources/passphrase/common-passwords.txt" in names


def test_sdist_is_the_whole_source(built: tuple[Path, Path]) -> None:
    with tarfile.open(built[0]) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    tests = {str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("test_*.py")}
    assert tests <= names, sorted(tests - names)[:5]
    for needed in [
        "LICENSE",
        "THIRD-PARTY-NOTICES",
        "Makefile",
        "README.md",
        "MANIFEST.in",
        "requirements/app.txt",
        "packaging/msvlo.spec",
        "docs/INSTALL.md",
        "resources/resources.qrc",
        "resources/icons/app.svg",
        "ui/main_window.ui",
        "tools/third_party_notices.py",
        ".ci/run",
    ]:
        assert needed in names, needed
    assert not [n for n in names if n.endswith(".pyc") or n.endswith(".msvlo")]
