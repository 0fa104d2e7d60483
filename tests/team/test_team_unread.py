"""Unread is per colleague on the shared database (issue 16, point 7), under row-level
security: each login's navigator counts follow its own reading, and a colleague's reading (or
an account they may not see) changes nothing for the others."""
from __future__ import annotations

import pytest

from app.secrets import MemoryStore
from app.services.inbound import inbox, reads
from app.services.inbound.inbox import ViewSpec
from app.services.workspace import open_workspace
from tests.team.rlskit import build_scene
from tests.team.teamkit import TOKEN

pytestmark = pytest.mark.postgres


def client(scene, tmp_path, login: str, name: str):
    store = MemoryStore()
    store.set(scene.team.ref, TOKEN)
    ws = open_workspace(str(tmp_path / f"data-{login}"), scene.url_for(login), credentials=store, user=name)
    scene.team._workspaces.append(ws)
    return ws


def test_unread_counts_per_colleague_under_row_level_security(pg_url, make_team, tmp_path):
    team = make_team(pg_url)
    scene = build_scene(team)
    scene.team = team
    bo = client(scene, tmp_path, scene.bo, "Bo Nielsen")        # the municipality; reads the library
    carl = client(scene, tmp_path, scene.carl, "Carl Berg")     # the library only
    with carl.db.session() as s:
        assert reads.mark_read(s, scene.bibliotek_items, "Carl Berg") == 2
    with bo.db.session() as s:
        open_kommune = list(inbox.view_ids(s, ViewSpec(view="open", account_id=scene.kommune_account)))
        assert reads.mark_read(s, open_kommune[:1], "Bo Nielsen") == 1
    with carl.db.session() as s:
        counts = reads.with_unread(s, inbox.navigator_counts(s, user="Carl Berg"), "Carl Berg")
        assert [a.account_id for a in counts.accounts] == [scene.bibliotek_account]
        assert counts.unread["open"] == 0 and counts.accounts[0].unread == 0
    with bo.db.session() as s:
        counts = reads.with_unread(s, inbox.navigator_counts(s, user="Bo Nielsen"), "Bo Nielsen")
        per_account = {a.account_id: a.unread for a in counts.accounts}
        assert per_account[scene.kommune_account] == len(open_kommune) - 1
        assert per_account[scene.bibliotek_account] == 2             # Carl's reading is Carl's
        assert counts.unread["open"] == len(open_kommune) - 1 + 2
        reads.mark_unread(s, open_kommune[:1], "Bo Nielsen")
        reopened = reads.with_unread(s, inbox.navigator_counts(s, user="Bo Nielsen"), "Bo Nielsen")
        assert reopened.unread["open"] == len(open_kommune) + 2
