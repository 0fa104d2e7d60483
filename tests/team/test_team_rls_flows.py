"""Team mode's guarantees still hold when every colleague connects with their own login under
row-level security: exactly-once sending, claims, and one syncing client per account."""
from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from app.models import tables as t
from app.secrets import MemoryStore
from app.services.team import collab
from app.services.workspace import open_workspace
from tests.team.rlskit import build_scene
from tests.team.teamkit import CLIENT, ROOT, TOKEN, finish, go_when_ready

pytestmark = pytest.mark.postgres


@pytest.fixture
def scene(pg_url, make_team):
    def make(**kwargs):
        team = make_team(pg_url, **kwargs)
        scene = build_scene(team)
        scene.team = team
        return scene
    return make


def client(scene, tmp_path, login: str, name: str):
    store = MemoryStore()
    store.set(scene.team.ref, TOKEN)
    ws = open_workspace(str(tmp_path / f"data-{login}"), scene.url_for(login), credentials=store,
                        user=name)
    scene.team._workspaces.append(ws)
    return ws


def spawn(scene, tmp_path, command: str, login: str, name: str, *args) -> subprocess.Popen:
    argv = [sys.executable, str(CLIENT), command, "--db", scene.url_for(login),
            "--data-dir", str(tmp_path / f"data-{login}"), "--user", name, *map(str, args)]
    return subprocess.Popen(argv, cwd=ROOT, env=scene.team.env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_each_answer_is_sent_once_by_racing_workers_of_different_logins(scene, tmp_path):
    scene = scene(n_comments=4)
    team = scene.team
    team.fb.write_delay = 0.1
    bo = client(scene, tmp_path, scene.bo, "Bo Nielsen")
    with bo.db.session() as s:
        queued = [collab.queue_reply(s, team.item_id(cid), "Bo Nielsen", f"Svar {n}")
                  for n, cid in enumerate(team.comment_ids)]
    go = tmp_path / "go"
    workers = [spawn(scene, tmp_path, "flush", login, name, "--go", go)
               for login, name in ((scene.bo, "Bo Nielsen"), (scene.admin, "Admin"),
                                   (scene.carl, "Carl Berg"))]
    go_when_ready(go, workers)
    results = [finish(w) for w in workers]
    sent = sorted(r["outbox_id"] for batch in results for r in batch if r["state"] == t.OUTBOX_SENT)
    assert sent == sorted(queued), results
    assert results[2] == []        # Carl (Bibliotek only) never sees the Kommune's outbox
    for n, cid in enumerate(team.comment_ids):
        assert team.own_replies(cid) == [f"Svar {n}"]
    with team.anna.db.session() as s:     # the owner's view: every action once, one attempt
        rows = s.execute(select(t.OutboxAction.state, t.OutboxAction.attempts)
                         .where(t.OutboxAction.account_id == scene.kommune_account)).all()
        assert rows and all(r == (t.OUTBOX_SENT, 1) for r in rows), rows


def test_claims_are_seen_by_colleagues_of_the_institution_only(scene, tmp_path):
    scene = scene(n_comments=2)
    item = scene.kommune_items[1]
    bo = client(scene, tmp_path, scene.bo, "Bo Nielsen")
    admin = client(scene, tmp_path, scene.admin, "Admin")
    carl = client(scene, tmp_path, scene.carl, "Carl Berg")
    state = collab.open_composer(bo, item)
    assert state.claimed and state.warning is None
    other = collab.open_composer(admin, item)
    assert not other.claimed and other.warning == "Bo Nielsen is answering this right now."
    assert item not in collab.claims_changed_since(carl.db, None, include_mine=True).claims
    collab.close_composer(bo, item)
    assert collab.renew_composer(admin, item)        # free again: the administrator takes it
    # A reader of the Bibliotek cannot claim there: the database refuses the claim row.
    from app.errors import DatabaseError
    with pytest.raises(DatabaseError, match="Your role does not allow this change"):
        collab.open_composer(bo, scene.bibliotek_items[0])


def test_clients_of_two_logins_starting_a_sync_together_sync_once(scene, tmp_path):
    scene = scene(n_comments=3)
    team = scene.team
    before = sum(1 for r in team.fb.requests if r.path.endswith("/feed"))
    go = tmp_path / "go"
    racers = [spawn(scene, tmp_path, "sync", login, name, "--account", scene.kommune_account,
                    "--ttl", 30, "--go", go, "--marker", tmp_path / f"page-{login}", "--hang", 2)
              for login, name in ((scene.bo, "Bo Nielsen"), (scene.admin, "Admin"))]
    go_when_ready(go, racers)
    results = sorted(finish(p)["status"] for p in racers)
    assert results == ["busy", "ok"]
    assert sum(1 for r in team.fb.requests if r.path.endswith("/feed")) == before + 1
    with team.anna.db.session() as s:
        synced = s.scalar(select(func.count(t.AuditEvent.id)).where(
            t.AuditEvent.action == "sync", t.AuditEvent.login.in_([scene.bo, scene.admin])))
    assert synced == 1
