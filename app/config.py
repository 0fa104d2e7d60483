"""Where Svarbox keeps its data, which database it uses, and the settings it knows.

Settings are declared once, as data (``SETTINGS``): the default, the type, the label, where it
lives (this user's settings file, or the shared database in team mode) and a validator. The
settings dialog renders from this declaration; nothing else repeats a default.
"""
from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import DataDirError, UsageError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.policy import parse_policy

APP_DIR_NAME = "Svarbox"
DB_FILE = "svarbox.sqlite3"
DEMO_DIR = "demo"
TRAINING_DIR = "training"


def default_data_dir() -> Path:
    """The per-user *local* data folder: never roaming, never a synced folder."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "svarbox"


@dataclass
class Paths:
    data_dir: Path
    database_url: str
    workspace: str = "main"          # "main" | "demo" | "training"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        path = self.database_url.split("///", 1)[1] if "///" in self.database_url else ""
        return Path(path) if path and path != ":memory:" else None

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_paths(data_dir: str | None = None, database_url: str | None = None,
                  workspace: str = "main", create: bool = True) -> Paths:
    """Command-line values win over environment variables, which win over defaults.

    The demo and training workspaces always use their own SQLite file inside the data folder,
    so a trainer can never touch the real cache or a team's database."""
    root = Path(data_dir or os.environ.get("SVARBOX_DATA_DIR") or default_data_dir()).expanduser()
    if workspace in (DEMO_DIR, TRAINING_DIR):
        folder = root / workspace
        url = sqlite_url(folder / f"svarbox-{workspace}.sqlite3")
    else:
        folder = root
        url = database_url or os.environ.get("SVARBOX_DATABASE_URL") or sqlite_url(root / DB_FILE)
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Unique per process: two Svarbox processes starting together must not trip each other.
            probe = folder / f".svarbox-write-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise DataDirError(translate(
                "Config", "The data folder {path} cannot be created or written ({reason}).").format(
                    path=folder, reason=exc.strerror or exc.__class__.__name__)) from None
    return Paths(data_dir=root, database_url=url, workspace=workspace)


# --- settings declared as data -------------------------------------------------------------

def _policy(value: str) -> str:
    parse_policy(value)
    return value


def _positive_int(value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise UsageError(translate("Config", "Enter a whole number.")) from None
    if number <= 0:
        raise UsageError(translate("Config", "Enter a number greater than zero."))
    return number


def _language(value: str) -> str:
    if value not in ("", "da", "sv", "en"):
        raise UsageError(translate("Config", "Choose Danish, Swedish or English."))
    return value


def _database_url(value: str) -> str:
    if value and not (value.startswith("sqlite:///") or value.startswith("postgresql")):
        raise UsageError(translate("Config", "Use a sqlite:/// or postgresql+psycopg:// address."))
    return value


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    label: str                   # English source; translated where shown
    description: str = ""
    scope: str = "user"          # "user": this person's settings file; "shared": the database
    group: str = "general"
    validate: Callable[[Any], Any] | None = None
    choices: tuple = field(default=())


SETTINGS: tuple[Setting, ...] = (
    Setting("user.name", "", str, QT_TRANSLATE_NOOP("Settings", "Your name"), QT_TRANSLATE_NOOP("Settings", "Shown to colleagues and used in signatures."), group="profile"),
    Setting("user.signature", "/{my_first_name}, {institution}", str, QT_TRANSLATE_NOOP("Settings", "Signature"),
            QT_TRANSLATE_NOOP("Settings", "Appended to every reply. Placeholders: {my_first_name}, {my_name}, "
                              "{institution}, {account_name}."),
            group="profile"),
    Setting("user.language", "", str, QT_TRANSLATE_NOOP("Settings", "Language"), QT_TRANSLATE_NOOP("Settings", "Empty follows the system language."), group="profile",
            validate=_language, choices=("", "da", "sv", "en")),
    Setting("sync.interval_minutes", 5, int, QT_TRANSLATE_NOOP("Settings", "Sync every (minutes)"), group="sync", validate=_positive_int),
    Setting("notify.enabled", True, bool, QT_TRANSLATE_NOOP("Settings", "Desktop notifications"),
            QT_TRANSLATE_NOOP("Settings", "Warn when an item is within one working hour of its deadline or overdue."), group="notifications"),
    Setting("retention.days", 90, int, QT_TRANSLATE_NOOP("Settings", "Keep handled items (days)"),
            QT_TRANSLATE_NOOP("Settings", "After this, text and author of handled items are removed from the cache."),
            scope="shared", group="privacy", validate=_positive_int),
    Setting("policy.default", "hours:24", str, QT_TRANSLATE_NOOP("Settings", "Default response policy"), scope="shared", group="policies",
            validate=_policy),
    Setting("policy.followup", "workdays:2", str, QT_TRANSLATE_NOOP("Settings", "Default follow-up policy"), scope="shared", group="policies",
            validate=_policy),
    Setting("org.own_domains", "", str, QT_TRANSLATE_NOOP("Settings", "Our own e-mail domains"),
            QT_TRANSLATE_NOOP("Settings", "Comma-separated; addresses there are not flagged as private data."), scope="shared",
            group="policies"),
    Setting("org.case_channel", "", str, QT_TRANSLATE_NOOP("Settings", "Official case channel"),
            QT_TRANSLATE_NOOP("Settings", "Where referrals point, e.g. a web form address or phone number."), scope="shared", group="policies"),
    Setting("database.url", "", str, QT_TRANSLATE_NOOP("Settings", "Database address"),
            QT_TRANSLATE_NOOP("Settings", "Empty uses the local file; a team uses postgresql+psycopg://…"), group="team",
            validate=_database_url),
)
SETTINGS_BY_KEY = {s.key: s for s in SETTINGS}


class UserSettings:
    """This user's settings file (JSON in the data folder). Unknown keys are kept, not lost."""

    def __init__(self, path: Path):
        self.path = path
        self._values: dict[str, Any] = {}
        if path.exists():
            try:
                self._values = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                # A damaged settings file must not stop the app: keep a copy, start clean.
                try:
                    path.replace(path.with_suffix(".damaged.json"))
                except OSError:
                    pass
                self._values = {}

    def get(self, key: str) -> Any:
        setting = SETTINGS_BY_KEY.get(key)
        value = self._values.get(key, setting.default if setting else None)
        return value

    def set(self, key: str, value: Any) -> None:
        setting = SETTINGS_BY_KEY.get(key)
        if setting and setting.validate:
            value = setting.validate(value)
        self._values[key] = value

    def save(self) -> None:
        from app.fileio import write_atomic
        write_atomic(self.path, json.dumps(self._values, indent=2, ensure_ascii=False).encode("utf-8"))

    def user_name(self) -> str:
        return self.get("user.name") or os.environ.get("SVARBOX_USER") or _os_user()


def _os_user() -> str:
    try:
        import getpass
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes
        return "user"
