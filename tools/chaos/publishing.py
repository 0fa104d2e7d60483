"""Publishing in the chaos world: people compose posts, a colleague proposes and a publisher
approves, posts are scheduled a few minutes ahead (or for now), and the killed-and-restarted
workers publish the due ones (``scheduler.run_due``: the hand-over under the "publisher" lease,
then the outbox). A SIGKILL lands anywhere in that, including mid-request before or after the
platform stored the post.

Invariants, after every restart: no post on its platform twice, none before its moment, none
that was never approved, none shown as published that is not there. After every settle: every
due approved post is on its platform exactly once, marked published with the platform's id.

Facebook's native scheduling (posts 10 minutes to 30 days ahead, held by Facebook) is not part
of this world: every post here is due within ten minutes, so it goes out through the worker.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.errors import UsageError
from app.models import tables as t
from app.services.outbound import posts as post_service

# The first-wave fakes extended with the endpoints that create posts (tests/fakes/publish_fakes*).
PUBLISHING_FAKES = {
    "facebook": ("tests.fakes.publish_fakes", "PublishingFacebook", "token"),
    "instagram": ("tests.fakes.publish_fakes", "PublishingInstagram", "token"),
    "x": ("tests.fakes.publish_fakes", "PublishingX", None),
    "linkedin": ("tests.fakes.publish_fakes", "PublishingLinkedIn", None),
    "bluesky": ("tests.fakes.publish_fakes_social", "PublishingBluesky", "app_password"),
    "mastodon": ("tests.fakes.publish_fakes_social", "PublishingMastodon", "token"),
}
PROPOSER = "Jonas Holm"          # may not publish: proposes, the publisher approves
SLACK = timedelta(seconds=90)    # the workers' clocks run on a little past the harness's


def publishing_case(case, token: str):
    """The platform's case with a fake that also publishes (YouTube has no post API)."""
    import dataclasses
    import importlib

    spec = PUBLISHING_FAKES.get(case.platform)
    if spec is None:
        return case
    module, cls, arg = spec
    factory = getattr(importlib.import_module(module), cls)
    return dataclasses.replace(case, make_fake=(lambda: factory(**{arg: token})) if arg else factory)


def _text_of(post: dict) -> str:
    record = post.get("record") or {}
    return str(post.get("message") or post.get("text") or post.get("caption") or record.get("text") or "")


def _ids_of(post: dict) -> set[str]:
    return {str(post[k]) for k in ("id", "urn", "uri") if post.get(k)}


@dataclass
class ExpectedPost:
    post_id: int
    platform: str
    marker: str
    at: datetime | None          # None: "publish as soon as possible" (due at once)
    created: datetime
    approved: bool               # False: a proposal nobody approved; it must never go out


class Publishing:
    def __init__(self, world):
        self.world = world
        self.expected: list[ExpectedPost] = []
        self.platforms = [p for p in world.platforms if p in PUBLISHING_FAKES]
        with world.ws.db.session() as s:      # the team's publishers; a colleague proposes
            for name in self.platforms:
                post_service.set_publishers(s, world.account_of[name], [world.user], world.user)

    def people_schedule(self, n: int) -> None:
        w = self.world
        for _ in range(n):
            if not self.platforms:
                return
            name = w.rng.choice(self.platforms)
            w._seq += 1
            marker = f"[post-{w._seq}]"
            now = w.clock.now()
            roll = w.rng.random()
            at = None if roll < 0.3 else now + timedelta(minutes=w.rng.randint(1, 9))
            proposer = PROPOSER if w.rng.random() < 0.4 else w.user
            approve = proposer == w.user or w.rng.random() < 0.8
            text = f"Genbrugspladsen har nye åbningstider {marker}"
            images = ([{"path": None, "url": "https://www.aarby.dk/billeder/genbrug.jpg",
                        "alt": "Genbrugspladsen set fra indkørslen"}] if name == "instagram" else [])
            try:
                with w.ws.db.session() as s:
                    [post_id] = post_service.compose(s, proposer, {w.account_of[name]: text},
                                                     link="https://www.aarby.dk/genbrug", images=images, at=at,
                                                     status=t.POST_SCHEDULED, now=now)
                    status = post_service.submit(s, post_id, proposer, now=now)
                    if status == t.POST_AWAITING and approve:
                        post_service.approve(s, post_id, w.user, "Fint", now=now)
            except UsageError as exc:
                raise AssertionError(f"{name}: a valid post was refused: {exc}") from None
            self.expected.append(ExpectedPost(post_id, name, marker, at, now, approve))
            w.stats.posts += 1

    def on_platform(self, exp: ExpectedPost) -> list[dict]:
        fake = self.world.platforms[exp.platform].fake
        return [p for p in fake.own_posts() if exp.marker in _text_of(p)]

    def check(self, session, quiescent: bool, settled_at: datetime | None) -> list[str]:
        problems: list[str] = []
        now = self.world.clock.now()
        for exp in self.expected:
            post = session.get(t.Post, exp.post_id)
            if post is None:
                problems.append(f"post {exp.marker} on {exp.platform} vanished from the database")
                continue
            found = self.on_platform(exp)
            where = f"{exp.platform} post {exp.marker} (status {post.status}, error {post.last_error!r})"
            if not found and self.world.sessions.excused(exp.platform, post_status=post.status):
                continue          # the Bluesky session is truly gone: retried after the reconnect
            if len(found) > 1:
                problems.append(f"{where} is on the platform {len(found)} times")
            if found and not exp.approved:
                problems.append(f"{where} went out without approval")
            if found and exp.at is not None and exp.at > now + SLACK:
                problems.append(f"{where} went out before its moment {exp.at}")
            if post.status == t.POST_PUBLISHED and len(found) != 1:
                problems.append(f"{where} is shown as published but is on the platform {len(found)} times")
            if post.status == t.POST_FAILED:
                problems.append(f"{where} failed")
            if post.status == t.POST_PUBLISHED and found and post.external_id not in _ids_of(found[0]):
                problems.append(f"{where} is marked with id {post.external_id!r}, the platform's is "
                                f"{sorted(_ids_of(found[0]))}")
            due = exp.approved and settled_at is not None and (exp.at or exp.created) <= settled_at
            if quiescent and due:
                if len(found) != 1:
                    problems.append(f"{where} was due and is on the platform {len(found)} times after settling")
                if post.status != t.POST_PUBLISHED or not post.external_id:
                    problems.append(f"{where} was due and is not marked published with the platform's id "
                                    "after settling")
            if quiescent and not exp.approved and post.status != t.POST_AWAITING:
                problems.append(f"{where}: an unapproved proposal left 'awaiting approval'")
        return problems

    def counts(self, session) -> dict[str, int]:
        ids = [e.post_id for e in self.expected]
        rows = session.execute(select(t.Post.status).where(t.Post.id.in_(ids))) if ids else []
        out: dict[str, int] = {}
        for (status,) in rows:
            out[status] = out.get(status, 0) + 1
        return out
