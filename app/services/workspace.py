"""A workspace: the database, this user's settings and the keychain, opened together.

The main workspace uses the real cache (SQLite or the team's PostgreSQL) and the OS keychain.
The demo and training workspaces use their own SQLite file and an in-memory keychain, and
only demo connectors: they never reach a network.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from app.config import Paths, UserSettings, resolve_paths
from app.models.db import Database, open_database
from app.secrets import CredentialStore, MemoryStore, default_store

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    paths: Paths
    db: Database
    settings: UserSettings
    credentials: CredentialStore
    user: str
    kind: str = "main"                    # main | demo | training
    extras: dict[str, Any] = field(default_factory=dict)
    explicit_user: str | None = None      # --user: the person's name for this session

    @property
    def person_name(self) -> str:
        """The person's own name (signs replies and exports), "" when none is set; never the
        OS login. Read live, so a name saved in settings applies at once."""
        from app.services.profile import person_name
        return person_name(self.settings, self.explicit_user)

    @property
    def offline_only(self) -> bool:
        """Demo and training never reach a network."""
        return self.kind != "main"

    def close(self) -> None:
        self.db.dispose()


def open_workspace(data_dir: str | None = None, database_url: str | None = None, *,
                   demo: bool = False, training: bool = False, user: str | None = None,
                   credentials: CredentialStore | None = None, seed_demo: bool = True) -> Workspace:
    kind = "training" if training else "demo" if demo else "main"
    paths = resolve_paths(data_dir, database_url, workspace=kind)
    settings = UserSettings(resolve_paths(data_dir, None, workspace="main").settings_file)
    store = credentials or (MemoryStore() if kind != "main" else default_store())
    db = open_database(paths, credentials=store)
    ws = Workspace(paths, db, settings, store, user or settings.user_name(), kind, explicit_user=user)
    from app.services import attachments
    attachments.register(ws)    # retention and "forget this person" delete its cached pictures
    if kind == "demo" and seed_demo:
        from app.services.demo import ensure_demo_data
        ensure_demo_data(ws)
    return ws


def has_real_accounts(ws: Workspace) -> bool:
    from sqlalchemy import func, select

    from app.models import tables as t
    with ws.db.session() as s:
        return (s.scalar(select(func.count(t.Account.id)).where(t.Account.platform != "demo")) or 0) > 0
