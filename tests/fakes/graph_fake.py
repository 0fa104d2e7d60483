"""Fake Meta Graph API servers: a Facebook Page and an Instagram professional account.

They answer like the real Graph API as summarised in shared/design/platforms.md: ids are
strings, timestamps use ``2021-08-10T18:45:03+0000``, lists come in small pages with
``paging.cursors`` and an absolute ``next`` URL back to this server (Facebook keeps
``cursors`` on the last page, Instagram drops ``paging``), ``fields=`` selects what is sent
(``from`` can be missing), errors use the Graph error object, and writes change state.

Use::

    fb = FakeFacebook(token="tok")
    post = fb.add_post("Road works", created=dt)
    c = fb.add_comment(post, "When?", created=dt)
    with FakeServer(fb) as server:
        connector = FacebookConnector(ConnectorConfig(fb.page_id, "tok", base_url=api_base(server)))
        ...
    fb.replies_to(c)          # what the connector wrote, inspectable after the fact

State is guarded by ``self.lock`` (the server is threaded). For kill tests, ``write_delay``
holds each write's answer back after the write is stored (outside the lock), and
``write_stored`` is set as soon as a write lands.
"""
from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from app import clock as app_clock
from tests.fakes.server import FakePlatform, json_response

API_PREFIX = "/v25.0"
GRAPH_TIME = "%Y-%m-%dT%H:%M:%S+0000"


def api_base(server) -> str:
    """The base URL a connector should use for a FakeServer running a Graph fake."""
    return server.url + API_PREFIX


def graph_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(GRAPH_TIME)


def _now() -> datetime:
    return app_clock.now().replace(microsecond=0)


# --- error bodies (usable with FakePlatform.inject) --------------------------------------------

def graph_error_response(code: int, message: str, *, subcode: int | None = None, status: int = 400,
                         error_type: str = "OAuthException", is_transient: bool | None = None,
                         user_title: str | None = None, user_msg: str | None = None,
                         headers: dict | None = None) -> Response:
    error = {"message": message, "type": error_type, "code": code, "fbtrace_id": "AbCdEfGhIjK"}
    if subcode is not None:
        error["error_subcode"] = subcode
    if is_transient is not None:
        error["is_transient"] = is_transient
    if user_title:
        error["error_user_title"] = user_title
    if user_msg:
        error["error_user_msg"] = user_msg
    return json_response({"error": error}, status, headers)


def expired_token_response() -> Response:
    return graph_error_response(
        190, "Error validating access token: Session has expired on Tuesday, 10-Aug-21 10:00:00 PDT. "
             "The current time is Tuesday, 10-Aug-21 11:00:00 PDT.", subcode=463)


def throttle_response(code: int = 80001, minutes: int | None = 5, object_id: str = "0",
                      usage_type: str = "pages", status: int = 400) -> Response:
    """A throttle error with the Business Use Case usage header (``minutes`` None: no estimate)."""
    entry = {"type": usage_type, "call_count": 100, "total_cputime": 40, "total_time": 45}
    if minutes is not None:
        entry["estimated_time_to_regain_access"] = minutes
    messages = {4: "(#4) Application request limit reached", 17: "(#17) User request limit reached",
                32: "(#32) Page request limit reached",
                80001: "(#80001) There have been too many calls to this Page account. Wait a bit and try again.",
                80002: "(#80002) There have been too many calls to this Instagram account. Wait a bit and try again."}
    return graph_error_response(code, messages.get(code, f"(#{code}) Rate limit reached"), status=status,
                                headers={"X-Business-Use-Case-Usage": json.dumps({object_id: [entry]}),
                                         "X-App-Usage": json.dumps({"call_count": 100, "total_cputime": 30,
                                                                    "total_time": 30})})


def transient_response(status: int = 500) -> Response:
    return graph_error_response(2, "An unexpected error has occurred. Please retry your request later.",
                                status=status, is_transient=True)


def malformed_response() -> Response:
    return Response('{"data": [{"id": "1", "message": "cut off', status=200, content_type="application/json")


def not_found_response(object_id: str) -> Response:
    return graph_error_response(
        100, f"Unsupported get request. Object with ID '{object_id}' does not exist, cannot be loaded due "
             "to missing permissions, or does not support this operation.", subcode=33,
        error_type="GraphMethodException")


# --- fields= parsing ---------------------------------------------------------------------------

