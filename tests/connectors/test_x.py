"""XConnector against the fake X API over real HTTP on 127.0.0.1."""
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
    ItemKind,
    Malformed,
    Offline,
    Permanent,
    PermissionMissing,
    RateLimited,
    Target,
    Transient,
)
from app.connectors.x import XConnector, normalise_text
from tests.fakes.server import FakeServer
from tests.fakes.x_fake import XFake, x_rate_limited, x_server_error, x_unsupported_auth, x_usage_capped
from tests.timekit import TEST_NOW

TOKEN = "x-user-token-SECRET-123"
HOSTILE = "<b>x</b><script>alert(1)</script> 😀"


@pytest.fixture
def fake():
    platform = XFake()
    platform.valid_tokens = {TOKEN}
    with FakeServer(platform) as server:
        platform.url = server.url
        yield platform


def connect(fake, **extra) -> XConnector:
    return XConnector(ConnectorConfig(account_external_id=fake.me, token=TOKEN,
                                      base_url=fake.url + "/2", extra=extra))


def collect(connector, cursor=None):
    pages = list(connector.fetch(cursor))
    items = [i for p in pages for i in p.items]
    return pages, items


# One fixed "now" per module: comparing against a clock read later could cross a second.
# Data seeded "a few minutes ago", so what a test adds at the clock's now is newer.
NOW = (TEST_NOW - timedelta(minutes=5)).replace(microsecond=0)


def ago(minutes: float) -> datetime:
    return NOW - timedelta(minutes=minutes)


def target(item) -> Target:
    return Target(external_id=item.external_id, thread_external_id=item.thread_external_id,
                  kind=item.kind, parent_external_id=item.parent_external_id, author_id=item.author_id)


def test_whoami_and_capabilities(fake):
    connector = connect(fake)
    me = connector.whoami()
    assert (me.external_id, me.handle, me.name) == (fake.me, "kommune", "Kommunen")
    assert Capability.DELETE in connector.capabilities and Capability.REJECT not in connector.capabilities
    assert connector.reply_limit == 280


def test_whoami_called_when_account_id_unknown(fake):
    anna = fake.add_user("anna", "Anna A")
    fake.mention(anna, "hello")
    connector = XConnector(ConnectorConfig(account_external_id=None, token=TOKEN, base_url=fake.url + "/2"))
    _, items = collect(connector)
    assert [i.text for i in items] == ["@kommune hello"]


def test_pages_followed_to_the_end_with_repeats_dropped(fake):
    fake.page_cap = 3
    fake.page_overlap = 1          # every next page repeats the previous page's last post
    anna = fake.add_user("anna", "Anna A")
    ids = [fake.mention(anna, f"question {n}", created_at=ago(60 - n)) for n in range(8)]
    pages, items = collect(connect(fake))
    mention_requests = [r for r in fake.requests if r.path.endswith("/mentions")]
    assert len(mention_requests) >= 3
    assert sorted(i.external_id for i in items) == sorted(ids)
    assert len(items) == len({i.external_id for i in items})
    first = next(i for i in items if i.external_id == ids[0])
    assert first.received_at == ago(60)
    assert first.received_at.tzinfo is not None and first.received_at.utcoffset() == timedelta(0)
    assert first.kind is ItemKind.MENTION and first.author_name == "Anna A" and first.author_id == anna
    assert first.thread_external_id == ids[0]
    assert first.url == f"https://x.com/anna/status/{ids[0]}"
    assert mention_requests[0].args["max_results"] == "100"
    assert "created_at" in mention_requests[0].args["tweet.fields"]


def test_reply_in_own_conversation_is_reply_kind_and_own_replies_recognised(fake):
    anna = fake.add_user("anna", "Anna A")
    post = fake.add_tweet(fake.me, "Road works on Main Street", created_at=ago(120))
    answer = fake.add_tweet(anna, "@kommune when do they end?", reply_to=post, created_at=ago(60))
    own = fake.add_tweet(fake.me, "@anna Friday", reply_to=answer, created_at=ago(30))
    pages, items = collect(connect(fake))
    by_id = {i.external_id: i for i in items}
    assert by_id[answer].kind is ItemKind.REPLY and by_id[answer].thread_external_id == post
    assert by_id[answer].parent_external_id == post and not by_id[answer].is_own
    assert by_id[own].is_own and by_id[own].parent_external_id == answer and by_id[own].kind is ItemKind.REPLY
    assert post not in by_id    # the own post is a thread, not an item
    threads = {t.external_id: t for p in pages for t in p.threads}
    assert threads[post].text == "Road works on Main Street"


