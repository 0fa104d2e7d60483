"""Publishing posts through each platform's own API (issue 19), beside the connectors.

One function per platform publishes a ``Draft`` and one finds an already published post by
its text (exactly-once: after an attempt whose answer was lost, the outbox asks before it
sends again). They use the account's connector for its HTTP client and error mapping, so
tokens, proxies and typed errors behave as for replies. No Qt, no SQL.

What each platform allows (each call cites its documentation):
- Facebook Page: text, link, photos, native scheduling 10 minutes to 30 days ahead.
- LinkedIn organisation: text, link, one image or 2-20 (MultiImage) via the Images API, then the Posts API.
- X: text and images (media upload v2, then POST /2/tweets); every write costs credits.
- Instagram: an image post needs an image on a PUBLIC https URL (Meta fetches it); a desktop
  has no such URL of its own, so a post needs an image already on the web (see docs/publishing.md).
- Bluesky and Mastodon: text, link and up to four images (publishing_social.py).
- YouTube: no API to publish a community post; Svarbox says so and does not try.
"""
from __future__ import annotations

import json
import mimetypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.connectors.base import Permanent, PermissionMissing, Platform

if TYPE_CHECKING:
    from app.connectors.base import Connector
    from app.connectors.facebook import FacebookConnector
    from app.connectors.instagram import InstagramConnector
    from app.connectors.linkedin import LinkedInConnector
    from app.connectors.x import XConnector

# Text limits of a post (not of a reply: see textlimits.py for those).
POST_LIMITS = {
    "facebook": 63206,     # Page post message (Graph API /{page-id}/feed "message")
    "instagram": 2200,     # caption (Content Publishing guide: "Captions are limited to 2,200 characters")
    "x": 280,              # weighted length (developer.x.com counting-characters)
    "linkedin": 3000,      # Posts API "commentary" (learn.microsoft.com .../shares/posts-api)
    "bluesky": 300,        # app.bsky.feed.post text: maxGraphemes 300 (we count code points: never more)
    "mastodon": 500,       # Mastodon's default max_characters (instance configuration)
    "demo": 5000,
}
IMAGE_LIMITS = {"facebook": 10, "instagram": 1, "x": 4, "linkedin": 20, "bluesky": 4, "mastodon": 4, "demo": 4}
# Formats each platform takes (X media best practices: JPG, PNG, GIF, WEBP; Instagram
# content publishing: JPEG only; LinkedIn Images API: JPG, GIF, PNG; Facebook photos: JPEG,
# PNG, GIF, BMP, TIFF).
IMAGE_FORMATS = {
    "facebook": {"image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff"},
    "instagram": {"image/jpeg"},
    "x": {"image/jpeg", "image/png", "image/gif", "image/webp"},
    "linkedin": {"image/jpeg", "image/png", "image/gif"},
    # Bluesky: app.bsky.embed.images accepts image/*, the app sends JPEG/PNG/WEBP/GIF;
    # Mastodon: MediaAttachment IMAGE_MIME_TYPES (jpeg, png, gif, webp, heic, avif).
    "bluesky": {"image/jpeg", "image/png", "image/webp", "image/gif"},
    "mastodon": {"image/jpeg", "image/png", "image/gif", "image/webp"},
    "demo": {"image/jpeg", "image/png"},
}
# Facebook native scheduling window ("scheduled_publish_time ... must be between 10 minutes
# and 30 days from the time of the API request", Pages API > Posts > Publish posts).
FB_SCHEDULE_MIN = timedelta(minutes=10)
FB_SCHEDULE_MAX = timedelta(days=30)
# Platforms that take an image only as uploaded bytes: a web address cannot be given to them.
UPLOAD_ONLY = frozenset({"x", "linkedin", "bluesky", "mastodon"})
NATIVE_SCHEDULING = frozenset({"facebook"})
NO_POST_API = frozenset({"youtube"})
X_POST_PRICE_USD = 0.015   # pay-per-use price of one post write (app/connectors/x.py PRICE_POST_WRITE)


