"""X (Twitter) API v2 connector: mentions, keyword search, own replies; reply, hide, delete.

What X allows and how we map it (see shared/design/platforms.md):

- Reads: mentions of the account (``/users/{id}/mentions``), optional keyword monitoring via
  recent search (``config.extra["keywords"]``: a list of X query strings, each run as
  ``<kw> -is:retweet``; search only reaches the last 7 days) and the account's own timeline
  (``/users/{me}/tweets``), which is where replies written on x.com itself are recognised.
- Only the newest **800** mentions are reachable: an account that stays offline through more
  than 800 mentions loses the older ones; nothing we can do about it.
- Capabilities: reply; hide/unhide replies (only in conversations the account started, X's
  rule); delete **only the account's own posts** (X cannot delete other people's posts).
- Text from X arrives with ``&``, ``<`` and ``>`` HTML-escaped; we unescape exactly those.
- ``reply_limit`` is 280 *weighted* characters; the weighting lives in
  ``app.connectors.textlimits`` and is not repeated here.
- ``get_state`` can tell whether a post exists, but X's v2 lookup does not say whether a reply
  is hidden, so ``hidden`` is always None.
- The token travels only in the ``Authorization`` header and is scrubbed from messages.

Cursor (JSON, ``v`` = 1): ``{"v": 1, "mentions": <since_id>, "own": <since_id>,
"search": {"<keyword>": <since_id>}}``. A source's since_id advances only on the page that
finishes that source, so a sync killed in the middle of paging refetches instead of skipping.
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import requests

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
    load_cursor,
)
from app.connectors.http import call_json, make_session
from app.connectors.jsonshape import as_dict
from app.connectors.timeparse import parse_timestamp

log = logging.getLogger(__name__)

from app.connectors.x_errors import CREDITS_RETRY, _clip, _reset_time, error_for  # noqa: E402,F401 - re-exported

DEFAULT_BASE_URL = "https://api.x.com/2"
PAGE_SIZE = 100
TWEET_FIELDS = ("created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,entities,"
                "attachments")
# Media attached to posts: keys in attachments.media_keys, objects in includes.media
# (X API v2 Media object; photos carry url, GIFs and videos preview_image_url).
EXPANSIONS = "author_id,referenced_tweets.id,attachments.media_keys"
MEDIA_FIELDS = "url,preview_image_url,type"
USER_FIELDS = "username,name"
OWN_TWEET_FIELDS = "referenced_tweets,conversation_id,created_at"
# Our clock and X's may differ; look a little earlier than asked when searching by time.
CLOCK_SLACK = timedelta(minutes=5)
MAX_PAGES = 500   # defensive stop if a server keeps sending next tokens

# Pay-per-use prices in USD (docs.x.com pricing, as summarised in shared/design/platforms.md,
# December 2026): reading a post, reading a user, creating a post. Only a rough guide.
PRICE_POST_READ = 0.005
PRICE_USER_READ = 0.010
PRICE_POST_WRITE = 0.015


def monthly_cost_estimate(mentions_per_day: float, keyword_hits_per_day: float, replies_per_day: float,
                          keyword_monitoring: bool) -> float:
    """A rough monthly bill in USD for the chosen sources: every post read once (plus its
    author), the own timeline re-read for answers written on x.com, and each reply written."""
    days = 30
    reads = mentions_per_day + (keyword_hits_per_day if keyword_monitoring else 0.0)
    own_timeline = replies_per_day        # own replies come back once through /users/me/tweets
    return round(days * ((reads + own_timeline) * PRICE_POST_READ + reads * PRICE_USER_READ
                         + replies_per_day * PRICE_POST_WRITE), 2)

_URL = re.compile(r"https?://\S+")
_LEADING_MENTIONS = re.compile(r"^(?:@\w{1,15}\s+)+")


def unescape_x(text: str) -> str:
    """X escapes exactly &, < and > in post text; undo just those (``&amp;`` last)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def normalise_text(text: str) -> str:
    """Compare texts as X may rewrite them: X prefixes replies with the @names it fills in,
    turns every URL into a t.co link and may change whitespace; NFC per X's counting rules."""
    value = unicodedata.normalize("NFC", unescape_x(text)).strip()
    value = _LEADING_MENTIONS.sub("", value)
    value = _URL.sub("<url>", value)
    return " ".join(value.split())


