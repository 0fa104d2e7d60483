"""Assignment with a notification for the assignee, the "Assigned to me" view, internal notes
visible to the team, and one audit log of who did what across every client."""
from __future__ import annotations

from datetime import timedelta

import pytest

from app import clock as app_clock
from app.services.inbound import inbox
from app.services.team import collab
from tests.team.teamkit import ANNA, BO, CARL, finish

pytestmark = pytest.mark.postgres


def test_assignment_reaches_the_assignee_and_notes_the_team(pg_url, make_team):
    team = make_team(pg_url, n_comments=2)
    first, second = (team.item_id(c) for c in team.comment_ids)
    bo = team.client(BO)
    watch = collab.AssignmentWatch(BO, since=app_clock.now() - timedelta(seconds=1))
    with bo.db.session() as s:
        assert watch.poll(s) == []

    # Anna, in her own Svarbox process, assigns an item to Bo and leaves a note on it.
    anna = finish(team.spawn("act", ANNA, "--item", first, "--assign", BO,
                             "--note", "Bo kender sagen om Hovedgaden"))
    assert anna["ok"]

    with bo.db.session() as s:
        [note] = watch.poll(s)
        assert (note.item_id, note.by, note.account_id) == (first, ANNA, team.account_id)
        assert note.message == f"{ANNA} assigned an item to you."
        assert watch.poll(s) == []                      # never notified twice
        assert [r.id for r in inbox.query_rows(s, inbox.ViewSpec(view="assigned", user=BO))] == [first]
        assert inbox.query_rows(s, inbox.ViewSpec(view="assigned", user=CARL)) == []
        notes = [m for m in inbox.thread_view(s, first).messages if m.via == "note"]
        assert [(m.sent_by, m.text) for m in notes] == [(ANNA, "Bo kender sagen om Hovedgaden")]
        # Bo hands the other item to Carl: a notification for Carl, not for Bo.
        collab.assign(s, second, CARL, BO)
        # Assigning to oneself notifies nobody.
        collab.assign(s, first, BO, BO)
    with bo.db.session() as s:
        assert watch.poll(s) == []
        assert [(a.item_id, a.by) for a in collab.assignments_for(s, CARL, watch.since - timedelta(minutes=5))] \
            == [(second, BO)]
        # Reassigned away before Carl's client polled: no stale notification.
        collab.assign(s, second, None, ANNA)
    with bo.db.session() as s:
        assert collab.assignments_for(s, CARL, watch.since - timedelta(minutes=5)) == []
        log = collab.activity(s, item_id=first)
        assert [(a.actor, a.action) for a in reversed(log)] == [
            (ANNA, "assign"), (ANNA, "note"), (BO, "assign")]
        everyone = {a.actor for a in collab.activity(s)}
    assert {ANNA, BO} <= everyone
