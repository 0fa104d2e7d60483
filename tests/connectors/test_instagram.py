"""InstagramConnector against a real local fake Instagram Graph server."""
from __future__ import annotations

import json
import socket
from datetime import datetime, timedelta

import pytest

from app import clock as app_clock
from app.connectors.base import (
    AuthExpired,
    ConnectorConfig,
    ConnectorError,
    ItemKind,
    Malformed,
    Offline,
    Permanent,
    Platform,
    RateLimited,
    Target,
    Transient,
)
from app.connectors.graph import DEFAULT_BASE_URL, INSTAGRAM_LOGIN_BASE_URL
from app.connectors.instagram import InstagramConnector
from app.connectors.registry import create_connector
from tests.fakes.graph_fake import (
    FAN,
    FakeInstagram,
    api_base,
    expired_token_response,
    graph_error_response,
    malformed_response,
    throttle_response,
    transient_response,
)
from tests.fakes.server import FakeServer
from tests.timekit import TEST_NOW

TOKEN = "IGQWRPa1ZA-secret-instagram-token-4c3b2a"
# Data seeded "a few minutes ago", so what a test adds at the clock's now is newer.
NOW = (TEST_NOW - timedelta(minutes=5)).replace(microsecond=0)
NASTY = "<b>x</b><script>alert(1)</script> 😀"


def ago(**delta) -> datetime:
    return NOW - timedelta(**delta)


@pytest.fixture
def ig():
    return FakeInstagram(token=TOKEN, page_size=2)


@pytest.fixture
def server(ig):
    with FakeServer(ig) as srv:
        yield srv


@pytest.fixture
def conn(ig, server):
    return InstagramConnector(ConnectorConfig(ig.user_id, TOKEN, base_url=api_base(server), handle=ig.username))


def run(connector, cursor=None):
    pages = list(connector.fetch(cursor))
    return pages, [i for p in pages for i in p.items], [t for p in pages for t in p.threads], pages[-1].cursor


def drain(connector, cursor=None):
    for _page in connector.fetch(cursor):
        pass


def seed_media(ig, n_media=3, per_media=3, replies=3):
    """Media a day apart; each has comments and the first comment has ``replies`` replies,
    the second of them by the account itself."""
    ids = {}
    for m in range(n_media):
        media = ig.add_media(f"Caption {m}", created=ago(days=n_media - m))
        comments = [ig.add_comment(media, f"Comment {m}.{c}", created=ago(days=n_media - m, hours=-1 - c))
                    for c in range(per_media)]
        reply_ids = [ig.add_comment(media, f"Reply {m}.{r}", created=ago(days=n_media - m, hours=-5, minutes=-r),
                                    parent=comments[0], author="own" if r == 1 else FAN)
                     for r in range(replies)]
        ids[media] = (comments, reply_ids)
    return ids


# --- reading --------------------------------------------------------------------------------

def test_fetch_follows_every_page_including_more_replies(ig, conn):
    ids = seed_media(ig, n_media=5, per_media=3, replies=5)
    pages, items, threads, cursor = run(conn)

    expected = {i for comments, replies in ids.values() for i in comments + replies}
    assert {i.external_id for i in items} == expected
    assert {t.external_id for t in threads} == set(ids)
    assert all(t.kind == "media" and t.url and t.url.startswith("https://www.instagram.com/p/") for t in threads)
    assert any(r.path.endswith("/replies") for r in ig.requests)   # embedded replies had more pages
    assert len([r for r in ig.requests if r.path.endswith("/media")]) == 3
    assert json.loads(cursor)["v"] == 1


def test_last_page_has_no_paging_key_and_is_the_end(ig, conn, server):
    seed_media(ig, n_media=3, per_media=0, replies=0)
    import requests
    headers = {"Authorization": f"Bearer {TOKEN}"}
    first = requests.get(f"{api_base(server)}/{ig.user_id}/media", params={"limit": 2}, headers=headers).json()
    last = requests.get(first["paging"]["next"], headers=headers).json()
    assert "paging" not in last and len(last["data"]) == 1
    _pages, _items, threads, _ = run(conn)
    assert len(threads) == 3