@dataclass(frozen=True)
class Image:
    path: str | None
    alt: str
    url: str | None = None           # a public URL (Instagram needs one)

    def mime(self) -> str:
        name = self.path or self.url or ""
        return mimetypes.guess_type(name)[0] or "application/octet-stream"


@dataclass(frozen=True)
class Draft:
    text: str
    link: str | None = None
    images: tuple[Image, ...] = ()
    publish_at: datetime | None = None     # native scheduling (Facebook) only
    key: str = ""

    def to_json(self) -> str:
        return json.dumps({"text": self.text, "link": self.link, "key": self.key,
                           "publish_at": self.publish_at.isoformat() if self.publish_at else None,
                           "images": [{"path": i.path, "alt": i.alt, "url": i.url} for i in self.images]})

    @classmethod
    def from_json(cls, raw: str) -> "Draft":
        data = json.loads(raw)
        at = data.get("publish_at")
        return cls(text=data.get("text") or "", link=data.get("link"), key=data.get("key") or "",
                   publish_at=datetime.fromisoformat(at) if at else None,
                   images=tuple(Image(i.get("path"), i.get("alt") or "", i.get("url")) for i in data.get("images", [])))


@dataclass(frozen=True)
class Published:
    external_id: str
    permalink: str | None = None


def _platform(connector: Connector) -> str:
    return str(getattr(connector.platform, "value", connector.platform))


def _norm(text: str) -> str:
    """Text as compared after the platform had it: links shortened or dropped, spaces folded."""
    return " ".join(re.sub(r"https?://\S+", "", text or "").split())


def _read(image: Image) -> bytes:
    try:
        return Path(image.path or "").read_bytes()
    except OSError as exc:
        raise Permanent(f"The image {image.path} cannot be read: {exc.strerror or exc}.") from None


# --- dispatch ---------------------------------------------------------------------------------

def _as_published(fn: Callable[..., tuple[str, str | None] | None]) -> Callable[..., Published | None]:
    """The sibling modules (publishing_social, publishing_demo) answer (id, permalink) or None."""
    def call(*args: Any) -> Published | None:
        found = fn(*args)
        return Published(*found) if found is not None else None
    return call


def _must(found: Published | None) -> Published:
    if found is None:
        raise Permanent("The platform accepted the post but did not say which post it made.")
    return found


def publish(connector: Connector, draft: Draft) -> Published:
    from app.connectors import publishing_social as social

    platform = _platform(connector)
    if platform in NO_POST_API:
        raise Permanent("YouTube has no API for publishing posts; publish it in YouTube Studio.")
    if getattr(connector, "is_demo", False):
        from app.connectors.publishing_demo import demo_publish
        return _must(_as_published(demo_publish)(connector, draft))
    handlers: dict[str, Callable[[Any, Draft], Published | None]] = {
        "facebook": _facebook_publish, "x": _x_publish, "linkedin": _linkedin_publish,
        "instagram": _instagram_publish, "bluesky": _as_published(social.bluesky_publish),
        "mastodon": _as_published(social.mastodon_publish)}
    handler = handlers.get(platform)
    if handler is None:
        raise Permanent(f"Svarbox cannot publish on {platform}.")
    return _must(handler(connector, draft))


def find_published(connector: Connector, draft: Draft, since: datetime) -> Published | None:
    """The platform's own post with this text created at or after ``since``, if any."""
    from app.connectors import publishing_social as social

    platform = _platform(connector)
    if getattr(connector, "is_demo", False):
        from app.connectors.publishing_demo import demo_find
        return _as_published(demo_find)(connector, draft, since)
    handlers: dict[str, Callable[[Any, Draft, datetime], Published | None]] = {
        "facebook": _facebook_find, "x": _x_find, "linkedin": _linkedin_find,
        "instagram": _instagram_find, "bluesky": _as_published(social.bluesky_find),
        "mastodon": _as_published(social.mastodon_find)}
    handler = handlers.get(platform)
    return handler(connector, draft, since) if handler else None


