"""Issue 16 in the window: bulk actions on the multi-selection through the door with one
summary, spam refused in words where the platform cannot hide, the Failed actions view."""
from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QItemSelectionModel

from app.models import tables as t
from app.services.inbound import inbox
from app.services.outbound import outbox


def select_rows(window, rows):
    sel = window.item_list.selectionModel()
    sel.clearSelection()
    model = window.item_list.model()
    for r in rows:
        sel.select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)


def test_bulk_no_reply_on_the_selection_with_one_summary(window, idle):
    model = window.model
    rows = [r for r in range(model.rowCount()) if model.row_data(r).status == "new"][:3]
    ids = [model.id_at(r) for r in rows]
    select_rows(window, rows)
    assert sorted(window.bulk.selected()) == sorted(ids)
    window.bulk.run("no_reply", "Closing")
    idle(window)
    assert "3 of 3 done" in window.statusBar().currentMessage()
    with window.ws.db.session() as s:
        assert {s.get(t.Item, i).status for i in ids} == {"no_reply"}
    assert not set(ids) & set(window.model.ids)


def test_bulk_spam_refuses_linkedin_in_words_and_hides_the_rest(window, idle):
    model = window.model
    rows = [r for r in range(model.rowCount()) if model.row_data(r).status == "new"
            and model.row_data(r).kind == "comment"]
    fb = [r for r in rows if model.row_data(r).platform == "facebook"][:2]
    li = [r for r in rows if model.row_data(r).platform == "linkedin"][:1]
    assert fb and li
    ids = {model.id_at(r): model.row_data(r).platform for r in fb + li}
    select_rows(window, fb + li)
    window.bulk.run("spam", "Marking as spam")
    idle(window)
    message = window.statusBar().currentMessage()
    assert f"{len(fb)} of {len(fb) + 1} done" in message and "LinkedIn cannot hide" in message
    with window.ws.db.session() as s:
        for item_id, platform in ids.items():
            item = s.get(t.Item, item_id)
            assert item.status == ("new" if platform == "linkedin" else "spam")
            assert [a.action for a in outbox.actions_for_item(s, item_id)] == ([] if platform == "linkedin" else ["spam"])  # noqa: E501


def test_failed_view_in_the_navigator_and_the_banner_links_to_it(window, idle):
    window.inbox.show_failed()
    idle(window)
    assert window.navigator.current_key() == ("view", "failed")
    with window.ws.db.session() as s:
        assert inbox.count(s, inbox.ViewSpec(view="failed")) == window.model.rowCount()


def test_refer_sends_the_referral_and_offers_the_records_checklist(window, idle, qtbot):
    from sqlalchemy import update
    with window.ws.db.session() as s:
        s.execute(update(t.Institution).values(case_channel="aarby.dk/kontakt"))
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).platform == "facebook"
               and model.row_data(r).kind == "comment" and model.row_data(r).status == "new"
               and model.row_data(r).author_name)
    window.item_list.select_row(row)
    idle(window)
    item_id = window.composer.item_id
    window.item_actions.do_action("refer")
    idle(window)
    with window.ws.db.session() as s:
        [action] = outbox.actions_for_item(s, item_id)
        assert action.action == "refer" and "aarby.dk/kontakt" in action.text
        assert s.get(t.Item, item_id).status == "referred"
    box = window.item_actions._checklist
    assert box.isVisible() and "records system" in box.windowTitle()
    box.reject()


def _reply_row(window):
    model = window.model
    return next(r for r in range(model.rowCount())
                if model.row_data(r).platform == "facebook" and model.row_data(r).kind == "comment"
                and not model.row_data(r).has_id_number and model.row_data(r).status == "new")


def test_undo_send_takes_the_reply_back_before_it_leaves(window, idle, qtbot):
    from PySide6.QtWidgets import QPushButton
    window.ws.settings.set("outbox.undo_seconds", 5)
    window.item_list.select_row(_reply_row(window))
    idle(window)
    item_id = window.composer.item_id
    window.composer.set_text("Hej! Tak for beskeden, vi kigger på det i dag.")
    window.do_action("reply")
    idle(window)
    button = window.statusBar().findChild(QPushButton, "undoSendButton")
    assert button is not None and button.isVisible()
    with window.ws.db.session() as s:
        [action] = outbox.actions_for_item(s, item_id)
        assert action.state == "queued"              # held back: nothing has left yet
    assert outbox.flush(window.ws) == []
    button.click()
    idle(window)
    with window.ws.db.session() as s:
        [action] = outbox.actions_for_item(s, item_id)
        assert action.state == "discarded"
        assert s.get(t.Item, item_id).status == "new"
    assert "Tak for beskeden" in window.composer.editor.toPlainText()
    assert "Undone" in window.statusBar().currentMessage()


def test_a_held_reply_is_sent_when_the_undo_time_is_over(window, idle, qtbot):
    window.ws.settings.set("outbox.undo_seconds", 1)
    window.item_list.select_row(_reply_row(window))
    idle(window)
    item_id = window.composer.item_id
    window.composer.set_text("Hej! Tak for beskeden, vi kigger på det i dag.")
    window.do_action("reply")
    idle(window)

    def sent():
        with window.ws.db.session() as s:
            assert [a.state for a in outbox.actions_for_item(s, item_id)] == ["sent"]
    qtbot.waitUntil(lambda: (window.wait_idle(), sent()) and True, timeout=10000)


