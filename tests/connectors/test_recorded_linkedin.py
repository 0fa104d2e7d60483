"""LinkedIn against answers the real API gave (tests/fixtures/recorded/linkedin/SOURCE.md),
replayed over HTTP on 127.0.0.1 by a server that checks what Svarbox sends has the shape of
the recorded request: the headers every versioned call needs and the same body fields."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from werkzeug.routing import Rule
from werkzeug.wrappers import Response

from app import i18n
from app.connectors.base import ConnectorConfig, ItemKind, Permanent, Target
from app.connectors.linkedin import LinkedInConnector
from app.connectors.publishing import Draft, publish
from app.services import reasons
from tests.fakes.server import FakePlatform, FakeServer

RECORDED = Path(__file__).parent.parent / "fixtures" / "recorded" / "linkedin"
TOKEN = "li-token"
ORG = "urn:li:organization:2414183"


def recorded(name: str) -> dict:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


class LinkedInReplay(FakePlatform):
    rules = [Rule("/rest/socialActions/<target>/comments", endpoint="comments", methods=["POST"]),
             Rule("/rest/posts", endpoint="posts", methods=["POST"])]

    def __init__(self):
        super().__init__()
        self.sent: list[dict] = []

    def _refusal(self, request, recording: dict) -> Response | None:
        # Versioned REST calls need a LinkedIn-Version of the form YYYYMM and Rest.li 2.0.0
        # (learn.microsoft.com/linkedin/marketing/versioning); a missing token is a 401.
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return Response(json.dumps({"status": 401, "serviceErrorCode": 65600, "code": "INVALID_ACCESS_TOKEN",
                                        "message": "Invalid access token"}), status=401,
                            content_type="application/json")
        if not re.fullmatch(r"20\d{4}", request.headers.get("LinkedIn-Version", "")) or \
                request.headers.get("X-Restli-Protocol-Version") != "2.0.0":
            return Response(json.dumps({"status": 400, "message": "A version header is missing"}), status=400,
                            content_type="application/json")
        body = request.get_json(silent=True) or {}
        missing = set(recording["request"]["data"]) - set(body)
        if missing:
            return Response(json.dumps({"status": 422, "message": f"missing fields {sorted(missing)}"}), status=422,
                            content_type="application/json")
        self.sent.append(body)
        return None

    def _answer(self, recording: dict) -> Response:
        return Response(json.dumps(recording["body"]), status=recording["status"], headers=recording["headers"])

    def comments(self, request, target):
        recording = recorded("create-comment-201.json")
        return self._refusal(request, recording) or self._answer(recording)

    def posts(self, request):
        recording = recorded("create-post-422-duplicate.json")
        return self._refusal(request, recording) or self._answer(recording)


@pytest.fixture
def connector():
    with FakeServer(LinkedInReplay()) as server:
        yield LinkedInConnector(ConnectorConfig(account_external_id="2414183", token=TOKEN,
                                                base_url=server.url + "/rest")), server.app


def test_a_comment_on_a_share_is_known_by_the_activity_urn_linkedin_returns(connector):
    conn, replay = connector
    # A target that is a post (not a comment) gets a new top-level comment, as recorded.
    sent = conn.reply(Target("urn:li:share:7460071015449071616", None, ItemKind.COMMENT), "Tak for din kommentar")
    body = recorded("create-comment-201.json")["body"]
    # The recorded answer names the post's activity, not the share it was asked about.
    assert sent.external_id == body["$URN"]
    assert sent.external_id == "urn:li:comment:(urn:li:activity:7460071015826649089,7460071200006991873)"
    assert replay.sent[0]["actor"] == ORG and replay.sent[0]["message"] == {"text": "Tak for din kommentar"}


def test_a_duplicate_post_is_refused_in_words_naming_the_earlier_post(connector, qapp):
    # qapp: installing a language without an application would make a bare QCoreApplication,
    # and every later widget test in this process would abort.
    conn, _replay = connector
    with pytest.raises(Permanent) as refused:
        publish(conn, Draft(text="Nango action dryrun test - unique content 2026-05-12-08-30"))
    assert refused.value.code == "duplicate-post"
    assert "urn:li:share:7459883086118273026" in refused.value.message
    assert "Exception" not in refused.value.message and "com.linkedin" not in refused.value.message
    i18n.install("da")
    try:
        said = reasons.reason(refused.value)
        assert "kopi" in said.lower() and "Exception" not in said
    finally:
        i18n.install("en")
