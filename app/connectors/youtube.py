"""YouTube Data API v3 connector for one channel: comments, moderation queues, replies.

What YouTube allows and how we map it (see shared/design/platforms.md):

- The account is the channel id ``UC...`` (``config.account_external_id``; asked with
  ``channels?mine=true`` when missing).
- Reads: every comment thread on the channel's videos (``allThreadsRelatedToChannelId``,
  newest first) plus the owner-only moderation queues ``heldForReview`` and ``likelySpam``;
  queued items come back with ``moderation_status`` set and ``is_hidden=True`` (the public
  does not see them). ``replies.comments`` is only a subset: when ``totalReplyCount`` is
  larger, all replies are read with ``comments.list?parentId``.
- Threads (``FetchedThread``) are **videos** (``thread_external_id`` = videoId, title looked
  up once per run with ``videos.list``); old channel-discussion threads have no videoId and
  use the channel id instead.
- Threads are flat: a reply can only be answered by replying to its top-level comment. REPLY
  items therefore carry ``can_reply=False``; ``reply`` on a REPLY target still posts under its
  parent (``parent_external_id``), like YouTube's own "reply" button.
- Text: ``textOriginal`` (raw) when present; otherwise ``textDisplay`` read as HTML (``<br>``
  to newlines, tags dropped, entities unescaped). Only reached when YouTube withholds
  ``textOriginal``; markup a person typed literally could be lost in that case.
- Capabilities: REPLY; HIDE = hold for review (``setModerationStatus heldForReview``);
  UNHIDE = publish; REJECT (``reject``: hides the comment and its replies, cannot be undone,
  optional ``ban_author``); DELETE only for the channel's **own** comments (YouTube's
  ``comments.delete`` is author-only; removing someone else's comment is REJECT).
- Quota: 10,000 units/day per project, reset at midnight Pacific time: ``quotaExceeded``
  waits until then; ``rateLimitExceeded``/``userRateLimitExceeded`` back off (no time).
- The token travels only in the ``Authorization`` header and is scrubbed from messages.

Cursor (JSON, ``v`` = 1): ``{"v": 1, "newest": <ISO time of the newest change seen>,
"full_at": <ISO time of the last complete scan>, "recent": {"<comment id>": <ISO>},
"rc": {"<thread id>": <reply count seen>}, "queued": {"<comment id>": <status>}}``.
With ``order=time`` an incremental sync stops paging once a page reaches back past
``newest`` minus a 10-minute overlap; a sync without a cursor, or a day after the last
complete scan (``config.extra["youtube_full_scan_hours"]``, default 24), pages to the end so
new replies under old threads are found. Items already returned unchanged (``recent``) are
not returned again; replies are re-read only when a thread's reply count moved. Comments that
left a moderation queue since the last sync are looked up and returned with their new state.
"""
from __future__ import annotations

import html
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

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
    RateLimited,
    SentReply,
    Target,
    TargetState,
    Transient,
    load_cursor,
)
from app.connectors.http import call_json, make_session, retry_after_to_datetime
from app.connectors.jsonshape import as_dict, as_list
from app.connectors.timeparse import parse_timestamp

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://www.googleapis.com/youtube/v3"
PAGE_SIZE = 100
QUEUES = ("heldForReview", "likelySpam")
OVERLAP = timedelta(minutes=10)
FULL_SCAN_HOURS = 24
CLOCK_SLACK = timedelta(minutes=5)
MAX_PAGES = 1000
PACIFIC = ZoneInfo("America/Los_Angeles")

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")

