"""Publishing posts on Bluesky and Mastodon (issue 19), beside ``publishing.py``.

Same contract as there, answering ``(external id, permalink)``: ``publish`` sends a ``Draft``
once, ``find`` looks for an already published post with the draft's text (the outbox asks
before sending again after an attempt whose answer was lost). No Qt, no SQL.

- Bluesky: ``com.atproto.repo.createRecord`` of an ``app.bsky.feed.post`` in the account's
  own repo, images as ``app.bsky.embed.images`` (up to 4, alt required, each blob at most
  1,000,000 bytes; docs.bsky.app "Creating a post", lexicon app.bsky.embed.images). A link
  goes in the text and becomes a link facet. Our repo on the PDS is read back with
  ``com.atproto.repo.listRecords`` to find a post (the AppView indexes with a delay).
- Mastodon: ``POST /api/v2/media`` per image (multipart ``file`` + ``description``, the alt
  text), then ``POST /api/v1/statuses`` with ``media_ids[]`` (at most 4) and the outbox's key as
  ``Idempotency-Key`` (docs.joinmastodon.org methods/media, methods/statuses). v2/media may
  answer 202 while the server still processes the file; attaching it before it is ready is
  refused with 422, so that case is a transient error and the outbox tries again later.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from app.connectors.base import Malformed, Permanent, Transient

CLOCK_SLACK = timedelta(minutes=5)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"https?://\S+", "", text or "").split())


def _text_with_link(draft: Any) -> str:
    return draft.text if not draft.link or draft.link in draft.text else f"{draft.text}\n{draft.link}"


def _read(image: Any) -> bytes:
    try:
        return Path(image.path or "").read_bytes()
    except OSError as exc:
        raise Permanent(f"The image {image.path} cannot be read: {exc.strerror or exc}.") from None


# The connector and draft are typed Any here: this module is imported lazily by publishing.py
# (which defines Draft) and must not import it back (the architecture test forbids the cycle).

# --- Bluesky ----------------------------------------------------------------------------------

def bluesky_publish(connector: Any, draft: Any) -> tuple[str, str | None]:
    from app.connectors.atproto import post_url

    images = []
    for image in draft.images:
        if not image.path:
            raise Permanent("Bluesky needs the image as a file on this computer, not a web address.")
        images.append((_read(image), image.mime(), image.alt))
    sent = connector.publish(_text_with_link(draft), images=images)
    return (sent.external_id, post_url(sent.external_id, connector.config.handle or connector._handle))


def bluesky_find(connector: Any, draft: Any, since: datetime) -> tuple[str, str | None] | None:
    from app.connectors.atproto import POST, _ref_uri, post_url
    from app.connectors.timeparse import parse_timestamp

    me, want, cursor = connector.me(), _norm(draft.text), None
    for _ in range(20):
        params = {"repo": me, "collection": POST, "limit": 100}
        if cursor:
            params["cursor"] = cursor
        body = connector._call("GET", "com.atproto.repo.listRecords", params=params)
        records = body.get("records") if isinstance(body.get("records"), list) else []
        for rec in records:
            value = rec.get("value") if isinstance(rec, dict) else None
            if not isinstance(value, dict) or _ref_uri((value.get("reply") or {}).get("parent")):
                continue        # replies are answers, not posts
            try:
                created = parse_timestamp(value.get("createdAt"))
            except Malformed:
                continue
            if created < since - CLOCK_SLACK:
                return None     # record keys are time-ordered: nothing older can match
            if _norm(str(value.get("text") or "")) == want:
                uri = str(rec.get("uri"))
                return (uri, post_url(uri, connector.config.handle or connector._handle))
        cursor = body.get("cursor")
        if not records or not cursor:
            return None
    return None


# --- Mastodon ---------------------------------------------------------------------------------

def _mastodon_upload(connector: Any, image: Any) -> str:
    from app.connectors.http import parse_json, send
    from app.connectors.mastodon import error_for

    if not image.path:
        raise Permanent("Mastodon needs the image as a file on this computer, not a web address.")
    response = send(connector.session, "POST", f"{connector.base_url}/api/v2/media",
                    headers={"Authorization": f"Bearer {connector.config.token}"},
                    data={"description": image.alt},
                    files={"file": (Path(image.path).name, _read(image), image.mime())}, timeout=60)
    if not 200 <= response.status_code < 300:
        raise error_for(response, connector.config.token)
    body = parse_json(response)
    if not isinstance(body, dict) or not body.get("id"):
        raise Malformed("The Mastodon server stored the image but did not return its id.")
    if response.status_code == 202:
        # Still processing (methods/media: "202 Accepted ... url is null"); a status with it
        # would be refused ("Cannot attach files that have not finished processing").
        raise Transient("The Mastodon server is still processing the image; Svarbox tries again shortly.")
    return str(body["id"])


def mastodon_publish(connector: Any, draft: Any) -> tuple[str, str | None]:
    if len(draft.images) > 4:
        raise Permanent("Mastodon takes at most four images per post.")
    media_ids = [_mastodon_upload(connector, image) for image in draft.images]
    data: list[tuple[str, str]] = [("status", _text_with_link(draft)), ("visibility", "public")]
    data += [("media_ids[]", mid) for mid in media_ids]
    headers = {"Idempotency-Key": draft.key} if draft.key else {}
    created = connector._object("POST", "/api/v1/statuses", headers=headers, data=data)
    if not created.get("id"):
        raise Malformed("The Mastodon server accepted the post but did not return its id.")
    return (str(created["id"]), created.get("url"))


def mastodon_find(connector: Any, draft: Any, since: datetime) -> tuple[str, str | None] | None:
    from app.connectors.mastodon_text import html_to_text
    from app.connectors.timeparse import parse_timestamp

    want = _norm(draft.text)
    body, _response = connector._request("GET", f"/api/v1/accounts/{connector.me()}/statuses",
                                         params={"limit": 40, "exclude_replies": "true", "exclude_reblogs": "true"})
    for status in body if isinstance(body, list) else []:
        if not isinstance(status, dict) or status.get("in_reply_to_id"):
            continue
        try:
            if parse_timestamp(status.get("created_at")) < since - CLOCK_SLACK:
                return None     # newest first
        except Malformed:
            continue
        if _norm(html_to_text(str(status.get("content") or ""))) == want:
            return (str(status["id"]), status.get("url"))
    return None
