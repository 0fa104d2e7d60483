"""AT Protocol plumbing for the Bluesky connector: XRPC calls and their errors, sessions,
AT URIs, rich-text facets (byte offsets in UTF-8) and timestamps. Split from bluesky.py so the
connector itself reads as the platform's rules.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, TypedDict

import requests

from app.connectors.base import (
    AuthExpired,
    ConnectorError,
    Malformed,
    Permanent,
    PermissionMissing,
    RateLimited,
    Transient,
)
from app.connectors.http import make_session, parse_json, retry_after_to_datetime, send
from app.connectors.jsonshape import as_dict
from app.connectors.timeparse import parse_timestamp

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://bsky.social"
POST = "app.bsky.feed.post"


# Facet detection, after the Bluesky app's own rules (atproto "rich text" docs): a URL with a
# scheme, and @handle where a handle is a domain name.
_URL = re.compile(r"https?://[^\s<>\"']+")
_MENTION = re.compile(r"(?:(?<=^)|(?<=[\s(]))@([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                      r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+)")
_TRAILING = ".,;:!?)]}'\""
# Bare domains ("viborg.dk/affald") are links in the Bluesky app too (its rich-text detection
# takes a domain with a known TLD); the TLDs a Nordic public body meets.
_BARE = re.compile(r"(?:(?<=^)|(?<=[\s(]))((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})(?:/[^\s<>\"']*)?)",
                   re.IGNORECASE)
_TLDS = frozenset("dk se no fi is eu de nl com org net info gov int edu nu io app dev".split())


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_at_uri(uri: str) -> tuple[str, str, str]:
    """``at://<did>/<collection>/<rkey>`` -> (did, collection, rkey)."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        raise Malformed(f"Not an AT URI: {uri!r}")
    parts = uri[5:].split("/")
    if len(parts) != 3 or not all(parts):
        raise Malformed(f"Not a record AT URI: {uri!r}")
    return parts[0], parts[1], parts[2]


def post_url(uri: str, handle: str | None = None) -> str | None:
    try:
        did, _collection, rkey = parse_at_uri(uri)
    except Malformed:
        return None
    return f"https://bsky.app/profile/{handle or did}/post/{rkey}"


