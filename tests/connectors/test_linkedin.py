"""LinkedInConnector against the fake LinkedIn API over real HTTP on 127.0.0.1."""
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
from app.connectors.linkedin import (
    LINKEDIN_VERSION,
    VERSION_WARNING_DAYS,
    VERSIONS,
    LinkedInConnector,
    comment_parts,
    configured_version,
    next_utc_midnight,
    normalise_comment_urn,
    org_urn,
    version_status,
)
from tests.fakes.linkedin_fake import LinkedInFake, li_access_denied, li_server_error, li_throttled, li_unauthorized
from tests.fakes.server import FakeServer
from tests.timekit import TEST_NOW

TOKEN = "li-token-SECRET-456"
HOSTILE = "<b>x</b><script>alert(1)</script> 😀"
ANNA = "urn:li:person:anna"
BOB = "urn:li:person:bob"


@pytest.fixture
def fake():
    platform = LinkedInFake()
    platform.valid_tokens = {TOKEN}
    with FakeServer(platform) as server:
        platform.url = server.url
        yield platform


def connect(fake, account=None, **extra) -> LinkedInConnector:
    return LinkedInConnector(ConnectorConfig(account_external_id=account or fake.org_id, token=TOKEN,
                                             base_url=fake.url + "/rest", extra=extra))


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


def test_urn_helpers():
    assert org_urn("2414183") == org_urn("urn:li:organization:2414183") == "urn:li:organization:2414183"
    with pytest.raises(Permanent):
        org_urn("urn:li:person:x")
    long = "urn:li:comment:(urn:li:activity:6631349431612559360,6636062862760562688)"
    assert normalise_comment_urn("urn:li:comment:(activity:6631349431612559360,6636062862760562688)") == long
    assert normalise_comment_urn(long) == long
    assert comment_parts(long) == ("urn:li:activity:6631349431612559360", "6636062862760562688")
    assert next_utc_midnight(datetime(2025, 3, 1, 23, 59, tzinfo=UTC)) == \
        datetime(2025, 3, 2, tzinfo=UTC)


def test_whoami_headers_and_capabilities(fake):
    connector = connect(fake, account="urn:li:organization:" + fake.org_id)
    me = connector.whoami()
    assert me.external_id == fake.org and me.name == "Svarbox Kommune"
    assert connector.capabilities == frozenset({Capability.REPLY, Capability.DELETE})
    assert connector.reply_limit == 1250
    headers = fake.requests[-1].headers
    assert headers["Linkedin-Version"] == LINKEDIN_VERSION and headers["X-Restli-Protocol-Version"] == "2.0.0"


def test_pages_followed_to_the_end_with_repeats_dropped(fake):
    fake.page_cap = 3
    fake.page_overlap = 1
    posts = [fake.add_post(f"Post {n}", created_at=ago(500 - n)) for n in range(4)]
    comments = [fake.add_comment(posts[0], ANNA, f"c{n}", created_at=ago(100 - n)) for n in range(7)]
    pages, items = collect(connect(fake))
    assert sorted(i.external_id for i in items) == sorted(comments)
    assert len(items) == len(set(i.external_id for i in items))
    assert {t.external_id for p in pages for t in p.threads} == set(posts)
    first = next(i for i in items if i.external_id == comments[0])
    assert first.received_at == ago(100) and first.received_at.utcoffset() == timedelta(0)
    assert first.kind is ItemKind.COMMENT and first.thread_external_id == posts[0]
    assert first.author_id == ANNA and first.author_name is None and not first.is_own
    post_requests = [r for r in fake.requests if r.path == "/rest/posts"]
    assert len(post_requests) >= 2 and post_requests[0].args["author"] == fake.org


def test_finder_without_total_stops_on_short_page(fake):
    fake.omit_total = True
    fake.page_cap = 2
    post = fake.add_post("Post")
    comments = [fake.add_comment(post, ANNA, f"c{n}", created_at=ago(50 - n)) for n in range(4)]
    _, items = collect(connect(fake))
    assert sorted(i.external_id for i in items) == sorted(comments)
    comment_requests = [r for r in fake.requests if r.path.endswith("/comments")]
    assert [r.args["start"] for r in comment_requests] == ["0", "2", "4"]


