"""The language a CLI command speaks: the person's ``user.language`` setting, else
SVARBOX_LANG or the OS locale (as the window does). Only the settings file is read."""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager


def configured_language(args: argparse.Namespace) -> str | None:
    from app.errors import KnownError
    try:
        from app.config import UserSettings, resolve_paths
        paths = resolve_paths(getattr(args, "data_dir", None), create=False)
        return UserSettings(paths.settings_file).get("user.language") or None
    except (KnownError, OSError, ValueError):
        return None          # an unreadable settings file: the command says so itself, in English


@contextmanager
def command_language(args: argparse.Namespace) -> Iterator[str]:
    from app.i18n import language_for_command
    with language_for_command(configured_language(args)) as lang:
        yield lang
