"""Attachments on comments and messages, read from each platform's JSON as metadata only.

Nothing here downloads anything: the image behind ``image_url`` is fetched only when a person
asks for it (app/services/attachments.py). Every parser is forgiving: an attachment it cannot
read is left out, never the comment.

Sources:
- Facebook comments: ``attachment`` is a StoryAttachment with ``type``, ``url``,
  ``media{image{src}}`` and ``target{url}`` ("Attachment on a story or comment",
  https://developers.facebook.com/docs/graph-api/reference/story-attachment). Graphic-only
  comments carry types ``photo``, ``sticker`` and ``animated_image_share`` (GIF), links
  ``share``.
- Messenger messages: ``attachments{mime_type,name,image_data{url,preview_url,animated_gif_url},
  file_url,video_data}`` and ``sticker`` (the sticker image's URL) on the Message node
  (https://developers.facebook.com/docs/graph-api/reference/message/attachments,
  https://developers.facebook.com/docs/graph-api/reference/message).
- Instagram media (tagged posts): ``media_url`` / ``thumbnail_url`` (IG Media reference).
- Instagram comments carry no attachments (IG Comment fields: id, from, hidden, like_count,
  media, parent_id, replies, text, timestamp, username;
  https://developers.facebook.com/docs/instagram-platform/reference/instagram-comment).
- X: ``attachments.media_keys`` joined with ``includes.media`` when the request expands
  ``attachments.media_keys`` and asks ``media.fields=url,preview_image_url,type``
  (https://docs.x.com/x-api/fundamentals/data-dictionary, Media object: type is photo,
  animated_gif or video; ``url`` for photos, ``preview_image_url`` for videos and GIFs).
- LinkedIn comments: ``content`` is a list of media (``type`` IMAGE with ``url``)
  (Comments API, https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/comments-api).
- YouTube comments have no attachments: commentSnippet is text only
  (https://developers.google.com/youtube/v3/docs/comments#resource).
"""
from __future__ import annotations

from typing import Any

from app.connectors.base import Attachment
from app.connectors.jsonshape import as_dict, as_list

_GRAPH_KINDS = {"photo": "photo", "sticker": "sticker", "animated_image_share": "gif",
                "animated_image_video": "gif", "animated_image_autoplay": "gif", "video_inline": "video",
                "video_share_youtube": "video", "share": "link", "native_templates": "link"}


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _http(value: object) -> str | None:
    """Only http(s) addresses are kept: nothing else is ever fetched or opened."""
    text = _str(value)
    if text and text.lower().startswith(("https://", "http://")):
        return text
    return None


def from_graph_comment(raw: dict[str, Any]) -> list[Attachment]:
    att = raw.get("attachment") if isinstance(raw, dict) else None
    if not isinstance(att, dict):
        return []
    kind = _GRAPH_KINDS.get(str(att.get("type") or ""), "link" if att.get("url") else "file")
    media = as_dict(att.get("media"))
    image = as_dict(media.get("image"))
    target = as_dict(att.get("target"))
    link = _http(att.get("url")) or _http(target.get("url"))
    return [Attachment(kind, image_url=_http(image.get("src")), link=link, title=_str(att.get("title")))]


def from_messenger(raw: dict[str, Any]) -> list[Attachment]:
    if not isinstance(raw, dict):
        return []
    out = []
    sticker = _http(raw.get("sticker"))
    if sticker:
        out.append(Attachment("sticker", image_url=sticker))
    block = raw.get("attachments")
    data = block.get("data") if isinstance(block, dict) else as_list(block)
    for att in data or []:
        if not isinstance(att, dict):
            continue
        image = att.get("image_data") if isinstance(att.get("image_data"), dict) else None
        mime = str(att.get("mime_type") or "")
        if image is not None:
            gif = _http(image.get("animated_gif_url"))
            kind = "gif" if gif or mime == "image/gif" else "photo"
            out.append(Attachment(kind, image_url=_http(image.get("url")) or _http(image.get("preview_url")),
                                  title=_str(att.get("name"))))
        elif isinstance(att.get("video_data"), dict):
            video = att["video_data"]
            out.append(Attachment("video", image_url=_http(video.get("preview_url")), link=_http(video.get("url")),
                                  title=_str(att.get("name"))))
        else:
            out.append(Attachment("file", link=_http(att.get("file_url")), title=_str(att.get("name"))))
    return out


def from_x(raw: dict[str, Any], media_by_key: dict[str, dict[str, Any]]) -> list[Attachment]:
    block = raw.get("attachments") if isinstance(raw, dict) else None
    keys = block.get("media_keys") if isinstance(block, dict) else None
    out = []
    for key in keys or []:
        media = media_by_key.get(str(key))
        if not isinstance(media, dict):
            continue      # not expanded (deleted, or withheld): nothing to show but the count
        kind = {"photo": "photo", "animated_gif": "gif", "video": "video"}.get(str(media.get("type")), "file")
        out.append(Attachment(kind, image_url=_http(media.get("url")) or _http(media.get("preview_image_url"))))
    return out


def from_linkedin_comment(raw: dict[str, Any]) -> list[Attachment]:
    content = raw.get("content") if isinstance(raw, dict) else None
    out = []
    for entry in as_list(content):
        if not isinstance(entry, dict):
            continue
        kind = {"IMAGE": "photo", "VIDEO": "video", "ARTICLE": "link"}.get(str(entry.get("type") or "").upper(), "file")
        url = _http(entry.get("url"))
        out.append(Attachment(kind, image_url=url if kind == "photo" else None,
                              link=url if kind != "photo" else None))
    return out


def from_instagram_media(raw: dict[str, Any]) -> list[Attachment]:
    """An IG Media's picture: ``media_url`` for images, ``thumbnail_url`` for videos (IG Media
    reference, https://developers.facebook.com/docs/instagram-platform/reference/instagram-media)."""
    if not isinstance(raw, dict):
        return []
    kind = str(raw.get("media_type") or "").upper()
    if kind == "VIDEO":
        return [Attachment("video", image_url=_http(raw.get("thumbnail_url")), link=_http(raw.get("permalink")))]
    image = _http(raw.get("media_url"))
    return [Attachment("photo", image_url=image, link=_http(raw.get("permalink")))] if image else []
