"""Mastodon connector (any server, government instances included): mentions with their
thread; reply, delete own; mute, block and report instead of hiding.

What the Mastodon API gives us (docs.joinmastodon.org, methods/*, entities/*):

- Sign-in: an app is registered per server (``POST /api/v1/apps``) with our loopback
  redirect URI; the user authorises in the browser (``/oauth/authorize``, PKCE on servers that
  support it) and the code becomes a token at ``/oauth/token``. A token created by hand in
  the server's Preferences > Development works too. Tokens do not expire unless revoked.
- Items: ``GET /api/v1/notifications?types[]=mention`` (newest first; paging through the
  ``Link`` header's ``max_id``; ``since_id`` for what is new). The thread comes from
  ``GET /api/v1/statuses/:id/context`` (ancestors + descendants); our own statuses in it are
  how answers written in the Mastodon app are recognised.
- Reply: ``POST /api/v1/statuses`` with ``in_reply_to_id``, the citizen's ``visibility`` (a
  direct message is answered as a direct message) and the citizen's @acct in the text, since
  Mastodon delivers a direct/private status only to the accounts it mentions. The outbox's
  key goes in ``Idempotency-Key``: the server returns the first status for a repeated key
  (keys are kept for about an hour), and ``find_own_reply`` covers the time after that.
- No hiding: Mastodon has no "hide a reply" for the author of a thread. What the API offers
  instead is mute (``/accounts/:id/mute``), block (``/accounts/:id/block``) and a report to
  the server's moderators (``POST /api/v1/reports``); ``mute``/``block``/``report`` below.
- Delete: ``DELETE /api/v1/statuses/:id``, own statuses only.
- Rate limits: ``X-RateLimit-Limit/-Remaining/-Reset`` (Reset is an ISO 8601 time); HTTP 429.
- Content is HTML; ``html_to_text`` turns it into plain text (stdlib parser; links kept as
  their text, never as markup). ``reply_limit`` is 500, the default; servers may allow more.

Cursor (JSON, ``v`` = 1): ``{"v": 1, "since": "<newest notification id stored>"}``, advanced
only on the page that finishes paging.
"""
from __future__ import annotations

import json
import logging
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import requests

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
from app.connectors.http import make_session, parse_json, retry_after_to_datetime, send
from app.connectors.jsonshape import as_dict, as_list
from app.connectors.mastodon_author import MastodonAuthorActions
from app.connectors.mastodon_text import html_to_text, normalise_text
from app.connectors.timeparse import parse_timestamp

log = logging.getLogger(__name__)

PAGE_SIZE = 40        # notifications: limit max 80, default 40
MAX_PAGES = 200
CLOCK_SLACK = timedelta(minutes=5)
SCOPES = "read write:statuses write:mutes write:blocks write:reports"
_URL = re.compile(r"https?://\S+")


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _note_id(note: object) -> str:
    return str(note.get("id") or "(no id)") if isinstance(note, dict) else "(no id)"


def _id_max(a: str | None, b: str | None) -> str | None:
    if not b:
        return a
    if not a:
        return str(b)
    if str(a).isdigit() and str(b).isdigit():
        return str(b) if int(b) > int(a) else a
    return str(b) if (len(str(b)), str(b)) > (len(str(a)), str(a)) else a


# --- errors -----------------------------------------------------------------------------------

