"""Publishing in the demo workspace (trainings, trying Svarbox out): the demo platform takes
the post, nothing leaves the computer, and an answer lost after the write is settled by
asking the demo platform, not by posting twice."""
from __future__ import annotations

from datetime import timedelta

from app import clock as app_clock
from app.connectors.base import Transient
from app.models import tables as t
from app.services import accounts
from app.services.outbound import outbox, posts
from app.services.outbound.connections import connector_for
from app.services.workspace import open_workspace


def test_a_demo_post_is_published_once_even_when_the_answer_is_lost(tmp_path):
    ws = open_workspace(data_dir=str(tmp_path), demo=True, user="Mette Jensen")
    try:
        info = next(i for i in accounts.list_accounts(ws) if i.platform == "linkedin")
        with ws.db.session() as s:
            [post_id] = posts.compose(s, "Mette Jensen", {info.id: "Vi søger pædagoger"},
                                      link="https://kommune.example/job", status="scheduled")
            posts.publish_now(s, post_id, "Mette Jensen")
        made = []

        def factory(ws_, account):
            connector = connector_for(ws_, account)
            if not made:     # the first attempt: stored on the platform, the answer lost
                connector.fail_next(Transient("connection reset"), op="publish", after_write=True)
            made.append(connector)
            return connector

        [first] = outbox.flush(ws, connector_factory=factory)
        assert first.state != t.OUTBOX_SENT            # the answer never came: outcome unknown, retried
        with ws.db.session() as s:
            assert s.get(t.Post, post_id).status == t.POST_PUBLISHING
        later = app_clock.now() + timedelta(hours=1)
        results = outbox.flush(ws, connector_factory=factory, now=later)
        with ws.db.session() as s:
            post = s.get(t.Post, post_id)
            assert post.status == t.POST_PUBLISHED and post.external_id == "demo-p-1"
        assert any(r.settled_by_check for r in results)
        assert [p["text"] for p in made[-1]._read()["posts"]] == ["Vi søger pædagoger"]
    finally:
        ws.close()
