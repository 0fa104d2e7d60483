"""LinkedIn Community Management API connector for an organization (Page).

What LinkedIn allows and how we map it (see shared/design/platforms.md):

- The account is an organization, identified by its URN ``urn:li:organization:<id>`` (a bare
  number in the config is accepted and normalised).
- Reads: the organization's newest posts (``/posts?q=author``; at most
  ``config.extra["linkedin_max_posts"]``, default 50), their comments and the replies to those
  comments (``/socialActions/{urn}/comments``). LinkedIn only names actors by URN, so
  ``author_name`` is None for members (resolving names needs restricted permissions).
- Capabilities: reply and delete. LinkedIn cannot hide a comment (only delete it or close the
  post's comments), so there is no HIDE; ``get_state`` reports ``hidden`` as always False.
- LinkedIn nests one level: a reply to a reply is posted under the top-level comment, so
  ``reply`` on a REPLY item answers its parent comment.
- Comment URNs come as ``urn:li:comment:(urn:li:activity:A,C)`` and
  ``urn:li:comment:(activity:A,C)``; every id we return uses the first, full form.
- Timestamps are epoch milliseconds. Rate limits are daily and reset at 00:00 UTC without any
  headers, so a 429 means "wait until midnight UTC".
- The token travels only in the ``Authorization`` header and is scrubbed from messages.

Cursor (JSON, ``v`` = 1): ``{"v": 1, "posts": {"<post urn>": {"t": <newest ms seen>,
"recent": {"<comment urn>": <ms>}, "rc": {"<comment urn>": <reply count seen>}}}}``. Comment
order is not documented, so every scanned post's comments are paged to the end; only items
changed at or after ``t`` minus a 10-minute overlap (late arrivals) are returned, minus those
already returned unchanged (``recent``), and a comment's replies are re-read only when its
reply count changed (or is unknown). A reply deleted and another added between two syncs keeps the count and is
found only by ``fetch_thread``.
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote

import requests

from app import clock
from app.connectors import attachments as attachment_parsers
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
from app.connectors.http import call_json, make_session
from app.connectors.jsonshape import as_dict, as_list, as_str
from app.connectors.timeparse import parse_timestamp

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.linkedin.com/rest"
RESTLI_VERSION = "2.0.0"

# LinkedIn-Version header values: (version, released, sunset, where the sunset date comes from).
# LinkedIn releases a version every month and supports each "for a minimum of one year before
# sunset"; after the sunset date every call answers HTTP 426 (NONEXISTENT_VERSION).
# Sources: https://learn.microsoft.com/en-us/linkedin/marketing/versioning and the dated table
# "API Migration Status" on https://learn.microsoft.com/en-us/linkedin/marketing/integrations/migrations
# (202511 -> 16 Nov 2026, 202601 -> 15 Jan 2027, 202602 -> 15 Feb 2027, 202603 -> 16 Mar 2027).
# Versions after 202603 were not yet in the copy of that table we could read: their sunset is
# the documented minimum (release + 12 months, mid-month) and marked "estimated". Replace the
# estimate with LinkedIn's date when the table lists it. tests/connectors/test_linkedin.py fails
# when the pinned version is within VERSION_WARNING_DAYS of its sunset.
VERSIONS: tuple[tuple[str, date, date, str], ...] = (
    ("202510", date(2025, 10, 1), date(2026, 10, 15), "migrations table"),
    ("202511", date(2025, 11, 1), date(2026, 11, 16), "migrations table"),
    ("202512", date(2025, 12, 1), date(2026, 12, 15), "estimated"),
    ("202601", date(2026, 1, 1), date(2027, 1, 15), "migrations table"),
    ("202602", date(2026, 2, 1), date(2027, 2, 15), "migrations table"),
    ("202603", date(2026, 3, 1), date(2027, 3, 16), "migrations table"),
    ("202604", date(2026, 4, 1), date(2027, 4, 15), "estimated"),
    ("202605", date(2026, 5, 1), date(2027, 5, 15), "estimated"),
    ("202606", date(2026, 6, 1), date(2027, 6, 15), "estimated"),
    # 202607 (July 2026) is the latest version named in LinkedIn's "Recent Marketing API
    # Changes" we could read: https://learn.microsoft.com/en-us/linkedin/marketing/integrations/recent-changes
    ("202607", date(2026, 7, 1), date(2027, 7, 15), "estimated"),
)
LINKEDIN_VERSION = "202607"     # the pinned default; an account may set "linkedin_version"
VERSION_WARNING_DAYS = 90
_VERSION_RE = re.compile(r"^\d{6}(\.\d{2})?$")
VERSION_INACTIVE_MESSAGE = "LinkedIn needs a newer API version"
COMMENTS_PAGE = 100
POSTS_PAGE = 50
DEFAULT_MAX_POSTS = 50
ACTIVE_DAYS = 30               # an older post with a comment this recent is still scanned ...
MAX_ACTIVE_OLD_POSTS = 50      # ... the most recently active first, this many at most
OVERLAP_MS = 10 * 60 * 1000     # comments can surface late; re-read a short window
CLOCK_SLACK = timedelta(minutes=5)
MAX_PAGES = 500

_COMMENT_URN = re.compile(r"^urn:li:comment:\((.+),([^,()]+)\)$")


def org_urn(value: str | None) -> str:
    """``12345`` or ``urn:li:organization:12345`` -> ``urn:li:organization:12345``."""
    text = str(value or "").strip()
    if text.isdigit():
        return f"urn:li:organization:{text}"
    if re.fullmatch(r"urn:li:organization:\d+", text):
        return text
    raise Permanent("The LinkedIn account needs its organization id (a number or "
                    "urn:li:organization:<id>).", code="no-organization")


def normalise_comment_urn(urn: str) -> str:
    """Both LinkedIn spellings of a comment URN -> ``urn:li:comment:(urn:li:activity:A,C)``."""
    match = _COMMENT_URN.match(str(urn).strip())
    if not match:
        return str(urn).strip()
    obj, cid = match.group(1).strip(), match.group(2).strip()
    if not obj.startswith("urn:li:"):
        obj = "urn:li:" + obj
    return f"urn:li:comment:({obj},{cid})"


def comment_parts(urn: str) -> tuple[str, str] | None:
    """(object urn, comment id) of a comment URN, or None for anything else."""
    match = _COMMENT_URN.match(normalise_comment_urn(urn))
    return (match.group(1), match.group(2)) if match else None


def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def next_utc_midnight(now: datetime | None = None) -> datetime:
    now = (now or clock.now()).astimezone(UTC)
    return datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(days=1)


def version_sunset(version: str) -> date | None:
    for name, _released, sunset, _source in VERSIONS:
        if name == version:
            return sunset
    return None


def version_status(version: str, today: date) -> str:
    """"ok", "soon" (within VERSION_WARNING_DAYS of its sunset), "sunset" or "unknown"."""
    sunset = version_sunset(version)
    if sunset is None:
        return "unknown"
    if today >= sunset:
        return "sunset"
    if (sunset - today).days <= VERSION_WARNING_DAYS:
        return "soon"
    return "ok"


def configured_version(extra: dict[str, Any] | None) -> str:
    """The account's ``linkedin_version`` setting when it is a well-formed version, else the pin."""
    value = str((extra or {}).get("linkedin_version") or "").strip()
    return value if _VERSION_RE.match(value) else LINKEDIN_VERSION


