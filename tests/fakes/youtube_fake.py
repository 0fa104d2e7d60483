"""A fake YouTube Data API v3 (``/youtube/v3/...``) per shared/design/platforms.md.

Realistic details on purpose: comment threads newest first with ``nextPageToken`` paging,
``replies.comments`` only a subset of ``totalReplyCount`` (``reply_subset``), reply ids
``<parentId>.<suffix>``, timestamps both with and without milliseconds, old discussion threads
without ``videoId``, ``textDisplay`` as HTML when asked for html, owner-only moderation queues
(``heldForReview``, ``likelySpam``) and ``moderationStatus``, quota accounting (list 1 unit,
write 50; ``quota_limit`` turns on ``quotaExceeded``), Google's error bodies, and state
changes on writes (replies, moderation status, deletes; rejected comments disappear).

Seed with ``add_video``/``add_comment``; inspect with ``replies_to``/``comment``/``status_of``.
"""
from __future__ import annotations

import itertools
from datetime import UTC, datetime

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from app import clock as app_clock
from tests.fakes.server import FakePlatform, json_response

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def yt_error(status: int, reason: str, message: str, domain: str = "youtube.comment",
             extra_status: str | None = None) -> Response:
    error = {"code": status, "message": message,
             "errors": [{"message": message, "domain": domain, "reason": reason}]}
    if extra_status:
        error["status"] = extra_status
    return json_response({"error": error}, status)


def yt_unauthorized() -> Response:
    message = ("Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or "
               "other valid authentication credential.")
    return json_response({"error": {"code": 401, "message": message,
                                    "errors": [{"message": "Invalid Credentials", "domain": "global",
                                                "reason": "authError", "location": "Authorization",
                                                "locationType": "header"}],
                                    "status": "UNAUTHENTICATED"}}, 401)


def yt_quota_exceeded() -> Response:
    return yt_error(403, "quotaExceeded", 'The request cannot be completed because you have exceeded your '
                                          '<a href="/youtube/v3/getting-started#quota">quota</a>.',
                    domain="youtube.quota")


def yt_rate_limited(reason: str = "rateLimitExceeded") -> Response:
    return yt_error(403, reason, "The request cannot be completed because you have exceeded your rate limit.",
                    domain="usageLimits")


def yt_server_error(status: int = 503) -> Response:
    return yt_error(status, "backendError", "Backend Error", domain="global")


def _id(n: int, length: int = 22) -> str:
    chars = []
    for _ in range(length):
        n, r = divmod(n * 2654435761 + 97, 64)
        chars.append(_ALPHABET[r])
    return "".join(chars)


