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
        # YouTube's moderation queues: held with a running clock (in the view), rejected
        # (clock stopped: not in it), and one a held view must not confuse with "published".
        yt = make_account(s, "Kanal", platform="youtube", policy="hours:24")
        for k, state in enumerate(["heldForReview", "likelySpam", "heldForReview", "published"]):
            make_item(s, yt, now - timedelta(hours=30 * k), moderation_status=state)
        make_item(s, yt, now - timedelta(days=1), status="hidden", handled_at=now, moderation_status="heldForReview")
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
        assert counts.views["held"][0] == 3
        assert sum(acc.open for acc in counts.accounts) == counts.views["open"][0]
        assert sum(acc.overdue for acc in counts.accounts) == counts.views["open"][1]
        assert counts.views["followup"][1] > 0 and counts.views["answered"][0] == 6


def test_unread_counts_per_view_and_account_are_per_person(db, test_clock):
    from app.services.inbound import reads
    now = test_clock.now()
    with db.session() as s:
        a = make_account(s, "Viborg", policy="hours:24")
        b = make_account(s, "Malmö", country="SE", policy="hours:24")
        for k, acc in enumerate([a, b, a, b, a]):
            make_item(s, acc, now - timedelta(days=k + 0.5), assigned_to="Mette" if k % 2 else None)
            make_item(s, acc, now - timedelta(hours=k), kind="mention")
            make_item(s, acc, now - timedelta(days=2), status="answered", handled_at=now - timedelta(days=1))
            make_item(s, acc, now - timedelta(days=1), status=t.STATUS_OWN)
    with db.session() as s:
        open_ids = list(inbox.view_ids(s, ViewSpec(view="open"), now))
        answered = list(inbox.view_ids(s, ViewSpec(view="answered"), now))
        reads.mark_read(s, open_ids[::2] + answered, "Mette", now)     # answered reads count nowhere
        reads.mark_read(s, open_ids[:1], "Anders", now)
    with db.session() as s:
        for user in ("Mette", "Anders"):
            counts = reads.with_unread(s, inbox.navigator_counts(s, user=user, now=now), user, now=now)
            for view in reads.UNREAD_VIEWS:
                ids = list(inbox.view_ids(s, ViewSpec(view=view, user=user), now))
                unread = len(set(ids) - reads.read_among(s, ids, user))
                assert counts.unread[view] == unread == reads.unread_count(
                    s, ViewSpec(view=view, user=user), user, now), (user, view)
            for acc in counts.accounts:
                ids = list(inbox.view_ids(s, ViewSpec(view="open", account_id=acc.account_id), now))
                assert acc.unread == len(set(ids) - reads.read_among(s, ids, user)), (user, acc.name)
            assert "answered" not in counts.unread
        mette = reads.with_unread(s, inbox.navigator_counts(s, user="Mette", now=now), "Mette", now=now)
        anders = reads.with_unread(s, inbox.navigator_counts(s, user="Anders", now=now), "Anders", now=now)
        assert mette.unread["open"] == len(open_ids) // 2 and anders.unread["open"] == len(open_ids) - 1
        assert reads.with_unread(s, inbox.navigator_counts(s, now=now), "", now).unread == {}   # no person