def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def find_facets(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """(links, mentions) as (byteStart, byteEnd, value) with offsets in UTF-8 bytes: facets
    index the UTF-8 encoding, not Python's code points ("æ", "ø" and emoji are more than one
    byte)."""
    def byte_span(start: int, end: int) -> tuple[int, int]:
        return len(text[:start].encode("utf-8")), len(text[:end].encode("utf-8"))

    links = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        start = match.start()
        links.append((*byte_span(start, start + len(url)), url))
    for match in _BARE.finditer(text):
        if match.group(2).lower() not in _TLDS or text[max(0, match.start() - 1)] == "@":
            continue
        shown = match.group(1).rstrip(_TRAILING)
        start = match.start(1)
        links.append((*byte_span(start, start + len(shown)), "https://" + shown))
    mentions = []
    for match in _MENTION.finditer(text):
        handle = match.group(1).rstrip(_TRAILING)
        start = match.start()
        mentions.append((*byte_span(start, start + 1 + len(handle)), handle.lower()))
    return links, mentions


# --- errors -----------------------------------------------------------------------------------

def error_for(response: requests.Response, token: str | None = None) -> ConnectorError:
    """Map an XRPC error (``{"error": name, "message": text}``) to a typed error."""
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    body = as_dict(body)
    name = str(body.get("error") or "")
    said = _clip(str(body.get("message") or name or f"HTTP {status}"))
    if token:
        said = said.replace(token, "[token]")
    if name in ("ExpiredToken", "InvalidToken") or status == 401:
        return AuthExpired("Bluesky no longer accepts this account's session (expired or revoked); "
                           "reconnect the account with an app password.", code=name or "unauthorized")
    if status == 429 or name == "RateLimitExceeded":
        return RateLimited("Bluesky asks us to slow down (rate limit reached).",
                           retry_at=reset_time(response), code="rate-limit")
    if status == 403:
        return PermissionMissing(f"Bluesky did not permit this action: {said}", code=name or "forbidden")
    if name in ("NotFound", "RecordNotFound") or status == 404:
        return Permanent("The post no longer exists on Bluesky.", code="not-found")
    if body == {} and 400 <= status < 500:
        # Every XRPC error names itself in a JSON body; an unreadable one is a damaged answer
        # (a cut-off ExpiredToken read as a refusal failed a post in the chaos run, seed 20261221).
        return Malformed(f"Bluesky's answer (HTTP {status}) arrived unreadable; it will be tried again.",
                         code=f"http {status}")
    if name == "InvalidSwap":
        return Transient("The thread settings changed on Bluesky meanwhile; it will be tried again.",
                         code="invalid-swap")
    if status >= 500:
        return Transient(f"Bluesky had a temporary problem (HTTP {status}); it will be tried again.",
                         code=f"http {status}")
    return Permanent(f"Bluesky refused the request: {said}", code=name or f"http {status}")


def reset_time(response: requests.Response) -> datetime | None:
    """``RateLimit-Reset`` is epoch seconds (the PDS's rate-limit headers). A 429 from a proxy
    or CDN in front of the PDS says ``Retry-After`` instead (RFC 9110 10.2.3); with both, the
    later moment wins."""
    value = (response.headers.get("RateLimit-Reset") or "").strip()
    announced = datetime.fromtimestamp(int(value), tz=UTC) if value.isdigit() else None
    after = retry_after_to_datetime(response.headers.get("Retry-After"))
    return max((m for m in (announced, after) if m is not None), default=None)


def _xrpc(session: requests.Session, base_url: str, method: str, nsid: str, token: str | None, *,
          params: dict[str, Any] | None = None, json_body: dict[str, Any] | None = None,
          headers: dict[str, str] | None = None) -> dict[str, Any]:
    headers = {**({"Authorization": f"Bearer {token}"} if token else {}), **(headers or {})}
    response = send(session, method, f"{base_url.rstrip('/')}/xrpc/{nsid}", params=params,
                    json=json_body, headers=headers)
    if not 200 <= response.status_code < 300:
        raise error_for(response, token)
    _note_rate_limit(response)
    body = parse_json(response)
    if not isinstance(body, dict):
        raise Malformed(f"Bluesky sent an unexpected reply (HTTP {response.status_code}).")
    return body


def _note_rate_limit(response: requests.Response) -> None:
    remaining = (response.headers.get("RateLimit-Remaining") or "").strip()
    if remaining.isdigit() and int(remaining) < 5:
        log.info("Bluesky rate limit nearly used up (%s left)", remaining)


# --- sign-in ----------------------------------------------------------------------------------

class SessionTokens(TypedDict):
    """A signed-in Bluesky session, as the keychain and the connector need it."""
    accessJwt: str
    refreshJwt: str | None      # None only for the offline (demo) stand-in
    did: str
    handle: str | None


def create_session(identifier: str, app_password: str, base_url: str | None = None,
                   session: requests.Session | None = None) -> SessionTokens:
    """App-password sign-in. Returns ``{"accessJwt", "refreshJwt", "did", "handle"}``; the
    app password itself is not kept anywhere."""
    session = session or make_session()
    base = (base_url or DEFAULT_BASE_URL).rstrip("/")
    response = send(session, "POST", f"{base}/xrpc/com.atproto.server.createSession",
                    json={"identifier": identifier.strip().lstrip("@"), "password": app_password})
    body = parse_json(response)
    body = as_dict(body)
    if response.status_code >= 400:
        name = str(body.get("error") or "")
        if name == "AuthFactorTokenRequired":
            raise PermissionMissing("Bluesky asks for an e-mail code: sign in with an app password "
                                    "(Settings > Privacy and security > App passwords) instead of the "
                                    "account password.", code=name)
        if response.status_code == 401 or name == "AuthenticationRequired":
            raise AuthExpired("Bluesky did not accept the handle and app password.", code=name or "unauthorized")
        raise error_for(response, app_password)
    if not all(isinstance(body.get(k), str) and body.get(k) for k in ("accessJwt", "refreshJwt", "did")):
        raise Malformed("Bluesky signed in but did not return a session.")
    return {"accessJwt": body["accessJwt"], "refreshJwt": body["refreshJwt"], "did": body["did"],
            "handle": body.get("handle")}


def refresh_session(refresh_jwt: str, base_url: str | None = None,
                    session: requests.Session | None = None) -> dict[str, Any]:
    body = _xrpc(session or make_session(), base_url or DEFAULT_BASE_URL, "POST",
                 "com.atproto.server.refreshSession", refresh_jwt)
    if not body.get("accessJwt") or not body.get("refreshJwt"):
        raise Malformed("Bluesky renewed the session but did not return its tokens.")
    return body


def _ref_uri(ref: object) -> str | None:
    return str(ref["uri"]) if isinstance(ref, dict) and ref.get("uri") else None


def _walk_replies(node: object) -> Iterator[dict[str, Any]]:
    """Every reply post view below a threadViewPost (skipping notFound/blocked nodes)."""
    stack = list(node.get("replies") or []) if isinstance(node, dict) else []
    while stack:
        child = stack.pop()
        if not isinstance(child, dict) or not isinstance(child.get("post"), dict):
            continue
        yield child["post"]
        stack.extend(child.get("replies") or [])


def _ts(value: str) -> datetime:
    try:
        return parse_timestamp(value)
    except Malformed:
        return datetime.min.replace(tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{moment.microsecond // 1000:03d}Z"
