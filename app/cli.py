"""Command line entry point: no command opens the window, subcommands serve scripts and tests.

Each subcommand lives in its own module under ``app.commands`` exposing
``register(subparsers)``; the parser it adds sets ``func`` to a callable taking the parsed
namespace and returning an exit code. Known environment errors print one line on stderr and
exit 2; so do bad arguments (``OneLineParser``) and, as a last resort, any other failure
(``SVARBOX_DEBUG=1`` shows its traceback): no traceback ever reaches a user.
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
    "author_actions",
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
    "publishing",
)


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments: one line on stderr and exit 2 (no usage block, no traceback)."""

    def error(self, message: str):
        from app.commands._terminal import terminal_safe
        self.exit(2, f"{self.prog}: " + " ".join(terminal_safe(message).split())
                  + " (see --help)\n")


def _one_line(exc: BaseException) -> str:
    """An unexpected failure in words, for the one line a user sees."""
    from app.commands._terminal import terminal_safe
    from app.connectors.base import ConnectorError
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        text = f"{exc.strerror or exc}{where}"
    elif isinstance(exc, ConnectorError):     # a platform's refusal that no command turned into words
        from app.services.errors import user_message
        text = user_message(exc)
    elif isinstance(exc, (OverflowError, ValueError)):
        text = f"a value is out of range or malformed: {exc}"
    else:
        text = f"unexpected error ({type(exc).__name__}: {exc}); run again with SVARBOX_DEBUG=1 " \
               "to see the details for a bug report"
    return " ".join(terminal_safe(text).split())


def _database_url(value: str) -> str:
    if not (value.startswith("sqlite:///") or value.startswith("postgresql")):
        raise argparse.ArgumentTypeError("use a sqlite:///FILE or postgresql+psycopg://… address")
    return value


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: the window's options only (registering the
    commands imports their modules, and some of those import SQLAlchemy and the holiday tables:
    a second before the window's first paint)."""
    parser = OneLineParser(prog="svarbox", description="Svarbox moderation client")
    parser.add_argument("--version", action="version", version=f"svarbox {__version__}")
    parser.add_argument("--data-dir", help="folder for the local database and settings "
                        "(default: the per-user local app-data folder; env SVARBOX_DATA_DIR)")
    parser.add_argument("--database-url", type=_database_url, help="SQLAlchemy URL of the database "
                        "(default: SQLite in the data folder; env SVARBOX_DATABASE_URL)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo workspace (a separate database; never touches a network)")
    parser.add_argument("--training", metavar="PACK",
                        help="start training mode with a scenario pack (da, sv, en or a JSON file)")
    parser.add_argument("--teach", metavar="PACK", help="open the trainer's console on a new class with this pack")
    parser.add_argument("--edit-pack", metavar="FILE", help="open the scenario editor on a training pack "
                        "(a new pack if FILE does not exist yet)")
    parser.add_argument("--class", dest="class_code", metavar="CODE", help="with --training: join this class")
    parser.add_argument("--class-folder", metavar="DIR", help="the classroom's session folder on a shared drive")
    parser.add_argument("--class-database", metavar="URL", help="the classroom over the team's database instead")
    parser.add_argument("--self-test", action="store_true",
                        help="check what a rollout needs (keychain, translations, fonts, SQLite, time zones, "
                        "holidays, data folder, policy, proxy, certificates, the window) and exit 0 or 1")
    parser.add_argument("--json", dest="self_test_json", action="store_true",
                        help="with --self-test: print the report as JSON")
    parser.add_argument("--minimized", action="store_true",
                        help="start in the notification area (autostart at sign-in); the window opens from there")
    parser.add_argument("--user", help="communicator name for this session (default: from settings)")
    if not commands:
        return parser
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
    argv = sys.argv[1:] if argv is None else list(argv)
    args = None
    if not {"-h", "--help"} & set(argv):
        # The window's start names no command: parse it without loading the command modules.
        window_args, rest = build_parser(commands=False).parse_known_args(argv)
        if not rest:
            args = window_args
            args.command = None
    if args is None:
        args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from app.gui import run_gui  # imported lazily: scripts must not pay for Qt

            return run_gui(args)
        from app.commands._terminal import SafeStream
        # Citizen text printed by any command never drives the terminal (escapes, bidi).
        out, sys.stdout = sys.stdout, SafeStream(sys.stdout)
        from app.commands._language import command_language
        try:
            with command_language(args):      # messages in the person's language
                return int(args.func(args) or 0)
        finally:
            sys.stdout = out
    except KnownError as exc:
        from app.commands._terminal import terminal_safe
        print("svarbox: " + " ".join(terminal_safe(str(exc)).split()), file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:   # no traceback ever reaches a user; SVARBOX_DEBUG=1 shows it
        import os
        if os.environ.get("SVARBOX_DEBUG"):
            raise
        print(f"svarbox: {_one_line(exc)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
