"""FacebookConnector (and the shared Graph plumbing) against a real local fake Graph server."""
from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta

import pytest
from werkzeug.wrappers import Response

from app import clock as app_clock
from app.connectors.base import (
    AuthExpired,
    Capability,
    ConnectorConfig,
    ConnectorError,
    ItemKind,
    Malformed,
    Offline,
    Permanent,
    PermissionMissing,
    Platform,
    RateLimited,
    Target,
    Transient,
)
from app.connectors.facebook import FacebookConnector
from app.connectors.graph import graph_error, parse_usage
from app.connectors.http import make_session
from app.connectors.registry import CONNECTORS, capabilities_of, create_connector
from tests.fakes.graph_fake import (
    CITIZEN,
    FakeFacebook,
    api_base,
    expired_token_response,
    graph_error_response,
    malformed_response,
    throttle_response,
    transient_response,
)
from tests.fakes.server import FakeServer
from tests.timekit import TEST_NOW

TOKEN = "EAAGm0PX4ZCpsBAKZC-secret-page-token-9f8e7d"
# Data seeded "a few minutes ago", so what a test adds at the clock's now is newer.
NOW = (TEST_NOW - timedelta(minutes=5)).replace(microsecond=0)
NASTY = "<b>x</b><script>alert(1)</script> 😀"


def ago(**delta) -> datetime:
    return NOW - timedelta(**delta)


@pytest.fixture
def fb():
    return FakeFacebook(token=TOKEN, page_size=2)


@pytest.fixture
def server(fb):
    with FakeServer(fb) as srv:
        yield srv


@pytest.fixture
def conn(fb, server):
    return FacebookConnector(ConnectorConfig(fb.page_id, TOKEN, base_url=api_base(server)))


def run(connector, cursor=None):
    pages = list(connector.fetch(cursor))
    items = [i for p in pages for i in p.items]
    threads = [t for p in pages for t in p.threads]
    return pages, items, threads, pages[-1].cursor


def target_of(item) -> Target:
    return Target(item.external_id, item.thread_external_id, item.kind, item.parent_external_id, item.author_id)


def seed_posts(fb, n_posts=3, per_post=3):
    """Posts a day apart, each with ``per_post`` citizen comments and a Page reply to the first."""
    ids = {}
    for p in range(n_posts):
        post = fb.add_post(f"Post {p}", created=ago(days=n_posts - p))
        comments = [fb.add_comment(post, f"Comment {p}.{c}", created=ago(days=n_posts - p, hours=-1 - c))
                    for c in range(per_post)]
        reply = fb.add_comment(post, f"Reply {p}", created=ago(days=n_posts - p, hours=-5),
                               author="page", parent=comments[0])
        ids[post] = (comments, reply)
    return ids


# --- reading --------------------------------------------------------------------------------

def test_fetch_follows_every_page_to_the_end(fb, conn):
    ids = seed_posts(fb, n_posts=5, per_post=4)
    pages, items, threads, cursor = run(conn)

    expected = {c for comments, reply in ids.values() for c in comments + [reply]}
    assert {i.external_id for i in items} == expected
    assert {t.external_id for t in threads} == set(ids)
    # page size 2 on the fake: the feed and every post's comments came in several pages
    feed_calls = [r for r in fb.requests if r.path.endswith("/feed")]
    assert len(feed_calls) == 3 and "after" in feed_calls[-1].args
    assert all(p.cursor for p in pages)
    assert json.loads(cursor)["v"] == 1


def test_timestamps_are_aware_utc(fb, conn):
    post = fb.add_post("Post", created=ago(days=1))
    at = datetime(NOW.year, NOW.month, NOW.day, 8, 30, 15, tzinfo=UTC) - timedelta(days=1)
    fb.add_comment(post, "Hello", created=at)
    _pages, items, threads, _ = run(conn)
    assert items[0].received_at == at and items[0].received_at.utcoffset() == timedelta(0)
    assert threads[0].created_at.tzinfo is not None


def test_repeated_items_across_pages_are_deduplicated(fb, conn):
    ids = seed_posts(fb, n_posts=4, per_post=5)
    fb.repeat_last = True   # every next page starts with the previous page's last entry
    _pages, items, threads, _ = run(conn)
    assert len(items) == len({i.external_id for i in items}) == 4 * 6
    assert len(threads) == len(ids)


