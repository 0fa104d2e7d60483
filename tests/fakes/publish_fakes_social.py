"""Publishing on the Bluesky and Mastodon fakes (issue 19): the endpoints that create posts
with images, each refusing what the real server refuses (documentation cited beside each rule).

- ``PublishingBluesky``: the Bluesky fake already checks createRecord (300 graphemes, image
  embeds up to 4 with alt, blobs of this repo up to 1,000,000 bytes); this adds inspection.
- ``PublishingMastodon``: POST /api/v2/media and ``media_ids[]`` on POST /api/v1/statuses.
"""
from __future__ import annotations

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from tests.fakes.bluesky_fake import BlueskyFake
from tests.fakes.mastodon_fake import MastodonFake, masto_error
from tests.fakes.publish_fakes import sniff


class PublishingBluesky(BlueskyFake):
    def own_posts(self) -> list[dict]:
        """The account's own top-level posts (not its replies)."""
        with self.lock:
            return [dict(p) for p in self.posts.values()
                    if p["did"] == self.me and not p["record"].get("reply")]

    def comment_on(self, uri: str, text: str) -> str:
        citizen = self.did_of("anna.bsky.social") or self.add_user("anna.bsky.social", "Anna Borger")
        return self.add_post(citizen, text, reply_to=uri)


class PublishingMastodon(MastodonFake):
    rules = [Rule("/api/v2/media", endpoint="upload_media", methods=["POST"]), *MastodonFake.rules]

    # MediaAttachment: description at most 1,500 characters; images JPEG, PNG, GIF, WEBP
    # (also HEIC/AVIF) up to 16 MB (app/models/media_attachment.rb, IMAGE_LIMIT).
    DESCRIPTION_LIMIT = 1500
    IMAGE_LIMIT = 16 * 1024 * 1024

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.media: dict[str, dict] = {}
        # A token created without write:statuses / write:media (methods/statuses "OAuth: User
        # token + write:statuses") is refused with 403 "This action is outside the authorized scopes".
        self.can_publish = True

    def _scoped(self, request: Request):
        aid, refusal = self._who(request)
        if refusal is None and not self.can_publish:
            refusal = masto_error(403, "This action is outside the authorized scopes")
        return aid, refusal

    def upload_media(self, request: Request) -> Response:
        aid, refusal = self._scoped(request)
        if refusal:
            return refusal
        upload = request.files.get("file")
        if upload is None:
            return masto_error(422, "Validation failed: File can't be blank")
        data = upload.read()
        if sniff(data) not in ("image/jpeg", "image/png", "image/gif", "image/webp"):
            return masto_error(422, "Validation failed: File content type is invalid")
        if len(data) > self.IMAGE_LIMIT:
            return masto_error(422, "Validation failed: File file size must be less than 16 MB")
        description = request.form.get("description") or ""
        if len(description) > self.DESCRIPTION_LIMIT:
            return masto_error(422, "Validation failed: Description is too long (maximum is 1500 characters)")
        with self.lock:
            mid = str(110_000_000 + len(self.media) + 1)
            self.media[mid] = {"id": mid, "account_id": aid, "description": description, "status_id": None}
        # Small images are processed at once: 200 with the url (methods/media, v2 answers 202
        # only while a large file is still being processed).
        return self._ok({"id": mid, "type": "image", "url": f"https://{self.domain}/media/{mid}.jpg",
                         "preview_url": f"https://{self.domain}/media/{mid}_small.jpg", "description": description})

    def post_status(self, request: Request) -> Response:
        aid, refusal = self._scoped(request)
        if refusal:
            return refusal
        ids = request.form.getlist("media_ids[]")
        if ids:
            # PostStatusService: more than 4 -> "Cannot attach more than 4 files"; media must be
            # the account's own and not yet attached to a status.
            if len(ids) > 4:
                return masto_error(422, "Validation failed: Cannot attach more than 4 files")
            for mid in ids:
                media = self.media.get(mid)
                if media is None or media["account_id"] != aid or media["status_id"] is not None:
                    return masto_error(422, "Validation failed: Media attachments are invalid")
        before = set(self.statuses)
        response = super().post_status(request)
        new = set(self.statuses) - before
        for sid in new:
            for mid in ids:
                self.media[mid]["status_id"] = sid
        return response

    def own_posts(self) -> list[dict]:
        with self.lock:
            return [dict(s, media=[m for m in self.media.values() if m["status_id"] == s["id"]])
                    for s in self.statuses.values() if s["account_id"] == self.me and not s["in_reply_to_id"]]

    def comment_on(self, sid: str, text: str) -> str:
        citizen = next((a for a, v in self.accounts.items() if v["username"] == "anna"), None) \
            or self.add_account("anna", "Anna Borger", remote="mastodon.social")
        return self.add_status(citizen, text, reply_to=sid, mention_me=True)