def error_for(response: requests.Response, token: str | None = None) -> ConnectorError:
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    body = as_dict(body)
    said = _clip(str(body.get("error") or f"HTTP {status}"))
    if token:
        said = said.replace(token, "[token]")
    if status == 401:
        return AuthExpired("The Mastodon server no longer accepts this account's token (revoked); "
                           "reconnect the account.", code="unauthorized")
    if status == 429:
        return RateLimited("The Mastodon server asks us to slow down (rate limit reached).",
                           retry_at=reset_time(response), code="rate-limit")
    if status == 403:
        return PermissionMissing(f"The Mastodon server did not permit this: {said}", code="forbidden")
    if status == 404:
        return Permanent("The post no longer exists, or this account cannot see it.", code="not-found")
    if status == 422:
        return Permanent(f"The Mastodon server refused it: {said}", code="unprocessable")
    if status >= 500:
        return Transient(f"The Mastodon server had a temporary problem (HTTP {status}); it will be "
                         "tried again.", code=f"http {status}")
    return Permanent(f"The Mastodon server refused the request (HTTP {status}): {said}", code=f"http {status}")


def reset_time(response: requests.Response) -> datetime | None:
    """``X-RateLimit-Reset`` is an ISO 8601 timestamp (docs: api/rate-limits); a 429 from a proxy
    or CDN in front of the server says ``Retry-After`` (RFC 9110 10.2.3). The later one wins."""
    value = (response.headers.get("X-RateLimit-Reset") or "").strip()
    try:
        announced = parse_timestamp(value) if value else None
    except Malformed:
        announced = None
    return max(filter(None, (announced, retry_after_to_datetime(response.headers.get("Retry-After")))), default=None)


def _next_max_id(response: requests.Response) -> str | None:
    """The ``max_id`` of the Link header's rel="next" (older page)."""
    link = response.links.get("next", {}).get("url") if response.links else None
    if not link:
        return None
    match = re.search(r"[?&]max_id=([^&]+)", link)
    return match.group(1) if match else None


# --- app registration and OAuth --------------------------------------------------------------

@dataclass
class RegisteredApp:
    base_url: str
    client_id: str
    client_secret: str
    redirect_uri: str

    def __repr__(self) -> str:   # the client secret is not for logs
        return f"RegisteredApp(base_url={self.base_url!r}, redirect_uri={self.redirect_uri!r})"


def register_app(base_url: str, redirect_uri: str, *, session: requests.Session | None = None,
                 client_name: str = "Svarbox") -> RegisteredApp:
    """``POST /api/v1/apps``: one registration per server and redirect URI."""
    session = session or make_session()
    base = base_url.rstrip("/")
    response = send(session, "POST", f"{base}/api/v1/apps",
                    data={"client_name": client_name, "redirect_uris": redirect_uri, "scopes": SCOPES,
                          "website": "https://svarbox.dk"})
    body = parse_json(response)
    if response.status_code >= 400 or not isinstance(body, dict) or not body.get("client_id"):
        raise error_for(response) if response.status_code >= 400 else \
            Malformed("The Mastodon server registered the app but did not return its id.")
    return RegisteredApp(base, str(body["client_id"]), str(body.get("client_secret") or ""), redirect_uri)


def authorization_url(app: RegisteredApp, state: str, challenge: str) -> str:
    return f"{app.base_url}/oauth/authorize?" + urlencode({
        "response_type": "code", "client_id": app.client_id, "redirect_uri": app.redirect_uri,
        "scope": SCOPES, "state": state, "code_challenge": challenge, "code_challenge_method": "S256"})


def exchange_code(app: RegisteredApp, code: str, verifier: str, *,
                  session: requests.Session | None = None) -> str:
    """``POST /oauth/token`` with the authorization code; returns the access token."""
    session = session or make_session()
    response = send(session, "POST", f"{app.base_url}/oauth/token", data={
        "grant_type": "authorization_code", "code": code, "client_id": app.client_id,
        "client_secret": app.client_secret, "redirect_uri": app.redirect_uri,
        "code_verifier": verifier, "scope": SCOPES})
    body = parse_json(response)
    body = as_dict(body)
    if response.status_code >= 400 or not body.get("access_token"):
        error = str(body.get("error") or response.status_code)
        if error in ("invalid_grant", "invalid_client"):
            raise AuthExpired("The Mastodon server refused the sign-in; sign in again.", code=error)
        raise Permanent(f"The Mastodon server refused the sign-in ({error}).", code=error)
    return str(body["access_token"])


