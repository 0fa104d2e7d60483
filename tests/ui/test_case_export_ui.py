"""Records export from the window (Item menu and the conversation pane) and "Forget this person"."""
from __future__ import annotations

import json
import threading

from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from app.models import tables as t
from app.services.records import export


def select_row(window, idle, row=0):
    window.item_list.select_row(row)
    idle(window)
    return window.composer.item_id


def test_export_from_the_item_menu_writes_pdf_and_json_off_the_gui_thread(window, idle, tmp_path, monkeypatch):
    item_id = select_row(window, idle)
    threads = []
    real = export.export_case

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)
    monkeypatch.setattr(export, "export_case", spy)
    asked = []
    window.ask_export_path = lambda suggested: asked.append(suggested) or str(tmp_path / "sag-42")
    window.actions_by_key["export_case"].trigger()
    idle(window)
    assert asked and "svarbox-" in asked[0] and str(item_id) in asked[0]
    assert threads and threads[0] is not threading.main_thread()
    pdf, js = tmp_path / "sag-42.pdf", tmp_path / "sag-42.json"
    assert pdf.read_bytes().startswith(b"%PDF")
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["format"] == "svarbox-case-export" and data["exported_by"] == "Mette Jensen"
    # It says where: in the status bar and in a banner with a way to the folder.
    assert str(pdf) in window.statusBar().currentMessage()
    assert window.notice_banner.text().startswith("Case record saved: " + str(pdf))
    assert any(b.text() == "Open folder" for b in window.notice_banner.findChildren(QPushButton))


def test_export_from_the_conversation_pane_and_cancel(window, idle, tmp_path):
    select_row(window, idle)
    window.ask_export_path = lambda suggested: None           # the person cancelled
    button = window.conversation.findChild(QPushButton, "exportCaseButton")
    assert button is not None and button.accessibleName() == "Export as case record"
    button.click()
    idle(window)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.json"))
    window.ask_export_path = lambda suggested: str(tmp_path / "fra-samtalen")
    button.click()
    idle(window)
    assert (tmp_path / "fra-samtalen.pdf").exists() and (tmp_path / "fra-samtalen.json").exists()


def test_forget_this_person_explains_then_anonymises(window, idle):
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).author_name)
    item_id = select_row(window, idle, row)
    author = model.row_data(row).author_name
    account_id = model.row_data(row).account_id
    with window.ws.db.session() as s:
        theirs = s.scalar(select(func.count(t.Item.id)).where(t.Item.account_id == account_id,
                                                              t.Item.author_name == author))
    asked = []
    window.confirm = lambda title, text: asked.append((title, text)) or False
    window.actions_by_key["forget"].trigger()
    idle(window)
    title, text = asked[0]
    assert title == "Forget this person?"
    assert author in text and "cannot be undone" in text and "anonymised" in text
    with window.ws.db.session() as s:
        assert s.get(t.Item, item_id).author_name == author        # said no: nothing happened

    window.confirm = lambda title, text: True
    window.actions_by_key["forget"].trigger()
    idle(window)
    with window.ws.db.session() as s:
        item = s.get(t.Item, item_id)
        assert item.author_name is None and item.text == "" and item.purged
        assert s.scalar(select(func.count(t.Item.id)).where(t.Item.author_name == author)) == 0
        assert s.scalar(select(func.count(t.AuditEvent.id)).where(t.AuditEvent.action == "forget_author")) == 1
    assert window.statusBar().currentMessage().startswith("Forgotten:")
    assert str(theirs) in window.statusBar().currentMessage()