def test_timestamps_are_aware_utc(ig, conn):
    media = ig.add_media("x", created=ago(days=1))
    at = ago(hours=7, seconds=13)
    ig.add_comment(media, "hi", created=at)
    _pages, items, _threads, _ = run(conn)
    assert items[0].received_at == at and items[0].received_at.utcoffset() == timedelta(0)


def test_repeated_items_across_pages_are_deduplicated(ig, conn):
    ids = seed_media(ig, n_media=4, per_media=4, replies=4)
    ig.repeat_last = True
    _pages, items, threads, _ = run(conn)
    assert len(items) == len({i.external_id for i in items}) == 4 * 8
    assert len(threads) == len(ids)


def test_missing_optional_fields_are_tolerated(ig, conn):
    media = ig.add_media(None, created=ago(days=1))
    anonymous = ig.add_comment(media, None, created=ago(hours=3), author=None)
    no_from = ig.add_comment(media, "hi", created=ago(hours=2), with_from=False)
    _pages, items, threads, _ = run(conn)
    by_id = {i.external_id: i for i in items}
    assert by_id[anonymous].text == "" and by_id[anonymous].author_name is None and by_id[anonymous].author_id is None
    assert by_id[no_from].author_name == FAN["username"] and by_id[no_from].author_id is None
    assert threads[0].text == ""


def test_own_replies_recognised_by_id_or_username(ig, conn):
    media = ig.add_media("x", created=ago(days=1))
    question = ig.add_comment(media, "Open on Sunday?", created=ago(hours=10))
    by_id_only = ig.add_comment(media, "Yes", created=ago(hours=9), parent=question,
                                author={"id": ig.user_id, "username": "renamed_account"})
    by_name_only = ig.add_comment(media, "From 10", created=ago(hours=8), parent=question,
                                  author="own", with_from=False)
    fan_reply = ig.add_comment(media, "Thanks", created=ago(hours=7), parent=question)
    _pages, items, _threads, _ = run(conn)
    by_id = {i.external_id: i for i in items}
    assert by_id[question].kind == ItemKind.COMMENT and not by_id[question].is_own
    for own in (by_id_only, by_name_only):
        assert by_id[own].is_own and by_id[own].kind == ItemKind.REPLY and by_id[own].parent_external_id == question
    assert not by_id[fan_reply].is_own


def test_handle_is_learned_when_not_configured(ig, server):
    media = ig.add_media("x", created=ago(days=1))
    question = ig.add_comment(media, "?", created=ago(hours=3))
    own = ig.add_comment(media, "!", created=ago(hours=2), parent=question, author="own", with_from=False)
    conn = InstagramConnector(ConnectorConfig(ig.user_id, TOKEN, base_url=api_base(server)))
    _pages, items, _threads, _ = run(conn)
    assert {i.external_id for i in items if i.is_own} == {own}
    assert ig.requests[0].path == f"/v25.0/{ig.user_id}" and ig.requests[0].args["fields"] == "id,username"


def test_hidden_comments_cannot_be_replied_to(ig, conn):
    media = ig.add_media("x", created=ago(days=1))
    hidden = ig.add_comment(media, "rude", created=ago(hours=5), hidden=True)
    under = ig.add_comment(media, "reply under it", created=ago(hours=4), parent=hidden)
    visible = ig.add_comment(media, "fine", created=ago(hours=3))
    _pages, items, _threads, _ = run(conn)
    by_id = {i.external_id: i for i in items}
    assert by_id[hidden].is_hidden and not by_id[hidden].can_reply
    assert not by_id[under].can_reply and not by_id[under].is_hidden
    assert by_id[visible].can_reply and not by_id[visible].is_hidden
    with pytest.raises(Permanent):
        conn.reply(Target(hidden, media, ItemKind.COMMENT), "hello")
    assert ig.replies_to(hidden, own_only=True) == []


def test_html_and_emoji_come_through_byte_exact(ig, conn):
    media = ig.add_media("x", created=ago(days=1))
    comment = ig.add_comment(media, NASTY, created=ago(hours=3))
    _pages, items, _threads, _ = run(conn)
    assert items[0].text.encode() == NASTY.encode()
    conn.reply(Target(comment, media, ItemKind.COMMENT), NASTY)
    assert ig.replies_to(comment)[0]["text"].encode() == NASTY.encode()