def _enc(urn: str) -> str:
    return quote(urn, safe="")




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
    body = as_dict(body)
    service_code = body.get("serviceErrorCode")
    code = str(body.get("code") or service_code or f"http {status}")
    said = _clip(body.get("message") or f"HTTP {status}")
    if token:
        said = said.replace(token, "[token]")
    if status == 401:
        # 65600 invalid, 65601 revoked (also briefly right after a refresh), 65602 expired...
        return AuthExpired("LinkedIn no longer accepts this account's token (expired or revoked); "
                           "reconnect the account.", code=str(service_code or code))
    if status == 403:
        return PermissionMissing("LinkedIn denied access: the token lacks a permission or the account "
                                 f"is no longer an admin of the Page ({said}).", code=code)
    if status == 426:
        # A sunset LinkedIn-Version answers 426 (see VERSIONS): nothing works until the version
        # setting (account option "linkedin_version") or Svarbox names an active one.
        return Permanent(f"{VERSION_INACTIVE_MESSAGE}: LinkedIn no longer accepts the API version this "
                         "account uses. Choose a newer one under the account's LinkedIn version "
                         "setting, or update Svarbox.", code="version-inactive")
    if status == 429:
        return RateLimited("LinkedIn's daily request limit is reached; it resets at midnight UTC.",
                           retry_at=next_utc_midnight(now), code=code)
    if status == 404:
        return Permanent("The LinkedIn post or comment no longer exists.", code="not-found")
    if status == 422 and any(as_dict(e).get("code") == "DUPLICATE_POST"
                             for e in as_list(as_dict(body.get("errorDetails")).get("inputErrors"))):
        # Posts API: the same commentary again answers 422 DUPLICATE_POST, "Content is a
        # duplicate of urn:li:share:..." (recorded: tests/fixtures/recorded/linkedin). Say
        # which post, in words, not the Java exception.
        earlier = re.search(r"urn:li:(?:share|ugcPost):[0-9]+", str(body.get("message") or ""))
        where = f" ({earlier.group(0)})" if earlier else ""
        return Permanent(f"LinkedIn refused the post as a copy of one already on the Page{where}; "
                         "change the text to publish it again.", code="duplicate-post")
    if status >= 500:
        return Transient(f"LinkedIn had a temporary problem (HTTP {status}); it will be tried again.",
                         code=f"http {status}")
    return Permanent(f"LinkedIn refused the request: {said}", code=code)


