"""Instagram professional account connector (Instagram Graph API), comments on own media.

Host: ``graph.facebook.com`` (Facebook Login, the default) or ``graph.instagram.com`` with
``config.extra["login"] == "instagram"``; ``config.base_url`` overrides both.

Sync cursor (opaque to callers), JSON::

    {"v": 1, "comments": "<iso UTC>", "counts": {"<media-id>": <comments_count>, ...}}

``comments`` is the server time at the start of the last completed run; the next run keeps
items created at or after it minus ``OVERLAP``. Media carry no ``updated_time``, so
``counts`` remembers each media's ``comments_count`` (replies included): comments are read
again only where the count changed, which saves calls from the BUC-limited allowance. (A
deletion plus a new comment between two syncs leaves the count unchanged; the next change
or ``fetch_thread`` catches it up.) Media are walked newest first until the look-back horizon
(``extra["lookback_days"]``, default 30). A run killed midway resumes from the last completed
run.

Replies are one level deep: the reply target of a REPLY is its top-level comment. Hidden
comments cannot be replied to (``can_reply=False``, also for replies under a hidden comment).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any, Literal, overload

import requests

from app import clock
from app.connectors import attachments as attachment_parsers
from app.connectors.base import (
    AccountIdentity,
    Capability,
    ConnectorConfig,
    FetchedItem,
    FetchedThread,
    ItemKind,
    Malformed,
    Page,
    Permanent,
    Platform,
    SentReply,
    Target,
    TargetState,
)
from app.connectors.graph import (
    DEFAULT_BASE_URL,
    INSTAGRAM_LOGIN_BASE_URL,
    GraphClient,
    GraphUsage,
    SkipItem,
    cursor_time,
    dump_cursor,
    graph_id,
    graph_timestamp,
    is_not_found,
    load_cursor,
    next_link,
    node,
    with_resume_cursors,
)
from app.connectors.jsonshape import as_dict, as_str

log = logging.getLogger(__name__)

MEDIA_FIELDS = "id,caption,timestamp,comments_count,permalink"
REPLY_FIELDS = "id,text,timestamp,username,from{id,username},hidden"
COMMENT_FIELDS = f"id,text,timestamp,username,from{{id,username}},hidden,parent_id,replies{{{REPLY_FIELDS}}}"
# Media the account is tagged in (IG User /tags edge, instagram_manage_comments;
# developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/tags).
TAG_FIELDS = "id,caption,timestamp,username,permalink,media_type,media_url,thumbnail_url"
# Direct messages (Messenger API for Instagram: conversations?platform=instagram on the linked
# Page with Facebook Login, on the account with Instagram Login;
# developers.facebook.com/docs/messenger-platform/instagram/features/conversations).
DM_MESSAGE_FIELDS = "id,message,from,created_time,attachments{mime_type,name,image_data,file_url,video_data}"
EMBEDDED_MESSAGES = 25
MESSAGING_WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
PAGE_SIZE = 50
OVERLAP = timedelta(minutes=10)
CLOCK_SLACK = timedelta(minutes=2)
DEFAULT_LOOKBACK_DAYS = 30


class InstagramConnector:
    platform = Platform.INSTAGRAM
    capabilities = frozenset({Capability.REPLY, Capability.MESSAGE, Capability.HIDE, Capability.UNHIDE,
                              Capability.DELETE, Capability.PRIVATE_REPLY})
    reply_limit = 2200

    def __init__(self, config: ConnectorConfig, session: requests.Session | None = None) -> None:
        self.config = config
        default = INSTAGRAM_LOGIN_BASE_URL if config.extra.get("login") == "instagram" else DEFAULT_BASE_URL
        self._client = GraphClient(config.token, config.base_url or default, session, "Instagram")
        self._identity: AccountIdentity | None = None
        self.lookback = timedelta(days=float(config.extra.get("lookback_days", DEFAULT_LOOKBACK_DAYS)))

    @property
    def usage(self) -> GraphUsage:
        """Usage percentages from the last response; slow down when ``usage.should_slow_down``."""
        return self._client.usage

    # --- identity -----------------------------------------------------------------------
    def whoami(self) -> AccountIdentity:
        if self.config.extra.get("login") == "instagram" and not self.config.account_external_id:
            # Instagram Login: /me's "id" is app-scoped; the account's id is "user_id"
            # (developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-started).
            body = self._client.get(node("me"), {"fields": "user_id,username"})
            user_id = graph_id(body.get("user_id"))
        else:
            body = self._client.get(node(self.config.account_external_id or "me"), {"fields": "id,username"})
            user_id = graph_id(body.get("id"))
        if user_id is None:
            raise Malformed("Instagram did not say which account the token belongs to.")
        username = body.get("username") if isinstance(body.get("username"), str) else None
        self._identity = AccountIdentity(external_id=user_id, name=username or user_id, handle=username)
        return self._identity

    def refresh_long_lived_token(self) -> tuple[str, int | None]:
        """Instagram Login: renew a long-lived token (60 days) before it expires, (new token,
        seconds it lives). GET graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token;
        the token must be at least 24 hours old and still valid
        (developers.facebook.com/docs/instagram-platform/reference/refresh_access_token)."""
        body = self._client.get("refresh_access_token", {"grant_type": "ig_refresh_token"})
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            raise Malformed("Instagram did not return a renewed token.")
        expires = body.get("expires_in")
        return token, int(expires) if isinstance(expires, (int, float)) else None

    def _own(self) -> tuple[str, str | None]:
        """(account id, username): own comments are recognised by either."""
        if self.config.account_external_id and self.config.handle:
            return self.config.account_external_id, self.config.handle
        identity = self._identity or self.whoami()
        return self.config.account_external_id or identity.external_id, self.config.handle or identity.handle

    # --- sync ---------------------------------------------------------------------------
    def fetch(self, cursor: str | None,
              progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        state = load_cursor(cursor, "Instagram")
        committed: dict[str, Any] = {}
        if isinstance(state.get("comments"), str):
            committed["comments"] = state["comments"]
        if isinstance(state.get("counts"), dict):
            committed["counts"] = state["counts"]
        for key in ("tags", "messages"):
            if isinstance(state.get(key), str):
                committed[key] = state[key]
        total = 0
        for page in with_resume_cursors(self._fetch_pages(state, committed), lambda: dump_cursor(committed)):
            total += len(page.items)
            if progress:
                progress(total)
            yield page

    def _fetch_pages(self, state: dict[str, Any], committed: dict[str, Any]) -> Iterator[Page]:
        own = self._own()
        seen: set[str] = set()
        now = clock.now()
        since = cursor_time(state, "comments")
        floor = since - OVERLAP if since else now - self.lookback
        horizon = floor - self.lookback if since else floor
        old_counts = as_dict(state.get("counts"))
        new_counts: dict[str, int] = {}
        started = None
        for body in self._client.pages(node(own[0], "media"), {"fields": MEDIA_FIELDS, "limit": PAGE_SIZE}):
            started = started or self._client.server_time or now
            page = Page()
            to_read: list[str] = []
            oldest: datetime | None = None
            for raw in body.get("data", []):
                try:
                    thread = self._media(raw, own)
                except SkipItem as why:
                    page.skipped.append(str(why))
                    continue
                if thread.created_at is not None:   # _media always sets it
                    oldest = thread.created_at if oldest is None else min(oldest, thread.created_at)
                if thread.external_id in seen:
                    continue
                seen.add(thread.external_id)
                page.threads.append(thread)
                count = raw.get("comments_count")
                if isinstance(count, int) and not isinstance(count, bool):
                    new_counts[thread.external_id] = count
                    if count == 0 or old_counts.get(thread.external_id) == count:
                        continue   # nothing new can be there
                to_read.append(thread.external_id)
            yield page
            for media_id in to_read:
                yield from self._comment_pages(media_id, own, floor, seen)
            if oldest is not None and oldest < horizon:
                break   # media come newest first
        committed["comments"] = (started or now).isoformat()
        committed["counts"] = new_counts
        # Tags are polled with Facebook Login only: the Instagram Login API "doesn't support ads,
        # insights or tagging" (developers.facebook.com/docs/instagram-platform/
        # instagram-api-with-instagram-login/overview, Limitations). @mentions in captions and
        # comments come only as webhooks with either login (docs/connecting.md).
        if self.config.extra.get("tags", True) is not False and self.config.extra.get("login") != "instagram":
            yield from self._tag_pages(own, state, committed, now, seen)
        if self.config.extra.get("messages", True) is not False and self._dm_node(required=False):
            yield from self._dm_pages(own, state, committed, now, seen)

    def _tag_pages(self, own: tuple[str, str | None], state: dict[str, Any], committed: dict[str, Any], now: datetime,
                   seen: set[str]) -> Iterator[Page]:
        """Media other accounts tagged this account in: one MENTION item each, on its own thread.
        The API offers no way to answer a tag, so they cannot be replied to from Svarbox."""
        since = cursor_time(state, "tags")
        floor = since - OVERLAP if since else now - self.lookback
        started = None
        for body in self._client.pages(node(own[0], "tags"), {"fields": TAG_FIELDS, "limit": PAGE_SIZE}):
            started = started or self._client.server_time or now
            page = Page()
            reached_old = False
            for raw in body.get("data", []):
                media_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
                if media_id is None:
                    page.skipped.append("a tagged media without an id")
                    continue
                try:
                    created = graph_timestamp(raw.get("timestamp"))
                except Malformed:
                    page.skipped.append(f"tagged media {media_id}: invalid timestamp")
                    continue
                if created < floor:
                    reached_old = True
                    break
                if media_id in seen:
                    continue
                seen.add(media_id)
                username = raw.get("username") if isinstance(raw.get("username"), str) else None
                caption = as_str(raw.get("caption"))
                url = raw.get("permalink") if isinstance(raw.get("permalink"), str) else None
                page.threads.append(FetchedThread(external_id=media_id, kind="media", text="",
                                                  author_name=username, url=url, created_at=created))
                page.items.append(FetchedItem(
                    external_id=media_id, thread_external_id=media_id, kind=ItemKind.MENTION, text=caption,
                    received_at=created, author_name=username, url=url, can_reply=False,
                    attachments=attachment_parsers.from_instagram_media(raw)))
            yield page
            if reached_old:
                break
        committed["tags"] = (started or now).isoformat()

    @overload
    def _dm_node(self, required: Literal[True] = True) -> str: ...

    @overload
    def _dm_node(self, required: bool) -> str | None: ...

    def _dm_node(self, required: bool = True) -> str | None:
        """Where direct messages are read and sent: the account itself with Instagram Login, the
        linked Facebook Page (``extra["page_id"]``, Page token) with Facebook Login."""
        if self.config.extra.get("login") == "instagram":
            return self._own()[0]
        page_id = str(self.config.extra.get("page_id") or "").strip()
        if not page_id and required:
            raise Permanent("Instagram direct messages (Facebook Login) go through the linked Facebook Page: "
                            "set the Page's id in the account's settings.", code="no-page-id")
        return page_id or None

    def _dm_pages(self, own: tuple[str, str | None], state: dict[str, Any], committed: dict[str, Any], now: datetime,
                  seen: set[str]) -> Iterator[Page]:
        since = cursor_time(state, "messages")
        floor = since - OVERLAP if since else now - self.lookback
        started = None
        fields = f"participants,updated_time,messages.limit({EMBEDDED_MESSAGES}){{{DM_MESSAGE_FIELDS}}}"
        params = {"platform": "instagram", "fields": fields, "limit": PAGE_SIZE}
        for body in self._client.pages(node(self._dm_node(), "conversations"), params):
            started = started or self._client.server_time or now
            page = Page()
            stop = False
            for raw in body.get("data", []):
                conv_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
                if conv_id is None:
                    page.skipped.append("a conversation without an id")
                    continue
                try:
                    updated = graph_timestamp(raw.get("updated_time"))
                except Malformed:
                    updated = None
                if updated is not None and updated < floor:
                    stop = True
                    continue
                embedded = as_dict(raw.get("messages"))
                items = []
                for message in embedded.get("data") or []:
                    try:
                        item = self._dm(message, conv_id, own)
                    except SkipItem as why:
                        page.skipped.append(str(why))
                        continue
                    if item.received_at >= floor and item.external_id not in seen:
                        seen.add(item.external_id)
                        items.append(item)
                citizen = next((i.author_name for i in items if not i.is_own), None)
                page.threads.append(FetchedThread(external_id=conv_id, kind="conversation", text="",
                                                  author_name=citizen, created_at=updated))
                page.items.extend(items)
            yield page
            if stop:
                break
        committed["messages"] = (started or now).isoformat()

    def _dm(self, raw: object, conv_id: str, own: tuple[str, str | None]) -> FetchedItem:
        message_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
        if message_id is None or not isinstance(raw, dict):
            raise SkipItem(f"a message in conversation {conv_id} without an id")
        try:
            created = graph_timestamp(raw.get("created_time"))
        except Malformed:
            raise SkipItem(f"message {message_id}: invalid created_time") from None
        author = as_dict(raw.get("from"))
        author_id = graph_id(author.get("id"))
        username = author.get("username") if isinstance(author.get("username"), str) else None
        own_id, own_handle = own
        is_own = (author_id is not None and author_id == own_id) or (
            username is not None and own_handle is not None and username.casefold() == own_handle.casefold())
        return FetchedItem(
            external_id=message_id, thread_external_id=conv_id, kind=ItemKind.MESSAGE,
            text=as_str(raw.get("message")),
            received_at=created, author_id=author_id, author_name=username, is_own=is_own,
            attachments=attachment_parsers.from_messenger(raw))

    def _comment_pages(self, media_id: str, own: tuple[str, str | None], floor: datetime | None,
                       seen: set[str]) -> Iterator[Page]:
        def keep(page: Page, item: FetchedItem) -> None:
            if item.external_id not in seen and (floor is None or item.received_at >= floor):
                seen.add(item.external_id)
                page.items.append(item)

        for body in self._client.pages(node(media_id, "comments"), {"fields": COMMENT_FIELDS, "limit": PAGE_SIZE}):
            page = Page()
            more: list[tuple[str, bool, dict[str, Any]]] = []
            parent_id: str | None
            for raw in body.get("data", []):
                try:
                    item = self._comment(raw, media_id, own)
                    keep(page, item)
                    parent_id, parent_hidden = item.external_id, item.is_hidden
                except SkipItem as why:
                    page.skipped.append(str(why))
                    # Its replies are still usable if we at least know the parent's id.
                    parent_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
                    parent_hidden = isinstance(raw, dict) and raw.get("hidden") is True
                    if parent_id is None:
                        continue
                replies = as_dict(raw.get("replies"))
                for reply in replies.get("data") or []:
                    try:
                        keep(page, self._comment(reply, media_id, own, parent_id, parent_hidden))
                    except SkipItem as why:
                        page.skipped.append(str(why))
                if next_link(replies):
                    more.append((parent_id, parent_hidden, replies))
            yield page
            for parent_id, parent_hidden, replies in more:
                for reply_body in self._more_replies(parent_id, replies):
                    reply_page = Page()
                    for reply in reply_body.get("data") or []:
                        try:
                            keep(reply_page, self._comment(reply, media_id, own, parent_id, parent_hidden))
                        except SkipItem as why:
                            reply_page.skipped.append(str(why))
                    yield reply_page

    def _more_replies(self, comment_id: str, embedded: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Pages of ``/{comment-id}/replies`` after the ones embedded in the comment."""
        paging = as_dict(embedded.get("paging"))
        cursors = as_dict(paging.get("cursors"))
        after = cursors.get("after")
        if isinstance(after, str) and after:
            params = {"fields": REPLY_FIELDS, "limit": PAGE_SIZE, "after": after}
            yield from self._client.pages(node(comment_id, "replies"), params)
        else:
            yield from self._client.next_pages(embedded)

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]:
        own = self._own()
        items: list[FetchedItem] = []
        for page in self._comment_pages(thread_external_id, own, None, set()):
            items.extend(page.items)
            for why in page.skipped:
                log.warning("Skipped while reading a thread: %s", why)
        return items

    # --- parsing ------------------------------------------------------------------------
    def _media(self, raw: object, own: tuple[str, str | None]) -> FetchedThread:
        media_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
        if media_id is None or not isinstance(raw, dict):
            raise SkipItem("a media without an id")
        try:
            created = graph_timestamp(raw.get("timestamp"))
        except Malformed:
            raise SkipItem(f"media {media_id}: invalid timestamp") from None
        return FetchedThread(
            external_id=media_id, kind="media",
            text=as_str(raw.get("caption")),
            author_name=own[1], created_at=created,
            url=raw.get("permalink") if isinstance(raw.get("permalink"), str) else None)

    def _comment(self, raw: object, media_id: str, own: tuple[str, str | None], parent_id: str | None = None,
                 parent_hidden: bool = False) -> FetchedItem:
        comment_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
        if comment_id is None or not isinstance(raw, dict):
            raise SkipItem(f"a comment on media {media_id} without an id")
        try:
            created = graph_timestamp(raw.get("timestamp"))
        except Malformed:
            raise SkipItem(f"comment {comment_id}: invalid timestamp") from None
        author = as_dict(raw.get("from"))
        author_id = graph_id(author.get("id"))
        username = raw.get("username") or author.get("username")
        username = username if isinstance(username, str) else None
        parent_id = parent_id or graph_id(raw.get("parent_id"))
        own_id, own_handle = own
        is_own = (author_id is not None and author_id == own_id) or (
            username is not None and own_handle is not None and username.casefold() == own_handle.casefold())
        hidden = raw.get("hidden") is True
        return FetchedItem(
            external_id=comment_id, thread_external_id=media_id,
            kind=ItemKind.REPLY if parent_id else ItemKind.COMMENT,
            text=as_str(raw.get("text")),
            received_at=created, author_id=author_id, author_name=username,
            parent_external_id=parent_id, is_hidden=hidden, is_own=is_own,
            # A reply lands on the top-level comment, so its hiding blocks replies too.
            can_reply=not (hidden or parent_hidden))

    # --- writes -------------------------------------------------------------------------
    def reply(self, target: Target, text: str) -> SentReply:
        if target.kind == ItemKind.MESSAGE:
            return self._send_dm(target, text)
        if target.kind not in (ItemKind.COMMENT, ItemKind.REPLY):
            raise Permanent("Instagram cannot answer this kind of item.")
        # In the body, not the query the docs show: Graph accepts both, and citizen-facing
        # text stays out of URLs (logs, proxies, length limits).
        body = self._client.post(node(_reply_anchor(target), "replies"), {"message": text})
        return SentReply(_require_id(body, "id"))

    def _send_dm(self, target: Target, text: str) -> SentReply:
        """Answer in a direct-message conversation: RESPONSE within 24 hours of the person's
        latest message; after that, up to 7 days, only with the HUMAN_AGENT tag where the
        app has it (Instagram Messaging, "Messaging window" and "Human Agent";
        developers.facebook.com/docs/messenger-platform/instagram/features/send-message)."""
        if not target.author_id:
            raise Permanent("This conversation has no recipient to answer.")
        fields = {"recipient": json.dumps({"id": target.author_id}), "messaging_type": "RESPONSE",
                  "message": json.dumps({"text": text}, ensure_ascii=False)}
        latest = self._latest_citizen_dm(target.thread_external_id)
        age = (clock.now() - latest) if latest else None
        if age is not None and age > MESSAGING_WINDOW:
            if not self.config.extra.get("human_agent"):
                raise Permanent("Instagram's 24-hour window after the person's latest message has closed; "
                                "only the Human Agent tag could answer now, and it is not set for this account.",
                                code="window-closed")
            if age > HUMAN_AGENT_WINDOW:
                raise Permanent("Instagram's 7-day human-agent window after the person's latest message has closed.",
                                code="window-closed")
            fields.update(messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT")
        body = self._client.post(node(self._dm_node(), "messages"), fields)
        return SentReply(_require_id(body, "message_id"))

    def _latest_citizen_dm(self, conv_id: str) -> datetime | None:
        own = self._own()
        times = []
        try:
            body = self._client.get(node(conv_id, "messages"), {"fields": "from,created_time", "limit": 25})
        except Permanent:
            return None
        for raw in body.get("data") or []:
            try:
                item = self._dm(raw, conv_id, own)
            except SkipItem:
                continue
            if not item.is_own:
                times.append(item.received_at)
        return max(times) if times else None

    def private_reply(self, target: Target, text: str) -> SentReply:
        """Direct message to the author of a comment (once per comment, within 7 days). The node
        depends on the login (developers.facebook.com/docs/instagram-platform/private-replies):
        Instagram Login sends from /{ig-user-id}/messages, Facebook Login through the linked
        Page, /{page-id}/messages (``extra["page_id"]``, with the Page token)."""
        if self.config.extra.get("login") == "instagram":
            sender = self._own()[0]
        else:
            sender = str(self.config.extra.get("page_id") or "").strip()
            if not sender:
                raise Permanent("Private replies on Instagram (Facebook Login) are sent through the linked Facebook "
                                "Page: set the Page's id in the account's settings.", code="no-page-id")
        body = self._client.post(node(sender, "messages"), {
            "recipient": json.dumps({"comment_id": target.external_id}),
            "message": json.dumps({"text": text}, ensure_ascii=False),
        })
        return SentReply(_require_id(body, "message_id"))

    def set_hidden(self, target: Target, hidden: bool) -> None:
        body = self._client.request("POST", node(target.external_id),
                                    params={"hide": "true" if hidden else "false"})
        if body.get("success") is False:
            raise Permanent("Instagram did not change the comment's visibility.")

    def delete(self, target: Target) -> None:
        body = self._client.delete(node(target.external_id))
        if body.get("success") is False:
            raise Permanent("Instagram did not delete the comment.")

    # --- exactly-once support -----------------------------------------------------------
    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        own = self._own()
        anchor = _reply_anchor(target)
        wanted = text.strip()
        earliest = since - CLOCK_SLACK
        matches: list[tuple[datetime, str]] = []
        if target.kind == ItemKind.MESSAGE:
            for body in self._client.pages(node(target.thread_external_id, "messages"),
                                           {"fields": DM_MESSAGE_FIELDS, "limit": PAGE_SIZE}):
                for raw in body.get("data", []):
                    try:
                        item = self._dm(raw, target.thread_external_id, own)
                    except SkipItem:
                        continue
                    if item.is_own and item.text.strip() == wanted and item.received_at >= earliest:
                        matches.append((item.received_at, item.external_id))
            return min(matches)[1] if matches else None
        for body in self._client.pages(node(anchor, "replies"), {"fields": REPLY_FIELDS, "limit": PAGE_SIZE}):
            for raw in body.get("data", []):
                try:
                    item = self._comment(raw, target.thread_external_id, own, anchor)
                except SkipItem:
                    continue
                if item.is_own and item.text.strip() == wanted and item.received_at >= earliest:
                    matches.append((item.received_at, item.external_id))
        # The earliest match is the one our first attempt created.
        return min(matches)[1] if matches else None

    def get_state(self, target: Target) -> TargetState:
        try:
            body = self._client.get(node(target.external_id), {"fields": "id,hidden"})
        except Permanent as exc:
            if is_not_found(exc):
                return {"exists": False, "hidden": None}
            raise
        return {"exists": True, "hidden": body.get("hidden") is True}


def _reply_anchor(target: Target) -> str:
    """Replies are one level deep: answering a reply means replying to its top-level comment."""
    if target.kind == ItemKind.REPLY and target.parent_external_id:
        return target.parent_external_id
    return target.external_id


def _require_id(body: dict[str, Any], key: str) -> str:
    value = graph_id(body.get(key))
    if value is None:
        raise Malformed("Instagram accepted the request but returned no id.")
    return value