def test_malformed_item_is_skipped_and_the_rest_of_the_page_kept(ig, conn):
    media = ig.add_media("x", created=ago(days=1))
    good1 = ig.add_comment(media, "first", created=ago(hours=4))
    ig.add_raw_comment(media, {"text": "no id", "timestamp": "2024-01-01T00:00:00+0000"}, created=ago(hours=3))
    ig.add_raw_comment(media, {"id": "18009", "text": "bad time", "timestamp": 12}, created=ago(hours=2))
    good2 = ig.add_comment(media, "second", created=ago(hours=1))
    pages, items, _threads, _ = run(conn)
    assert {i.external_id for i in items} == {good1, good2}
    skipping = [p for p in pages if p.skipped]
    assert len(skipping) == 2 and all(p.items for p in skipping)
    assert any("18009" in r for p in pages for r in p.skipped)


# --- resuming ---------------------------------------------------------------------------------

def test_resume_reads_only_media_whose_count_changed(ig, conn):
    ids = seed_media(ig, n_media=3, per_media=2, replies=2)
    _pages, first, _threads, cursor = run(conn)
    assert len(first) == 3 * 4

    media, (comments, _replies) = list(ids.items())[0]
    new_reply = ig.add_comment(media, "late reply on an old comment", created=app_clock.now(),
                               parent=comments[1])
    mark = len(ig.requests)
    _pages, second, _threads, cursor2 = run(conn, cursor)
    assert [i.external_id for i in second] == [new_reply]
    assert second[0].parent_external_id == comments[1]
    read = [r.path for r in ig.requests[mark:] if r.path.endswith("/comments")]
    assert read == [f"/v25.0/{media}/comments"]

    mark = len(ig.requests)
    _pages, third, _threads, _ = run(conn, cursor2)
    assert third == [] and not [r for r in ig.requests[mark:] if r.path.endswith("/comments")]


def test_cursor_of_an_interrupted_run_resumes_safely(ig, conn):
    seed_media(ig, n_media=3, per_media=2, replies=0)
    pages = conn.fetch(None)
    first_page = next(pages)
    pages.close()
    _pages, items, _threads, _ = run(conn, first_page.cursor)
    assert len(items) == 6


def test_fetch_thread_returns_every_item(ig, conn):
    ids = seed_media(ig, n_media=1, per_media=3, replies=4)
    media, (comments, replies) = next(iter(ids.items()))
    assert {i.external_id for i in conn.fetch_thread(media)} == set(comments) | set(replies)


# --- writing ----------------------------------------------------------------------------------

def test_reply_round_trip_and_reply_to_reply_goes_to_top_level(ig, conn):
    media = ig.add_media("x", created=ago(days=1))
    top = ig.add_comment(media, "Question", created=ago(hours=3))
    sub = ig.add_comment(media, "Also", created=ago(hours=2), parent=top)
    sent = conn.reply(Target(top, media, ItemKind.COMMENT), "Answer")
    sent2 = conn.reply(Target(sub, media, ItemKind.REPLY, parent_external_id=top), "Answer two")
    mine = ig.replies_to(top, own_only=True)
    assert [(r["id"], r["text"]) for r in mine] == [(sent.external_id, "Answer"), (sent2.external_id, "Answer two")]
    posts = [r for r in ig.requests if r.method == "POST"]
    assert all(r.path == f"/v25.0/{top}/replies" for r in posts)

    _pages, items, _threads, _ = run(conn)
    assert {i.external_id for i in items if i.is_own} == {sent.external_id, sent2.external_id}
    assert all(i.parent_external_id == top for i in items if i.is_own)