# --- Facebook ---------------------------------------------------------------------------------

def _fb_page(connector: FacebookConnector) -> str:
    return connector.config.account_external_id or "me"


def _facebook_publish(connector: FacebookConnector, draft: Draft) -> Published:
    from app.connectors.graph import node

    client, page = connector._client, _fb_page(connector)
    data: dict[str, Any] = {"message": draft.text}
    if draft.publish_at is not None:
        # Native scheduling: published=false + scheduled_publish_time (UNIX seconds), 10 min to
        # 30 days ahead (developers.facebook.com/docs/pages-api/posts, "Schedule a post").
        data.update(published="false", scheduled_publish_time=str(int(draft.publish_at.timestamp())))
    if draft.images:
        # Photos: upload each unpublished (POST /{page-id}/photos published=false), then attach
        # them to one feed post with attached_media (Pages API > Posts > "Publish a photo post
        # with multiple photos"). alt text: the photo's "alt_text_custom" field.
        ids = []
        for image in draft.images:
            body = client.request("POST", node(page, "photos"), data={
                "published": "false", "alt_text_custom": image.alt,
                **({"url": image.url} if image.url and not image.path else {}),
            }) if not image.path else _fb_upload_photo(connector, page, image)
            ids.append(str(body["id"]))
        data["attached_media"] = json.dumps([{"media_fbid": i} for i in ids])
    if draft.link:
        # "link": the URL shared with the post (Page feed reference, parameter link).
        data["link"] = draft.link
    body = client.post(node(page, "feed"), data)
    post_id = str(body.get("id") or "")
    if not post_id:
        raise Permanent("Facebook did not return the new post's id.")
    return Published(post_id, f"https://www.facebook.com/{post_id}")


def _fb_upload_photo(connector: FacebookConnector, page: str, image: Image) -> dict[str, Any]:
    """Multipart upload of a local photo (``source``), unpublished, with its alt text."""
    from app.connectors.graph import node
    from app.connectors.http import parse_json

    client = connector._client
    url = f"{client.base_url}/{node(page, 'photos')}"
    from app.connectors.http import send
    response = send(client.session, "POST", url, headers={"Authorization": f"Bearer {client._token}"},
                    data={"published": "false", "alt_text_custom": image.alt},
                    files={"source": (Path(image.path or "").name, _read(image), image.mime())}, timeout=60)
    from app.connectors.graph import graph_error
    body: dict[str, Any] = parse_json(response)   # a Graph object (an error is raised below)
    error = graph_error(response.status_code, body, platform="Facebook", token=client._token)
    if error is not None:
        raise error
    return body


def _facebook_find(connector: FacebookConnector, draft: Draft, since: datetime) -> Published | None:
    from app.connectors.graph import graph_timestamp, node

    want = _norm(draft.text)
    # Published posts, and for natively scheduled ones the Page's scheduled_posts edge.
    edges = ("scheduled_posts", "published_posts") if draft.publish_at else ("published_posts",)
    for edge in edges:
        for body in connector._client.pages(node(_fb_page(connector), edge),
                                            {"fields": "id,message,created_time,permalink_url", "limit": 25}):
            for raw in body.get("data", []):
                created = graph_timestamp(raw.get("created_time")) if raw.get("created_time") else None
                if created is not None and created < since - timedelta(minutes=2):
                    break
                if _norm(raw.get("message") or "") == want:
                    return Published(str(raw["id"]), raw.get("permalink_url") or f"https://www.facebook.com/{raw['id']}")
            else:
                continue
            break
    return None


# --- X ----------------------------------------------------------------------------------------

