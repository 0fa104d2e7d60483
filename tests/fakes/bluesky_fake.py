"""A fake Bluesky PDS + AppView (``/xrpc/...``) that answers like the real one.

Built from the lexicons in bluesky-social/atproto (lexicons/com/atproto/server/*.json,
lexicons/app/bsky/{notification,feed}/*.json) and docs.bsky.app. Each refusal names its
source. Where the real network is *silently* wrong instead of refusing (a reply whose root/
parent CIDs do not match is stored by the PDS but dropped from the thread by the AppView;
a threadgate in the wrong place is ignored), the fake refuses loudly, and says so: a test
that passes here cannot be sending records the network would quietly discard.

Tests seed with ``add_user``/``add_post`` and inspect with ``replies_to``/``is_hidden``/
``exists``; every endpoint runs under ``self.lock``.
"""
from __future__ import annotations

import base64
import hashlib
import json
import secrets
import unicodedata
from datetime import UTC, datetime, timedelta

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from app import clock as app_clock
from tests.fakes.server import FakePlatform, json_response

ACCESS_LIFETIME = timedelta(hours=2)     # PDS default access JWT lifetime
REFRESH_LIFETIME = timedelta(days=60)
REFRESH_GRACE = timedelta(hours=2)
_B32 = "234567abcdefghijklmnopqrstuvwxyz"  # base32-sortable, the TID alphabet


def xrpc_error(status: int, name: str, message: str, headers: dict | None = None) -> Response:
    """XRPC errors are ``{"error": <name>, "message": <text>}`` (atproto specs: xrpc)."""
    return json_response({"error": name, "message": message}, status, headers)


def bsky_expired() -> Response:
    # com.atproto.server.* lexicons: errors "ExpiredToken" / "InvalidToken" (HTTP 400).
    return xrpc_error(400, "ExpiredToken", "Token has expired")


def bsky_rate_limited(reset_epoch: int) -> Response:
    # docs.bsky.app "Rate Limits": HTTP 429 with RateLimit-Limit/-Remaining/-Reset/-Policy.
    return xrpc_error(429, "RateLimitExceeded", "Rate Limit Exceeded",
                      {"RateLimit-Limit": "3000", "RateLimit-Remaining": "0",
                       "RateLimit-Reset": str(reset_epoch), "RateLimit-Policy": "3000;w=300"})


