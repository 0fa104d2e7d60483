"""X API v2 errors in words: what each status and error type means for Svarbox (expired
token, missing permission, rate limit with its reset, pay-per-use credits, the February 2026
reply rule), and when to try again. Split from x.py so the connector reads as the calls.
"""
from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import requests

from app import clock
from app.connectors.base import (
    AuthExpired,
    ConnectorError,
    Permanent,
    PermissionMissing,
    RateLimited,
    Transient,
)
from app.connectors.jsonshape import as_dict

log = logging.getLogger(__name__)

CREDITS_RETRY = timedelta(hours=1)


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def error_for(response: requests.Response, token: str | None = None) -> ConnectorError:
    """Map an X error response (problem details or ``errors[]``) to a typed error."""
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    body = as_dict(body)
    title = str(body.get("title") or "")
    detail = str(body.get("detail") or "")
    ptype = str(body.get("type") or "")
    errors = [e for e in body.get("errors") or [] if isinstance(e, dict)] \
        if isinstance(body.get("errors"), list) else []
    err_titles = " ".join(str(e.get("title") or "") for e in errors)
    err_texts = " ".join(str(e.get("message") or e.get("detail") or "") for e in errors)
    said = _clip(detail or err_texts or title or f"HTTP {status}")
    if token:
        said = said.replace(token, "[token]")
    blob = " ".join((title, detail, ptype, err_titles, err_texts)).lower()

    if status == 401:
        return AuthExpired("X no longer accepts this account's token (expired or revoked); "
                           "reconnect the account.", code="unauthorized")
    if status == 402 or "credits-depleted" in ptype or "credits depleted" in blob:
        # Pay-per-use: the app's prepaid credits are used up. X answers 402 with problem type
        # ".../problems/credits-depleted" (seen in production, github.com/koala73/worldmonitor
        # pull 7156); the token is fine and waiting does not help until someone tops up.
        return RateLimited("X: the app's pay-per-use credits are used up. Whoever manages the X developer "
                           "account must buy more credits in the X developer console; Svarbox tries "
                           "again every hour.", retry_at=clock.now() + CREDITS_RETRY, code="credits-depleted")
    if status == 429:
        if title == "UsageCapExceeded" or "usage-capped" in ptype:
            # Not a 15-minute window: the plan's monthly cap. Waiting minutes will not help.
            return RateLimited("X: monthly usage cap reached for the API plan; X calls resume when "
                               "the billing period resets.", retry_at=None, code="usage-capped")
        return RateLimited("X asks us to slow down (rate limit reached).",
                           retry_at=_reset_time(response), code="rate-limit")
    if status == 403:
        if "unsupported authentication" in blob:
            return PermissionMissing("X refused the kind of token: this needs a user token "
                                     "(OAuth 2.0 user context); reconnect the account.",
                                     code="unsupported-authentication")
        if "duplicate" in blob:
            return Permanent("X refused the post: the account already posted exactly this text.",
                             code="duplicate")
        if "hide" in blob:
            return Permanent("X only lets the account hide replies in conversations it started.",
                             code="hide-not-allowed")
        if "reply" in blob and ("mentioned" in blob or "engaged" in blob or "quote" in blob):
            # Since 24 Feb 2026 POST /2/tweets may reply only when the post's author mentioned or
            # quoted the account (X Developers announcement, reported e.g. by
            # https://www.tekedia.com/x-restricts-programmatic-bot-replies-to-boost-genuine-users-interaction).
            return Permanent("X lets apps reply only to posts that mention or quote the account. "
                             "Answer this post on x.com instead.", code="reply-needs-mention")
        if "reply" in blob and ("not allowed" in blob or "restrict" in blob or "not visible" in blob):
            return Permanent("X does not let this account reply there: the author limited who can "
                             "reply, or the post was deleted.", code="reply-restricted")
        if "delete" in blob:
            return Permanent("X only lets the account delete its own posts.", code="delete-not-allowed")
        return PermissionMissing(f"X did not permit this action: {said}", code="forbidden")
    if status == 404:
        return Permanent("The post no longer exists on X.", code="not-found")
    if status >= 500:
        return Transient(f"X had a temporary problem (HTTP {status}); it will be tried again.",
                         code=f"http {status}")
    if status == 400:
        named = set()
        for e in errors:
            if isinstance(e.get("parameters"), dict):
                named.update(e["parameters"])
        code = "invalid-since-id" if "since_id" in named else "invalid-request"
        return Permanent(f"X rejected the request: {said}", code=code)
    return Permanent(f"X refused the request (HTTP {status}): {said}", code=f"http {status}")


def _reset_time(response: requests.Response) -> datetime | None:
    """When to try again: ``x-rate-limit-reset`` (epoch seconds); posting also has a 24-hour
    per-user allowance, and when that one is used up its later reset is the one that counts."""
    headers = response.headers
    resets = []
    window = headers.get("x-rate-limit-reset", "").strip()
    if window.isdigit():
        resets.append(int(window))
    daily = headers.get("x-user-limit-24hour-reset", "").strip()
    if daily.isdigit() and headers.get("x-user-limit-24hour-remaining", "").strip() == "0":
        resets.append(int(daily))
    if not resets:
        return None
    return datetime.fromtimestamp(max(resets), tz=UTC)