def test_replies_urn_forms_and_own_replies(fake):
    post = fake.add_post("Post")
    top = fake.add_comment(post, ANNA, "question", created_at=ago(60))
    citizen_reply = fake.add_comment(post, BOB, "me too", parent=top, created_at=ago(50))
    own = fake.add_comment(post, fake.org, "answer", parent=top, created_at=ago(40))
    _, items = collect(connect(fake))
    by_id = {i.external_id: i for i in items}
    assert set(by_id) == {top, citizen_reply, own}
    assert all(i.startswith("urn:li:comment:(urn:li:activity:") for i in by_id)
    assert by_id[citizen_reply].kind is ItemKind.REPLY and by_id[citizen_reply].parent_external_id == top
    assert by_id[own].is_own and by_id[own].parent_external_id == top
    assert by_id[own].author_name == "Svarbox Kommune" or by_id[own].author_name is None


def test_missing_optional_fields(fake):
    post = fake.add_post("Post")
    minimal = fake.add_comment(post, ANNA, "only $URN, no summary", minimal=True, created_at=ago(30))
    reply = fake.add_comment(post, BOB, "reply under a minimal comment", parent=minimal, created_at=ago(20))
    image_only = fake.add_comment(post, BOB, None, created_at=ago(10))
    _, items = collect(connect(fake))
    by_id = {i.external_id: i for i in items}
    assert set(by_id) == {minimal, reply, image_only}      # no summary: replies looked up anyway
    assert by_id[image_only].text == ""


def test_hostile_text_and_emoji_byte_exact(fake):
    post = fake.add_post("Post")
    fake.add_comment(post, ANNA, HOSTILE)
    _, items = collect(connect(fake))
    assert items[0].text.encode("utf-8") == HOSTILE.encode("utf-8")


def test_malformed_item_skipped_rest_kept(fake):
    post = fake.add_post("Post")
    good = [fake.add_comment(post, ANNA, f"ok {n}", created_at=ago(10 - n)) for n in range(3)]
    bad = fake.add_comment(post, BOB, "broken")
    fake.break_comment(bad)
    pages, items = collect(connect(fake))
    assert sorted(i.external_id for i in items) == sorted(good)
    assert any("skipped" in s for p in pages for s in p.skipped)


def test_non_json_is_malformed(fake):
    fake.add_post("Post")
    fake.inject(Response("<html>gateway</html>", status=200, content_type="text/html"), path_contains="/comments")
    with pytest.raises(Malformed):
        collect(connect(fake))


@pytest.mark.parametrize("service_code", [65600, 65601])
def test_expired_or_revoked_token(fake, service_code):
    fake.inject(li_unauthorized(service_code))
    with pytest.raises(AuthExpired) as info:
        collect(connect(fake))
    assert info.value.code == str(service_code) and TOKEN not in info.value.message


def test_wrong_token_is_auth_expired_without_leaking(fake):
    connector = LinkedInConnector(ConnectorConfig(account_external_id=fake.org_id, token="stale-TOKEN-1",
                                                  base_url=fake.url + "/rest"))
    with pytest.raises(AuthExpired) as info:
        connector.whoami()
    assert "stale-TOKEN-1" not in str(info.value)


def test_access_denied_version_inactive_throttle_and_5xx(fake):
    connector = connect(fake)
    fake.inject(li_access_denied(), times=2)       # the organization lookup and the ACL fallback
    with pytest.raises(PermissionMissing):
        connector.whoami()
    saved = fake.active_versions
    fake.active_versions = {"202612"}
    with pytest.raises(Permanent) as info:
        connector.whoami()
    assert info.value.code == "version-inactive"
    assert info.value.message.startswith("LinkedIn needs a newer API version")
    fake.active_versions = saved
    fake.inject(li_throttled())
    before = app_clock.now()
    with pytest.raises(RateLimited) as limited:
        connector.whoami()
    assert limited.value.retry_at == next_utc_midnight(before) or \
        limited.value.retry_at == next_utc_midnight(app_clock.now())
    assert limited.value.retry_at.hour == 0 and limited.value.retry_at > before
    fake.inject(li_server_error(502))
    with pytest.raises(Transient):
        connector.whoami()


