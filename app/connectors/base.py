"""The connector protocol: what every platform adapter offers, in plain dataclasses.

Connectors know HTTP and the platform's JSON; they know nothing of Qt or SQL. The sync
service stores what they return; the outbox calls their write actions. Errors are typed so
callers can decide (reconnect, wait, retry, give up) without reading HTTP codes.
"""
from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypedDict, runtime_checkable


class Platform(str, enum.Enum):
    FACEBOOK = "facebook"      # a Facebook Page: comments + Messenger conversations
    INSTAGRAM = "instagram"
    X = "x"
    LINKEDIN = "linkedin"
    YOUTUBE = "youtube"
    BLUESKY = "bluesky"        # AT Protocol (bsky.social or any PDS)
    MASTODON = "mastodon"      # any Mastodon server, government instances included
    DEMO = "demo"


class ItemKind(str, enum.Enum):
    COMMENT = "comment"
    REPLY = "reply"            # a reply to a comment
    MESSAGE = "message"        # a direct message (Messenger)
    MENTION = "mention"        # X mention or keyword-search hit; Instagram media the account is tagged in
    REVIEW = "review"          # Facebook Page recommendation (ratings edge)


class Capability(str, enum.Enum):
    REPLY = "reply"                  # public reply to a comment / mention
    MESSAGE = "message"              # answer in a direct-message conversation
    HIDE = "hide"
    UNHIDE = "unhide"
    DELETE = "delete"                # delete a comment (own or on own content, per platform)
    REJECT = "reject"                # YouTube: reject (hides comment + replies, irreversible)
    PRIVATE_REPLY = "private_reply"  # Meta: private reply to a commenter
    # Acting on the author instead of the post (Bluesky, Mastodon: where there is no hide or it
    # does not reach): mute, block, report to the server's / network's moderators.
    MUTE = "mute"
    BLOCK = "block"
    REPORT = "report"
    # Facebook: ban a commenter from the Page (POST /{page-id}/blocked); unban undoes it.
    BAN = "ban"


# --- errors -------------------------------------------------------------------------------

class ConnectorError(Exception):
    """Base of all connector errors. ``message`` is safe to show and log: never a token."""

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code  # the platform's own error code/reason, for logs and tests


class AuthExpired(ConnectorError):
    """The token is expired, revoked or invalid: the account needs reconnecting."""


class PermissionMissing(ConnectorError):
    """The token lacks a permission/scope, or the account lost its role."""


class RateLimited(ConnectorError):
    """The platform asks us to wait. ``retry_at`` is an aware UTC datetime, or None (back off)."""

    def __init__(self, message: str, *, retry_at: datetime | None = None, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_at = retry_at


class Transient(ConnectorError):
    """5xx, timeout, connection reset, platform says 'transient': retry with backoff."""


class Offline(Transient):
    """The platform cannot be reached at all (DNS, refused connection, no network)."""


class Permanent(ConnectorError):
    """The request can never succeed as it is (text too long, comment deleted, not allowed)."""


class Malformed(ConnectorError):
    """The platform answered with something we cannot parse."""


# --- data --------------------------------------------------------------------------------

@dataclass(frozen=True)
class AccountIdentity:
    """Who the token belongs to: the id we compare reply authors with."""
    external_id: str
    name: str
    handle: str | None = None   # username / vanity name where the platform has one
    # A better token derived during the check (Facebook: the Page token made from a pasted
    # long-lived User token); the caller stores it instead of the pasted one.
    replacement_token: str | None = field(default=None, repr=False, compare=False)


@dataclass
class FetchedThread:
    """The post, video or conversation that items belong to."""
    external_id: str
    kind: str                      # "post" | "media" | "tweet" | "video" | "conversation" | "share"
    text: str = ""
    author_name: str | None = None
    url: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class Attachment:
    """A photo, sticker, GIF, video or link attached to a comment or message: metadata only.
    ``image_url`` is the picture to load on request (never fetched during sync); ``link`` is
    where a shared link or the media leads. Kinds: photo | sticker | gif | video | link | file."""
    kind: str
    image_url: str | None = None
    link: str | None = None
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in (("kind", self.kind), ("image_url", self.image_url),
                                  ("link", self.link), ("title", self.title)) if v}