def test_missing_optional_fields_are_tolerated(fb, conn):
    post = fb.add_post(None, created=ago(days=1), author=None)
    comment = fb.add_comment(post, None, created=ago(hours=20), author=None)
    _pages, items, threads, _ = run(conn)
    item = next(i for i in items if i.external_id == comment)
    assert item.author_id is None and item.author_name is None and item.text == ""
    assert threads[0].text == "" and threads[0].author_name is None


def test_own_replies_come_back_as_own_with_parent(fb, conn):
    post = fb.add_post("Post", created=ago(days=1))
    question = fb.add_comment(post, "When does the pool open?", created=ago(hours=20))
    citizen_reply = fb.add_comment(post, "Me too", created=ago(hours=19), parent=question)
    answer = fb.add_comment(post, "At 7.", created=ago(hours=18), parent=question, author="page")
    _pages, items, _threads, _ = run(conn)
    by_id = {i.external_id: i for i in items}
    assert by_id[question].kind == ItemKind.COMMENT and not by_id[question].is_own
    assert by_id[citizen_reply].kind == ItemKind.REPLY and not by_id[citizen_reply].is_own
    assert by_id[answer].kind == ItemKind.REPLY and by_id[answer].is_own
    assert by_id[answer].parent_external_id == question
    assert by_id[answer].author_id == fb.page_id


def test_visitor_post_is_an_item_and_our_comment_answers_it(fb, conn):
    visitor = fb.add_post("Pothole on Main St", created=ago(hours=30), author=CITIZEN)
    answer = fb.add_comment(visitor, "Thanks, passed on.", created=ago(hours=29), author="page")
    _pages, items, _threads, _ = run(conn)
    by_id = {i.external_id: i for i in items}
    assert by_id[visitor].kind == ItemKind.COMMENT and by_id[visitor].thread_external_id == visitor
    assert by_id[visitor].author_id == CITIZEN["id"]
    assert by_id[answer].is_own and by_id[answer].parent_external_id == visitor


def test_html_and_emoji_come_through_byte_exact(fb, conn):
    post = fb.add_post("Post", created=ago(days=1))
    comment = fb.add_comment(post, NASTY, created=ago(hours=20))
    _pages, items, _threads, _ = run(conn)
    assert next(i for i in items if i.external_id == comment).text.encode() == NASTY.encode()

    conn.reply(Target(comment, post, ItemKind.COMMENT), NASTY)
    assert fb.replies_to(comment)[0]["message"].encode() == NASTY.encode()


def test_malformed_item_is_skipped_and_the_rest_of_the_page_kept(fb, conn):
    post = fb.add_post("Post", created=ago(days=1))
    good1 = fb.add_comment(post, "first", created=ago(hours=23))
    fb.add_raw_comment(post, {"message": "no id here", "created_time": "2024-01-01T00:00:00+0000"},
                       created=ago(hours=22))
    fb.add_raw_comment(post, {"id": "999_1", "message": "bad time", "created_time": "yesterday-ish"},
                       created=ago(hours=21))
    good2 = fb.add_comment(post, "second", created=ago(hours=20))
    pages, items, _threads, _ = run(conn)

    assert {i.external_id for i in items} == {good1, good2}
    skipping = [p for p in pages if p.skipped]
    assert len(skipping) == 2 and all(p.items for p in skipping)   # the rest of each page was kept
    reasons = [r for p in pages for r in p.skipped]
    assert any("without an id" in r for r in reasons) and any("999_1" in r for r in reasons)
    assert not any("bad time" in r or "no id here" in r for r in reasons)   # no citizen text


def test_messenger_conversations_are_read_with_paging(fb, conn):
    conv = fb.add_conversation()
    msgs = [fb.add_message(conv, f"Message {n}", created=ago(hours=10 - n), from_page=n == 3) for n in range(5)]
    _pages, items, threads, _ = run(conn)
    messages = {i.external_id: i for i in items if i.kind == ItemKind.MESSAGE}
    assert set(messages) == set(msgs)
    assert messages[msgs[3]].is_own and not messages[msgs[0]].is_own
    assert messages[msgs[0]].author_id == CITIZEN["id"] and messages[msgs[0]].thread_external_id == conv
    assert any(t.external_id == conv and t.kind == "conversation" and t.author_name == CITIZEN["name"]
               for t in threads)
    assert any(r.path.endswith(f"/{conv}/messages") for r in fb.requests)   # followed its paging


