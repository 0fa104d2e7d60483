"""Facebook Page connector: post comments (including visitor posts) and Messenger conversations.

Sync cursor (opaque to callers), JSON::

    {"v": 1, "comments": "<iso UTC>", "messages": "<iso UTC>"}

Each value is the server time (``Date`` header) at the start of the last *completed* phase of
that source. The next run reads items created at or after it minus ``OVERLAP`` (late-visible
comments, clock skew); repeats are de-duplicated by id within a run and upserted by the sync.
A run killed mid-phase resumes that phase from its previous watermark.

Which posts are read: the feed is walked newest first until a page ends with posts created
before the look-back horizon (``extra["lookback_days"]``, default 30, counted back from the
previous watermark); comments are read only for posts whose ``updated_time`` (bumped by new
comments) is recent. Visitor posts are items themselves (kind COMMENT, their own thread).
``extra["messenger"] = False`` skips Messenger (a token without ``pages_messaging``).

Threads are two levels deep: replying to a REPLY posts to its parent comment, so the answer
lands in the same thread. Conversation ids start with ``t_``; ``fetch_thread`` uses that to
tell conversations from posts.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import requests

from app import clock
from app.connectors.base import (
    AccountIdentity,
    AuthExpired,
    Capability,
    ConnectorConfig,
    ConnectorError,
    FetchedItem,
    FetchedThread,
    ItemKind,
    Malformed,
    Page,
    Permanent,
    PermissionMissing,
    Platform,
    SentReply,
    Target,
    TargetState,
)
from app.connectors.facebook_parse import conversation_thread, parse_comment, parse_message, parse_post, time_or_none
from app.connectors.graph import (
    DEFAULT_BASE_URL,
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

POST_FIELDS = "id,message,created_time,updated_time,from,permalink_url"
COMMENT_FIELDS = ("id,message,created_time,from,parent{id},comment_count,is_hidden,can_hide,"
                  "can_reply_privately,message_tags,attachment{type,url,title,media,target}")
# Attachments (photos, stickers, GIFs, files) and the sticker image: see app/connectors/attachments.py.
MESSAGE_FIELDS = "id,message,from,created_time,sticker,attachments{mime_type,name,image_data,file_url,video_data}"
RATING_FIELDS = "created_time,recommendation_type,review_text,open_graph_story{id},reviewer{id,name}"
PAGE_SIZE = 100            # the server may send fewer; paging covers the rest
EMBEDDED_MESSAGES = 25
OVERLAP = timedelta(minutes=10)
CLOCK_SLACK = timedelta(minutes=2)
DEFAULT_LOOKBACK_DAYS = 30
MESSENGER_WINDOW = timedelta(hours=24)
MESSENGER_HUMAN_AGENT_WINDOW = timedelta(days=7)
_SHORT_LIVED = ("This Facebook token expires within hours (a short-lived token, as Graph API Explorer gives). "
                "Paste a long-lived User token of a Page admin (Access Token Debugger > Extend Access Token), "
                "or the Page token made from one: Svarbox turns it into a Page token that does not expire.")


class FacebookConnector:
    platform = Platform.FACEBOOK
    capabilities = frozenset({Capability.REPLY, Capability.MESSAGE, Capability.HIDE, Capability.UNHIDE,
                              Capability.DELETE, Capability.PRIVATE_REPLY, Capability.BAN})
    reply_limit = 8000   # comments; Messenger's 2,000 is checked by the caller

    def __init__(self, config: ConnectorConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self._client = GraphClient(config.token, config.base_url or DEFAULT_BASE_URL, session, "Facebook")
        self._identity: AccountIdentity | None = None
        self.lookback = timedelta(days=float(config.extra.get("lookback_days", DEFAULT_LOOKBACK_DAYS)))

    @property
    def usage(self) -> GraphUsage:
        """Usage percentages from the last response; slow down when ``usage.should_slow_down``."""
        return self._client.usage

    # --- identity -----------------------------------------------------------------------
    def whoami(self) -> AccountIdentity:
        """Who the token belongs to, checked for its kind: Svarbox needs a Page token that does
        not expire. A pasted long-lived User token is exchanged for that Page's token
        (``GET /{page-id}?fields=access_token``: "If you used a long-lived User access token,
        the Page access token has no expiration date",
        developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived); a
        short-lived one is refused with a message naming the token to paste instead."""
        me = self._client.get(node("me"), {"fields": "id,name"})
        me_id = graph_id(me.get("id"))
        if me_id is None:
            raise Malformed("Facebook did not say which Page the token belongs to.")
        wanted = self.config.account_external_id
        if wanted and me_id != wanted:
            return self._from_user_token(wanted)
        kind, expires = self._inspect(self.config.token)
        if kind == "USER":
            raise Permanent("This is a Facebook User token, not a Page token. Enter the Page's id as well: Svarbox "
                            "then fetches the Page's own token with it.", code="user-token-needs-page")
        if expires:
            raise Permanent(_SHORT_LIVED, code="short-lived-token")
        self._identity = AccountIdentity(external_id=me_id, name=str(me.get("name") or me_id))
        return self._identity

    def _from_user_token(self, page_id: str) -> AccountIdentity:
        try:
            page = self._client.get(node(page_id), {"fields": "id,name,access_token"})
        except ConnectorError as exc:
            raise PermissionMissing("This is a Facebook User token, and Facebook did not hand over the Page's "
                                    f"token for Page {page_id}: the person must be an admin of the Page and the token "
                                    "needs pages_show_list and pages_read_engagement. Or paste the Page's own "
                                    "token.", code="no-page-token") from exc
        page_token = page.get("access_token")
        if not isinstance(page_token, str) or not page_token:
            raise PermissionMissing(f"This Facebook User token cannot act for Page {page_id}: paste a long-lived "
                                    "User token of one of the Page's admins, or the Page's own token.",
                                    code="no-page-token")
        if self._inspect(page_token)[1]:
            raise Permanent(_SHORT_LIVED, code="short-lived-token")
        name = str(page.get("name") or page_id)
        self._identity = AccountIdentity(external_id=str(page.get("id") or page_id), name=name,
                                         replacement_token=page_token)
        self.config.token = page_token
        self._client._token = page_token
        return self._identity

    def _inspect(self, token: str) -> tuple[str | None, int]:
        """(type "USER"/"PAGE"/None, expiry in epoch seconds or 0 for never) from ``GET /debug_token``
        (developers.facebook.com/docs/graph-api/reference/debug_token). Where Facebook will not
        say (the check itself refused), assume it does not: the first sync would tell."""
        try:
            body = self._client.get(node("debug_token"), {"input_token": token})
        except ConnectorError as exc:
            if isinstance(exc, AuthExpired):
                raise
            log.info("debug_token unavailable (%s); token expiry not checked", exc.code)
            return None, 0
        data = as_dict(body.get("data"))
        if data.get("is_valid") is False:
            raise AuthExpired("Facebook says this token is not valid (expired or revoked).", code="190")
        expires = data.get("expires_at")
        kind = data.get("type") if isinstance(data.get("type"), str) else None
        return kind, int(expires) if isinstance(expires, (int, float)) and expires > 0 else 0

    def _page_id(self) -> str:
        if self.config.account_external_id:
            return self.config.account_external_id
        return (self._identity or self.whoami()).external_id

    # --- sync ---------------------------------------------------------------------------
    def fetch(self, cursor: str | None,
              progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        state = load_cursor(cursor, "Facebook")
        committed = {k: state[k] for k in ("comments", "ratings", "messages") if isinstance(state.get(k), str)}
        total = 0
        for page in with_resume_cursors(self._fetch_pages(state, committed), lambda: dump_cursor(committed)):
            total += len(page.items)
            if progress:
                progress(total)
            yield page

    def _fetch_pages(self, state: dict[str, Any], committed: dict[str, Any]) -> Iterator[Page]:
        page_id = self._page_id()
        seen: set[str] = set()
        now = clock.now()

        # Phase 1: posts and their comments.
        since = cursor_time(state, "comments")
        floor = since - OVERLAP if since else now - self.lookback
        horizon = floor - self.lookback if since else floor
        started = None
        for body in self._client.pages(node(page_id, "feed"), {"fields": POST_FIELDS, "limit": PAGE_SIZE}):
            started = started or self._client.server_time or now
            page = Page()
            active: list[tuple[str, bool]] = []
            oldest: datetime | None = None
            for raw in body.get("data", []):
                try:
                    thread, visitor_item, updated = parse_post(raw, page_id)
                except SkipItem as why:
                    page.skipped.append(str(why))
                    continue
                if thread.created_at is not None:   # parse_post always sets it
                    oldest = thread.created_at if oldest is None else min(oldest, thread.created_at)
                if thread.external_id in seen:
                    continue
                seen.add(thread.external_id)
                page.threads.append(thread)
                if visitor_item and visitor_item.received_at >= floor:
                    page.items.append(visitor_item)
                if updated is None or updated >= floor:
                    active.append((thread.external_id, visitor_item is not None))
            yield page
            for post_id, visitor in active:
                yield from self._comment_pages(post_id, page_id, visitor, floor, seen)
            if oldest is not None and oldest < horizon:
                break   # the feed is newest first: everything after is older still
        committed["comments"] = (started or now).isoformat()

        # Phase 2: Messenger conversations (newest activity first); extra["messenger"]=False
        # turns it off for Pages whose token lacks pages_messaging.
        if self.config.extra.get("messenger", True) is not False:
            yield from self._message_pages(page_id, state, committed, now, seen)

        # Phase 3: recommendations of the Page (extra["ratings"]=False turns it off).
        if self.config.extra.get("ratings", True) is not False:
            yield from self._rating_pages(page_id, state, committed, now, seen)

    def _message_pages(self, page_id: str, state: dict[str, Any], committed: dict[str, Any], now: datetime,
                       seen: set[str]) -> Iterator[Page]:
        since = cursor_time(state, "messages")
        floor = since - OVERLAP if since else now - self.lookback
        started = None
        fields = f"participants,updated_time,messages.limit({EMBEDDED_MESSAGES}){{{MESSAGE_FIELDS}}}"
        params = {"platform": "messenger", "fields": fields, "limit": PAGE_SIZE}
        for body in self._client.pages(node(page_id, "conversations"), params):
            started = started or self._client.server_time or now
            page = Page()
            more: list[tuple[str, dict[str, Any]]] = []
            stop = False
            for raw in body.get("data", []):
                conv_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
                if conv_id is None:
                    page.skipped.append("a conversation without an id")
                    continue
                updated = time_or_none(raw.get("updated_time"))
                if updated is not None and updated < floor:
                    stop = True
                    continue
                if conv_id not in seen:
                    seen.add(conv_id)
                    page.threads.append(conversation_thread(conv_id, raw, page_id))
                embedded = as_dict(raw.get("messages"))
                reached_old = self._add_messages(page, embedded.get("data") or [], conv_id, page_id, floor, seen)
                if not reached_old and next_link(embedded):
                    more.append((conv_id, embedded))
            yield page
            for conv_id, embedded in more:
                for extra in self._client.next_pages(embedded):
                    extra_page = Page()
                    reached_old = self._add_messages(extra_page, extra.get("data") or [], conv_id,
                                                     page_id, floor, seen)
                    yield extra_page
                    if reached_old:
                        break   # messages come newest first
            if stop:
                break
        committed["messages"] = (started or now).isoformat()

    def _rating_pages(self, page_id: str, state: dict[str, Any], committed: dict[str, Any], now: datetime,
                      seen: set[str]) -> Iterator[Page]:
        """Page recommendations, GET /{page-id}/ratings with a Page token and
        pages_read_user_content (developers.facebook.com/docs/graph-api/reference/page/ratings).
        Each is an item on its own thread: the open_graph_story, which the Page answers with a
        comment (POST /{story-id}/comments), so the story id is the item's id."""
        since = cursor_time(state, "ratings")
        floor = since - OVERLAP if since else now - self.lookback
        started = None
        for body in self._client.pages(node(page_id, "ratings"), {"fields": RATING_FIELDS, "limit": PAGE_SIZE}):
            started = started or self._client.server_time or now
            page = Page()
            reached_old = False
            for raw in body.get("data", []):
                story = raw.get("open_graph_story") if isinstance(raw, dict) else None
                story_id = graph_id(story.get("id")) if isinstance(story, dict) else None
                if story_id is None:
                    page.skipped.append("a recommendation without its story id")
                    continue
                try:
                    created = graph_timestamp(raw.get("created_time"))
                except Malformed:
                    page.skipped.append(f"recommendation {story_id}: invalid created_time")
                    continue
                if created < floor:
                    reached_old = True      # newest first: the rest is older still
                    break
                if story_id in seen:
                    continue
                seen.add(story_id)
                reviewer = as_dict(raw.get("reviewer"))
                kind = raw.get("recommendation_type")
                # The thread says which way it went, in symbols every language reads.
                verdict = {"positive": "👍", "negative": "👎"}.get(kind, "")
                page.threads.append(FetchedThread(external_id=story_id, kind="review", text=verdict,
                                                  author_name=reviewer.get("name") if isinstance(reviewer.get("name"), str) else None,  # noqa: E501
                                                  url=f"https://www.facebook.com/{story_id}", created_at=created))
                page.items.append(FetchedItem(
                    external_id=story_id, thread_external_id=story_id, kind=ItemKind.REVIEW,
                    text=as_str(raw.get("review_text")),
                    received_at=created, author_id=graph_id(reviewer.get("id")),
                    author_name=reviewer.get("name") if isinstance(reviewer.get("name"), str) else None,
                    url=f"https://www.facebook.com/{story_id}"))
            yield page
            if reached_old:
                break
        committed["ratings"] = (started or now).isoformat()

    def _comment_pages(self, post_id: str, page_id: str, visitor_post: bool, floor: datetime | None,
                       seen: set[str]) -> Iterator[Page]:
        # Newest first, stopping at the floor: a post citizens keep commenting on (thousands of
        # comments) is not read from its first comment at every sync. Graph's comments edge
        # orders by creation time either way (order=chronological|reverse_chronological).
        params = {"filter": "stream", "order": "reverse_chronological", "fields": COMMENT_FIELDS,
                  "limit": PAGE_SIZE}
        for body in self._client.pages(node(post_id, "comments"), params):
            page = Page()
            reached_old = False
            for raw in body.get("data", []):
                try:
                    item = parse_comment(raw, post_id, page_id, visitor_post)
                except SkipItem as why:
                    page.skipped.append(str(why))
                    continue
                if floor is not None and item.received_at < floor:
                    reached_old = True      # newest first: the rest is older still
                    continue
                if item.external_id in seen:
                    continue
                seen.add(item.external_id)
                page.items.append(item)
            yield page
            if reached_old:
                break

    def _add_messages(self, page: Page, data: list[Any], conv_id: str, page_id: str, floor: datetime | None,
                      seen: set[str]) -> bool:
        """Add one page of messages; True when it reached messages older than ``floor``."""
        reached_old = False
        for raw in data:
            try:
                item = parse_message(raw, conv_id, page_id)
            except SkipItem as why:
                page.skipped.append(str(why))
                continue
            if floor is not None and item.received_at < floor:
                reached_old = True
                continue
            if item.external_id not in seen:
                seen.add(item.external_id)
                page.items.append(item)
        return reached_old

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]:
        page_id = self._page_id()
        seen: set[str] = set()
        items: list[FetchedItem] = []
        if thread_external_id.startswith("t_"):
            page = Page()
            for body in self._client.pages(node(thread_external_id, "messages"),
                                           {"fields": MESSAGE_FIELDS, "limit": PAGE_SIZE}):
                self._add_messages(page, body.get("data") or [], thread_external_id, page_id, None, seen)
            items = sorted(page.items, key=lambda i: i.received_at)
        else:
            raw = self._client.get(node(thread_external_id), {"fields": POST_FIELDS})
            try:
                _thread, visitor_item, _updated = parse_post(raw, page_id)
            except SkipItem as why:
                raise Malformed(f"Facebook sent an unusable post: {why}.") from None
            if visitor_item:
                items.append(visitor_item)
                seen.add(visitor_item.external_id)
            for page in self._comment_pages(thread_external_id, page_id, visitor_item is not None, None, seen):
                items.extend(page.items)
                for reason in page.skipped:
                    log.warning("Skipped while reading a thread: %s", reason)
        return items

    # --- writes -------------------------------------------------------------------------
    def reply(self, target: Target, text: str) -> SentReply:
        if target.kind == ItemKind.MESSAGE:
            if not target.author_id:
                raise Permanent("This conversation has no recipient to answer.")
            fields = {"recipient": json.dumps({"id": target.author_id}),
                      "messaging_type": "RESPONSE",
                      "message": json.dumps({"text": text}, ensure_ascii=False)}
            # Messenger's windows count from the person's LATEST message (Send API, "Messaging
            # types" and "Message tags": RESPONSE within 24 hours; after that only a tag, and
            # HUMAN_AGENT -- up to 7 days -- only for a Page approved for it).
            # developers.facebook.com/docs/messenger-platform/send-messages/message-tags
            latest = self._latest_citizen_message(target.thread_external_id)
            age = (clock.now() - latest) if latest else None
            if age is not None and age > MESSENGER_WINDOW:
                if not self.config.extra.get("human_agent"):
                    raise Permanent("Messenger's 24-hour window after the person's latest message has closed; "
                                    "the Page may answer only with the Human Agent tag, which it does not have.",
                                    code="outside-window")
                if age > MESSENGER_HUMAN_AGENT_WINDOW:
                    raise Permanent("Messenger's 7-day Human Agent window after the person's latest message has "
                                    "closed; answer through another channel.", code="outside-window")
                fields.update(messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT")
            elif age is None and self.config.extra.get("human_agent"):
                # The conversation could not be read: the tag is valid for the whole 7 days.
                fields.update(messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT")
            body = self._client.post(node(self._page_id(), "messages"), fields)
            return SentReply(_require_id(body, "message_id"))
        # A recommendation is answered with a comment on its open_graph_story (the item's id).
        if target.kind not in (ItemKind.COMMENT, ItemKind.REPLY, ItemKind.REVIEW):
            raise Permanent("Facebook cannot answer this kind of item.")
        body = self._client.post(node(_reply_anchor(target), "comments"), {"message": text})
        return SentReply(_require_id(body, "id"))

    def _latest_citizen_message(self, conv_id: str) -> datetime | None:
        """When the person last wrote in this conversation (newest messages come first)."""
        if not conv_id:
            return None
        page_id = self._page_id()
        try:
            body = self._client.get(node(conv_id, "messages"), {"fields": "from,created_time", "limit": 25})
        except ConnectorError as exc:
            if isinstance(exc, AuthExpired):
                raise
            return None
        times = []
        for raw in body.get("data") or []:
            author = as_dict(raw.get("from")) if isinstance(raw, dict) else {}
            if graph_id(author.get("id")) not in (None, page_id):
                try:
                    times.append(graph_timestamp(raw.get("created_time")))
                except Malformed:
                    continue
        return max(times) if times else None

    def private_reply(self, target: Target, text: str) -> SentReply:
        """Messenger message to the author of a comment (once per comment, within 7 days)."""
        body = self._client.post(node(self._page_id(), "messages"), {
            "recipient": json.dumps({"comment_id": target.external_id}),
            "message": json.dumps({"text": text}, ensure_ascii=False),
        })
        return SentReply(_require_id(body, "message_id"))

    def set_hidden(self, target: Target, hidden: bool) -> None:
        if target.kind == ItemKind.MESSAGE:
            raise Permanent("Messenger messages cannot be hidden.")
        body = self._client.post(node(target.external_id), {"is_hidden": "true" if hidden else "false"})
        if body.get("success") is False:
            raise Permanent("Facebook did not change the comment's visibility.")

    def delete(self, target: Target) -> None:
        if target.kind == ItemKind.MESSAGE:
            raise Permanent("Messenger messages cannot be deleted.")
        body = self._client.delete(node(target.external_id))
        if body.get("success") is False:
            raise Permanent("Facebook did not delete the comment.")

    # --- banning from the Page ----------------------------------------------------------
    # Graph API, Page "blocked" edge (developers.facebook.com/docs/graph-api/reference/page/blocked):
    # POST /{page-id}/blocked with ``user`` bans, DELETE with ``user`` unbans, GET with ``user``
    # lists that person if banned. All three need a Page access token; the author's id is the
    # comment's ``from.id``, which Graph leaves out for many people: then nobody can be banned.
    def ban_author(self, target: Target) -> None:
        user = _author_of(target)
        body = self._client.post(node(self._page_id(), "blocked"), {"user": user})
        if body.get(user) is False or body.get("success") is False:
            raise Permanent("Facebook did not ban the author from the Page.")

    def unban_author(self, target: Target) -> None:
        user = _author_of(target)
        body = self._client.request("DELETE", node(self._page_id(), "blocked"), params={"user": user})
        if body.get("success") is False:
            raise Permanent("Facebook did not lift the ban.")

    def author_banned(self, target: Target) -> bool:
        """Whether the item's author is banned from the Page now (an unclear attempt asks this)."""
        user = _author_of(target)
        body = self._client.get(node(self._page_id(), "blocked"), {"user": user, "fields": "id"})
        data = body.get("data")
        return isinstance(data, list) and any(graph_id(as_dict(x).get("id")) == user for x in data)

    # --- exactly-once support -----------------------------------------------------------
    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        page_id = self._page_id()
        wanted = text.strip()
        earliest = since - CLOCK_SLACK
        matches: list[tuple[datetime, str]] = []
        is_message = target.kind == ItemKind.MESSAGE
        if is_message:
            pages = self._client.pages(node(target.thread_external_id, "messages"),
                                       {"fields": MESSAGE_FIELDS, "limit": PAGE_SIZE})
        else:
            pages = self._client.pages(node(_reply_anchor(target), "comments"),
                                       {"fields": "id,message,created_time,from", "limit": PAGE_SIZE})

        def parse(raw: object) -> FetchedItem:
            if is_message:
                return parse_message(raw, target.thread_external_id, page_id)
            return parse_comment(raw, target.thread_external_id, page_id)

        for body in pages:
            oldest = None
            for raw in body.get("data", []):
                try:
                    item = parse(raw)
                except SkipItem:
                    continue
                oldest = item.received_at if oldest is None else min(oldest, item.received_at)
                if item.is_own and item.text.strip() == wanted and item.received_at >= earliest:
                    matches.append((item.received_at, item.external_id))
            if is_message and oldest is not None and oldest < earliest:
                break   # conversation messages come newest first
        # The earliest match is the one our first attempt created.
        return min(matches)[1] if matches else None

    def get_state(self, target: Target) -> TargetState:
        is_message = target.kind == ItemKind.MESSAGE
        try:
            body = self._client.get(node(target.external_id), {"fields": "id" if is_message else "id,is_hidden"})
        except Permanent as exc:
            if is_not_found(exc):
                return {"exists": False, "hidden": None}
            raise
        return {"exists": True, "hidden": None if is_message else body.get("is_hidden") is True}


def _reply_anchor(target: Target) -> str:
    """Facebook threads are two levels: a reply to a reply goes to its top-level comment."""
    if target.kind == ItemKind.REPLY and target.parent_external_id:
        return target.parent_external_id
    return target.external_id


def _author_of(target: Target) -> str:
    if target.kind == ItemKind.MESSAGE or not target.author_id:
        raise Permanent("Facebook did not say who wrote this comment, so its author cannot be banned.")
    return target.author_id


def _require_id(body: dict[str, Any], key: str) -> str:
    value = graph_id(body.get(key))
    if value is None:
        raise Malformed("Facebook accepted the request but returned no id.")
    return value
