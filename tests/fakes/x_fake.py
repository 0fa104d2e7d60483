"""A fake X API v2 (``/2/...``) answering like the real one (shared/design/platforms.md).

Realistic details on purpose: snowflake ids that grow with time (so ``since_id`` works),
``YYYY-MM-DDTHH:MM:SS.000Z`` timestamps, only requested fields returned, ``includes`` joins,
partial ``errors[]`` next to ``data`` for missing referenced posts, ``data`` omitted when a
page is empty, ``&<>`` escaped in text, replies stored with the leading @name X fills in and
URLs turned into t.co links, the 800-mention horizon, recent search's 7-day window, and
problem-details error bodies with the rate-limit headers.

Tests seed with ``add_user``/``add_tweet`` and inspect with ``replies_to``/``tweet``/
``is_hidden``/``exists``. Every endpoint runs under ``self.lock``.
"""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from app import clock as app_clock
from tests.fakes.server import FakePlatform, json_response

TWITTER_EPOCH_MS = 1288834974657
PROBLEMS = "https://api.twitter.com/2/problems"


def snowflake(moment: datetime, seq: int = 0) -> int:
    ms = int(moment.timestamp() * 1000)
    return ((ms - TWITTER_EPOCH_MS) << 22) | (seq & 0x3FFFFF)


