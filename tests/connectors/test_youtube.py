"""YouTubeConnector against the fake YouTube Data API over real HTTP on 127.0.0.1."""
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
from app.connectors.youtube import YouTubeConnector, html_to_text, next_pacific_midnight
from tests.fakes.server import FakeServer
from tests.fakes.youtube_fake import YouTubeFake, yt_error, yt_rate_limited, yt_server_error
from tests.timekit import TEST_NOW

TOKEN = "ya29.SECRET-youtube-token"
HOSTILE = "<b>x</b><script>alert(1)</script> 😀"


@pytest.fixture
def fake():
    platform = YouTubeFake()
    platform.valid_tokens = {TOKEN}
    with FakeServer(platform) as server:
        platform.url = server.url
        yield platform


def connect(fake, channel="default", **extra) -> YouTubeConnector:
    return YouTubeConnector(ConnectorConfig(account_external_id=fake.channel_id if channel == "default" else channel,
                                            token=TOKEN, base_url=fake.url + "/youtube/v3", extra=extra))


def collect(connector, cursor=None):
    pages = list(connector.fetch(cursor))
    return pages, [i for p in pages for i in p.items]


# One fixed "now" per module: comparing against a clock read later could cross a second.
# Data seeded "a few minutes ago", so what a test adds at the clock's now is newer.
NOW = (TEST_NOW - timedelta(minutes=5)).replace(microsecond=0)


def ago(minutes: float) -> datetime:
    return NOW - timedelta(minutes=minutes)


def target(item) -> Target:
    return Target(external_id=item.external_id, thread_external_id=item.thread_external_id,
                  kind=item.kind, parent_external_id=item.parent_external_id, author_id=item.author_id)


def test_helpers():
    # winter (PST, UTC-8) and summer (PDT, UTC-7)
    assert next_pacific_midnight(datetime(2025, 1, 15, 12, 0, tzinfo=UTC)) == \
        datetime(2025, 1, 16, 8, 0, tzinfo=UTC)
    assert next_pacific_midnight(datetime(2025, 7, 15, 6, 59, tzinfo=UTC)) == \
        datetime(2025, 7, 15, 7, 0, tzinfo=UTC)
    assert html_to_text("a &amp; b<br>c <a href=\"x\">link</a> &#39;q&#39; <3") == "a & b\nc link 'q' <3"


def test_whoami_and_capabilities(fake):
    connector = connect(fake, channel=None)
    me = connector.whoami()
    assert me.external_id == fake.channel_id and me.name == "Svarbox Kommune"
    assert connector.capabilities == frozenset({Capability.REPLY, Capability.REJECT, Capability.HIDE,
                                                Capability.UNHIDE, Capability.DELETE})
    assert connector.reply_limit == 10000


def test_pages_to_the_end_repeats_dropped_timestamps_and_titles(fake):
    fake.page_cap = 3
    fake.page_overlap = 1
    video = fake.add_video("Budget meeting")
    ids = [fake.add_comment(video, f"user{n}", f"comment {n}", created_at=ago(100 - n)) for n in range(8)]
    pages, items = collect(connect(fake))
    assert sorted(i.external_id for i in items) == sorted(ids)
    assert len(items) == len({i.external_id for i in items})
    by_id = {i.external_id: i for i in items}
    # the fake alternates timestamps with and without milliseconds
    assert by_id[ids[0]].received_at == ago(100) and by_id[ids[1]].received_at == ago(99)
    assert by_id[ids[0]].received_at.utcoffset() == timedelta(0)
    first = by_id[ids[0]]
    assert first.kind is ItemKind.COMMENT and first.thread_external_id == video and first.can_reply
    assert first.author_name == "@user0" and not first.is_own
    threads = {t.external_id: t for p in pages for t in p.threads}
    assert threads[video].text == "Budget meeting" and threads[video].kind == "video"
    thread_requests = [r for r in fake.requests if r.path.endswith("/commentThreads")
                       and "moderationStatus" not in r.args]
    assert len(thread_requests) >= 3
    assert thread_requests[0].args["order"] == "time" and thread_requests[0].args["maxResults"] == "100"