def _split_top(spec: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in spec:
        if ch in "{(":
            depth += 1
        elif ch in "})":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    if current:
        parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def parse_fields(spec: str | None) -> dict[str, dict] | None:
    """``a,b{c,d},e.limit(2){f}`` -> {"a": {...}, "b": {"sub": "c,d"}, "e": {"limit": 2, "sub": "f"}}."""
    if not spec:
        return None
    out = {}
    for token in _split_top(spec):
        head, sub = token, None
        if "{" in token and token.endswith("}"):
            head, sub = token[:token.index("{")], token[token.index("{") + 1:-1]
        name, *mods = head.split(".")
        limit = None
        for mod in mods:
            match = re.fullmatch(r"limit\((\d+)\)", mod)
            if match:
                limit = int(match.group(1))
        out[name] = {"limit": limit, "sub": sub}
    return out


def select(obj: dict, fields: dict | None, default: tuple[str, ...] = ("id",)) -> dict:
    wanted = list(fields) if fields is not None else list(default)
    out = {"id": obj["id"]} if "id" in obj else {}
    for key in wanted:
        if key not in obj or key == "id":
            continue
        value = obj[key]
        sub = fields[key]["sub"] if fields else None
        if sub and isinstance(value, dict) and "data" not in value:
            value = select(value, parse_fields(sub))
        out[key] = value
    return out


def _encode(position: int) -> str:
    return base64.urlsafe_b64encode(f"pos:{position}".encode()).decode().rstrip("=")


def _decode(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        return int(text.split(":", 1)[1])
    except (ValueError, IndexError):
        return 0


# --- the shared fake ---------------------------------------------------------------------------

class _GraphFake(FakePlatform):
    @property
    def rules(self) -> list[Rule]:
        # Fresh Rule objects per instance: a werkzeug Rule binds to one Map only, so a
        # class-level list would break the second fake created in a test session.
        return [
            Rule(f"{API_PREFIX}/<node_id>", methods=["GET"], endpoint="get_node"),
            Rule(f"{API_PREFIX}/<node_id>", methods=["POST"], endpoint="post_node"),
            Rule(f"{API_PREFIX}/<node_id>", methods=["DELETE"], endpoint="delete_node"),
            Rule(f"{API_PREFIX}/<node_id>/<edge>", methods=["GET"], endpoint="get_edge"),
            Rule(f"{API_PREFIX}/<node_id>/<edge>", methods=["POST"], endpoint="post_edge"),
            Rule(f"{API_PREFIX}/<node_id>/<edge>", methods=["DELETE"], endpoint="delete_edge"),
        ]

    drop_paging_on_last_page = False   # Instagram: the last page has no ``paging`` key at all

    def __init__(self, token: str | None = "test-token", page_size: int = 2):
        super().__init__()
        if token:
            self.valid_tokens = {token}
        self.page_size = page_size
        self.repeat_last = False          # each next page starts with the previous page's last item
        self.write_delay = 0.0            # seconds to hold a write's answer after storing it
        self.extra_headers: dict[str, str] = {}   # added to every answer, e.g. X-App-Usage
        self.write_stored = threading.Event()
        self._ids = itertools.count(1001)

    def _new_id(self) -> str:
        return str(next(self._ids))

    def unauthorized(self, request: Request) -> Response:
        return graph_error_response(190, "Invalid OAuth access token - Cannot parse access token")

    def not_found(self, request: Request) -> Response:
        return graph_error_response(2500, f"Unknown path components: {request.path}")

    def __call__(self, environ, start_response):
        def start(status, headers, exc_info=None):
            with self.lock:
                extra = list(self.extra_headers.items())
            return start_response(status, list(headers) + extra, exc_info)

        result = super().__call__(environ, start)
        # Outside the lock: other requests are served while this answer is held back.
        if self.write_delay and environ.get("REQUEST_METHOD") in ("POST", "DELETE"):
            time.sleep(self.write_delay)
        return result

    def _stored(self) -> None:
        self.write_stored.set()

    def delete_edge(self, request: Request, node_id: str, edge: str) -> Response:
        return self.not_found(request)

    # -- paging
    def _paged(self, request: Request, items: list, *, path: str | None = None,
               args: dict | None = None, limit: int | None = None, render=None) -> dict:
        """One page of ``items`` plus Graph paging with absolute URLs. ``render``, if given,
        turns each item of the page into its JSON (only the page's: the soak's anchor post
        gathers a week of comments, and rendering them all per request made the fake
        quadratic)."""
        args = dict(request.args if args is None else args)
        try:
            asked = int(limit or args.get("limit") or 25)
        except ValueError:
            asked = 25
        size = max(1, min(asked, self.page_size))
        start = _decode(args.get("after"))
        if self.repeat_last and start > 0:
            start -= 1
        chunk = items[start:start + size]
        end = start + len(chunk)
        if render is not None:
            chunk = [render(x) for x in chunk]
        body: dict = {"data": chunk}
        has_next = end < len(items)
        if not chunk or (not has_next and self.drop_paging_on_last_page):
            return body
        paging: dict = {"cursors": {"before": _encode(start), "after": _encode(end)}}
        base = request.host_url.rstrip("/") + (path or request.path)
        keep = {k: v for k, v in args.items() if k not in ("access_token", "after", "before")}
        if has_next:
            paging["next"] = base + "?" + urlencode({**keep, "limit": size, "after": _encode(end)})
        if start > 0:
            paging["previous"] = base + "?" + urlencode({**keep, "limit": size, "before": _encode(start)})
        body["paging"] = paging
        return body

    def _fields(self, request: Request) -> dict | None:
        return parse_fields(request.args.get("fields"))


# --- Facebook ----------------------------------------------------------------------------------

CITIZEN = {"id": "100200300400", "name": "Anna Jensen"}


class FakeFacebook(_GraphFake):
    """A Facebook Page with posts, comments (two levels) and Messenger conversations."""

    def __init__(self, page_id: str = "111222333", page_name: str = "Aarby Kommune", **kwargs):
        super().__init__(**kwargs)
        self.page_id = page_id
        self.page_name = page_name
        self.posts: dict[str, dict] = {}
        self.comments: dict[str, dict] = {}
        self.conversations: dict[str, dict] = {}
        self.private_replies: list[dict] = []
        # Token kinds (developers.facebook.com/docs/facebook-login/guides/access-tokens): a User
        # token's /me is the person; a Page token's /me is the Page. A Page token read from
        # /{page-id}?fields=access_token with a long-lived User token never expires; made from a
        # short-lived one it dies with it (about an hour). /debug_token tells type and expiry.
        self.token_kinds: dict[str, dict] = {}
        if kwargs.get("token", "test-token"):
            self.token_kinds[kwargs.get("token", "test-token")] = {"type": "PAGE", "expires_at": 0}
        self.admin_user = {"id": "5550001", "name": "Mette Jensen"}
        # Messenger: whether the Page was approved for the HUMAN_AGENT tag.
        self.human_agent_approved = False
        # Page recommendations (the ratings edge); reading them needs pages_read_user_content.
        self.ratings: list[dict] = []
        self.can_read_ratings = True
        # People banned from the Page (the blocked edge): user id -> name. ``can_ban``: the
        # token carries the permission/task to moderate the Page.
        self.blocked: dict[str, str] = {}
        self.can_ban = True

    @property
    def page_from(self) -> dict:
        return {"name": self.page_name, "id": self.page_id}

    # -- tokens
    def add_user_token(self, token: str, long_lived: bool = True) -> None:
        """A User token of the Page's admin: long-lived (about 60 days) or short-lived (an hour)."""
        with self.lock:
            expires = int(_now().timestamp()) + (60 * 86400 if long_lived else 3600)
            self.token_kinds[token] = {"type": "USER", "expires_at": expires, "long_lived": long_lived}
            self.valid_tokens.add(token)

    def _token_kind(self, request: Request) -> dict:
        return self.token_kinds.get(self.token_of(request) or "", {"type": "PAGE", "expires_at": 0})

    def _debug_token(self, request: Request) -> Response:
        kind = self.token_kinds.get(request.args.get("input_token", ""))
        if kind is None:
            return json_response({"data": {"is_valid": False, "error": {"code": 190,
                                                                         "message": "Invalid OAuth access token."}}})
        data = {"type": kind["type"], "is_valid": True, "expires_at": kind["expires_at"],
                "scopes": ["pages_show_list", "pages_read_engagement", "pages_manage_engagement",
                           "pages_read_user_content", "pages_messaging"]}
        if kind["type"] == "PAGE":
            data["profile_id"] = self.page_id
        else:
            data["user_id"] = self.admin_user["id"]
        return json_response({"data": data})

    # -- seeding
    def add_post(self, message: str | None = "", created: datetime | None = None,
                 author: dict | None | str = "page", post_id: str | None = None) -> str:
        """``author``: "page" (own post), a ``{"id","name"}`` dict (visitor post) or None (no ``from``)."""
        with self.lock:
            post_id = post_id or f"{self.page_id}_{self._new_id()}"
            self.posts[post_id] = {
                "id": post_id, "message": message, "created_time": created or _now(),
                "from": self.page_from if author == "page" else author,
                "permalink_url": f"https://www.facebook.com/{self.page_id}/posts/{post_id.split('_')[-1]}",
            }
            return post_id

    def add_comment(self, post_id: str, message: str | None, created: datetime | None = None,
                    author: dict | None | str = CITIZEN, parent: str | None = None,
                    hidden: bool = False, comment_id: str | None = None, tags: list[dict] | None = None,
                    attachment: dict | None = None) -> str:
        """``author``: a ``{"id","name"}`` dict, "page" (own reply) or None (``from`` missing);
        ``tags``: people tagged in the text (``{"id","name"}``), given back as ``message_tags``."""
        with self.lock:
            comment_id = comment_id or f"{post_id.split('_')[-1]}_{self._new_id()}"
            self.comments[comment_id] = {
                "id": comment_id, "post_id": post_id, "parent_id": parent, "message": message,
                "created_time": created or _now(), "from": self.page_from if author == "page" else author,
                "is_hidden": hidden, "deleted": False, "raw": None, "tags": list(tags or []),
                "attachment": attachment}
            return comment_id

    def add_raw_comment(self, post_id: str, payload: dict, created: datetime | None = None) -> str:
        """A malformed comment sent exactly as given (sorted by ``created`` among the others)."""
        with self.lock:
            key = f"raw-{self._new_id()}"
            self.comments[key] = {"id": key, "post_id": post_id, "parent_id": None, "message": None,
                                  "created_time": created or _now(), "from": None, "is_hidden": False,
                                  "deleted": False, "raw": payload}
            return key

    def add_rating(self, review_text: str | None, recommendation_type: str = "negative",
                   created: datetime | None = None, reviewer: dict | None = CITIZEN) -> str:
        """A recommendation (or not) of the Page. Its open_graph_story is the object people
        comment on, so the Page answers it with POST /{story-id}/comments."""
        with self.lock:
            story_id = f"{self.page_id}_{self._new_id()}"
            created = created or _now()
            # The story is commentable like a post but is not in the Page's feed.
            self.posts[story_id] = {"id": story_id, "message": review_text, "created_time": created,
                                    "from": reviewer, "permalink_url": f"https://www.facebook.com/{story_id}",
                                    "rating": True}
            self.ratings.append({"story_id": story_id, "created": created, "review_text": review_text,
                                 "recommendation_type": recommendation_type, "reviewer": reviewer})
            return story_id

    def add_conversation(self, psid: str = CITIZEN["id"], name: str = CITIZEN["name"],
                         conv_id: str | None = None) -> str:
        with self.lock:
            conv_id = conv_id or f"t_{self._new_id()}"
            self.conversations[conv_id] = {
                "id": conv_id, "psid": psid, "name": name, "messages": [],
                "participants": [{"name": name, "email": f"{psid}@facebook.com", "id": psid},
                                 {"name": self.page_name, "email": f"{self.page_id}@facebook.com",
                                  "id": self.page_id}]}
            return conv_id

    def add_message(self, conv_id: str, text: str | None, created: datetime | None = None,
                    from_page: bool = False, message_id: str | None = None,
                    attachments: list[dict] | None = None, sticker: str | None = None) -> str:
        with self.lock:
            conv = self.conversations[conv_id]
            message_id = message_id or f"m_{self._new_id()}"
            sender = ({"name": self.page_name, "email": f"{self.page_id}@facebook.com", "id": self.page_id}
                      if from_page else
                      {"name": conv["name"], "email": f"{conv['psid']}@facebook.com", "id": conv["psid"]})
            conv["messages"].append({"id": message_id, "message": text, "from": sender,
                                     "created_time": created or _now(), "attachments": attachments,
                                     "sticker": sticker})
            return message_id

    # -- inspection
    def replies_to(self, comment_id: str, own_only: bool = False) -> list[dict]:
        """Live replies under a comment (or top-level comments of a post), oldest first."""
        with self.lock:
            if comment_id in self.posts:
                found = [c for c in self.comments.values() if c["post_id"] == comment_id and not c["parent_id"]]
            else:
                found = [c for c in self.comments.values() if c["parent_id"] == comment_id]
            found = [dict(c) for c in found if not c["deleted"] and not c["raw"]]
            if own_only:
                found = [c for c in found if (c["from"] or {}).get("id") == self.page_id]
            return sorted(found, key=lambda c: c["created_time"])

    def comment(self, comment_id: str) -> dict | None:
        with self.lock:
            c = self.comments.get(comment_id)
            return dict(c) if c and not c["deleted"] else None

    def is_hidden(self, object_id: str) -> bool:
        with self.lock:
            return bool((self.comments.get(object_id) or self.posts.get(object_id) or {}).get("is_hidden"))

    def exists(self, object_id: str) -> bool:
        with self.lock:
            c = self.comments.get(object_id)
            return (c is not None and not c["deleted"]) or object_id in self.posts

    def messages_in(self, conv_id: str) -> list[dict]:
        with self.lock:
            return [dict(m) for m in self.conversations[conv_id]["messages"]]

    # -- rendering
    def _post_json(self, post: dict, latest: dict | None = None) -> dict:
        # ``latest``: each post's newest live comment, worked out once for a whole listing
        # (scanning every comment per post made a simulated week's soak quadratic).
        if latest is None:
            live = [c["created_time"] for c in self.comments.values() if c["post_id"] == post["id"] and not c["deleted"]]
        else:
            live = [latest[post["id"]]] if post["id"] in latest else []
        out = {"id": post["id"], "created_time": graph_time(post["created_time"]),
               "updated_time": graph_time(max([post["created_time"], *live])),
               "permalink_url": post["permalink_url"]}
        if post["message"] is not None:
            out["message"] = post["message"]
        if post["from"] is not None:
            out["from"] = dict(post["from"])
        if post.get("is_hidden") is not None:
            out["is_hidden"] = bool(post.get("is_hidden"))
        return out

    def _comment_json(self, c: dict, replies: dict | None = None) -> dict:
        if c["raw"] is not None:
            return c["raw"]
        if replies is None:
            count = sum(1 for x in self.comments.values() if x["parent_id"] == c["id"] and not x["deleted"])
        else:        # live replies per comment, counted once for a whole listing
            count = replies.get(c["id"], 0)
        out = {"id": c["id"], "created_time": graph_time(c["created_time"]), "comment_count": count,
               "is_hidden": c["is_hidden"], "can_hide": True,
               "can_reply_privately": (c["from"] or {}).get("id") != self.page_id}
        if c["message"] is not None:
            out["message"] = c["message"]
        if c["from"] is not None:
            out["from"] = dict(c["from"])
        if c["parent_id"]:
            out["parent"] = {"id": c["parent_id"]}
        if c.get("attachment"):
            # A StoryAttachment: type, url, media{image{src,height,width}}, target{id,url}, title
            # (https://developers.facebook.com/docs/graph-api/reference/story-attachment).
            out["attachment"] = c["attachment"]
        if c.get("tags"):
            text = c["message"] or ""
            out["message_tags"] = [{"id": tag["id"], "name": tag["name"], "type": "user",
                                    "offset": max(0, text.find(tag["name"])), "length": len(tag["name"])}
                                   for tag in c["tags"]]
        return out

    def _message_json(self, m: dict) -> dict:
        out = {"id": m["id"], "from": dict(m["from"]), "created_time": graph_time(m["created_time"])}
        if m["message"] is not None:
            out["message"] = m["message"]
        # Message node: attachments{mime_type,name,image_data{...},file_url,video_data} is an edge
        # given as {"data": [...]}; sticker is the sticker image's URL
        # (https://developers.facebook.com/docs/graph-api/reference/message).
        if m.get("attachments"):
            out["attachments"] = {"data": [dict(a) for a in m["attachments"]]}
        if m.get("sticker"):
            out["sticker"] = m["sticker"]
        return out

    def _conv_updated(self, conv: dict) -> datetime:
        return max((m["created_time"] for m in conv["messages"]), default=datetime(2020, 1, 1, tzinfo=UTC))

    def _messages_newest_first(self, conv: dict) -> list[dict]:
        ordered = sorted(enumerate(conv["messages"]), key=lambda p: (p[1]["created_time"], p[0]), reverse=True)
        return [self._message_json(m) for _i, m in ordered]

    def _node_owner(self, node_id: str) -> str:
        if node_id in ("me", self.page_id):
            return "page"
        if node_id in self.posts:
            return "post"
        c = self.comments.get(node_id)
        if c is not None and not c["deleted"] and c["raw"] is None:
            return "comment"
        if node_id in self.conversations:
            return "conversation"
        if any(m["id"] == node_id for conv in self.conversations.values() for m in conv["messages"]):
            return "message"
        return ""

    # -- endpoints
    def get_node(self, request: Request, node_id: str) -> Response:
        if node_id == "debug_token":
            return self._debug_token(request)
        token_kind = self._token_kind(request)
        if node_id == "me" and token_kind["type"] == "USER":
            return json_response(select(dict(self.admin_user), self._fields(request), ("id", "name")))
        kind, fields = self._node_owner(node_id), self._fields(request)
        if kind == "page" and fields and "access_token" in fields:
            if token_kind["type"] != "USER":
                return graph_error_response(190, "(#190) This method must be called with a User access token")
            page_token = f"page-token-from-{self.token_of(request)}"
            with self.lock:
                self.valid_tokens.add(page_token)
                self.token_kinds[page_token] = {"type": "PAGE", "expires_at": 0 if token_kind.get("long_lived")
                                                else token_kind["expires_at"]}
            return json_response({"id": self.page_id, "name": self.page_name, "access_token": page_token})
        if kind == "page":
            return json_response(select({"id": self.page_id, "name": self.page_name}, fields, ("id", "name")))
        if kind == "post":
            return json_response(select(self._post_json(self.posts[node_id]), fields, ("id", "message", "created_time")))
        if kind == "comment":
            return json_response(select(self._comment_json(self.comments[node_id]), fields,
                                        ("id", "message", "created_time", "from")))
        if kind == "conversation":
            conv = self.conversations[node_id]
            return json_response({"id": node_id, "updated_time": graph_time(self._conv_updated(conv))})
        if kind == "message":
            for conv in self.conversations.values():
                for m in conv["messages"]:
                    if m["id"] == node_id:
                        return json_response(select(self._message_json(m), fields, ("id",)))
        return not_found_response(node_id)

    def get_edge(self, request: Request, node_id: str, edge: str) -> Response:
        kind, fields = self._node_owner(node_id), self._fields(request)
        if kind == "page" and edge == "blocked":
            return self._get_blocked(request, node_id)
        if self._token_kind(request)["type"] == "USER" and kind == "page" and edge == "conversations":
            # Page conversations need a Page token (Page conversations reference).
            return graph_error_response(190, "(#190) This method must be called with a Page Access Token")
        if kind == "page" and edge == "ratings":
            # Page Ratings (developers.facebook.com/docs/graph-api/reference/page/ratings): a Page
            # token with pages_read_user_content; newest first; fields created_time,
            # recommendation_type (positive|negative), review_text, open_graph_story, reviewer.
            if self._token_kind(request)["type"] == "USER":
                return graph_error_response(190, "(#190) This method must be called with a Page Access Token")
            if not self.can_read_ratings:
                return graph_error_response(200, "(#200) Requires pages_read_user_content permission to manage "
                                                 "the object", status=403)
            rendered = []
            for r in sorted(self.ratings, key=lambda r: r["created"], reverse=True):
                out = {"created_time": graph_time(r["created"]), "recommendation_type": r["recommendation_type"],
                       "has_review": bool(r["review_text"]), "has_rating": False,
                       "open_graph_story": {"id": r["story_id"]}}
                if r["review_text"]:
                    out["review_text"] = r["review_text"]
                if r["reviewer"]:
                    out["reviewer"] = dict(r["reviewer"])
                rendered.append(select(out, fields, ("created_time", "recommendation_type", "review_text")))
            return json_response(self._paged(request, rendered))
        if kind == "page" and edge in ("feed", "published_posts"):
            posts = sorted((p for p in self.posts.values() if not p.get("rating")),
                           key=lambda p: p["created_time"], reverse=True)
            if edge == "published_posts":
                posts = [p for p in posts if (p["from"] or {}).get("id") == self.page_id]
            latest: dict = {}
            for c in self.comments.values():
                if not c["deleted"] and (c["post_id"] not in latest or c["created_time"] > latest[c["post_id"]]):
                    latest[c["post_id"]] = c["created_time"]
            rendered = [select(self._post_json(p, latest), fields, ("id", "message", "created_time")) for p in posts]
            return json_response(self._paged(request, rendered))
        if kind in ("post", "comment") and edge == "comments":
            if kind == "comment":
                found = [c for c in self.comments.values() if c["parent_id"] == node_id]
            elif request.args.get("filter") == "stream":
                found = [c for c in self.comments.values() if c["post_id"] == node_id]
            else:
                found = [c for c in self.comments.values() if c["post_id"] == node_id and not c["parent_id"]]
            found = [c for c in found if not c["deleted"]]
            found.sort(key=lambda c: c["created_time"],
                       reverse=request.args.get("order") == "reverse_chronological")
            replies = Counter(x["parent_id"] for x in self.comments.values() if x["parent_id"] and not x["deleted"])
            body = self._paged(request, found, render=lambda c: c["raw"] if c["raw"] is not None else
                               select(self._comment_json(c, replies), fields, ("id", "message", "created_time", "from")))
            if request.args.get("summary") == "true":
                body["summary"] = {"order": request.args.get("order", "chronological"),
                                   "total_count": len(found), "can_comment": True}
            return json_response(body)
        if kind == "page" and edge == "conversations":
            convs = sorted(self.conversations.values(), key=self._conv_updated, reverse=True)
            rendered = []
            for conv in convs:
                out = {"id": conv["id"], "updated_time": graph_time(self._conv_updated(conv))}
                if fields is None or "participants" in fields:
                    out["participants"] = {"data": [dict(p) for p in conv["participants"]]}
                if fields and "messages" in fields:
                    spec = fields["messages"]
                    sub = parse_fields(spec["sub"])
                    messages = [select(m, sub) for m in self._messages_newest_first(conv)]
                    out["messages"] = self._paged(request, messages, path=f"{API_PREFIX}/{conv['id']}/messages",
                                                  args={"fields": spec["sub"] or "id"}, limit=spec["limit"] or 25)
                rendered.append(out)
            return json_response(self._paged(request, rendered))
        if kind == "conversation" and edge == "messages":
            messages = [select(m, fields) for m in self._messages_newest_first(self.conversations[node_id])]
            return json_response(self._paged(request, messages))
        if not kind:
            return not_found_response(node_id)
        return self.not_found(request)

    def post_edge(self, request: Request, node_id: str, edge: str) -> Response:
        kind = self._node_owner(node_id)
        if kind in ("post", "comment") and edge == "comments":
            message = request.values.get("message")
            if not message:
                return graph_error_response(100, "(#100) Missing message or attachment")
            if kind == "post":
                post_id, parent = node_id, None
            else:
                target = self.comments[node_id]
                # Two levels only: a reply to a reply joins the top-level comment's thread.
                post_id, parent = target["post_id"], target["parent_id"] or node_id
            new_id = self.add_comment(post_id, message, created=_now(), author="page", parent=parent)
            self._stored()
            return json_response({"id": new_id})
        if kind == "page" and edge == "messages":
            return self._send_message(request)
        if kind == "page" and edge == "blocked":
            return self._post_blocked(request, node_id)
        if not kind:
            return not_found_response(node_id)
        return self.not_found(request)

    # -- the Page's blocked edge (developers.facebook.com/docs/graph-api/reference/page/blocked)
    def _known_people(self) -> dict[str, str]:
        """Who Graph knows as a person here: commenters and Messenger participants."""
        people = {c["from"]["id"]: c["from"].get("name", "") for c in self.comments.values()
                  if isinstance(c.get("from"), dict) and c["from"].get("id")}
        for conv in self.conversations.values():
            for p in conv["participants"]:
                people.setdefault(p["id"], p.get("name", ""))
        people.pop(self.page_id, None)
        return people

    def _blocked_refusal(self, request: Request, node_id: str, users: list[str] | None) -> Response | None:
        if self._node_owner(node_id) != "page" or node_id == "me":
            return not_found_response(node_id)
        # "All of these methods require a Page Access Token" (blocked edge reference); Graph
        # answers a User token with error 210 (listed among the edge's errors).
        if self._token_kind(request)["type"] == "USER":
            return graph_error_response(210, "(#210) A page access token is required to request this resource.")
        # Error 200 "Permissions error": the token's person may not moderate the Page (the
        # MODERATE task) or the app lacks the Page-engagement permission.
        if not self.can_ban:
            return graph_error_response(200, "(#200) Permissions error", status=403)
        if users is None:
            return None
        if not users:
            return graph_error_response(100, "(#100) The parameter user is required")
        known = self._known_people()
        for user in users:
            # Error 100 "Invalid parameter": a Page cannot block itself, nor an id Graph does
            # not know as a person.
            if user == self.page_id:
                return graph_error_response(100, "(#100) Invalid parameter: a Page cannot block itself")
            if user not in known:
                return graph_error_response(100, f"(#100) Invalid parameter: no user {user}")
        return None

    def _users_param(self, request: Request) -> list[str]:
        raw = request.values.get("user") or request.values.get("uid") or ""
        try:
            value = json.loads(raw) if raw.startswith("[") else raw
        except ValueError:
            value = raw
        return [str(u) for u in (value if isinstance(value, list) else [value]) if str(u).strip()]

    def _get_blocked(self, request: Request, node_id: str) -> Response:
        refusal = self._blocked_refusal(request, node_id, None)
        if refusal is not None:
            return refusal
        wanted = self._users_param(request)
        rows = [{"id": uid, "name": name} for uid, name in sorted(self.blocked.items())
                if not wanted or uid in wanted]
        return json_response(self._paged(request, rows))

    def _post_blocked(self, request: Request, node_id: str) -> Response:
        users = self._users_param(request)
        refusal = self._blocked_refusal(request, node_id, users)
        if refusal is not None:
            return refusal
        known = self._known_people()
        for user in users:
            self.blocked[user] = known[user]
        self._stored()
        # The answer maps each id to whether it is blocked now.
        return json_response({user: True for user in users})

    def delete_edge(self, request: Request, node_id: str, edge: str) -> Response:
        if edge != "blocked":
            return self.not_found(request)
        users = self._users_param(request)
        refusal = self._blocked_refusal(request, node_id, users)
        if refusal is not None:
            return refusal
        for user in users:
            self.blocked.pop(user, None)
        self._stored()
        return json_response({"success": True})

    def _send_message(self, request: Request) -> Response:
        try:
            recipient = json.loads(request.values.get("recipient") or "null")
            message = json.loads(request.values.get("message") or "null")
        except ValueError:
            return graph_error_response(100, "(#100) param recipient must be a JSON object")
        if not isinstance(recipient, dict) or not isinstance(message, dict) or not message.get("text"):
            return graph_error_response(100, "(#100) The parameter recipient and message are required")
        if "comment_id" in recipient:
            comment = self.comments.get(recipient["comment_id"])
            if comment is None or comment["deleted"]:
                return graph_error_response(100, "(#100) Invalid comment_id")
            if any(p["comment_id"] == recipient["comment_id"] for p in self.private_replies):
                return graph_error_response(10900, "Activity already replied to")
            message_id = f"m_{self._new_id()}"
            self.private_replies.append({"comment_id": recipient["comment_id"], "text": message["text"],
                                         "message_id": message_id})
            self._stored()
            return json_response({"recipient_id": (comment["from"] or {}).get("id", "0"), "message_id": message_id})
        psid = recipient.get("id")
        conv = next((c for c in self.conversations.values() if c["psid"] == psid), None)
        if conv is None:
            return graph_error_response(100, "(#100) No matching user found", subcode=2018001)
        if request.values.get("messaging_type") not in ("RESPONSE", "UPDATE", "MESSAGE_TAG"):
            return graph_error_response(100, "(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}")
        # Windows count from the person's latest message (Send API, messaging types and message
        # tags, developers.facebook.com/docs/messenger-platform/send-messages/message-tags):
        # RESPONSE within 24 hours; MESSAGE_TAG + HUMAN_AGENT within 7 days and only for a Page
        # approved for it; otherwise error 10 / 2018278 "outside of allowed window"
        # (developers.facebook.com/docs/messenger-platform/error-codes).
        latest = max((m["created_time"] for m in conv["messages"] if m["from"]["id"] != self.page_id), default=None)
        age = _now() - latest if latest else None
        kind = request.values.get("messaging_type")
        if kind == "RESPONSE" and (age is None or age > timedelta(hours=24)):
            return graph_error_response(10, "(#10) This message is sent outside of allowed window.", subcode=2018278)
        if kind == "MESSAGE_TAG":
            if request.values.get("tag") != "HUMAN_AGENT" or not self.human_agent_approved:
                return graph_error_response(10, "(#10) The Page is not approved to send this message tag.",
                                            subcode=2018278)
            if age is None or age > timedelta(days=7):
                return graph_error_response(10, "(#10) This message is sent outside of allowed window.",
                                            subcode=2018278)
        message_id = self.add_message(conv["id"], message["text"], created=_now(), from_page=True)
        self._stored()
        return json_response({"recipient_id": psid, "message_id": message_id})

    def post_node(self, request: Request, node_id: str) -> Response:
        kind = self._node_owner(node_id)
        if kind not in ("post", "comment"):
            return not_found_response(node_id)
        record = self.posts[node_id] if kind == "post" else self.comments[node_id]
        if "is_hidden" in request.values:
            record["is_hidden"] = request.values["is_hidden"] == "true"
        elif "message" in request.values and kind == "comment":
            if (record["from"] or {}).get("id") != self.page_id:
                return graph_error_response(200, "(#200) Permissions error")
            record["message"] = request.values["message"]
        else:
            return graph_error_response(100, "(#100) No parameters to update")
        self._stored()
        return json_response({"success": True})

    def delete_node(self, request: Request, node_id: str) -> Response:
        if self._node_owner(node_id) != "comment":
            return not_found_response(node_id)
        for c in self.comments.values():
            if c["id"] == node_id or c["parent_id"] == node_id:
                c["deleted"] = True
        self._stored()
        return json_response({"success": True})


# --- Instagram ---------------------------------------------------------------------------------

FAN = {"id": "17841400000000001", "username": "anna.jensen"}


class FakeInstagram(_GraphFake):
    """An Instagram professional account with media, comments and one level of replies."""

    drop_paging_on_last_page = True

    def __init__(self, user_id: str = "17841400999999999", username: str = "aarby_kommune", **kwargs):
        super().__init__(**kwargs)
        self.user_id = user_id
        self.username = username
        self.media: dict[str, dict] = {}
        self.comments: dict[str, dict] = {}
        self.private_replies: list[dict] = []
        # Instagram API with Instagram Login: /me's "id" is an app-scoped id; the professional
        # account's id (the one media, comments and webhooks use) is "user_id"
        # (developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-started).
        self.instagram_login = False
        self.app_scoped_id = "27125000000000001"
        self.linked_page_id = "111222333"       # the Facebook Page the account is linked to
        self.token_issued: dict[str, datetime] = {}   # Instagram Login tokens: when issued
        self.refreshed: list[str] = []
        # Media other accounts tagged this account in (IG User /tags edge).
        self.tagged: dict[str, dict] = {}
        self.can_read_tags = True               # instagram_manage_comments granted
        # Direct messages (Messenger API for Instagram).
        self.dm_conversations: dict[str, dict] = {}
        self.human_agent_approved = False

    @property
    def own_author(self) -> dict:
        return {"id": self.user_id, "username": self.username}

    # -- seeding
    def add_media(self, caption: str | None = "", created: datetime | None = None, media_id: str | None = None) -> str:
        with self.lock:
            media_id = media_id or f"1790{self._new_id()}"
            self.media[media_id] = {"id": media_id, "caption": caption, "timestamp": created or _now(),
                                    "permalink": f"https://www.instagram.com/p/C{media_id[-6:]}/",
                                    "comment_enabled": True}
            return media_id

    def add_comment(self, media_id: str, text: str | None, created: datetime | None = None,
                    author: dict | None | str = FAN, parent: str | None = None, hidden: bool = False,
                    with_from: bool = True, comment_id: str | None = None) -> str:
        """``author``: ``{"id","username"}``, "own" (the account) or None (no username/from)."""
        with self.lock:
            comment_id = comment_id or f"1800{self._new_id()}"
            who = self.own_author if author == "own" else author
            self.comments[comment_id] = {
                "id": comment_id, "media_id": media_id, "parent_id": parent, "text": text,
                "timestamp": created or _now(), "author": who, "with_from": with_from, "hidden": hidden,
                "deleted": False, "raw": None}
            return comment_id

    def add_raw_comment(self, media_id: str, payload: dict, created: datetime | None = None) -> str:
        with self.lock:
            key = f"raw-{self._new_id()}"
            self.comments[key] = {"id": key, "media_id": media_id, "parent_id": None, "text": None,
                                  "timestamp": created or _now(), "author": None, "with_from": False,
                                  "hidden": False, "deleted": False, "raw": payload}
            return key

    def add_tagged_media(self, caption: str | None, username: str = "borger.anna", created: datetime | None = None,
                         media_type: str = "IMAGE", media_url: str | None = "https://scontent.cdninstagram.com/t.jpg") -> str:
        with self.lock:
            media_id = f"1791{self._new_id()}"
            self.tagged[media_id] = {"id": media_id, "caption": caption, "timestamp": created or _now(),
                                     "username": username, "media_type": media_type, "media_url": media_url,
                                     "permalink": f"https://www.instagram.com/p/T{media_id[-6:]}/"}
            return media_id

    def add_dm_conversation(self, igsid: str = FAN["id"], username: str = FAN["username"]) -> str:
        with self.lock:
            conv_id = f"aWdfconv{self._new_id()}"
            self.dm_conversations[conv_id] = {"id": conv_id, "igsid": igsid, "username": username, "messages": []}
            return conv_id

    def add_dm(self, conv_id: str, text: str | None, created: datetime | None = None, from_account: bool = False,
               attachments: list[dict] | None = None) -> str:
        with self.lock:
            conv = self.dm_conversations[conv_id]
            message_id = f"aWdfmsg{self._new_id()}"
            sender = ({"username": self.username, "id": self.user_id} if from_account
                      else {"username": conv["username"], "id": conv["igsid"]})
            conv["messages"].append({"id": message_id, "message": text, "from": sender,
                                     "created_time": created or _now(), "attachments": attachments})
            return message_id

    def dms_in(self, conv_id: str) -> list[dict]:
        with self.lock:
            return [dict(m) for m in self.dm_conversations[conv_id]["messages"]]

    def _dm_json(self, m: dict) -> dict:
        out = {"id": m["id"], "from": dict(m["from"]), "created_time": graph_time(m["created_time"])}
        if m["message"] is not None:
            out["message"] = m["message"]
        if m.get("attachments"):
            out["attachments"] = {"data": [dict(a) for a in m["attachments"]]}
        return out

    def _dm_newest_first(self, conv: dict) -> list[dict]:
        ordered = sorted(enumerate(conv["messages"]), key=lambda p: (p[1]["created_time"], p[0]), reverse=True)
        return [self._dm_json(m) for _i, m in ordered]

    def _dm_node_ok(self, node_id: str) -> bool:
        """Direct messages live on the account with Instagram Login and on the linked Page with
        Facebook Login (Messenger API for Instagram, "Conversations"): the other node is refused."""
        if self.instagram_login:
            return node_id in ("me", self.user_id)
        return node_id == self.linked_page_id

    def _send_dm(self, request: Request) -> Response:
        try:
            recipient = json.loads(request.values.get("recipient") or "null")
            body = json.loads(request.values.get("message") or "null")
        except ValueError:
            return graph_error_response(100, "(#100) param recipient must be a JSON object")
        conv = next((c for c in self.dm_conversations.values() if c["igsid"] == (recipient or {}).get("id")), None)
        if conv is None or not isinstance(body, dict) or not body.get("text"):
            return graph_error_response(100, "(#100) Invalid parameter")
        # Instagram Messaging: 24 hours after the person's latest message with RESPONSE; after
        # that only the HUMAN_AGENT tag, for 7 days, and only for an app approved for it
        # (developers.facebook.com/docs/messenger-platform/instagram/features/send-message).
        latest = max((m["created_time"] for m in conv["messages"] if m["from"]["id"] == conv["igsid"]), default=None)
        age = _now() - latest if latest else timedelta(days=999)
        tag = request.values.get("tag")
        if request.values.get("messaging_type") == "MESSAGE_TAG" and tag == "HUMAN_AGENT":
            if not self.human_agent_approved:
                return graph_error_response(10, "(#10) The HUMAN_AGENT tag requires the Human Agent permission",
                                            subcode=2018278)
            if age > timedelta(days=7):
                return graph_error_response(10, "(#10) This message is sent outside of allowed window.",
                                            subcode=2018278)
        elif age > timedelta(hours=24):
            return graph_error_response(10, "(#10) This message is sent outside of allowed window.",
                                        subcode=2018278)
        message_id = self.add_dm(conv["id"], body["text"], created=_now(), from_account=True)
        self._stored()
        return json_response({"recipient_id": conv["igsid"], "message_id": message_id})

    # -- inspection
    def replies_to(self, comment_id: str, own_only: bool = False) -> list[dict]:
        with self.lock:
            found = [dict(c) for c in self.comments.values()
                     if c["parent_id"] == comment_id and not c["deleted"] and c["raw"] is None]
            if own_only:
                found = [c for c in found if (c["author"] or {}).get("id") == self.user_id]
            return sorted(found, key=lambda c: c["timestamp"])

    def comment(self, comment_id: str) -> dict | None:
        with self.lock:
            c = self.comments.get(comment_id)
            return dict(c) if c and not c["deleted"] else None

    def is_hidden(self, comment_id: str) -> bool:
        with self.lock:
            return bool((self.comments.get(comment_id) or {}).get("hidden"))

    def exists(self, comment_id: str) -> bool:
        with self.lock:
            c = self.comments.get(comment_id)
            return c is not None and not c["deleted"]

    # -- rendering
    def _live(self, media_id: str) -> list[dict]:
        return [c for c in self.comments.values() if c["media_id"] == media_id and not c["deleted"]]

    def _media_json(self, m: dict) -> dict:
        out = {"id": m["id"], "timestamp": graph_time(m["timestamp"]), "permalink": m["permalink"],
               "comments_count": len([c for c in self._live(m["id"]) if c["raw"] is None])}
        if m["caption"] is not None:
            out["caption"] = m["caption"]
        return out

    def _comment_json(self, c: dict) -> dict:
        if c["raw"] is not None:
            return c["raw"]
        out = {"id": c["id"], "timestamp": graph_time(c["timestamp"]), "hidden": c["hidden"], "like_count": 0}
        if c["text"] is not None:
            out["text"] = c["text"]
        if c["author"] is not None:
            out["username"] = c["author"]["username"]
            if c["with_from"]:
                out["from"] = dict(c["author"])
        if c["parent_id"]:
            out["parent_id"] = c["parent_id"]
        return out

    def _replies(self, comment_id: str) -> list[dict]:
        return self._children().get(comment_id, [])

    def _children(self) -> dict[str, list[dict]]:
        """Every live comment's replies, oldest first (replies come oldest first), in one pass:
        a listing of N comments asking for each one's replies apart was quadratic."""
        out: dict[str, list[dict]] = {}
        for c in self.comments.values():
            if c["parent_id"] and not c["deleted"]:
                out.setdefault(c["parent_id"], []).append(c)
        for found in out.values():
            found.sort(key=lambda c: c["timestamp"])
        return out

    def _refresh_token(self, request: Request) -> Response:
        """graph.instagram.com/refresh_access_token: Instagram Login only, grant_type
        ig_refresh_token, and the token at least 24 hours old (refresh_access_token reference)."""
        token = self.token_of(request) or ""
        if not self.instagram_login:
            return graph_error_response(100, "(#100) Unsupported get request: refresh_access_token is for Instagram Login")
        if request.args.get("grant_type") != "ig_refresh_token":
            return graph_error_response(100, "(#100) grant_type must be ig_refresh_token")
        issued = self.token_issued.get(token)
        if issued is not None and _now() - issued < timedelta(hours=24):
            return graph_error_response(100, "(#100) The access token is less than 24 hours old")
        new = f"IGrefreshed{self._new_id()}"
        with self.lock:
            self.valid_tokens.add(new)
            self.token_issued[new] = _now()
            self.refreshed.append(token)
        return json_response({"access_token": new, "token_type": "bearer", "expires_in": 5183944})

    def _kind(self, node_id: str) -> str:
        if node_id in ("me", self.user_id):
            return "user"
        if node_id == self.linked_page_id:
            return "page"
        if node_id in self.dm_conversations:
            return "dm_conversation"
        if node_id in self.media:
            return "media"
        c = self.comments.get(node_id)
        if c is not None and not c["deleted"] and c["raw"] is None:
            return "comment"
        return ""

    # -- endpoints
    def get_node(self, request: Request, node_id: str) -> Response:
        if node_id == "refresh_access_token":
            return self._refresh_token(request)
        kind, fields = self._kind(node_id), self._fields(request)
        if kind == "user" and node_id == "me" and self.instagram_login:
            return json_response(select({"id": self.app_scoped_id, "user_id": self.user_id,
                                         "username": self.username}, fields))
        if kind == "user":
            return json_response(select({"id": self.user_id, "username": self.username}, fields))
        if kind == "media":
            return json_response(select(self._media_json(self.media[node_id]), fields))
        if kind == "comment":
            return json_response(select(self._comment_json(self.comments[node_id]), fields,
                                        ("id", "text", "timestamp")))
        return not_found_response(node_id)

    def get_edge(self, request: Request, node_id: str, edge: str) -> Response:
        kind, fields = self._kind(node_id), self._fields(request)
        if kind == "user" and edge == "tags":
            # IG User /tags: needs instagram_manage_comments (IG User Tags reference), and exists
            # with Facebook Login only: the Instagram Login API "doesn't support ads, insights or
            # tagging" (instagram-api-with-instagram-login/overview, Limitations).
            if self.instagram_login:
                return graph_error_response(100, "(#100) Tried accessing nonexisting field (tags) on node type "
                                                 "(User)")
            if not self.can_read_tags:
                return graph_error_response(10, "(#10) Application does not have permission for this action",
                                            status=403)
            tagged = sorted(self.tagged.values(), key=lambda m: m["timestamp"], reverse=True)
            rendered = [select({**{k: v for k, v in m.items() if v is not None},
                                "timestamp": graph_time(m["timestamp"])}, fields) for m in tagged]
            return json_response(self._paged(request, rendered))
        if kind in ("user", "page") and edge == "conversations":
            if request.args.get("platform") != "instagram" or not self._dm_node_ok(node_id):
                return graph_error_response(3, "(#3) Application does not have the capability to make this API call.")
            convs = sorted(self.dm_conversations.values(),
                           key=lambda c: max((m["created_time"] for m in c["messages"]), default=_now()), reverse=True)
            rendered = []
            for conv in convs:
                updated = max((m["created_time"] for m in conv["messages"]), default=_now())
                out = {"id": conv["id"], "updated_time": graph_time(updated)}
                if fields and "messages" in fields:
                    spec = fields["messages"]
                    sub = parse_fields(spec["sub"])
                    out["messages"] = self._paged(request, [select(m, sub) for m in self._dm_newest_first(conv)],
                                                  path=f"{API_PREFIX}/{conv['id']}/messages",
                                                  args={"fields": spec["sub"] or "id"}, limit=spec["limit"] or 25)
                rendered.append(out)
            return json_response(self._paged(request, rendered))
        if kind == "dm_conversation" and edge == "messages":
            return json_response(self._paged(request, [select(m, fields) for m in
                                                       self._dm_newest_first(self.dm_conversations[node_id])]))
        if kind == "user" and edge == "media":
            media = sorted(self.media.values(), key=lambda m: m["timestamp"], reverse=True)
            return json_response(self._paged(request, [select(self._media_json(m), fields) for m in media]))
        if kind == "media" and edge == "comments":
            top = [c for c in self._live(node_id) if not c["parent_id"]]
            top.sort(key=lambda c: c["timestamp"], reverse=True)   # newest first
            children = self._children()

            def render(c: dict) -> dict:
                if c["raw"] is not None:
                    return c["raw"]
                out = select(self._comment_json(c), fields, ("id", "text", "timestamp"))
                if fields and "replies" in fields:
                    sub_spec = fields["replies"]["sub"] or "id"
                    sub = parse_fields(sub_spec)
                    replies = [select(self._comment_json(r), sub) for r in children.get(c["id"], ())]
                    if replies:
                        out["replies"] = self._paged(request, replies, path=f"{API_PREFIX}/{c['id']}/replies",
                                                     args={"fields": sub_spec}, limit=25)
                return out
            return json_response(self._paged(request, top, render=render))
        if kind == "comment" and edge == "replies":
            replies = [select(self._comment_json(r), fields, ("id", "text", "timestamp"))
                       for r in self._replies(node_id)]
            return json_response(self._paged(request, replies))
        if not kind:
            return not_found_response(node_id)
        return self.not_found(request)

    def post_edge(self, request: Request, node_id: str, edge: str) -> Response:
        kind = self._kind(node_id)
        message = request.values.get("message")
        if kind == "comment" and edge == "replies":
            if not message:
                return graph_error_response(100, "(#100) The parameter message is required")
            target = self.comments[node_id]
            # One level only: a reply to a reply lands on the top-level comment.
            top_id = target["parent_id"] or node_id
            if self.comments[top_id]["hidden"]:
                # Approximation: the real wording for replying to a hidden comment is undocumented.
                return graph_error_response(100, "(#100) Cannot reply to a hidden comment")
            new_id = self.add_comment(target["media_id"], message, created=_now(), author="own", parent=top_id)
            self._stored()
            return json_response({"id": new_id})
        if kind == "media" and edge == "comments":
            if not message:
                return graph_error_response(100, "(#100) The parameter message is required")
            new_id = self.add_comment(node_id, message, created=_now(), author="own")
            self._stored()
            return json_response({"id": new_id})
        if edge == "messages" and (kind in ("user", "page")) and "comment_id" not in (request.values.get("recipient") or ""):
            if not self._dm_node_ok(node_id):
                return graph_error_response(3, "(#3) Application does not have the capability to make this API call.")
            return self._send_dm(request)
        if edge == "messages" and (kind in ("user", "page")):
            # Private replies: with Instagram Login they go to /{ig-user-id}/messages; with
            # Facebook Login through the linked Page, /{page-id}/messages with its Page token
            # (developers.facebook.com/docs/instagram-platform/private-replies). The other node
            # is refused.
            right = self.user_id if self.instagram_login else self.linked_page_id
            if node_id != right and not (node_id == "me" and self.instagram_login):
                return graph_error_response(3, "(#3) Application does not have the capability to make this API call.")
            try:
                recipient = json.loads(request.values.get("recipient") or "null")
                body = json.loads(request.values.get("message") or "null")
            except ValueError:
                return graph_error_response(100, "(#100) param recipient must be a JSON object")
            comment_id = (recipient or {}).get("comment_id") if isinstance(recipient, dict) else None
            if not comment_id or not self.exists(comment_id) or not isinstance(body, dict):
                return graph_error_response(100, "(#100) Invalid parameter")
            if any(p["comment_id"] == comment_id for p in self.private_replies):
                return graph_error_response(10900, "Activity already replied to")
            message_id = f"aWdf{self._new_id()}"
            self.private_replies.append({"comment_id": comment_id, "text": body.get("text"), "message_id": message_id})
            self._stored()
            return json_response({"recipient_id": (self.comments[comment_id]["author"] or {}).get("id", "0"),
                                  "message_id": message_id})
        if not kind:
            return not_found_response(node_id)
        return self.not_found(request)

    def post_node(self, request: Request, node_id: str) -> Response:
        kind = self._kind(node_id)
        if kind == "comment" and "hide" in request.values:
            self.comments[node_id]["hidden"] = request.values["hide"] == "true"
        elif kind == "media" and "comment_enabled" in request.values:
            self.media[node_id]["comment_enabled"] = request.values["comment_enabled"] == "true"
        elif not kind:
            return not_found_response(node_id)
        else:
            return graph_error_response(100, "(#100) No parameters to update")
        self._stored()
        return json_response({"success": True})

    def delete_node(self, request: Request, node_id: str) -> Response:
        if self._kind(node_id) != "comment":
            return not_found_response(node_id)
        for c in self.comments.values():
            if c["id"] == node_id or c["parent_id"] == node_id:
                c["deleted"] = True   # deleted comments have no readable replies
        self._stored()
        return json_response({"success": True})