def test_missing_optional_fields_and_partial_errors_keep_data(fake):
    ghost = fake.add_user("ghost", "Suspended", in_includes=False)
    item_id = fake.mention(ghost, "reply to a deleted post", reply_to="1500000000000000001",
                           in_reply_to_user_id="42")
    pages, items = collect(connect(fake))
    assert [i.external_id for i in items] == [item_id]
    item = items[0]
    assert item.author_name is None and item.author_id == ghost
    assert item.parent_external_id == "1500000000000000001"
    assert item.url == f"https://x.com/i/web/status/{item_id}"
    assert pages[0].skipped == []


def test_hostile_text_and_emoji_byte_exact(fake):
    anna = fake.add_user("anna")
    fake.add_tweet(anna, f"@kommune {HOSTILE} & more")
    _, items = collect(connect(fake))
    assert items[0].text == f"@kommune {HOSTILE} & more"
    assert items[0].text.encode("utf-8") == f"@kommune {HOSTILE} & more".encode()


def test_malformed_item_skipped_rest_of_page_kept(fake):
    anna = fake.add_user("anna")
    good = [fake.mention(anna, f"ok {n}", created_at=ago(10 - n)) for n in range(3)]
    bad = fake.mention(anna, "broken")
    fake.break_tweet(bad)
    pages, items = collect(connect(fake))
    assert sorted(i.external_id for i in items) == sorted(good)
    assert any(bad in s for p in pages for s in p.skipped)


def test_non_json_is_malformed(fake):
    fake.inject(Response("<html>upstream connect error</html>", status=200, content_type="text/html"),
                path_contains="/mentions")
    with pytest.raises(Malformed):
        collect(connect(fake))


def test_expired_token_is_auth_expired_and_token_never_leaks(fake):
    connector = XConnector(ConnectorConfig(account_external_id=fake.me, token="expired-TOKEN-999",
                                           base_url=fake.url + "/2"))
    with pytest.raises(AuthExpired) as info:
        collect(connector)
    assert "expired-TOKEN-999" not in str(info.value)


def test_rate_limit_uses_reset_header(fake):
    reset = int(datetime(2030, 1, 1, 12, 15, tzinfo=UTC).timestamp())
    fake.inject(x_rate_limited(reset), path_contains="/mentions")
    with pytest.raises(RateLimited) as info:
        collect(connect(fake))
    assert info.value.retry_at == datetime(2030, 1, 1, 12, 15, tzinfo=UTC)
    assert info.value.code == "rate-limit"


def test_monthly_usage_cap(fake):
    fake.inject(x_usage_capped(), path_contains="/mentions")
    with pytest.raises(RateLimited) as info:
        collect(connect(fake))
    assert info.value.retry_at is None and info.value.code == "usage-capped"
    assert "monthly usage cap reached" in info.value.message


def test_server_error_is_transient(fake):
    fake.inject(x_server_error(503), path_contains="/mentions")
    with pytest.raises(Transient):
        collect(connect(fake))


def test_wrong_token_type_is_permission_missing(fake):
    fake.inject(x_unsupported_auth(), method="POST")
    with pytest.raises(PermissionMissing):
        connect(fake).reply(Target("1", "1", ItemKind.MENTION), "hi")


def test_closed_port_is_offline():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    connector = XConnector(ConnectorConfig(account_external_id="1", token=TOKEN,
                                           base_url=f"http://127.0.0.1:{port}/2"))
    with pytest.raises(Offline):
        collect(connector)


def test_cursor_resume_does_not_refetch(fake):
    anna = fake.add_user("anna")
    old = [fake.mention(anna, f"old {n}", created_at=ago(50 - n)) for n in range(3)]
    own_old = fake.add_tweet(fake.me, "@anna thanks", reply_to=old[0], created_at=ago(40))
    pages, items = collect(connect(fake))
    assert {i.external_id for i in items} == set(old) | {own_old}
    cursor = pages[-1].cursor
    state = json.loads(cursor)
    assert state["mentions"] == max(old, key=int) and state["own"] == own_old

    new = fake.mention(anna, "new one", created_at=ago(5))
    pages2, items2 = collect(connect(fake), cursor)
    assert [i.external_id for i in items2] == [new]
    last_mentions = [r for r in fake.requests if r.path.endswith("/mentions")][-1]
    assert last_mentions.args["since_id"] == max(old, key=int)
    # nothing new: the cursor stays put
    pages3, items3 = collect(connect(fake), pages2[-1].cursor)
    assert items3 == [] and json.loads(pages3[-1].cursor)["mentions"] == new


def test_cursor_only_advances_when_a_source_is_finished(fake):
    fake.page_cap = 2
    anna = fake.add_user("anna")
    for n in range(5):
        fake.mention(anna, f"m {n}", created_at=ago(30 - n))
    pages = list(connect(fake).fetch(None))
    mention_pages = pages[:3]
    assert json.loads(mention_pages[0].cursor)["mentions"] is None
    assert json.loads(mention_pages[-1].cursor)["mentions"] is not None


