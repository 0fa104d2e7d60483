"""Outbox actions on an item's author rather than the item: mute, block and report (Bluesky,
Mastodon, the demo platform), ban and unban (Facebook: the Page's blocked edge). The item keeps
its status; only the outbox row says queued, sent or failed."""
from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from app.connectors import base as cb

MODERATOR_ACTIONS = ("mute", "block", "report")
BAN_ACTIONS = ("ban", "unban")


@runtime_checkable
class AuthorModerator(Protocol):
    """Connectors that act on an item's author (Bluesky, Mastodon, the demo platform)."""
    def mute_author(self, target: cb.Target) -> None: ...
    def block_author(self, target: cb.Target) -> None: ...
    def report_item(self, target: cb.Target, comment: str = "") -> str: ...
    def author_state(self, target: cb.Target) -> dict[str, Any]: ...


@runtime_checkable
class AuthorBanner(Protocol):
    """Connectors that ban an item's author from the account's Page (Facebook)."""
    def ban_author(self, target: cb.Target) -> None: ...
    def unban_author(self, target: cb.Target) -> None: ...
    def author_banned(self, target: cb.Target) -> bool: ...


def _moderator(connector: object) -> AuthorModerator:
    if not isinstance(connector, AuthorModerator):
        raise cb.Permanent("This platform cannot mute, block or report an author.")
    return connector


def _banner(connector: object) -> AuthorBanner:
    if not isinstance(connector, AuthorBanner):
        raise cb.Permanent("This platform cannot ban an author.")
    return connector


def send(connector: object, action: str, target: cb.Target, text: str | None) -> str | None:
    """Do ``action`` on the platform; the report's id where there is one."""
    if action == "mute":
        _moderator(connector).mute_author(target)
    elif action == "block":
        _moderator(connector).block_author(target)
    elif action == "report":
        return _moderator(connector).report_item(target, text or "") or None
    elif action == "ban":
        _banner(connector).ban_author(target)
    elif action == "unban":
        _banner(connector).unban_author(target)
    return None


def already_done(connector: object, action: str, target: cb.Target) -> bool:
    """After an attempt whose answer was lost: is the platform already where we wanted it?"""
    if action in ("mute", "block"):
        author = _moderator(connector).author_state(target)
        return bool(author.get("muted" if action == "mute" else "blocking"))
    if action in BAN_ACTIONS:
        banned = _banner(connector).author_banned(target)
        return banned if action == "ban" else not banned
    # Neither platform lets an account list the reports it made: after an attempt whose
    # answer was lost the report is sent again (at worst the moderators get it twice).
    return False