def test_closed_port_is_offline():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    connector = LinkedInConnector(ConnectorConfig(account_external_id="1", token=TOKEN,
                                                  base_url=f"http://127.0.0.1:{port}/rest"))
    with pytest.raises(Offline):
        connector.whoami()


def test_cursor_resume_does_not_return_older_items(fake):
    post = fake.add_post("Post", created_at=ago(600))
    old = fake.add_comment(post, ANNA, "old", created_at=ago(300))
    old_with_replies = fake.add_comment(post, ANNA, "old thread", created_at=ago(200))
    fake.add_comment(post, BOB, "old reply", parent=old_with_replies, created_at=ago(100))
    pages, items = collect(connect(fake))
    assert len(items) == 3
    cursor = pages[-1].cursor
    state = json.loads(cursor)
    assert state["posts"][post]["rc"] == {old_with_replies: 1}

    new = fake.add_comment(post, BOB, "new", created_at=ago(1))
    new_reply = fake.add_comment(post, ANNA, "new reply", parent=old_with_replies, created_at=ago(1))
    pages2, items2 = collect(connect(fake), cursor)
    assert {i.external_id for i in items2} == {new, new_reply}
    assert old not in {i.external_id for i in items2}

    # unchanged reply count: the replies are not read again
    before = len(fake.requests)
    pages3, items3 = collect(connect(fake), pages2[-1].cursor)
    assert items3 == []
    reply_reads = [r for r in fake.requests[before:] if "urn:li:comment:" in r.path]
    assert reply_reads == []


def test_cursor_drops_posts_outside_window(fake):
    posts = [fake.add_post(f"p{n}", created_at=ago(100 - n)) for n in range(3)]
    pages, _ = collect(connect(fake, linkedin_max_posts=2))
    assert set(json.loads(pages[-1].cursor)["posts"]) == set(posts[1:])


def test_reply_round_trip_find_and_delete(fake):
    post = fake.add_post("Post")
    top = fake.add_comment(post, ANNA, "question", created_at=ago(10))
    connector = connect(fake)
    _, items = collect(connector)
    started = app_clock.now()
    sent = connector.reply(target(items[0]), "Thanks  for asking 😀")
    stored = fake.replies_to(top)
    assert [r["urn"] for r in stored] == [sent.external_id]
    assert stored[0]["text"] == "Thanks  for asking 😀"
    body = [r for r in fake.requests if r.method == "POST"][-1].json
    assert body["actor"] == fake.org and body["parentComment"] == top
    assert body["object"] == comment_parts(top)[0] and body["object"].startswith("urn:li:activity:")
    assert connector.find_own_reply(target(items[0]), "Thanks for asking 😀", started) == sent.external_id
    assert connector.find_own_reply(target(items[0]), "other", started) is None
    own_target = Target(sent.external_id, post, ItemKind.REPLY, parent_external_id=top)
    assert connector.get_state(own_target) == {"exists": True, "hidden": False}
    connector.delete(own_target)
    assert fake.replies_to(top) == []
    delete_request = [r for r in fake.requests if r.method == "DELETE"][-1]
    assert delete_request.args["actor"] == fake.org
    assert connector.get_state(own_target) == {"exists": False, "hidden": False}
    with pytest.raises(Permanent):
        connector.delete(own_target)


def test_reply_to_a_reply_goes_under_the_top_level_comment(fake):
    post = fake.add_post("Post")
    top = fake.add_comment(post, ANNA, "question")
    nested = fake.add_comment(post, BOB, "follow-up", parent=top)
    connector = connect(fake)
    sent = connector.reply(Target(nested, post, ItemKind.REPLY, parent_external_id=top), "Answer")
    assert [r["urn"] for r in fake.replies_to(top)] == [sent.external_id]


def test_reply_id_from_restli_header_when_no_body(fake):
    fake.create_returns_body = False
    post = fake.add_post("Post")
    top = fake.add_comment(post, ANNA, "question")
    sent = connect(fake).reply(Target(top, post, ItemKind.COMMENT), "Answer")
    assert [r["urn"] for r in fake.replies_to(top)] == [sent.external_id]