@dataclass
class FetchedItem:
    """One thing someone wrote. Own items (``is_own``) are our account's replies."""
    external_id: str
    thread_external_id: str
    kind: ItemKind
    text: str
    received_at: datetime           # aware UTC
    author_id: str | None = None
    author_name: str | None = None
    parent_external_id: str | None = None   # the comment this replies to, if any
    url: str | None = None
    is_hidden: bool = False
    is_own: bool = False
    can_reply: bool = True
    moderation_status: str | None = None    # YouTube: "heldForReview" / "likelySpam"
    own_conversation: bool | None = None    # X: conversation started by the account (None: unknown)
    tagged_ids: list[str] = field(default_factory=list)   # Facebook: people the reply tags (message_tags)
    attachments: list[Attachment] = field(default_factory=list)


@dataclass
class Page:
    """One stored unit of a sync. The sync service stores items+threads and ``cursor`` in one
    transaction, so a sync killed between pages resumes from the last stored cursor."""
    items: list[FetchedItem] = field(default_factory=list)
    threads: list[FetchedThread] = field(default_factory=list)
    cursor: str | None = None       # opaque resume point, stored after this page
    skipped: list[str] = field(default_factory=list)   # why malformed entries were skipped


@dataclass(frozen=True)
class Target:
    """What a write action acts on: enough for every platform to address it."""
    external_id: str
    thread_external_id: str
    kind: ItemKind
    parent_external_id: str | None = None
    author_id: str | None = None          # e.g. Messenger PSID to send to


@dataclass(frozen=True)
class SentReply:
    external_id: str


# --- protocol ----------------------------------------------------------------------------

@dataclass
class ConnectorConfig:
    """Everything a connector needs. ``token`` is read from the keychain by the caller."""
    account_external_id: str | None
    token: str = field(repr=False)
    base_url: str | None = None      # None: the platform's real API
    handle: str | None = None        # own username where ids are not returned (Instagram)
    extra: dict[str, Any] = field(default_factory=dict)   # e.g. {"keywords": [...]} for X monitoring
    # Platforms whose short-lived session token is renewed by the connector itself (Bluesky):
    # the renewal token, and where to put the rotated pair (the caller's keychain).
    refresh_token: str | None = None
    on_tokens: Callable[[str, str | None], None] | None = field(default=None, repr=False)


class TargetState(TypedDict):
    """What the platform says of a target now (exactly-once checks of moderation)."""
    exists: bool
    hidden: bool | None       # None where the platform has no hiding or cannot tell


@runtime_checkable
class Connector(Protocol):
    platform: Platform
    capabilities: frozenset[Capability]
    reply_limit: int

    def whoami(self) -> AccountIdentity: ...

    def fetch(self, cursor: str | None,
              progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        """Yield pages of new or changed items since ``cursor``, following paging to the end.

        Every item is de-duplicated by id within the run, has an aware UTC ``received_at``;
        the account's own replies come back with ``is_own=True`` and ``parent_external_id``
        set, which is how answers written on the platform itself are recognised."""
        ...

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]: ...

    def reply(self, target: Target, text: str) -> SentReply: ...

    def set_hidden(self, target: Target, hidden: bool) -> None: ...

    def delete(self, target: Target) -> None: ...

    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        """Exactly-once support: the id of a reply by this account to ``target`` with this
        text, created at or after ``since``, if one exists; else None."""
        ...

    def get_state(self, target: Target) -> TargetState:
        """Exactly-once support for moderation: does the target exist, is it hidden."""
        ...


# --- resume cursors ------------------------------------------------------------------------

def load_cursor(cursor: str | None, platform: str = "sync") -> dict[str, Any]:
    """Decode a connector's JSON cursor (``{"v": 1, ...}``). An unreadable cursor, or one of
    another version, is dropped with a warning: the next sync starts over, nothing is lost."""
    import json
    import logging

    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        logging.getLogger(__name__).warning("Ignoring an unreadable %s cursor; starting a full sync", platform)
        return {}
    if not isinstance(data, dict) or data.get("v") != 1:
        logging.getLogger(__name__).warning("Ignoring a %s cursor of an unknown version", platform)
        return {}
    return data

