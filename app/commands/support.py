"""``svarbox support-bundle [--output PATH]``: a zip for IT support with no token and no
citizen text (see app.support for what is inside and how it is scrubbed)."""
from __future__ import annotations

import argparse
from pathlib import Path

from app.commands._common import workspace_from_args


def register(subparsers) -> None:
    p = subparsers.add_parser("support-bundle", help="write a zip for IT support (no tokens, no citizen text)")
    p.add_argument("--output", type=Path, default=Path("."),
                   help="the zip file to write, or a folder for it (default: the current folder)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.support import build

    ws = workspace_from_args(args)
    try:
        path = build(ws, args.output)
    except OSError as exc:
        from app.errors import UsageError
        raise UsageError(f"the support bundle cannot be written to {args.output} ({exc.strerror or exc})") from None
    finally:
        ws.close()
    print(path)
    return 0