def _id_max(a: str | None, b: str | None) -> str | None:
    """The newer of two X ids (numeric strings; ids grow with time)."""
    if not b or not str(b).isdigit():
        return a
    if not a or not str(a).isdigit():
        return str(b)
    return str(b) if int(b) > int(a) else a


def _own_conversation(raw: dict[str, Any], tid: str, conversation: str, parent: str | None, own: bool, me: str,
                      ref_tweets: dict[str, Any]) -> bool | None:
    """Did the account start this post's conversation? X lets the account hide only replies in
    conversations it started (docs.x.com/x-api/posts/hide-replies); None when X did not say."""
    if tid == conversation:
        return own
    root = ref_tweets.get(conversation)
    if isinstance(root, dict) and root.get("author_id"):
        return str(root["author_id"]) == me
    if parent == conversation and raw.get("in_reply_to_user_id"):
        # A direct reply to the conversation's first post: its author is the one replied to.
        return str(raw["in_reply_to_user_id"]) == me
    return None


def _replied_to(raw: dict[str, Any]) -> str | None:
    for ref in raw.get("referenced_tweets") or []:
        if isinstance(ref, dict) and ref.get("type") == "replied_to" and ref.get("id"):
            return str(ref["id"])
    return None


def _is_retweet(raw: dict[str, Any]) -> bool:
    return any(isinstance(ref, dict) and ref.get("type") == "retweeted"
               for ref in raw.get("referenced_tweets") or [])


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the connector ----------------------------------------------------------------------------

_T = TypeVar("_T")


@dataclass
class _Counter:
    """What a fetch has seen so far: for progress, and the first sync's window of own posts."""
    items: int = 0
    oldest: datetime | None = None


