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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import DataDirError
from app.i18n import translate
from app.settings_schema import SETTINGS, SETTINGS_BY_KEY, Setting  # noqa: F401 - re-exported

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
        url = (database_url or os.environ.get("SVARBOX_DATABASE_URL") or _configured_database_url(root)
               or sqlite_url(root / DB_FILE))
    if create:
        try:
            make_private_dir(root)
            make_private_dir(folder)
            # Unique per process: two Svarbox processes starting together must not trip each other.
            probe = folder / f".svarbox-write-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise DataDirError(translate(
                "Config", "The data folder {path} cannot be created or written ({reason}).").format(
                    path=folder, reason=exc.strerror or exc.__class__.__name__)) from None
    return Paths(data_dir=root, database_url=url, workspace=workspace)


def make_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) readable by this user only (0700): the cache,
    its backups and logs hold citizens' words. A folder of ours that others may read is
    tightened; on Windows the per-user profile folder already keeps others out."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        info = folder.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            os.chmod(folder, info.st_mode & 0o700 | 0o700)
    return folder


def _configured_database_url(root: Path) -> str:
    """The team database from Settings or IT's policy (``database.url``); empty: the local file."""
    try:
        return str(UserSettings(root / "settings.json").get("database.url") or "")
    except OSError:
        return ""


# Settings are declared in app.settings_schema (re-exported here for their many readers).




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
        """This user's value, with IT's policy applied: a locked policy value wins, an
        unlocked one stands in for the declared default."""
        from app import policy as machine_policy

        setting = SETTINGS_BY_KEY.get(key)
        pol = machine_policy.load()
        if setting is not None and setting.scope == "machine":   # IT's alone: a hand-edited file does not count
            return pol.values.get(key, setting.default)
        if pol.is_locked(key) or (key not in self._values and pol.has(key)):
            return pol.values[key]
        value = self._values.get(key, setting.default if setting else None)
        return value

    def has(self, key: str) -> bool:
        """Whether this user's file holds its own value for ``key``."""
        return key in self._values

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


# --- effective values with their source ----------------------------------------------------

@dataclass(frozen=True)
class Effective:
    key: str
    value: Any
    source: str          # "default" | "policy" | "team" | "user"
    locked: bool = False
    set_by: str = ""     # who set a policy value, in words

    def to_json(self) -> dict:
        return {"key": self.key, "value": self.value, "source": self.source, "locked": self.locked,
                "set_by": self.set_by}


def effective_settings(user: UserSettings | None, team: dict[str, Any], policy=None) -> dict[str, Effective]:
    """Every declared setting's value and where it came from. Order, weakest first: the
    declared default, IT's policy (unlocked), the team's database (shared settings) or this
    user's file; a locked policy value beats them all. ``team`` holds only the shared values
    someone actually saved."""
    from app import policy as machine_policy

    pol = policy if policy is not None else machine_policy.load()
    out: dict[str, Effective] = {}
    for s in SETTINGS:
        by = pol.set_by() if pol.has(s.key) else ""
        if pol.is_locked(s.key):
            out[s.key] = Effective(s.key, pol.values[s.key], "policy", True, by)
        elif s.scope == "shared" and s.key in team:
            out[s.key] = Effective(s.key, team[s.key], "team")
        elif s.scope != "machine" and user is not None and user.has(s.key):
            out[s.key] = Effective(s.key, user._values[s.key], "user")
        elif pol.has(s.key):
            out[s.key] = Effective(s.key, pol.values[s.key], "policy", False, by)
        else:
            out[s.key] = Effective(s.key, s.default, "default")
    return out
