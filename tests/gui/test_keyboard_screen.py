"""Every dialog fits a 1366×768 laptop screen at 100% and at 125%:
each is shown on an offscreen screen of that size in its own process (the scale factor is
read once, when Qt starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.parametrize("scale", ["1", "1.25"])
def test_every_dialog_fits_a_small_laptop(tmp_path: Path, scale: str) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = scale
    env["MSVLO_ANCHOR_DIR"] = str(tmp_path / "anchors")
    done = subprocess.run(
        [sys.executable, str(HERE / "fit_check.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert done.stdout.strip() == "all fit"