def test_fetch_thread_returns_every_item(fb, conn):
    ids = seed_posts(fb, n_posts=1, per_post=5)
    post, (comments, reply) = next(iter(ids.items()))
    assert {i.external_id for i in conn.fetch_thread(post)} == set(comments) | {reply}

    conv = fb.add_conversation()
    msgs = [fb.add_message(conv, f"m{n}", created=ago(days=60, hours=-n)) for n in range(5)]
    assert [i.external_id for i in conn.fetch_thread(conv)] == msgs   # oldest first, even outside look-back


def test_progress_reports_running_item_count(fb, conn):
    seed_posts(fb, n_posts=2, per_post=2)
    seen = []
    list(conn.fetch(None, progress=seen.append))
    assert seen == sorted(seen) and seen[-1] == 6


# --- resuming ---------------------------------------------------------------------------------

def test_resume_from_cursor_does_not_refetch_older_items(fb, conn):
    ids = seed_posts(fb, n_posts=3, per_post=2)
    conv = fb.add_conversation()
    fb.add_message(conv, "old question", created=ago(hours=6))
    _pages, first, _threads, cursor = run(conn)
    assert len(first) == 3 * 3 + 1

    old_post, (comments, _reply) = next(iter(ids.items()))
    new_comment = fb.add_comment(old_post, "new one", created=app_clock.now(), parent=comments[1])
    new_message = fb.add_message(conv, "new question", created=app_clock.now())
    mark = len(fb.requests)
    _pages, second, _threads, cursor2 = run(conn, cursor)

    assert {i.external_id for i in second} == {new_comment, new_message}
    read = [r.path for r in fb.requests[mark:] if r.path.endswith("/comments")]
    assert read and all(old_post in path for path in read)   # quiet posts were not read again
    # and once more: nothing new at all
    _pages, third, _threads, _ = run(conn, cursor2)
    assert third == [] or {i.external_id for i in third} <= {new_comment, new_message}


def test_a_busy_post_is_read_newest_first_down_to_the_cursor_only(fb, conn):
    """A post citizens keep commenting on: the next sync reads its newest comments and stops
    at the cursor, not the whole stream from the first comment again."""
    post = fb.add_post("Vejarbejde på Søndergade", created=ago(days=2))
    for n in range(30):
        fb.add_comment(post, f"Spørgsmål {n}", created=ago(days=2, minutes=-10 * n))
    _pages, first, _threads, cursor = run(conn)
    assert len(first) == 30
    newer = [fb.add_comment(post, f"Nyt spørgsmål {n}", created=app_clock.now()) for n in range(3)]
    mark = len(fb.requests)
    _pages, second, _threads, _ = run(conn, cursor)
    assert {i.external_id for i in second} == set(newer)
    comment_calls = [r for r in fb.requests[mark:] if r.path.endswith(f"/{post}/comments")]
    # page size 2: the three new comments and the first older one take two pages (of 17)
    assert len(comment_calls) == 2, [r.args for r in comment_calls]
    assert all(r.args.get("order") == "reverse_chronological" for r in comment_calls)


def test_cursor_of_an_interrupted_run_resumes_safely(fb, conn):
    seed_posts(fb, n_posts=3, per_post=2)
    pages = conn.fetch(None)
    first_page = next(pages)
    pages.close()   # the app was killed after storing the first page
    _pages, items, _threads, _ = run(conn, first_page.cursor)
    assert len(items) == 9   # nothing was lost


def test_error_mid_run_hands_over_what_was_read(fb, conn):
    seed_posts(fb, n_posts=2, per_post=1)
    fb.inject(throttle_response(), path_contains="/conversations")
    got = []
    with pytest.raises(RateLimited):
        for page in conn.fetch(None):
            got.append(page)
    assert len([i for p in got for i in p.items]) == 4
    assert "comments" in json.loads(got[-1].cursor)   # the finished comments phase is committed
    _pages, items, _threads, _ = run(conn, got[-1].cursor)
    assert items == []


