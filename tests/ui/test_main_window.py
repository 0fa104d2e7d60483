"""The inbox window driven like a communicator would, on the demo workspace."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app import clock as app_clock
from app.services.inbound import inbox
from app.services.outbound import outbox
from app.ui.models.item_model import COL_DUE, UrgencyRole


def select(window, row, idle):
    window.item_list.select_row(row)
    idle(window)
    assert window.composer.item_id == window.model.id_at(row)


def test_stable_object_names(window):
    for name in ("navigator", "itemList", "conversationView", "composer", "templatePicker", "sendButton",
                 "holdingReplyButton", "searchField"):
        assert window.findChild(QWidget, name) is not None, name


def test_title_says_demo_and_list_sorted_by_due(window):
    assert "demo workspace" in window.windowTitle()
    model = window.model
    dues = [model.row_data(r).due_at for r in range(model.rowCount())]
    assert dues and all(d is not None for d in dues)
    assert dues == sorted(dues)


def test_answer_from_template_with_signature(window, idle, find_row):
    model = window.model
    row = next(r for r in range(model.rowCount())
               if model.row_data(r).platform == "facebook" and model.row_data(r).kind == "comment"
               and not model.row_data(r).has_id_number)
    select(window, row, idle)
    item_id = window.composer.item_id
    composer = window.composer
    # Type to search: the picker filters by words of a template's label.
    composer.picker.setFocus()
    answer = next(t for t in composer.templates() if t.category == "answer")
    composer.insert_template(answer)
    for name in composer.missing_values():
        composer.set_value(name, "fredag")
    assert composer.missing_values() == []
    final = composer.final_text()
    assert "{" not in final
    assert composer.preview.toPlainText() == final
    signature = composer.context.signature
    assert signature.startswith("/Mette")
    assert final.endswith(signature)
    window.do_action("reply")
    idle(window)
    with window.ws.db.session() as s:
        actions = outbox.actions_for_item(s, item_id)
        tv = inbox.thread_view(s, item_id)
    assert [a.action for a in actions] == ["reply"]
    assert actions[0].text.endswith(signature)
    assert actions[0].author == "Mette Jensen"
    # The clock stopped and the item left "All open".
    assert tv.item.due_at is None and tv.item.status == "answered"
    assert item_id not in window.model.ids
    # In "Answered" the due cell says so instead of counting down.
    window.navigator.select_view("answered")
    idle(window)
    answered_row = window.model.row_of(item_id)
    assert answered_row >= 0
    assert window.model.index(answered_row, COL_DUE).data(UrgencyRole) == "none"


def test_ctrl_enter_sends_and_braces_never_go_out(window, idle, qtbot):
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "comment"
               and not model.row_data(r).has_id_number)
    select(window, row, idle)
    item_id = window.composer.item_id
    editor = window.composer.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Hej {author_first_name}, vi kigger på {topic}.")
    window.composer.refresh_now()
    assert window.composer.missing_values() == ["topic"]
    assert not window.findChild(QAbstractButton, "sendButton").isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(window)
    with window.ws.db.session() as s:
        assert outbox.actions_for_item(s, item_id) == []
    assert "Fill in" in window.error_banner.label.text()
    window.composer.set_value("topic", "affaldet")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(window)
    with window.ws.db.session() as s:
        sent = outbox.actions_for_item(s, item_id)
    assert len(sent) == 1 and "{" not in sent[0].text and "affaldet" in sent[0].text


def test_checker_errors_block_send_until_confirmed(window, idle, find_row):
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "comment")
    select(window, row, idle)
    item_id = window.composer.item_id
    window.composer.set_text("Hej. Dit cpr 010203-1234 er noteret.")
    assert window.composer.error_findings()
    asked = []
    window.confirm = lambda title, text: asked.append(text) or False
    window.do_action("reply")
    idle(window)
    assert asked and "identity number" in asked[0]
    with window.ws.db.session() as s:
        assert outbox.actions_for_item(s, item_id) == []
    findings = window.findChild(QWidget, "checkerFindings")
    assert findings.isVisible() and findings.count() >= 1


def test_hide_with_h(window, idle, qtbot):
    model = window.model
    row = next(r for r in range(model.rowCount())
               if model.row_data(r).platform == "facebook" and model.row_data(r).kind == "comment")
    select(window, row, idle)
    item_id = window.composer.item_id
    window.item_list.setFocus()
    qtbot.keyClick(window.item_list, Qt.Key.Key_H)
    idle(window)
    with window.ws.db.session() as s:
        actions = outbox.actions_for_item(s, item_id)
        tv = inbox.thread_view(s, item_id)
    assert [a.action for a in actions] == ["hide"]
    assert tv.item.status == "hidden"
    assert item_id not in window.model.ids


def test_no_reply_needed_is_audited(window, idle):
    select(window, 0, idle)
    item_id = window.composer.item_id
    window.do_action("no_reply")
    idle(window)
    with window.ws.db.session() as s:
        tv = inbox.thread_view(s, item_id)
    assert tv.item.status == "no_reply" and tv.item.handled_by == "Mette Jensen"
    assert item_id not in window.model.ids


def test_note_is_shown_in_the_conversation(window, idle):
    select(window, 0, idle)
    window.do_action("note")
    idle(window)
    assert any("Ringet op til borgeren." in t for t in window.conversation.texts())


def test_search_filters_the_view(window, idle, qtbot):
    total = window.model.rowCount()
    qtbot.keyClick(window.item_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "skraldespand")
    window.inbox._apply_search()
    idle(window)
    assert 0 < window.model.rowCount() < total
    for r in range(window.model.rowCount()):
        assert "skraldespand" in window.model.row_data(r).text.lower()
    # Authors are searched too.
    window.search_field.setText("Henrik Poulsen")
    window.inbox._apply_search()
    idle(window)
    assert window.model.rowCount() >= 1
    assert all(window.model.row_data(r).author_name == "Henrik Poulsen" for r in range(window.model.rowCount()))
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    idle(window)
    assert window.model.rowCount() == total


def test_html_in_a_comment_is_shown_literally(window, idle, find_row):
    window.navigator.select_view("open")
    idle(window)
    row = find_row(window, "<script>")
    assert row >= 0
    select(window, row, idle)
    view = window.findChild(QWidget, "conversationView")
    labels = [lbl for lbl in view.findChildren(QLabel) if "<b>x</b><script>" in lbl.text()]
    assert labels, "the comment text is not shown"
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.openExternalLinks()
    # The rendered label really shows the characters (rich text would drop the tags).
    assert labels[0].text().count("<") >= 3


def test_id_number_warning_offers_hide(window, idle, find_row):
    row = find_row(window, "010203-1234")
    assert row >= 0
    select(window, row, idle)
    visible = [w for w in window.conversation.findChildren(QWidget, "idNumberWarning") if w.isVisibleTo(window)]
    assert len(visible) == 1
    button = visible[0].findChild(QAbstractButton, "hideItButton")
    item_id = window.composer.item_id
    button.click()
    idle(window)
    with window.ws.db.session() as s:
        assert inbox.thread_view(s, item_id).item.status == "hidden"


def test_link_only_for_web_addresses():
    from app.ui.widgets.conversation import safe_url
    assert safe_url("https://facebook.com/123").toString() == "https://facebook.com/123"
    assert safe_url("http://example.org/x") is not None
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "ftp://x.org",
                "", None, "https://"):
        assert safe_url(bad) is None, bad


def test_keyboard_j_k_moves(window, idle, qtbot):
    window.item_list.setFocus()
    select(window, 0, idle)
    qtbot.keyClick(window.item_list, Qt.Key.Key_J)
    qtbot.keyClick(window.item_list, Qt.Key.Key_J)
    assert window.item_list.currentIndex().row() == 2
    qtbot.keyClick(window.item_list, Qt.Key.Key_K)
    assert window.item_list.currentIndex().row() == 1
    qtbot.keyClick(window.item_list, Qt.Key.Key_Down)
    assert window.item_list.currentIndex().row() == 2
    idle(window)
    assert window.composer.item_id == window.model.id_at(2)
    # r puts the cursor in the composer.
    qtbot.keyClick(window.item_list, Qt.Key.Key_R)
    assert window.composer.editor.hasFocus()


def test_shortcuts_are_in_menus_and_tooltips(window):
    actions = window.actions_by_key
    assert actions["sync"].shortcut().toString() == "F5"
    assert actions["search"].shortcut().toString() == "Ctrl+F"
    assert actions["next"].shortcut().toString() == "J"
    assert actions["hide"].shortcut().toString() == "H"
    assert "Ctrl+Return" in [s.toString() for s in actions["send"].shortcuts()]
    assert "Ctrl+Return" in window.findChild(QAbstractButton, "sendButton").toolTip()
    assert "(H)" in window.findChild(QAbstractButton, "hideButton").toolTip()


def test_every_focusable_widget_has_an_accessible_name(window, idle):
    select(window, 0, idle)
    window.composer.set_text("Hej {topic}")   # placeholder form and findings visible too
    missing = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == []
    try:
        from app.ui.accessibility import unnamed_controls
    except ImportError:
        unnamed_controls = None
    if unnamed_controls is not None:
        assert unnamed_controls(window) == []
    for name in ("navigator", "itemList", "templatePicker", "sendButton", "searchField"):
        widget = window.findChild(QWidget, name)
        assert widget.accessibleDescription(), name


def test_countdown_ticks_without_reset(window, idle):
    select(window, 2, idle)
    selected = window.item_list.current_id()
    resets = []
    window.model.modelReset.connect(lambda: resets.append(1))
    later = window.now() + timedelta(hours=1)
    window.clock = lambda: later
    window.tick()
    assert resets == []
    assert window.item_list.current_id() == selected
    assert window.tick_timer.interval() <= 30_000


def test_state_is_remembered(make_window, idle, ws):
    first = make_window()
    first.navigator.select_view("answered")
    idle(first)
    first.splitter.setSizes([300, 600, 500])
    sizes = first.splitter.sizes()
    first.close()
    path = ws.paths.data_dir / "window.ini"
    assert path.exists()
    assert QSettings(str(path), QSettings.Format.IniFormat).value("view/key") == "view:answered"
    second = make_window()
    assert second.navigator.current_key() == ("view", "answered")
    assert second.inbox._spec.view == "answered"
    assert second.splitter.sizes() == sizes


def test_outbox_banner_counts_waiting_actions(window, idle, monkeypatch):
    monkeypatch.setattr(window, "flush_outbox", lambda: None)   # keep it waiting
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).platform == "facebook"
               and model.row_data(r).kind == "comment")
    select(window, row, idle)
    window.do_action("hide")
    idle(window)
    assert window.outbox_banner.isVisibleTo(window)
    assert "1 action waiting to be sent" in window.outbox_banner.label.text()


def test_offline_banner_keeps_the_window_usable(window, idle):
    from app.services.inbound.sync import SyncResult
    accounts = window.inbox._counts.accounts
    window.syncing._synced(SyncResult(accounts[0].account_id, offline=True, status="offline"))
    idle(window)
    window.inbox._update_banners()
    assert window.offline_banner.isVisibleTo(window)
    assert "cannot be reached" in window.offline_banner.label.text()
    assert window.model.rowCount() > 0
    select(window, 0, idle)


def test_notifications_once_per_item(window, idle):
    later = window.now() + timedelta(days=3)
    window.clock = lambda: later
    window.check_notifications()
    idle(window)
    first = list(window.tray.sent)
    assert first
    window.check_notifications()
    idle(window)
    assert window.tray.sent == first
    window.ws.settings.set("notify.enabled", False)
    window.inbox._notified.clear()
    window.check_notifications()
    idle(window)
    assert window.tray.sent == first


def test_sync_now_refreshes_without_losing_the_selection(window, idle):
    select(window, 1, idle)
    selected = window.item_list.current_id()
    window.sync_now()
    idle(window)
    assert window.item_list.current_id() == selected
    assert "sync" in window.sync_label.text().lower()


def test_account_in_navigator_filters_the_list(window, idle):
    accounts = window.inbox._counts.accounts
    busiest = max(accounts, key=lambda a: a.open)
    assert window.navigator.select_key(("account", busiest.account_id))
    idle(window)
    assert window.model.rowCount() == busiest.open
    assert {window.model.row_data(r).account_id for r in range(window.model.rowCount())} == {busiest.account_id}
    assert window.view_title.text().startswith(busiest.name)


def test_header_click_sorts_in_sql(window, idle):
    header = window.item_list.horizontalHeader()
    from app.ui.models.item_model import COL_AUTHOR
    header.setSortIndicator(COL_AUTHOR, Qt.SortOrder.AscendingOrder)
    idle(window)
    assert window.inbox._spec.sort == "author"
    authors = [window.model.row_data(r).author_name for r in range(window.model.rowCount())]
    # Nameless authors (LinkedIn gives member ids only) sort first, as SQL's NULLs do.
    assert authors == sorted(authors, key=lambda a: (a is not None, a or ""))


def test_navigator_shows_sync_status_and_reconnect(window, idle):
    from dataclasses import replace as dc_replace
    counts = window.inbox._counts
    first, second = counts.accounts[0], counts.accounts[1]
    until = app_clock.now() + timedelta(minutes=30)
    counts.accounts[0] = dc_replace(first, status="needs_reconnect")
    counts.accounts[1] = dc_replace(second, status="paused", paused_until=until)
    window.navigator.set_counts(counts)
    nav = window.navigator
    assert "Needs reconnecting" in nav._find(("account", first.account_id)).text(0)
    assert "Paused until" in nav._find(("account", second.account_id)).text(0)
    nav.select_key(("account", first.account_id))
    assert nav.reconnect_button.isVisibleTo(window)
    asked = []
    nav.reconnectRequested.connect(asked.append)
    nav.reconnect_button.click()
    assert asked == [first.account_id]
    nav.select_key(("account", second.account_id))
    assert not nav.reconnect_button.isVisibleTo(window)


def test_picker_type_to_search_inserts_a_template(window, idle, qtbot):
    select(window, 0, idle)
    picker = window.findChild(QWidget, "templatePicker")
    picker.setFocus()
    qtbot.keyClicks(picker.lineEdit(), "Holding")
    completer = picker.completer()
    assert completer.completionCount() >= 1
    assert all("holding" in completer.completionModel().index(i, 0).data().lower()
               for i in range(completer.completionCount()))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    idle(window)
    assert window.composer.editor.toPlainText().strip()
    assert window.composer.template_category() == "holding"


def test_waiting_reply_can_be_edited_or_discarded(window, idle, monkeypatch):
    monkeypatch.setattr(window, "flush_outbox", lambda: None)   # keep it in the outbox
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "comment"
               and not model.row_data(r).has_id_number)
    select(window, row, idle)
    item_id = window.composer.item_id
    window.composer.set_text("Hej. Vi vender tilbage i morgen.")
    window.do_action("reply")
    idle(window)
    # The list shows the item with its countdown stopped; the thread shows the queued reply.
    window.navigator.select_view("answered")
    idle(window)
    window.item_list.select_id(item_id)
    idle(window)
    texts = window.conversation.texts()
    assert any("waiting to be sent" in t for t in texts)
    edit = next(b for b in window.conversation.findChildren(QAbstractButton)
                if b.text() == "Edit" and b.isVisibleTo(window))
    discard = next(b for b in window.conversation.findChildren(QAbstractButton)
                   if b.text() == "Discard" and b.isVisibleTo(window))
    assert discard.accessibleDescription()
    edit.click()
    idle(window)
    with window.ws.db.session() as s:
        states = [a.state for a in outbox.actions_for_item(s, item_id)]
        status = inbox.thread_view(s, item_id).item.status
    assert states == ["discarded"] and status == "new"
    assert window.composer.editor.toPlainText().startswith("Hej. Vi vender tilbage i morgen.")


def test_template_category_goes_with_the_reply(window, idle, monkeypatch):
    from app.services.outbound import actions  # the one door records the template's kind with the answer
    used = []
    monkeypatch.setattr(actions, "_record_template_use",
                        lambda session, item_id, category, actor: used.append((item_id, category, actor)))
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "comment"
               and not model.row_data(r).has_id_number)
    select(window, row, idle)
    composer = window.composer
    template = next(t for t in composer.templates() if t.category == "thanks")
    composer.insert_template(template)
    for name in composer.missing_values():
        composer.set_value(name, "x")
    item_id = composer.item_id
    window.do_action("reply")
    idle(window)
    assert used == [(item_id, "thanks", "Mette Jensen")]
    assert composer.template_category() is None   # the draft is gone after sending


def test_shortcuts_are_unique(window):
    from PySide6.QtGui import QAction
    seen = {}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            key = shortcut.toString()
            assert key not in seen, f"{key} is both {seen[key]!r} and {action.text()!r}"
            seen[key] = action.text()
    assert "Ctrl+R" in seen and "Ctrl+Shift+T" in seen


def test_templates_editor_opens_from_the_menu(window, qtbot):
    from app.ui.dialogs.template_editor import TemplateEditor
    window.show_templates()
    editors = window.findChildren(TemplateEditor)
    assert editors and editors[-1].list.count() > 0
    editors[-1].close()


def test_sync_progress_shows_under_the_account(window, idle):
    account = window.inbox._counts.accounts[0]
    window.syncProgress.emit(account.account_id, 42)
    item = window.navigator._find(("account", account.account_id))
    assert "42" in item.text(0) and account.name in item.text(0)
    window.sync_now([account.account_id])
    idle(window)
    assert "42" not in item.text(0)          # the account's status is back once the sync ends


def test_composer_uses_the_teams_shared_settings(window, ws, idle):
    from app.services.team import shared_settings as collab
    with ws.db.session() as s:
        collab.set_shared(s, "org.case_channel", "https://viborg.dk/kontakt", ws.user)
        collab.set_shared(s, "org.own_domains", "viborg.dk", ws.user)
    window.inbox.load_org_settings()
    idle(window)
    window.item_list.select_row(1)
    idle(window)
    context = window.composer.context
    assert context.own_domains == ("viborg.dk",)
    assert context.case_channel   # the account's own channel, else the team's
