"""Environment errors (the user's machine or a platform is at fault) versus bugs.

A ``KnownError`` carries one sentence for a person; callers show it (stderr + exit 2 in the
CLI, a dialog or banner in the window) and keep running. Anything else is a bug.
"""
from __future__ import annotations


class KnownError(Exception):
    """An error caused by the environment, explained in one sentence."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(KnownError):
    """Bad input from the user: a malformed policy, date, option value."""


class DataDirError(KnownError):
    """The data folder cannot be created or written."""


class DatabaseError(KnownError):
    """The database is locked, read-only, corrupt, full or newer than this app."""


class DamagedDatabaseError(DatabaseError):
    """The SQLite file is damaged; ``path`` is the file, ``backups`` the copies that exist."""

    def __init__(self, message: str, path=None, backups=()):
        super().__init__(message)
        self.path = path
        self.backups = list(backups)


class MigrationFailedError(DatabaseError):
    """Upgrading the schema failed; the database is as it was, ``backup`` a copy made first."""

    def __init__(self, message: str, path=None, backup=None):
        super().__init__(message)
        self.path = path
        self.backup = backup


class DiskFullError(KnownError):
    """No space left in the folder a file was being written to; nothing was written."""


class CredentialError(KnownError):
    """The OS keychain refused, is missing, or a token cannot be stored whole."""


class NotFoundError(KnownError):
    """A named account, item or template does not exist."""