def test_keyword_search_dedups_against_mentions(fake):
    anna = fake.add_user("anna")
    both = fake.mention(anna, "the swimming pool is closed", created_at=ago(20))
    only_search = fake.add_tweet(anna, "swimming pool smells", created_at=ago(10))
    _, items = collect(connect(fake, keywords=["swimming pool"], keyword_monitoring=True))
    kinds = {i.external_id: i.kind for i in items}
    assert kinds == {both: ItemKind.MENTION, only_search: ItemKind.MENTION}
    search = [r for r in fake.requests if r.path.endswith("/search/recent")][0]
    assert search.args["query"] == "swimming pool -is:retweet"


def test_keyword_search_with_stale_since_id_starts_over(fake):
    anna = fake.add_user("anna")
    hit = fake.add_tweet(anna, "library hours?", created_at=ago(5))
    stale = {"v": 1, "mentions": None, "own": None, "search": {"library": "1500000000000000000"}}
    pages, items = collect(connect(fake, keywords=["library"], keyword_monitoring=True), json.dumps(stale))
    assert [i.external_id for i in items] == [hit]
    assert json.loads(pages[-1].cursor)["search"]["library"] == hit


def test_reply_round_trip_and_find_own_reply(fake):
    anna = fake.add_user("anna")
    mention = fake.mention(anna, "is the pool open?", created_at=ago(10))
    connector = connect(fake)
    pages, items = collect(connector)
    started = app_clock.now()
    text = "Yes,  until 20:00 — see https://kommune.example/pool 😀"
    sent = connector.reply(target(items[0]), text)
    stored = fake.replies_to(mention)
    assert [r["id"] for r in stored] == [sent.external_id]
    # X added the @name and a t.co link: find_own_reply still recognises it
    assert stored[0]["text"].startswith("@anna ") and "t.co" in stored[0]["text"]
    assert connector.find_own_reply(target(items[0]), text, started) == sent.external_id
    assert connector.find_own_reply(target(items[0]), "another text", started) is None
    # the next sync sees the reply as the account's own answer
    _, later = collect(connector, pages[-1].cursor)
    own = [i for i in later if i.external_id == sent.external_id]
    assert own and own[0].is_own and own[0].parent_external_id == mention


def test_duplicate_and_restricted_replies_are_permanent(fake):
    anna = fake.add_user("anna")
    mention = fake.mention(anna, "hi")
    connector = connect(fake)
    t = Target(mention, mention, ItemKind.MENTION)
    connector.reply(t, "Hello")
    with pytest.raises(Permanent) as info:
        connector.reply(t, "Hello")
    assert info.value.code == "duplicate"
    fake.reply_restricted.add(mention)
    with pytest.raises(Permanent) as info:
        connector.reply(t, "Something else")
    assert info.value.code == "reply-needs-mention"


def test_hide_unhide_round_trip(fake):
    anna = fake.add_user("anna")
    post = fake.add_tweet(fake.me, "Our post")
    rude = fake.add_tweet(anna, "rude reply", reply_to=post)
    connector = connect(fake)
    t = Target(rude, post, ItemKind.REPLY, parent_external_id=post)
    connector.set_hidden(t, True)
    assert fake.is_hidden(rude)
    connector.set_hidden(t, False)
    assert not fake.is_hidden(rude)
    assert connector.get_state(t) == {"exists": True, "hidden": None}
    other = fake.add_tweet(anna, "her own post")
    reply = fake.add_tweet(fake.add_user("bob"), "reply", reply_to=other)
    with pytest.raises(Permanent):
        connector.set_hidden(Target(reply, other, ItemKind.REPLY), True)


def test_delete_own_post_only(fake):
    anna = fake.add_user("anna")
    mention = fake.mention(anna, "hi")
    connector = connect(fake)
    sent = connector.reply(Target(mention, mention, ItemKind.MENTION), "Hello")
    own_target = Target(sent.external_id, mention, ItemKind.REPLY, parent_external_id=mention,
                        author_id=fake.me)
    connector.delete(own_target)
    assert not fake.exists(sent.external_id) and fake.replies_to(mention) == []
    assert connector.get_state(own_target) == {"exists": False, "hidden": None}
    with pytest.raises(Permanent):        # refused before any request: known foreign author
        connector.delete(Target(mention, mention, ItemKind.MENTION, author_id=anna))
    with pytest.raises(Permanent):        # refused by X when the author is not known here
        connector.delete(Target(mention, mention, ItemKind.MENTION))
    assert fake.exists(mention)


def test_mentions_beyond_800_are_unreachable(fake):
    anna = fake.add_user("anna")
    start = ago(2000)
    for n in range(805):
        fake.mention(anna, f"m{n}", created_at=start + timedelta(seconds=n))
    _, items = collect(connect(fake))
    assert len(items) == 800
    assert "m0" not in {i.text.split()[-1] for i in items}