def test_replies_beyond_the_subset_are_paged_and_own_replies_recognised(fake):
    fake.page_cap = 2
    video = fake.add_video("v")
    top = fake.add_comment(video, "anna", "question", created_at=ago(60))
    replies = [fake.add_comment(video, f"u{n}", f"reply {n}", parent=top, created_at=ago(50 - n)) for n in range(4)]
    own = fake.own_comment(video, "our answer", parent=top, created_at=ago(30))
    _, items = collect(connect(fake))
    by_id = {i.external_id: i for i in items}
    assert set(by_id) == {top, own, *replies}
    assert by_id[replies[3]].kind is ItemKind.REPLY and by_id[replies[3]].parent_external_id == top
    assert by_id[replies[3]].can_reply is False
    assert by_id[own].is_own and by_id[own].parent_external_id == top
    assert any(r.path.endswith("/comments") and r.args.get("parentId") == top for r in fake.requests)


def test_moderation_queues_are_hidden_items(fake):
    video = fake.add_video("v")
    held = fake.add_comment(video, "anna", "held one", status="heldForReview")
    spam = fake.add_comment(video, "bot", "buy now", status="likelySpam")
    public = fake.add_comment(video, "bob", "hello")
    _, items = collect(connect(fake))
    by_id = {i.external_id: i for i in items}
    assert by_id[held].is_hidden and by_id[held].moderation_status == "heldForReview"
    assert by_id[spam].is_hidden and by_id[spam].moderation_status == "likelySpam"
    assert not by_id[public].is_hidden and by_id[public].moderation_status is None


def test_missing_optional_fields_discussion_threads_and_html_fallback(fake):
    fake.force_html_display = True
    discussion = fake.add_comment(None, "anna", "old discussion", created_at=ago(30))
    video = fake.add_video("v")
    no_original = fake.add_comment(video, "bob", "Tom & Jerry's\nline <3", with_original=False)
    pages, items = collect(connect(fake))
    by_id = {i.external_id: i for i in items}
    assert by_id[discussion].thread_external_id == fake.channel_id and by_id[discussion].url is None
    assert by_id[no_original].text == "Tom & Jerry's\nline <3"
    assert fake.channel_id in {t.external_id for p in pages for t in p.threads}


def test_hostile_text_and_emoji_byte_exact(fake):
    video = fake.add_video("v")
    fake.add_comment(video, "anna", HOSTILE)
    _, items = collect(connect(fake))
    assert items[0].text.encode("utf-8") == HOSTILE.encode("utf-8")


def test_malformed_item_skipped_rest_kept(fake):
    video = fake.add_video("v")
    good = [fake.add_comment(video, "anna", f"ok {n}", created_at=ago(10 - n)) for n in range(3)]
    bad = fake.add_comment(video, "bob", "broken", created_at=ago(20))
    fake.break_comment(bad)
    pages, items = collect(connect(fake))
    assert sorted(i.external_id for i in items) == sorted(good)
    assert any(bad in s for p in pages for s in p.skipped)


def test_non_json_is_malformed(fake):
    fake.inject(Response("<html>502</html>", status=200, content_type="text/html"), path_contains="/commentThreads")
    with pytest.raises(Malformed):
        collect(connect(fake))


def test_expired_token_is_auth_expired_without_leaking(fake):
    connector = YouTubeConnector(ConnectorConfig(account_external_id=fake.channel_id, token="ya29.OLD-token",
                                                 base_url=fake.url + "/youtube/v3"))
    with pytest.raises(AuthExpired) as info:
        collect(connector)
    assert "ya29.OLD-token" not in str(info.value)


def test_quota_exceeded_waits_for_pacific_midnight(fake):
    fake.quota_limit = 2
    before = app_clock.now()
    with pytest.raises(RateLimited) as info:
        collect(connect(fake))
    assert info.value.code == "quotaExceeded"
    assert info.value.retry_at in (next_pacific_midnight(before), next_pacific_midnight(app_clock.now()))
    assert "<a" not in info.value.message


def test_rate_limit_backs_off_without_time(fake):
    fake.inject(yt_rate_limited("userRateLimitExceeded"))
    with pytest.raises(RateLimited) as info:
        collect(connect(fake))
    assert info.value.retry_at is None and info.value.code == "userRateLimitExceeded"


