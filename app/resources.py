"""Where the bundled resources are: next to the source tree, or in PyInstaller's folder."""
from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath("resources", *parts)