def test_hide_unhide_delete_round_trip(ig, conn):
    media = ig.add_media("x", created=ago(days=1))
    comment = ig.add_comment(media, "spam", created=ago(hours=1))
    target = Target(comment, media, ItemKind.COMMENT)
    assert conn.get_state(target) == {"exists": True, "hidden": False}
    conn.set_hidden(target, True)
    assert ig.is_hidden(comment) and conn.get_state(target)["hidden"] is True
    hide_call = [r for r in ig.requests if r.method == "POST"][-1]
    assert hide_call.path == f"/v25.0/{comment}" and hide_call.args == {"hide": "true"}
    conn.set_hidden(target, False)
    assert not ig.is_hidden(comment)
    conn.delete(target)
    assert not ig.exists(comment)
    assert conn.get_state(target) == {"exists": False, "hidden": None}


def test_private_reply_with_facebook_login_goes_through_the_linked_page(ig, server):
    media = ig.add_media("x", created=ago(days=1))
    comment = ig.add_comment(media, "DM me", created=ago(hours=1))
    without_page = InstagramConnector(ConnectorConfig(ig.user_id, TOKEN, base_url=api_base(server)))
    with pytest.raises(Permanent) as info:
        without_page.private_reply(Target(comment, media, ItemKind.COMMENT), "Hej")
    assert info.value.code == "no-page-id" and ig.private_replies == []
    conn = InstagramConnector(ConnectorConfig(ig.user_id, TOKEN, base_url=api_base(server),
                                              extra={"page_id": ig.linked_page_id}))
    sent = conn.private_reply(Target(comment, media, ItemKind.COMMENT), "Sent you a message 😀")
    assert ig.private_replies == [{"comment_id": comment, "text": "Sent you a message 😀",
                                   "message_id": sent.external_id}]
    assert ig.requests[-1].path.endswith(f"/{ig.linked_page_id}/messages")


def test_private_reply_with_instagram_login_uses_the_account_node(ig, server):
    ig.instagram_login = True
    media = ig.add_media("x", created=ago(days=1))
    comment = ig.add_comment(media, "DM me", created=ago(hours=1))
    conn = InstagramConnector(ConnectorConfig(ig.user_id, TOKEN, base_url=api_base(server), handle=ig.username,
                                              extra={"login": "instagram", "page_id": ig.linked_page_id}))
    conn.private_reply(Target(comment, media, ItemKind.COMMENT), "Hej")
    assert ig.requests[-1].path.endswith(f"/{ig.user_id}/messages") and len(ig.private_replies) == 1


def test_fake_refuses_a_private_reply_to_the_wrong_node(ig, server):
    import requests as rq
    media = ig.add_media("x", created=ago(days=1))
    comment = ig.add_comment(media, "DM me", created=ago(hours=1))
    answer = rq.post(f"{api_base(server)}/{ig.user_id}/messages", headers={"Authorization": f"Bearer {TOKEN}"},
                     data={"recipient": json.dumps({"comment_id": comment}), "message": json.dumps({"text": "x"})},
                     timeout=10).json()
    assert answer["error"]["code"] == 3 and ig.private_replies == []      # Facebook Login: not the IG node


def test_find_own_reply_finds_exactly_the_right_one(ig, conn):
    media = ig.add_media("x", created=ago(days=1))
    top = ig.add_comment(media, "Question", created=ago(hours=5))
    since = ago(minutes=30)
    ig.add_comment(media, "We will check.", created=ago(hours=2), parent=top, author="own")     # too old
    ig.add_comment(media, "We will check.", created=ago(minutes=20), parent=top)                # a fan
    ig.add_comment(media, "Other text", created=ago(minutes=19), parent=top, author="own")
    right = ig.add_comment(media, "We will check. ", created=ago(minutes=31), parent=top, author="own")
    ig.add_comment(media, "We will check.", created=ago(minutes=3), parent=top, author="own")   # later duplicate
    assert conn.find_own_reply(Target(top, media, ItemKind.COMMENT), "We will check.", since) == right
    sub = ig.add_comment(media, "?", created=ago(minutes=2), parent=top)
    assert conn.find_own_reply(Target(sub, media, ItemKind.REPLY, parent_external_id=top),
                               "We will check.", since) == right
    assert conn.find_own_reply(Target(top, media, ItemKind.COMMENT), "never sent", since) is None


# --- identity, hosts ----------------------------------------------------------------------------

