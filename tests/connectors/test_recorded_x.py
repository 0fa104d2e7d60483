"""The X connector against real X API v2 answers recorded by tweepy's test suite
(tests/fixtures/recorded/x/SOURCE.md), replayed verbatim by a server on 127.0.0.1."""
import json
from pathlib import Path

import pytest
from werkzeug.routing import Rule

from app.connectors.base import ConnectorConfig, ItemKind, Target
from app.connectors.x import XConnector
from tests.fakes.server import FakePlatform, FakeServer, json_response

RECORDED = Path(__file__).parent.parent / "fixtures" / "recorded" / "x"


def recorded(name: str) -> dict:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


class Replay(FakePlatform):
    rules = [Rule("/2/users/me", endpoint="me", methods=["GET"]),
             Rule("/2/users/<uid>/mentions", endpoint="mentions", methods=["GET"]),
             Rule("/2/users/<uid>/tweets", endpoint="own", methods=["GET"]),
             Rule("/2/tweets/<tid>/hidden", endpoint="hidden", methods=["PUT"])]

    def me(self, request):
        return json_response(recorded("users_me.json"))

    def mentions(self, request, uid):
        return json_response(recorded("users_mentions_default_fields.json"))

    def own(self, request, uid):
        return json_response({"meta": {"result_count": 0}})       # X omits "data" when empty

    def hidden(self, request, tid):
        wanted = (request.get_json(silent=True) or {}).get("hidden")
        return json_response(recorded("hide_reply.json" if wanted else "unhide_reply.json"))


@pytest.fixture
def replay():
    platform = Replay()
    with FakeServer(platform) as server:
        yield platform, XConnector(ConnectorConfig(None, "token", base_url=server.url + "/2"))


def test_recorded_who_am_i(replay):
    _platform, connector = replay
    me = connector.whoami()
    assert (me.external_id, me.name, me.handle) == ("1072250532645998596", "Tweepy Testing", "TweepyDev")


def test_recorded_hide_and_unhide_answers_are_understood(replay):
    _platform, connector = replay
    target = Target("1344794616005066752", "1344794616005066752", ItemKind.REPLY)
    connector.set_hidden(target, True)
    connector.set_hidden(target, False)


def test_recorded_mentions_without_requested_fields_are_skipped_in_words(replay):
    """A real page as X sends it when the fields Svarbox asks for are missing (no created_at):
    every post is skipped with a reason, none is stored with an invented time, paging ends."""
    platform, connector = replay
    pages = list(connector.fetch(None))
    items = [i for p in pages for i in p.items]
    skipped = [s for p in pages for s in p.skipped]
    assert items == [] and len({s.split()[2] for s in skipped}) == 10      # the replay repeats its page
    assert all(s.startswith("X post 1578") and "timestamp" in s for s in skipped)
    mention_calls = [r for r in platform.requests if r.path.endswith("/mentions")]
    assert len(mention_calls) == 2 and mention_calls[1].args["pagination_token"].startswith("7140dibdnow9c7btw423")