def test_messenger_can_be_turned_off(fb, server):
    fb.add_message(fb.add_conversation(), "hi", created=ago(hours=1))
    conn = FacebookConnector(ConnectorConfig(fb.page_id, TOKEN, base_url=api_base(server),
                                             extra={"messenger": False}))
    _pages, items, _threads, _ = run(conn)
    assert items == [] and not any("conversations" in r.path for r in fb.requests)


def test_unreadable_cursor_falls_back_to_a_full_run(fb, conn):
    seed_posts(fb, n_posts=1, per_post=2)
    _pages, items, _threads, _ = run(conn, "not json{")
    assert len(items) == 3


# --- writing ----------------------------------------------------------------------------------

def test_reply_to_comment_and_to_reply_lands_in_the_thread(fb, conn):
    post = fb.add_post("Post", created=ago(days=1))
    top = fb.add_comment(post, "Question", created=ago(hours=20))
    sub = fb.add_comment(post, "Follow-up", created=ago(hours=19), parent=top)

    sent = conn.reply(Target(top, post, ItemKind.COMMENT), "Answer one")
    sent2 = conn.reply(Target(sub, post, ItemKind.REPLY, parent_external_id=top), "Answer two")
    replies = fb.replies_to(top, own_only=True)
    assert [r["id"] for r in replies] == [sent.external_id, sent2.external_id]
    assert [r["message"] for r in replies] == ["Answer one", "Answer two"]

    _pages, items, _threads, _ = run(conn)
    mine = [i for i in items if i.is_own]
    assert {i.external_id for i in mine} == {sent.external_id, sent2.external_id}
    assert all(i.parent_external_id == top for i in mine)


def test_messenger_reply_uses_the_send_api(fb, conn):
    conv = fb.add_conversation()
    question = fb.add_message(conv, "Hi 👋", created=ago(minutes=30))
    sent = conn.reply(Target(question, conv, ItemKind.MESSAGE, author_id=CITIZEN["id"]), "Hello 😀")
    last = fb.messages_in(conv)[-1]
    assert last["id"] == sent.external_id and last["message"] == "Hello 😀"
    assert last["from"]["id"] == fb.page_id
    call = [r for r in fb.requests if r.method == "POST"][-1]
    assert call.path.endswith(f"/{fb.page_id}/messages")
    assert json.loads(call.form["recipient"]) == {"id": CITIZEN["id"]}
    assert json.loads(call.form["message"]) == {"text": "Hello 😀"}
    assert call.form["messaging_type"] == "RESPONSE"


def test_private_reply_to_a_comment(fb, conn):
    post = fb.add_post("Post", created=ago(days=1))
    comment = fb.add_comment(post, "My address is ...", created=ago(hours=1))
    sent = conn.private_reply(Target(comment, post, ItemKind.COMMENT), "We wrote to you.")
    assert fb.private_replies == [{"comment_id": comment, "text": "We wrote to you.", "message_id": sent.external_id}]
    with pytest.raises(Permanent):   # one private reply per comment
        conn.private_reply(Target(comment, post, ItemKind.COMMENT), "Again")


def test_hide_unhide_delete_round_trip(fb, conn):
    post = fb.add_post("Post", created=ago(days=1))
    comment = fb.add_comment(post, "spam spam", created=ago(hours=2))
    target = Target(comment, post, ItemKind.COMMENT)

    assert conn.get_state(target) == {"exists": True, "hidden": False}
    conn.set_hidden(target, True)
    assert fb.is_hidden(comment) and conn.get_state(target) == {"exists": True, "hidden": True}
    conn.set_hidden(target, False)
    assert not fb.is_hidden(comment) and conn.get_state(target)["hidden"] is False
    conn.delete(target)
    assert not fb.exists(comment)
    assert conn.get_state(target) == {"exists": False, "hidden": None}
    with pytest.raises(Permanent) as err:
        conn.delete(target)
    assert err.value.code == "100/33"


