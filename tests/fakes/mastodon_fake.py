"""A fake Mastodon server (REST API + OAuth) answering like the real one.

Built from docs.joinmastodon.org (methods/apps, methods/oauth, methods/notifications,
methods/statuses, methods/accounts, methods/reports, api/rate-limits, api/guidelines#pagination)
and Mastodon's own behaviour as recorded in halcy/Mastodon.py's test cassettes. Each refusal
names its source. Ids are snowflake-like numeric strings that grow with time, content is HTML
(mentions as ``h-card`` links, text escaped), pages come with a ``Link`` header.

Tests seed with ``add_account``/``add_status`` and inspect with ``replies_to``/``status``.
"""
from __future__ import annotations

import base64
import hashlib
import html
import re
import secrets
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from app import clock as app_clock
from tests.fakes.server import FakePlatform, json_response

TEXT_LIMIT = 500   # the default server's max_characters (instance configuration)
OOB = "urn:ietf:wg:oauth:2.0:oob"


def masto_error(status: int, message: str, headers: dict | None = None) -> Response:
    """Mastodon errors are ``{"error": "..."}`` (docs: entities/Error)."""
    return json_response({"error": message}, status, headers)


def masto_unauthorized() -> Response:
    return masto_error(401, "The access token is invalid")


def masto_rate_limited(reset: datetime) -> Response:
    # api/rate-limits: 300 requests / 5 minutes per account; X-RateLimit-Reset is ISO 8601.
    return masto_error(429, "Too many requests", {
        "X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": reset.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")})


def masto_server_error() -> Response:
    return Response("<html><body>502 Bad Gateway</body></html>", status=502, content_type="text/html")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class MastodonFake(FakePlatform):
    rules = [
        Rule("/api/v1/apps", endpoint="create_app", methods=["POST"]),
        Rule("/oauth/authorize", endpoint="authorize", methods=["GET"]),
        Rule("/oauth/authorize/native", endpoint="authorize_native", methods=["GET"]),
        Rule("/oauth/token", endpoint="token", methods=["POST"]),
        Rule("/api/v1/accounts/verify_credentials", endpoint="verify_credentials", methods=["GET"]),
        Rule("/api/v1/notifications", endpoint="list_notifications", methods=["GET"]),
        Rule("/api/v1/statuses", endpoint="post_status", methods=["POST"]),
        Rule("/api/v1/statuses/<sid>", endpoint="status_endpoint", methods=["GET", "DELETE"]),
        Rule("/api/v1/statuses/<sid>/context", endpoint="context", methods=["GET"]),
        Rule("/api/v1/accounts/<aid>/statuses", endpoint="account_statuses", methods=["GET"]),
        Rule("/api/v1/accounts/<aid>/mute", endpoint="mute", methods=["POST"]),
        Rule("/api/v1/accounts/<aid>/block", endpoint="block", methods=["POST"]),
        Rule("/api/v1/reports", endpoint="report", methods=["POST"]),
        Rule("/api/v1/accounts/relationships", endpoint="relationships", methods=["GET"]),
    ]

    def __init__(self, token: str = "masto-token", username: str = "aarby", display_name: str = "Aarby Kommune",
                 domain: str = "social.aarby.dk"):
        super().__init__()
        self.domain = domain
        self.accounts: dict[str, dict] = {}
        self.statuses: dict[str, dict] = {}
        self.notifications: list[dict] = []
        self.apps: dict[str, dict] = {}
        self.codes: dict[str, dict] = {}
        self.tokens: dict[str, str] = {}           # token -> account id
        self.token_scopes: dict[str, set[str]] = {}   # token -> granted scopes (absent: all)
        self.idempotency: dict[tuple[str, str], str] = {}   # (account, key) -> status id
        self.muted: set[str] = set()
        self.blocked: set[str] = set()
        self.reports: list[dict] = []
        self.page_size: int | None = None
        self._seq = 0
        self.me = self.add_account(username, display_name)
        self.tokens[token] = self.me

    # --- seeding ---------------------------------------------------------------------------
    def _id(self, moment: datetime) -> str:
        self._seq += 1
        return str((int(moment.timestamp() * 1000) << 16) | (self._seq & 0xFFFF))

    def add_account(self, username: str, display_name: str = "", remote: str | None = None) -> str:
        with self.lock:
            aid = self._id(app_clock.now())
            acct = f"{username}@{remote}" if remote else username
            self.accounts[aid] = {"id": aid, "username": username, "acct": acct, "display_name": display_name,
                                  "url": f"https://{remote or self.domain}/@{username}", "bot": False}
            return aid

    def _html(self, text: str, mentions: list[str]) -> str:
        out = html.escape(text, quote=False)
        # Links first (their hidden scheme part in span.invisible, as Mastodon renders them),
        # then mentions, so a mention's own href is not linkified again.
        out = re.sub(r"(https?://[^\s<]+)", lambda m: f'<a href="{m.group(1)}" rel="nofollow noopener" '
                     f'target="_blank"><span class="invisible">{m.group(1)[:8]}</span>'
                     f'<span class="">{m.group(1)[8:]}</span></a>', out)
        for aid in mentions:
            acct = self.accounts[aid]["acct"]
            link = (f'<span class="h-card"><a href="{self.accounts[aid]["url"]}" class="u-url mention">'
                    f'@<span>{html.escape(acct.split("@")[0])}</span></a></span>')
            out = re.sub(rf"(?<![\w/])@{re.escape(html.escape(acct))}\b", lambda _m, link=link: link, out, count=1)
        return "".join(f"<p>{para.replace(chr(10), '<br />')}</p>" for para in out.split("\n\n"))

    def add_status(self, account_id: str, text: str, *, reply_to: str | None = None, visibility: str = "public",
                   created: datetime | None = None, mention_me: bool = False) -> str:
        with self.lock:
            created = created or app_clock.now()
            if mention_me:
                text = f"@{self.accounts[self.me]['acct']} {text}"
            return self._store(account_id, text, reply_to, visibility, created)["id"]

    def _store(self, account_id: str, text: str, reply_to: str | None, visibility: str, created: datetime) -> dict:
        mentions = [aid for aid, a in self.accounts.items() if re.search(rf"(?<!\w)@{re.escape(a['acct'])}\b", text)]
        sid = self._id(created)
        parent = self.statuses.get(reply_to or "")
        status = {"id": sid, "created_at": created, "account_id": account_id, "text": text,
                  "in_reply_to_id": reply_to, "in_reply_to_account_id": parent["account_id"] if parent else None,
                  "visibility": visibility, "mentions": mentions, "content": self._html(text, mentions)}
        self.statuses[sid] = status
        if account_id != self.me and self.me in mentions:
            self.notifications.append({"id": self._id(created), "type": "mention", "status_id": sid,
                                       "account_id": account_id, "created_at": created})
        return status

    # --- inspection ------------------------------------------------------------------------
    def status(self, sid: str) -> dict | None:
        with self.lock:
            return dict(self.statuses[sid]) if sid in self.statuses else None

    def replies_to(self, sid: str, own_only: bool = True) -> list[dict]:
        with self.lock:
            return [dict(s) for s in sorted(self.statuses.values(), key=lambda s: int(s["id"]))
                    if s["in_reply_to_id"] == sid and (not own_only or s["account_id"] == self.me)]

    # --- views -----------------------------------------------------------------------------
    def _account_view(self, aid: str) -> dict:
        a = self.accounts[aid]
        return {**a, "locked": False, "group": False, "note": "", "avatar": "", "header": "",
                "followers_count": 0, "following_count": 0, "statuses_count": 0, "emojis": [], "fields": []}

    def _status_view(self, s: dict) -> dict:
        return {"id": s["id"], "created_at": _iso(s["created_at"]), "in_reply_to_id": s["in_reply_to_id"],
                "in_reply_to_account_id": s["in_reply_to_account_id"], "sensitive": False, "spoiler_text": "",
                "visibility": s["visibility"], "language": "da",
                "uri": f"https://{self.domain}/users/{self.accounts[s['account_id']]['username']}/statuses/{s['id']}",
                "url": f"https://{self.domain}/@{self.accounts[s['account_id']]['acct']}/{s['id']}",
                "replies_count": len(self.replies_to(s["id"], own_only=False)), "reblogs_count": 0,
                "favourites_count": 0, "edited_at": None, "content": s["content"], "reblog": None,
                "account": self._account_view(s["account_id"]), "media_attachments": [],
                "mentions": [{"id": m, "username": self.accounts[m]["username"], "acct": self.accounts[m]["acct"],
                              "url": self.accounts[m]["url"]} for m in s["mentions"]],
                "tags": [], "emojis": [], "card": None, "poll": None}

    def _can_see(self, viewer: str, s: dict) -> bool:
        # entities/Status#visibility: private and direct statuses reach followers/mentioned
        # accounts only; a status the token cannot see is answered 404 "Record not found".
        return s["visibility"] in ("public", "unlisted") or s["account_id"] == viewer or viewer in s["mentions"]

    # --- auth ------------------------------------------------------------------------------
    def _who(self, request: Request):
        token = self.token_of(request)
        aid = self.tokens.get(token or "")
        if aid is None:
            return None, masto_unauthorized()
        return aid, None

    def _ok(self, payload, status: int = 200, headers: dict | None = None) -> Response:
        reset = (app_clock.now() + timedelta(minutes=5)).replace(second=0, microsecond=0)
        base = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299",
                "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.000000Z")}
        base.update(headers or {})
        return json_response(payload, status, base)

    def unauthorized(self, request):
        return masto_unauthorized()

    def not_found(self, request):
        return masto_error(404, "Record not found")

    # --- apps and OAuth --------------------------------------------------------------------
    def _params(self, request: Request) -> dict:
        return request.get_json(silent=True) or request.form.to_dict()

    def create_app(self, request: Request) -> Response:
        p = self._params(request)
        # methods/apps#create: client_name and redirect_uris are required; 422 otherwise.
        if not p.get("client_name"):
            return masto_error(422, "Validation failed: Application name can't be blank")
        redirect = str(p.get("redirect_uris") or "")
        if not redirect or not re.match(r"^(https?://[^\s]+|urn:ietf:wg:oauth:2\.0:oob)$", redirect):
            return masto_error(422, "Validation failed: Redirect URI must be an absolute URI.")
        client_id, secret = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        app = {"id": str(len(self.apps) + 1), "name": p["client_name"], "website": p.get("website"),
               "redirect_uri": redirect, "redirect_uris": redirect.split(), "client_id": client_id,
               "client_secret": secret, "scopes": str(p.get("scopes") or "read").split()}
        self.apps[client_id] = app
        return self._ok({k: app[k] for k in ("id", "name", "website", "redirect_uri", "redirect_uris",
                                              "client_id", "client_secret", "scopes")})

    def authorize(self, request: Request) -> Response:
        """Stands in for the consent page: the user approves at once and the browser is sent
        back to the redirect URI."""
        a = request.args
        app = self.apps.get(a.get("client_id", ""))
        # methods/oauth#authorize: an unknown client or a redirect_uri that is not one of the
        # app's registered URIs is refused (Doorkeeper: "The redirect uri included is not valid.").
        if app is None:
            return Response("Client authentication failed due to unknown client.", status=401)
        if a.get("redirect_uri") not in app["redirect_uris"]:
            return Response("The redirect uri included is not valid.", status=400)
        if a.get("response_type") != "code":
            return Response("The authorization server does not support this response type.", status=400)
        code = secrets.token_urlsafe(24)
        # methods/oauth#authorize: scope "must be a subset of the scopes declared during app
        # registration" (Doorkeeper answers invalid_scope otherwise).
        asked = set((a.get("scope") or "read").split())
        if not asked <= set(app["scopes"]):
            return Response("The requested scope is invalid, unknown, or malformed.", status=400)
        self.codes[code] = {"client_id": app["client_id"], "redirect_uri": a["redirect_uri"],
                            "challenge": a.get("code_challenge"), "account": self.me, "scopes": asked}
        if a["redirect_uri"] == OOB:
            # Doorkeeper's out-of-band flow: no redirect to the app; the server shows the code
            # for the person to copy (methods/oauth#authorize, redirect_uri "urn:ietf:wg:oauth:2.0:oob").
            return Response("", status=302, headers={"Location": f"{request.host_url}oauth/authorize/native?"
                                                                 + urlencode({"code": code})})
        target = a["redirect_uri"] + "?" + urlencode({"code": code, "state": a.get("state", "")})
        return Response("", status=302, headers={"Location": target})

    def authorize_native(self, request: Request) -> Response:
        code = html.escape(request.args.get("code", ""))
        return Response(f"<html><body><p>Copy this authorization code and paste it to the application.</p>"
                        f"<input class=\"oauth-code\" readonly value=\"{code}\"></body></html>",
                        content_type="text/html")

    def token(self, request: Request) -> Response:
        p = self._params(request)
        app = self.apps.get(str(p.get("client_id") or ""))
        # methods/oauth#token: client_id AND client_secret are required for the
        # authorization_code grant; Doorkeeper answers 401 invalid_client.
        if app is None or not p.get("client_secret") or p.get("client_secret") != app["client_secret"]:
            return json_response({"error": "invalid_client", "error_description":
                                  "Client authentication failed due to unknown client, no client authentication "
                                  "included, or unsupported authentication method."}, 401)
        code = self.codes.pop(str(p.get("code") or ""), None)
        if p.get("grant_type") != "authorization_code" or code is None or code["client_id"] != app["client_id"] \
                or p.get("redirect_uri") != code["redirect_uri"]:
            return json_response({"error": "invalid_grant", "error_description":
                                  "The provided authorization grant is invalid, expired, revoked, does not match "
                                  "the redirection URI used in the authorization request, or was issued to "
                                  "another client."}, 400)
        if code["challenge"]:   # PKCE (Mastodon 4.3+): S256 of the verifier must match
            verifier = str(p.get("code_verifier") or "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if digest != code["challenge"]:
                return json_response({"error": "invalid_grant", "error_description": "PKCE verification failed"}, 400)
        token = secrets.token_urlsafe(32)
        self.tokens[token] = code["account"]
        self.token_scopes[token] = set(code.get("scopes") or app["scopes"])
        return self._ok({"access_token": token, "token_type": "Bearer", "scope": " ".join(app["scopes"]),
                         "created_at": int(app_clock.now().timestamp())})

    # --- API -------------------------------------------------------------------------------
    def verify_credentials(self, request: Request) -> Response:
        aid, refusal = self._who(request)
        return refusal or self._ok(self._account_view(aid))

    def list_notifications(self, request: Request) -> Response:
        aid, refusal = self._who(request)
        if refusal:
            return refusal
        a = request.args
        types = a.getlist("types[]")
        limit = min(int(a.get("limit", 40)), 80)     # limit: default 40, max 80
        size = min(limit, self.page_size or limit)
        rows = sorted(self.notifications, key=lambda n: int(n["id"]), reverse=True)
        if types:
            rows = [n for n in rows if n["type"] in types]
        if a.get("max_id"):
            rows = [n for n in rows if int(n["id"]) < int(a["max_id"])]
        if a.get("since_id"):
            rows = [n for n in rows if int(n["id"]) > int(a["since_id"])]
        rows = [n for n in rows if n["status_id"] in self.statuses][:size]
        payload = [{"id": n["id"], "type": n["type"], "created_at": _iso(n["created_at"]),
                    "account": self._account_view(n["account_id"]),
                    "status": self._status_view(self.statuses[n["status_id"]])} for n in rows]
        headers = {}
        if rows:
            base = request.base_url
            headers["Link"] = (f'<{base}?max_id={rows[-1]["id"]}>; rel="next", '
                               f'<{base}?min_id={rows[0]["id"]}>; rel="prev"')
        return self._ok(payload, headers=headers)

    def status_endpoint(self, request: Request, sid: str) -> Response:
        aid, refusal = self._who(request)
        if refusal:
            return refusal
        s = self.statuses.get(sid)
        if s is None or not self._can_see(aid, s):
            return self.not_found(request)
        if request.method == "DELETE":
            # methods/statuses#delete: only the author's own statuses; others are 404.
            if s["account_id"] != aid:
                return self.not_found(request)
            view = self._status_view(s)
            view["text"] = s["text"]
            del self.statuses[sid]
            return self._ok(view)
        return self._ok(self._status_view(s))

    def context(self, request: Request, sid: str) -> Response:
        aid, refusal = self._who(request)
        if refusal:
            return refusal
        s = self.statuses.get(sid)
        if s is None or not self._can_see(aid, s):
            return self.not_found(request)
        ancestors = []
        cur = self.statuses.get(s["in_reply_to_id"] or "")
        while cur:
            if self._can_see(aid, cur):
                ancestors.insert(0, cur)
            cur = self.statuses.get(cur["in_reply_to_id"] or "")
        descendants, stack = [], [sid]
        while stack:
            parent = stack.pop(0)
            for child in sorted(self.statuses.values(), key=lambda x: int(x["id"])):
                if child["in_reply_to_id"] == parent:
                    stack.append(child["id"])
                    if self._can_see(aid, child):
                        descendants.append(child)
        return self._ok({"ancestors": [self._status_view(x) for x in ancestors],
                         "descendants": [self._status_view(x) for x in descendants]})

    def post_status(self, request: Request) -> Response:
        aid, refusal = self._who(request)
        if refusal:
            return refusal
        p = self._params(request)
        key = request.headers.get("Idempotency-Key")
        # methods/statuses#create: "Idempotency-Key ... Prevent duplicate submissions of the
        # same status"; a repeated key returns the first status, not a new one.
        if key and (aid, key) in self.idempotency and self.idempotency[(aid, key)] in self.statuses:
            return self._ok(self._status_view(self.statuses[self.idempotency[(aid, key)]]))
        text = str(p.get("status") or "")
        # methods/statuses#create: "status ... If media_ids is provided, this becomes optional."
        if not text.strip() and not request.form.getlist("media_ids[]"):
            return masto_error(422, "Validation failed: Text can't be blank")
        # StatusLengthValidator: a URL counts as 23 characters, "@user@server" as "@user".
        counted = re.sub(r"(?<![\w/@])@(\w+)@[\w.-]+\w", r"@\1",
                         re.sub(r"https?://[^\s<>\"]+", "x" * 23, text, flags=re.IGNORECASE))
        if len(counted) > TEXT_LIMIT:
            return masto_error(422, f"Validation failed: Text character limit of {TEXT_LIMIT} exceeded")
        visibility = p.get("visibility") or "public"
        if visibility not in ("public", "unlisted", "private", "direct"):
            return masto_error(422, "Validation failed: Visibility is not included in the list")
        reply_to = p.get("in_reply_to_id") or None
        if reply_to:
            parent = self.statuses.get(reply_to)
            # Replying to a status the account cannot see: 404 "Record not found".
            if parent is None or not self._can_see(aid, parent):
                return self.not_found(request)
        status = self._store(aid, text, reply_to, visibility, app_clock.now())
        if key:
            self.idempotency[(aid, key)] = status["id"]
        return self._ok(self._status_view(status))

    def account_statuses(self, request: Request, aid: str) -> Response:
        viewer, refusal = self._who(request)
        if refusal:
            return refusal
        if aid not in self.accounts:
            return self.not_found(request)
        a = request.args
        size = min(int(a.get("limit", 20)), 40, self.page_size or 40)   # limit: default 20, max 40
        rows = sorted((s for s in self.statuses.values() if s["account_id"] == aid and self._can_see(viewer, s)),
                      key=lambda s: int(s["id"]), reverse=True)
        if a.get("max_id"):
            rows = [s for s in rows if int(s["id"]) < int(a["max_id"])]
        if a.get("since_id"):
            rows = [s for s in rows if int(s["id"]) > int(a["since_id"])]
        rows = rows[:size]
        headers = {}
        if rows:
            headers["Link"] = (f'<{request.base_url}?max_id={rows[-1]["id"]}>; rel="next", '
                               f'<{request.base_url}?min_id={rows[0]["id"]}>; rel="prev"')
        return self._ok([self._status_view(s) for s in rows], headers=headers)

    def _relationship(self, aid: str) -> dict:
        return {"id": aid, "following": False, "muting": aid in self.muted, "blocking": aid in self.blocked}

    def _scoped(self, request: Request, scope: str):
        """api/oauth-scopes: a token without ``write:<x>`` (or all of ``write``) is answered 403
        "This action is outside the authorized scopes"."""
        me, refusal = self._who(request)
        if refusal:
            return None, refusal
        granted = self.token_scopes.get(self.token_of(request) or "")
        if granted is not None and scope not in granted and scope.split(":")[0] not in granted:
            return None, masto_error(403, "This action is outside the authorized scopes")
        return me, None

    def relationships(self, request: Request) -> Response:
        _me, refusal = self._scoped(request, "read:follows")
        if refusal:
            return refusal
        ids = request.args.getlist("id[]")
        return self._ok([self._relationship(aid) for aid in ids if aid in self.accounts])

    def mute(self, request: Request, aid: str) -> Response:
        _me, refusal = self._scoped(request, "write:mutes")
        if refusal:
            return refusal
        if aid not in self.accounts:
            return self.not_found(request)
        self.muted.add(aid)
        return self._ok(self._relationship(aid))

    def block(self, request: Request, aid: str) -> Response:
        _me, refusal = self._scoped(request, "write:blocks")
        if refusal:
            return refusal
        if aid not in self.accounts:
            return self.not_found(request)
        self.blocked.add(aid)
        return self._ok(self._relationship(aid))

    def report(self, request: Request) -> Response:
        _me, refusal = self._scoped(request, "write:reports")
        if refusal:
            return refusal
        aid = request.form.get("account_id") or ""
        if aid not in self.accounts:   # methods/reports: account_id required; unknown -> 404
            return self.not_found(request)
        status_ids = request.form.getlist("status_ids[]")
        # methods/reports#post: comment "String. The reason for the report. Default maximum of
        # 1000 characters."
        if len(request.form.get("comment", "")) > 1000:
            return masto_error(422, "Validation failed: Comment is too long (maximum is 1000 characters)")
        if any(s not in self.statuses or self.statuses[s]["account_id"] != aid for s in status_ids):
            return masto_error(422, "Validation failed: Statuses must belong to the reported account")
        report = {"id": str(len(self.reports) + 1), "account_id": aid, "status_ids": status_ids,
                  "comment": request.form.get("comment", ""), "forwarded": request.form.get("forward") == "true"}
        self.reports.append(report)
        return self._ok({"id": report["id"], "action_taken": False, "comment": report["comment"],
                         "forwarded": report["forwarded"], "status_ids": status_ids,
                         "target_account": self._account_view(aid)})