class XConnector:
    platform = Platform.X
    capabilities = frozenset({Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE})
    reply_limit = 280

    def __init__(self, config: ConnectorConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.base_url = (config.base_url or DEFAULT_BASE_URL).rstrip("/")
        self.session = session or make_session()
        self._me_id: str | None = config.account_external_id or None
        self._me_username: str | None = config.handle
        self._me_name: str | None = None

    # --- HTTP -------------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, params: dict[str, Any] | None = None,
              json_body: dict[str, Any] | None = None) -> dict[str, Any]:
        return call_json(self.session, method, self.base_url + path, self.config.token, error_for, "X",
                         params=params, json_body=json_body)[0]

    def _paged(self, path: str, params: dict[str, Any], token_param: str) -> Iterator[tuple[dict[str, Any], bool]]:
        """Yield (body, is_last) following ``meta.next_token`` to the end."""
        token = None
        for _ in range(MAX_PAGES):
            query = dict(params)
            if token:
                query[token_param] = token
            body = self._call("GET", path, params=query)
            _raise_if_only_errors(body)
            meta = as_dict(body.get("meta"))
            next_token = meta.get("next_token")
            last = not next_token or next_token == token
            yield body, last
            if last:
                return
            token = next_token

    # --- identity ---------------------------------------------------------------------------
    def whoami(self) -> AccountIdentity:
        body = self._call("GET", "/users/me")
        data = body.get("data")
        if not isinstance(data, dict) or not data.get("id"):
            raise Malformed("X did not say which account the token belongs to.")
        self._me_id = str(data["id"])
        self._me_username = data.get("username") or self._me_username
        self._me_name = data.get("name")
        return AccountIdentity(external_id=self._me_id, name=str(data.get("name") or data.get("username") or ""),
                               handle=data.get("username"))

    def _me(self) -> str:
        if not self._me_id:
            self.whoami()
        assert self._me_id
        return self._me_id

    # --- reading ----------------------------------------------------------------------------
    def fetch(self, cursor: str | None,
              progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        old = load_cursor(cursor, "X")
        me = self._me()
        keywords = self.config.extra.get("keywords")
        keywords = [str(k).strip() for k in keywords if str(k).strip()] if isinstance(keywords, list) else []
        if not self.config.extra.get("keyword_monitoring"):
            keywords = []      # every search result is a paid read: only when the team chose it
        old_search = as_dict(old.get("search"))
        state: dict[str, Any] = {"v": 1, "mentions": old.get("mentions"), "own": old.get("own"),
                 # keywords no longer configured are dropped from the cursor
                 "search": {k: old_search.get(k) for k in keywords if old_search.get(k)}}
        seen: set[str] = set()
        seen_threads: set[str] = set()
        counter = _Counter()

        def page_from(body: dict[str, Any], kind_for: Callable[[dict[str, Any]], ItemKind]) -> Page:
            page = Page()
            self._parse_into(page, body, me, kind_for, seen, seen_threads)
            counter.items += len(page.items)
            for item in page.items:
                if counter.oldest is None or item.received_at < counter.oldest:
                    counter.oldest = item.received_at
            if progress:
                progress(counter.items)
            return page

        def mention_kind(raw: dict[str, Any]) -> ItemKind:
            return ItemKind.REPLY if str(raw.get("in_reply_to_user_id") or "") == me else ItemKind.MENTION

        # 1. mentions (newest first); since_id = newest id we stored last time
        params: dict[str, Any] = {"max_results": PAGE_SIZE, "tweet.fields": TWEET_FIELDS,
                                  "expansions": EXPANSIONS, "user.fields": USER_FIELDS,
                                  "media.fields": MEDIA_FIELDS}
        if state["mentions"]:
            params["since_id"] = state["mentions"]
        newest = state["mentions"]
        for body, last in self._paged(f"/users/{me}/mentions", params, "pagination_token"):
            newest = _id_max(newest, _newest_of(body))
            page = page_from(body, mention_kind)
            if last:
                state["mentions"] = newest
            page.cursor = json.dumps(state)
            yield page

        # 2. keyword monitoring through recent search, de-duplicated against mentions
        for keyword in keywords:
            yield from self._search_source(keyword, state, page_from)

        # 3. the account's own posts: replies written anywhere count as answers
        params = {"max_results": PAGE_SIZE, "tweet.fields": OWN_TWEET_FIELDS}
        first_sync = not state["own"]
        if state["own"]:
            params["since_id"] = state["own"]
        elif counter.oldest is not None:
            # First sync: own replies older than anything we fetched cannot answer it.
            params["start_time"] = _iso(counter.oldest - CLOCK_SLACK)
        newest = state["own"]
        for body, last in self._paged(f"/users/{me}/tweets", params, "pagination_token"):
            newest = _id_max(newest, _newest_of(body))
            page = Page()
            self._parse_own_into(page, body, me, seen, seen_threads)
            counter.items += len(page.items)
            if progress:
                progress(counter.items)
            # With nothing fetched on a first sync one page is enough to learn the newest id.
            stop = last or (first_sync and "start_time" not in params)
            if stop:
                state["own"] = newest
            page.cursor = json.dumps(state)
            yield page
            if stop:
                break

    def _search_source(self, keyword: str, state: dict[str, Any],
                       page_from: Callable[[dict[str, Any], Callable[[dict[str, Any]], ItemKind]], Page],
                       ) -> Iterator[Page]:
        params: dict[str, Any] = {"query": f"{keyword} -is:retweet", "max_results": PAGE_SIZE,
                  "tweet.fields": TWEET_FIELDS, "expansions": EXPANSIONS, "user.fields": USER_FIELDS,
                  "media.fields": MEDIA_FIELDS}
        since = state["search"].get(keyword)
        if since:
            params["since_id"] = since
        newest = since
        try:
            pages = self._paged("/tweets/search/recent", params, "next_token")
            first = next(pages)
        except Permanent as exc:
            if exc.code != "invalid-since-id":
                raise
            # Recent search only accepts a since_id from the last 7 days: start over.
            params.pop("since_id", None)
            newest = None
            pages = self._paged("/tweets/search/recent", params, "next_token")
            first = next(pages)
        for body, last in _chain_first(first, pages):
            newest = _id_max(newest, _newest_of(body))
            page = page_from(body, lambda _raw: ItemKind.MENTION)
            self._mark_unanswerable(page, body)
            if last and newest:
                state["search"][keyword] = newest
            page.cursor = json.dumps(state)
            yield page

    def _mark_unanswerable(self, page: Page, body: dict[str, Any]) -> None:
        """Keyword hits X will not let the app answer (since Feb 2026 only posts whose author
        mentioned or quoted the account, or replied to it): ``can_reply`` False, answer on X."""
        me = self._me()
        handle = (self._me_username or "").lower()
        includes = as_dict(body.get("includes"))
        ref_authors = {str(t.get("id")): str(t.get("author_id") or "") for t in includes.get("tweets") or []
                       if isinstance(t, dict)}
        raw_by_id = {str(r.get("id")): r for r in _data_list(body) if isinstance(r, dict)}
        for item in page.items:
            if item.is_own:
                continue
            raw = raw_by_id.get(item.external_id, {})
            item.can_reply = _engages(raw, me, handle, ref_authors)

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]:
        """A conversation's posts via recent search (X only searches the last 7 days)."""
        me = self._me()
        params = {"query": f"conversation_id:{thread_external_id}", "max_results": PAGE_SIZE,
                  "tweet.fields": TWEET_FIELDS, "expansions": EXPANSIONS, "user.fields": USER_FIELDS,
                  "media.fields": MEDIA_FIELDS}
        page = Page()
        seen: set[str] = set()

        def kind(raw: dict[str, Any]) -> ItemKind:
            return ItemKind.REPLY if str(raw.get("in_reply_to_user_id") or "") == me else ItemKind.MENTION

        for body, _last in self._paged("/tweets/search/recent", params, "next_token"):
            self._parse_into(page, body, me, kind, seen, set())
        return page.items

    def _parse_into(self, page: Page, body: dict[str, Any], me: str, kind_for: Callable[[dict[str, Any]], ItemKind],
                    seen: set[str], seen_threads: set[str]) -> None:
        includes = as_dict(body.get("includes"))
        users = {str(u.get("id")): u for u in includes.get("users") or [] if isinstance(u, dict)}
        ref_tweets = {str(t.get("id")): t for t in includes.get("tweets") or [] if isinstance(t, dict)}
        media = {str(m.get("media_key")): m for m in includes.get("media") or [] if isinstance(m, dict)}
        for raw in _data_list(body):
            try:
                if not isinstance(raw, dict):
                    raise Malformed("not an object")
                tid = str(raw.get("id") or "")
                if not tid:
                    raise Malformed("no id")
                if tid in seen:
                    continue
                author_id = str(raw["author_id"]) if raw.get("author_id") else None
                user = users.get(author_id or "", {})
                username = user.get("username")
                parent = _replied_to(raw)
                thread_id = str(raw.get("conversation_id") or parent or tid)
                own = author_id == me
                item = FetchedItem(
                    external_id=tid,
                    thread_external_id=thread_id,
                    kind=ItemKind.REPLY if own and parent else kind_for(raw),
                    text=unescape_x(_text_of(raw)),
                    received_at=parse_timestamp(raw.get("created_at")),
                    author_id=author_id,
                    author_name=user.get("name") or username,
                    parent_external_id=parent,
                    url=_status_url(tid, username),
                    is_own=own,
                    attachments=attachment_parsers.from_x(raw, media),
                    own_conversation=_own_conversation(raw, tid, thread_id, parent, own, me, ref_tweets),
                )
            except (Malformed, KeyError, TypeError, ValueError) as exc:
                page.skipped.append(f"X post {_safe_id(raw)} skipped: {exc}")
                continue
            seen.add(tid)
            page.items.append(item)
            if thread_id not in seen_threads:
                seen_threads.add(thread_id)
                page.threads.append(_thread_from(thread_id, ref_tweets.get(thread_id), users))

    def _parse_own_into(self, page: Page, body: dict[str, Any], me: str, seen: set[str],
                        seen_threads: set[str]) -> None:
        for raw in _data_list(body):
            try:
                if not isinstance(raw, dict):
                    raise Malformed("not an object")
                tid = str(raw.get("id") or "")
                if not tid:
                    raise Malformed("no id")
                if tid in seen or _is_retweet(raw):
                    continue
                created = parse_timestamp(raw.get("created_at"))
                text = unescape_x(_text_of(raw))
                parent = _replied_to(raw)
                url = _status_url(tid, self._me_username)
            except (Malformed, KeyError, TypeError, ValueError) as exc:
                page.skipped.append(f"X post {_safe_id(raw)} skipped: {exc}")
                continue
            seen.add(tid)
            if parent:
                page.items.append(FetchedItem(
                    external_id=tid, thread_external_id=str(raw.get("conversation_id") or parent),
                    kind=ItemKind.REPLY, text=text, received_at=created, author_id=me,
                    author_name=self._me_name or self._me_username, parent_external_id=parent,
                    url=url, is_own=True))
            elif tid not in seen_threads:
                # The account's own posts are the threads citizens answer to.
                seen_threads.add(tid)
                page.threads.append(FetchedThread(external_id=tid, kind="tweet", text=text,
                                                  author_name=self._me_name or self._me_username,
                                                  url=url, created_at=created))

    # --- writing ----------------------------------------------------------------------------
    def reply(self, target: Target, text: str) -> SentReply:
        body = self._call("POST", "/tweets",
                          json_body={"text": text, "reply": {"in_reply_to_tweet_id": target.external_id}})
        data = body.get("data")
        if not isinstance(data, dict) or not data.get("id"):
            raise Malformed("X accepted the reply but did not return its id.")
        return SentReply(external_id=str(data["id"]))

    def set_hidden(self, target: Target, hidden: bool) -> None:
        body = self._call("PUT", f"/tweets/{target.external_id}/hidden", json_body={"hidden": bool(hidden)})
        data = body.get("data")
        if not isinstance(data, dict) or data.get("hidden") is not bool(hidden):
            raise Malformed("X did not confirm hiding or unhiding the reply.")

    def delete(self, target: Target) -> None:
        """Delete one of the account's own posts; X cannot delete anyone else's."""
        me = self._me()
        if target.author_id and target.author_id != me:
            raise Permanent("X only lets the account delete its own posts.", code="delete-not-allowed")
        body = self._call("DELETE", f"/tweets/{target.external_id}")
        data = body.get("data")
        if not isinstance(data, dict) or data.get("deleted") is not True:
            raise Permanent("X did not delete the post.", code="not-deleted")

    # --- exactly-once support -------------------------------------------------------------------
    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        """Look through the own timeline since the attempt for a reply to ``target`` with the
        same text (compared after ``normalise_text``: X adds @names and t.co links)."""
        me = self._me()
        want = normalise_text(text)
        params = {"max_results": PAGE_SIZE, "tweet.fields": OWN_TWEET_FIELDS,
                  "start_time": _iso(since - CLOCK_SLACK)}
        for body, _last in self._paged(f"/users/{me}/tweets", params, "pagination_token"):
            for raw in _data_list(body):
                if not isinstance(raw, dict) or not raw.get("id"):
                    continue
                if _replied_to(raw) == target.external_id and \
                        normalise_text(str(raw.get("text") or "")) == want:
                    return str(raw["id"])
        return None

    def get_state(self, target: Target) -> TargetState:
        """``exists`` from a lookup; ``hidden`` is None because X's lookup does not report it."""
        try:
            body = self._call("GET", f"/tweets/{target.external_id}")
        except Permanent as exc:
            if exc.code == "not-found":
                return {"exists": False, "hidden": None}
            raise
        if isinstance(body.get("data"), dict):
            return {"exists": True, "hidden": None}
        errors = [e for e in body.get("errors") or [] if isinstance(e, dict)]
        if any("resource-not-found" in str(e.get("type")) or e.get("title") == "Not Found Error"
               for e in errors):
            return {"exists": False, "hidden": None}
        if errors:
            raise Permanent(f"X could not look up the post: {_clip(errors[0].get('detail') or errors[0].get('title') or '')}",  # noqa: E501
                            code=str(errors[0].get("type") or "lookup-error"))
        raise Malformed("X answered a post lookup without data.")