def _x_publish(connector: XConnector, draft: Draft) -> Published:
    media_ids = []
    for image in draft.images:
        # Media upload v2: POST /2/media/upload (JSON, base64 ``media``, media_category
        # tweet_image), docs.x.com/x-api/media/upload-media; alt text via POST
        # /2/media/metadata (docs.x.com/x-api/media/metadata-create), up to 1,000 characters.
        import base64
        body = connector._call("POST", "/media/upload", json_body={
            "media": base64.b64encode(_read(image)).decode(), "media_category": "tweet_image",
            "media_type": image.mime()})
        media_id = str((body.get("data") or {}).get("id") or "")
        if not media_id:
            raise Permanent("X did not return the uploaded image's id.")
        connector._call("POST", "/media/metadata", json_body={"id": media_id, "metadata": {
            "alt_text": {"text": image.alt}}})
        media_ids.append(media_id)
    text = draft.text if not draft.link or draft.link in draft.text else f"{draft.text}\n{draft.link}"
    payload: dict[str, Any] = {"text": text}
    if media_ids:
        payload["media"] = {"media_ids": media_ids}
    # POST /2/tweets (docs.x.com/x-api/posts/create-post). Pay-per-use: each post written costs
    # credits (X_POST_PRICE_USD); an empty balance answers 402 (handled by the X connector).
    body = connector._call("POST", "/tweets", json_body=payload)
    tid = str((body.get("data") or {}).get("id") or "")
    if not tid:
        raise Permanent("X did not return the new post's id.")
    handle = connector.config.handle or "i/web"
    return Published(tid, f"https://x.com/{handle}/status/{tid}")


def _x_find(connector: XConnector, draft: Draft, since: datetime) -> Published | None:
    from app.connectors.x import OWN_TWEET_FIELDS, PAGE_SIZE, _data_list, _iso

    want = _norm(draft.text)
    me = connector._me()
    params = {"max_results": PAGE_SIZE, "tweet.fields": OWN_TWEET_FIELDS,
              "start_time": _iso(since - timedelta(minutes=2))}
    for body, _last in connector._paged(f"/users/{me}/tweets", params, "pagination_token"):
        for raw in _data_list(body):
            if isinstance(raw, dict) and raw.get("id") and not raw.get("referenced_tweets") \
                    and _norm(str(raw.get("text") or "")) == want:
                handle = connector.config.handle or "i/web"
                return Published(str(raw["id"]), f"https://x.com/{handle}/status/{raw['id']}")
    return None


# --- LinkedIn ---------------------------------------------------------------------------------

def _linkedin_upload(connector: LinkedInConnector, image: Image) -> str:
    """One image: POST /rest/images?action=initializeUpload with the owner, then PUT the bytes
    to the returned uploadUrl (learn.microsoft.com/linkedin/marketing/community-management/
    shares/images-api). Needs w_organization_social. Returns the image URN."""
    body, _resp = connector._call("POST", "/images?action=initializeUpload",
                                  json_body={"initializeUploadRequest": {"owner": connector.org}})
    value = body.get("value") or {}
    upload_url, urn = value.get("uploadUrl"), value.get("image")
    if not upload_url or not urn:
        raise Permanent("LinkedIn did not return an upload address for the image.")
    from app.connectors.http import send
    response = send(connector.session, "PUT", upload_url, data=_read(image), timeout=60,
                    headers={"Authorization": f"Bearer {connector.config.token}"})
    if response.status_code >= 400:
        raise Permanent(f"LinkedIn refused the image upload (HTTP {response.status_code}).")
    return str(urn)


