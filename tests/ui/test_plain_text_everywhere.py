"""Issue 14.9: citizen and platform text is shown as written in every view, role and dialog.

The demo workspace gets an HTML/script payload in every author name, text, account and
institution name, then the test walks every inbox view, every model role, the navigator, the
conversation, the composer and the confirmation dialog, asking what Qt would display."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTreeWidget, QTreeWidgetItemIterator, QWidget
from sqlalchemy import update

from app.models import tables as t
from app.ui.plaintext import shown

PAYLOAD = "<b>x</b><script>alert(1)</script>"
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
         Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole)


def poison(ws) -> None:
    with ws.db.session() as s:
        s.execute(update(t.Item).values(text=PAYLOAD + " hej", author_name=PAYLOAD))
        s.execute(update(t.Thread).values(text=PAYLOAD, author_name=PAYLOAD))
        for account in s.query(t.Account).all():
            account.name = f"{PAYLOAD}{account.id}"
        for inst in s.query(t.Institution).all():
            inst.name = f"{PAYLOAD}{inst.id}"


def literal(text) -> bool:
    """Where the payload is in ``text`` at all (raw or escaped), Qt shows it character for character."""
    if not isinstance(text, str) or ("<b>x" not in text and "&lt;b&gt;x" not in text):
        return True
    return PAYLOAD in shown(text)


def check_label(label: QLabel) -> None:
    text = label.text()
    if "<b>x" in text:
        assert label.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(text), \
            f"{label.objectName() or label}: {text!r} would be rendered as HTML"


def walk_widgets(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        assert literal(widget.toolTip()), (widget.objectName(), widget.toolTip())
        if isinstance(widget, QLabel):
            check_label(widget)
        if isinstance(widget, QTreeWidget):
            it = QTreeWidgetItemIterator(widget)
            while it.value():
                item = it.value()
                for col in range(widget.columnCount()):
                    assert literal(item.toolTip(col)), item.toolTip(col)
                it += 1


def test_payload_is_never_interpreted(ws, make_window, idle):
    poison(ws)
    window = make_window()
    window.refresh()
    idle(window)
    model = window.model
    seen_payload = False
    for view in ("open", "overdue", "due_today", "followup", "answered", "hidden"):
        window.navigator.select_view(view)
        idle(window)
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                for role in ROLES:
                    value = model.data(model.index(row, col), role)
                    seen_payload |= isinstance(value, str) and "<b>x" in value
                    if role == Qt.ItemDataRole.ToolTipRole:
                        assert literal(value), (view, row, col, value)
    assert seen_payload
    walk_widgets(window)
    window.navigator.select_view("open")
    idle(window)
    for row in range(min(model.rowCount(), 4)):
        window.item_list.select_row(row)
        idle(window)
        walk_widgets(window)
        assert any(PAYLOAD in (lbl.text() if lbl.textFormat() == Qt.TextFormat.PlainText else shown(lbl.text()))
                   for lbl in window.conversation.findChildren(QLabel))


def test_confirmation_quoting_an_author_is_plain_text(ws, make_window, idle):
    poison(ws)
    window = make_window()
    from app.ui import window_dialogs
    window.confirm = lambda title, text: window_dialogs.confirm(window, title, text)
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.No).click()
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).platform == "facebook")
    window.item_list.select_row(row)
    idle(window)
    QTimer.singleShot(0, answer)
    window.do_action("delete")
    assert seen and PAYLOAD in seen[0][1] and seen[0][0] == Qt.TextFormat.PlainText
