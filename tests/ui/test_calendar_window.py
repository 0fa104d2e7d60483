"""The planning calendar widget: week and month views, status colours from the palette,
the running-client warning, drag to reschedule (a real drop event), filters, manual
channel entries, .ics export; opened from the main window beside the inbox."""
from __future__ import annotations

from datetime import datetime, time, timedelta

import icalendar
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QColor, QDropEvent

from app import clock as app_clock
from app.models import tables as t
from app.services.outbound import posts
from app.ui import theme
from app.ui.dialogs.calendar_cells import MIME, POST_ROLE, STATUS_ROLE
from app.ui.dialogs.calendar_window import CalendarWidget


def _accounts(ws):
    from app.services import accounts
    infos = accounts.list_accounts(ws)
    return {i.platform: i for i in infos}


def _plan(ws, days_ahead: int, platform: str, text: str, *, hour: int = 10, status: str = "scheduled",
          campaign: str | None = None) -> int:
    zone = app_clock.local_zone()
    day = app_clock.now().astimezone(zone).date() + timedelta(days=days_ahead)
    at = datetime.combine(day, time(hour, 0), zone)
    account = _accounts(ws)[platform]
    with ws.db.session() as s:
        [post_id] = posts.compose(s, "Mette Jensen", {account.id: text}, link="https://www.aarby.dk/info", at=at,
                                  campaign=campaign, status="draft")
        if status == "scheduled":
            posts.submit(s, post_id, "Mette Jensen")
    return post_id


@pytest.fixture
def calendar(qtbot, ws):
    def make():
        widget = CalendarWidget(ws)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        return widget
    return make


def _cell_of(widget, post_id):
    for cell in widget.cells:
        for i in range(cell.entries.count()):
            if cell.entries.item(i).data(POST_ROLE) == post_id:
                return cell, cell.entries.item(i)
    return None, None


def test_week_view_places_posts_with_status_colours_and_warns_about_running_clients(calendar, ws):
    fb = _plan(ws, 1, "facebook", "Kulturnat på rådhuset", hour=9)
    x = _plan(ws, 1, "x", "Kulturnat: program", hour=11)
    draft = _plan(ws, 2, "facebook", "Idé: julekalender", status="draft")
    widget = calendar()
    widget.go_today()
    days = widget.days()
    assert len(widget.cells) == 7 and days[0].weekday() == 0
    cell, item = _cell_of(widget, fb)
    if cell is None:        # tomorrow is in next week
        widget.step(1)
        cell, item = _cell_of(widget, fb)
    assert cell.day == (app_clock.now().astimezone(app_clock.local_zone()) + timedelta(days=1)).date()
    assert item.background().color() == QColor(theme.colours(STATUS_ROLE["scheduled"]).bg)
    assert "09:00" in item.text() and "scheduled" in item.text()
    _cell, x_item = _cell_of(widget, x)
    assert "⚠" in x_item.text() and "⚠" not in item.text()     # Facebook schedules natively; X does not
    assert widget.warning.isVisible() and "1 post" in widget.warning.text()
    _cell, draft_item = _cell_of(widget, draft)
    if draft_item is not None:
        assert draft_item.background().color() == QColor(theme.colours("note").bg)


def test_month_view_has_six_weeks(calendar, ws):
    widget = calendar()
    widget.set_mode("month")
    assert len(widget.cells) == 42
    first = widget.anchor.replace(day=1)
    assert first in [c.day for c in widget.cells]


def test_drop_on_another_day_reschedules_at_the_same_time(calendar, ws, qtbot):
    post_id = _plan(ws, 3, "x", "Vejarbejde på Storegade", hour=14)
    widget = calendar()
    widget.set_mode("month")
    cell, _item = _cell_of(widget, post_id)
    if cell is None:
        widget.step(1)
        cell, _item = _cell_of(widget, post_id)
    target = next(c for c in widget.cells if c.day == cell.day + timedelta(days=2))
    data = QMimeData()
    data.setData(MIME, str(post_id).encode())
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.entries.dropEvent(event)
    with ws.db.session() as s:
        moved = s.get(t.Post, post_id).scheduled_at.astimezone(app_clock.local_zone())
    assert moved.date() == target.day and moved.hour == 14
    assert _cell_of(widget, post_id)[0].day == target.day


def test_moving_into_the_past_is_refused_in_words(calendar, ws):
    post_id = _plan(ws, 1, "x", "Svømmehal", hour=12)
    widget = calendar()
    widget.set_mode("month")
    assert widget.move_post(post_id, app_clock.now().date() - timedelta(days=3)) is False
    assert "passed" in widget.message.text()


