"""Issue 14, the composer: a template is inserted once; an empty reply is refused."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.services import outbox


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