def sign_in(base_url: str, open_browser: Callable[[str], object], *, timeout: float = 300.0,
            session: requests.Session | None = None) -> tuple[str, RegisteredApp]:
    """The whole loopback flow: register the app with this run's loopback redirect (Mastodon
    compares redirect URIs exactly, port included), open the consent page, take the code."""
    from app.connectors.oauth import LoopbackReceiver, make_pkce

    receiver = LoopbackReceiver()
    try:
        app = register_app(base_url, receiver.redirect_uri, session=session)
        verifier, challenge = make_pkce()
        state = secrets.token_urlsafe(24)
        open_browser(authorization_url(app, state, challenge))
        code, returned_state, error = receiver.wait(timeout)
    finally:
        receiver.close()
    if error == "timeout":
        raise ConnectorError("No answer from the browser sign-in; try again.", code="timeout")
    if error or code is None:
        raise AuthExpired("Access was not granted in the browser.", code=error or "no-code")
    if returned_state != state:
        raise Permanent("The sign-in answer did not match this request; try again.", code="state-mismatch")
    return exchange_code(app, code, verifier, session=session), app


OOB = "urn:ietf:wg:oauth:2.0:oob"


@dataclass
class CodeSignIn:
    """An out-of-band sign-in under way: the server shows the code, the person pastes it."""
    app: RegisteredApp
    verifier: str
    url: str

    def __repr__(self) -> str:
        return f"CodeSignIn(app={self.app!r})"


def start_code_sign_in(base_url: str, *, session: requests.Session | None = None) -> CodeSignIn:
    """For a browser that cannot reach this computer's 127.0.0.1 (a remote desktop, a locked-down
    browser): register with ``urn:ietf:wg:oauth:2.0:oob`` as redirect URI, which Mastodon documents
    for showing the code to the person instead of redirecting (docs.joinmastodon.org/methods/apps,
    methods/oauth#authorize)."""
    from app.connectors.oauth import make_pkce
    app = register_app(base_url, OOB, session=session)
    verifier, challenge = make_pkce()
    return CodeSignIn(app, verifier, authorization_url(app, secrets.token_urlsafe(24), challenge))


def finish_code_sign_in(started: CodeSignIn, code: str, *, session: requests.Session | None = None) -> str:
    code = code.strip()
    if not code:
        raise Permanent("Paste the code the Mastodon server showed after you approved Svarbox.", code="no-code")
    return exchange_code(started.app, code, started.verifier, session=session)


# --- the connector ----------------------------------------------------------------------------

