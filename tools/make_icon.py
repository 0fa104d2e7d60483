"""Render resources/icons/svarbox.svg to the PNG and the multi-size Windows .ico the bundle
and the installers use. Run after changing the SVG: `.venv/bin/python tools/make_icon.py`."""
from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "svarbox.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    render(256).save(str(ICONS / "svarbox-256.png"))
    render(64).save(str(ICONS / "svarbox-64.png"))
    # Each size rendered from the vector, not scaled from 256: small sizes stay crisp.
    frames = []
    for size in ICO_SIZES:
        path = ICONS / f".tmp-{size}.png"
        render(size).save(str(path))
        frames.append(Image.open(path).convert("RGBA"))
        frames[-1].load()
        path.unlink()
    frames[-1].save(ICONS / "svarbox.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=frames[:-1])
    print(f"wrote {ICONS / 'svarbox.ico'} and PNGs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