_PLAIN_WORDS = {
    "commentTextTooLong": "The reply is too long for YouTube.",
    "operationNotSupported": "YouTube does not allow this here (a reply can only go under the "
                             "top-level comment, and rejected comments cannot be published).",
    "parentCommentIsPrivate": "The comment is private, so it cannot be answered.",
    "processingFailure": "YouTube could not process the comment.",
    "commentsDisabled": "Comments are turned off for this video.",
    "keyInvalid": "YouTube refused Svarbox's API key.",
    "invalidCommentMetadata": "YouTube rejected the comment's data.",
    "commentNotFound": "The YouTube comment no longer exists.",
    "videoNotFound": "The YouTube video no longer exists.",
    "channelNotFound": "The YouTube channel was not found.",
}


def next_pacific_midnight(now: datetime | None = None) -> datetime:
    """When YouTube's daily quota resets: the next midnight in America/Los_Angeles, as UTC."""
    local = (now or clock.now()).astimezone(PACIFIC)
    reset = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=PACIFIC)
    return reset.astimezone(UTC)


def html_to_text(value: str) -> str:
    value = _BR.sub("\n", value)
    value = _TAG.sub("", value)
    return html.unescape(value)


def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{moment.microsecond // 1000:03d}Z"




def _parse_or_none(value: object) -> datetime | None:
    try:
        return parse_timestamp(value) if value else None
    except Malformed:
        return None


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- errors -----------------------------------------------------------------------------------

def error_for(response: requests.Response, token: str | None = None,
              now: datetime | None = None) -> ConnectorError:
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    error = as_dict(error)
    details = [e for e in error.get("errors") or [] if isinstance(e, dict)] \
        if isinstance(error.get("errors"), list) else []
    reason = str(details[0].get("reason") or "") if details else ""
    # Google's messages contain HTML links; keep the words only.
    said = _clip(html_to_text(str(error.get("message") or (details[0].get("message") if details else "")
                                  or f"HTTP {status}")))
    if token:
        said = said.replace(token, "[token]")
    code = reason or f"http {status}"

    if status == 401:
        return AuthExpired("YouTube no longer accepts this account's token (expired or revoked); "
                           "reconnect the account.", code=code)
    if reason in ("quotaExceeded", "dailyLimitExceeded"):
        return RateLimited("YouTube's daily API quota is used up; it resets at midnight Pacific time.",
                           retry_at=next_pacific_midnight(now), code="quotaExceeded")
    if reason in ("rateLimitExceeded", "userRateLimitExceeded") or status == 429:
        return RateLimited("YouTube asks us to slow down (too many requests in a short time).",
                           retry_at=retry_after_to_datetime(response.headers.get("Retry-After"), now),
                           code=code)
    if status >= 500:
        return Transient(f"YouTube had a temporary problem (HTTP {status}); it will be tried again.", code=code)
    if reason in _PLAIN_WORDS:
        return Permanent(_PLAIN_WORDS[reason], code=reason)
    if status == 403:
        # forbidden / insufficientPermissions / ineligibleAccount: the token or channel lacks the
        # right (wrong channel, missing youtube.force-ssl scope, account not linked to a channel).
        return PermissionMissing(f"YouTube did not permit this action: {said}", code=code)
    if status == 404:
        return Permanent("The YouTube comment or video no longer exists.", code=code)
    return Permanent(f"YouTube refused the request: {said}", code=code)


# --- the connector ----------------------------------------------------------------------------

class YouTubeConnector:
    platform = Platform.YOUTUBE
    capabilities = frozenset({Capability.REPLY, Capability.REJECT, Capability.HIDE,
                              Capability.UNHIDE, Capability.DELETE})
    reply_limit = 10000

    def __init__(self, config: ConnectorConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.base_url = (config.base_url or DEFAULT_BASE_URL).rstrip("/")
        self.session = session or make_session()
        self._channel: str | None = config.account_external_id or None
        self._channel_name: str | None = None

    # --- HTTP -------------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, params: dict[str, Any] | None = None,
              json_body: dict[str, Any] | None = None) -> dict[str, Any]:
        return call_json(self.session, method, self.base_url + path, self.config.token, error_for, "YouTube",
                         params=params, json_body=json_body)[0]

    def _pages(self, path: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        token = None
        for _ in range(MAX_PAGES):
            query = dict(params)
            if token:
                query["pageToken"] = token
            body = self._call("GET", path, params=query)
            if not isinstance(body.get("items", []), list):
                raise Malformed("YouTube sent a list without 'items'.")
            yield body
            next_token = body.get("nextPageToken")
            if not next_token or next_token == token:
                return
            token = next_token

    # --- identity ---------------------------------------------------------------------------
    def whoami(self) -> AccountIdentity:
        body = self._call("GET", "/channels", params={"part": "snippet", "mine": "true"})
        items = body.get("items")
        if not isinstance(items, list) or not items or not isinstance(items[0], dict) or not items[0].get("id"):
            raise PermissionMissing("The YouTube token belongs to an account without a channel.",
                                    code="no-channel")
        channel = items[0]
        snippet = as_dict(channel.get("snippet"))
        self._channel = str(channel["id"])
        self._channel_name = snippet.get("title")
        return AccountIdentity(external_id=self._channel, name=str(snippet.get("title") or self._channel),
                               handle=snippet.get("customUrl"))

    def _me(self) -> str:
        if not self._channel:
            self.whoami()
        assert self._channel
        return self._channel

    # --- reading ----------------------------------------------------------------------------
    def fetch(self, cursor: str | None,
              progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        old = load_cursor(cursor, "YouTube")
        channel = self._me()
        now = clock.now()
        newest_old = _parse_or_none(old.get("newest"))
        full_at = _parse_or_none(old.get("full_at"))
        hours = self.config.extra.get("youtube_full_scan_hours", FULL_SCAN_HOURS)
        hours = hours if isinstance(hours, (int, float)) and hours > 0 else FULL_SCAN_HOURS
        full = newest_old is None or full_at is None or now - full_at >= timedelta(hours=hours)
        run = _Run(
            channel=channel,
            cutoff=newest_old - OVERLAP if newest_old else None,
            recent={k: v for k, v in (old.get("recent") or {}).items() if isinstance(v, str)}
            if isinstance(old.get("recent"), dict) else {},
            old_rc=as_dict(old.get("rc")),
            old_queued=as_dict(old.get("queued")),
        )
        old_queued = run.old_queued
        resume = cursor   # pages before the end keep the stored resume point unchanged

        def finish(page: Page) -> Page:
            run.count += len(page.items)
            if progress:
                progress(run.count)
            return page

        # 1. the owner-only moderation queues (small; always read to the end)
        queued = run.queued
        for status in QUEUES:
            for body in self._pages("/commentThreads", self._thread_params(channel, status)):
                page = Page(cursor=resume)
                self._read_threads(body, run, page, status)
                yield finish(page)

        # 2. published threads, newest first; an incremental run stops once past the cutoff
        for body in self._pages("/commentThreads", self._thread_params(channel, None)):
            page = Page(cursor=resume)
            oldest = self._read_threads(body, run, page, None)
            yield finish(page)
            if not full and run.cutoff and oldest is not None and oldest < run.cutoff:
                break

        # 3. comments that left a queue since last time: approved (published) or gone
        page = Page()
        left = [cid for cid in old_queued if cid not in queued and cid not in run.seen]
        for start in range(0, len(left), 50):
            body = self._call("GET", "/comments", params={"part": "snippet", "id": ",".join(left[start:start + 50]),
                                                          "textFormat": "plainText", "maxResults": PAGE_SIZE})
            for comment in body.get("items") or []:
                snippet = comment.get("snippet") if isinstance(comment, dict) else None
                moderation = snippet.get("moderationStatus") if isinstance(snippet, dict) else None
                if moderation in QUEUES or moderation == "rejected":
                    continue
                parent = snippet.get("parentId") if isinstance(snippet, dict) else None
                self._take(comment, run, page, thread=None, parent=parent, can_reply=not parent,
                           status=None, force=True)

        rc = dict(run.old_rc) if not full else {}
        rc.update(run.rc)
        newest = max([t for t in (newest_old, *run.changes.values()) if t is not None], default=None)
        floor = newest - OVERLAP if newest else None
        state = {"v": 1,
                 "newest": _iso(newest) if newest else None,
                 "full_at": _iso(now) if full else (old.get("full_at") if full_at else None),
                 "recent": {cid: _iso(t) for cid, t in run.changes.items() if floor and t >= floor},
                 "rc": rc,
                 "queued": queued}
        page.cursor = json.dumps(state)
        yield finish(page)

    @staticmethod
    def _thread_params(channel: str, status: str | None) -> dict[str, Any]:
        params = {"part": "snippet,replies", "allThreadsRelatedToChannelId": channel,
                  "maxResults": PAGE_SIZE, "order": "time", "textFormat": "plainText"}
        if status:
            params["moderationStatus"] = status
        return params

    def _read_threads(self, body: dict[str, Any], run: "_Run", page: Page, status: str | None) -> datetime | None:
        """Turn one commentThreads page into items; returns the oldest top-level time on it."""
        oldest = None
        new_videos: list[str] = []
        for thread in body.get("items") or []:
            try:
                if not isinstance(thread, dict) or not thread.get("id"):
                    raise Malformed("no id")
                snippet = thread["snippet"]
                top = snippet["topLevelComment"]
                if not isinstance(top, dict) or not isinstance(top.get("snippet"), dict):
                    raise Malformed("no top-level comment")
                video = snippet.get("videoId") or top["snippet"].get("videoId")
                thread_key = str(video) if video else str(snippet.get("channelId") or run.channel)
                published = parse_timestamp(top["snippet"].get("publishedAt"))
            except (Malformed, KeyError, TypeError) as exc:
                page.skipped.append(f"YouTube thread {_safe_id(thread)} skipped: {exc}")
                continue
            oldest = published if oldest is None or published < oldest else oldest
            if thread_key not in run.threads_done:
                run.threads_done.add(thread_key)
                if video:
                    new_videos.append(str(video))
                else:
                    page.threads.append(FetchedThread(external_id=thread_key, kind="post",
                                                      url=f"https://www.youtube.com/channel/{thread_key}"))
            is_new = self._take(top, run, page, thread=thread_key, parent=None,
                                can_reply=snippet.get("canReply", True) is not False, status=status)
            total = snippet.get("totalReplyCount")
            replies = (thread.get("replies") or {}).get("comments") if isinstance(thread.get("replies"), dict) else None
            replies = as_list(replies)
            top_id = str(top.get("id") or thread["id"])
            if isinstance(total, int) and total > len(replies):
                run.rc[top_id] = total
                if is_new or run.old_rc.get(top_id) != total:
                    replies = self._all_replies(top_id, page)
                else:
                    replies = []   # unchanged count: these replies were read before
            for reply in replies:
                # A reply's own moderationStatus (owner-visible) tells whether it is queued.
                self._take(reply, run, page, thread=thread_key, parent=top_id, can_reply=False, status=None)
        if new_videos:
            page.threads.extend(self._videos(new_videos))
        return oldest

    def _all_replies(self, parent_id: str, page: Page) -> list[Any]:
        replies: list[Any] = []
        for body in self._pages("/comments", {"part": "snippet", "parentId": parent_id,
                                              "maxResults": PAGE_SIZE, "textFormat": "plainText"}):
            replies.extend(body.get("items") or [])
        return replies

    def _videos(self, ids: list[str]) -> list[FetchedThread]:
        threads = {vid: FetchedThread(external_id=vid, kind="video", url=f"https://www.youtube.com/watch?v={vid}")
                   for vid in ids}
        for start in range(0, len(ids), 50):
            body = self._call("GET", "/videos", params={"part": "snippet", "id": ",".join(ids[start:start + 50]),
                                                        "maxResults": 50})
            for video in body.get("items") or []:
                if not isinstance(video, dict) or video.get("id") not in threads:
                    continue
                snippet = as_dict(video.get("snippet"))
                thread = threads[video["id"]]
                thread.text = str(snippet.get("title") or "")
                thread.author_name = snippet.get("channelTitle")
                thread.created_at = _parse_or_none(snippet.get("publishedAt"))
        return list(threads.values())

    def _take(self, comment: object, run: "_Run", page: Page, *, thread: str | None, parent: str | None,
              can_reply: bool, status: str | None, force: bool = False) -> bool:
        """Add one comment resource to ``page`` if it is new or changed; True when it was."""
        try:
            item, changed = self._item(comment, run.channel, thread, parent, can_reply, status)
        except (Malformed, KeyError, TypeError, ValueError) as exc:
            page.skipped.append(f"YouTube comment {_safe_id(comment)} skipped: {exc}")
            return False
        if item.external_id in run.seen:
            return False
        run.seen.add(item.external_id)
        run.changes[item.external_id] = changed
        if item.moderation_status:
            run.queued[item.external_id] = item.moderation_status
        # Entered, left or switched a moderation queue since the last sync: report it.
        moved = run.old_queued.get(item.external_id) != item.moderation_status
        fresh = force or moved or run.cutoff is None or (
            changed >= run.cutoff and run.recent.get(item.external_id) != _iso(changed))
        if fresh:
            page.items.append(item)
        return fresh

    def _item(self, comment: object, channel: str, thread: str | None, parent: str | None, can_reply: bool,
              status: str | None) -> tuple[FetchedItem, datetime]:
        if not isinstance(comment, dict) or not comment.get("id"):
            raise Malformed("no id")
        snippet = comment["snippet"]
        if not isinstance(snippet, dict):
            raise Malformed("no snippet")
        cid = str(comment["id"])
        if isinstance(snippet.get("textOriginal"), str):
            text = snippet["textOriginal"]
        elif isinstance(snippet.get("textDisplay"), str):
            text = html_to_text(snippet["textDisplay"])
        else:
            raise Malformed("no text")
        published = parse_timestamp(snippet.get("publishedAt"))
        updated = _parse_or_none(snippet.get("updatedAt")) or published
        own_status = snippet.get("moderationStatus")
        if own_status in QUEUES:
            status = own_status
        elif own_status == "published":
            status = None
        author = snippet.get("authorChannelId")
        author_id = str(author.get("value")) if isinstance(author, dict) and author.get("value") else None
        video = snippet.get("videoId")
        thread = thread or (str(video) if video else str(snippet.get("channelId") or channel))
        parent = parent or snippet.get("parentId")
        url = f"https://www.youtube.com/watch?v={video}&lc={cid}" if video else None
        item = FetchedItem(
            external_id=cid, thread_external_id=thread,
            kind=ItemKind.REPLY if parent else ItemKind.COMMENT, text=text, received_at=published,
            author_id=author_id, author_name=snippet.get("authorDisplayName"),
            parent_external_id=str(parent) if parent else None, url=url,
            is_hidden=status in QUEUES, is_own=author_id == channel,
            can_reply=can_reply and not parent, moderation_status=status if status in QUEUES else None)
        return item, max(published, updated)

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]:
        """All published comments of a video (or, for a channel id, its discussion threads)."""
        channel = self._me()
        params = {"part": "snippet,replies", "maxResults": PAGE_SIZE, "order": "time", "textFormat": "plainText"}
        if thread_external_id.startswith("UC"):
            params["allThreadsRelatedToChannelId"] = thread_external_id
        else:
            params["videoId"] = thread_external_id
        run = _Run(channel=channel, cutoff=None, recent={}, old_rc={})
        page = Page()
        for body in self._pages("/commentThreads", params):
            self._read_threads(body, run, page, None)
        if thread_external_id.startswith("UC"):
            return [i for i in page.items if i.thread_external_id == thread_external_id]
        return page.items

    # --- writing ----------------------------------------------------------------------------
    @staticmethod
    def _top_level(target: Target) -> str:
        """Replies can only go under a top-level comment (flat threads)."""
        if target.kind is ItemKind.REPLY and target.parent_external_id:
            return target.parent_external_id
        return target.external_id

    def reply(self, target: Target, text: str) -> SentReply:
        body = self._call("POST", "/comments", params={"part": "snippet"},
                          json_body={"snippet": {"parentId": self._top_level(target), "textOriginal": text}})
        if not body.get("id"):
            raise Malformed("YouTube accepted the reply but did not return its id.")
        return SentReply(external_id=str(body["id"]))

    def _moderate(self, target: Target, status: str, ban_author: bool = False) -> None:
        params = {"id": target.external_id, "moderationStatus": status}
        if ban_author:
            params["banAuthor"] = "true"
        self._call("POST", "/comments/setModerationStatus", params=params)

    def set_hidden(self, target: Target, hidden: bool) -> None:
        """Hide = hold for review (reversible); unhide = publish."""
        self._moderate(target, "heldForReview" if hidden else "published")

    def reject(self, target: Target, ban_author: bool = False) -> None:
        """Reject: hides the comment and its replies for good; ``ban_author`` bans its author too."""
        self._moderate(target, "rejected", ban_author)

    def delete(self, target: Target) -> None:
        """Delete one of the channel's own comments (YouTube: author-only; others -> reject)."""
        if target.author_id and target.author_id != self._me():
            raise Permanent("YouTube only lets the author delete a comment; reject it instead.",
                            code="delete-not-allowed")
        self._call("DELETE", "/comments", params={"id": target.external_id})

    # --- exactly-once support -------------------------------------------------------------------
    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        channel = self._me()
        want = normalise_text(text)
        floor = since - CLOCK_SLACK
        for body in self._pages("/comments", {"part": "snippet", "parentId": self._top_level(target),
                                              "maxResults": PAGE_SIZE, "textFormat": "plainText"}):
            for comment in body.get("items") or []:
                try:
                    item, _changed = self._item(comment, channel, None, None, False, None)
                except (Malformed, KeyError, TypeError, ValueError):
                    continue
                if item.is_own and item.received_at >= floor and normalise_text(item.text) == want:
                    return item.external_id
        return None

    def get_state(self, target: Target) -> TargetState:
        """``exists`` from ``comments.list?id``; ``hidden`` from the owner-visible
        ``moderationStatus`` (None when YouTube leaves it out)."""
        body = self._call("GET", "/comments", params={"part": "snippet", "id": target.external_id,
                                                      "textFormat": "plainText"})
        items = [c for c in body.get("items") or [] if isinstance(c, dict) and c.get("id") == target.external_id]
        if not items:
            return {"exists": False, "hidden": None}
        snippet = as_dict(items[0].get("snippet"))
        status = snippet.get("moderationStatus")
        if status is None:
            return {"exists": True, "hidden": None}
        return {"exists": True, "hidden": status != "published"}


class _Run:
    """Bookkeeping of one fetch."""

    def __init__(self, *, channel: str, cutoff: datetime | None, recent: dict[str, Any], old_rc: dict[str, Any],
                 old_queued: dict[str, Any] | None = None) -> None:
        self.channel = channel
        self.cutoff = cutoff
        self.recent = recent
        self.old_rc = old_rc
        self.old_queued = old_queued or {}
        self.queued: dict[str, str] = {}
        self.rc: dict[str, int] = {}
        self.seen: set[str] = set()
        self.changes: dict[str, datetime] = {}
        self.threads_done: set[str] = set()
        self.count = 0


def _safe_id(value: object) -> str:
    return str(value.get("id")) if isinstance(value, dict) and value.get("id") else "(no id)"
