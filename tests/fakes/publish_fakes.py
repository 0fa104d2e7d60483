"""Publishing on the fake platforms (issue 19): the existing fakes plus the endpoints that
create posts, each refusing what the real API refuses (documentation cited beside each rule).

- ``PublishingFacebook``: POST /{page}/feed (message, link, attached_media, published=false +
  scheduled_publish_time), POST /{page}/photos (unpublished photos), GET /{page}/scheduled_posts;
  ``run_schedule()`` publishes what is due, as Facebook's servers do with every laptop closed.
- ``PublishingX``: POST /2/media/upload, POST /2/media/metadata, text limit on POST /2/tweets.
- ``PublishingLinkedIn``: POST /rest/images?action=initializeUpload, PUT the bytes,
  POST /rest/posts (x-restli-id header).
- ``PublishingInstagram``: POST /{ig}/media (image_url must be public https JPEG),
  POST /{ig}/media_publish, GET /{media}?fields=permalink.
"""
from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime, timedelta

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from app import clock as app_clock
from tests.fakes.graph_fake import (
    API_PREFIX,
    FakeFacebook,
    FakeInstagram,
    graph_error_response,
    graph_time,
    not_found_response,
    select,
)
from tests.fakes.linkedin_fake import LinkedInFake, _guarded, li_error
from tests.fakes.server import json_response
from tests.fakes.x_fake import XFake, _invalid, x_forbidden

IMAGE_MAGIC = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG": "image/png", b"GIF8": "image/gif", b"RIFF": "image/webp",
               b"BM": "image/bmp"}


def sniff(data: bytes) -> str | None:
    for magic, mime in IMAGE_MAGIC.items():
        if data.startswith(magic):
            return mime
    return None


# A 1x1 JPEG and PNG for tests.
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQ"
    "CgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=")
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


# --- Facebook ---------------------------------------------------------------------------------

