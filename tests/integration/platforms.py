"""One adapter per platform, so the end-to-end tests (sync, outbox exactly-once) run the same
story against every fake platform server: seed a post with citizen comments, connect the
account through the real CLI/service path, read what the platform holds afterwards."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from app import clock as app_clock

TOKEN = "tok-Secret-123"


def _ago(minutes: int) -> datetime:
    return app_clock.now().replace(microsecond=0) - timedelta(minutes=minutes)


@dataclass
class Case:
    platform: str
    make_fake: Callable[[], object]
    base_url: Callable[[object, object], str]          # (fake, server) -> API base
    external_id: Callable[[object], str | None]
    seed: Callable[[object, int], list[str]]           # -> citizen item external ids
    own_replies: Callable[[object, str], list[str]]    # texts of our replies to an item
    is_hidden: Callable[[object, str], bool] | None = None
    handle: Callable[[object], str | None] = lambda fake: None
    # Faults, as the platform's own answers (werkzeug Responses for FakePlatform.inject).
    expired: Callable[[], object] | None = None
    throttled: Callable[[], object] | None = None          # asks for a 5-minute pause where it can
    transient: Callable[[], object] | None = None
    add_own_reply: Callable[[object, str, str], None] | None = None   # written on the platform itself
    paused_minutes: int | None = 5                         # what `throttled` asks for, None: rule-based

    def small_pages(self, fake) -> object:
        """Two items a page, so a handful of items already spans several pages."""
        for attribute in ("page_size", "page_cap"):
            if hasattr(fake, attribute):
                setattr(fake, attribute, 2)
        return fake


def _facebook() -> Case:
    from tests.fakes.graph_fake import FakeFacebook, api_base

    def seed(fake, n):
        post = fake.add_post("Ny tømningsplan for affald fra 1. april", created=_ago(300))
        return [fake.add_comment(post, f"Hvornår tømmes skraldespanden på vej {i}? 🗑️", created=_ago(200 - i))
                for i in range(n)]

    from tests.fakes import graph_fake as g

    def own_reply(fake, cid, text):
        fake.add_comment(fake.comments[cid]["post_id"], text, author="page", parent=cid,
                         created=_ago(1))

    return Case("facebook", lambda: FakeFacebook(token=TOKEN), lambda f, s: api_base(s),
                lambda f: f.page_id, seed,
                lambda f, cid: [c["message"] for c in f.replies_to(cid, own_only=True)],
                lambda f, cid: f.is_hidden(cid), expired=g.expired_token_response,
                throttled=lambda: g.throttle_response(80001, 5), transient=g.transient_response,
                add_own_reply=own_reply)


def _instagram() -> Case:
    from tests.fakes.graph_fake import FakeInstagram, api_base

    def seed(fake, n):
        media = fake.add_media("Sommerlæsning på biblioteket ☀️📚", created=_ago(300))
        return [fake.add_comment(media, f"Gælder det også for børn på {i} år?", created=_ago(200 - i))
                for i in range(n)]

    from tests.fakes import graph_fake as g

    def own_reply(fake, cid, text):
        fake.add_comment(fake.comments[cid]["media_id"], text, author="own", parent=cid, created=_ago(1))

    return Case("instagram", lambda: FakeInstagram(token=TOKEN), lambda f, s: api_base(s),
                lambda f: f.user_id, seed,
                lambda f, cid: [c["text"] for c in f.replies_to(cid, own_only=True)],
                lambda f, cid: f.is_hidden(cid), handle=lambda f: f.username,
                expired=g.expired_token_response,
                throttled=lambda: g.throttle_response(80002, 5, usage_type="instagram"),
                transient=g.transient_response, add_own_reply=own_reply)


def _x() -> Case:

    from tests.fakes import x_fake as xf

    def seed(fake, n):
        citizen = fake.add_user("borger_anna", "Anna Borger")
        return [fake.mention(citizen, f"hvornår åbner svømmehallen igen? ({i}) 🏊", created_at=_ago(200 - i))
                for i in range(n)]

    return Case("x", xf.XFake, lambda f, s: s.url + "/2", lambda f: f.me, seed,
                lambda f, tid: [tw["text"] for tw in f.replies_to(tid)],
                lambda f, tid: f.is_hidden(tid), expired=xf.x_unauthorized,
                throttled=lambda: xf.x_rate_limited(int(app_clock.now().timestamp()) + 300),
                transient=xf.x_server_error,
                add_own_reply=lambda f, tid, text: f.add_tweet(f.me, text, reply_to=tid, created_at=_ago(1)))


def _linkedin() -> Case:
    from tests.fakes import linkedin_fake as lf

    def seed(fake, n):
        # A few posts: LinkedIn hands over one post's comments at a time.
        posts = [fake.add_post(f"Vi søger en kommunikationsmedarbejder ({p})", created_at=_ago(300 - p))
                 for p in range((n + 2) // 3)]
        return [fake.add_comment(posts[i // 3], f"urn:li:person:member{i}", f"Er stillingen fuldtid? ({i})",
                                 created_at=_ago(200 - i)) for i in range(n)]

    def own_reply(fake, urn, text):
        fake.add_comment(fake.comment(urn)["post"], fake.org, text, parent=urn, created_at=_ago(1))

    return Case("linkedin", lf.LinkedInFake, lambda f, s: s.url + "/rest", lambda f: f.org, seed,
                lambda f, urn: [c["text"] for c in f.replies_to(urn)], None,
                expired=lf.li_unauthorized,
                throttled=lambda: lf.li_error(429, "TOO_MANY_REQUESTS", "Resource level throttle limit reached."),
                transient=lf.li_server_error, add_own_reply=own_reply, paused_minutes=None)


def _youtube() -> Case:
    from tests.fakes import youtube_fake as yf

    def seed(fake, n):
        video = fake.add_video("Byrådsmøde 12. marts", published_at=_ago(600))
        return [fake.add_comment(video, f"Borger {i}", f"Hvornår behandles punkt {i}? 🙂", created_at=_ago(200 - i))
                for i in range(n)]

    return Case("youtube", yf.YouTubeFake, lambda f, s: s.url + "/youtube/v3", lambda f: f.channel_id, seed,
                lambda f, cid: [c["text"] for c in f.replies_to(cid)],
                lambda f, cid: f.status_of(cid) in ("heldForReview", "rejected"),   # hide on YouTube rejects (issue 16)
                expired=yf.yt_unauthorized, throttled=yf.yt_quota_exceeded, transient=yf.yt_server_error,
                add_own_reply=lambda f, cid, text: f.own_comment(None, text, parent=cid, created_at=_ago(1)),
                paused_minutes=None)


def _bluesky() -> Case:
    from tests.fakes import bluesky_fake as bf

    def seed(fake, n):
        # The account's post and citizens' replies to it: "reply" notifications.
        anna = fake.add_user("anna.bsky.social", "Anna Borger")
        root = fake.add_post(fake.me, "Vinterbadning ved havnen åbner 1. november 🥶", created=_ago(300))
        return [fake.add_post(anna, f"Hvad koster et årskort? ({i}) 🏊", reply_to=root, created=_ago(200 - i))
                for i in range(n)]

    # The "token" handed to Svarbox is the app password (exchanged for a session at connect).
    return Case("bluesky", lambda: bf.BlueskyFake(app_password=TOKEN), lambda f, s: s.url,
                lambda f: None, seed,
                lambda f, uri: [p["record"]["text"] for p in f.replies_to(uri)],
                lambda f, uri: f.is_hidden(uri), handle=lambda f: f.users[f.me]["handle"],
                expired=bf.bsky_expired,
                throttled=lambda: bf.bsky_rate_limited(int(app_clock.now().timestamp()) + 300),
                transient=bf.bsky_server_error,
                add_own_reply=lambda f, uri, text: f.add_post(f.me, text, reply_to=uri, created=_ago(1)))


def _mastodon() -> Case:
    from tests.fakes import mastodon_fake as mf

    def seed(fake, n):
        anna = fake.add_account("anna", "Anna Borger", remote="mastodon.social")
        root = fake.add_status(fake.me, "Ny genbrugsplads på Industrivej åbner mandag", created=_ago(300))
        return [fake.add_status(anna, f"Tager I også imod haveaffald? ({i}) 🌿", reply_to=root, mention_me=True,
                                created=_ago(200 - i)) for i in range(n)]

    return Case("mastodon", lambda: mf.MastodonFake(token=TOKEN), lambda f, s: s.url, lambda f: None, seed,
                lambda f, sid: [s["text"] for s in f.replies_to(sid)], None,
                expired=mf.masto_unauthorized,
                throttled=lambda: mf.masto_rate_limited(app_clock.now() + timedelta(minutes=5)),
                transient=mf.masto_server_error,
                add_own_reply=lambda f, sid, text: f.add_status(f.me, text, reply_to=sid, created=_ago(1)))


def all_cases() -> list[Case]:
    return [_facebook(), _instagram(), _x(), _linkedin(), _youtube(), _bluesky(), _mastodon()]
