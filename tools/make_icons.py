"""Render the application icon (resources/icons/app.svg) to the icon files the frozen
application and its installers use.

    python tools/make_icons.py OUT_DIR

writes OUT_DIR/msvlo.ico (Windows: 16 to 256 pixels), OUT_DIR/msvlo.icns (macOS: 16 to 1024
pixels) and OUT_DIR/msvlo.png (256 pixels, Linux desktop files). Needs PySide6 (QtSvg renders
the SVG) and Pillow (writes .ico and .icns on any platform), both in the locked dependencies,
so it runs on the Linux CI as on the Windows and macOS build machines.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024]


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication._msvlo_icons = QGuiApplication([])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
    buffer.close()
    return bytes(data.data())


def make_icons(out_dir: Path, svg: Path = SVG) -> list[Path]:
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    images = {
        size: Image.open(io.BytesIO(render_png(svg, size))).convert("RGBA")
        for size in sorted(set(ICO_SIZES + ICNS_SIZES))
    }
    ico = out_dir / "msvlo.ico"
    largest = images[256]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES],
    )
    icns = out_dir / "msvlo.icns"
    images[1024].save(
        icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 1024]
    )
    png = out_dir / "msvlo.png"
    largest.save(png, format="PNG")
    return [ico, icns, png]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tools/make_icons.py OUT_DIR", file=sys.stderr)
        return 2
    for path in make_icons(Path(argv[0])):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