# --- the connector ----------------------------------------------------------------------------

class LinkedInConnector:
    platform = Platform.LINKEDIN
    capabilities = frozenset({Capability.REPLY, Capability.DELETE})
    reply_limit = 1250

    def __init__(self, config: ConnectorConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.base_url = (config.base_url or DEFAULT_BASE_URL).rstrip("/")
        self.session = session or make_session()
        self._org_name: str | None = None
        self.version = configured_version(config.extra)

    @property
    def org(self) -> str:
        return org_urn(self.config.account_external_id)

    # --- HTTP -------------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, params: dict[str, Any] | None = None,
              json_body: dict[str, Any] | None = None) -> tuple[dict[str, Any], requests.Response]:
        return call_json(self.session, method, self.base_url + path, self.config.token, error_for, "LinkedIn",
                         params=params, json_body=json_body,
                         headers={"LinkedIn-Version": self.version, "X-Restli-Protocol-Version": RESTLI_VERSION})

    def _elements(self, path: str, params: dict[str, Any] | None = None, count: int = COMMENTS_PAGE,
                  limit: int | None = None) -> Iterator[object]:
        """Yield elements page by page: raise ``start`` until ``paging.total``; a finder without
        ``total`` ends with a page shorter than ``count``."""
        start = 0
        yielded = 0
        for _ in range(MAX_PAGES):
            query = dict(params or {})
            query.update(start=start, count=count)
            body, _resp = self._call("GET", path, params=query)
            elements = body.get("elements")
            if not isinstance(elements, list):
                raise Malformed("LinkedIn sent a list without 'elements'.")
            for element in elements:
                yield element
                yielded += 1
                if limit is not None and yielded >= limit:
                    return
            paging = as_dict(body.get("paging"))
            total = paging.get("total")
            start += len(elements)
            if not elements:
                return
            if isinstance(total, int) and not isinstance(total, bool):
                if start >= total:
                    return
                continue
            links = as_list(paging.get("links"))
            if any(isinstance(link, dict) and link.get("rel") == "next" for link in links):
                continue
            # No total, no next link: a page shorter than the page size is the last one. The
            # server may apply a smaller page size than asked and says so in paging.count.
            size = paging.get("count")
            size = min(count, size) if isinstance(size, int) and size > 0 else count
            if len(elements) < size:
                return

    # --- identity ---------------------------------------------------------------------------
    def whoami(self) -> AccountIdentity:
        org = self.org
        try:
            body, _ = self._call("GET", f"/organizations/{org.rsplit(':', 1)[1]}")
        except PermissionMissing:
            # Organization lookup needs rw_organization_admin, which Community Management apps
            # often lack. The member's organization ACLs say whether they may act for the Page:
            # GET /rest/organizationAcls?q=roleAssignee (Organization Access Control,
            # https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/organization-access-control-by-role).
            return self._whoami_by_acl(org)
        name = body.get("localizedName")
        if not isinstance(name, str):
            localized = ((body.get("name") or {}).get("localized") or {}) if isinstance(body.get("name"), dict) else {}
            name = next(iter(localized.values()), None) if isinstance(localized, dict) else None
        if not name:
            raise Malformed("LinkedIn did not return the organization's name.")
        self._org_name = name
        return AccountIdentity(external_id=org, name=name, handle=body.get("vanityName"))

    # Roles that may read and write the organization's comments (Comments API permissions:
    # r_organization_social / w_organization_social are "restricted to organizations in which
    # the authenticated member has" ADMINISTRATOR or DIRECT_SPONSORED_CONTENT_POSTER).
    _ACTING_ROLES = ("ADMINISTRATOR", "DIRECT_SPONSORED_CONTENT_POSTER")

    def _whoami_by_acl(self, org: str) -> AccountIdentity:
        for element in self._elements("/organizationAcls", {"q": "roleAssignee", "state": "APPROVED"},
                                      count=100):
            if not isinstance(element, dict):
                continue
            if element.get("organization") == org and element.get("state", "APPROVED") == "APPROVED" \
                    and element.get("role") in self._ACTING_ROLES:
                # The ACL carries no name; without the admin permission the Page's name cannot be
                # read, so the account is named by what the person typed, or its id.
                name = (self.config.handle or "").strip() or f"LinkedIn organization {org.rsplit(':', 1)[1]}"
                self._org_name = name
                return AccountIdentity(external_id=org, name=name, handle=None)
        raise PermissionMissing("This LinkedIn member is not an approved administrator of the organization "
                                f"{org}; ask a Page super admin to add them, then reconnect.",
                                code="not-an-admin")

    # --- reading ----------------------------------------------------------------------------
    def _posts(self, skipped: list[str]) -> list[FetchedThread]:
        max_posts = self.config.extra.get("linkedin_max_posts", DEFAULT_MAX_POSTS)
        max_posts = max_posts if isinstance(max_posts, int) and max_posts > 0 else DEFAULT_MAX_POSTS
        threads: list[FetchedThread] = []
        seen: set[str] = set()
        for element in self._elements("/posts", {"author": self.org, "q": "author"},
                                      count=min(POSTS_PAGE, max_posts), limit=None):
            if len(threads) >= max_posts:
                break
            try:
                if not isinstance(element, dict) or not element.get("id"):
                    raise Malformed("no id")
                urn = str(element["id"])
                if urn in seen:
                    continue
                state = element.get("lifecycleState")
                if state not in (None, "PUBLISHED", "PUBLISHED_EDITED"):
                    continue     # drafts and failed posts have no comments
                created = element.get("publishedAt") or element.get("createdAt")
                thread = FetchedThread(
                    external_id=urn, kind="share" if urn.startswith("urn:li:share:") else "post",
                    text=str(element.get("commentary") or ""), author_name=self._org_name,
                    url=f"https://www.linkedin.com/feed/update/{urn}",
                    created_at=parse_timestamp(created) if created is not None else None)
            except (Malformed, TypeError, ValueError) as exc:
                skipped.append(f"LinkedIn post {_safe_id(element)} skipped: {exc}")
                continue
            seen.add(urn)
            threads.append(thread)
        return threads

    def fetch(self, cursor: str | None,
              progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        old = load_cursor(cursor, "LinkedIn")
        old_posts = as_dict(old.get("posts"))
        org = self.org
        skipped: list[str] = []
        threads = self._posts(skipped)
        # LinkedIn has no "comments since" for an organisation, so the newest posts are scanned,
        # plus older ones still in conversation (a comment within ACTIVE_DAYS): new posts pushed
        # the post citizens kept commenting on out of the newest 50 in the chaos run, and those
        # comments were never read. Quiet old posts leave the cursor, which must not grow forever.
        listed = {t.external_id for t in threads}
        floor = int((clock.now() - timedelta(days=ACTIVE_DAYS)).timestamp() * 1000)
        active = sorted((urn for urn, prev in old_posts.items() if urn not in listed and isinstance(prev, dict)
                         and isinstance(prev.get("t"), int) and prev["t"] >= floor),
                        key=lambda urn: -old_posts[urn]["t"])[:MAX_ACTIVE_OLD_POSTS]
        state: dict[str, Any] = {"v": 1, "posts": {urn: old_posts[urn] for urn in [*listed, *active]
                                                   if isinstance(old_posts.get(urn), dict)}}
        seen: set[str] = set()
        count = 0
        if not threads and not active:
            yield Page(cursor=json.dumps(state), skipped=skipped)
            return
        for thread_urn, thread in [*((t.external_id, t) for t in threads), *((urn, None) for urn in active)]:
            prev = state["posts"].get(thread_urn, {})
            since = prev.get("t") if isinstance(prev.get("t"), int) else None
            old_rc = as_dict(prev.get("rc"))
            recent = as_dict(prev.get("recent"))
            # An older post's thread is already stored: its items name it, the page need not.
            page = Page(threads=[thread] if thread else [], skipped=skipped)
            skipped = []
            try:
                state["posts"][thread_urn] = self._scan_post(thread_urn, org, since, old_rc, recent, seen, page)
            except Permanent as exc:
                if thread is not None or exc.code != "not-found":
                    raise
                del state["posts"][thread_urn]      # an older post deleted since: nothing to watch
                page = Page(skipped=page.skipped)
            page.cursor = json.dumps(state)
            count += len(page.items)
            if progress:
                progress(count)
            yield page

    def _scan_post(self, post_urn: str, org: str, since: int | None, old_rc: dict[str, Any], recent: dict[str, Any],
                   seen: set[str], page: Page) -> dict[str, Any]:
        """Read one post's comments and replies into ``page``; return its new cursor entry."""
        cutoff = since - OVERLAP_MS if since is not None else None
        changes: dict[str, int] = {}
        rc: dict[str, int] = {}

        def take(item: FetchedItem, changed: int) -> bool:
            changes[item.external_id] = changed
            fresh = cutoff is None or (changed >= cutoff and recent.get(item.external_id) != changed)
            if fresh and item.external_id not in seen:
                seen.add(item.external_id)
                page.items.append(item)
            return fresh

        for element in self._elements(f"/socialActions/{_enc(post_urn)}/comments"):
            parsed = self._parse(element, post_urn, None, org, page)
            if parsed is None:
                continue
            item, changed = parsed
            if item.external_id in changes:
                continue        # repeated by an overlapping page
            is_new = take(item, changed)
            replies = _reply_count(element)
            if replies:
                rc[item.external_id] = replies
            # Unknown count: always look; known count: look when it moved or the comment is new.
            if replies is None or (replies > 0 and (old_rc.get(item.external_id) != replies or is_new)):
                for reply in self._elements(f"/socialActions/{_enc(item.external_id)}/comments"):
                    parsed_reply = self._parse(reply, post_urn, item.external_id, org, page)
                    if parsed_reply is None:
                        continue
                    take(*parsed_reply)
        newest = max([since or 0, *changes.values()]) or None
        floor = (newest or 0) - OVERLAP_MS
        return {"t": newest, "recent": {urn: ms for urn, ms in changes.items() if ms >= floor}, "rc": rc}

    def _parse(self, element: object, post_urn: str, parent_urn: str | None, org: str,
               page: Page) -> tuple[FetchedItem, int] | None:
        """One comment element -> (item, last change in epoch ms); malformed ones are noted."""
        try:
            if not isinstance(element, dict):
                raise Malformed("not an object")
            urn = element.get("commentUrn") or element.get("$URN")
            cid = str(element.get("id") or "")
            if urn:
                urn = normalise_comment_urn(str(urn))
            elif cid and element.get("object"):
                urn = normalise_comment_urn(f"urn:li:comment:({element['object']},{cid})")
            else:
                raise Malformed("no id")
            if comment_parts(urn) is None:
                raise Malformed(f"unexpected comment id {urn!r}")
            created = as_dict(element.get("created"))
            created_ms = created.get("time")
            received = parse_timestamp(created_ms)
            modified = as_dict(element.get("lastModified"))
            changed = max(int(created["time"]), int(modified.get("time") or 0))   # parsed above
            actor = element.get("actor") or created.get("actor")
            message = as_dict(element.get("message"))
            text = message.get("text")
            parent = element.get("parentComment")
            parent = normalise_comment_urn(str(parent)) if parent else parent_urn
        except (Malformed, KeyError, TypeError, ValueError) as exc:
            page.skipped.append(f"LinkedIn comment {_safe_id(element)} skipped: {exc}")
            return None
        own = actor == org
        item = FetchedItem(
            external_id=urn, thread_external_id=post_urn,
            kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
            text=as_str(text),    # image-only comments have no text
            received_at=received, author_id=str(actor) if actor else None,
            author_name=self._org_name if own else None, parent_external_id=parent,
            url=f"https://www.linkedin.com/feed/update/{post_urn}?commentUrn={_enc(urn)}",
            is_own=own, attachments=attachment_parsers.from_linkedin_comment(element))
        return item, changed

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]:
        page = Page()
        self._scan_post(thread_external_id, self.org, None, {}, {}, set(), page)
        return page.items

    # --- writing ----------------------------------------------------------------------------
    @staticmethod
    def _anchor(target: Target) -> str:
        """What a reply hangs under: the top-level comment (LinkedIn nests one level)."""
        if target.kind is ItemKind.REPLY and target.parent_external_id:
            return normalise_comment_urn(target.parent_external_id)
        return normalise_comment_urn(target.external_id)

    def reply(self, target: Target, text: str) -> SentReply:
        anchor = self._anchor(target)
        parts = comment_parts(anchor)
        body = {"actor": self.org, "message": {"text": text}}
        if parts:
            # Comments API, "Create a Nested Comment": POST /socialActions/{comment urn}/comments
            # with "object" = the activity URN inside the comment URN (not the share/ugcPost URN)
            # and "parentComment" = the comment URN.
            # https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/comments-api
            body["object"] = parts[0]
            body["parentComment"] = anchor
        else:
            body["object"] = anchor      # a post: a new top-level comment
        created, response = self._call("POST", f"/socialActions/{_enc(anchor)}/comments", json_body=body)
        urn = created.get("commentUrn") or created.get("$URN")
        if urn:
            return SentReply(external_id=normalise_comment_urn(str(urn)))
        restli_id = response.headers.get("x-restli-id", "").strip()
        if restli_id.startswith("urn:li:comment:"):
            return SentReply(external_id=normalise_comment_urn(restli_id))
        if restli_id and parts:
            return SentReply(external_id=f"urn:li:comment:({parts[0]},{restli_id})")
        if restli_id:
            return SentReply(external_id=f"urn:li:comment:({anchor},{restli_id})")
        raise Malformed("LinkedIn accepted the comment but did not return its id.")

    def set_hidden(self, target: Target, hidden: bool) -> None:
        raise Permanent("LinkedIn cannot hide comments; delete it or close the post's comments.",
                        code="not-supported")

    def _address(self, target: Target) -> tuple[str, str]:
        """(the entity the comment is on, comment id) for the single-comment endpoints."""
        urn = normalise_comment_urn(target.external_id)
        parts = comment_parts(urn)
        if parts is None:
            raise Permanent("That LinkedIn item is not a comment.", code="not-a-comment")
        if target.kind is ItemKind.REPLY and target.parent_external_id:
            return normalise_comment_urn(target.parent_external_id), parts[1]
        return parts[0], parts[1]

    def delete(self, target: Target) -> None:
        """Delete a comment: the Page's own, or one on the Page's own posts."""
        on, cid = self._address(target)
        self._call("DELETE", f"/socialActions/{_enc(on)}/comments/{quote(cid, safe='')}",
                   params={"actor": self.org})

    # --- exactly-once support -------------------------------------------------------------------
    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        anchor = self._anchor(target)
        org = self.org
        want = normalise_text(text)
        floor = int((since - CLOCK_SLACK).timestamp() * 1000)
        for element in self._elements(f"/socialActions/{_enc(anchor)}/comments"):
            if not isinstance(element, dict):
                continue
            created = as_dict(element.get("created"))
            actor = element.get("actor") or created.get("actor")
            message = as_dict(element.get("message"))
            urn = element.get("commentUrn") or element.get("$URN")
            if actor != org or not urn or not isinstance(created.get("time"), int):
                continue
            if created["time"] >= floor and normalise_text(message.get("text") or "") == want:
                return normalise_comment_urn(str(urn))
        return None

    def get_state(self, target: Target) -> TargetState:
        """``exists`` from the single-comment lookup; LinkedIn has no hidden state (False)."""
        on, cid = self._address(target)
        try:
            self._call("GET", f"/socialActions/{_enc(on)}/comments/{quote(cid, safe='')}")
        except Permanent as exc:
            if exc.code == "not-found":
                return {"exists": False, "hidden": False}
            raise
        return {"exists": True, "hidden": False}


def _reply_count(element: object) -> int | None:
    summary = as_dict(element).get("commentsSummary")
    if not isinstance(summary, dict):
        return None
    value = summary.get("totalFirstLevelComments", summary.get("aggregatedTotalComments"))
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _safe_id(element: object) -> str:
    if isinstance(element, dict):
        return str(element.get("commentUrn") or element.get("$URN") or element.get("id") or "(no id)")
    return "(no id)"