def test_server_error_is_transient_and_closed_port_offline(fake):
    fake.inject(yt_server_error(503))
    with pytest.raises(Transient):
        collect(connect(fake))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    connector = YouTubeConnector(ConnectorConfig(account_external_id="UCx", token=TOKEN,
                                                 base_url=f"http://127.0.0.1:{port}/youtube/v3"))
    with pytest.raises(Offline):
        collect(connector)


def test_plain_words_for_write_errors(fake):
    video = fake.add_video("v")
    top = fake.add_comment(video, "anna", "q")
    reply = fake.add_comment(video, "bob", "r", parent=top)
    connector = connect(fake)
    with pytest.raises(Permanent) as info:
        connector.reply(Target(top, video, ItemKind.COMMENT), "x" * 10001)
    assert info.value.code == "commentTextTooLong" and "too long" in info.value.message
    fake.comments_disabled.add(video)
    with pytest.raises(Permanent) as info:
        connector.reply(Target(top, video, ItemKind.COMMENT), "hi")
    assert info.value.code == "commentsDisabled"
    fake.inject(yt_error(400, "operationNotSupported", "no"), method="POST")
    with pytest.raises(Permanent):
        connector.reply(Target(reply, video, ItemKind.REPLY, parent_external_id=top), "hi")
    fake.inject(yt_error(403, "forbidden", "The request is not properly authorized."))
    with pytest.raises(PermissionMissing):
        connector.set_hidden(Target(top, video, ItemKind.COMMENT), True)
    with pytest.raises(Permanent) as info:
        connector.set_hidden(Target("Ugzmissing", video, ItemKind.COMMENT), True)
    assert info.value.code == "commentNotFound"


def test_cursor_resume_does_not_refetch(fake):
    video = fake.add_video("v")
    old = [fake.add_comment(video, "anna", f"old {n}", created_at=ago(300 - 50 * n)) for n in range(3)]
    pages, items = collect(connect(fake))
    assert len(items) == 3
    cursor = pages[-1].cursor
    state = json.loads(cursor)
    assert state["full_at"] and state["newest"]

    new = fake.add_comment(video, "bob", "new", created_at=ago(1))
    new_reply = fake.add_comment(video, "carl", "late reply on an old thread", parent=old[-1], created_at=ago(1))
    pages2, items2 = collect(connect(fake), cursor)
    assert {i.external_id for i in items2} == {new, new_reply}
    pages3, items3 = collect(connect(fake), pages2[-1].cursor)
    assert items3 == []


