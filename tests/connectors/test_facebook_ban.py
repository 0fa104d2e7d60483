"""Banning a commenter from a Facebook Page (the Page's ``blocked`` edge) against the fake
Graph server, which refuses what Graph refuses: a User token, a missing permission, the Page
itself, an id Graph does not know as a person."""
from __future__ import annotations

import pytest

from app.connectors.base import ConnectorConfig, ItemKind, Permanent, PermissionMissing, Target
from app.connectors.facebook import FacebookConnector
from tests.fakes.graph_fake import CITIZEN, FakeFacebook, api_base
from tests.fakes.server import FakeServer

TOKEN = "page-token-ban"


@pytest.fixture
def fb():
    fake = FakeFacebook(token=TOKEN)
    post = fake.add_post("Road works")
    fake.comment_id = fake.add_comment(post, "Buy followers at spam.example")
    return fake


@pytest.fixture
def server(fb):
    with FakeServer(fb) as srv:
        yield srv


def connector(fb, server, token=TOKEN) -> FacebookConnector:
    return FacebookConnector(ConnectorConfig(fb.page_id, token, base_url=api_base(server)))


def target(fb, author_id: str | None = CITIZEN["id"]) -> Target:
    return Target(fb.comment_id, fb.comment_id, ItemKind.COMMENT, author_id=author_id)


def test_ban_unban_and_ask(fb, server):
    conn = connector(fb, server)
    assert conn.author_banned(target(fb)) is False
    conn.ban_author(target(fb))
    assert fb.blocked == {CITIZEN["id"]: CITIZEN["name"]}
    assert conn.author_banned(target(fb)) is True
    conn.ban_author(target(fb))                 # banning twice is harmless: still one ban
    assert list(fb.blocked) == [CITIZEN["id"]]
    conn.unban_author(target(fb))
    assert fb.blocked == {} and conn.author_banned(target(fb)) is False
    methods = [(r.method, r.path.rsplit("/", 2)[-2:]) for r in fb.requests if "blocked" in r.path]
    assert ("POST", [fb.page_id, "blocked"]) in methods and ("DELETE", [fb.page_id, "blocked"]) in methods


def test_a_user_token_is_refused(fb, server):
    fb.add_user_token("user-token")
    with pytest.raises(PermissionMissing):
        connector(fb, server, "user-token").ban_author(target(fb))
    assert fb.blocked == {}


def test_a_missing_permission_is_refused(fb, server):
    fb.can_ban = False
    with pytest.raises(PermissionMissing):
        connector(fb, server).ban_author(target(fb))
    assert fb.blocked == {}


def test_the_page_itself_and_unknown_people_are_refused(fb, server):
    conn = connector(fb, server)
    with pytest.raises(Permanent, match="Invalid parameter"):
        conn.ban_author(target(fb, fb.page_id))
    with pytest.raises(Permanent, match="Invalid parameter"):
        conn.ban_author(target(fb, "999000999"))
    assert fb.blocked == {}


def test_an_unknown_author_is_refused_before_any_request(fb, server):
    conn = connector(fb, server)
    before = len(fb.requests)
    with pytest.raises(Permanent, match="did not say who wrote"):
        conn.ban_author(target(fb, None))
    assert len(fb.requests) == before
