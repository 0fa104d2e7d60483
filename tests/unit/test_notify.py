"""Which items get a desktop notification: pure rules, then persistence."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app import clock as app_clock
from app.services.inbound.calendar import WorkCalendar
from app.services.inbound.notify import Candidate, items_to_notify

CPH = ZoneInfo("Europe/Copenhagen")
DK = WorkCalendar.for_country("DK")
NOW = datetime(2026, 3, 13, 15, 30, tzinfo=CPH)   # Friday, half an hour before closing


def cand(item_id, due, **kw):
    return Candidate(item_id, 1, due, f"Borger {item_id}", "Viborg Kommune", **kw)


def test_soon_means_one_working_hour():
    rows = [
        cand(1, NOW + timedelta(minutes=45)),                    # 45 working minutes
        cand(2, datetime(2026, 3, 16, 8, 20, tzinfo=CPH)),       # Monday 08:20: 30 + 20 working minutes
        cand(3, datetime(2026, 3, 16, 10, tzinfo=CPH)),          # Monday 10:00: 2.5 working hours
        cand(4, NOW - timedelta(minutes=5)),                     # just overdue
        cand(5, None),
    ]
    notes = items_to_notify(rows, NOW, {1: DK})
    assert [(n.item_id, n.kind) for n in notes] == [(1, "soon"), (2, "soon"), (4, "overdue")]


def test_without_calendar_elapsed_time_is_used():
    notes = items_to_notify([cand(2, datetime(2026, 3, 16, 8, 20, tzinfo=CPH))], NOW, None)
    assert notes == []


def test_once_per_item_and_deadline():
    rows = [cand(1, NOW + timedelta(minutes=30)), cand(2, NOW - timedelta(hours=1))]
    first = items_to_notify(rows, NOW, DK)
    assert len(first) == 2
    assert items_to_notify(rows, NOW, DK, already=[n.key for n in first]) == []
    # Persisted flags count as already notified.
    flagged = [cand(1, NOW + timedelta(minutes=30), notified_soon=True),
               cand(2, NOW - timedelta(hours=1), notified_overdue=True)]
    assert items_to_notify(flagged, NOW, DK) == []
    # A "soon" notification does not prevent the "overdue" one later.
    later = NOW + timedelta(hours=1)
    assert [n.kind for n in items_to_notify([cand(1, NOW + timedelta(minutes=30), notified_soon=True)],
                                            later, DK)] == ["overdue"]


def test_persisted_in_the_database(tmp_path):
    from app.services.inbound import notify
    from app.services.workspace import open_workspace
    ws = open_workspace(data_dir=str(tmp_path), demo=True, user="Mette Jensen")
    try:
        later = app_clock.now().astimezone(CPH) + timedelta(days=3)
        with ws.db.session() as s:
            notes = notify.pending(s, later)
        assert notes
        with ws.db.session() as s:
            notify.mark_notified(s, notes)
        with ws.db.session() as s:
            assert notify.pending(s, later) == []
            profiles = notify.account_profiles(s)
        assert profiles and all(p.calendar is not None for p in profiles.values())
    finally:
        ws.close()


def test_overdue_on_friday_still_notifies_on_monday_morning():
    # Due Friday 15:00; the office closes 16:00 on Friday, so on Monday 08:00 the item has been
    # overdue for one working hour: notify, although 65 wall-clock hours have passed.
    due = datetime(2026, 3, 13, 15, 0, tzinfo=CPH)
    monday = datetime(2026, 3, 16, 8, 0, tzinfo=CPH)
    notes = items_to_notify([cand(7, due)], monday, {1: DK})
    assert [(n.item_id, n.kind) for n in notes] == [(7, "overdue")]
    # Without a calendar the 24-hour wall-clock rule stays: no pop-up for a weekend-old item.
    assert items_to_notify([cand(7, due)], monday, None) == []
    # More than a working day overdue (Friday's hour + Monday 08:00-16:00): missed, no pop-up.
    tuesday = datetime(2026, 3, 17, 8, 30, tzinfo=CPH)
    assert items_to_notify([cand(7, due)], tuesday, {1: DK}) == []


def test_overdue_before_christmas_notifies_after_the_closure():
    # 23 December 15:30 due; 24-26 December closed and then a weekend: next opening is 28 Dec.
    due = datetime(2026, 12, 23, 15, 30, tzinfo=CPH)
    after = datetime(2026, 12, 28, 8, 15, tzinfo=CPH)
    notes = items_to_notify([cand(8, due)], after, {1: DK})
    assert [(n.item_id, n.kind) for n in notes] == [(8, "overdue")]


def test_database_candidates_reach_back_over_a_long_weekend(tmp_path):
    from app.services.inbound import notify
    from app.services.workspace import open_workspace
    ws = open_workspace(data_dir=str(tmp_path), demo=True, user="Mette Jensen")
    try:
        with ws.db.session() as s:
            due = s.execute(notify.select(notify.t.Item.due_at)
                            .where(notify.t.Item.due_at.is_not(None))
                            .order_by(notify.t.Item.due_at)).scalars().first()
            assert due is not None
            three_days_later = due + timedelta(days=3)
            rows = notify.candidates(s, three_days_later)
        assert any(r.due_at == due for r in rows)
    finally:
        ws.close()
