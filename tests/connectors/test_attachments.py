"""Attachments read as metadata: X media through the fake (expansions and media.fields as the
real API needs them), and the documented JSON shapes of Graph and LinkedIn."""
from __future__ import annotations

from datetime import timedelta

import pytest

from app.connectors import attachments as parse
from app.connectors.base import ConnectorConfig
from app.connectors.x import XConnector
from tests.fakes.server import FakeServer
from tests.fakes.x_fake import XFake
from tests.timekit import TEST_NOW

TOKEN = "x-user-token-SECRET-123"


@pytest.fixture
def fake():
    platform = XFake()
    platform.valid_tokens = {TOKEN}
    with FakeServer(platform) as server:
        platform.url = server.url
        yield platform


def test_x_media_keys_are_joined_with_includes_media(fake):
    anna = fake.add_user("anna", "Anna A")
    when = TEST_NOW - timedelta(minutes=30)
    photo = fake.mention(anna, "@kommune se skiltet", created_at=when, media=[
        {"type": "photo", "url": "https://pbs.twimg.com/media/abc.jpg"}])
    gif = fake.mention(anna, "@kommune 😀", created_at=when + timedelta(minutes=1), media=[
        {"type": "animated_gif", "preview_image_url": "https://pbs.twimg.com/tweet_video_thumb/x.jpg"}])
    plain = fake.mention(anna, "@kommune tak", created_at=when + timedelta(minutes=2))
    connector = XConnector(ConnectorConfig(account_external_id=fake.me, token=TOKEN, base_url=fake.url + "/2"))
    items = {i.external_id: i for p in connector.fetch(None) for i in p.items}
    assert [(a.kind, a.image_url) for a in items[photo].attachments] == [("photo", "https://pbs.twimg.com/media/abc.jpg")]
    assert [(a.kind, a.image_url) for a in items[gif].attachments] == [
        ("gif", "https://pbs.twimg.com/tweet_video_thumb/x.jpg")]
    assert items[plain].attachments == []
    asked = next(r for r in fake.requests if r.path.endswith("/mentions")).args
    assert "attachments.media_keys" in asked["expansions"] and "attachments" in asked["tweet.fields"]
    assert set(asked["media.fields"].split(",")) >= {"url", "preview_image_url", "type"}


def test_x_media_not_expanded_is_left_out():
    raw = {"id": "1", "attachments": {"media_keys": ["3_1", "3_2"]}}
    found = parse.from_x(raw, {"3_1": {"media_key": "3_1", "type": "photo", "url": "https://pbs.twimg.com/m.jpg"}})
    assert [a.kind for a in found] == ["photo"]


def test_graph_comment_kinds_and_nothing_but_http():
    sticker = parse.from_graph_comment({"attachment": {"type": "sticker", "url": "https://www.facebook.com/s",
                                                       "media": {"image": {"src": "https://scontent.x/s.png"}}}})
    assert sticker[0].kind == "sticker" and sticker[0].image_url == "https://scontent.x/s.png"
    gif = parse.from_graph_comment({"attachment": {"type": "animated_image_share",
                                                   "media": {"image": {"src": "javascript:alert(1)"}}}})
    assert gif[0].kind == "gif" and gif[0].image_url is None
    assert parse.from_graph_comment({"message": "no attachment"}) == []
    assert parse.from_graph_comment({"attachment": "garbage"}) == []


def test_messenger_file_and_video():
    found = parse.from_messenger({"attachments": {"data": [
        {"mime_type": "application/pdf", "name": "ansøgning.pdf", "file_url": "https://cdn.fbsbx.com/a.pdf"},
        {"mime_type": "video/mp4", "video_data": {"url": "https://video.x/v.mp4", "preview_url": "https://x/p.jpg"}},
        "garbage"]}})
    assert [(a.kind, a.link, a.image_url) for a in found] == [
        ("file", "https://cdn.fbsbx.com/a.pdf", None), ("video", "https://video.x/v.mp4", "https://x/p.jpg")]


def test_linkedin_comment_content():
    found = parse.from_linkedin_comment({"content": [{"type": "IMAGE", "url": "https://media.licdn.com/i.jpg"},
                                                     {"type": "ARTICLE", "url": "https://kommune.dk/a"}]})
    assert [(a.kind, a.image_url, a.link) for a in found] == [
        ("photo", "https://media.licdn.com/i.jpg", None), ("link", None, "https://kommune.dk/a")]
