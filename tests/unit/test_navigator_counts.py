"""Navigator counts: every view's count (and overdue count) equals the length of the view
itself, and the per-account open/overdue counts add up to the Open view's."""
from datetime import timedelta

from app.models import tables as t
from app.services.inbound import inbox
from app.services.inbound.inbox import VIEWS, ViewSpec
from tests.factories import make_account, make_item


def test_counts_equal_the_views(db, test_clock):
    now = test_clock.now()
    with db.session() as s:
        a = make_account(s, "Viborg", policy="hours:24")
        b = make_account(s, "Malmö", country="SE", policy="hours:24")
        for k, acc in enumerate([a, b, a, a, b, a]):
            make_item(s, acc, now - timedelta(days=k + 0.5))                         # open, some overdue
            make_item(s, acc, now - timedelta(hours=k), kind="mention")
            make_item(s, acc, now - timedelta(days=3), status="holding",
                      holding_sent_at=now - timedelta(days=(k % 3) * 4))
            make_item(s, acc, now - timedelta(days=2), status="answered", handled_at=now - timedelta(days=1))
            make_item(s, acc, now - timedelta(days=2), status="spam", handled_at=now - timedelta(hours=5),
                      is_hidden=True)
            make_item(s, acc, now - timedelta(days=1), status=t.STATUS_OWN)
            make_item(s, acc, now - timedelta(hours=2), assigned_to="Mette" if k % 2 else None)
    with db.session() as s:
        counts = inbox.navigator_counts(s, user="Mette", now=now)
        for view in VIEWS:
            if view == "all":
                continue
            spec = ViewSpec(view=view, user="Mette")
            ids = list(inbox.view_ids(s, spec, now))
            total, overdue = counts.views[view]
            assert total == len(ids), view
            if view in ("open", "mentions", "followup", "assigned"):
                due = {i.id: i.due_at for i in s.query(t.Item).filter(t.Item.id.in_(ids))}
                assert overdue == sum(1 for x in ids if due[x] < now), view
            else:
                assert overdue == 0, view
        assert counts.views["overdue"][0] == counts.views["open"][1] > 0
        assert sum(acc.open for acc in counts.accounts) == counts.views["open"][0]
        assert sum(acc.overdue for acc in counts.accounts) == counts.views["open"][1]
        assert counts.views["followup"][1] > 0 and counts.views["answered"][0] == 6