def test_find_own_reply_finds_exactly_the_right_one(fb, conn):
    post = fb.add_post("Post", created=ago(days=1))
    top = fb.add_comment(post, "Question", created=ago(hours=5))
    since = ago(minutes=30)
    fb.add_comment(post, "Thanks, we are on it.", created=ago(hours=4), parent=top, author="page")      # too old
    fb.add_comment(post, "Thanks, we are on it.", created=ago(minutes=20), parent=top)                   # citizen
    fb.add_comment(post, "Something else", created=ago(minutes=15), parent=top, author="page")          # other text
    right = fb.add_comment(post, "  Thanks, we are on it.\n", created=ago(minutes=31), parent=top,
                           author="page")                                                              # clock slack
    fb.add_comment(post, "Thanks, we are on it.", created=ago(minutes=5), parent=top, author="page")    # a later duplicate  # noqa: E501

    found = conn.find_own_reply(Target(top, post, ItemKind.COMMENT), "Thanks, we are on it.", since)
    assert found == right
    # a REPLY target is answered under its parent, so that is where we look
    sub = fb.add_comment(post, "Follow-up", created=ago(hours=3), parent=top)
    assert conn.find_own_reply(Target(sub, post, ItemKind.REPLY, parent_external_id=top),
                               "Thanks, we are on it.", since) == right
    assert conn.find_own_reply(Target(top, post, ItemKind.COMMENT), "Not sent", since) is None


def test_reply_lost_in_transit_is_found_afterwards(fb, server):
    """The platform stored the reply but the answer never reached us: the outbox's case."""
    post = fb.add_post("Post", created=ago(days=1))
    top = fb.add_comment(post, "Question", created=ago(hours=1))
    impatient = FacebookConnector(ConnectorConfig(fb.page_id, TOKEN, base_url=api_base(server)),
                                  session=make_session(timeout=(2.0, 0.2)))
    fb.write_delay = 1.0
    since = app_clock.now()
    with pytest.raises(Transient):
        impatient.reply(Target(top, post, ItemKind.COMMENT), "Svar 😀")
    assert fb.write_stored.wait(5)
    fb.write_delay = 0.0
    stored = fb.replies_to(top, own_only=True)
    assert len(stored) == 1
    conn = FacebookConnector(ConnectorConfig(fb.page_id, TOKEN, base_url=api_base(server)))
    assert conn.find_own_reply(Target(top, post, ItemKind.COMMENT), "Svar 😀", since) == stored[0]["id"]


def test_find_own_reply_in_messenger(fb, conn):
    conv = fb.add_conversation()
    for n in range(6):
        fb.add_message(conv, f"filler {n}", created=ago(minutes=50 - n))
    sent = conn.reply(Target("x", conv, ItemKind.MESSAGE, author_id=CITIZEN["id"]), "We open at 8.")
    fb.add_message(conv, "ok", created=app_clock.now())
    target = Target("x", conv, ItemKind.MESSAGE, author_id=CITIZEN["id"])
    assert conn.find_own_reply(target, "We open at 8.", ago(minutes=1)) == sent.external_id
    assert conn.find_own_reply(target, "We open at 9.", ago(minutes=1)) is None


# --- identity and registry --------------------------------------------------------------------

def test_whoami_with_and_without_a_page_id(fb, server):
    base = api_base(server)
    named = FacebookConnector(ConnectorConfig(fb.page_id, TOKEN, base_url=base)).whoami()
    assert (named.external_id, named.name) == (fb.page_id, fb.page_name)
    me = FacebookConnector(ConnectorConfig(None, TOKEN, base_url=base)).whoami()
    assert me.external_id == fb.page_id
    paths = [r.path for r in fb.requests]
    assert paths == ["/v25.0/me", "/v25.0/debug_token"] * 2      # who, then what kind of token


# --- token kinds (developers.facebook.com/docs/facebook-login/guides/access-tokens) ------------

def test_long_lived_user_token_becomes_the_never_expiring_page_token(fb, server):
    fb.add_user_token("user-long", long_lived=True)
    connector = FacebookConnector(ConnectorConfig(fb.page_id, "user-long", base_url=api_base(server)))
    me = connector.whoami()
    assert me.external_id == fb.page_id and me.name == fb.page_name
    assert me.replacement_token and me.replacement_token != "user-long"
    assert fb.token_kinds[me.replacement_token] == {"type": "PAGE", "expires_at": 0}
    assert "user-long" not in repr(me) and me.replacement_token not in repr(me)
    # The Page token reads what the User token may not: Messenger conversations.
    with pytest.raises(AuthExpired):
        list(FacebookConnector(ConnectorConfig(fb.page_id, "user-long", base_url=api_base(server))).fetch(None))
    list(FacebookConnector(ConnectorConfig(fb.page_id, me.replacement_token, base_url=api_base(server))).fetch(None))