class YouTubeFake(FakePlatform):
    rules = [
        Rule("/youtube/v3/channels", endpoint="channels_endpoint", methods=["GET"]),
        Rule("/youtube/v3/videos", endpoint="videos_endpoint", methods=["GET"]),
        Rule("/youtube/v3/commentThreads", endpoint="threads_endpoint", methods=["GET"]),
        Rule("/youtube/v3/comments", endpoint="comments_endpoint", methods=["GET", "POST", "DELETE"]),
        Rule("/youtube/v3/comments/setModerationStatus", endpoint="moderation_endpoint", methods=["POST"]),
    ]

    def __init__(self, channel_title: str = "Svarbox Kommune"):
        super().__init__()
        self._counter = itertools.count(1)
        self.channel_id = "UC" + _id(0)
        self.channel_title = channel_title
        self.videos: dict[str, dict] = {}
        self.comments: dict[str, dict] = {}
        self.banned: set[str] = set()
        self.comments_disabled: set[str] = set()   # video ids
        self.page_cap: int | None = None            # at most this many items per page
        self.page_overlap = 0                        # repeat this many items at the start of a page
        self.reply_subset = 2                        # replies embedded in a thread
        self.force_html_display = False              # textDisplay as HTML even for plainText
        self.quota_used = 0
        self.quota_limit: int | None = None
        self._tokens: dict[str, int] = {}

    # --- seeding ---------------------------------------------------------------------------
    def add_video(self, title: str, *, published_at: datetime | None = None) -> str:
        with self.lock:
            vid = _id(next(self._counter), 11)
            self.videos[vid] = {"id": vid, "title": title,
                                "published": published_at or app_clock.now()}
            return vid

    def add_comment(self, video_id: str | None, author: str, text: str, *, parent: str | None = None,
                    created_at: datetime | None = None, status: str = "published", author_channel: str | None = None,
                    with_original: bool = True, millis: bool | None = None, can_reply: bool = True) -> str:
        """A top-level comment (or a reply when ``parent`` is given); ``video_id`` None makes an
        old channel-discussion thread. ``author_channel`` defaults to a channel per name."""
        with self.lock:
            n = next(self._counter)
            cid = f"{parent}.{_id(n)}" if parent else f"Ugz{_id(n, 19)}AaABAg"
            if parent:
                video_id = self.comments[parent]["video"]
            created = created_at or app_clock.now()
            self.comments[cid] = {
                "id": cid, "video": video_id, "parent": parent, "author": author,
                "author_channel": author_channel or ("UC" + _id(hash(author) & 0xFFFFFFFF)),
                "text": text, "published": created, "updated": created, "status": status,
                "with_original": with_original, "millis": n % 2 == 0 if millis is None else millis,
                "can_reply": can_reply, "broken": False,
            }
            return cid

    def own_comment(self, video_id: str | None, text: str, **kwargs) -> str:
        return self.add_comment(video_id, self.channel_title, text, author_channel=self.channel_id, **kwargs)

    def break_comment(self, cid: str) -> None:
        """Make the comment come out malformed (an unparseable publishedAt)."""
        with self.lock:
            self.comments[cid]["broken"] = True

    # --- inspection ------------------------------------------------------------------------
    def comment(self, cid: str) -> dict | None:
        with self.lock:
            found = self.comments.get(cid)
            return dict(found) if found else None

    def status_of(self, cid: str) -> str | None:
        with self.lock:
            return self.comments[cid]["status"] if cid in self.comments else None

    def all_replies_to(self, cid: str) -> list[dict]:
        with self.lock:
            return [dict(c) for c in self._replies(cid, published_only=False)]

    def replies_to(self, cid: str) -> list[dict]:
        """Replies under the top-level comment written by the connected channel."""
        return [c for c in self.all_replies_to(cid) if c["author_channel"] == self.channel_id]

    # --- helpers ---------------------------------------------------------------------------
    def _replies(self, cid: str, published_only: bool = True) -> list[dict]:
        found = [c for c in self.comments.values() if c["parent"] == cid and
                 (c["status"] == "published" or not published_only)]
        return sorted(found, key=lambda c: c["published"])

    @staticmethod
    def _stamp(moment: datetime, millis: bool) -> str:
        moment = moment.astimezone(UTC)
        base = moment.strftime("%Y-%m-%dT%H:%M:%S")
        return f"{base}.{moment.microsecond // 1000:03d}Z" if millis else base + "Z"

    def _render_comment(self, c: dict, text_format: str, owner: bool = True) -> dict:
        html_display = text_format == "html" or self.force_html_display
        display = c["text"]
        if html_display:
            display = display.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
                .replace('"', "&quot;").replace("'", "&#39;").replace("\n", "<br>")
        snippet = {"channelId": self.channel_id, "textDisplay": display,
                   "authorDisplayName": "@" + c["author"].replace(" ", ""),
                   "authorProfileImageUrl": "https://yt3.ggpht.example/a.jpg",
                   "authorChannelUrl": "http://www.youtube.com/@" + c["author"].replace(" ", ""),
                   "authorChannelId": {"value": c["author_channel"]},
                   "canRate": True, "viewerRating": "none", "likeCount": 0,
                   "publishedAt": "not a time" if c["broken"] else self._stamp(c["published"], c["millis"]),
                   "updatedAt": self._stamp(c["updated"], c["millis"])}
        if c["with_original"]:
            snippet["textOriginal"] = c["text"]
        if c["video"]:
            snippet["videoId"] = c["video"]
        if c["parent"]:
            snippet["parentId"] = c["parent"]
        if owner and c["status"] != "published":
            snippet["moderationStatus"] = c["status"]
        return {"kind": "youtube#comment", "etag": _id(len(c["id"])), "id": c["id"], "snippet": snippet}

    def _render_thread(self, c: dict, text_format: str) -> dict:
        replies = self._replies(c["id"])
        snippet = {"channelId": self.channel_id, "topLevelComment": self._render_comment(c, text_format),
                   "canReply": c["can_reply"] and c["video"] not in self.comments_disabled,
                   "totalReplyCount": len(replies), "isPublic": True}
        if c["video"]:
            snippet["videoId"] = c["video"]
        thread = {"kind": "youtube#commentThread", "etag": _id(len(c["id"]) + 1), "id": c["id"], "snippet": snippet}
        if replies:
            thread["replies"] = {"comments": [self._render_comment(r, text_format)
                                              for r in replies[:self.reply_subset]]}
        return thread

    def _spend(self, units: int) -> Response | None:
        if self.quota_limit is not None and self.quota_used + units > self.quota_limit:
            return yt_quota_exceeded()
        self.quota_used += units
        return None

    def _page(self, request: Request, rows: list, render, kind: str) -> Response:
        raw_max = request.args.get("maxResults", "20")
        if not raw_max.isdigit() or not 1 <= int(raw_max) <= 100:
            return yt_error(400, "invalidParameter", f"Invalid value '{raw_max}' for maxResults", domain="youtube.parameter")
        size = int(raw_max)
        if self.page_cap:
            size = min(size, self.page_cap)
        offset = 0
        token = request.args.get("pageToken")
        if token:
            if token not in self._tokens:
                return yt_error(400, "invalidPageToken", "The page token is invalid.", domain="youtube.parameter")
            offset = self._tokens[token]
        chunk = rows[offset:offset + size]
        payload: dict = {"kind": kind, "etag": _id(offset + 7),
                         "pageInfo": {"totalResults": len(rows), "resultsPerPage": size},
                         "items": [render(r) for r in chunk]}
        if offset + len(chunk) < len(rows) and chunk:
            next_offset = max(offset + 1, offset + len(chunk) - self.page_overlap)
            token = "Q" + _id(len(self._tokens) + 1000, 30)
            self._tokens[token] = next_offset
            payload["nextPageToken"] = token
        return json_response(payload)

    # --- platform answers ------------------------------------------------------------------
    def unauthorized(self, request: Request) -> Response:
        return yt_unauthorized()

    def not_found(self, request: Request) -> Response:
        return yt_error(404, "notFound", "Not Found", domain="global")

    def channels_endpoint(self, request: Request) -> Response:
        if (refused := self._spend(1)) is not None:
            return refused
        if request.args.get("mine") != "true" and request.args.get("id") != self.channel_id:
            return json_response({"kind": "youtube#channelListResponse", "pageInfo": {"totalResults": 0}, "items": []})
        return json_response({"kind": "youtube#channelListResponse", "etag": "e",
                              "pageInfo": {"totalResults": 1, "resultsPerPage": 5},
                              "items": [{"kind": "youtube#channel", "etag": "c", "id": self.channel_id,
                                         "snippet": {"title": self.channel_title, "description": "",
                                                     "customUrl": "@svarboxkommune",
                                                     "publishedAt": "2015-03-01T10:00:00Z"}}]})

    def videos_endpoint(self, request: Request) -> Response:
        if (refused := self._spend(1)) is not None:
            return refused
        ids = [v for v in request.args.get("id", "").split(",") if v]
        items = [{"kind": "youtube#video", "etag": "v", "id": v,
                  "snippet": {"publishedAt": self._stamp(self.videos[v]["published"], False),
                              "channelId": self.channel_id, "title": self.videos[v]["title"],
                              "channelTitle": self.channel_title}}
                 for v in ids if v in self.videos]
        return json_response({"kind": "youtube#videoListResponse", "etag": "l",
                              "pageInfo": {"totalResults": len(items), "resultsPerPage": len(items)}, "items": items})

    def threads_endpoint(self, request: Request) -> Response:
        if (refused := self._spend(1)) is not None:
            return refused
        args = request.args
        if "snippet" not in args.get("part", ""):
            return yt_error(400, "invalidPart", "part must include snippet", domain="youtube.parameter")
        status = args.get("moderationStatus", "published")
        if status not in ("published", "heldForReview", "likelySpam"):
            return yt_error(400, "invalidModerationStatus", "Invalid moderationStatus", domain="youtube.parameter")
        tops = [c for c in self.comments.values() if not c["parent"] and c["status"] == status]
        if args.get("allThreadsRelatedToChannelId"):
            if args["allThreadsRelatedToChannelId"] != self.channel_id:
                return yt_error(403, "forbidden", "The request is not properly authorized.")
        elif args.get("videoId"):
            if args["videoId"] not in self.videos:
                return yt_error(404, "videoNotFound", "The video identified by the videoId parameter could not be found.")
            tops = [c for c in tops if c["video"] == args["videoId"]]
        else:
            return yt_error(400, "missingRequiredParameter", "No filter selected.", domain="youtube.parameter")
        tops.sort(key=lambda c: c["published"], reverse=True)    # order=time
        fmt = args.get("textFormat", "html")
        return self._page(request, tops, lambda c: self._render_thread(c, fmt), "youtube#commentThreadListResponse")

    def comments_endpoint(self, request: Request) -> Response:
        if request.method == "POST":
            return self._insert(request)
        if request.method == "DELETE":
            return self._delete(request)
        if (refused := self._spend(1)) is not None:
            return refused
        args = request.args
        fmt = args.get("textFormat", "html")
        if args.get("id"):
            ids = args["id"].split(",")
            rows = [self.comments[i] for i in ids if i in self.comments and self.comments[i]["status"] != "rejected"]
            return json_response({"kind": "youtube#commentListResponse", "etag": "x",
                                  "items": [self._render_comment(c, fmt) for c in rows]})
        if args.get("parentId"):
            if args["parentId"] not in self.comments:
                return yt_error(404, "commentNotFound", "The comment identified by the parentId parameter could not be found.")
            rows = self._replies(args["parentId"])
            return self._page(request, rows, lambda c: self._render_comment(c, fmt), "youtube#commentListResponse")
        return yt_error(400, "missingRequiredParameter", "No filter selected.", domain="youtube.parameter")

    def _insert(self, request: Request) -> Response:
        body = request.get_json(silent=True)
        snippet = body.get("snippet") if isinstance(body, dict) else None
        if "snippet" not in request.args.get("part", "") or not isinstance(snippet, dict):
            return yt_error(400, "invalidPart", "part=snippet is required", domain="youtube.parameter")
        parent_id, text = snippet.get("parentId"), snippet.get("textOriginal")
        if not isinstance(text, str) or not text.strip():
            return yt_error(400, "commentTextRequired", "The comment must contain text.")
        parent = self.comments.get(str(parent_id))
        if parent is None or parent["status"] == "rejected":
            return yt_error(404, "commentNotFound", "The comment identified by the parentId parameter could not be found.")
        if parent["parent"]:
            return yt_error(400, "operationNotSupported", "The API does not support replying to a reply.")
        if parent["video"] in self.comments_disabled or not parent["can_reply"]:
            return yt_error(403, "commentsDisabled", "Comments are disabled for this video.")
        if len(text) > 10000:
            return yt_error(400, "commentTextTooLong", "The comment text is too long.")
        if (refused := self._spend(50)) is not None:
            return refused
        cid = self.own_comment(None, text, parent=parent["id"], millis=True)
        return json_response(self._render_comment(self.comments[cid], "html"))

    def _delete(self, request: Request) -> Response:
        cid = request.args.get("id", "")
        found = self.comments.get(cid)
        if found is None:
            return yt_error(404, "commentNotFound", "The comment could not be found.")
        if found["author_channel"] != self.channel_id:
            return yt_error(403, "forbidden", "The comment could not be deleted: only its author can delete it.")
        if (refused := self._spend(50)) is not None:
            return refused
        for reply in self._replies(cid, published_only=False):
            del self.comments[reply["id"]]
        del self.comments[cid]
        return Response(status=204)

    def moderation_endpoint(self, request: Request) -> Response:
        args = request.args
        ids = [i for i in args.get("id", "").split(",") if i]
        status = args.get("moderationStatus")
        if not ids or len(ids) > 50 or status not in ("heldForReview", "published", "rejected"):
            return yt_error(400, "invalidParameter", "id and a valid moderationStatus are required.",
                            domain="youtube.parameter")
        if args.get("banAuthor") == "true" and status != "rejected":
            return yt_error(400, "banWithoutReject", "banAuthor can only be used with rejected.")
        for cid in ids:
            if cid not in self.comments:
                return yt_error(404, "commentNotFound", "The comment could not be found.")
            if self.comments[cid]["status"] == "rejected" and status != "rejected":
                return yt_error(400, "operationNotSupported", "A rejected comment cannot be changed.")
        if (refused := self._spend(50)) is not None:
            return refused
        for cid in ids:
            self.comments[cid]["status"] = status
            if args.get("banAuthor") == "true":
                self.banned.add(self.comments[cid]["author_channel"])
        return Response(status=204)
