"""The team's shared settings: stored once in the (team) database, not in each user's file.

Declared in ``app.config`` with ``scope="shared"``; personal settings stay in each user's
settings file. ``setting_value`` reads either kind from where it lives.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import policy as machine_policy
from app.errors import UsageError
from app.i18n import translate
from app.models import tables as t
from app.models.db import table_of
from app.services.inbound import items as item_service
from app.settings_schema import SETTINGS_BY_KEY, Setting

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def _shared(key: str) -> Setting:
    setting = SETTINGS_BY_KEY.get(key)
    if setting is None:
        raise UsageError(translate("Config", "There is no setting called {key}.").format(key=key))
    if setting.scope != "shared":
        raise UsageError(translate("Config", "{key} is a personal setting, kept in each person's own "
                                   "settings file.").format(key=key))
    return setting


def _coerce(setting: Setting, value: Any) -> Any:
    if value is None:
        return setting.default
    try:
        if setting.kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        return setting.kind(value)
    except (TypeError, ValueError):
        return setting.default


def get_shared(session: Session, key: str) -> Any:
    """A team-wide setting from the database, or its declared default."""
    setting = _shared(key)
    row = session.get(t.SharedSetting, key)
    if row is None:
        return setting.default
    try:
        return _coerce(setting, json.loads(row.value))
    except ValueError:
        return setting.default


def set_shared(session: Session, key: str, value: Any, actor: str) -> Any:
    """Validate and store a team-wide setting (an upsert: two colleagues saving at once both
    succeed, the later wins). Returns the stored value."""
    setting = _shared(key)
    if setting.validate:
        value = setting.validate(value)
    value = _coerce(setting, value)
    encoded = json.dumps(value, ensure_ascii=False)
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        table = table_of(t.SharedSetting)
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert
            pg_stmt = pg_insert(table).values(key=key, value=encoded)
            session.execute(pg_stmt.on_conflict_do_update(index_elements=["key"],
                                                          set_={"value": pg_stmt.excluded.value}))
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert
            sqlite_stmt = sqlite_insert(table).values(key=key, value=encoded)
            session.execute(sqlite_stmt.on_conflict_do_update(index_elements=["key"],
                                                              set_={"value": sqlite_stmt.excluded.value}))
    else:
        session.merge(t.SharedSetting(key=key, value=encoded))
    item_service.audit(session, actor, "shared_setting", key=key, value=value)
    return value


def shared_settings(session: Session) -> dict[str, Any]:
    """Every shared setting with its current value (defaults filled in)."""
    stored = dict(session.execute(select(t.SharedSetting.key, t.SharedSetting.value)).all())
    out = {}
    for setting in SETTINGS_BY_KEY.values():
        if setting.scope != "shared":
            continue
        try:
            out[setting.key] = _coerce(setting, json.loads(stored[setting.key])) \
                if setting.key in stored else setting.default
        except ValueError:
            out[setting.key] = setting.default
    return out


def setting_value(ws: Workspace, key: str) -> Any:
    """The effective value wherever it lives: shared ones in the database, personal ones in
    this user's settings file. A shared setting nobody has saved for the team yet falls back
    to this user's file (where a single user's older choice lives), then to the default."""
    setting = SETTINGS_BY_KEY.get(key)
    pol = machine_policy.load()
    if pol.is_locked(key):          # IT's locked value beats the team's and the user's
        return pol.values[key]
    if setting is not None and setting.scope == "shared":
        with ws.db.session() as session:
            if session.get(t.SharedSetting, key) is not None:
                return get_shared(session, key)
        return _coerce(setting, ws.settings.get(key))
    return ws.settings.get(key)
