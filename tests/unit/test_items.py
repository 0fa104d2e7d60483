"""Status changes and deadline recomputation on the cache."""
from datetime import UTC, datetime

from app.models import tables as t
from app.models.db import open_url
from app.services.inbound import items
from tests.factories import make_account, make_item

MON_0900 = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)      # 09:00 in Copenhagen


def test_recompute_moves_running_clocks_only(tmp_path):
    db = open_url(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with db.session() as s:
        account = make_account(s, "Viborg", policy="workdays:2")
        open_id = make_item(s, account, MON_0900).id
        answered = make_item(s, account, MON_0900, status="answered")
        answered_id, answered_due = answered.id, answered.first_due_at
    with db.session() as s:
        assert s.get(t.Item, open_id).due_at == datetime(2026, 3, 11, 15, 0, tzinfo=UTC)
        s.get(t.Account, account.id).policy = "hours:24"
    with db.session() as s:
        assert items.recompute_deadlines(s) == 1
    with db.session() as s:
        item = s.get(t.Item, open_id)
        assert item.first_due_at == item.due_at == datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
        assert s.get(t.Item, answered_id).first_due_at == answered_due
    db.dispose()


def test_holding_reply_then_answer(tmp_path):
    db = open_url(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with db.session() as s:
        account = make_account(s, "Viborg", policy="workdays:2")
        item = make_item(s, account, MON_0900)
        tue = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
        items.apply_action(s, item, "holding_reply", "Mette", now=tue)
        # Follow-up: two working days after the holding reply: Thursday 16:00 local.
        assert item.status == t.STATUS_HOLDING
        assert item.due_at == item.followup_due_at == datetime(2026, 3, 12, 15, 0, tzinfo=UTC)
        items.apply_action(s, item, "reply", "Mette", now=tue)
        assert item.status == t.STATUS_ANSWERED and item.due_at is None and item.handled_by == "Mette"
        assert item.answered_late is False
    db.dispose()
