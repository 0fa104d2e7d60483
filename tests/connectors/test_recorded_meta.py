"""Facebook, Messenger, Instagram and YouTube against responses the real APIs gave, recorded by
the sns-sdks client libraries (tests/fixtures/recorded/{facebook,instagram,youtube}/SOURCE.md).

Writes are replayed over HTTP on 127.0.0.1 by a fake that refuses what the platform refuses;
read payloads go through the connectors' own parsers. Recorded answers differ from the
fakes' tidy ones: attachment-only messages, comments without ``from`` (Graph leaves it out
for people who have not allowed the app), Google's fractional-second timestamps, text with
emoji and Chinese."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from werkzeug.routing import Rule
from werkzeug.wrappers import Response

from app.connectors.base import ConnectorConfig, ItemKind, Target
from app.connectors.facebook import FacebookConnector
from app.connectors.facebook_parse import parse_comment, parse_message
from app.connectors.instagram import InstagramConnector
from app.connectors.youtube import YouTubeConnector
from tests.fakes.server import FakePlatform, FakeServer

RECORDED = Path(__file__).parent.parent / "fixtures" / "recorded"


def recorded(platform: str, name: str):
    return json.loads((RECORDED / platform / name).read_text(encoding="utf-8"))


def _graph_error(message: str, code: int = 100) -> Response:
    return Response(json.dumps({"error": {"message": message, "type": "OAuthException", "code": code}}),
                    status=400, content_type="application/json")


class GraphReplay(FakePlatform):
    """POST /{id}/comments (Facebook) and /{id}/replies (Instagram) answer with a recorded body."""
    rules = [Rule("/v25.0/<node>/comments", endpoint="comment", methods=["POST"]),
             Rule("/v25.0/<node>/replies", endpoint="comment", methods=["POST"])]

    def __init__(self, body: bytes):
        super().__init__()
        self.body = body
        self.messages: list[str | None] = []

    def comment(self, request, node):
        self.messages.append(request.form.get("message"))
        # Graph API, Comments "Creating": a comment needs a message or an attachment, else
        # "(#100) Missing message or attachment"; and an access token (error 190 without one).
        # developers.facebook.com/docs/graph-api/reference/object/comments#publish
        if not (request.form.get("access_token") or request.headers.get("Authorization")):
            return _graph_error("An active access token must be used to query information about the current user.",
                                190)
        if not (request.form.get("message") or request.form.get("attachment_url")):
            return _graph_error("(#100) Missing message or attachment")
        return Response(self.body, content_type="application/json; charset=UTF-8")


def test_a_facebook_comment_answer_is_read_from_the_recorded_create_response():
    body = (RECORDED / "facebook" / "comment_create.json").read_bytes()
    with FakeServer(GraphReplay(body)) as server:
        conn = FacebookConnector(ConnectorConfig("245628824887810", "page-token", base_url=server.url + "/v25.0"))
        sent = conn.reply(Target("245778718206154_1", "245778718206154", ItemKind.COMMENT), "Tak for din besked")
    assert sent.external_id == json.loads(body)["id"] == "245778718206154_229887283291835"


def test_recorded_page_comments_without_an_author_still_become_items():
    items = [parse_comment(raw, "10158371815748553", "19292868552") for raw in recorded(
        "facebook", "comments_info.json").values()]
    assert [i.external_id for i in items] == ["10158371815748553_10158371930463553",
                                             "10158371815748553_10158372268858553"]
    first = items[0]
    assert first.text == "This is really nice" and first.kind is ItemKind.COMMENT
    assert first.author_id is None and first.author_name is None and not first.is_own
    assert first.received_at == datetime(2021, 7, 21, 21, 5, 14, tzinfo=UTC)


def test_recorded_messenger_picture_and_video_without_text_keep_their_media():
    items = [parse_message(raw, "t_587956915396498", "2121008874780932")
             for raw in recorded("facebook", "messages_info.json").values()]
    assert len(items) == 2
    for item in items:
        assert item.kind is ItemKind.MESSAGE and item.text == "" and not item.is_own
        assert item.author_name == "Kun Liu" and item.author_id == "2711636948859886"
    picture, video = (items[0].attachments, items[1].attachments)
    assert [a.kind for a in picture] == ["photo"] and picture[0].image_url.startswith("https://scontent")
    assert [a.kind for a in video] == ["video"] and video[0].link.startswith("https://video")
    assert video[0].title == "video-1627035862.mp4"


def test_recorded_instagram_comments_and_a_reply():
    conn = InstagramConnector(ConnectorConfig("17841400000000000", "ig-token", base_url="http://127.0.0.1:9",
                                              handle="viborgkommune"))
    own = ("17841400000000000", "viborgkommune")
    page = recorded("instagram", "comments_p1.json")
    items = [conn._comment(raw, "17846368219941692", own) for raw in page["data"]]
    assert [i.text for i in items] == ["Beautiful!", "Beautiful!"]
    assert len({i.external_id for i in items}) == 2           # same text, two comments
    assert all(i.kind is ItemKind.COMMENT and i.can_reply and not i.is_own for i in items)
    reply = recorded("instagram", "replies.json")["data"][0]
    item = conn._comment(reply, "17846368219941692", own, parent_id="17858154961981086")
    assert item.kind is ItemKind.REPLY and item.parent_external_id == "17858154961981086"
    assert item.text == "@lixiangguodu123 nihao"


def test_instagram_reply_refused_without_text_by_the_replay():
    body = json.dumps({"id": "17847314687296283"}).encode()
    with FakeServer(GraphReplay(body)) as server:
        conn = InstagramConnector(ConnectorConfig("17841400000000000", "ig-token",
                                                  base_url=server.url + "/v25.0", handle="viborgkommune"))
        sent = conn.reply(Target("17858154961981086", "17846368219941692", ItemKind.COMMENT), "Tak!")
        assert sent.external_id == "17847314687296283"
        assert server.app.messages == ["Tak!"]


class YouTubeReplay(FakePlatform):
    rules = [Rule("/youtube/v3/comments", endpoint="insert", methods=["POST"])]

    def __init__(self):
        super().__init__()
        self.body = (RECORDED / "youtube" / "comment_insert.json").read_bytes()

    def insert(self, request):
        # comments.insert: part=snippet is required and a reply needs snippet.parentId and
        # snippet.textOriginal (developers.google.com/youtube/v3/docs/comments/insert).
        payload = request.get_json(silent=True) or {}
        snippet = payload.get("snippet") or {}
        if request.args.get("part") != "snippet" or not snippet.get("parentId") or not snippet.get("textOriginal"):
            return Response(json.dumps({"error": {"code": 400, "message": "Required parameter: part",
                                                  "errors": [{"reason": "required"}]}}),
                            status=400, content_type="application/json")
        return Response(self.body, content_type="application/json; charset=UTF-8")


def test_a_youtube_reply_is_read_from_the_recorded_insert_response():
    with FakeServer(YouTubeReplay()) as server:
        conn = YouTubeConnector(ConnectorConfig(None, "token", base_url=server.url + "/youtube/v3"))
        sent = conn.reply(Target("Ugy_CAftKrIUCyPr9GR4AaABAg", "JE8xdDp5B8Q", ItemKind.COMMENT), "Tak for det!")
    assert sent.external_id == "Ugy_CAftKrIUCyPr9GR4AaABAg.9iPXEClD9lW9iPXLqKy_Pt"


def test_recorded_youtube_comment_threads_parse_with_fractional_seconds_and_any_script():
    conn = YouTubeConnector(ConnectorConfig(None, "token", base_url="http://127.0.0.1:9"))
    threads = recorded("youtube", "comment_threads_all_to_me.json")["items"]
    items = [conn._item(t["snippet"]["topLevelComment"], "UCa-vrCLQHviTOVnEKDOdetQ", None, None, True, None)[0]
             for t in threads]
    assert [i.text for i in items][:3] == ["Hope to go next time. yah!", "This is so beautiful !", "大满贯"]
    first = items[0]
    assert first.thread_external_id == "JE8xdDp5B8Q" and first.kind is ItemKind.COMMENT and first.can_reply
    assert first.author_name == "kun liu" and first.author_id == "UCNvMBmCASzTNNX8lW3JRMbw" and not first.is_own
    assert first.received_at == datetime(2019, 12, 1, 3, 36, 55, tzinfo=UTC)
    assert first.url == "https://www.youtube.com/watch?v=JE8xdDp5B8Q&lc=UgyWeTdgc4sc1xgmbld4AaABAg"