def test_incremental_sync_stops_paging_at_the_cursor(fake):
    fake.page_cap = 2
    video = fake.add_video("v")
    for n in range(10):
        fake.add_comment(video, "anna", f"old {n}", created_at=ago(1000 - 30 * n))
    pages, _ = collect(connect(fake))
    cursor = pages[-1].cursor
    new = fake.add_comment(video, "bob", "new", created_at=ago(1))
    before = len(fake.requests)
    _, items = collect(connect(fake), cursor)
    assert [i.external_id for i in items] == [new]
    published_reads = [r for r in fake.requests[before:] if r.path.endswith("/commentThreads")
                       and "moderationStatus" not in r.args]
    assert len(published_reads) == 2      # not all five pages
    # a day later the next sync is a complete scan again
    state = json.loads(cursor)
    state["full_at"] = (app_clock.now() - timedelta(hours=25)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    before = len(fake.requests)
    collect(connect(fake), json.dumps(state))
    published_reads = [r for r in fake.requests[before:] if r.path.endswith("/commentThreads")
                       and "moderationStatus" not in r.args]
    assert len(published_reads) >= 5


def test_approved_comment_leaves_the_queue(fake):
    video = fake.add_video("v")
    held = fake.add_comment(video, "anna", "held", status="heldForReview", created_at=ago(120))
    pages, items = collect(connect(fake))
    assert items[0].is_hidden
    connector = connect(fake)
    connector.set_hidden(Target(held, video, ItemKind.COMMENT), False)
    assert fake.status_of(held) == "published"
    _, items2 = collect(connector, pages[-1].cursor)
    assert [(i.external_id, i.is_hidden, i.moderation_status) for i in items2] == [(held, False, None)]


def test_reply_round_trip_find_own_reply_and_delete(fake):
    video = fake.add_video("v")
    top = fake.add_comment(video, "anna", "question", created_at=ago(10))
    nested = fake.add_comment(video, "bob", "follow-up", parent=top, created_at=ago(5))
    connector = connect(fake)
    started = app_clock.now()
    # answering a reply posts under its top-level comment (flat threads)
    sent = connector.reply(Target(nested, video, ItemKind.REPLY, parent_external_id=top), "Thanks 😀")
    assert [r["id"] for r in fake.replies_to(top)] == [sent.external_id]
    assert sent.external_id.startswith(top + ".")
    body = [r for r in fake.requests if r.method == "POST"][-1].json
    assert body == {"snippet": {"parentId": top, "textOriginal": "Thanks 😀"}}
    t = Target(top, video, ItemKind.COMMENT)
    assert connector.find_own_reply(t, "Thanks  😀", started) == sent.external_id
    assert connector.find_own_reply(t, "other", started) is None
    assert connector.find_own_reply(t, "Thanks 😀", started + timedelta(hours=1)) is None
    own = Target(sent.external_id, video, ItemKind.REPLY, parent_external_id=top, author_id=fake.channel_id)
    connector.delete(own)
    assert fake.replies_to(top) == []
    assert connector.get_state(own) == {"exists": False, "hidden": None}
    with pytest.raises(Permanent):      # others' comments: reject, not delete
        connector.delete(Target(top, video, ItemKind.COMMENT, author_id="UCsomeoneelse"))
    with pytest.raises(PermissionMissing):   # author unknown here: YouTube refuses
        connector.delete(Target(top, video, ItemKind.COMMENT))
    assert fake.comment(top) is not None


def test_hide_unhide_reject(fake):
    video = fake.add_video("v")
    top = fake.add_comment(video, "anna", "rude")
    connector = connect(fake)
    t = Target(top, video, ItemKind.COMMENT)
    connector.set_hidden(t, True)
    assert fake.status_of(top) == "heldForReview"
    assert connector.get_state(t) == {"exists": True, "hidden": True}
    connector.set_hidden(t, False)
    assert fake.status_of(top) == "published"
    assert connector.get_state(t) == {"exists": True, "hidden": None}
    connector.reject(t, ban_author=True)
    assert fake.status_of(top) == "rejected" and fake.comment(top)["author_channel"] in fake.banned
    assert connector.get_state(t) == {"exists": False, "hidden": None}
    with pytest.raises(Permanent):        # rejected is final
        connector.set_hidden(t, False)


def test_token_only_in_authorization_header(fake):
    video = fake.add_video("v")
    top = fake.add_comment(video, "anna", "q")
    connector = connect(fake)
    collect(connector)
    connector.reply(Target(top, video, ItemKind.COMMENT), "a")
    for logged in fake.requests:
        assert TOKEN not in logged.path and TOKEN not in json.dumps(logged.args)
        assert logged.headers["Authorization"] == f"Bearer {TOKEN}"


def test_approved_comment_beyond_the_paging_stop_is_looked_up(fake):
    fake.page_cap = 1
    video = fake.add_video("v")
    held = fake.add_comment(video, "anna", "held", status="heldForReview", created_at=ago(500))
    for minutes in (400, 300):
        fake.add_comment(video, "bob", f"c{minutes}", created_at=ago(minutes))
    pages, _ = collect(connect(fake))
    assert json.loads(pages[-1].cursor)["queued"] == {held: "heldForReview"}
    fake.comments[held]["status"] = "published"         # approved in YouTube Studio
    _, items = collect(connect(fake), pages[-1].cursor)
    assert [(i.external_id, i.is_hidden) for i in items] == [(held, False)]
    assert any(r.path.endswith("/comments") and r.args.get("id") == held for r in fake.requests)


def test_progress_reports_running_count(fake):
    video = fake.add_video("v")
    for n in range(3):
        fake.add_comment(video, "anna", f"c{n}")
    seen = []
    list(connect(fake).fetch(None, progress=seen.append))
    assert seen and seen[-1] == 3 and seen == sorted(seen)
