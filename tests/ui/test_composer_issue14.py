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
