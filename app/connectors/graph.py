"""Shared Meta Graph API plumbing for the Facebook and Instagram connectors.

- The token travels only in the ``Authorization: Bearer`` header, never in a URL, and is
  scrubbed from every message we build.
- Paging follows ``paging.next`` until it is absent (Facebook keeps ``cursors`` on the last
  page, Instagram drops ``paging`` entirely); a next link must stay on the API's own host.
- Errors are mapped from the Graph error object to the typed errors of ``base``.
- ``usage`` holds the latest X-App-Usage / X-Business-Use-Case-Usage percentages so callers
  can slow down near 80-100 %.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import requests

from app import clock
from app.connectors.base import (
    AuthExpired,
    ConnectorError,
    Malformed,
    Page,
    Permanent,
    PermissionMissing,
    RateLimited,
    Transient,
)
from app.connectors.base import (
    load_cursor as load_cursor,  # noqa: F401 - re-exported: facebook and instagram import it from here
)
from app.connectors.http import make_session, parse_json, retry_after_to_datetime, send
from app.connectors.timeparse import parse_timestamp

log = logging.getLogger(__name__)

GRAPH_VERSION = "v25.0"
DEFAULT_BASE_URL = f"https://graph.facebook.com/{GRAPH_VERSION}"
# Instagram API with Instagram Login: same paths, other host (also versioned).
INSTAGRAM_LOGIN_BASE_URL = f"https://graph.instagram.com/{GRAPH_VERSION}"

AUTH_CODES = {190, 102}
THROTTLE_CODES = {4, 17, 32, 613, 80001, 80002, 80006, 341}
TRANSIENT_CODES = {1, 2}
NOT_FOUND_SUBCODE = 33   # with code 100: object does not exist (or cannot be loaded)
SLOW_DOWN_PERCENT = 80

_AUTH_REASONS = {
    458: "the app was removed from the account",
    459: "the user must log in to Facebook to pass a security checkpoint",
    460: "the password was changed",
    463: "it has expired",
    464: "the user is not confirmed",
    467: "it is invalid",
}


# --- usage headers --------------------------------------------------------------------------

@dataclass
class GraphUsage:
    """Rate-limit usage reported by the last response; values are percentages of the allowance."""
    app: dict[str, float] = field(default_factory=dict)                 # X-App-Usage
    business: dict[str, list[dict[str, Any]]] = field(default_factory=dict)       # X-Business-Use-Case-Usage
    updated_at: datetime | None = None

    @property
    def max_percent(self) -> float:
        values: list[object] = [v for k, v in self.app.items() if k in ("call_count", "total_cputime", "total_time")]
        for entries in self.business.values():
            for entry in entries:
                values += [entry.get(k) for k in ("call_count", "total_cputime", "total_time")]
        numbers = [float(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
        return max(numbers, default=0.0)

    @property
    def regain_minutes(self) -> float | None:
        """Largest ``estimated_time_to_regain_access`` (minutes); None when absent or 0."""
        found = [entry.get("estimated_time_to_regain_access")
                 for entries in self.business.values() for entry in entries]
        numbers = [float(v) for v in found if isinstance(v, (int, float)) and not isinstance(v, bool)]
        best = max(numbers, default=0.0)
        return best if best > 0 else None

    @property
    def should_slow_down(self) -> bool:
        return self.max_percent >= SLOW_DOWN_PERCENT


def parse_usage(headers: Mapping[str, str], now: datetime | None = None) -> GraphUsage:
    """Read the usage headers; a garbled header is ignored, it must never fail a call."""
    usage = GraphUsage(updated_at=now or clock.now())
    app = _load_json_header(headers.get("X-App-Usage"))
    if isinstance(app, dict):
        usage.app = {k: v for k, v in app.items() if isinstance(v, (int, float))}
    buc = _load_json_header(headers.get("X-Business-Use-Case-Usage"))
    if isinstance(buc, dict):
        usage.business = {str(k): [e for e in v if isinstance(e, dict)]
                          for k, v in buc.items() if isinstance(v, list)}
    return usage


def _load_json_header(value: str | None) -> Any:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        log.warning("Ignoring an unreadable Graph usage header")
        return None


# --- error mapping --------------------------------------------------------------------------

def _scrub(text: str, token: str | None) -> str:
    if token and token in text:
        text = text.replace(token, "[token]")
    return text


def graph_error(status: int, body: Any, *, usage: GraphUsage | None = None, platform: str = "Facebook",
                token: str | None = None, now: datetime | None = None) -> ConnectorError | None:
    """The typed error for a Graph response, or None if it is a success."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        if status < 400:
            return None
        return _status_error(status, platform)

    code = error.get("code")
    subcode = error.get("error_subcode")
    code_text = f"{code}/{subcode}" if subcode is not None else str(code)
    detail = _scrub(str(error.get("error_user_msg") or error.get("message") or "").strip(), token)
    suffix = f": {detail}" if detail else "."

    if code in AUTH_CODES:
        reason = "the session expired" if code == 102 else _AUTH_REASONS.get(subcode or 0, "it was rejected")
        return AuthExpired(f"The {platform} access token is no longer valid ({reason}); "
                           f"reconnect the account.", code=code_text)
    if code == 10 or (isinstance(code, int) and 200 <= code <= 299):
        return PermissionMissing(f"The {platform} account lacks a permission for this action "
                                 f"(code {code_text}){suffix}", code=code_text)
    if code in THROTTLE_CODES:
        minutes = usage.regain_minutes if usage else None
        if minutes:
            retry_at = (now or clock.now()) + timedelta(minutes=minutes)
            when = f"try again after {retry_at:%H:%M} UTC"
        else:
            retry_at, when = None, "waiting before trying again"
        return RateLimited(f"{platform} asks us to slow down (rate limit, code {code_text}); {when}.",
                           retry_at=retry_at, code=code_text)
    if code in TRANSIENT_CODES or error.get("is_transient") is True or status >= 500:
        return Transient(f"{platform} had a temporary problem (code {code_text}); "
                         f"it will be tried again.", code=code_text)
    if code == 368:
        head = f"{platform} has temporarily blocked this action for policy reasons"
    elif code == 506:
        head = f"{platform} refused a duplicate of an earlier post"
    elif code == 100 and subcode == NOT_FOUND_SUBCODE:
        head = f"The {platform} item no longer exists or cannot be read"
    elif code == 100:
        head = f"{platform} rejected the request (a parameter, feature or permission is missing)"
    else:
        head = f"{platform} refused the request (code {code_text})"
    return Permanent(head + suffix, code=code_text)


