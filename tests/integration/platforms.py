"""One adapter per platform, so the end-to-end tests (sync, outbox exactly-once) run the same
story against every fake platform server: seed a post with citizen comments, connect the
account through the real CLI/service path, read what the platform holds afterwards."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

TOKEN = "tok-Secret-123"


def _ago(minutes: int) -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=minutes)


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


def _optional(factory_name: str):
    """Cases whose fakes may not exist yet are left out rather than failing at import."""
    try:
        return globals()[factory_name]()
    except ImportError:
        return None


CASE_FACTORIES = ["_facebook", "_instagram", "_x", "_linkedin", "_youtube"]


def all_cases() -> list[Case]:
    return [c for c in (_optional(name) for name in CASE_FACTORIES if name in globals()) if c]