def test_delete_citizen_comment_and_hide_unsupported(fake):
    post = fake.add_post("Post")
    top = fake.add_comment(post, ANNA, "spam")
    connector = connect(fake)
    t = Target(normalise_comment_urn(top.replace("urn:li:activity:", "activity:")), post, ItemKind.COMMENT)
    with pytest.raises(Permanent):
        connector.set_hidden(t, True)
    connector.delete(t)
    assert not fake.exists(top)


def test_token_only_in_authorization_header(fake):
    post = fake.add_post("Post")
    top = fake.add_comment(post, ANNA, "q")
    connector = connect(fake)
    collect(connector)
    connector.reply(Target(top, post, ItemKind.COMMENT), "a")
    for logged in fake.requests:
        assert TOKEN not in logged.path and TOKEN not in json.dumps(logged.args)
        assert logged.headers["Authorization"] == f"Bearer {TOKEN}"


# --- versions, identity without the admin permission, the documented reply object ---------------

def test_version_table_is_dated_ordered_and_lists_the_pin():
    names = [v[0] for v in VERSIONS]
    assert names == sorted(names) and LINKEDIN_VERSION in names
    for name, released, sunset, source in VERSIONS:
        assert sunset > released and (sunset - released).days >= 365 - 31, name   # "minimum of one year"
        assert source in ("migrations table", "estimated")
    assert dict((v[0], v[2]) for v in VERSIONS)["202511"] == datetime(2026, 11, 16).date()


def test_version_status_thresholds():
    sunset = dict((v[0], v[2]) for v in VERSIONS)[LINKEDIN_VERSION]
    assert version_status(LINKEDIN_VERSION, sunset - timedelta(days=VERSION_WARNING_DAYS + 1)) == "ok"
    assert version_status(LINKEDIN_VERSION, sunset - timedelta(days=VERSION_WARNING_DAYS)) == "soon"
    assert version_status(LINKEDIN_VERSION, sunset) == "sunset"
    assert version_status("199901", sunset) == "unknown"


def _release_date():
    """The later of the test clock and the newest commit's date: the guard below must start
    failing as development moves towards the pinned version's sunset, without reading the
    wall clock (the commit date is part of the source, the same on every run of it)."""
    import subprocess
    from pathlib import Path
    day = TEST_NOW.date()
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cI"], capture_output=True, text=True,
                             cwd=Path(__file__).parent, timeout=10).stdout.strip()
        if out:
            day = max(day, datetime.fromisoformat(out).date())
    except (OSError, ValueError, subprocess.SubprocessError):
        pass
    return day


def test_pinned_version_is_not_within_90_days_of_its_sunset():
    day = _release_date()
    assert version_status(LINKEDIN_VERSION, day) == "ok", (
        f"LinkedIn-Version {LINKEDIN_VERSION} is sunset or within {VERSION_WARNING_DAYS} days of its sunset on "
        f"{day}: pin a newer version (and update VERSIONS from LinkedIn's migrations table)")


def test_version_setting_is_used_and_nonsense_falls_back(fake):
    assert configured_version({"linkedin_version": "nonsense"}) == LINKEDIN_VERSION
    assert configured_version({}) == LINKEDIN_VERSION
    connect(fake, linkedin_version="202603").whoami()
    assert fake.requests[-1].headers["Linkedin-Version"] == "202603"


def test_fake_refuses_a_sunset_version_by_date(fake):
    fake.today = lambda: datetime(2026, 12, 6).date()      # the day LinkedIn refuses 202511
    old = connect(fake, linkedin_version="202511")
    with pytest.raises(Permanent) as info:
        old.whoami()
    assert info.value.code == "version-inactive"
    assert "LinkedIn needs a newer API version" in info.value.message
    assert connect(fake).whoami().external_id == fake.org        # the pinned version still works
    fake.today = lambda: datetime(2026, 11, 15).date()           # the day before its sunset: accepted
    assert old.whoami().external_id == fake.org


