"""Standard streams for the windowed program.

PyInstaller's windowed ``Svarbox.exe`` (console=False) starts with ``sys.stdout``,
``sys.stderr`` and ``sys.stdin`` set to None: a ``print`` or a logging handler writing there
raises, and argparse's --help or an error message would crash the start. The missing streams
are replaced by the null device, so nothing is written to a stream that is not there; the
console program ``svarbox-cli.exe`` is the one for output (commands, --json, the self-test).
"""
from __future__ import annotations

import os
import sys


def ensure_streams() -> list[str]:
    """Replace missing standard streams with the null device; returns the names replaced."""
    replaced = []
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))
            replaced.append(name)
    return replaced

