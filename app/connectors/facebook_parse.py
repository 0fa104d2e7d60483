"""Facebook Graph objects -> connector records: Page posts (a citizen's visitor post is an item
itself), comments and replies (two levels), and Messenger messages. Pure functions, no requests."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from app.connectors import attachments as attachment_parsers
from app.connectors.base import FetchedItem, FetchedThread, ItemKind, Malformed
from app.connectors.graph import SkipItem, graph_id, graph_timestamp
from app.connectors.jsonshape import as_dict, as_list, as_str


def parse_post(raw: object, page_id: str) -> tuple[FetchedThread, FetchedItem | None, datetime | None]:
    post_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
    if post_id is None or not isinstance(raw, dict):
        raise SkipItem("a post without an id")
    try:
        created = graph_timestamp(raw.get("created_time"))
    except Malformed:
        raise SkipItem(f"post {post_id}: invalid created_time") from None
    author = as_dict(raw.get("from"))
    author_id = graph_id(author.get("id"))
    text = as_str(raw.get("message"))
    url = raw.get("permalink_url") if isinstance(raw.get("permalink_url"), str) else None
    thread = FetchedThread(external_id=post_id, kind="post", text=text, url=url, created_at=created,
                           author_name=author.get("name") if isinstance(author.get("name"), str) else None)
    visitor_item = None
    if author_id and author_id != page_id:
        # A citizen wrote on the Page: that post itself may need an answer.
        visitor_item = FetchedItem(external_id=post_id, thread_external_id=post_id, kind=ItemKind.COMMENT,
                                   text=text, received_at=created, author_id=author_id,
                                   author_name=thread.author_name, url=url)
    return thread, visitor_item, time_or_none(raw.get("updated_time"))


def parse_comment(raw: object, post_id: str, page_id: str, visitor_post: bool = False) -> FetchedItem:
    comment_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
    if comment_id is None or not isinstance(raw, dict):
        raise SkipItem(f"a comment on post {post_id} without an id")
    try:
        created = graph_timestamp(raw.get("created_time"))
    except Malformed:
        raise SkipItem(f"comment {comment_id}: invalid created_time") from None
    author = as_dict(raw.get("from"))
    author_id = graph_id(author.get("id"))
    parent = as_dict(raw.get("parent"))
    parent_id = graph_id(parent.get("id"))
    is_own = author_id is not None and author_id == page_id
    if parent_id is None and is_own and visitor_post:
        parent_id = post_id   # our top-level comment answers the visitor post
    return FetchedItem(
        external_id=comment_id, thread_external_id=post_id,
        kind=ItemKind.REPLY if parent_id else ItemKind.COMMENT,
        text=as_str(raw.get("message")),
        received_at=created, author_id=author_id,
        author_name=author.get("name") if isinstance(author.get("name"), str) else None,
        parent_external_id=parent_id, is_hidden=raw.get("is_hidden") is True, is_own=is_own,
        tagged_ids=tagged_ids(raw) if is_own else [],
        attachments=attachment_parsers.from_graph_comment(raw))


def parse_message(raw: object, conv_id: str, page_id: str) -> FetchedItem:
    message_id = graph_id(raw.get("id")) if isinstance(raw, dict) else None
    if message_id is None or not isinstance(raw, dict):
        raise SkipItem(f"a message in conversation {conv_id} without an id")
    try:
        created = graph_timestamp(raw.get("created_time"))
    except Malformed:
        raise SkipItem(f"message {message_id}: invalid created_time") from None
    author = as_dict(raw.get("from"))
    author_id = graph_id(author.get("id"))
    return FetchedItem(
        external_id=message_id, thread_external_id=conv_id, kind=ItemKind.MESSAGE,
        text=as_str(raw.get("message")),
        received_at=created, author_id=author_id,
        author_name=author.get("name") if isinstance(author.get("name"), str) else None,
        is_own=author_id is not None and author_id == page_id,
        attachments=attachment_parsers.from_messenger(raw))


def tagged_ids(raw: dict[str, Any]) -> list[str]:
    """Who a comment tags: ``message_tags`` (Comment node: "an array of Profiles tagged in the
    message", each with id, name, type, offset, length;
    developers.facebook.com/docs/graph-api/reference/comment/). The Page answering in a thread on
    facebook.com tags the person it answers."""
    tags = as_list(raw.get("message_tags"))
    return [str(tag["id"]) for tag in tags if isinstance(tag, dict) and graph_id(tag.get("id"))]


def time_or_none(value: object) -> datetime | None:
    try:
        return graph_timestamp(value)
    except Malformed:
        return None


def conversation_thread(conv_id: str, raw: dict[str, Any], page_id: str) -> FetchedThread:
    participants = as_dict(raw.get("participants"))
    others = [p for p in participants.get("data") or []
              if isinstance(p, dict) and graph_id(p.get("id")) != page_id]
    name = others[0].get("name") if others and isinstance(others[0].get("name"), str) else None
    return FetchedThread(external_id=conv_id, kind="conversation", author_name=name)
