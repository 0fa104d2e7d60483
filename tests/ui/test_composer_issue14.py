"""Issue 14, the composer: a template is inserted once; an empty reply is refused."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.services.outbound import outbox


def select(window, row, idle):
    window.item_list.select_row(row)
    idle(window)
    assert window.composer.item_id == window.model.id_at(row)


def first_comment(window):
    model = window.model
    return next(r for r in range(model.rowCount()) if model.row_data(r).kind == "comment"
                and model.row_data(r).platform == "facebook" and not model.row_data(r).has_id_number)


def test_template_picked_from_the_completer_is_inserted_once(window, idle, qtbot):
    select(window, first_comment(window), idle)
    composer = window.composer
    picker = window.findChild(QWidget, "templatePicker")
    picker.setFocus()
    qtbot.keyClicks(picker.lineEdit(), "Holding")
    completer = picker.completer()
    label = completer.completionModel().index(0, 0).data()
    template = composer.templates()[composer._picker_model.stringList().index(label)]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    idle(window)
    assert composer.editor.toPlainText() == template.body


def test_template_picked_from_the_list_is_inserted_once(window, idle):
    select(window, first_comment(window), idle)
    composer = window.composer
    template = composer.templates()[2]
    composer.picker.setCurrentIndex(2)
    composer.picker.activated.emit(2)
    idle(window)
    assert composer.editor.toPlainText() == template.body


def test_blank_reply_is_refused_in_the_window(window, idle):
    select(window, first_comment(window), idle)
    item_id = window.composer.item_id
    errors = []
    window.show_error = errors.append
    window.composer.set_text("   \n  ")
    assert window.composer.final_text() is None
    assert not window.composer.send_button.isEnabled()
    window.do_action("reply")
    idle(window)
    with window.ws.db.session() as s:
        assert outbox.actions_for_item(s, item_id) == []
    assert errors and "empty" in errors[0].lower()


def test_blank_reply_is_refused_by_the_service(ws):
    import pytest

    from app.errors import UsageError
    with ws.db.session() as s:
        from sqlalchemy import select as sql_select

        from app.models import tables as t
        item_id = s.scalar(sql_select(t.Item.id).where(t.Item.kind == "comment").limit(1))
        with pytest.raises(UsageError):
            outbox.queue_action(s, item_id, "reply", "Mette Jensen", "  ", signature="/Mette, Kommunikation")


def _focus_chain_after(widget):
    """The widgets Tab visits after ``widget``: visible, enabled, taking Tab focus."""
    out, w = [], widget.nextInFocusChain()
    while w is not widget and len(out) < 40:
        if (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and w.focusProxy() is None):
            out.append(w)
        w = w.nextInFocusChain()
    return out


def test_required_fill_in_field_comes_right_after_the_template_picker(window, idle):
    # Issue 14.4: the fill-in field used to come last, after every button.
    select(window, first_comment(window), idle)
    composer = window.composer
    template = next(t for t in composer.templates() if "{topic}" in t.body)
    composer.insert_template(template)
    from app.services.content import templates as tpl
    names = [n for n in tpl.placeholders(template.body) if n not in composer._context_values]
    fields = [composer.form_box.findChild(QWidget, f"placeholder_{n}") for n in names]
    assert "topic" in names and all(f is not None and f.isVisible() for f in fields)
    chain = _focus_chain_after(composer.picker)
    assert chain[:len(fields) + 1] == [*fields, composer.editor]


def test_a_started_signature_is_completed_in_the_preview(window, idle):
    select(window, first_comment(window), idle)
    composer = window.composer
    signature = composer.context.signature
    first = signature.split(",")[0]             # "/Mette"
    composer.set_text("Tak for din besked.\n" + first)
    assert composer.final_text() == "Tak for din besked.\n" + signature
    assert composer.preview.toPlainText().count(first) == 1


def test_templates_in_the_accounts_language_are_offered_first(window, idle):
    # Issue 14.4: a Swedish template must not come first on a Danish item, nor the reverse.
    model = window.model
    for language in ("sv", "da"):
        row = next(r for r in range(model.rowCount())
                   if model.row_data(r).kind == "comment" and window.inbox._profiles.get(
                       model.row_data(r).account_id) is not None
                   and window.inbox._profiles[model.row_data(r).account_id].language == language)
        select(window, row, idle)
        offered = window.composer.templates()
        own = [t for t in offered if t.language == language]
        assert own and offered[:len(own)] == own, language
        assert window.composer.picker.itemText(0).endswith(f"({language})")
        # an account setting written as a locale ("sv-SE", "da_DK") means the same language
        import dataclasses
        window.composer.set_context(dataclasses.replace(
            window.composer.context, language={"sv": "sv-SE", "da": "da_DK"}[language]))
        assert [t.language for t in window.composer.templates()[:len(own)]] == [language] * len(own)


def test_window_title_names_svarbox_once_and_last(window, idle):
    # Issue 14.5: Qt appends the display name to a title not ending with it, which gave
    # "Open – Svarbox – demo workspace — Svarbox".
    from PySide6.QtGui import QGuiApplication
    QGuiApplication.setApplicationDisplayName("Svarbox")
    window.inbox._update_view_title()
    title = window.windowTitle()
    assert title.endswith("Svarbox") and title.count("Svarbox") == 1, title
    assert "demo workspace" in title
