"""A fake LinkedIn Community Management API (``/rest/...``) per shared/design/platforms.md.

Realistic details on purpose: the ``LinkedIn-Version`` header is checked (426 when the version
is not active), ``X-Restli-Protocol-Version: 2.0.0`` is required, URNs arrive URL-encoded in
paths and queries, comment elements carry both URN spellings (``commentUrn`` long,
``$URN`` short), timestamps are epoch milliseconds, ``start``/``count`` paging with
``paging.total`` (the posts finder omits it; ``omit_total`` drops it for comments too), and the
platform's error bodies (``serviceErrorCode`` 65600/65601, ``ACCESS_DENIED``, 429 with no
headers). Writes change state: comments created as the organization show up in later reads,
deletes remove them (a top-level comment takes its replies along).

Seed with ``add_post``/``add_comment``; inspect with ``replies_to``/``comment``/``exists``.
"""
from __future__ import annotations

import functools
import re
from datetime import date, datetime

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from app import clock as app_clock
from tests.fakes.server import FakePlatform, json_response

_COMMENT = re.compile(r"^urn:li:comment:\((?:urn:li:)?activity:(\d+),(\d+)\)$")


def li_error(status: int, code: str, message: str, service_code: int | None = None) -> Response:
    body = {"status": status, "code": code, "message": message}
    if service_code is not None:
        body["serviceErrorCode"] = service_code
    return json_response(body, status)


def li_unauthorized(service_code: int = 65600) -> Response:
    code = {65600: "INVALID_ACCESS_TOKEN", 65601: "REVOKED_ACCESS_TOKEN", 65602: "EXPIRED_ACCESS_TOKEN"}
    return li_error(401, code.get(service_code, "INVALID_ACCESS_TOKEN"),
                    "The token used in the request has been revoked by the user"
                    if service_code == 65601 else "Invalid access token", service_code)


def li_access_denied() -> Response:
    return li_error(403, "ACCESS_DENIED", "Not enough permissions to access: partnerApiSocialActions."
                                          "CREATE.20251101", 100)


def li_version_inactive(version: str = "202511") -> Response:
    return li_error(426, "NONEXISTENT_VERSION", f"Requested version {version} is not active")


def li_throttled() -> Response:
    return li_error(429, "TOO_MANY_REQUESTS", "Resource level throttle APPLICATION DAY limit for "
                                              "calls to this resource is reached.", 101)


def li_server_error(status: int = 500) -> Response:
    return li_error(status, "INTERNAL_SERVER_ERROR", "Internal Server Error")


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _guarded(method):
    """Check the version and Rest.li headers the way LinkedIn does, before the endpoint."""
    @functools.wraps(method)
    def wrapper(self, request: Request, **values):
        version = request.headers.get("LinkedIn-Version")
        if not version:
            return li_error(400, "VERSION_MISSING", "A version must be present. Please specify a version "
                                                    "by adding the LinkedIn-Version header.")
        # A version LinkedIn never released, or one past its sunset date, answers 426
        # (https://learn.microsoft.com/en-us/linkedin/marketing/versioning: "supported ... for a
        # minimum of one year before sunset"; dates from the migrations table, see VERSION_SUNSETS).
        if version not in self.active_versions:
            return li_version_inactive(version)
        sunset = self.version_sunsets.get(version)
        if sunset is not None and self.today() >= sunset:
            return li_version_inactive(version)
        if request.headers.get("X-Restli-Protocol-Version") != "2.0.0":
            return li_error(400, "ILLEGAL_ARGUMENT", "Rest.li protocol version 2.0.0 is required")
        return method(self, request, **values)
    return wrapper


# Sunset dates as LinkedIn's "API Migration Status" table lists them
# (https://learn.microsoft.com/en-us/linkedin/marketing/integrations/migrations); later versions
# carry the documented one-year minimum. Kept apart from the connector's table on purpose: the
# fake must not agree with the connector just because they share a constant.
VERSION_SUNSETS = {
    "202510": date(2026, 10, 15), "202511": date(2026, 11, 16), "202512": date(2026, 12, 15),
    "202601": date(2027, 1, 15), "202602": date(2027, 2, 15), "202603": date(2027, 3, 16),
    "202604": date(2027, 4, 15), "202605": date(2027, 5, 15), "202606": date(2027, 6, 15),
    "202607": date(2027, 7, 15),
}