def test_unread_rows_are_bold_until_opened_per_person(window, idle):
    from PySide6.QtCore import Qt

    from app.services.inbound import reads
    model = window.model
    first = model.id_at(0)
    # The window opened the first item at start (current row): read. Another is still unread.
    other_row = next(r for r in range(1, model.rowCount()) if model.row_data(r).status == "new")
    other = model.id_at(other_row)
    assert model.row_data(other_row).unread
    assert model.data(model.index(other_row, 2), Qt.ItemDataRole.FontRole).bold()
    window.item_list.select_row(other_row)
    idle(window)
    row = model.row_of(other)
    assert not model.row_data(row).unread
    font = model.data(model.index(row, 2), Qt.ItemDataRole.FontRole)
    assert font is None or not font.bold() or model.row_data(row).due_at is not None
    with window.ws.db.session() as s:
        assert reads.read_among(s, [other], "Mette Jensen") == {other}
        assert reads.read_among(s, [other], "Anders Holm") == set()      # a colleague has not read it
    # Mark all read: nothing unread left in the view, for this person only.
    window.bulk.mark_view_read()
    idle(window)
    assert not any(model.row_data(r).unread for r in range(min(model.rowCount(), 50)))
    with window.ws.db.session() as s:
        assert reads.unread_count(s, window.inbox._spec, "Mette Jensen") == 0
        assert reads.unread_count(s, window.inbox._spec, "Anders Holm") > 0
    assert first is not None


def test_new_item_notifications_per_account_and_the_tray_unread_count(window, idle):
    from datetime import timedelta

    from sqlalchemy import select

    from app import clock as app_clock
    from app.services.inbound import new_items
    idle(window)
    assert window.inbox._new_since is not None          # the first check only learns where "new" starts
    with window.ws.db.session() as s:
        quiet, loud = list(s.scalars(select(t.Account).order_by(t.Account.id)))[:2]
        new_items.set_mode(s, loud.name, "always", "Mette Jensen")
        for account, ext in ((quiet, "quiet-1"), (loud, "loud-1")):
            s.add(t.Item(account_id=account.id, external_id=ext, kind="comment", text="Hej?",
                         author_name=f"Borger {ext}", received_at=app_clock.now() - timedelta(minutes=1),
                         status="new", due_at=app_clock.now() + timedelta(hours=3)))
        loud_name = loud.name
    window.tray.sent.clear()
    window.inbox.check_new_items()
    idle(window)
    assert window.tray.sent == [(f"New on {loud_name}", "From Borger loud-1")]   # "off" stays quiet
    assert window.tray.unread > 0
    window.inbox.check_new_items()
    idle(window)
    assert len(window.tray.sent) == 1                   # never twice


def test_working_hours_mode_follows_the_account_calendar(ws):
    from datetime import datetime

    from sqlalchemy import select

    from app.services.inbound import new_items
    with ws.db.session() as s:
        account = s.scalars(select(t.Account)).first()
        new_items.set_mode(s, account.name, "working-hours", "Mette Jensen")
        assert new_items.mode_of(account.options) == "working_hours"
        # A Sunday night is outside working hours on any Danish or Swedish calendar.
        sunday_night = datetime(2026, 3, 15, 22, 0, tzinfo=UTC)
        assert not new_items.in_working_hours(account, sunday_night)
        wednesday = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)
        assert new_items.in_working_hours(account, wednesday)
        import pytest

        from app.errors import UsageError
        with pytest.raises(UsageError):
            new_items.set_mode(s, account.name, "sometimes", "Mette Jensen")


def test_away_returns_assigned_items_with_a_note_and_the_handover_note_greets_the_next_person(make_window, idle, ws):
    from datetime import timedelta

    from sqlalchemy import select

    from app import clock as app_clock
    from app.services.team import handover
    with ws.db.session() as s:
        mine = list(s.scalars(select(t.Item).where(t.Item.status == "new").limit(2)))
        for item in mine:
            item.assigned_to = "Mette Jensen"
        ids = [i.id for i in mine]
        s.add(t.Claim(item_id=ids[0], user_name="Mette Jensen", client_id="x",
                      expires_at=app_clock.now() + timedelta(minutes=5)))
    with ws.db.session() as s:
        n = handover.set_away(s, "Mette Jensen", app_clock.today() + timedelta(days=10), "Mette Jensen")
        assert n == 2
        handover.add_note(s, "Anders Holm", "Pas på tråden om vejarbejdet – borgermøde i morgen.")
    with ws.db.session() as s:
        assert all(s.get(t.Item, i).assigned_to is None for i in ids)
        assert s.scalar(select(t.Claim).where(t.Claim.user_name == "Mette Jensen")) is None
        notes = list(s.scalars(select(t.Note).where(t.Note.item_id.in_(ids))))
        assert len(notes) == 2 and all("away until" in x.text for x in notes)
        assert "Mette Jensen" in handover.away(s)
        handover.clear_away(s, "Mette Jensen", "Mette Jensen")
        assert handover.away(s) == {}
    window = make_window()
    idle(window)
    banner = window.notice_banner
    assert banner.isVisible() and "vejarbejdet" in banner.label.text() and "Anders Holm" in banner.label.text()
