"""The inbox queries (app.services.inbound.inbox) on a hand-built cache: which item lands in which
saved view, in which order, and whether the navigator's counts agree with the lists the window
shows. Real SQLite file (FTS5 search included), frozen clock, deadlines set explicitly."""
from __future__ import annotations

from datetime import timedelta

import pytest

from app import clock as app_clock
from app.models import tables as t
from app.services.inbound import inbox
from tests import factories as f
from tests.services.conftest import ME


@pytest.fixture()
def cache(ws, fixed_clock):
    """Two accounts in two institutions; each item named by the view it belongs in."""
    now = fixed_clock.now()
    ago = now - timedelta(days=1)
    # Due before the local day ends, whatever hour the suite runs at (SVARBOX_TEST_NOW).
    today_due = now + (inbox.end_of_local_day(now) - now) / 2
    with ws.db.session() as s:
        viborg = f.make_account(s, "Viborg Kommune", institution="Viborg Kommune")
        malmo = f.make_account(s, "Malmö stad", platform="x", country="SE", institution="Malmö stad")
        made = {
            "overdue": f.make_item(s, viborg, now - timedelta(days=3), due_at=now - timedelta(hours=1),
                                   text="Hvorfor er vejen stadig lukket?"),
            "today": f.make_item(s, viborg, ago, due_at=today_due, text="Hvornår tømmes skraldet?",
                                 assigned_to=ME),
            "later": f.make_item(s, malmo, ago, due_at=now + timedelta(days=2), text="När öppnar badhuset?"),
            "mention": f.make_item(s, malmo, ago, kind="mention", due_at=now + timedelta(days=1, hours=1),
                                   text="@malmostad bussen kom aldrig"),
            "holding": f.make_item(s, viborg, now - timedelta(days=2), status=t.STATUS_HOLDING,
                                   holding_sent_at=now - timedelta(days=1), due_at=now + timedelta(days=1)),
            "answered": f.make_item(s, viborg, now - timedelta(days=2), status=t.STATUS_ANSWERED,
                                    handled_at=now - timedelta(days=1)),
            "hidden": f.make_item(s, malmo, ago, status=t.STATUS_SPAM, handled_at=ago + timedelta(hours=1)),
            "own": f.make_item(s, viborg, ago, status=t.STATUS_OWN, text="Tak for din besked"),
        }
        return {name: item.id for name, item in made.items()}, viborg.id, malmo.id, viborg.institution_id


def ids(ws, **spec):
    with ws.db.session() as s:
        return list(inbox.view_ids(s, inbox.ViewSpec(**spec)))


def test_each_item_is_in_the_views_it_belongs_to_and_in_deadline_order(ws, cache):
    made, *_ = cache
    assert ids(ws, view="open") == [made[n] for n in ("overdue", "today", "holding", "mention", "later")]
    assert ids(ws, view="overdue") == [made["overdue"]]
    assert ids(ws, view="due_today") == [made["today"]]
    assert ids(ws, view="followup") == [made["holding"]]
    assert ids(ws, view="mentions") == [made["mention"]]
    assert ids(ws, view="answered") == [made["answered"]]
    assert ids(ws, view="hidden") == [made["hidden"]]
    assert ids(ws, view="assigned", user=ME) == [made["today"]]
    assert made["own"] not in ids(ws, view="all") and len(ids(ws, view="all")) == 7
    assert ids(ws, view="open", descending=True)[0] == made["later"]


def test_time_moves_items_from_due_today_to_overdue(ws, cache, fixed_clock):
    made, *_ = cache
    with ws.db.session() as s:
        fixed_clock.set(s.get(t.Item, made["today"]).due_at + timedelta(minutes=1))
    assert ids(ws, view="overdue") == [made["overdue"], made["today"]]
    assert ids(ws, view="due_today") == []


def test_filters_by_account_institution_and_search(ws, cache):
    made, viborg, malmo, viborg_inst = cache
    assert ids(ws, view="open", account_id=malmo) == [made["mention"], made["later"]]
    assert ids(ws, view="open", institution_id=viborg_inst) == [made["overdue"], made["today"], made["holding"]]
    assert ids(ws, view="open", search="vejen lukket") == [made["overdue"]]
    assert ids(ws, view="open", search="badh") == [made["later"]]          # the word being typed
    assert ids(ws, view="open", search='"; DROP TABLE items; --') == []    # FTS syntax is plain text


def test_the_navigator_counts_agree_with_the_lists(ws, cache, fixed_clock):
    made, viborg, malmo, _ = cache
    with ws.db.session() as s:
        counts = inbox.navigator_counts(s, user=ME)
        for view in ("open", "overdue", "due_today", "followup", "answered", "hidden", "mentions", "assigned"):
            total, _overdue = counts.views[view]
            assert total == len(inbox.view_ids(s, inbox.ViewSpec(view=view, user=ME))), view
            assert total == inbox.count(s, inbox.ViewSpec(view=view, user=ME)), view
        assert counts.views["open"] == (5, 1)
        per_account = {a.account_id: (a.open, a.overdue) for a in counts.accounts}
    assert per_account == {viborg: (3, 1), malmo: (2, 0)}
    assert app_clock.now() == fixed_clock.now()


@pytest.mark.parametrize("sort", ["author", "account", "platform", "status"])
def test_every_order_holds_the_same_items(ws, cache, sort):
    """The views sorted by author, account or status state the running clock as a status
    (their indexes hold no due_at since migration 0016): the same items as by deadline."""
    for view in ("open", "overdue", "due_today", "mentions", "assigned", "followup", "answered", "hidden", "all"):
        by_due = ids(ws, view=view, user=ME)
        assert sorted(ids(ws, view=view, user=ME, sort=sort)) == sorted(by_due), (view, sort)
        assert sorted(ids(ws, view=view, user=ME, sort=sort, descending=True)) == sorted(by_due), (view, sort)


@pytest.mark.parametrize("sort, index", [("author", "ix_items_author"), ("account", "ix_items_account")])
def test_open_sorted_by_author_or_account_walks_its_index_without_sorting(ws, cache, sort, index):
    """Our own replies (status own, author the account's name) come first in those orders:
    they are skipped in the index, and the page is not sorted in memory."""
    from sqlalchemy import select
    with ws.db.session() as s:
        spec = inbox.ViewSpec(view="open", sort=sort)
        query = select(t.Item.id).where(*inbox._conditions(s, spec, app_clock.now())).order_by(*inbox._order(spec))
        sql = str(query.limit(50).compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
        plan = " ".join(row[3] for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert index in plan and "TEMP B-TREE" not in plan, plan