class LinkedInFake(FakePlatform):
    rules = [
        Rule("/rest/organizationAcls", endpoint="acls_endpoint", methods=["GET"]),
        Rule("/rest/organizations/<oid>", endpoint="organization_endpoint", methods=["GET"]),
        Rule("/rest/posts", endpoint="posts_endpoint", methods=["GET"]),
        Rule("/rest/socialActions/<target>/comments", endpoint="comments_endpoint", methods=["GET", "POST"]),
        Rule("/rest/socialActions/<target>/comments/<cid>", endpoint="one_comment_endpoint",
             methods=["GET", "DELETE"]),
    ]

    def __init__(self, org_id: str = "2414183", org_name: str = "Svarbox Kommune"):
        super().__init__()
        self.org_id = org_id
        self.org = f"urn:li:organization:{org_id}"
        self.org_name = org_name
        self.active_versions = set(VERSION_SUNSETS)
        self.version_sunsets = dict(VERSION_SUNSETS)
        self.today = lambda: app_clock.now().date()   # the fake's calendar; tests may move it
        # Organization lookup needs rw_organization_admin (Organization Lookup API); a
        # Community-Management-only token gets 403 there and must use organizationAcls.
        self.org_admin_permission = True
        # The member's role assignments (Organization Access Control: role + state).
        self.acls = [{"role": "ADMINISTRATOR", "state": "APPROVED"}]
        self.posts: list[dict] = []
        self.comments: dict[str, dict] = {}
        self.page_cap: int | None = None        # at most this many elements per page
        self.page_overlap = 0                    # each later page starts this many elements early
        self.omit_total = False                  # comments finder without paging.total
        self.create_returns_body = True          # False: only the x-restli-id header
        self._next = 7_100_000_000_000_000_000

    # --- seeding ---------------------------------------------------------------------------
    def _new_id(self) -> str:
        self._next += 1_000_003
        return str(self._next)

    def add_post(self, text: str, *, created_at: datetime | None = None, kind: str = "share",
                 lifecycle: str = "PUBLISHED") -> str:
        with self.lock:
            pid = self._new_id()
            urn = f"urn:li:{kind}:{pid}"
            self.posts.append({"urn": urn, "activity": self._new_id(), "text": text,
                               "created": _ms(created_at or app_clock.now()),
                               "lifecycle": lifecycle})
            return urn

    def add_comment(self, post_urn: str, actor: str, text: str | None, *, created_at: datetime | None = None,
                    parent: str | None = None, minimal: bool = False, edited_at: datetime | None = None) -> str:
        """A comment (or a reply when ``parent`` is a comment URN); returns its long URN.
        ``minimal`` leaves out the optional fields (commentUrn, commentsSummary, lastModified)."""
        with self.lock:
            post = self._post(post_urn)
            cid = self._new_id()
            parent_id = self._comment_id(parent) if parent else None
            created = _ms(created_at or app_clock.now())
            self.comments[cid] = {"id": cid, "post": post["urn"], "activity": post["activity"],
                                  "parent": parent_id, "actor": actor, "text": text, "created": created,
                                  "modified": _ms(edited_at) if edited_at else None,
                                  "minimal": minimal, "broken": False}
            return self.comment_urn(cid)

    def break_comment(self, urn: str) -> None:
        """Make the comment come out malformed (no ``created``)."""
        with self.lock:
            self.comments[self._comment_id(urn)]["broken"] = True

    def comment_urn(self, cid: str) -> str:
        return f"urn:li:comment:(urn:li:activity:{self.comments[cid]['activity']},{cid})"

    # --- inspection ------------------------------------------------------------------------
    def comment(self, urn: str) -> dict | None:
        with self.lock:
            found = self.comments.get(self._comment_id(urn) or "")
            return dict(found) if found else None

    def exists(self, urn: str) -> bool:
        return self.comment(urn) is not None

    def all_replies_to(self, urn: str) -> list[dict]:
        with self.lock:
            cid = self._comment_id(urn)
            return [dict(c, urn=self.comment_urn(c["id"])) for c in self.comments.values()
                    if c["parent"] == cid]

    def replies_to(self, urn: str) -> list[dict]:
        """Replies to the comment written as the organization."""
        return [c for c in self.all_replies_to(urn) if c["actor"] == self.org]

    # --- helpers ---------------------------------------------------------------------------
    def _post(self, urn: str) -> dict:
        for post in self.posts:
            if urn in (post["urn"], f"urn:li:activity:{post['activity']}"):
                return post
        raise KeyError(urn)

    @staticmethod
    def _comment_id(urn: str | None) -> str | None:
        match = _COMMENT.match(urn or "")
        return match.group(2) if match else None

    def _resolve(self, target: str) -> tuple[str, object] | None:
        """A socialActions target -> ("post", post) or ("comment", comment)."""
        if target.startswith("urn:li:comment:"):
            cid = self._comment_id(target)
            if cid in self.comments:
                return "comment", self.comments[cid]
            return None
        try:
            return "post", self._post(target)
        except KeyError:
            return None

    def _render(self, c: dict) -> dict:
        activity = f"urn:li:activity:{c['activity']}"
        person = c["actor"] if not c["actor"].startswith("urn:li:organization:") else "urn:li:person:admin1"
        created = {"actor": person, "time": c["created"]}
        if c["actor"] == self.org:
            created["impersonator"] = "urn:li:person:admin1"   # the admin who acted as the Page
        el: dict = {"actor": c["actor"], "agent": person, "id": c["id"],
                    "$URN": f"urn:li:comment:(activity:{c['activity']},{c['id']})",
                    "created": created, "object": activity,
                    "likesSummary": {"selectedLikes": [], "aggregatedTotalLikes": 0, "likedByCurrentUser": False,
                                     "totalLikes": 0}}
        if c["text"] is not None:
            el["message"] = {"attributes": [], "text": c["text"]}
        if c["parent"]:
            el["parentComment"] = f"urn:li:comment:({activity},{c['parent']})"
        if not c["minimal"]:
            el["commentUrn"] = f"urn:li:comment:({activity},{c['id']})"
            el["lastModified"] = {"actor": person, "time": c["modified"] or c["created"]}
            replies = [r for r in self.comments.values() if r["parent"] == c["id"]]
            el["commentsSummary"] = {"selectedComments": [self.comment_urn(r["id"]) for r in replies[:3]],
                                     "totalFirstLevelComments": len(replies),
                                     "aggregatedTotalComments": len(replies)}
        if c["broken"]:
            el.pop("created")
        return el

    def _page(self, request: Request, elements: list, with_total: bool, render=None) -> Response:
        args = request.args
        try:
            start = int(args.get("start", "0"))
            count = int(args.get("count", "10"))
        except ValueError:
            return li_error(400, "ILLEGAL_ARGUMENT", "start and count must be integers")
        if self.page_cap:
            count = min(count, self.page_cap)
        begin = max(0, start - self.page_overlap) if start else 0
        chunk = elements[begin:begin + count]
        if render is not None:     # only the page's elements (rendering all was quadratic)
            chunk = [render(c) for c in chunk]
        paging: dict = {"start": start, "count": count, "links": []}
        if with_total:
            paging["total"] = len(elements)
        return json_response({"paging": paging, "elements": chunk})

    # --- platform answers ------------------------------------------------------------------
    def unauthorized(self, request: Request) -> Response:
        return li_unauthorized(65600)

    def not_found(self, request: Request) -> Response:
        return li_error(404, "NOT_FOUND", "Not Found")

    @_guarded
    def organization_endpoint(self, request: Request, oid: str) -> Response:
        if not self.org_admin_permission:
            return li_error(403, "ACCESS_DENIED", "Not enough permissions to access: organizations.GET.NO_VERSION",
                            100)
        if oid != self.org_id:
            return li_access_denied()
        return json_response({"id": int(self.org_id), "localizedName": self.org_name,
                              "vanityName": "svarbox-kommune",
                              "name": {"localized": {"da_DK": self.org_name},
                                       "preferredLocale": {"country": "DK", "language": "da"}}})

    @_guarded
    def acls_endpoint(self, request: Request) -> Response:
        # roleAssignee finder: the authenticated member's roles; optional role/state filters.
        if request.args.get("q") != "roleAssignee":
            return li_error(400, "ILLEGAL_ARGUMENT", "Unknown finder")
        elements = [{"roleAssignee": "urn:li:person:admin1", "organization": self.org,
                     "role": acl["role"], "state": acl["state"]} for acl in self.acls]
        for key in ("role", "state"):
            if request.args.get(key):
                elements = [e for e in elements if e[key] == request.args[key]]
        return self._page(request, elements, with_total=True)

    @_guarded
    def posts_endpoint(self, request: Request) -> Response:
        if request.args.get("q") != "author":
            return li_error(400, "ILLEGAL_ARGUMENT", "Unknown finder")
        if request.args.get("author") != self.org:
            return li_access_denied()
        ordered = sorted(self.posts, key=lambda p: p["created"], reverse=True)
        elements = [{"id": p["urn"], "author": self.org, "commentary": p["text"], "createdAt": p["created"],
                     "publishedAt": p["created"], "lastModifiedAt": p["created"],
                     "lifecycleState": p["lifecycle"], "visibility": "PUBLIC",
                     "distribution": {"feedDistribution": "MAIN_FEED"}} for p in ordered]
        return self._page(request, elements, with_total=False)   # this finder sends no total

    @_guarded
    def comments_endpoint(self, request: Request, target: str) -> Response:
        resolved = self._resolve(target)
        if resolved is None:
            return li_error(404, "NOT_FOUND", f"Not found: {target}")
        kind, entity = resolved
        if request.method == "POST":
            return self._create(request, kind, entity)
        if kind == "post":
            found = [c for c in self.comments.values() if c["post"] == entity["urn"] and not c["parent"]]
        else:
            found = [c for c in self.comments.values() if c["parent"] == entity["id"]]
        found.sort(key=lambda c: c["created"])
        return self._page(request, found, with_total=not self.omit_total, render=self._render)

    def _create(self, request: Request, kind: str, entity: dict) -> Response:
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not isinstance((body.get("message") or {}).get("text"), str):
            return li_error(400, "ILLEGAL_ARGUMENT", "message.text is required")
        if body.get("actor") != self.org:
            return li_access_denied()
        text = body["message"]["text"]
        if len(text) > 1250:
            return li_error(422, "UNPROCESSABLE_ENTITY", "Comment text exceeds the maximum length")
        parent_urn = body.get("parentComment")
        # Comments API, "Create a Nested Comment": the target is the parent comment URN, the body
        # names "object" = the activity URN inside it and "parentComment" = that comment URN;
        # a top-level comment names the post itself as "object".
        # https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/comments-api
        if kind == "comment":
            if entity["parent"]:
                return li_error(400, "ILLEGAL_ARGUMENT", "Nested comments are only one level deep")
            if self._comment_id(parent_urn) != entity["id"]:
                return li_error(400, "ILLEGAL_ARGUMENT", "parentComment must match the target comment")
            if body.get("object") != f"urn:li:activity:{entity['activity']}":
                return li_error(400, "ILLEGAL_ARGUMENT", "object of a nested comment must be the parent "
                                                         "comment's activity")
            post_urn = entity["post"]
        else:
            if parent_urn:
                return li_error(400, "ILLEGAL_ARGUMENT", "parentComment is not allowed on a first-level comment")
            post_urn = entity["urn"]
            try:
                if self._post(str(body.get("object")))["urn"] != post_urn:
                    raise KeyError(body.get("object"))
            except KeyError:
                return li_error(400, "ILLEGAL_ARGUMENT", "object must be the post")
        urn = self.add_comment(post_urn, self.org, text, parent=parent_urn if kind == "comment" else None)
        cid = self._comment_id(urn)
        payload = self._render(self.comments[cid]) if self.create_returns_body else None
        response = json_response(payload, 201) if payload else Response(status=201)
        response.headers["x-restli-id"] = cid
        return response

    @_guarded
    def one_comment_endpoint(self, request: Request, target: str, cid: str) -> Response:
        resolved = self._resolve(target)
        comment = self.comments.get(cid)
        on_target = resolved is not None and comment is not None and (
            (resolved[0] == "post" and comment["post"] == resolved[1]["urn"] and not comment["parent"]) or
            (resolved[0] == "comment" and comment["parent"] == resolved[1]["id"]))
        if not on_target:
            return li_error(404, "NOT_FOUND", f"Comment {cid} not found")
        if request.method == "GET":
            return json_response(self._render(comment))
        if request.args.get("actor") != self.org:
            return li_access_denied()
        for reply_id in [r["id"] for r in self.comments.values() if r["parent"] == cid]:
            del self.comments[reply_id]
        del self.comments[cid]
        return Response(status=204)
