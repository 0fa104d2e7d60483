"""Spam with a Page ban in the window (demo workspace, issue 16 point 3): Facebook asks Hide or
Hide and ban when Graph named the author, the conversation then shows the ban with Unban;
Instagram hides and says in the status line why there is no ban."""
from __future__ import annotations


def _select(window, idle, platform: str, where=lambda row: True):
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).platform == platform
               and model.row_data(r).status == "new" and model.row_data(r).kind == "comment"
               and where(model.row_data(r)))
    data = model.row_data(row)
    window.item_list.select_row(row)
    idle(window)
    assert window.composer.item_id == data.id
    return data


def _reselect(window, idle, item_id: int) -> None:
    again = next(r for r in range(window.model.rowCount()) if window.model.id_at(r) == item_id)
    window.item_list.select_row(again)
    idle(window)


def test_facebook_spam_can_ban_and_unban(window, idle):
    row = _select(window, idle, "facebook", lambda r: r.author_known)
    asked = []
    window.item_actions.choose = lambda title, text, choices: asked.append((title, text, choices)) or "ban"
    window.do_action("spam")
    idle(window)
    assert asked and [key for key, _ in asked[0][2]] == ["hide", "ban"] and "Unban" in asked[0][1]
    window.flush_outbox()
    idle(window)
    from app.services.outbound import outbox
    with window.ws.db.session() as session:
        sent = [(a.action, a.state) for a in outbox.actions_for_item(session, row.id)]
    assert sent == [("spam", "sent"), ("ban", "sent")]
    window.navigator.select_view("hidden")    # spam left the open view
    idle(window)
    _reselect(window, idle, row.id)
    assert "banned the author from the Page on Facebook" in " ".join(window.conversation.texts())
    from PySide6.QtWidgets import QPushButton
    unban = window.conversation.findChild(QPushButton, "unbanButton")
    assert unban is not None
    unban.click()
    idle(window)
    window.flush_outbox()
    idle(window)
    with window.ws.db.session() as session:
        assert [a.state for a in outbox.actions_for_item(session, row.id) if a.action == "unban"] == ["sent"]


def test_instagram_spam_hides_and_says_there_is_no_ban(window, idle):
    row = _select(window, idle, "instagram")
    window.item_actions.choose = lambda *a: (_ for _ in ()).throw(AssertionError("no question on Instagram"))
    window.do_action("spam")
    idle(window)
    assert "Instagram has no way" in window.statusBar().currentMessage()
    from app.services.outbound import outbox
    with window.ws.db.session() as session:
        assert [a.action for a in outbox.actions_for_item(session, row.id)] == ["spam"]


def test_the_held_view_and_the_conversation_say_why_youtube_holds_a_comment(window, idle):
    """Issue 16 point 5 in the window: the Held view lists YouTube's held and likely-spam
    comments, and the conversation says why each is held."""
    from PySide6.QtWidgets import QLabel
    window.navigator.select_view("held")
    idle(window)
    model = window.model
    statuses = {model.row_data(r).moderation_status for r in range(model.rowCount())}
    # (The demo's likely-spam comment arrives later in its live script.)
    assert "heldForReview" in statuses and statuses <= {"heldForReview", "likelySpam"}
    for r in range(model.rowCount()):
        window.item_list.select_row(r)
        idle(window)
        label = window.conversation.findChild(QLabel, "heldReason")
        assert label is not None and ("Held for review" in label.text() or "likely spam" in label.text())