# --- helpers ----------------------------------------------------------------------------------

def _engages(raw: dict[str, Any], me: str, handle: str, ref_authors: dict[str, str]) -> bool:
    """Did the post's author mention the account, quote one of its posts or reply to it?"""
    if str(raw.get("in_reply_to_user_id") or "") == me:
        return True
    entities = as_dict(raw.get("entities"))
    for mention in entities.get("mentions") or []:
        if isinstance(mention, dict) and (str(mention.get("id") or "") == me or
                                          str(mention.get("username") or "").lower() == handle):
            return True
    if handle and re.search(rf"(?<!\w)@{re.escape(handle)}(?!\w)", unescape_x(_text_of(raw)).lower()):
        return True
    for ref in raw.get("referenced_tweets") or []:
        if isinstance(ref, dict) and ref.get("type") == "quoted" and ref_authors.get(str(ref.get("id"))) == me:
            return True
    return False


def _chain_first(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest


def _data_list(body: dict[str, Any]) -> list[Any]:
    data = body.get("data")
    if data is None:
        return []
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise Malformed("X sent 'data' in an unexpected shape.")


def _raise_if_only_errors(body: dict[str, Any]) -> None:
    """Partial ``errors[]`` next to ``data`` are kept going (logged); errors without any data or
    meta mean the request as a whole failed even though the status was 200."""
    errors = body.get("errors")
    if not errors:
        return
    if "data" in body or "meta" in body:
        log.info("X reported %d partial error(s) alongside data", len(errors) if isinstance(errors, list) else 1)
        return
    first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
    raise Permanent(f"X could not answer: {_clip(first.get('detail') or first.get('title') or 'unknown error')}",
                    code=str(first.get("type") or "error"))


def _newest_of(body: dict[str, Any]) -> str | None:
    meta = as_dict(body.get("meta"))
    newest = str(meta["newest_id"]) if meta.get("newest_id") else None
    try:
        for raw in _data_list(body):
            if isinstance(raw, dict) and raw.get("id"):
                newest = _id_max(newest, str(raw["id"]))
    except Malformed:
        pass
    return newest


def _text_of(raw: dict[str, Any]) -> str:
    text = raw.get("text")
    if not isinstance(text, str):
        raise Malformed("no text")
    return text


def _status_url(tid: str, username: str | None) -> str:
    return f"https://x.com/{username}/status/{tid}" if username else f"https://x.com/i/web/status/{tid}"


def _safe_id(raw: object) -> str:
    return str(raw.get("id")) if isinstance(raw, dict) and raw.get("id") else "(no id)"


def _thread_from(thread_id: str, root: dict[str, Any] | None, users: dict[str, Any]) -> FetchedThread:
    """The conversation; its text is known only when the root post came in ``includes``."""
    if not root:
        return FetchedThread(external_id=thread_id, kind="tweet", url=_status_url(thread_id, None))
    user = users.get(str(root.get("author_id") or ""), {})
    try:
        created = parse_timestamp(root.get("created_at")) if root.get("created_at") else None
    except Malformed:
        created = None
    return FetchedThread(external_id=thread_id, kind="tweet",
                         text=unescape_x(str(root.get("text") or "")),
                         author_name=user.get("name") or user.get("username"),
                         url=_status_url(thread_id, user.get("username")), created_at=created)