def _linkedin_publish(connector: LinkedInConnector, draft: Draft) -> Published:
    org = connector.org
    content: dict[str, Any] | None = None
    if len(draft.images) == 1:
        image = draft.images[0]
        content = {"media": {"id": _linkedin_upload(connector, image), "altText": image.alt}}
    elif draft.images:
        # MultiImage: content.multiImage.images, 2 to 20 images, each {id, altText}, all owned
        # by the author (learn.microsoft.com/linkedin/marketing/community-management/shares/
        # multiimage-post-api).
        content = {"multiImage": {"images": [{"id": _linkedin_upload(connector, image), "altText": image.alt}
                                             for image in draft.images]}}
    elif draft.link:
        content = {"article": {"source": draft.link, "title": draft.link}}
    text = draft.text if not draft.link or draft.link in draft.text or content and "article" in content \
        else f"{draft.text}\n{draft.link}"
    # Posts API: POST /rest/posts, author = the organisation URN, lifecycleState PUBLISHED;
    # the new post's URN comes back in the x-restli-id header (learn.microsoft.com/linkedin/
    # marketing/community-management/shares/posts-api, "Create a post").
    payload = {"author": org, "commentary": text, "visibility": "PUBLIC",
               "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                                "thirdPartyDistributionChannels": []},
               "lifecycleState": "PUBLISHED", "isReshareDisabledByAuthor": False}
    if content:
        payload["content"] = content
    _body, response = connector._call("POST", "/posts", json_body=payload)
    urn = response.headers.get("x-restli-id") or ""
    if not urn:
        raise Permanent("LinkedIn did not return the new post's id.")
    return Published(urn, f"https://www.linkedin.com/feed/update/{urn}")


def _linkedin_find(connector: LinkedInConnector, draft: Draft, since: datetime) -> Published | None:
    want = _norm(draft.text)
    since_ms = int((since - timedelta(minutes=2)).timestamp() * 1000)
    # Posts API finder "author" (newest first).
    for raw in connector._elements("/posts", {"q": "author", "author": connector.org}, count=20, limit=100):
        if not isinstance(raw, dict):
            continue
        if int(raw.get("createdAt") or 0) < since_ms:
            break
        if _norm(str(raw.get("commentary") or "")) == want and raw.get("id"):
            return Published(str(raw["id"]), f"https://www.linkedin.com/feed/update/{raw['id']}")
    return None


# --- Instagram --------------------------------------------------------------------------------

def _instagram_publish(connector: InstagramConnector, draft: Draft) -> Published:
    from app.connectors.graph import node

    if not draft.images:
        raise Permanent("Instagram posts need an image.")
    image = draft.images[0]
    if not image.url or not image.url.startswith("https://"):
        # Content Publishing: "We cURL media used in publishing attempts, so the media must be
        # hosted on a publicly accessible server" (developers.facebook.com/docs/instagram-
        # platform/content-publishing). A desktop file has no such address.
        raise Permanent("Instagram needs the image on a public web address (https://...); "
                        "put it on the municipality's website and give that address.")
    client, user = connector._client, connector.config.account_external_id or "me"
    # Step 1: a container (POST /{ig-user-id}/media image_url, caption, alt_text since 24 March
    # 2025); step 2: POST /{ig-user-id}/media_publish creation_id (same guide).
    caption = draft.text if not draft.link else f"{draft.text}\n{draft.link}"
    container = client.post(node(user, "media"), {"image_url": image.url, "caption": caption,
                                                  "alt_text": image.alt})
    body = client.post(node(user, "media_publish"), {"creation_id": str(container.get("id") or "")})
    media_id = str(body.get("id") or "")
    if not media_id:
        raise Permanent("Instagram did not return the new post's id.")
    permalink = None
    try:
        permalink = client.get(node(media_id), {"fields": "permalink"}).get("permalink")
    except (Permanent, PermissionMissing):
        pass
    return Published(media_id, permalink)


def _instagram_find(connector: InstagramConnector, draft: Draft, since: datetime) -> Published | None:
    from app.connectors.graph import graph_timestamp, node

    want = _norm(draft.text if not draft.link else f"{draft.text}\n{draft.link}")
    user = connector.config.account_external_id or "me"
    for body in connector._client.pages(node(user, "media"), {"fields": "id,caption,timestamp,permalink"}):
        for raw in body.get("data", []):
            stamp = raw.get("timestamp")
            if stamp and graph_timestamp(stamp) < since - timedelta(minutes=2):
                return None
            if _norm(raw.get("caption") or "") == want:
                return Published(str(raw["id"]), raw.get("permalink"))
    return None


def platform_of(connector: Connector) -> Platform:
    return connector.platform