def test_short_lived_tokens_are_refused_naming_the_token_to_paste(fb, server):
    fb.add_user_token("user-short", long_lived=False)
    with pytest.raises(Permanent) as info:
        FacebookConnector(ConnectorConfig(fb.page_id, "user-short", base_url=api_base(server))).whoami()
    assert info.value.code == "short-lived-token" and "long-lived User token" in info.value.message
    with pytest.raises(Permanent) as info:        # a User token without the Page's id
        FacebookConnector(ConnectorConfig(None, "user-short", base_url=api_base(server))).whoami()
    assert info.value.code == "user-token-needs-page"


def test_user_token_of_someone_who_is_not_page_admin(fb, server):
    fb.add_user_token("user-long", long_lived=True)
    with pytest.raises(PermissionMissing) as info:
        FacebookConnector(ConnectorConfig("999888777", "user-long", base_url=api_base(server))).whoami()
    assert info.value.code == "no-page-token"


def test_registry_creates_connectors_and_knows_capabilities(fb, server):
    connector = create_connector(Platform.FACEBOOK, ConnectorConfig(fb.page_id, TOKEN, base_url=api_base(server)))
    assert isinstance(connector, FacebookConnector) and CONNECTORS[Platform.FACEBOOK] is FacebookConnector
    assert capabilities_of("facebook") == FacebookConnector.capabilities
    assert Capability.MESSAGE in capabilities_of(Platform.FACEBOOK)
    assert Capability.MESSAGE in capabilities_of(Platform.INSTAGRAM)     # Instagram direct messages
    assert set(CONNECTORS) == set(Platform)
    with pytest.raises(ValueError):
        capabilities_of("myspace")


# --- errors -----------------------------------------------------------------------------------

def drain(connector, cursor=None):
    for _page in connector.fetch(cursor):
        pass


def test_non_json_page_is_malformed(fb, conn):
    seed_posts(fb, n_posts=1, per_post=2)
    fb.inject(malformed_response(), path_contains="/comments")
    with pytest.raises(Malformed):
        drain(conn)


def test_expired_token_is_auth_expired(fb, conn):
    fb.inject(expired_token_response())
    with pytest.raises(AuthExpired) as err:
        conn.whoami()
    assert err.value.code == "190/463" and "expired" in err.value.message


def test_wrong_token_is_auth_expired(fb, server):
    other = FacebookConnector(ConnectorConfig(fb.page_id, "not-the-token", base_url=api_base(server)))
    with pytest.raises(AuthExpired):
        drain(other)


@pytest.mark.parametrize("code", [4, 17, 32, 613, 80001, 80006])
def test_rate_limit_carries_retry_at_from_buc_header(fb, conn, code):
    fb.inject(throttle_response(code, minutes=7, object_id=fb.page_id), path_contains="/feed")
    before = app_clock.now()
    with pytest.raises(RateLimited) as err:
        drain(conn)
    after = app_clock.now()
    assert before + timedelta(minutes=7) - timedelta(seconds=1) <= err.value.retry_at
    assert err.value.retry_at <= after + timedelta(minutes=7)
    assert err.value.code == str(code)
    assert conn.usage.regain_minutes == 7


def test_rate_limit_without_estimate_means_back_off(fb, conn):
    fb.inject(throttle_response(80001, minutes=None))
    with pytest.raises(RateLimited) as err:
        conn.whoami()
    assert err.value.retry_at is None


@pytest.mark.parametrize("response", [
    transient_response(500),
    graph_error_response(1, "An unknown error occurred", status=400),
    graph_error_response(99, "Temporary glitch", is_transient=True),
    Response("<html><body>502 Bad Gateway</body></html>", status=502, content_type="text/html"),
])
def test_server_errors_are_transient(fb, conn, response):
    fb.inject(response)
    with pytest.raises(Transient) as err:
        conn.whoami()
    assert not isinstance(err.value, Offline)


