"""Bluesky (AT Protocol) connector: mentions, replies and quotes; reply, hide, delete.

Plain ``requests`` against XRPC rather than the ``atproto`` package: we use about ten
endpoints, the package pulls in pydantic, cryptography and a CBOR/CAR stack (tens of MB in
the PyInstaller bundle) for features we do not need, and every connector here takes an
injected ``requests.Session`` and base URL so the tests run against a real HTTP fake.

Protocol facts we rely on (bluesky-social/atproto lexicons and docs.bsky.app):

- Sign-in with an app password: ``com.atproto.server.createSession`` returns ``accessJwt``
  (short-lived, ~2 h) and ``refreshJwt`` (~2 months). ``refreshSession`` is called with the
  *refresh* JWT as bearer and rotates both. An expired access token answers HTTP 400
  ``{"error": "ExpiredToken"}``; a bad one ``InvalidToken`` or 401. The tokens live in the
  keychain only; the connector renews on ``ExpiredToken`` and hands the new pair to
  ``config.on_tokens``. AT Protocol OAuth is NOT implemented: without a client-metadata
  document published at an https URL only the optional "localhost client" development
  exception is left, and any client without a server-held key is an untrusted public client
  whose sessions end after 7 days (refresh tokens after 24 hours; atproto.com/specs/oauth,
  "Tokens and Session Lifetime"). docs/connecting.md, Bluesky, says this in full.
- Items come from ``app.bsky.notification.listNotifications`` (reasons ``mention``, ``reply``,
  ``quote``), newest first, paged by ``cursor``. Each item's thread (root post as context,
  and the account's own replies in it, which is how answers written in the Bluesky app are
  recognised) comes from ``app.bsky.feed.getPostThread``.
- A reply record carries ``reply.root`` and ``reply.parent`` as strong refs (uri + cid); root
  is the parent's own root when the parent is itself a reply. Links and mentions are only
  links when they carry *facets* whose ``byteStart``/``byteEnd`` count UTF-8 bytes.
- Hiding a reply is an edit of the root post's ``app.bsky.feed.threadgate`` record (same rkey
  as the root post, in the root author's repo): its ``hiddenReplies`` lists the hidden
  replies' URIs. Only the account that started the thread can do that.
- Deleting is ``com.atproto.repo.deleteRecord`` in our own repo: only our own posts.
- Acting on an author (no hide reaches a thread someone else started): ``app.bsky.graph.muteActor``
  (a private mute kept by the AppView), an ``app.bsky.graph.block`` record in our own repo
  (``subject`` = the DID; public), and ``com.atproto.moderation.createReport`` with a
  ``com.atproto.repo.strongRef`` to the post, proxied to Bluesky's moderation service with the
  ``atproto-proxy`` header (atproto.com/specs/xrpc#service-proxying; docs.bsky.app "Labels and
  moderation"). ``app.bsky.actor.getProfile`` says whether the author is muted or blocked
  (``viewer.muted`` / ``viewer.blocking``), which settles an interrupted attempt.
- Rate limits: HTTP 429 ``RateLimitExceeded`` with ``RateLimit-Reset`` (epoch seconds).
- ``reply_limit`` is 300 graphemes (app.bsky.feed.post ``text`` maxGraphemes 300).

Cursor (JSON, ``v`` = 1): ``{"v": 1, "seen": "<indexedAt of the newest notification stored>"}``;
it advances only on the page that finishes paging, so a sync killed half-way refetches.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import requests

from app import clock
from app.connectors.atproto import (  # noqa: F401 - re-exported for callers and tests
    _BARE,
    _MENTION,
    _TLDS,
    _TRAILING,
    _URL,
    DEFAULT_BASE_URL,
    POST,
    _clip,
    _iso,
    _note_rate_limit,
    _ref_uri,
    _ts,
    _walk_replies,
    _xrpc,
    create_session,
    error_for,
    find_facets,
    normalise_text,
    parse_at_uri,
    post_url,
    refresh_session,
    reset_time,
)
from app.connectors.base import (
    AccountIdentity,
    AuthExpired,
    Capability,
    ConnectorConfig,
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
    load_cursor,
)
from app.connectors.bluesky_author import BlueskyAuthorActions
from app.connectors.http import make_session, parse_json, send
from app.connectors.jsonshape import as_dict, as_list
from app.connectors.timeparse import parse_timestamp

log = logging.getLogger(__name__)

PAGE_SIZE = 50
MAX_PAGES = 200
REASONS = ("mention", "reply", "quote")
THREADGATE = "app.bsky.feed.threadgate"
CLOCK_SLACK = timedelta(minutes=5)
HIDDEN_REPLIES_MAX = 300   # app.bsky.feed.threadgate: hiddenReplies maxLength 300

def _root_is_mine(root: str, me: str) -> bool:
    try:
        return parse_at_uri(root)[0] == me
    except Malformed:
        return False


# --- the connector ----------------------------------------------------------------------------

class BlueskyConnector(BlueskyAuthorActions):
    platform = Platform.BLUESKY
    capabilities = frozenset({Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE,
                              Capability.MUTE, Capability.BLOCK, Capability.REPORT})
    reply_limit = 300

    def __init__(self, config: ConnectorConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.base_url = (config.base_url or DEFAULT_BASE_URL).rstrip("/")
        self.session = session or make_session()
        self._me: str | None = config.account_external_id or None
        self._handle: str | None = config.handle
        self._refreshed = False

    # --- HTTP -------------------------------------------------------------------------------
    def _call(self, method: str, nsid: str, *, params: dict[str, Any] | None = None,
              json_body: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> dict[str, Any]:
        try:
            return _xrpc(self.session, self.base_url, method, nsid, self.config.token,
                         params=params, json_body=json_body, headers=headers)
        except AuthExpired as exc:
            if exc.code != "ExpiredToken" or not self._renew():
                raise
        return _xrpc(self.session, self.base_url, method, nsid, self.config.token,
                     params=params, json_body=json_body, headers=headers)

    def _renew(self) -> bool:
        """An expired access JWT is renewed once with the refresh JWT; the rotated pair goes
        back to the keychain through ``on_tokens``."""
        if self._refreshed or not self.config.refresh_token:
            return False
        self._refreshed = True
        try:
            body = refresh_session(self.config.refresh_token, self.base_url, self.session)
        except (AuthExpired, PermissionMissing, Permanent) as exc:
            # Only a refusal of the refresh JWT means reconnecting. A 429, a 5xx or a cut-off
            # answer goes up as itself: the account waits or retries, and is not shown as
            # signed out (the chaos run saw a 429 turned into "reconnect", its reset ignored).
            log.warning("Renewing the Bluesky session failed: %s", exc.message)
            return False
        self.config.token, self.config.refresh_token = body["accessJwt"], body["refreshJwt"]
        if self.config.on_tokens:
            self.config.on_tokens(body["accessJwt"], body["refreshJwt"])
        return True

    # --- identity ---------------------------------------------------------------------------
    def whoami(self) -> AccountIdentity:
        body = self._call("GET", "com.atproto.server.getSession")
        did = body.get("did")
        if not isinstance(did, str) or not did.startswith("did:"):
            raise Malformed("Bluesky did not say which account the session belongs to.")
        self._me, self._handle = did, body.get("handle") or self._handle
        return AccountIdentity(external_id=did, name=str(self._handle or did), handle=self._handle)

    def me(self) -> str:
        if not self._me:
            self.whoami()
        assert self._me
        return self._me

    # --- reading ----------------------------------------------------------------------------
    def fetch(self, cursor: str | None, progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        old = load_cursor(cursor, "Bluesky")
        me = self.me()
        seen_before = old.get("seen") if isinstance(old.get("seen"), str) else None
        own_before = old.get("own") if isinstance(old.get("own"), str) else None
        state = {"v": 1, "seen": seen_before, "own": own_before}
        newest = seen_before
        seen_items: set[str] = set()
        seen_threads: set[str] = set()
        count = 0
        oldest: list[datetime] = []
        page_cursor = None
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"limit": PAGE_SIZE, "reasons": list(REASONS)}
            if page_cursor:
                params["cursor"] = page_cursor
            body = self._call("GET", "app.bsky.notification.listNotifications", params=params)
            notes = body.get("notifications")
            if not isinstance(notes, list):
                raise Malformed("Bluesky sent notifications in an unexpected shape.")
            page = Page()
            reached_old = False
            for note in notes:
                indexed = note.get("indexedAt") if isinstance(note, dict) else None
                if seen_before and isinstance(indexed, str) and _ts(indexed) <= _ts(seen_before):
                    reached_old = True
                    continue
                if isinstance(indexed, str) and (newest is None or _ts(indexed) > _ts(newest)):
                    newest = indexed
                self._note_into(page, note, me, seen_items, seen_threads)
            next_cursor = body.get("cursor")
            last = reached_old or not notes or not next_cursor or next_cursor == page_cursor
            if last:
                state["seen"] = newest
            page.cursor = json.dumps(state)
            count += len(page.items)
            oldest.extend(i.received_at for i in page.items)
            if progress:
                progress(count)
            yield page
            if last:
                break
            page_cursor = next_cursor
        yield from self._own_posts(state, me, seen_items, seen_threads, min(oldest) if oldest else None)

    def _own_posts(self, state: dict[str, Any], me: str, seen: set[str], seen_threads: set[str],
                   oldest: datetime | None) -> Iterator[Page]:
        """Our own post records, newest first, from our repo on the PDS: replies written in
        the Bluesky app answer items; root posts are the threads citizens answer to. Record
        keys are TIDs (time-ordered), so the newest rkey stored is where the next sync stops."""
        stop_rkey = state.get("own")
        newest = stop_rkey
        cursor = None
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"repo": me, "collection": POST, "limit": PAGE_SIZE}
            if cursor:
                params["cursor"] = cursor
            body = self._call("GET", "com.atproto.repo.listRecords", params=params)
            records = body.get("records")
            if not isinstance(records, list):
                raise Malformed("Bluesky listed our posts in an unexpected shape.")
            page = Page()
            done = False
            for rec in records:
                uri = rec.get("uri") if isinstance(rec, dict) else None
                value = rec.get("value") if isinstance(rec, dict) else None
                try:
                    _did, _col, rkey = parse_at_uri(str(uri))
                    if stop_rkey and rkey <= stop_rkey:
                        done = True
                        break
                    if newest is None or rkey > newest:
                        newest = rkey
                    if not isinstance(value, dict):
                        raise Malformed("no record")
                    created = parse_timestamp(value.get("createdAt"))
                except (Malformed, TypeError, ValueError) as exc:
                    page.skipped.append(f"Bluesky post {uri or '(no uri)'} skipped: {exc}")
                    continue
                uri = str(uri)   # parse_at_uri accepted it: a string
                if not stop_rkey and oldest is not None and created < oldest - CLOCK_SLACK:
                    done = True     # first sync: older own posts cannot answer anything fetched
                    break
                if uri in seen:
                    continue
                seen.add(uri)
                reply = as_dict(value.get("reply"))
                parent = _ref_uri(reply.get("parent"))
                text = str(value.get("text") or "")
                if parent:
                    page.items.append(FetchedItem(
                        external_id=uri, thread_external_id=_ref_uri(reply.get("root")) or parent,
                        kind=ItemKind.REPLY, text=text, received_at=created, author_id=me,
                        author_name=self._handle, parent_external_id=parent,
                        url=post_url(uri, self._handle), is_own=True))
                elif uri not in seen_threads:
                    seen_threads.add(uri)
                    page.threads.append(FetchedThread(external_id=uri, kind="post", text=text,
                                                      author_name=self._handle, url=post_url(uri, self._handle),
                                                      created_at=created))
            cursor = body.get("cursor")
            # With nothing fetched on a first sync, one page is enough to learn the newest key.
            last = done or not records or not cursor or (not stop_rkey and oldest is None)
            if last:
                state["own"] = newest
            page.cursor = json.dumps(state)
            yield page
            if last:
                return

    def _note_into(self, page: Page, note: object, me: str, seen: set[str], seen_threads: set[str]) -> None:
        try:
            if not isinstance(note, dict):
                raise Malformed("not an object")
            reason = note.get("reason")
            if reason not in REASONS:
                return
            uri = str(note.get("uri") or "")
            parse_at_uri(uri)
            if uri in seen:
                return
            record = as_dict(note.get("record"))
            author = as_dict(note.get("author"))
            text = record.get("text")
            if not isinstance(text, str):
                raise Malformed("no text")
            reply = as_dict(record.get("reply"))
            parent = _ref_uri(reply.get("parent"))
            root = _ref_uri(reply.get("root")) or uri
            item = FetchedItem(
                external_id=uri, thread_external_id=root,
                kind=ItemKind.REPLY if reason == "reply" else ItemKind.MENTION,
                text=text, received_at=parse_timestamp(record.get("createdAt") or note.get("indexedAt")),
                author_id=author.get("did"), author_name=author.get("displayName") or author.get("handle"),
                parent_external_id=parent, url=post_url(uri, author.get("handle")),
                is_own=author.get("did") == me,
                # threadgate hiddenReplies works only in threads the account started (the
                # threadgate lives in the root author's repo): offer "hide" only there.
                own_conversation=_root_is_mine(root, me))
        except (Malformed, KeyError, TypeError, ValueError) as exc:
            ident = note.get("uri") if isinstance(note, dict) else None
            page.skipped.append(f"Bluesky notification {ident or '(no uri)'} skipped: {exc}")
            return
        seen.add(uri)
        page.items.append(item)
        if root not in seen_threads:
            seen_threads.add(root)
            self._thread_into(page, root, me, seen)

    def _thread_into(self, page: Page, root: str, me: str, seen: set[str]) -> None:
        """The root post as the thread's context, and our own replies in it (answers written
        in the Bluesky app itself)."""
        try:
            body = self._call("GET", "app.bsky.feed.getPostThread",
                              params={"uri": root, "depth": 10, "parentHeight": 0})
        except Permanent as exc:
            if exc.code != "not-found":
                raise
            page.threads.append(FetchedThread(external_id=root, kind="post", url=post_url(root)))
            return
        node = body.get("thread")
        post = node.get("post") if isinstance(node, dict) else None
        if not isinstance(post, dict):   # notFoundPost / blockedPost: no context to show
            page.threads.append(FetchedThread(external_id=root, kind="post", url=post_url(root)))
            return
        author = as_dict(post.get("author"))
        record = as_dict(post.get("record"))
        try:
            created = parse_timestamp(record.get("createdAt")) if record.get("createdAt") else None
        except Malformed:
            created = None
        page.threads.append(FetchedThread(
            external_id=root, kind="post", text=str(record.get("text") or ""),
            author_name=author.get("displayName") or author.get("handle"),
            url=post_url(root, author.get("handle")), created_at=created))
        for reply_post in _walk_replies(node):
            uri = reply_post.get("uri")
            rauthor = as_dict(reply_post.get("author"))
            rrecord = as_dict(reply_post.get("record"))
            if rauthor.get("did") != me or not isinstance(uri, str) or uri in seen:
                continue
            parent = _ref_uri((rrecord.get("reply") or {}).get("parent")) if isinstance(rrecord.get("reply"),
                              dict) else None  # noqa: E501
            try:
                created = parse_timestamp(rrecord.get("createdAt"))
            except Malformed:
                continue
            seen.add(uri)
            page.items.append(FetchedItem(
                external_id=uri, thread_external_id=root, kind=ItemKind.REPLY,
                text=str(rrecord.get("text") or ""), received_at=created, author_id=me,
                author_name=rauthor.get("displayName") or rauthor.get("handle"),
                parent_external_id=parent, url=post_url(uri, rauthor.get("handle")), is_own=True))

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]:
        me = self.me()
        body = self._call("GET", "app.bsky.feed.getPostThread",
                          params={"uri": thread_external_id, "depth": 10, "parentHeight": 0})
        out = []
        for post in _walk_replies(body.get("thread")):
            author = as_dict(post.get("author"))
            record = as_dict(post.get("record"))
            reply = as_dict(record.get("reply"))
            try:
                out.append(FetchedItem(
                    external_id=str(post["uri"]), thread_external_id=thread_external_id,
                    kind=ItemKind.REPLY, text=str(record.get("text") or ""),
                    received_at=parse_timestamp(record.get("createdAt")), author_id=author.get("did"),
                    author_name=author.get("displayName") or author.get("handle"),
                    parent_external_id=_ref_uri(reply.get("parent")),
                    url=post_url(str(post["uri"]), author.get("handle")), is_own=author.get("did") == me,
                    own_conversation=_root_is_mine(thread_external_id, me)))
            except (Malformed, KeyError):
                continue
        return out

    # --- writing ----------------------------------------------------------------------------
    def _post_view(self, uri: str) -> dict[str, Any] | None:
        body = self._call("GET", "app.bsky.feed.getPosts", params={"uris": [uri]})
        posts = body.get("posts")
        if not isinstance(posts, list):
            raise Malformed("Bluesky answered a post lookup in an unexpected shape.")
        for post in posts:
            if isinstance(post, dict) and post.get("uri") == uri:
                return post
        return None

    def reply(self, target: Target, text: str, idempotency_key: str | None = None) -> SentReply:
        me = self.me()
        parent = self._post_view(target.external_id)
        if parent is None or not parent.get("cid"):
            raise Permanent("The post no longer exists on Bluesky.", code="not-found")
        parent_ref = {"uri": parent["uri"], "cid": parent["cid"]}
        record = as_dict(parent.get("record"))
        reply = as_dict(record.get("reply"))
        root = reply.get("root")
        root_ref = {"uri": root["uri"], "cid": root["cid"]} if isinstance(root, dict) and \
            root.get("uri") and root.get("cid") else parent_ref
        post: dict[str, Any] = {"$type": POST, "text": text, "createdAt": _iso(clock.now()),
                      "reply": {"root": root_ref, "parent": parent_ref}}
        facets = self._facets(text)
        if facets:
            post["facets"] = facets
        body = self._call("POST", "com.atproto.repo.createRecord",
                          json_body={"repo": me, "collection": POST, "record": post})
        if not body.get("uri"):
            raise Malformed("Bluesky accepted the reply but did not return its address.")
        return SentReply(external_id=str(body["uri"]))

    def publish(self, text: str, images: list[tuple[bytes, str, str]] | None = None) -> SentReply:
        """A new post of the account (for the content calendar), with up to four images, each
        ``(data, mime type, alt text)``. app.bsky.embed.images: at most 4 images, each blob at
        most 1,000,000 bytes, ``alt`` required; we also refuse an empty alt text, since a
        public body's images must be described for screen readers."""
        me = self.me()
        images = list(images or [])
        if len(images) > 4:
            raise Permanent("Bluesky takes at most four images per post.", code="too-many-images")
        for data, mime, alt in images:
            if not alt or not alt.strip():
                raise Permanent("Every image needs an alt text (a description for screen readers).",
                                code="missing-alt")
            if len(data) > 1_000_000:
                raise Permanent("Bluesky takes images of at most 1 MB; make the image smaller.",
                                code="image-too-large")
            if mime not in ("image/jpeg", "image/png", "image/webp", "image/gif"):
                raise Permanent(f"Bluesky does not take images of type {mime}.", code="image-type")
        post: dict[str, Any] = {"$type": POST, "text": text, "createdAt": _iso(clock.now())}
        facets = self._facets(text)
        if facets:
            post["facets"] = facets
        if images:
            embedded = []
            for data, mime, alt in images:
                blob = self._upload_blob(data, mime)
                embedded.append({"image": blob, "alt": alt.strip()})
            post["embed"] = {"$type": "app.bsky.embed.images", "images": embedded}
        body = self._call("POST", "com.atproto.repo.createRecord",
                          json_body={"repo": me, "collection": POST, "record": post})
        if not body.get("uri"):
            raise Malformed("Bluesky accepted the post but did not return its address.")
        return SentReply(external_id=str(body["uri"]))

    def _upload_blob(self, data: bytes, mime: str) -> dict[str, Any]:
        """``com.atproto.repo.uploadBlob``: the raw bytes with their Content-Type."""
        for attempt in (1, 2):
            response = send(self.session, "POST", f"{self.base_url}/xrpc/com.atproto.repo.uploadBlob",
                            data=data, headers={"Authorization": f"Bearer {self.config.token}",
                                                "Content-Type": mime})
            if 200 <= response.status_code < 300:
                break
            error = error_for(response, self.config.token)
            if attempt == 1 and isinstance(error, AuthExpired) and error.code == "ExpiredToken" and self._renew():
                continue
            raise error
        body = parse_json(response)
        blob = body.get("blob") if isinstance(body, dict) else None
        if not isinstance(blob, dict) or not isinstance(blob.get("ref"), dict):
            raise Malformed("Bluesky stored the image but did not say where.")
        return blob

    def _facets(self, text: str) -> list[dict[str, Any]]:
        links, mentions = find_facets(text)
        facets = [{"index": {"byteStart": s, "byteEnd": e},
                   "features": [{"$type": "app.bsky.richtext.facet#link", "uri": url}]} for s, e, url in links]
        for start, end, handle in mentions:
            try:
                did = self._call("GET", "com.atproto.identity.resolveHandle", params={"handle": handle}).get("did")
            except Permanent:
                did = None   # an unknown handle stays plain text, as in the Bluesky app
            if isinstance(did, str) and did.startswith("did:"):
                facets.append({"index": {"byteStart": start, "byteEnd": end},
                               "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}]})
        return sorted(facets, key=lambda f: f["index"]["byteStart"])

    def _threadgate(self, root: str) -> tuple[dict[str, Any] | None, str | None]:
        did, _collection, rkey = parse_at_uri(root)
        try:
            body = self._call("GET", "com.atproto.repo.getRecord",
                              params={"repo": did, "collection": THREADGATE, "rkey": rkey})
        except Permanent as exc:
            if exc.code in ("not-found", "RecordNotFound"):
                return None, None
            raise
        value = body.get("value")
        return (value if isinstance(value, dict) else None), body.get("cid")

    def set_hidden(self, target: Target, hidden: bool) -> None:
        me = self.me()
        root = target.thread_external_id or target.external_id
        if parse_at_uri(root)[0] != me:
            raise Permanent("Bluesky only lets the account hide replies in threads it started.",
                            code="hide-not-allowed")
        gate, cid = self._threadgate(root)
        record = dict(gate or {"$type": THREADGATE, "post": root, "createdAt": _iso(clock.now())})
        hidden_list = [u for u in record.get("hiddenReplies") or [] if isinstance(u, str)]
        if hidden and target.external_id not in hidden_list:
            if len(hidden_list) >= HIDDEN_REPLIES_MAX:
                raise Permanent("Bluesky hides at most 300 replies per thread.", code="hidden-full")
            hidden_list.append(target.external_id)
        elif not hidden:
            hidden_list = [u for u in hidden_list if u != target.external_id]
        record["hiddenReplies"] = hidden_list
        body = {"repo": me, "collection": THREADGATE, "rkey": parse_at_uri(root)[2], "record": record}
        if cid:
            body["swapRecord"] = cid    # refuse to overwrite a change made meanwhile
        self._call("POST", "com.atproto.repo.putRecord", json_body=body)

    def delete(self, target: Target) -> None:
        me = self.me()
        did, collection, rkey = parse_at_uri(target.external_id)
        if did != me or collection != POST:
            raise Permanent("Bluesky only lets the account delete its own posts.", code="delete-not-allowed")
        self._call("POST", "com.atproto.repo.deleteRecord",
                   json_body={"repo": me, "collection": POST, "rkey": rkey})

    # --- exactly-once support -------------------------------------------------------------------
    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        """Our repo on the PDS is authoritative at once (the AppView indexes with a delay), so
        look through our newest post records for a reply to ``target`` with this text."""
        me = self.me()
        want = normalise_text(text)
        cursor = None
        for _ in range(20):
            params = {"repo": me, "collection": POST, "limit": 100}
            if cursor:
                params["cursor"] = cursor
            body = self._call("GET", "com.atproto.repo.listRecords", params=params)
            records = as_list(body.get("records"))
            older = False
            for rec in records:
                value = rec.get("value") if isinstance(rec, dict) else None
                if not isinstance(value, dict):
                    continue
                try:
                    created = parse_timestamp(value.get("createdAt"))
                except Malformed:
                    continue
                if created < since - CLOCK_SLACK:
                    older = True
                    continue
                reply = as_dict(value.get("reply"))
                if _ref_uri(reply.get("parent")) == target.external_id and \
                        normalise_text(str(value.get("text") or "")) == want:
                    return str(rec.get("uri"))
            cursor = body.get("cursor")
            if older or not records or not cursor:
                return None
        return None

    def get_state(self, target: Target) -> TargetState:
        exists = self._post_view(target.external_id) is not None
        hidden = None
        root = target.thread_external_id
        if exists and root and root != target.external_id and parse_at_uri(root)[0] == self.me():
            gate, _cid = self._threadgate(root)
            hidden = target.external_id in ((gate or {}).get("hiddenReplies") or [])
        return {"exists": exists, "hidden": hidden}