class MastodonConnector(MastodonAuthorActions):
    platform = Platform.MASTODON
    # No hide on Mastodon: what the API has instead is acting on the author (mute, block) and
    # reporting to the server's moderators (docs.joinmastodon.org/methods/accounts#mute,
    # #block, /methods/reports#post), all outbox actions.
    capabilities = frozenset({Capability.REPLY, Capability.DELETE, Capability.MUTE, Capability.BLOCK,
                              Capability.REPORT})
    reply_limit = 500
    moderation = ("mute", "block", "report")

    def __init__(self, config: ConnectorConfig, session: requests.Session | None = None) -> None:
        if not config.base_url:
            raise Permanent("A Mastodon account needs its server's address (for example "
                            "https://social.example.dk).", code="no-server")
        self.config = config
        self.base_url = config.base_url.rstrip("/")
        self.session = session or make_session()
        self._me: str | None = config.account_external_id or None
        self._acct: str | None = config.handle

    # --- HTTP -------------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, params: dict[str, Any] | list[tuple[str, str]] | None = None,
                 data: dict[str, Any] | None = None,
                 headers: dict[str, Any] | None = None) -> tuple[object, requests.Response]:
        response = send(self.session, method, self.base_url + path, params=params, data=data,
                        headers={"Authorization": f"Bearer {self.config.token}", **(headers or {})})
        if not 200 <= response.status_code < 300:
            raise error_for(response, self.config.token)
        return parse_json(response), response

    def _object(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        body, response = self._request(method, path, **kwargs)
        if not isinstance(body, dict):
            raise Malformed(f"The Mastodon server sent an unexpected reply (HTTP {response.status_code}).")
        return body

    # --- identity ---------------------------------------------------------------------------
    def whoami(self) -> AccountIdentity:
        body = self._object("GET", "/api/v1/accounts/verify_credentials")
        if not body.get("id"):
            raise Malformed("The Mastodon server did not say which account the token belongs to.")
        self._me, self._acct = str(body["id"]), body.get("acct") or body.get("username")
        return AccountIdentity(external_id=self._me, name=str(body.get("display_name") or self._acct or ""),
                               handle=self._acct)

    def me(self) -> str:
        if not self._me:
            self.whoami()
        assert self._me
        return self._me

    # --- reading ----------------------------------------------------------------------------
    def fetch(self, cursor: str | None, progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        old = load_cursor(cursor, "Mastodon")
        me = self.me()
        since = old.get("since") if isinstance(old.get("since"), str) else None
        own_since = old.get("own") if isinstance(old.get("own"), str) else None
        state = {"v": 1, "since": since, "own": own_since}
        newest = since
        seen: set[str] = set()
        contexts: dict[str, str] = {}     # status id -> thread root id, within this run
        count = 0
        oldest: list[datetime] = []
        max_id = None
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"types[]": "mention", "limit": PAGE_SIZE}
            if since:
                params["since_id"] = since
            if max_id:
                params["max_id"] = max_id
            body, response = self._request("GET", "/api/v1/notifications", params=params)
            if not isinstance(body, list):
                raise Malformed("The Mastodon server sent notifications in an unexpected shape.")
            page = Page()
            for note in body:
                if isinstance(note, dict) and note.get("id"):
                    newest = _id_max(newest, str(note["id"]))
                self._note_into(page, note, me, seen, contexts)
            next_max = _next_max_id(response)
            last = not body or not next_max or next_max == max_id
            if last:
                state["since"] = newest
            page.cursor = json.dumps(state)
            count += len(page.items)
            oldest.extend(i.received_at for i in page.items)
            if progress:
                progress(count)
            yield page
            if last:
                break
            max_id = next_max
        yield from self._own_statuses(state, me, seen, contexts, min(oldest) if oldest else None)

    def _own_statuses(self, state: dict[str, Any], me: str, seen: set[str], contexts: dict[str, str],
                      oldest: datetime | None) -> Iterator[Page]:
        """Our own statuses since the last sync: replies written in the Mastodon app (or any
        other client) answer the items they reply to."""
        own_since = state.get("own")
        newest = own_since
        max_id = None
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"limit": PAGE_SIZE, "exclude_reblogs": "true"}
            if own_since:
                params["since_id"] = own_since
            if max_id:
                params["max_id"] = max_id
            body, response = self._request("GET", f"/api/v1/accounts/{me}/statuses", params=params)
            if not isinstance(body, list):
                raise Malformed("The Mastodon server listed our posts in an unexpected shape.")
            page = Page()
            too_old = False
            for s in body:
                if not isinstance(s, dict) or not s.get("id"):
                    continue
                newest = _id_max(newest, str(s["id"]))
                try:
                    created = parse_timestamp(s.get("created_at"))
                except Malformed as exc:
                    page.skipped.append(f"Mastodon status {s.get('id')} skipped: {exc}")
                    continue
                if not own_since and oldest is not None and created < oldest - CLOCK_SLACK:
                    too_old = True    # first sync: older own posts cannot answer anything fetched
                    continue
                if str(s["id"]) in seen or not s.get("in_reply_to_id"):
                    continue
                seen.add(str(s["id"]))
                thread_id = contexts.get(str(s["in_reply_to_id"]))
                if thread_id is None:   # a thread not met in this run: ask for its root (a failure
                    # ends the fetch, as for notifications: an own reply is never skipped for it)
                    ancestors = as_list(self._context(str(s["id"])).get("ancestors"))
                    first = ancestors[0] if ancestors and isinstance(ancestors[0], dict) else {}
                    thread_id = str(first.get("id") or s["in_reply_to_id"])
                try:
                    page.items.append(self._item(s, me, thread_id))
                except (Malformed, KeyError, TypeError, ValueError) as exc:
                    page.skipped.append(f"Mastodon status {s.get('id')} skipped: {exc}")
            next_max = _next_max_id(response)
            last = too_old or not body or not next_max or next_max == max_id or \
                (not own_since and oldest is None)
            if last:
                state["own"] = newest
            page.cursor = json.dumps(state)
            yield page
            if last:
                return
            max_id = next_max

    def _item(self, status: dict[str, Any], me: str, thread_id: str) -> FetchedItem:
        account = as_dict(status.get("account"))
        sid = str(status.get("id") or "")
        if not sid:
            raise Malformed("no id")
        own = str(account.get("id") or "") == me
        parent = str(status["in_reply_to_id"]) if status.get("in_reply_to_id") else None
        text = html_to_text(str(status.get("content") or ""))
        if status.get("spoiler_text"):
            text = f"[{status['spoiler_text']}]\n{text}"   # the content warning, kept visible
        # A direct message stays a mention here (ItemKind.MESSAGE means Messenger's windows and
        # limits to the outbox); its visibility is read again and kept when we reply.
        if own and parent:
            kind = ItemKind.REPLY
        elif str(status.get("in_reply_to_account_id") or "") == me:
            kind = ItemKind.REPLY
        else:
            kind = ItemKind.MENTION
        return FetchedItem(
            external_id=sid, thread_external_id=thread_id, kind=kind, text=text,
            received_at=parse_timestamp(status.get("created_at")), author_id=str(account.get("id") or "") or None,
            author_name=account.get("display_name") or account.get("acct"), parent_external_id=parent,
            url=status.get("url") or status.get("uri"), is_own=own)

    def _note_into(self, page: Page, note: object, me: str, seen: set[str], contexts: dict[str, str]) -> None:
        if isinstance(note, dict) and note.get("type") != "mention":
            return
        status = note.get("status") if isinstance(note, dict) else None
        if not isinstance(status, dict):
            page.skipped.append(f"Mastodon notification {_note_id(note)} skipped: no status")
            return
        sid = str(status.get("id") or "")
        if not sid or sid in seen:
            return
        thread_id = contexts.get(sid)
        context = None
        if thread_id is None:
            # Not a skip: a failed request (a cut-off answer) ends this fetch before the page is
            # stored, so the next sync asks again (a skip let the cursor pass it; chaos run).
            context = self._context(sid)
            ancestors = as_list(context.get("ancestors"))
            root = ancestors[0] if ancestors and isinstance(ancestors[0], dict) else status
            thread_id = str(root.get("id") or sid)
        try:
            item = self._item(status, me, thread_id)
        except (Malformed, KeyError, TypeError, ValueError) as exc:
            page.skipped.append(f"Mastodon notification {_note_id(note)} skipped: {exc}")
            return
        seen.add(sid)
        page.items.append(item)
        if context is not None:
            self._context_into(page, context, status, thread_id, me, seen, contexts)

    def _context(self, sid: str) -> dict[str, Any]:
        try:
            return self._object("GET", f"/api/v1/statuses/{sid}/context")
        except Permanent as exc:
            if exc.code != "not-found":
                raise
            return {"ancestors": [], "descendants": []}

    def _context_into(self, page: Page, context: dict[str, Any], status: dict[str, Any], thread_id: str, me: str,
                      seen: set[str], contexts: dict[str, str]) -> None:
        """The thread's first post as context; our own statuses in it as own replies."""
        everything = [s for s in (context.get("ancestors") or []) + [status] + (context.get("descendants") or [])
                      if isinstance(s, dict) and s.get("id")]
        for s in everything:
            contexts[str(s["id"])] = thread_id
        root = everything[0]
        account = as_dict(root.get("account"))
        try:
            created = parse_timestamp(root.get("created_at"))
        except Malformed:
            created = None
        page.threads.append(FetchedThread(
            external_id=thread_id, kind="post", text=html_to_text(str(root.get("content") or "")),
            author_name=account.get("display_name") or account.get("acct"),
            url=root.get("url") or root.get("uri"), created_at=created))
        for s in everything:
            account = as_dict(s.get("account"))
            if str(account.get("id") or "") != me or not s.get("in_reply_to_id") or str(s["id"]) in seen:
                continue
            try:
                page.items.append(self._item(s, me, thread_id))
            except (Malformed, KeyError, TypeError, ValueError):
                continue
            seen.add(str(s["id"]))

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]:
        me = self.me()
        context = self._context(thread_external_id)
        out = []
        for s in context.get("descendants") or []:
            if isinstance(s, dict):
                try:
                    out.append(self._item(s, me, thread_external_id))
                except (Malformed, KeyError, TypeError, ValueError):
                    continue
        return out

    # --- writing ----------------------------------------------------------------------------
    def reply(self, target: Target, text: str, idempotency_key: str | None = None) -> SentReply:
        """Answer with the citizen's own visibility, mentioning them (a direct message reaches
        only the accounts it mentions)."""
        status = self._object("GET", f"/api/v1/statuses/{target.external_id}")
        account = as_dict(status.get("account"))
        acct = account.get("acct")
        visibility = status.get("visibility") if status.get("visibility") in (
            "public", "unlisted", "private", "direct") else "public"
        body_text = text
        if acct and str(account.get("id") or "") != self.me() and \
                not re.match(rf"^@{re.escape(acct)}(?:\s|$)", text):
            body_text = f"@{acct} {text}"
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        created = self._object("POST", "/api/v1/statuses", headers=headers, data={
            "status": body_text, "in_reply_to_id": target.external_id, "visibility": visibility})
        if not created.get("id"):
            raise Malformed("The Mastodon server accepted the reply but did not return its id.")
        return SentReply(external_id=str(created["id"]))

    def set_hidden(self, target: Target, hidden: bool) -> None:
        raise Permanent("Mastodon has no way to hide a reply. Mute or block the account, or report "
                        "the post to the server's moderators instead.", code="no-hide")

    def delete(self, target: Target) -> None:
        me = self.me()
        if target.author_id and target.author_id != me:
            raise Permanent("Mastodon only lets the account delete its own posts.", code="delete-not-allowed")
        self._object("DELETE", f"/api/v1/statuses/{target.external_id}")

    # --- exactly-once support -------------------------------------------------------------------
    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        me = self.me()
        want = normalise_text(text)
        for s in self._context(target.external_id).get("descendants") or []:
            if not isinstance(s, dict):
                continue
            account = as_dict(s.get("account"))
            if str(account.get("id") or "") != me or str(s.get("in_reply_to_id") or "") != target.external_id:
                continue
            try:
                if parse_timestamp(s.get("created_at")) < since - CLOCK_SLACK:
                    continue
            except Malformed:
                continue
            if normalise_text(html_to_text(str(s.get("content") or ""))) == want:
                return str(s["id"])
        return None

    def get_state(self, target: Target) -> TargetState:
        try:
            self._object("GET", f"/api/v1/statuses/{target.external_id}")
        except Permanent as exc:
            if exc.code == "not-found":
                return {"exists": False, "hidden": None}
            raise
        return {"exists": True, "hidden": None}

