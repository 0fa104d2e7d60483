"""Reports on posts: published per account and ISO week, and the comments each post brought
(synced from the fake Facebook Page into the post's thread)."""
from __future__ import annotations

import json
from datetime import timedelta

from app import cli
from app import clock as app_clock
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox, posts
from app.services.records import post_reports
from tests.fakes.server import FakeServer
from tests.publishing.kit import Env, cases


def test_published_per_week_and_comments_per_post(tmp_path, monkeypatch, capsys):
    from app.services import workspace as workspace_module
    case = cases()[0]
    fake = case.make_fake()
    with FakeServer(fake) as server:
        env = Env(tmp_path, case, fake, server)
        ids = []
        for text in ("Vinterbadning ved havnen åbner", "Ny bibliotekslov: hvad betyder den?"):
            with env.ws.db.session() as s:
                [pid] = posts.compose(s, "Mette Jensen", {env.account_id: text}, link="https://www.aarby.dk/x",
                                      status="scheduled")
                posts.submit(s, pid, "Mette Jensen")
                posts.publish_now(s, pid, "Mette Jensen")
            ids.append(pid)
        assert [r.state for r in outbox.flush(env.ws)] == ["sent", "sent"]
        first_external = next(p["id"] for p in fake.own_posts() if p["message"].startswith("Vinterbadning"))
        fake.add_comment(first_external, "Er det gratis?")
        fake.add_comment(first_external, "Hvad er åbningstiderne?")
        assert sync_account(env.ws, env.account_id, sleep=lambda _s: None).ok
        with env.ws.db.session() as s:
            weeks = post_reports.published_per_week(s)
            per_post = {r.post_id: r for r in post_reports.comments_per_post(s)}
        year, week, _ = app_clock.now().astimezone(app_clock.local_zone()).isocalendar()
        assert [(w.account, w.week, w.published) for w in weeks] == [("Aarby facebook", f"{year}-W{week:02d}", 2)]
        assert (per_post[ids[0]].comments, per_post[ids[0]].open_comments) == (2, 2)
        assert per_post[ids[1]].comments == 0
        # A period before the posts counts nothing.
        with env.ws.db.session() as s:
            assert post_reports.published_per_week(s, end=app_clock.now() - timedelta(days=1)) == []
        monkeypatch.setattr(workspace_module, "default_store", lambda: env.store)
        assert cli.main(["--data-dir", str(env.tmp), "post-report", "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["weeks"][0]["published"] == 2 and {p["comments"] for p in data["posts"]} == {2, 0}