def test_whoami_without_organization_admin_uses_the_acl_lookup(fake):
    fake.org_admin_permission = False
    me = LinkedInConnector(ConnectorConfig(account_external_id=fake.org_id, token=TOKEN, handle="Svarbox Kommune",
                                           base_url=fake.url + "/rest")).whoami()
    assert me.external_id == fake.org and me.name == "Svarbox Kommune"
    acl = [r for r in fake.requests if r.path == "/rest/organizationAcls"][-1]
    assert acl.args["q"] == "roleAssignee"
    assert connect(fake).whoami().name == f"LinkedIn organization {fake.org_id}"   # no name typed


def test_whoami_refuses_a_member_who_is_not_an_approved_admin(fake):
    fake.org_admin_permission = False
    fake.acls = [{"role": "ADMINISTRATOR", "state": "REQUESTED"}, {"role": "ANALYST", "state": "APPROVED"}]
    with pytest.raises(PermissionMissing) as info:
        connect(fake).whoami()
    assert info.value.code == "not-an-admin" and "administrator" in info.value.message


def test_fake_refuses_a_nested_reply_naming_the_share_as_object(fake):
    import requests as rq
    post = fake.add_post("Post")
    top = fake.add_comment(post, ANNA, "question")
    from urllib.parse import quote
    answer = rq.post(f"{fake.url}/rest/socialActions/{quote(top, safe='')}/comments",
                     json={"actor": fake.org, "object": post, "parentComment": top, "message": {"text": "x"}},
                     headers={"Authorization": f"Bearer {TOKEN}", "LinkedIn-Version": LINKEDIN_VERSION,
                              "X-Restli-Protocol-Version": "2.0.0"}, timeout=10)
    assert answer.status_code == 400 and fake.replies_to(top) == []
    sent = connect(fake).reply(Target(top, post, ItemKind.COMMENT), "Answer")     # the documented shape
    assert [r["urn"] for r in fake.replies_to(top)] == [sent.external_id]


def test_an_older_post_still_in_conversation_is_read_after_newer_posts_push_it_out(fake):
    # Found by the chaos long runs (seeds 20261221 and 20261222): publishing pushed the post
    # citizens kept commenting on out of the newest posts scanned, and their comments were
    # never read. An older post with a comment in the last 30 days stays watched.
    anchor = fake.add_post("Vejarbejde på Søndergade", created_at=ago(600))
    quiet = fake.add_post("Gammel nyhed", created_at=NOW - timedelta(days=50))
    fake.add_comment(anchor, ANNA, "Hvornår er I færdige?", created_at=ago(500))
    fake.add_comment(quiet, BOB, "Tak", created_at=NOW - timedelta(days=40))
    pages, _ = collect(connect(fake, linkedin_max_posts=2))
    cursor = pages[-1].cursor
    for n in range(2):                           # two newer posts fill the scanned window
        fake.add_post(f"Nyhed {n}", created_at=ago(400 - n))
    fake.add_comment(anchor, BOB, "Stadig lukket?", created_at=ago(100))
    fake.add_comment(quiet, ANNA, "Sent svar", created_at=ago(90))
    pages, items = collect(connect(fake, linkedin_max_posts=2), cursor)
    assert [i.text for i in items if i.thread_external_id == anchor] == ["Stadig lukket?"]
    # A post quiet for over 30 days and older than the window is no longer read (the README
    # says so): the cursor must not grow forever.
    assert not [i for i in items if i.thread_external_id == quiet]
    posts = json.loads(pages[-1].cursor)["posts"]
    assert anchor in posts and quiet not in posts


def test_an_older_post_deleted_since_leaves_the_cursor_without_failing_the_sync(fake):
    anchor = fake.add_post("Vejarbejde", created_at=ago(600))
    fake.add_comment(anchor, ANNA, "Hvornår?", created_at=ago(500))
    pages, _ = collect(connect(fake, linkedin_max_posts=1))
    fake.add_post("Nyhed", created_at=ago(300))
    fake.posts = [p for p in fake.posts if p["urn"] != anchor]          # the organisation deleted it
    pages, _ = collect(connect(fake, linkedin_max_posts=1), pages[-1].cursor)
    assert anchor not in json.loads(pages[-1].cursor)["posts"]
