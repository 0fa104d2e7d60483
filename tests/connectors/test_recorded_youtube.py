"""The YouTube connector against Google API error bodies recorded in google-api-python-client's
test data (tests/fixtures/recorded/youtube/SOURCE.md), replayed verbatim on 127.0.0.1."""
from pathlib import Path

import pytest
from werkzeug.routing import Rule
from werkzeug.wrappers import Response

from app.connectors.base import ConnectorConfig, Permanent, Transient
from app.connectors.youtube import YouTubeConnector
from tests.fakes.server import FakePlatform, FakeServer

RECORDED = Path(__file__).parent.parent / "fixtures" / "recorded" / "youtube"


class Replay(FakePlatform):
    rules = [Rule("/youtube/v3/channels", endpoint="channels", methods=["GET"])]

    def __init__(self, name: str, status: int):
        super().__init__()
        self.body, self.status = (RECORDED / name).read_bytes(), status

    def channels(self, request):
        return Response(self.body, status=self.status, content_type="application/json; charset=UTF-8")


def connector(server) -> YouTubeConnector:
    return YouTubeConnector(ConnectorConfig(None, "token", base_url=server.url + "/youtube/v3"))


def test_recorded_backend_error_is_transient():
    with FakeServer(Replay("503.json", 503)) as server:
        with pytest.raises(Transient) as err:
            connector(server).whoami()
    assert "token" not in err.value.message


def test_recorded_key_invalid_is_permanent_in_words():
    with FakeServer(Replay("bad_request.json", 400)) as server:
        with pytest.raises(Permanent) as err:
            connector(server).whoami()
    assert err.value.code == "keyInvalid" and "API key" in err.value.message
