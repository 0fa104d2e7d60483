"""Command line entry point: no command opens the window, subcommands serve scripts and tests.

Each subcommand lives in its own module under ``app.commands`` exposing
``register(subparsers)``; the parser it adds sets ``func`` to a callable taking the parsed
namespace and returning an exit code. Known environment errors print one line on stderr and
exit 2; everything else is a bug and propagates with its traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from app import __version__
from app.errors import KnownError

# Order is the order shown in --help.
COMMAND_MODULES = (
    "deadline",
    "inbox",
    "accounts",
    "sync",
    "outbox",
    "workflow",
    "templates",
    "check",
    "report",
    "export",
    "purge",
    "team",
    "audit",
    "config",
    "support",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="svarbox", description="Svarbox moderation client")
    parser.add_argument("--version", action="version", version=f"svarbox {__version__}")
    parser.add_argument("--data-dir", help="folder for the local database and settings "
                        "(default: the per-user local app-data folder; env SVARBOX_DATA_DIR)")
    parser.add_argument("--database-url", help="SQLAlchemy URL of the database "
                        "(default: SQLite in the data folder; env SVARBOX_DATABASE_URL)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo workspace (a separate database; never touches a network)")
    parser.add_argument("--training", metavar="PACK",
                        help="start training mode with a scenario pack (da, sv, en or a JSON file)")
    parser.add_argument("--self-test", action="store_true",
                        help="check what a rollout needs (keychain, translations, fonts, SQLite, time zones, "
                        "holidays, data folder, policy, proxy, certificates, the window) and exit 0 or 1")
    parser.add_argument("--json", dest="self_test_json", action="store_true",
                        help="with --self-test: print the report as JSON")
    parser.add_argument("--minimized", action="store_true",
                        help="start in the notification area (autostart at sign-in); the window opens from there")
    parser.add_argument("--user", help="communicator name for this session (default: from settings)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"app.commands.{name}")
        except ModuleNotFoundError as exc:  # a command module not written yet
            if exc.name != f"app.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from app.gui import run_gui  # imported lazily: scripts must not pay for Qt

            return run_gui(args)
        return int(args.func(args) or 0)
    except KnownError as exc:
        print(f"svarbox: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