def x_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{moment.microsecond // 1000:03d}Z"


def escape_x(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- error responses (also for tests to inject) ------------------------------------------------

def x_unauthorized() -> Response:
    return json_response({"title": "Unauthorized", "type": "about:blank", "status": 401,
                          "detail": "Unauthorized"}, 401)


def x_rate_limited(reset_epoch: int, limit: int = 450) -> Response:
    return json_response({"title": "Too Many Requests", "detail": "Too Many Requests",
                          "type": "about:blank", "status": 429}, 429,
                         {"x-rate-limit-limit": str(limit), "x-rate-limit-remaining": "0",
                          "x-rate-limit-reset": str(reset_epoch)})


def x_usage_capped() -> Response:
    return json_response({"title": "UsageCapExceeded", "detail": "Usage cap exceeded: Monthly product cap",
                          "type": f"{PROBLEMS}/usage-capped", "period": "Monthly", "scope": "Product",
                          "status": 429}, 429)


def x_credits_depleted() -> Response:
    # Pay-per-use with no credits left: HTTP 402 with this problem body, as recorded in
    # production (github.com/koala73/worldmonitor pull 7156, 2026-08-25).
    return json_response({"title": "Payment Required", "detail": "credits depleted",
                          "type": "https://api.x.com/2/problems/credits-depleted"}, 402)


def x_unsupported_auth() -> Response:
    return json_response({"errors": [{
        "title": "Unsupported Authentication",
        "detail": "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  "
                  "Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
        "type": f"{PROBLEMS}/unsupported-authentication", "status": 403}]}, 403)


def x_server_error(status: int = 503) -> Response:
    titles = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
    title = titles.get(status, "Service Unavailable")
    return json_response({"title": title, "detail": title, "type": "about:blank", "status": status}, status)


def x_forbidden(detail: str) -> Response:
    return json_response({"detail": detail, "type": "about:blank", "title": "Forbidden", "status": 403}, 403)


def _invalid(parameter: str, value: str, message: str) -> Response:
    return json_response({"errors": [{"parameters": {parameter: [value]}, "message": message}],
                          "title": "Invalid Request",
                          "detail": "One or more parameters to your request was invalid.",
                          "type": f"{PROBLEMS}/invalid-request"}, 400)


def _not_found_error(tid: str, parameter: str = "id") -> dict:
    return {"value": tid, "detail": f"Could not find tweet with {parameter}: [{tid}].",
            "title": "Not Found Error", "resource_type": "tweet", "parameter": parameter,
            "resource_id": tid, "type": f"{PROBLEMS}/resource-not-found"}


class XFake(FakePlatform):
    rules = [
        Rule("/2/users/me", endpoint="users_me", methods=["GET"]),
        Rule("/2/users/<uid>/mentions", endpoint="mentions", methods=["GET"]),
        Rule("/2/users/<uid>/tweets", endpoint="user_tweets", methods=["GET"]),
        Rule("/2/tweets/search/recent", endpoint="search_recent", methods=["GET"]),
        Rule("/2/tweets/<tid>/hidden", endpoint="hide", methods=["PUT"]),
        Rule("/2/tweets/<tid>", endpoint="tweet_endpoint", methods=["GET", "DELETE"]),
        Rule("/2/tweets", endpoint="create", methods=["POST"]),
    ]

    MENTION_HORIZON = 800
    TIMELINE_HORIZON = 3200

    def __init__(self, me_username: str = "kommune", me_name: str = "Kommunen"):
        super().__init__()
        self._seq = 0
        self.users: dict[str, dict] = {}
        self.hidden_from_includes: set[str] = set()   # e.g. suspended users
        self.tweets: dict[str, dict] = {}
        self.deleted: set[str] = set()
        self.reply_restricted: set[str] = set()
        self.page_cap: int | None = None      # at most this many posts per page (X may send fewer)
        self.page_overlap = 0                  # repeat this many posts at the start of the next page
        self._tokens: dict[str, int] = {}
        self.me = self.add_user(me_username, me_name)

    # --- seeding ---------------------------------------------------------------------------
    def _new_id(self, moment: datetime) -> str:
        self._seq += 1
        return str(snowflake(moment, self._seq))

    def add_user(self, username: str, name: str | None = None, *, in_includes: bool = True) -> str:
        with self.lock:
            uid = str(2_244_994_945 + len(self.users))
            self.users[uid] = {"id": uid, "username": username, "name": name or username}
            if not in_includes:
                self.hidden_from_includes.add(uid)
            return uid

    def add_tweet(self, author_id: str, text: str, *, reply_to: str | None = None,
                  in_reply_to_user_id: str | None = None, created_at: datetime | None = None,
                  quote_of: str | None = None, media: list[dict] | None = None) -> str:
        """Store a post as X would; ``reply_to`` may name a post that no longer exists."""
        with self.lock:
            created = created_at or app_clock.now()
            tid = self._new_id(created)
            refs = []
            conversation = tid
            if reply_to:
                refs.append({"type": "replied_to", "id": reply_to})
                parent = self.tweets.get(reply_to)
                if parent:
                    conversation = parent["conversation_id"]
                    in_reply_to_user_id = in_reply_to_user_id or parent["author_id"]
                else:
                    conversation = reply_to
            if quote_of:
                refs.append({"type": "quoted", "id": quote_of})
            self.tweets[tid] = {"id": tid, "text": text, "author_id": author_id, "created_at": created,
                                "conversation_id": conversation, "in_reply_to_user_id": in_reply_to_user_id,
                                "referenced_tweets": refs, "hidden": False, "broken": False,
                                "media": [dict(m, media_key=f"3_{tid}{i}") for i, m in enumerate(media or [])]}
            return tid

    def mention(self, author_id: str, text: str, **kwargs) -> str:
        """A post by ``author_id`` that mentions the account."""
        return self.add_tweet(author_id, f"@{self.users[self.me]['username']} {text}", **kwargs)

    def break_tweet(self, tid: str) -> None:
        """Make the post come out malformed (an unparseable created_at)."""
        with self.lock:
            self.tweets[tid]["broken"] = True

    # --- inspection ------------------------------------------------------------------------
    def tweet(self, tid: str) -> dict | None:
        with self.lock:
            found = self.tweets.get(tid)
            return dict(found) if found else None

    def exists(self, tid: str) -> bool:
        with self.lock:
            return tid in self.tweets

    def is_hidden(self, tid: str) -> bool:
        with self.lock:
            return bool(self.tweets[tid]["hidden"])

    def all_replies_to(self, tid: str) -> list[dict]:
        with self.lock:
            return [dict(t) for t in sorted(self.tweets.values(), key=lambda t: int(t["id"]))
                    if any(r["type"] == "replied_to" and r["id"] == tid for r in t["referenced_tweets"])]

    def replies_to(self, tid: str) -> list[dict]:
        """Replies to ``tid`` written by the connected account."""
        return [t for t in self.all_replies_to(tid) if t["author_id"] == self.me]

    # --- platform answers ------------------------------------------------------------------
    def unauthorized(self, request: Request) -> Response:
        return x_unauthorized()

    def not_found(self, request: Request) -> Response:
        return json_response({"errors": [{"message": "Sorry, that page does not exist", "code": 34}]}, 404)

    def _ok(self, payload: dict, status: int = 200, headers: dict | None = None) -> Response:
        base = {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "449",
                "x-rate-limit-reset": str(int(app_clock.now().timestamp()) + 900)}
        base.update(headers or {})
        return json_response(payload, status, base)

    def _render(self, t: dict, fields: set[str]) -> dict:
        out = {"id": t["id"], "text": escape_x(t["text"]), "edit_history_tweet_ids": [t["id"]]}
        if "created_at" in fields:
            out["created_at"] = "garbage" if t["broken"] else x_time(t["created_at"])
        if "author_id" in fields:
            out["author_id"] = t["author_id"]
        if "conversation_id" in fields:
            out["conversation_id"] = t["conversation_id"]
        if "in_reply_to_user_id" in fields and t["in_reply_to_user_id"]:
            out["in_reply_to_user_id"] = t["in_reply_to_user_id"]
        if "referenced_tweets" in fields and t["referenced_tweets"]:
            out["referenced_tweets"] = [dict(r) for r in t["referenced_tweets"]]
        if "attachments" in fields and t.get("media"):
            out["attachments"] = {"media_keys": [m["media_key"] for m in t["media"]]}
        if "entities" in fields:
            mentions = []
            for match in re.finditer(r"(?<!\w)@(\w{1,15})", t["text"]):
                uid = next((u["id"] for u in self.users.values() if u["username"].lower() == match.group(1).lower()),
                           None)
                if uid:
                    mentions.append({"start": match.start(), "end": match.end(), "username": match.group(1),
                                     "id": uid})
            if mentions:
                out["entities"] = {"mentions": mentions}
        return out

    def engages_me(self, t: dict) -> bool:
        """Did this post's author mention or quote the account (or reply to it)?"""
        handle = "@" + self.users[self.me]["username"].lower()
        if t["author_id"] == self.me or t["in_reply_to_user_id"] == self.me:
            return True
        if re.search(rf"(?<!\w){re.escape(handle)}(?!\w)", t["text"].lower()):
            return True
        return any(r["type"] == "quoted" and self.tweets.get(r["id"], {}).get("author_id") == self.me
                   for r in t["referenced_tweets"])

    def _listing(self, request: Request, candidates: list[dict], *, horizon: int, token_param: str,
                 min_results: int, max_results: int = 100) -> Response:
        args = request.args
        raw_max = args.get("max_results", "10")
        if not raw_max.isdigit() or not min_results <= int(raw_max) <= max_results:
            return _invalid("max_results", raw_max, f"The `max_results` query parameter value [{raw_max}] "
                                                     f"is not between {min_results} and {max_results}")
        size = int(raw_max)
        if self.page_cap:
            size = min(size, self.page_cap)
        ordered = sorted(candidates, key=lambda t: int(t["id"]), reverse=True)[:horizon]
        if args.get("since_id"):
            ordered = [t for t in ordered if int(t["id"]) > int(args["since_id"])]
        if args.get("until_id"):
            ordered = [t for t in ordered if int(t["id"]) < int(args["until_id"])]
        for name, keep in (("start_time", lambda t, m: t["created_at"] >= m),
                           ("end_time", lambda t, m: t["created_at"] < m)):
            if args.get(name):
                moment = datetime.fromisoformat(args[name].replace("Z", "+00:00"))
                ordered = [t for t in ordered if keep(t, moment)]
        offset = 0
        if args.get(token_param):
            if args[token_param] not in self._tokens:
                return _invalid(token_param, args[token_param], f"Invalid {token_param}")
            offset = self._tokens[args[token_param]]
        chunk = ordered[offset:offset + size]
        fields = set((args.get("tweet.fields") or "").split(","))
        expansions = set((args.get("expansions") or "").split(","))
        payload: dict = {}
        if chunk:
            payload["data"] = [self._render(t, fields) for t in chunk]
        includes: dict = {}
        errors = []
        if "author_id" in expansions and chunk:
            # id, name and username are X's default user fields: always present.
            users = [dict(self.users[uid]) for uid in dict.fromkeys(t["author_id"] for t in chunk)
                     if uid in self.users and uid not in self.hidden_from_includes]
            if users:
                includes["users"] = users
        if "referenced_tweets.id" in expansions:
            refs = []
            for t in chunk:
                for ref in t["referenced_tweets"]:
                    if ref["id"] in self.tweets:
                        refs.append(self._render(self.tweets[ref["id"]], fields))
                    else:
                        errors.append(_not_found_error(ref["id"], "referenced_tweets.id"))
            if refs:
                includes["tweets"] = list({r["id"]: r for r in refs}.values())
        if "attachments.media_keys" in expansions:
            # Media object: media_key and type by default, url / preview_image_url only when
            # media.fields asks (https://docs.x.com/x-api/fundamentals/data-dictionary).
            media_fields = set((args.get("media.fields") or "").split(","))
            media = [{"media_key": m["media_key"], "type": m["type"],
                      **{k: m[k] for k in ("url", "preview_image_url") if k in media_fields and m.get(k)}}
                     for t in chunk for m in t.get("media") or []]
            if media:
                includes["media"] = media
        if includes:
            payload["includes"] = includes
        if errors:
            payload["errors"] = errors
        meta: dict = {"result_count": len(chunk)}
        if chunk:
            meta["newest_id"] = chunk[0]["id"]
            meta["oldest_id"] = chunk[-1]["id"]
        next_offset = offset + len(chunk)
        if next_offset < len(ordered) and chunk:
            next_offset = max(offset + 1, next_offset - self.page_overlap)
            token = f"7140dibdnow9c7btw3w29g{len(self._tokens):04x}{next_offset:06x}"
            self._tokens[token] = next_offset
            meta["next_token"] = token
        payload["meta"] = meta
        return self._ok(payload)

    # --- endpoints -------------------------------------------------------------------------
    def users_me(self, request: Request) -> Response:
        return self._ok({"data": dict(self.users[self.me])})

    def mentions(self, request: Request, uid: str) -> Response:
        if uid not in self.users:
            return json_response({"errors": [_not_found_error(uid)]}, 200)
        handle = "@" + self.users[uid]["username"].lower()
        found = [t for t in self.tweets.values() if t["author_id"] != uid and
                 (handle in t["text"].lower() or t["in_reply_to_user_id"] == uid)]
        return self._listing(request, found, horizon=self.MENTION_HORIZON, token_param="pagination_token",
                             min_results=5)

    def user_tweets(self, request: Request, uid: str) -> Response:
        found = [t for t in self.tweets.values() if t["author_id"] == uid]
        return self._listing(request, found, horizon=self.TIMELINE_HORIZON, token_param="pagination_token",
                             min_results=5)

    def search_recent(self, request: Request) -> Response:
        query = request.args.get("query", "")
        window_start = app_clock.now() - timedelta(days=7)
        since = request.args.get("since_id")
        if since and int(since) < snowflake(window_start):
            return _invalid("since_id", since, f"Invalid 'since_id':'{since}'. 'since_id' must be a tweet id "
                                               f"created after {x_time(window_start)}.")
        terms = re.findall(r'"[^"]*"|\S+', query)
        found = []
        for t in self.tweets.values():
            if t["created_at"] < window_start:
                continue
            ok = True
            for term in terms:
                if term == "-is:retweet":
                    continue
                if term.startswith("conversation_id:"):
                    ok &= t["conversation_id"] == term.split(":", 1)[1]
                elif term.startswith("from:"):
                    ok &= self.users.get(t["author_id"], {}).get("username", "").lower() == term[5:].lower()
                else:
                    ok &= term.strip('"').lower() in t["text"].lower()
            if ok:
                found.append(t)
        return self._listing(request, found, horizon=10**9, token_param="next_token", min_results=10)

    def tweet_endpoint(self, request: Request, tid: str) -> Response:
        if request.method == "DELETE":
            t = self.tweets.get(tid)
            if t is None:
                return json_response({"title": "Not Found Error", "detail": f"Could not find tweet with id: [{tid}].",
                                      "type": f"{PROBLEMS}/resource-not-found", "status": 404}, 404)
            if t["author_id"] != self.me:
                return x_forbidden("You are not allowed to delete a Tweet you did not create.")
            del self.tweets[tid]
            self.deleted.add(tid)
            return self._ok({"data": {"deleted": True}})
        t = self.tweets.get(tid)
        if t is None:
            return self._ok({"errors": [_not_found_error(tid)]})
        fields = set((request.args.get("tweet.fields") or "").split(","))
        return self._ok({"data": self._render(t, fields)})

    def create(self, request: Request) -> Response:
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not isinstance(body.get("text"), str) or not body["text"].strip():
            return json_response({"errors": [{"message": "Requires at least one of text, media, quote or poll"}],
                                  "title": "Invalid Request",
                                  "detail": "One or more parameters to your request was invalid.",
                                  "type": f"{PROBLEMS}/invalid-request"}, 400)
        text = body["text"]
        reply_to = (body.get("reply") or {}).get("in_reply_to_tweet_id")
        if reply_to:
            parent = self.tweets.get(str(reply_to))
            if parent is None:
                return x_forbidden("You attempted to reply to a Tweet that is deleted or not visible to you.")
            # Since 24 Feb 2026 X lets apps (Free, Basic, Pro, Pay-Per-Use) reply through POST
            # /2/tweets only when the post's author mentioned or quoted the account (X Developers
            # announcement, reported by tekedia.com and odaily.news on 24 Feb 2026).
            if parent["id"] in self.reply_restricted or parent["conversation_id"] in self.reply_restricted \
                    or not self.engages_me(parent):
                return x_forbidden("Reply to this conversation is not allowed because you have not been "
                                   "mentioned or otherwise engaged by the author of the post you are replying to.")
            # X fills in the @name of the post replied to and links every URL through t.co.
            handle = "@" + self.users.get(parent["author_id"], {}).get("username", "user")
            if parent["author_id"] != self.me and not text.startswith(handle):
                text = f"{handle} {text}"
        text = re.sub(r"https?://\S+", lambda m: f"https://t.co/{abs(hash(m.group(0))) % 10**10:010d}", text)
        if any(t["author_id"] == self.me and t["text"] == text for t in self.tweets.values()):
            return x_forbidden("You are not allowed to create a Tweet with duplicate content.")
        tid = self.add_tweet(self.me, text, reply_to=str(reply_to) if reply_to else None)
        return self._ok({"data": {"id": tid, "text": escape_x(text), "edit_history_tweet_ids": [tid]}}, 201,
                        {"location": f"https://api.x.com/2/tweets/{tid}"})

    def hide(self, request: Request, tid: str) -> Response:
        body = request.get_json(silent=True)
        t = self.tweets.get(tid)
        if t is None:
            return json_response({"errors": [_not_found_error(tid)]}, 404)
        root = self.tweets.get(t["conversation_id"])
        if not isinstance(body, dict) or not isinstance(body.get("hidden"), bool):
            return _invalid("hidden", str(body), "hidden must be a boolean")
        if t["id"] == t["conversation_id"] or root is None or root["author_id"] != self.me:
            return x_forbidden("You can only hide or unhide replies to conversations you authored.")
        t["hidden"] = body["hidden"]
        return self._ok({"data": {"hidden": t["hidden"]}})
