"""The optional "a new version is available" notice.

Off unless IT's policy names a feed (``update.feed_url``; app.policy). Asked at most once a
day (the answer is remembered in this user's settings file, so a restart does not ask again);
a failed check is logged and retried the next day, never shown as an error. The notice only
links to the download page: Svarbox never downloads or installs anything by itself.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from app import __version__, clock
from app.config import UserSettings
from app.connectors.base import ConnectorError
from app.connectors.updates import Release, fetch_feed, is_newer

log = logging.getLogger(__name__)

CHECK_EVERY = timedelta(hours=24)
LAST_CHECK, LATEST, LATEST_URL, LATEST_NOTES, DISMISSED = (
    "update.last_check", "update.latest", "update.latest_url", "update.latest_notes", "update.dismissed")


@dataclass(frozen=True)
class Notice:
    version: str
    url: str
    notes: str = ""


def _parse(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def check(settings: UserSettings, now: datetime | None = None,
          fetch: Callable[[str], Release] = fetch_feed, current: str = __version__) -> Notice | None:
    """The notice to show, or None. Reaches the network only when a feed is configured and
    the last check is a day old (or in the future: the clock was set back)."""
    feed = (settings.get("update.feed_url") or "").strip()
    if not feed:
        return None
    now = now or clock.now()
    last = _parse(settings.get(LAST_CHECK))
    if last is None or now - last >= CHECK_EVERY or last > now:
        try:
            release = fetch(feed)
        except ConnectorError as exc:
            log.warning("update check failed: %s", exc.message)
        else:
            settings.set(LATEST, release.version)
            settings.set(LATEST_URL, release.url)
            settings.set(LATEST_NOTES, release.notes)
        settings.set(LAST_CHECK, now.isoformat())
        try:
            settings.save()
        except OSError as exc:   # an unwritable settings file: ask again next start, that is all
            log.warning("could not remember the update check: %s", exc)
    latest, url = settings.get(LATEST), settings.get(LATEST_URL)
    if not latest or not url:
        return None
    try:
        newer = is_newer(latest, current)
    except ValueError:
        return None
    if not newer or latest == settings.get(DISMISSED):
        return None
    return Notice(latest, url, settings.get(LATEST_NOTES) or "")


def dismiss(settings: UserSettings, version: str) -> None:
    """No notice for this version again (a newer one is shown)."""
    settings.set(DISMISSED, version)
    settings.save()