class PublishingFacebook(FakeFacebook):
    FB_MESSAGE_LIMIT = 63206

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.photos: dict[str, dict] = {}
        self.scheduled: dict[str, dict] = {}
        # pages_manage_posts: "Create, edit and delete your Page posts" (Permissions reference);
        # without it POST /{page}/feed answers (#200) permissions error.
        self.can_publish = True

    @property
    def rules(self) -> list[Rule]:
        return [Rule(f"{API_PREFIX}/<node_id>/photos", methods=["POST"], endpoint="post_photo"),
                Rule(f"{API_PREFIX}/<node_id>/feed", methods=["POST"], endpoint="post_feed"),
                Rule(f"{API_PREFIX}/<node_id>/scheduled_posts", methods=["GET"], endpoint="get_scheduled"),
                *super().rules]

    def _page_ok(self, request: Request, node_id: str) -> Response | None:
        if self._node_owner(node_id) != "page":
            return not_found_response(node_id)
        if not self.can_publish:
            return graph_error_response(200, "(#200) If posting to a page, requires both pages_read_engagement "
                                             "and pages_manage_posts as an admin with sufficient administrative permission")
        return None

    def post_photo(self, request: Request, node_id: str) -> Response:
        refused = self._page_ok(request, node_id)
        if refused:
            return refused
        upload = request.files.get("source")
        if upload is None and not request.values.get("url"):
            return graph_error_response(324, "(#324) Requires upload file")
        if upload is not None:
            # Photos: JPEG, BMP, PNG, GIF, TIFF (Page Photos reference); anything else (#324).
            if sniff(upload.read()) not in ("image/jpeg", "image/png", "image/gif", "image/bmp"):
                return graph_error_response(324, "(#324) Missing or invalid image file")
        pid = self._new_id()
        self.photos[pid] = {"id": pid, "published": request.values.get("published", "true") != "false",
                            "alt": request.values.get("alt_text_custom"), "used": False}
        self._stored()
        return json_response({"id": pid})

    def post_feed(self, request: Request, node_id: str) -> Response:
        refused = self._page_ok(request, node_id)
        if refused:
            return refused
        message, link = request.values.get("message"), request.values.get("link")
        media = request.values.get("attached_media")
        if not message and not link and not media:
            return graph_error_response(100, "(#100) Missing message or attachment")
        if message and len(message) > self.FB_MESSAGE_LIMIT:
            return graph_error_response(100, "(#100) Param message must be at most 63206 characters long")
        photo_ids = []
        if media:
            import json as _json
            try:
                photo_ids = [str(m["media_fbid"]) for m in _json.loads(media)]
            except (ValueError, KeyError, TypeError):
                return graph_error_response(100, "(#100) param attached_media must be an array")
            for pid in photo_ids:
                # attached_media takes unpublished photos of this Page, each once.
                photo = self.photos.get(pid)
                if photo is None or photo["published"] or photo["used"]:
                    return graph_error_response(100, f"(#100) Invalid media_fbid: {pid}")
        now = app_clock.now().replace(microsecond=0)
        if request.values.get("published") == "false" and "scheduled_publish_time" in request.values:
            try:
                at = datetime.fromtimestamp(int(request.values["scheduled_publish_time"]), UTC)
            except ValueError:
                return graph_error_response(100, "(#100) Invalid parameter")
            # "scheduled_publish_time ... must be between 10 minutes and 30 days from the time
            # of the API request" (developers.facebook.com/docs/pages-api/posts).
            if not now + timedelta(minutes=10) <= at <= now + timedelta(days=30):
                return graph_error_response(100, "(#100) The specified scheduled publish time is invalid.",
                                            subcode=1363026)
            post_id = f"{self.page_id}_{self._new_id()}"
            for pid in photo_ids:
                self.photos[pid]["used"] = True
            self.scheduled[post_id] = {"id": post_id, "message": message, "link": link, "at": at,
                                       "created": now, "photos": photo_ids}
            self._stored()
            return json_response({"id": post_id})
        for pid in photo_ids:
            self.photos[pid]["used"] = True
        post_id = self.add_post(message or "", created=now)
        self.posts[post_id].update(link=link, photos=photo_ids)
        self._stored()
        return json_response({"id": post_id})

    def get_scheduled(self, request: Request, node_id: str) -> Response:
        if self._node_owner(node_id) != "page":
            return not_found_response(node_id)
        rendered = [select({"id": p["id"], "message": p["message"], "created_time": graph_time(p["created"]),
                            "scheduled_publish_time": int(p["at"].timestamp())}, self._fields(request))
                    for p in sorted(self.scheduled.values(), key=lambda p: p["created"], reverse=True)]
        return json_response(self._paged(request, rendered))

    def run_schedule(self, now: datetime | None = None) -> list[str]:
        """Facebook's servers: publish every scheduled post whose time has come."""
        now = now or app_clock.now()
        done = []
        with self.lock:
            for post_id, p in list(self.scheduled.items()):
                if p["at"] <= now:
                    self.add_post(p["message"] or "", created=p["at"], post_id=post_id)
                    self.posts[post_id].update(link=p["link"], photos=p["photos"])
                    del self.scheduled[post_id]
                    done.append(post_id)
        return done

    def own_posts(self) -> list[dict]:
        with self.lock:
            return [dict(p) for p in self.posts.values() if (p["from"] or {}).get("id") == self.page_id]


# --- X ----------------------------------------------------------------------------------------

