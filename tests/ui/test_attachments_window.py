"""An image-only comment in the real window: the list says "[Photo]", the conversation shows a
labelled placeholder, and "Show picture" in the demo says in words why nothing is loaded."""
import json

from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import select

from app import clock as app_clock
from app.models import tables as t
from app.ui.models.item_model import COL_TEXT
from app.ui.widgets.attachment_view import AttachmentStrip


def test_image_only_comment_in_list_and_conversation(ws, make_window, idle):
    with ws.db.session() as s:
        account = s.scalars(select(t.Account).where(t.Account.platform == "facebook")).first()
        thread = s.scalars(select(t.Thread).where(t.Thread.account_id == account.id)).first()
        now = app_clock.now()
        item = t.Item(account_id=account.id, thread_id=thread.id, external_id="photo-only-1", kind="comment",
                      author_name="Bo Skov", author_id="uid-bo", text="", received_at=now, status="new",
                      first_due_at=now, due_at=now,
                      cached_at=now, attachments=json.dumps([{"kind": "photo",
                                                               "image_url": "https://demo.svarbox.invalid/p.jpg"}]))
        s.add(item)
        s.flush()
        item_id = item.id
    window = make_window()
    window.refresh()
    idle(window)
    row = window.model.row_of(item_id)
    assert row >= 0
    assert window.model.data(window.model.index(row, COL_TEXT)) == "[Photo]"
    window.item_list.select_row(row)
    idle(window)
    strips = window.conversation.findChildren(AttachmentStrip)
    assert [s.item_id for s in strips] == [item_id]
    bodies = [w.text() for w in window.conversation.findChildren(QLabel, "messageBody")]
    assert "[Photo]" in bodies
    button = strips[0].findChild(QPushButton, "showPicture")
    button.click()
    idle(window)
    message = strips[0].messages[0]
    assert message.isVisible() and "demo" in message.text().lower()
    assert strips[0].pictures[0].pixmap().isNull()
