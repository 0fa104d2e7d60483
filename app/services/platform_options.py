"""Per-account platform settings kept in ``Account.options`` (JSON) and handed to the connector
as ``ConnectorConfig.extra``: the LinkedIn API version, X keywords and whether they are
monitored, whether the Facebook Page has Messenger's HUMAN_AGENT tag.

Each setting is validated here so a typo never reaches a platform as a bad request.
"""
from __future__ import annotations

import json
import re
from typing import Any

from app.connectors.jsonshape import as_dict
from app.errors import UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.inbound import items as item_service
from app.services.workspace import Workspace

# key -> the platforms it applies to
SETTINGS = {
    "linkedin_version": ("linkedin",),
    "keywords": ("x",),
    "keyword_monitoring": ("x",),
    "human_agent": ("facebook", "instagram"),   # Messenger and Instagram messaging: 7-day tag
    "page_id": ("instagram",),          # the linked Facebook Page: private replies with Facebook Login
    "login": ("instagram",),            # "facebook" (default) or "instagram" (graph.instagram.com)
}
_VERSION = re.compile(r"^\d{6}(\.\d{2})?$")
MAX_KEYWORDS = 20


def _load(account: t.Account) -> dict[str, Any]:
    try:
        data = json.loads(account.options or "{}")
    except ValueError:
        data = {}
    return as_dict(data)


def _clean(key: str, value: object) -> object:
    if key == "linkedin_version":
        text = str(value or "").strip()
        if text and not _VERSION.match(text):
            raise UsageError(translate("Accounts", "A LinkedIn API version looks like 202607 (year and month)."))
        return text or None
    if key == "keywords":
        items = value if isinstance(value, (list, tuple)) else str(value or "").split(",")
        words = []
        for word in items:
            word = " ".join(str(word).split())
            if word and word not in words:
                words.append(word)
        if len(words) > MAX_KEYWORDS:
            raise UsageError(translate("Accounts", "At most {n} keywords can be monitored.").format(n=MAX_KEYWORDS))
        if any(len(w) > 100 for w in words):
            raise UsageError(translate("Accounts", "A keyword can be at most 100 characters long."))
        return words
    if key == "login":
        text = str(value or "").strip().lower()
        if text not in ("", "facebook", "instagram"):
            raise UsageError(translate("Accounts", "Instagram login is facebook or instagram."))
        return text or None
    if key == "page_id":
        text = str(value or "").strip()
        if text and not text.isdigit():
            raise UsageError(translate("Accounts", "A Facebook Page id is a number."))
        return text or None
    if key in ("keyword_monitoring", "human_agent"):
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered not in ("on", "off", "yes", "no", "true", "false", "1", "0"):
                raise UsageError(translate("Accounts", "Use on or off."))
            return lowered in ("on", "yes", "true", "1")
        return bool(value)
    raise UsageError(translate("Accounts", "Unknown account setting {key}.").format(key=key))


def validate(**changes: object) -> None:
    """Raise UsageError for a setting that would be refused; nothing is stored."""
    for key, value in changes.items():
        _clean(key, value)


def get_options(ws: Workspace, name: str) -> dict[str, Any]:
    from app.services.accounts import _find
    with ws.db.session() as session:
        return _load(_find(session, name))


def set_options(ws: Workspace, name: str, **changes: object) -> dict[str, Any]:
    """Change some settings of one account; returns all its options. Settings that do not apply
    to the account's platform are refused in words."""
    from app.services.accounts import _find
    with ws.db.session() as session:
        account = _find(session, name)
        data = _load(account)
        for key, value in changes.items():
            if key not in SETTINGS:
                raise UsageError(translate("Accounts", "Unknown account setting {key}.").format(key=key))
            if account.platform not in SETTINGS[key] and account.platform != "demo":
                raise UsageError(translate("Accounts", "{key} does not apply to a {platform} account.").format(
                    key=key, platform=account.platform))
            cleaned = _clean(key, value)
            if cleaned is None:
                data.pop(key, None)
            else:
                data[key] = cleaned
        account.options = json.dumps(data)
        item_service.audit(session, ws.user, "account_settings_changed", account_id=account.id,
                           settings=sorted(changes))
        return dict(data)
