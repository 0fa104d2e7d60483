"""Issue 16, point 7 in the window: the navigator shows what this person has not opened yet,
per view and per account ("Open (12)", bold), and the numbers follow reading, "unread" and
"mark all read"; a colleague's reading changes nothing for this person."""
from __future__ import annotations

from app.services.inbound import inbox, reads
from app.services.inbound.inbox import ViewSpec


def unread_in_db(window, **fields) -> int:
    with window.ws.db.session() as s:
        return reads.unread_count(s, ViewSpec(user=window.user, **{"view": "open", **fields}), window.user)


def test_navigator_unread_counts_follow_reading_per_person(window, idle):
    nav = window.navigator
    open_key = ("view", "open")
    before = nav.unread_of(open_key)
    assert before == unread_in_db(window) > 0
    item = nav._find(open_key)
    assert item.text(0).endswith(f"({before})") and item.font(0).bold()
    assert f"{before} unread" in item.toolTip(1)

    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).unread)
    data = model.row_data(row)
    account_key = ("account", data.account_id)
    account_before = nav.unread_of(account_key)
    assert account_before == unread_in_db(window, account_id=data.account_id) > 0

    window.item_list.select_row(row)             # opening it reads it
    idle(window)
    assert nav.unread_of(open_key) == before - 1
    assert nav.unread_of(account_key) == account_before - 1

    window.bulk.run("unread", "Marking unread")  # the selection: that one item, through the door
    idle(window)
    assert nav.unread_of(open_key) == before and nav.unread_of(account_key) == account_before

    # A colleague reads everything: nothing changes for this person.
    with window.ws.db.session() as s:
        reads.mark_read(s, list(inbox.view_ids(s, ViewSpec(view="open"))), "Anders Holm")
    window.reload_counts()
    idle(window)
    assert nav.unread_of(open_key) == before

    window.bulk.mark_view_read()                 # "mark all read" in the Open view
    idle(window)
    assert nav.unread_of(open_key) == 0 == nav.unread_of(account_key)
    assert not nav._find(open_key).font(0).bold() and not nav._find(open_key).text(0).endswith(")")


def test_assigning_to_someone_away_asks_first_single_and_bulk(window, idle):
    from datetime import timedelta

    from app import clock
    from app.models import tables as t
    from app.services.team import handover
    with window.ws.db.session() as s:
        handover.set_away(s, "Anders Holm", clock.today() + timedelta(days=5), "Anders Holm")
    model = window.model
    rows = [r for r in range(model.rowCount()) if model.row_data(r).status == "new"][:3]
    ids = [model.id_at(r) for r in rows]
    asked = []
    window.confirm = lambda title, text: asked.append(text) or False      # "No, don't"
    window.item_list.select_row(rows[0])
    idle(window)
    window.team._assign(ids[0], "Anders Holm", window.user)
    idle(window)
    assert "Anders Holm is away until" in asked[-1] and window.statusBar().currentMessage() == "Not assigned."
    window.confirm = lambda title, text: asked.append(text) or True       # "Assign anyway"
    window.team._assign(ids[0], "Anders Holm", window.user)
    idle(window)
    assert len(asked) == 2 and "Assigned to Anders Holm." in window.statusBar().currentMessage()

    from tests.ui.test_workflow_ui import select_rows
    select_rows(window, [model.row_of(i) for i in ids[1:]])
    window.confirm = lambda title, text: asked.append(text) or False
    window.bulk.assign_to("Anders Holm")
    idle(window)
    assert len(asked) == 3 and "away until" in asked[-1]
    window.confirm = lambda title, text: asked.append(text) or True
    window.bulk.assign_to("Anders Holm")
    idle(window)
    assert "2 of 2 done" in window.statusBar().currentMessage()
    with window.ws.db.session() as s:
        assert [s.get(t.Item, i).assigned_to for i in ids] == ["Anders Holm"] * 3


def test_new_item_notifications_are_set_per_account_in_the_navigator(window, idle):
    from datetime import timedelta

    from app import clock
    from app.models import tables as t
    from app.services.inbound import new_items
    nav = window.navigator
    loud, quiet = nav._accounts[min(nav._accounts)], nav._accounts[max(nav._accounts)]
    menu = nav.account_menu(loud.account_id).findChild(type(nav.account_menu(loud.account_id)), "notifyNewMenu")
    choices = {a.data(): a for a in menu.actions()}
    assert list(choices) == ["off", "working_hours", "always"] and choices["off"].isChecked()
    choices["always"].trigger()
    idle(window)
    assert "Notifications for new items on" in window.statusBar().currentMessage()
    with window.ws.db.session() as s:
        assert new_items.mode_of(s.get(t.Account, loud.account_id).options) == "always"
        assert new_items.mode_of(s.get(t.Account, quiet.account_id).options) == "off"
    menu = nav.account_menu(loud.account_id).findChild(type(menu), "notifyNewMenu")
    assert [a.data() for a in menu.actions() if a.isChecked()] == ["always"]     # the menu shows the choice

    # A new item on each: only the account set to "always" pops up.
    with window.ws.db.session() as s:
        for acc in (loud, quiet):
            s.add(t.Item(account_id=acc.account_id, external_id=f"new-{acc.account_id}", kind="comment", text="Hej?",
                         author_name=f"Borger {acc.account_id}", received_at=clock.now(), status="new",
                         due_at=clock.now() + timedelta(hours=3)))
    window.tray.sent.clear()
    window.inbox.check_new_items()
    idle(window)
    assert window.tray.sent == [(f"New on {loud.name}", f"From Borger {loud.account_id}")]
