"""Issue 14.1 in the window: the first-run dialog, and no public reply without a name."""
from __future__ import annotations

import getpass

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from app.services.outbound import outbox
from app.ui.dialogs.first_run import FirstRunDialog


@pytest.fixture
def nameless(tmp_path, english, monkeypatch):
    from app.services.workspace import open_workspace
    monkeypatch.delenv("SVARBOX_USER", raising=False)
    workspace = open_workspace(data_dir=str(tmp_path), demo=True)
    yield workspace
    workspace.close()


def test_dialog_refuses_without_a_name_then_saves_the_profile(qtbot, nameless):
    from app.services.profile import needs_first_run
    from app.services.team.shared_settings import setting_value
    assert needs_first_run(nameless) and nameless.person_name == ""
    dialog = FirstRunDialog(nameless)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("   ")
    dialog.demo_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.choice is None
    assert not dialog.error.isHidden() and "name" in dialog.error.text().lower()
    dialog.name_edit.setText("Mette  Jensen")
    dialog.unit_edit.setText("Kommunikation")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("sv"))
    dialog.case_edit.setText("viborg.dk/kontakt")
    assert "/Mette, Kommunikation" in dialog.preview.text()
    dialog.connect_button.click()
    assert dialog.choice == "connect"
    assert nameless.person_name == "Mette Jensen" and not needs_first_run(nameless)
    assert nameless.settings.get("user.language") == "sv"
    assert setting_value(nameless, "org.case_channel") == "viborg.dk/kontakt"


def _answer_modal(name: str | None):
    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog) and dialog.mode == "name"
        if name is None:
            dialog.reject()
        else:
            dialog.name_edit.setText(name)
            dialog.findChild(QPushButton, "firstRunSave").click()
    QTimer.singleShot(0, answer)


def test_window_asks_for_the_name_before_the_first_reply(qtbot, nameless, idle):
    from app.ui.main_window import create_main_window
    window = create_main_window(nameless, background=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.confirm = lambda title, text: True
    window.ask_pending_on_quit = lambda count: "keep"
    assert window.wait_idle()
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).platform == "facebook"
               and model.row_data(r).kind == "comment" and not model.row_data(r).has_id_number)
    window.item_list.select_row(row)
    idle(window)
    item_id = window.composer.item_id
    login = getpass.getuser()
    assert not window.composer.context.signature.startswith("/" + login)
    window.composer.set_text("Tak for beskeden, vi ser på det i dag.")
    _answer_modal(None)              # closed without a name: nothing goes out
    window.do_action("reply")
    idle(window)
    with nameless.db.session() as s:
        assert outbox.actions_for_item(s, item_id) == []
    _answer_modal("Mette Jensen")    # the name is set; the preview now shows it
    window.do_action("reply")
    idle(window)
    with nameless.db.session() as s:
        assert outbox.actions_for_item(s, item_id) == []
    assert window.composer.context.signature.startswith("/Mette")
    assert window.composer.preview.toPlainText().endswith(window.composer.context.signature)
    window.do_action("reply")
    idle(window)
    with nameless.db.session() as s:
        actions = outbox.actions_for_item(s, item_id)
    assert len(actions) == 1 and "/Mette" in actions[0].text and "/" + login not in actions[0].text
    window.close()
    window.runner.shutdown()