def test_connection_refused_is_offline():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    conn = FacebookConnector(ConnectorConfig("1", TOKEN, base_url=f"http://127.0.0.1:{port}/v25.0"))
    with pytest.raises(Offline) as err:
        conn.whoami()
    assert TOKEN not in str(err.value)


def test_permission_and_policy_errors(fb, conn):
    fb.inject(graph_error_response(200, "(#200) Requires pages_manage_engagement permission"))
    with pytest.raises(PermissionMissing):
        conn.set_hidden(Target("1_2", "1", ItemKind.COMMENT), True)
    fb.inject(graph_error_response(368, "It looks like you were misusing this feature",
                                   user_msg="You can't comment right now.", user_title="Blocked"))
    with pytest.raises(Permanent) as err:
        conn.reply(Target("1_2", "1", ItemKind.COMMENT), "x")
    assert "policy" in err.value.message and "You can't comment right now." in err.value.message


def test_usage_headers_are_exposed(fb, conn):
    fb.extra_headers["X-App-Usage"] = json.dumps({"call_count": 85, "total_cputime": 10, "total_time": 12})
    conn.whoami()
    assert conn.usage.app["call_count"] == 85 and conn.usage.should_slow_down
    fb.extra_headers["X-App-Usage"] = json.dumps({"call_count": 5, "total_cputime": 1, "total_time": 1})
    conn.whoami()
    assert not conn.usage.should_slow_down


@pytest.mark.parametrize("code,subcode,kind", [
    (190, 460, AuthExpired), (190, None, AuthExpired), (102, None, AuthExpired),
    (10, None, PermissionMissing), (200, None, PermissionMissing), (299, None, PermissionMissing),
    (341, None, RateLimited), (80002, None, RateLimited), (1, None, Transient), (2, None, Transient),
    (368, None, Permanent), (506, None, Permanent), (100, None, Permanent), (100, 33, Permanent),
    (12345, None, Permanent),
])
def test_graph_error_codes_map_to_typed_errors(code, subcode, kind):
    body = {"error": {"message": "m", "type": "OAuthException", "code": code}}
    if subcode:
        body["error"]["error_subcode"] = subcode
    assert type(graph_error(400, body)) is kind


def test_buc_usage_header_gives_retry_at():
    headers = {"X-Business-Use-Case-Usage": json.dumps(
        {"1": [{"type": "pages", "call_count": 99, "estimated_time_to_regain_access": 3}],
         "2": [{"type": "pages", "call_count": 10, "estimated_time_to_regain_access": 12}]})}
    now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    usage = parse_usage(headers)
    error = graph_error(400, {"error": {"code": 80001, "message": "m"}}, usage=usage, now=now)
    assert error.retry_at == now + timedelta(minutes=12) and usage.max_percent == 99
    assert parse_usage({"X-App-Usage": "{garbled"}).max_percent == 0


# --- the token stays secret -------------------------------------------------------------------

def test_token_never_in_urls_or_messages(fb, conn):
    seed_posts(fb, n_posts=2, per_post=3)
    conv = fb.add_conversation()
    fb.add_message(conv, "Hi", created=ago(hours=1))
    _pages, items, _threads, _cursor = run(conn)
    conn.reply(target_of(items[0]), "Answer")
    conn.set_hidden(target_of(items[0]), True)

    messages = []
    for response in (expired_token_response(), throttle_response(), transient_response(), malformed_response(),
                     graph_error_response(100, f"Invalid parameter near access_token={TOKEN}"),
                     graph_error_response(200, f"Token {TOKEN} lacks a permission")):
        fb.inject(response)
        with pytest.raises(ConnectorError) as err:
            drain(conn)
        messages.append(err.value.message)
        messages.append(str(err.value))
    assert all(TOKEN not in m for m in messages)
    assert any("[token]" in m for m in messages)

    assert fb.requests
    for request in fb.requests:
        assert TOKEN not in request.path
        assert all(TOKEN not in str(v) for v in request.args.values())
        assert all(TOKEN not in str(v) for v in request.form.values())
        assert "access_token" not in request.args
        assert request.headers.get("Authorization") == f"Bearer {TOKEN}"
