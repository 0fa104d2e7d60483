"""Team mode on a real PostgreSQL: two clients reach a due post in the same instant; the
"publisher" lease and the conditional hand-over make exactly one of them publish it."""
from __future__ import annotations

import json
import time

import pytest

from app.models import tables as t
from app.services.outbound import posts
from tests.fakes.server import FakeServer
from tests.publishing.kit import Env, cases
from tests.publishing.test_publish_exactly_once import child

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("case", [c for c in cases() if c.platform in ("x", "linkedin")],
                         ids=lambda c: c.platform)
def test_two_clients_racing_for_due_posts_publish_each_once(tmp_path, pg_url, case):
    fake = case.make_fake()
    with FakeServer(fake) as server:
        env = Env(tmp_path, case, fake, server, database_url=pg_url)
        with env.ws.db.session() as s:
            ids = posts.compose(s, "Mette Jensen", {env.account_id: "Borgermøde om skolestruktur tirsdag kl. 19"},
                                link="https://www.aarby.dk/skole", status="scheduled")
            ids += posts.compose(s, "Mette Jensen", {env.account_id: "Husk at stemme til ungdomsrådet"},
                                 link="https://www.aarby.dk/ung", status="scheduled")
            for post_id in ids:
                posts.submit(s, post_id, "Mette Jensen")
        go = tmp_path / "go"
        racers = [child(env, {"SVARBOX_TEST_READY_FILE": str(go)}, database_url=pg_url) for _ in range(2)]
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob("go.*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        go.write_text("go")
        outputs = [p.communicate(timeout=120) for p in racers]
        assert [p.returncode for p in racers] == [0, 0], [err for _o, err in outputs]
        published = [json.loads(out) for out, _err in outputs]
        assert sorted(len(p) for p in published) == [0, 2]       # one client held the lease
        assert len(fake.own_posts()) == 2
        with env.ws.db.session() as s:
            assert {s.get(t.Post, i).status for i in ids} == {t.POST_PUBLISHED}


def test_the_hand_over_is_atomic_even_without_the_lease(tmp_path, pg_url):
    """Two clients that both (wrongly) think they hold the lease still queue a post once."""
    case = cases()[1]
    fake = case.make_fake()
    with FakeServer(fake) as server:
        env = Env(tmp_path, case, fake, server, database_url=pg_url)
        with env.ws.db.session() as s:
            [post_id] = posts.compose(s, "Mette Jensen", {env.account_id: "Vintervedligeholdelse af veje"},
                                      link="https://www.aarby.dk/vinter", status="scheduled")
            posts.submit(s, post_id, "Mette Jensen")
        first, second = posts.queue_due(env.ws), posts.queue_due(env.ws)
        assert len(first) == 1 and second == []
