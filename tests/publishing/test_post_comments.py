"""After publishing, the comments a post brings flow into the inbox with the post as their
thread, on every platform that publishes (issue 19, point 2)."""
from __future__ import annotations

import pytest

from app.models import tables as t
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox, posts
from tests.fakes.server import FakeServer
from tests.publishing.kit import Env, cases

CASES = cases()


def _comment(case, fake, external: str, text: str) -> None:
    """A citizen comments on the published post, the way each platform stores it."""
    if case.platform == "facebook":
        fake.add_comment(external, text)
    elif case.platform == "x":
        citizen = fake.add_user("borger_anna", "Anna Borger")
        fake.add_tweet(citizen, text, reply_to=external)
    elif case.platform == "linkedin":
        fake.add_comment(external, "urn:li:person:citizen1", text)
    elif case.platform == "instagram":
        fake.add_comment(external, text)
    else:
        fake.comment_on(external, text)


@pytest.mark.parametrize("case", CASES, ids=[c.platform for c in CASES])
def test_comments_on_a_published_post_arrive_with_the_post_as_thread(tmp_path, case):
    fake = case.make_fake()
    with FakeServer(fake) as server:
        env = Env(tmp_path, case, fake, server)
        kwargs = {"images": [env.image()]} if case.platform == "instagram" else {}
        with env.ws.db.session() as s:
            [post_id] = posts.compose(s, "Mette Jensen", {env.account_id: "Ny legeplads i byparken åbner lørdag"},
                                      status="scheduled", link="https://www.aarby.dk/legeplads", **kwargs)
            posts.publish_now(s, post_id, "Mette Jensen")
        assert [r.state for r in outbox.flush(env.ws)] == ["sent"]
        with env.ws.db.session() as s:
            external = s.get(t.Post, post_id).external_id
        _comment(case, fake, external, "Hvornår på lørdag?")
        assert sync_account(env.ws, env.account_id, sleep=lambda _s: None).ok
        with env.ws.db.session() as s:
            post = s.get(t.Post, post_id)
            comments = posts.comments_for(s, post_id)
            # (Mastodon keeps the @mention of the account that a reply carries.)
            assert [c.text.removeprefix("@aarby ") for c in comments] == ["Hvornår på lørdag?"]
            assert comments[0].status == t.STATUS_NEW
            # One thread for the post: the one publishing made, not a second one from sync.
            assert s.query(t.Thread).filter_by(account_id=env.account_id).count() == 1
            assert s.get(t.Thread, post.thread_id).text.startswith("Ny legeplads")
