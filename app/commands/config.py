"""``svarbox config show [--json]``: every effective setting and where its value comes from.

Sources: ``default`` (declared in app.config), ``policy`` (IT's machine policy, see
docs/it.md; ``locked`` when users cannot change it), ``team`` (the shared database) and
``user`` (this person's settings file). Problems in the policy file are printed on stderr
(and listed under ``problems`` with --json); the defaults stay in force for what was refused.
"""
from __future__ import annotations

import argparse
import json
import sys

from app.commands._common import print_json, workspace_from_args


def register(subparsers) -> None:
    p = subparsers.add_parser("config", help="show effective settings and where they come from")
    sub = p.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="every setting with its value and source (default, policy, team, user)")
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    from app import policy as machine_policy
    from app.services.account_settings import effective

    pol = machine_policy.load()
    ws = workspace_from_args(args)
    try:
        values = effective(ws)
    finally:
        ws.close()
    if args.json:
        print_json({"policy_source": pol.source or None, "problems": pol.problems,
                    "settings": [e.to_json() for e in values.values()]})
        return 0
    for problem in pol.problems:
        print(f"svarbox: {problem}", file=sys.stderr)
    width = max(len(k) for k in values)
    for e in values.values():
        source = e.source + (" (locked)" if e.locked else "")
        line = f"{e.key:<{width}}  {source:<16}  {json.dumps(e.value, ensure_ascii=False)}"
        if e.set_by:
            line += f"  [{e.set_by}]"
        print(line)
    return 0