def test_token_only_in_authorization_header(fake):
    anna = fake.add_user("anna")
    mention = fake.mention(anna, "hi")
    connector = connect(fake, keywords=["hi"], keyword_monitoring=True)
    collect(connector)
    connector.reply(Target(mention, mention, ItemKind.MENTION), "Hello")
    for logged in fake.requests:
        assert TOKEN not in logged.path and TOKEN not in json.dumps(logged.args)
        assert TOKEN not in json.dumps(logged.json or {})
        assert logged.headers.get("Authorization") == f"Bearer {TOKEN}"


def test_normalise_text():
    assert normalise_text("@anna  Hi &amp; bye https://t.co/abc") == normalise_text("Hi & bye https://x.example/long")
    assert normalise_text("Hi") != normalise_text("Hi!")


def test_not_permitted_is_permission_missing(fake):
    from tests.fakes.x_fake import x_forbidden
    fake.inject(x_forbidden("You are not permitted to perform this action."))
    with pytest.raises(PermissionMissing):
        collect(connect(fake))


def test_progress_reports_running_count(fake):
    anna = fake.add_user("anna")
    for n in range(3):
        fake.mention(anna, f"m{n}")
    seen = []
    list(connect(fake).fetch(None, progress=seen.append))
    assert seen and seen[-1] == 3


def test_daily_post_limit_uses_its_own_reset(fake):
    window = int(datetime(2030, 1, 1, 12, 15, tzinfo=UTC).timestamp())
    daily = int(datetime(2030, 1, 2, 9, 0, tzinfo=UTC).timestamp())
    response = x_rate_limited(window, limit=200)
    response.headers.update({"x-user-limit-24hour-limit": "100", "x-user-limit-24hour-remaining": "0",
                             "x-user-limit-24hour-reset": str(daily)})
    fake.inject(response, method="POST")
    with pytest.raises(RateLimited) as info:
        connect(fake).reply(Target("1", "1", ItemKind.MENTION), "hi")
    assert info.value.retry_at == datetime(2030, 1, 2, 9, 0, tzinfo=UTC)


# --- December 2026: replies only where the account was mentioned or quoted; pay-per-use -----------

def test_keywords_are_not_searched_until_monitoring_is_chosen(fake):
    anna = fake.add_user("anna")
    fake.add_tweet(anna, "swimming pool smells", created_at=ago(10))
    _, items = collect(connect(fake, keywords=["swimming pool"]))
    assert items == [] and not [r for r in fake.requests if r.path.endswith("/search/recent")]


def test_keyword_hits_that_do_not_engage_the_account_cannot_be_answered_here(fake):
    anna = fake.add_user("anna")
    own = fake.add_tweet(fake.me, "Swimming pool opening hours", created_at=ago(60))
    plain = fake.add_tweet(anna, "swimming pool smells", created_at=ago(10))
    quoting = fake.add_tweet(anna, "swimming pool: see this", quote_of=own, created_at=ago(9))
    naming = fake.add_tweet(anna, "swimming pool @KOMMUNE help", created_at=ago(8))
    _, items = collect(connect(fake, keywords=["swimming pool"], keyword_monitoring=True))
    can = {i.external_id: i.can_reply for i in items if not i.is_own}
    assert can == {plain: False, quoting: True, naming: True}
    # ... and the fake, like X since Feb 2026, refuses the reply the connector would not offer.
    with pytest.raises(Permanent) as info:
        connect(fake).reply(Target(plain, plain, ItemKind.MENTION), "Hej")
    assert info.value.code == "reply-needs-mention" and "x.com" in info.value.message
    assert fake.replies_to(plain) == []
    assert connect(fake).reply(Target(quoting, quoting, ItemKind.MENTION), "Hej").external_id
    assert len(fake.replies_to(quoting)) == 1


def test_credits_depleted_is_recognised(fake):
    from tests.fakes.x_fake import x_credits_depleted
    fake.inject(x_credits_depleted())
    before = app_clock.now()
    with pytest.raises(RateLimited) as info:
        collect(connect(fake))
    assert info.value.code == "credits-depleted" and "credits" in info.value.message
    assert info.value.retry_at is not None and info.value.retry_at > before


def test_monthly_cost_estimate():
    from app.connectors.x import monthly_cost_estimate
    base = monthly_cost_estimate(10, 50, 5, keyword_monitoring=False)
    assert base == monthly_cost_estimate(10, 0, 5, keyword_monitoring=True) > 0
    assert monthly_cost_estimate(10, 50, 5, keyword_monitoring=True) > base
    # 10 mentions and 5 replies a day: 30 * (15 * 0.005 + 10 * 0.010 + 5 * 0.015) = 7.5 USD
    assert base == 7.5