def bsky_server_error() -> Response:
    return xrpc_error(502, "UpstreamFailure", "Upstream Failure")


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{moment.microsecond // 1000:03d}Z"


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _graphemes(text: str) -> int:
    """Close enough for the 300-grapheme rule: combining marks and ZWJ/VS joins do not count."""
    count = 0
    joined = False
    for ch in unicodedata.normalize("NFC", text):
        if unicodedata.combining(ch) or ch in "\u200d\ufe0f" or 0x1F3FB <= ord(ch) <= 0x1F3FF:
            joined = ch == "\u200d"
            continue
        if joined:
            joined = False
            continue
        count += 1
    return count


class BlueskyFake(FakePlatform):
    rules = [Rule(f"/xrpc/{nsid}", endpoint=endpoint, methods=[method]) for nsid, endpoint, method in (
        ("com.atproto.server.createSession", "create_session", "POST"),
        ("com.atproto.server.refreshSession", "refresh_session", "POST"),
        ("com.atproto.server.getSession", "get_session", "GET"),
        ("com.atproto.identity.resolveHandle", "resolve_handle", "GET"),
        ("app.bsky.notification.listNotifications", "list_notifications", "GET"),
        ("app.bsky.feed.getPostThread", "get_post_thread", "GET"),
        ("app.bsky.feed.getPosts", "get_posts", "GET"),
        ("com.atproto.repo.createRecord", "create_record", "POST"),
        ("com.atproto.repo.putRecord", "put_record", "POST"),
        ("com.atproto.repo.getRecord", "get_record", "GET"),
        ("com.atproto.repo.deleteRecord", "delete_record", "POST"),
        ("com.atproto.repo.listRecords", "list_records", "GET"),
        ("com.atproto.repo.uploadBlob", "upload_blob", "POST"),
        ("app.bsky.graph.muteActor", "mute_actor", "POST"),
        ("app.bsky.actor.getProfile", "get_profile", "GET"),
        ("com.atproto.moderation.createReport", "create_report", "POST"),
    )]

    def __init__(self, handle: str = "aarby.bsky.social", app_password: str = "abcd-efgh-ijkl-mnop",
                 display_name: str = "Aarby Kommune"):
        super().__init__()
        self.users: dict[str, dict] = {}
        self.posts: dict[str, dict] = {}          # uri -> {uri, cid, did, record, indexedAt}
        self.threadgates: dict[str, dict] = {}    # root post uri -> {uri, cid, value}
        self.app_password = app_password
        self.page_size: int | None = None         # cap a page below the asked limit
        self._sessions: dict[str, dict] = {}      # jwt -> {did, scope, exp}
        self.blobs: dict[str, dict] = {}          # cid -> {did, mimeType, size}
        self.mutes: dict[str, set[str]] = {}      # did -> muted dids (the AppView's private list)
        self.blocks: dict[str, dict] = {}         # block record uri -> {did, subject}
        self.reports: list[dict] = []
        self._seq = 0
        self.me = self.add_user(handle, display_name)

    # --- seeding ---------------------------------------------------------------------------
    def add_user(self, handle: str, display_name: str | None = None) -> str:
        with self.lock:
            did = "did:plc:" + hashlib.sha256(handle.encode()).hexdigest()[:24]
            self.users[did] = {"did": did, "handle": handle, "displayName": display_name or ""}
            return did

    def did_of(self, handle: str) -> str | None:
        return next((d for d, u in self.users.items() if u["handle"] == handle), None)

    def _tid(self, moment: datetime) -> str:
        self._seq += 1
        value = (int(moment.timestamp() * 1_000_000) << 10) | (self._seq & 0x3FF)
        out = ""
        for _ in range(13):
            out = _B32[value & 31] + out
            value >>= 5
        return out

    def _cid(self, record: dict) -> str:
        digest = hashlib.sha256(json.dumps(record, sort_keys=True).encode() + secrets.token_bytes(4)).digest()
        return "bafyrei" + base64.b32encode(digest).decode().lower().rstrip("=")[:52]

    def add_post(self, did: str, text: str, *, reply_to: str | None = None, created: datetime | None = None,
                 quote_of: str | None = None, mention_me: bool = False) -> str:
        with self.lock:
            created = created or app_clock.now()
            record: dict = {"$type": "app.bsky.feed.post", "text": text, "createdAt": _iso(created)}
            if mention_me:
                handle = self.users[self.me]["handle"]
                record["text"] = f"@{handle} {text}"
                end = len(handle.encode()) + 1
                record["facets"] = [{"index": {"byteStart": 0, "byteEnd": end},
                                     "features": [{"$type": "app.bsky.richtext.facet#mention", "did": self.me}]}]
            if reply_to:
                parent = self.posts[reply_to]
                root = parent["record"].get("reply", {}).get("root") or {"uri": parent["uri"], "cid": parent["cid"]}
                record["reply"] = {"root": dict(root), "parent": {"uri": parent["uri"], "cid": parent["cid"]}}
            if quote_of:
                quoted = self.posts[quote_of]
                record["embed"] = {"$type": "app.bsky.embed.record",
                                   "record": {"uri": quoted["uri"], "cid": quoted["cid"]}}
            return self._store(did, record, created)["uri"]

    def _store(self, did: str, record: dict, indexed: datetime) -> dict:
        uri = f"at://{did}/app.bsky.feed.post/{self._tid(indexed)}"
        post = {"uri": uri, "cid": self._cid(record), "did": did, "record": record, "indexedAt": _iso(indexed)}
        self.posts[uri] = post
        return post

    # --- inspection ------------------------------------------------------------------------
    def exists(self, uri: str) -> bool:
        with self.lock:
            return uri in self.posts

    def replies_to(self, uri: str, own_only: bool = True) -> list[dict]:
        with self.lock:
            return [dict(p) for p in sorted(self.posts.values(), key=lambda p: p["uri"])
                    if p["record"].get("reply", {}).get("parent", {}).get("uri") == uri
                    and (not own_only or p["did"] == self.me)]

    def is_hidden(self, uri: str) -> bool:
        with self.lock:
            post = self.posts.get(uri)
            root = post["record"].get("reply", {}).get("root", {}).get("uri") if post else None
            gate = self.threadgates.get(root or "")
            return bool(gate and uri in gate["value"].get("hiddenReplies", []))

    def expire_sessions(self) -> None:
        """Move every access token past its expiry (refresh tokens stay valid)."""
        with self.lock:
            for session in self._sessions.values():
                if session["scope"] == "access":
                    session["exp"] = app_clock.now() - timedelta(seconds=1)

    # --- auth ------------------------------------------------------------------------------
    def _issue(self, did: str) -> dict:
        now = app_clock.now()
        out = {}
        for scope, life in (("access", ACCESS_LIFETIME), ("refresh", REFRESH_LIFETIME)):
            payload = {"scope": "com.atproto.access" if scope == "access" else "com.atproto.refresh",
                       "sub": did, "iat": int(now.timestamp()), "exp": int((now + life).timestamp()),
                       "jti": secrets.token_hex(8)}
            jwt = f"{_b64({'typ': 'at+jwt' if scope == 'access' else 'refresh+jwt', 'alg': 'ES256K'})}." \
                  f"{_b64(payload)}.{secrets.token_urlsafe(32)}"
            self._sessions[jwt] = {"did": did, "scope": scope, "exp": now + life}
            out[scope] = jwt
        user = self.users[did]
        return {"accessJwt": out["access"], "refreshJwt": out["refresh"], "did": did,
                "handle": user["handle"], "active": True}

    def _auth(self, request: Request, scope: str = "access"):
        """(did, None) for a live token of ``scope``, else (None, the PDS's refusal).
        com.atproto.server.refreshSession / getSession lexicons: ExpiredToken, InvalidToken;
        no Authorization header at all is 401 AuthenticationRequired (xrpc spec)."""
        token = self.token_of(request)
        if not token:
            return None, xrpc_error(401, "AuthenticationRequired", "Authentication Required")
        session = self._sessions.get(token)
        if session is None or session["scope"] != scope:
            return None, xrpc_error(400, "InvalidToken", "Token could not be verified")
        if session["exp"] <= app_clock.now():
            return None, bsky_expired()
        return session["did"], None

    def _ok(self, payload: dict) -> Response:
        return json_response(payload, 200, {
            "RateLimit-Limit": "3000", "RateLimit-Remaining": "2999",
            "RateLimit-Reset": str(int(app_clock.now().timestamp()) + 300), "RateLimit-Policy": "3000;w=300"})

    def create_session(self, request: Request) -> Response:
        body = request.get_json(silent=True) or {}
        identifier, password = str(body.get("identifier") or ""), str(body.get("password") or "")
        did = identifier if identifier in self.users else self.did_of(identifier)
        # createSession: a wrong identifier or password is 401 AuthenticationRequired.
        if did != self.me or password != self.app_password:
            return xrpc_error(401, "AuthenticationRequired", "Invalid identifier or password")
        return self._ok(self._issue(did))

    def refresh_session(self, request: Request) -> Response:
        # refreshSession takes the *refresh* JWT as bearer; an access JWT is InvalidToken.
        did, refusal = self._auth(request, "refresh")
        if refusal:
            return refusal
        # Rotation with a grace period, as the reference PDS does (@atproto/pds account-manager,
        # REFRESH_GRACE_MS = 2 * HOUR): the old refresh JWT keeps working for two hours and
        # answers with the pair it was rotated into, so a client that died before storing the
        # new pair is not locked out; after that it is refused.
        old = self._sessions[self.token_of(request)]
        issued = self._issue(did)
        if "next" in old:      # re-used within the grace: a new access JWT, the same next refresh JWT
            self._sessions.pop(issued["refreshJwt"], None)
            issued["refreshJwt"] = old["next"]
        else:
            old["next"] = issued["refreshJwt"]
            old["exp"] = min(old["exp"], app_clock.now() + REFRESH_GRACE)
        return self._ok(issued)

    def get_session(self, request: Request) -> Response:
        did, refusal = self._auth(request)
        if refusal:
            return refusal
        return self._ok({"did": did, "handle": self.users[did]["handle"], "active": True})

    def resolve_handle(self, request: Request) -> Response:
        _did, refusal = self._auth(request)
        if refusal:
            return refusal
        did = self.did_of(request.args.get("handle", ""))
        if not did:   # com.atproto.identity.resolveHandle: 400 "Unable to resolve handle"
            return xrpc_error(400, "InvalidRequest", "Unable to resolve handle")
        return self._ok({"did": did})

    # --- reading ---------------------------------------------------------------------------
    def _author(self, did: str) -> dict:
        user = self.users[did]
        return {"did": did, "handle": user["handle"], "displayName": user["displayName"], "labels": []}

    def _view(self, post: dict) -> dict:
        uri = post["uri"]
        replies = sum(1 for p in self.posts.values() if p["record"].get("reply", {}).get("parent", {}).get("uri") == uri)
        return {"uri": uri, "cid": post["cid"], "author": self._author(post["did"]), "record": post["record"],
                "replyCount": replies, "repostCount": 0, "likeCount": 0, "quoteCount": 0,
                "indexedAt": post["indexedAt"], "viewer": {}, "labels": []}

    def _reason(self, post: dict) -> str | None:
        if post["did"] == self.me:
            return None
        record = post["record"]
        parent = record.get("reply", {}).get("parent", {}).get("uri")
        if parent and parent in self.posts and self.posts[parent]["did"] == self.me:
            return "reply"
        embed = record.get("embed") or {}
        quoted = (embed.get("record") or {}).get("uri")
        if quoted and quoted in self.posts and self.posts[quoted]["did"] == self.me:
            return "quote"
        for facet in record.get("facets") or []:
            for feature in facet.get("features") or []:
                if feature.get("did") == self.me:
                    return "mention"
        return None

    def list_notifications(self, request: Request) -> Response:
        did, refusal = self._auth(request)
        if refusal:
            return refusal
        try:
            limit = int(request.args.get("limit", 50))
        except ValueError:
            return xrpc_error(400, "InvalidRequest", "limit must be an integer")
        if not 1 <= limit <= 100:   # listNotifications: limit minimum 1, maximum 100
            return xrpc_error(400, "InvalidRequest", "limit must be between 1 and 100")
        reasons = set(request.args.getlist("reasons"))
        notes = []
        for post in self.posts.values():
            reason = self._reason(post)
            if reason and (not reasons or reason in reasons):
                notes.append({"uri": post["uri"], "cid": post["cid"], "author": self._author(post["did"]),
                              "reason": reason, "record": post["record"], "isRead": False,
                              "indexedAt": post["indexedAt"], "labels": []})
        notes.sort(key=lambda n: (n["indexedAt"], n["uri"]), reverse=True)
        start = int(request.args.get("cursor") or 0)
        size = min(limit, self.page_size or limit)
        chunk = notes[start:start + size]
        payload: dict = {"notifications": chunk, "seenAt": _iso(app_clock.now())}
        if start + size < len(notes):
            payload["cursor"] = str(start + size)
        return self._ok(payload)

    def get_post_thread(self, request: Request) -> Response:
        _did, refusal = self._auth(request)
        if refusal:
            return refusal
        uri = request.args.get("uri", "")
        if uri not in self.posts:   # getPostThread: error NotFound
            return xrpc_error(400, "NotFound", f"Post not found: {uri}")
        depth = int(request.args.get("depth", 6))

        def node(post: dict, level: int) -> dict:
            out = {"$type": "app.bsky.feed.defs#threadViewPost", "post": self._view(post)}
            if level < depth:
                out["replies"] = [node(p, level + 1) for p in self.posts.values()
                                  if p["record"].get("reply", {}).get("parent", {}).get("uri") == post["uri"]]
            return out

        return self._ok({"thread": node(self.posts[uri], 0)})

    def get_posts(self, request: Request) -> Response:
        _did, refusal = self._auth(request)
        if refusal:
            return refusal
        uris = request.args.getlist("uris")
        if len(uris) > 25:   # getPosts: uris maxLength 25
            return xrpc_error(400, "InvalidRequest", "uris must not have more than 25 elements")
        # Missing posts are simply absent from the answer, not an error.
        return self._ok({"posts": [self._view(self.posts[u]) for u in uris if u in self.posts]})

    # --- writing ---------------------------------------------------------------------------
    def _own_repo(self, did: str, repo: str):
        # A session can only write its own repository (com.atproto.repo.* "repo": the DID or
        # handle of the repo; the PDS answers others with InvalidRequest/AuthRequired).
        if repo not in (did, self.users[did]["handle"]):
            return xrpc_error(400, "InvalidRequest", "Invalid repo: not the authenticated account")
        return None

    def create_record(self, request: Request) -> Response:
        did, refusal = self._auth(request)
        if refusal:
            return refusal
        body = request.get_json(silent=True) or {}
        refusal = self._own_repo(did, str(body.get("repo") or ""))
        if refusal:
            return refusal
        if body.get("collection") == "app.bsky.graph.block":
            return self._create_block(did, body.get("record"))
        if body.get("collection") != "app.bsky.feed.post":
            return xrpc_error(400, "InvalidRequest", "Only posts and blocks are supported by this fake")
        record = body.get("record")
        if not isinstance(record, dict) or record.get("$type") != "app.bsky.feed.post":
            return xrpc_error(400, "InvalidRequest", "Invalid app.bsky.feed.post record: $type")
        text = record.get("text")
        if not isinstance(text, str) or not isinstance(record.get("createdAt"), str):
            return xrpc_error(400, "InvalidRequest", "Record/text and Record/createdAt are required")
        # app.bsky.feed.post: text maxGraphemes 300, maxLength 3000 (bytes).
        if _graphemes(text) > 300 or len(text.encode()) > 3000:
            return xrpc_error(400, "InvalidRequest", "Record/text must not be longer than 300 graphemes")
        length = len(text.encode())
        for facet in record.get("facets") or []:
            index = facet.get("index") or {}
            start, end = index.get("byteStart"), index.get("byteEnd")
            # app.bsky.richtext.facet#byteSlice: minimum 0, end after start, within the text.
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
                return xrpc_error(400, "InvalidRequest", "Record/facets/index is not a valid byte slice")
        embed = record.get("embed")
        if embed is not None:
            refusal = self._check_images(did, embed)
            if refusal:
                return refusal
        reply = record.get("reply")
        if reply is not None:
            refusal = self._check_reply(reply)
            if refusal:
                return refusal
        post = self._store(did, record, app_clock.now())
        return self._ok({"uri": post["uri"], "cid": post["cid"], "validationStatus": "valid"})

    # --- mute, block, report ------------------------------------------------------------------
    def _create_block(self, did: str, record) -> Response:
        # app.bsky.graph.block: record key tid; required "subject" (format did) and "createdAt".
        if not isinstance(record, dict) or record.get("$type") != "app.bsky.graph.block":
            return xrpc_error(400, "InvalidRequest", "Invalid app.bsky.graph.block record: $type")
        subject = record.get("subject")
        if not isinstance(subject, str) or not subject.startswith("did:") or not isinstance(
                record.get("createdAt"), str):
            return xrpc_error(400, "InvalidRequest", "Record/subject must be a did and Record/createdAt is required")
        uri = f"at://{did}/app.bsky.graph.block/{self._tid(app_clock.now())}"
        self.blocks[uri] = {"did": did, "subject": subject}
        return self._ok({"uri": uri, "cid": self._cid(record), "validationStatus": "valid"})

    def blocking(self, did: str, subject: str) -> str | None:
        return next((u for u, b in self.blocks.items() if b["did"] == did and b["subject"] == subject), None)

    def mute_actor(self, request: Request) -> Response:
        did, refusal = self._auth(request)
        if refusal:
            return refusal
        actor = str((request.get_json(silent=True) or {}).get("actor") or "")
        # app.bsky.graph.muteActor: input {actor: at-identifier}, required. The AppView answers
        # an unknown actor "InvalidRequest: Actor not found" and refuses muting oneself
        # ("Cannot mute oneself", bluesky-social/atproto appview graph/muteActor.ts).
        target = actor if actor in self.users else self.did_of(actor)
        if not actor or target is None:
            return xrpc_error(400, "InvalidRequest", "Actor not found")
        if target == did:
            return xrpc_error(400, "InvalidRequest", "Cannot mute oneself")
        self.mutes.setdefault(did, set()).add(target)
        return Response(status=200)

    def get_profile(self, request: Request) -> Response:
        did, refusal = self._auth(request)
        if refusal:
            return refusal
        actor = request.args.get("actor", "")
        target = actor if actor in self.users else self.did_of(actor)
        if target is None:   # app.bsky.actor.getProfile: unknown actor -> InvalidRequest
            return xrpc_error(400, "InvalidRequest", "Profile not found")
        viewer = {"muted": target in self.mutes.get(did, set())}
        block = self.blocking(did, target)
        if block:
            viewer["blocking"] = block
        return self._ok({**self._author(target), "viewer": viewer})

    def create_report(self, request: Request) -> Response:
        did, refusal = self._auth(request)
        if refusal:
            return refusal
        # A PDS passes createReport on to a moderation service; Bluesky's clients name theirs in
        # the atproto-proxy header (atproto.com/specs/xrpc#service-proxying); the PDS refuses a
        # malformed one ("InvalidRequest: invalid service id").
        proxy = request.headers.get("atproto-proxy", "")
        if proxy and ("#" not in proxy or not proxy.startswith("did:")):
            return xrpc_error(400, "InvalidRequest", "invalid service id")
        body = request.get_json(silent=True) or {}
        reason_type = body.get("reasonType")
        # com.atproto.moderation.createReport: reasonType (com.atproto.moderation.defs#reasonType)
        # and subject (union of com.atproto.admin.defs#repoRef | com.atproto.repo.strongRef) are
        # required; reason maxGraphemes 2000.
        if not isinstance(reason_type, str) or not reason_type.startswith(
                ("com.atproto.moderation.defs#reason", "tools.ozone.report.defs#reason")):
            return xrpc_error(400, "InvalidRequest", "Input/reasonType must be a known reason type")
        reason = body.get("reason")
        if reason is not None and (not isinstance(reason, str) or _graphemes(reason) > 2000):
            return xrpc_error(400, "InvalidRequest", "Input/reason must not be longer than 2000 graphemes")
        subject = body.get("subject")
        if not isinstance(subject, dict):
            return xrpc_error(400, "InvalidRequest", "Input must have the property \"subject\"")
        if subject.get("$type") == "com.atproto.repo.strongRef":
            post = self.posts.get(str(subject.get("uri") or ""))
            # com.atproto.repo.strongRef: uri and cid both required; a cid that is not the
            # record's is a ref to something else.
            if post is None or not subject.get("cid") or subject.get("cid") != post["cid"]:
                return xrpc_error(400, "InvalidRequest", "Report subject not found")
        elif subject.get("$type") == "com.atproto.admin.defs#repoRef":
            if subject.get("did") not in self.users:
                return xrpc_error(400, "InvalidRequest", "Report subject not found")
        else:
            return xrpc_error(400, "InvalidRequest", "Input/subject has an unknown $type")
        report = {"id": len(self.reports) + 1, "reasonType": reason_type, "reason": reason or "",
                  "subject": subject, "reportedBy": did, "proxy": proxy,
                  "createdAt": _iso(app_clock.now())}
        self.reports.append(report)
        return self._ok(report)

    def upload_blob(self, request: Request) -> Response:
        did, refusal = self._auth(request)
        if refusal:
            return refusal
        data = request.get_data()
        mime = request.mimetype or "application/octet-stream"
        cid = "bafkrei" + base64.b32encode(hashlib.sha256(data).digest()).decode().lower().rstrip("=")[:52]
        self.blobs[cid] = {"did": did, "mimeType": mime, "size": len(data)}
        return self._ok({"blob": {"$type": "blob", "ref": {"$link": cid}, "mimeType": mime, "size": len(data)}})

    def _check_images(self, did: str, embed) -> Response | None:
        """app.bsky.embed.images: images maxLength 4; image blob accept image/*, maxSize
        1000000; ``alt`` is required. A blob must have been uploaded by this repo first."""
        if not isinstance(embed, dict) or embed.get("$type") != "app.bsky.embed.images":
            return xrpc_error(400, "InvalidRequest", "Only image embeds are supported by this fake")
        images = embed.get("images")
        if not isinstance(images, list) or not 1 <= len(images) <= 4:
            return xrpc_error(400, "InvalidRequest", "Record/embed/images must have 1 to 4 elements")
        for image in images:
            if not isinstance(image, dict) or not isinstance(image.get("alt"), str):
                return xrpc_error(400, "InvalidRequest", 'Record/embed/images/0 must have the property "alt"')
            blob = image.get("image") or {}
            stored = self.blobs.get(str((blob.get("ref") or {}).get("$link")))
            if stored is None or stored["did"] != did:
                return xrpc_error(400, "InvalidRequest", "Could not find blob")
            if stored["size"] > 1_000_000 or not stored["mimeType"].startswith("image/"):
                return xrpc_error(400, "InvalidRequest", "Record/embed/images/0/image is too big or not an image")
        return None

    def _check_reply(self, reply) -> Response | None:
        """app.bsky.feed.post#replyRef: root and parent are com.atproto.repo.strongRef (uri + cid).
        The real PDS stores a reply with a wrong CID or root; the AppView then leaves it out
        of the thread (the citizen never sees the answer). Refused here, loudly."""
        if not isinstance(reply, dict):
            return xrpc_error(400, "InvalidRequest", "Record/reply must be an object")
        refs = {}
        for key in ("root", "parent"):
            ref = reply.get(key)
            if not isinstance(ref, dict) or not ref.get("uri") or not ref.get("cid"):
                return xrpc_error(400, "InvalidRequest", f"Record/reply/{key} must have the properties uri and cid")
            post = self.posts.get(ref["uri"])
            if post is None or post["cid"] != ref["cid"]:
                return xrpc_error(400, "InvalidRequest", f"Record/reply/{key}: no post with that uri and cid")
            refs[key] = post
        parent = refs["parent"]
        want_root = parent["record"].get("reply", {}).get("root", {}).get("uri") or parent["uri"]
        if refs["root"]["uri"] != want_root:
            return xrpc_error(400, "InvalidRequest", "Record/reply/root is not the root of the parent's thread")
        return None

    def put_record(self, request: Request) -> Response:
        did, refusal = self._auth(request)
        if refusal:
            return refusal
        body = request.get_json(silent=True) or {}
        refusal = self._own_repo(did, str(body.get("repo") or ""))
        if refusal:
            return refusal
        if body.get("collection") != "app.bsky.feed.threadgate":
            return xrpc_error(400, "InvalidRequest", "Only threadgates are supported by this fake")
        record = body.get("record") or {}
        rkey = str(body.get("rkey") or "")
        root = f"at://{did}/app.bsky.feed.post/{rkey}"
        # app.bsky.feed.threadgate: "The record key (rkey) of the threadgate record must match
        # the record key of the thread's root post, and that record must be in the same
        # repository." (the AppView ignores a threadgate that breaks this; refused here)
        if record.get("post") != root or root not in self.posts:
            return xrpc_error(400, "InvalidRequest", "Threadgate must be in the root post's repo with its rkey")
        if self.posts[root]["record"].get("reply"):
            return xrpc_error(400, "InvalidRequest", "Threadgates only apply to a thread's root post")
        hidden = record.get("hiddenReplies") or []
        if not isinstance(hidden, list) or len(hidden) > 300:   # hiddenReplies maxLength 300
            return xrpc_error(400, "InvalidRequest", "Record/hiddenReplies must not have more than 300 elements")
        current = self.threadgates.get(root)
        swap = body.get("swapRecord")
        # com.atproto.repo.putRecord: swapRecord must match the current CID, else InvalidSwap.
        if swap is not None and (current is None or current["cid"] != swap):
            return xrpc_error(400, "InvalidSwap", "Record was at a different CID")
        uri = f"at://{did}/app.bsky.feed.threadgate/{rkey}"
        gate = {"uri": uri, "cid": self._cid(record), "value": record}
        self.threadgates[root] = gate
        return self._ok({"uri": uri, "cid": gate["cid"]})

    def get_record(self, request: Request) -> Response:
        _did, refusal = self._auth(request)
        if refusal:
            return refusal
        repo, collection, rkey = (request.args.get(k, "") for k in ("repo", "collection", "rkey"))
        if collection == "app.bsky.feed.threadgate":
            gate = self.threadgates.get(f"at://{repo}/app.bsky.feed.post/{rkey}")
            if gate:
                return self._ok(gate)
        elif collection == "app.bsky.feed.post":
            post = self.posts.get(f"at://{repo}/{collection}/{rkey}")
            if post:
                return self._ok({"uri": post["uri"], "cid": post["cid"], "value": post["record"]})
        # com.atproto.repo.getRecord: error RecordNotFound
        return xrpc_error(400, "RecordNotFound", f"Could not locate record: at://{repo}/{collection}/{rkey}")

    def delete_record(self, request: Request) -> Response:
        did, refusal = self._auth(request)
        if refusal:
            return refusal
        body = request.get_json(silent=True) or {}
        refusal = self._own_repo(did, str(body.get("repo") or ""))
        if refusal:
            return refusal
        uri = f"at://{did}/{body.get('collection')}/{body.get('rkey')}"
        self.posts.pop(uri, None)      # deleting a missing record is not an error
        return self._ok({})

    def list_records(self, request: Request) -> Response:
        _did, refusal = self._auth(request)
        if refusal:
            return refusal
        repo, collection = request.args.get("repo", ""), request.args.get("collection", "")
        limit = min(int(request.args.get("limit", 50)), 100)
        rows = sorted((p for p in self.posts.values() if p["did"] == repo and p["uri"].split("/")[3] == collection),
                      key=lambda p: p["uri"].rsplit("/", 1)[1], reverse=True)   # newest rkey first
        start = int(request.args.get("cursor") or 0)
        chunk = rows[start:start + limit]
        payload: dict = {"records": [{"uri": p["uri"], "cid": p["cid"], "value": p["record"]} for p in chunk]}
        if start + limit < len(rows):
            payload["cursor"] = str(start + limit)
        return self._ok(payload)