def _status_error(status: int, platform: str, headers: Mapping[str, str] | None = None) -> ConnectorError:
    """An error status without a Graph error object (proxies, load balancers)."""
    code = f"http {status}"
    if status >= 500:
        return Transient(f"{platform} had a temporary problem (HTTP {status}); it will be tried again.", code=code)
    if status == 429:
        retry_at = retry_after_to_datetime((headers or {}).get("Retry-After"))
        return RateLimited(f"{platform} asks us to slow down (HTTP 429).", retry_at=retry_at, code=code)
    if status == 401:
        return AuthExpired(f"{platform} rejected the access token (HTTP 401); reconnect the account.", code=code)
    if status == 403:
        return PermissionMissing(f"{platform} refused access (HTTP 403).", code=code)
    return Permanent(f"{platform} refused the request (HTTP {status}).", code=code)


def is_not_found(exc: ConnectorError) -> bool:
    return isinstance(exc, Permanent) and exc.code == f"100/{NOT_FOUND_SUBCODE}"


# --- the client -----------------------------------------------------------------------------

class GraphClient:
    """Authenticated Graph calls with typed errors, paging and usage tracking."""

    def __init__(self, token: str, base_url: str | None = None, session: requests.Session | None = None,
                 platform: str = "Facebook") -> None:
        self._token = token
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self._origin = urlsplit(self.base_url)[:2]
        self.session = session or make_session()
        self.platform = platform
        self.usage = GraphUsage()
        self.server_time: datetime | None = None   # Date header of the last response

    # -- single calls
    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.request("GET", path, params=params)

    def post(self, path: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.request("POST", path, data=data)

    def delete(self, path: str) -> dict[str, Any]:
        return self.request("DELETE", path)

    def request(self, method: str, path_or_url: str, *, params: dict[str, Any] | None = None,
                data: dict[str, Any] | None = None) -> dict[str, Any]:
        url = self._url(path_or_url)
        # The token goes in the header only: URLs end up in logs, proxies and error reports.
        headers = {"Authorization": f"Bearer {self._token}"}
        response = send(self.session, method, url, params=params, data=data, headers=headers)
        self._observe(response)
        log.debug("%s %s -> %s", method, _without_query(url), response.status_code)
        try:
            body = parse_json(response)
        except Malformed:
            if response.status_code >= 500 or response.status_code == 429:   # a proxy's HTML page
                raise _status_error(response.status_code, self.platform, response.headers) from None
            raise Malformed(f"{self.platform} sent a reply that is not valid JSON "
                            f"(HTTP {response.status_code}).") from None
        error = graph_error(response.status_code, body, usage=self.usage, platform=self.platform,
                            token=self._token)
        if error is not None:
            raise error
        if not isinstance(body, dict):
            raise Malformed(f"{self.platform} sent an unexpected reply (not an object).")
        return body

    # -- paging
    def pages(self, path: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Yield each page body (``data`` checked to be a list) following ``paging.next``."""
        body = self.get(path, params)
        seen_urls: set[str] = set()
        while True:
            if not isinstance(body.get("data", []), list):
                raise Malformed(f"{self.platform} sent a list page without a data array.")
            yield body
            next_url = next_link(body)
            if not next_url:
                return
            if next_url in seen_urls:   # a server looping on itself must not hang a sync
                log.warning("Graph paging repeated a next link; stopping")
                return
            seen_urls.add(next_url)
            body = self.get(next_url)

    def next_pages(self, first: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Yield the pages after an embedded edge (e.g. ``messages`` inside a conversation)."""
        body, seen_urls = first, set()
        while True:
            next_url = next_link(body)
            if not next_url or next_url in seen_urls:
                return
            seen_urls.add(next_url)
            body = self.get(next_url)
            if not isinstance(body.get("data", []), list):
                raise Malformed(f"{self.platform} sent a list page without a data array.")
            yield body

    # -- internals
    def _url(self, path_or_url: str) -> str:
        if path_or_url.startswith(("http://", "https://")):
            parts = urlsplit(path_or_url)
            if parts[:2] != self._origin:
                # Never send the token to a host the server merely named in a paging link.
                raise Malformed(f"{self.platform} sent a paging link to another host.")
            query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "access_token"]
            return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
        return f"{self.base_url}/{path_or_url.lstrip('/')}"

    def _observe(self, response: requests.Response) -> None:
        self.usage = parse_usage(response.headers)
        if self.usage.should_slow_down:
            log.info("%s usage at %.0f%% of the allowance", self.platform, self.usage.max_percent)
        date = response.headers.get("Date")
        if date:
            try:
                parsed = parsedate_to_datetime(date)
                self.server_time = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
            except (TypeError, ValueError):
                pass


def node(*segments: str) -> str:
    """A Graph path from ids/edges, each segment URL-quoted (ids come from the platform)."""
    return "/".join(quote(str(s), safe="") for s in segments)


def next_link(body: dict[str, Any]) -> str | None:
    paging = body.get("paging")
    if not isinstance(paging, dict):
        return None
    url = paging.get("next")
    return url if isinstance(url, str) and url else None


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


# --- resume cursors (decoded by connectors.base.load_cursor) --------------------------------

def cursor_time(data: dict[str, Any], key: str) -> datetime | None:
    value = data.get(key)
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def dump_cursor(data: dict[str, Any]) -> str:
    return json.dumps({"v": 1, **data}, sort_keys=True, separators=(",", ":"))


def with_resume_cursors(pages: Iterator[Page], committed: Callable[[], str]) -> Iterator[Page]:
    """Hand pages out one behind, each stamped with the cursor of the phases finished so far.

    A phase's new watermark is only safe once its last page is stored, and that page is only
    known to be the last when the next one (or the end) arrives; so we hold one page back."""
    held: Page | None = None
    try:
        for page in pages:
            if held is not None:
                held.cursor = committed()
                yield held
            held = page
    except ConnectorError:
        # Hand over the page already read (with a cursor that is safe) before failing.
        if held is not None:
            held.cursor = committed()
            yield held
        raise
    held = held or Page()
    held.cursor = committed()
    yield held


class SkipItem(Exception):
    """An entry we cannot use; the reason goes to ``Page.skipped`` (no user text in it)."""


def graph_timestamp(value: object) -> datetime:
    """Graph sends ``2021-08-10T18:45:03+0000`` strings; anything else (a bare number) is malformed."""
    if not isinstance(value, str):
        raise Malformed(f"Invalid Graph timestamp: {value!r}")
    return parse_timestamp(value)


def graph_id(value: object) -> str | None:
    """Graph ids are strings; accept a number defensively, reject anything else."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None
