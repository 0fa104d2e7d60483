"""The report window's "Posts" tab: posts published per account and week and the comments
each brought, for the window's period and account scope (issue 19, point 8)."""
from __future__ import annotations

import os
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from app import clock as app_clock
from app.models import tables as t

ROOT = Path(__file__).resolve().parents[2]


def _published_posts(ws):
    """Two posts on the first account (one carrying a demo thread's comments), one on another."""
    now = app_clock.now()
    with ws.db.session() as s:
        first, second = list(s.scalars(select(t.Account).order_by(t.Account.id)))[:2]
        thread = s.scalar(select(t.Thread).where(t.Thread.account_id == first.id).order_by(t.Thread.id))
        comments = s.scalar(select(func.count(t.Item.id)).where(t.Item.thread_id == thread.id,
                                                                 t.Item.status != t.STATUS_OWN))
        for account, text, thread_id, ago in ((first, "Vinterbadning ved havnen åbner", thread.id, 1),
                                              (first, "Ny bibliotekslov", None, 2),
                                              (second, "Genbrugspladsen holder lukket", None, 40)):
            s.add(t.Post(group_key=uuid.uuid4().hex, account_id=account.id, text=text, status=t.POST_PUBLISHED,
                         author="Mette Jensen", idempotency_key=uuid.uuid4().hex, thread_id=thread_id,
                         permalink="https://www.facebook.com/1_2", published_at=now - timedelta(hours=ago)))
        return first, second, comments


def test_the_posts_tab_counts_per_week_and_comments_per_post(window, idle):
    first, second, comments = _published_posts(window.ws)
    window.actions_by_key["reports"].trigger()
    rw = window.report_window
    idle(window)
    tabs = rw.findChild(type(rw.posts_panel.parentWidget().parentWidget()), "reportTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Answers", "Posts"]
    tabs.setCurrentWidget(rw.posts_panel)
    panel = rw.posts_panel
    today = app_clock.local_now().date()
    rw.select_period("custom", today - timedelta(days=4), today)
    idle(window)
    assert sum(r.published for r in panel.weeks) == 3
    assert panel.post_table.rowCount() == 3
    by_text = {panel.post_table.item(r, 2).text(): r for r in range(panel.post_table.rowCount())}
    row = by_text["Vinterbadning ved havnen åbner"]
    assert panel.post_table.item(row, 3).text() == str(comments) and comments > 0
    assert panel.post_table.item(row, 2).toolTip() == "https://www.facebook.com/1_2"
    assert panel.week_table.item(0, 1).text().startswith("Week ")
    assert f"{comments} comments" in panel.status.text()
    # One account in scope: only its posts.
    assert rw.select_scope("account", second.id)
    idle(window)
    assert [panel.post_table.item(r, 2).text() for r in range(panel.post_table.rowCount())] == [
        "Genbrugspladsen holder lukket"]
    if os.environ.get("SVARBOX_SCREENSHOTS"):
        rw.select_scope(None)
        idle(window)
        rw.resize(1366, 768)
        rw.grab().save(str(ROOT / "docs" / f"screenshot-report-posts-{os.environ.get('SVARBOX_LANG', 'en')}.png"))
