"""The crisis warning and the retention run, as the window schedules them (off the GUI thread)."""
from __future__ import annotations

import logging
import threading
from datetime import timedelta

from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from app.models import tables as t
from app.services.inbound import crisis
from app.services.records import retention
from tests.factories import make_items_at


def storm(window, count=30):
    """``count`` new items on the first Facebook account in the last hour; returns the account."""
    now = window.now()
    with window.ws.db.session() as s:
        account = s.scalars(select(t.Account).where(t.Account.platform == "facebook").order_by(t.Account.id)).first()
        make_items_at(s, account, [now - timedelta(minutes=3 + i) for i in range(count)], status="new",
                      text="Hvorfor lukker I Vestervang Skole?!", author_name="Vred borger")
        return account.id, account.name


def banner_button(banner, text):
    return next(b for b in banner.findChildren(QPushButton) if b.text() == text and b.isVisibleTo(banner))


def test_a_storm_gives_a_banner_one_notification_and_a_link_to_the_items(window, idle):
    account_id, name = storm(window)
    with window.ws.db.session() as s:
        [alert] = crisis.crisis_check(s, window.now())
        newest = crisis.crisis_item_ids(s, alert, window.now())[0]
    window.team.check_crisis()
    idle(window)
    text = window.crisis_banner.text()
    assert text == f"Unusual activity on {name}: {alert.last_hour} items in the last hour, usually 0"
    assert [m for m in window.tray.sent if m[0] == alert.title()] == [(alert.title(), text)]

    window.team.check_crisis()        # the same alert again: no second notification
    idle(window)
    assert len([m for m in window.tray.sent if m[0] == alert.title()]) == 1

    window.search_field.setText("xyz")            # a search would hide the items: it is cleared
    banner_button(window.crisis_banner, "Show the items").click()
    idle(window)
    assert window.navigator.current_key() == ("account", account_id)
    assert (window.inbox._spec.sort, window.inbox._spec.descending, window.inbox._spec.search) == ("received", True, None)  # noqa: E501
    assert window.composer.item_id == newest
    received = [window.model.row_data(r).received_at for r in range(window.model.rowCount())]
    assert received == sorted(received, reverse=True)

    banner_button(window.crisis_banner, "Dismiss").click()
    assert window.crisis_banner.text() == ""


def test_a_sync_runs_the_crisis_check(window, idle):
    account_id, _name = storm(window, 25)
    window.sync_now([account_id])
    idle(window)
    assert window.crisis_banner.text().startswith("Unusual activity on")


def test_retention_runs_off_the_gui_thread_is_logged_and_waits_a_day(window, idle, caplog, monkeypatch):
    now = window.now()
    with window.ws.db.session() as s:
        account = s.scalars(select(t.Account).order_by(t.Account.id)).first()
        make_items_at(s, account, [now - timedelta(days=800)], status="answered", text="Gammel tekst")
    threads = []
    real = retention.run_retention

    def spy(ws, now=None, **kwargs):
        threads.append(threading.current_thread())
        return real(ws, now, **kwargs)
    monkeypatch.setattr(retention, "run_retention", spy)
    with caplog.at_level(logging.INFO, logger="app.ui.controllers.team_controller"):
        window.team.run_retention()
        idle(window)
        window.team.run_retention()        # within 20 hours: the service says it is not due
        idle(window)
    assert len(threads) == 2 and all(th is not threading.main_thread() for th in threads)
    logged = [r.getMessage() for r in caplog.records if r.name == "app.ui.controllers.team_controller"]
    assert logged[0].startswith("retention: {") and '"items": 1' in logged[0]
    assert logged[1] == "retention: not due yet"
    with window.ws.db.session() as s:
        assert s.scalar(select(t.Item.text).where(t.Item.received_at < now - timedelta(days=799))) == ""


def test_background_schedule(make_window):
    window = make_window(background=True)
    team = window.team
    assert team.crisis_timer.isActive() and team.crisis_timer.interval() == 5 * 60_000
    assert team.retention_timer.isActive() and team.retention_timer.interval() == 60 * 60_000
    assert team.claim_poll_timer.isActive() and team.claim_poll_timer.interval() == 5_000
    assert team.assignment_timer.isActive() and team.assignment_timer.interval() == 30_000
    window.close()
    assert not any(tm.isActive() for tm in (team.crisis_timer, team.retention_timer, team.claim_poll_timer,
                                            team.assignment_timer))


def test_a_spreading_topic_shows_a_banner_that_searches_for_it(ws, make_window, idle):
    from datetime import timedelta

    from sqlalchemy import select

    from app import clock as app_clock
    from app.models import tables as t
    from tests.factories import make_account, make_item
    now = app_clock.now()
    with ws.db.session() as s:
        inst = s.scalars(select(t.Institution)).first()
        accounts = [make_account(s, f"Kanal {n}", country="DK", institution=inst) for n in range(2)]
        for n in range(9):
            make_item(s, accounts[n % 2], now - timedelta(minutes=3 + n), text=f"Hvorfor er Kløvervej lukket? ({n})",
                      author_name=f"Borger {n}")
    window = make_window()
    window.team.check_crisis()
    idle(window)
    banner = window.crisis_banner
    assert banner.isVisibleTo(window) and "Kløvervej" in banner.text()
    window.search_for("Kløvervej")
    idle(window)
    assert window.model.rowCount() >= 9
    assert all("Kløvervej" in window.model.row_data(r).text for r in range(window.model.rowCount()))
