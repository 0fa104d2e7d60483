"""Reading the update feed: a small JSON document IT (or Svarbox's publisher) serves.

    {"version": "0.2.0", "url": "https://…/download", "notes": "What changed", "published": "2026-11-30"}

Only the feed is fetched, through the same session as the platforms (system proxy, OS
certificate store). Nothing is ever downloaded or installed: the notice links to ``url`` and a
person decides. Qt-free; the service layer decides when to ask (app.services.updates).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import requests

from app.connectors import http
from app.connectors.base import ConnectorError, Malformed

VERSION_RE = re.compile(r"^\d+(\.\d+){0,3}$")


@dataclass(frozen=True)
class Release:
    version: str
    url: str
    notes: str = ""


def version_key(version: str) -> tuple[int, ...]:
    parts = [int(p) for p in version.split(".")]
    return tuple(parts + [0] * (4 - len(parts)))


def is_newer(candidate: str, current: str) -> bool:
    return version_key(candidate) > version_key(current)


def fetch_feed(feed_url: str, session: requests.Session | None = None) -> Release:
    """The latest release the feed announces. Raises a ConnectorError subclass (Offline,
    Transient, Malformed) in words when the feed cannot be read."""
    session = session or http.make_session(timeout=(5.0, 10.0))
    response = http.send(session, "GET", feed_url, headers={"Accept": "application/json"})
    if response.status_code != 200:
        raise Malformed(f"The update feed answered HTTP {response.status_code}.")
    body = http.parse_json(response)
    if not isinstance(body, dict):
        raise Malformed("The update feed is not a JSON object.")
    version, url = str(body.get("version", "")).strip(), str(body.get("url", "")).strip()
    if not VERSION_RE.match(version):
        raise Malformed(f"The update feed names no valid version ({version[:20]!r}).")
    if not url.lower().startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise Malformed("The update feed's download address must use https.")
    return Release(version, url, str(body.get("notes", ""))[:500])


__all__ = ["ConnectorError", "Release", "fetch_feed", "is_newer", "version_key"]