def test_whoami(ig, server):
    me = InstagramConnector(ConnectorConfig(None, TOKEN, base_url=api_base(server))).whoami()
    assert (me.external_id, me.handle, me.name) == (ig.user_id, ig.username, ig.username)
    assert ig.requests[-1].path == "/v25.0/me"


def test_host_choice():
    assert InstagramConnector(ConnectorConfig("1", TOKEN))._client.base_url == DEFAULT_BASE_URL
    login = InstagramConnector(ConnectorConfig("1", TOKEN, extra={"login": "instagram"}))
    assert login._client.base_url == INSTAGRAM_LOGIN_BASE_URL
    assert isinstance(create_connector(Platform.INSTAGRAM, ConnectorConfig("1", TOKEN)), InstagramConnector)


# --- errors -----------------------------------------------------------------------------------

def test_non_json_page_is_malformed(ig, conn):
    seed_media(ig, n_media=1)
    ig.inject(malformed_response(), path_contains="/comments")
    with pytest.raises(Malformed):
        drain(conn)


def test_expired_token_is_auth_expired(ig, conn):
    ig.inject(expired_token_response(), path_contains="/media")
    with pytest.raises(AuthExpired):
        drain(conn)


def test_instagram_throttle_has_retry_at(ig, conn):
    ig.inject(throttle_response(80002, minutes=15, object_id=ig.user_id, usage_type="instagram"))
    before = app_clock.now()
    with pytest.raises(RateLimited) as err:
        drain(conn)
    assert timedelta(minutes=15) - timedelta(seconds=1) <= err.value.retry_at - before <= timedelta(minutes=15, seconds=5)  # noqa: E501
    assert conn.usage.business[ig.user_id][0]["type"] == "instagram"
    assert conn.usage.should_slow_down


def test_server_error_is_transient(ig, conn):
    ig.inject(transient_response(503))
    with pytest.raises(Transient) as err:
        drain(conn)
    assert not isinstance(err.value, Offline)


def test_connection_refused_is_offline():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    conn = InstagramConnector(ConnectorConfig("1", TOKEN, base_url=f"http://127.0.0.1:{port}/v25.0", handle="x"))
    with pytest.raises(Offline):
        drain(conn)


def test_paging_link_to_another_host_is_refused(ig, conn):
    from tests.fakes.server import json_response
    ig.inject(json_response({"data": [], "paging": {"next": "https://evil.example/steal?after=x"}}),
              path_contains="/media")
    with pytest.raises(Malformed):
        drain(conn)
    assert not any("evil" in r.path for r in ig.requests)


def test_token_never_in_urls_or_messages(ig, conn):
    ids = seed_media(ig, n_media=2, per_media=2, replies=3)
    _pages, items, _threads, _ = run(conn)
    comment = next(i for i in items if i.kind == ItemKind.COMMENT)
    conn.reply(Target(comment.external_id, comment.thread_external_id, ItemKind.COMMENT), "Hi")
    conn.set_hidden(Target(comment.external_id, comment.thread_external_id, ItemKind.COMMENT), True)
    messages = []
    for response in (expired_token_response(), throttle_response(80002), transient_response(), malformed_response(),
                     graph_error_response(100, f"Invalid OAuth 2.0 Access Token {TOKEN}")):
        ig.inject(response)
        with pytest.raises(ConnectorError) as err:
            drain(conn)
        messages += [err.value.message, str(err.value)]
    assert all(TOKEN not in m for m in messages)
    assert ids and ig.requests
    for request in ig.requests:
        assert TOKEN not in request.path
        assert all(TOKEN not in str(v) for v in list(request.args.values()) + list(request.form.values()))
        assert request.headers.get("Authorization") == f"Bearer {TOKEN}"


def test_instagram_login_identity_is_user_id_not_the_app_scoped_id(ig, server):
    ig.instagram_login = True
    connector = InstagramConnector(ConnectorConfig(None, TOKEN, base_url=api_base(server), extra={"login": "instagram"}))  # noqa: E501
    me = connector.whoami()
    assert me.external_id == ig.user_id != ig.app_scoped_id and me.handle == ig.username
    assert ig.requests[-1].args["fields"] == "user_id,username"