def test_filters_manual_channels_and_ics_export(calendar, ws, tmp_path):
    _plan(ws, 1, "facebook", "Affald", campaign="Affald 2027")
    _plan(ws, 1, "x", "Svømning")
    widget = calendar()
    widget.set_mode("month")
    zone = app_clock.local_zone()
    manual = widget.add_manual("newsletter", "Nyhedsbrev december",
                               datetime.combine(app_clock.now().astimezone(zone).date() + timedelta(days=1), time(8), zone))  # noqa: E501
    assert manual and any(r.id == manual and r.channel == "newsletter" for r in widget.rows)
    assert widget.add_manual("signs", "  ", app_clock.now()) is None and "title" in widget.message.text()
    total = len(widget.rows)
    index = widget.campaign_filter.findText("Affald 2027")
    widget.campaign_filter.setCurrentIndex(index)
    assert [r.campaign for r in widget.rows] == ["Affald 2027"]
    widget.campaign_filter.setCurrentIndex(0)
    assert len(widget.rows) == total
    path = widget.export_ics(str(tmp_path / "plan.ics"))
    events = icalendar.Calendar.from_ical((tmp_path / "plan.ics").read_bytes()).walk("VEVENT")
    assert len(events) == total and path


def test_dark_scheme_uses_the_dark_palette(calendar, ws):
    post_id = _plan(ws, 1, "facebook", "Mørk")
    theme.set_scheme("dark")
    try:
        widget = calendar()
        widget.set_mode("month")
        _cell, item = _cell_of(widget, post_id)
        if item is None:
            widget.step(1)
            _cell, item = _cell_of(widget, post_id)
        assert item.background().color() == QColor(theme.PALETTES["dark"]["banner.outbox"].bg)
    finally:
        theme.set_scheme("light")


def test_opened_from_the_main_window_beside_the_inbox(window):
    window.actions_by_key["calendar"].trigger()
    dock = window._calendar_dock
    assert dock.isVisible() and dock.widget().objectName() == "planningCalendar"
    assert window.item_list.isVisible()              # the inbox stays beside it


def test_composer_checks_per_platform_and_saves_for_several_accounts(qtbot, ws):
    from app.ui.dialogs.post_composer import PostComposer
    accounts = _accounts(ws)
    dialog = PostComposer(ws, user="Mette Jensen")
    qtbot.addWidget(dialog)
    dialog.account_boxes[accounts["x"].id].setChecked(True)
    dialog.account_boxes[accounts["facebook"].id].setChecked(True)
    dialog.text.setPlainText("Vejarbejde " * 30)
    dialog.link.setText("https://www.aarby.dk/vej")
    x_preview = dialog.previews[accounts["x"].id].text()
    fb_preview = dialog.previews[accounts["facebook"].id].text()
    assert "✖" in x_preview and "280" in x_preview and "credits" in x_preview
    assert "✖" not in fb_preview
    assert dialog.save(submit=True) == []                       # X refuses: nothing saved
    assert "280" in dialog.message.text()
    dialog.editors[accounts["x"].id].setPlainText("Vejarbejde på Storegade i uge 50")
    dialog.text.setPlainText("Vejarbejde på Storegade i uge 50 og 51: omkørsel via Nørregade")
    assert dialog.editors[accounts["x"].id].toPlainText() == "Vejarbejde på Storegade i uge 50"   # kept its own text
    dialog.image.setText(str(__import__("pathlib").Path(__file__)))
    assert "alt text" in dialog.previews[accounts["facebook"].id].text()
    dialog.image.setText("")
    ids = dialog.save(submit=True)
    assert len(ids) == 2
    with ws.db.session() as s:
        texts = sorted(s.get(t.Post, i).text for i in ids)
        assert texts == ["Vejarbejde på Storegade i uge 50", "Vejarbejde på Storegade i uge 50 og 51: omkørsel via Nørregade"]  # noqa: E501
        assert {s.get(t.Post, i).status for i in ids} == {"scheduled"}


def test_templates_exist_in_three_languages():
    from app.services.outbound.post_templates import templates_for
    for language in ("da", "sv", "en"):
        assert {t.key for t in templates_for(language)} == {"service", "closure", "event"}
        assert all("{link}" in t.body for t in templates_for(language))


def test_approve_and_reject_from_the_calendar(calendar, ws):
    account = _accounts(ws)["facebook"]
    with ws.db.session() as s:
        posts.set_publishers(s, account.id, ["Anna Holm"], "admin")
    proposed = _plan(ws, 1, "facebook", "Forslag fra skolen")
    rejected = _plan(ws, 1, "facebook", "Forslag to")
    widget = calendar()
    assert widget.approve_post(proposed) is False and "may not publish" in widget.message.text()
    widget.user = "Anna Holm"
    assert widget.reject_post(rejected, "") is False
    assert widget.reject_post(rejected, "Dato mangler") is True
    assert widget.approve_post(proposed, "Fint") is True
    with ws.db.session() as s:
        assert s.get(t.Post, proposed).status == "scheduled" and s.get(t.Post, rejected).status == "rejected"