class PublishingX(XFake):
    rules = XFake.rules + [
        Rule("/2/media/upload", endpoint="media_upload", methods=["POST"]),
        Rule("/2/media/metadata", endpoint="media_metadata", methods=["POST"]),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.media: dict[str, dict] = {}
        self.write_scope = True      # tweet.write / media.write scopes of the OAuth 2.0 token

    def media_upload(self, request: Request) -> Response:
        if not self.write_scope:
            return x_forbidden("You are not permitted to perform this action. Missing scope: media.write")
        body = request.get_json(silent=True) or {}
        # media_category for posts is tweet_image (docs.x.com/x-api/media/upload-media).
        if body.get("media_category") not in ("tweet_image", "tweet_gif"):
            return _invalid("media_category", str(body.get("media_category")), "media_category is invalid")
        try:
            data = base64.b64decode(body.get("media") or "", validate=True)
        except ValueError:
            return _invalid("media", "", "media must be base64")
        # Images: JPG, PNG, GIF, WEBP, up to 5 MB (media best practices).
        if sniff(data) not in ("image/jpeg", "image/png", "image/gif", "image/webp") or len(data) > 5 * 1024 * 1024:
            return _invalid("media", "", "InvalidMedia: the file is not a supported image")
        mid = str(1_900_000_000_000_000_000 + len(self.media) + 1)
        self.media[mid] = {"id": mid, "alt": None}
        return self._ok({"data": {"id": mid, "media_key": f"3_{mid}", "size": len(data), "expires_after_secs": 86400}})

    def media_metadata(self, request: Request) -> Response:
        body = request.get_json(silent=True) or {}
        mid = str(body.get("id") or "")
        alt = ((body.get("metadata") or {}).get("alt_text") or {}).get("text")
        if mid not in self.media:
            return _invalid("id", mid, "media not found")
        # Alt text: up to 1,000 characters (docs.x.com media metadata).
        if not isinstance(alt, str) or len(alt) > 1000:
            return _invalid("alt_text", str(alt)[:20], "alt_text.text must be at most 1000 characters")
        self.media[mid]["alt"] = alt
        return self._ok({"data": {"id": mid, "associated_metadata": {"alt_text": {"text": alt}}}})

    def create(self, request: Request) -> Response:
        from app.connectors.textlimits import weighted_length

        body = request.get_json(silent=True)
        if isinstance(body, dict) and not (body.get("reply") or {}).get("in_reply_to_tweet_id"):
            if not self.write_scope:
                return x_forbidden("You are not permitted to perform this action. Missing scope: tweet.write")
            text = body.get("text") or ""
            # 280 weighted characters (developer.x.com counting-characters).
            if weighted_length("x", text) > 280:
                return x_forbidden("Your Tweet text is too long. For more information on how Twitter determines "
                                   "text length see https://github.com/twitter/twitter-text.")
            media_ids = ((body.get("media") or {}).get("media_ids")) or []
            if len(media_ids) > 4 or any(str(m) not in self.media for m in media_ids):
                return _invalid("media.media_ids", str(media_ids), "Your media IDs are invalid.")
        return super().create(request)

    def own_posts(self) -> list[dict]:
        with self.lock:
            return [dict(t) for t in self.tweets.values() if t["author_id"] == self.me and not t["referenced_tweets"]]


# --- LinkedIn ---------------------------------------------------------------------------------

class PublishingLinkedIn(LinkedInFake):
    rules = [Rule("/rest/posts", endpoint="posts_any", methods=["GET", "POST"]),
             Rule("/rest/images", endpoint="images_endpoint", methods=["POST"]),
             Rule("/upload/<image_id>", endpoint="upload_endpoint", methods=["PUT"]),
             *[r for r in LinkedInFake.rules if r.rule != "/rest/posts"]]

    COMMENTARY_LIMIT = 3000

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.images: dict[str, dict] = {}
        # w_organization_social: "Post, comment and like posts on behalf of an organization"
        # (Posts API permissions); without it 403 ACCESS_DENIED.
        self.can_publish = True

    def posts_any(self, request: Request) -> Response:
        if request.method == "GET":
            return self.posts_endpoint(request)
        return self._create_post(request)

    @_guarded
    def _create_post(self, request: Request) -> Response:
        if not self.can_publish:
            return li_error(403, "ACCESS_DENIED", "Not enough permissions to access: partnerApiPostsExternal.CREATE.20250101")
        body = request.get_json(silent=True) or {}
        if body.get("author") != self.org:
            return li_error(403, "ACCESS_DENIED", "Member is not authorized to create a post as this organization")
        text = body.get("commentary") or ""
        if len(text) > self.COMMENTARY_LIMIT:
            return li_error(422, "UNPROCESSABLE_ENTITY", "/commentary :: length exceeds 3000")
        if body.get("lifecycleState") != "PUBLISHED" or body.get("visibility") not in ("PUBLIC", "CONNECTIONS"):
            return li_error(422, "UNPROCESSABLE_ENTITY", "lifecycleState and visibility are required")
        content = body.get("content") or {}
        # Posts API: content is a union, one of media / multiImage / article / ... per post.
        if len([k for k in ("media", "multiImage", "article") if k in content]) > 1:
            return li_error(422, "UNPROCESSABLE_ENTITY", "/content :: more than one content type")
        media = content.get("media") or {}
        multi = (content.get("multiImage") or {}).get("images") if "multiImage" in content else None
        if multi is not None and not (isinstance(multi, list) and 2 <= len(multi) <= 20):
            # MultiImage API: "minimum of 2 images and maximum of 20 images".
            return li_error(422, "UNPROCESSABLE_ENTITY", "/content/multiImage/images :: must have 2 to 20 images")
        for ref in ([media] if media else []) + list(multi or []):
            image = self.images.get(str(ref.get("id")))
            # An image must be uploaded (status AVAILABLE) before a post can use it (Images API).
            if image is None or not image["uploaded"]:
                return li_error(422, "UNPROCESSABLE_ENTITY", f"/content/media/id :: {ref.get('id')} is not available")
        earlier = next((p for p in self.posts if text and p.get("text") == text), None)
        if earlier is not None:
            # Posts API: the same commentary again is refused, 422 DUPLICATE_POST "Content is a
            # duplicate of urn:li:share:..." (a real answer: tests/fixtures/recorded/linkedin).
            return Response(json.dumps({
                "errorDetailType": "com.linkedin.common.error.BadRequest",
                "message": "com.linkedin.content.common.exception.BadRequestResponseException: "
                           f"Content is a duplicate of {earlier['urn']}",
                "errorDetails": {"inputErrors": [{"description": "Duplicate post is detected", "input": {},
                                                  "code": "DUPLICATE_POST"}]},
                "status": 422}), status=422, content_type="application/json",
                headers={"x-restli-error-response": "true"})
        urn = self.add_post(text)
        self.posts[-1]["media"] = media or None
        self.posts[-1]["multi_image"] = multi
        return Response("", status=201, headers={"x-restli-id": urn})

    @_guarded
    def images_endpoint(self, request: Request) -> Response:
        if request.args.get("action") != "initializeUpload":
            return li_error(400, "ILLEGAL_ARGUMENT", "Unknown action")
        owner = ((request.get_json(silent=True) or {}).get("initializeUploadRequest") or {}).get("owner")
        if owner != self.org or not self.can_publish:
            return li_error(403, "ACCESS_DENIED", "Not enough permissions to upload as this owner")
        image_id = f"D4E{len(self.images) + 1:05d}"
        urn = f"urn:li:image:{image_id}"
        self.images[urn] = {"uploaded": False}
        return json_response({"value": {"uploadUrlExpiresAt": 0, "image": urn,
                                        "uploadUrl": request.host_url.rstrip("/") + f"/upload/{image_id}"}})

    def upload_endpoint(self, request: Request, image_id: str) -> Response:
        urn = f"urn:li:image:{image_id}"
        if urn not in self.images:
            return li_error(404, "NOT_FOUND", "upload not found")
        # Images API: JPG, GIF and PNG.
        if sniff(request.get_data()) not in ("image/jpeg", "image/png", "image/gif"):
            return li_error(400, "BAD_REQUEST", "Unsupported image format")
        self.images[urn]["uploaded"] = True
        return Response("", status=201)

    def own_posts(self) -> list[dict]:
        with self.lock:
            return [dict(p) for p in self.posts]


# --- Instagram --------------------------------------------------------------------------------

class PublishingInstagram(FakeInstagram):
    CAPTION_LIMIT = 2200

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.containers: dict[str, dict] = {}
        self.can_publish = True    # instagram_content_publish
        self.published: list[str] = []

    @property
    def rules(self) -> list[Rule]:
        return [Rule(f"{API_PREFIX}/<node_id>/media", methods=["POST"], endpoint="create_container"),
                Rule(f"{API_PREFIX}/<node_id>/media_publish", methods=["POST"], endpoint="publish_container"),
                *super().rules]

    def create_container(self, request: Request, node_id: str) -> Response:
        if node_id not in ("me", self.user_id):
            return not_found_response(node_id)
        if not self.can_publish:
            return graph_error_response(10, "(#10) Application does not have permission for this action")
        url = request.values.get("image_url") or ""
        caption = request.values.get("caption") or ""
        if len(caption) > self.CAPTION_LIMIT:
            return graph_error_response(100, "(#100) The caption is too long", subcode=2207010)
        # Meta cURLs the image: it must be on a public server, and JPEG is the only image
        # format (Content Publishing guide, "Limitations"). The fake takes https *.jpg.
        if not url.startswith("https://") or not re.search(r"\.jpe?g($|\?)", url, re.I):
            return graph_error_response(9004, "(#9004) Only photo or video can be accepted as media type.",
                                        subcode=2207052)
        cid = self._new_id()
        self.containers[cid] = {"caption": caption, "url": url, "alt": request.values.get("alt_text"), "used": False}
        return json_response({"id": cid})

    def publish_container(self, request: Request, node_id: str) -> Response:
        cid = request.values.get("creation_id") or ""
        container = self.containers.get(cid)
        if container is None or container["used"]:
            return graph_error_response(100, "(#100) Invalid creation_id", subcode=2207027)
        container["used"] = True
        mid = self.add_media(container["caption"], created=app_clock.now().replace(microsecond=0))
        self.published.append(mid)
        self._stored()
        return json_response({"id": mid})

    def own_posts(self) -> list[dict]:
        with self.lock:
            return [dict(self.media[m]) for m in self.published]
