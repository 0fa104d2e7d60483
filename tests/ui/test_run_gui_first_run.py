"""Issue 14.1 through the real start path: ``gui.run_gui`` on an empty data folder with no name
shows the first-run dialog; once the name is filled in, the first reply is signed with it and
not with the OS login. The test plays the person from a timer while ``run_gui`` runs its own
dialog and event loop, then closes the window so ``run_gui`` returns."""
from __future__ import annotations

import getpass
import sys
import threading
from argparse import Namespace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import gui
from app.services.outbound import outbox
from app.ui.dialogs.first_run import FirstRunDialog
from app.ui.main_window import MainWindow


def _start_args(tmp_path) -> Namespace:
    return Namespace(data_dir=str(tmp_path), database_url=None, demo=False, training=None, self_test=False,
                     user=None, command=None, teach=None, edit_pack=None, minimized=False, class_code=None)


def test_first_start_asks_for_the_name_and_signs_the_first_reply_with_it(qapp, tmp_path, monkeypatch):
    monkeypatch.delenv("SVARBOX_USER", raising=False)
    seen: dict = {}

    def play() -> None:
        """One step per tick: the dialog first, then the window (run_gui shows them in turn)."""
        try:
            modal = QApplication.activeModalWidget()
            if isinstance(modal, FirstRunDialog) and "dialog" not in seen:
                seen["dialog"] = (modal.mode, modal.windowTitle())
                modal.name_edit.setText("Mette Jensen")
                modal.unit_edit.setText("Kommunikation")
                modal.demo_button.click()
                return
            window = next((w for w in QApplication.topLevelWidgets()
                           if isinstance(w, MainWindow) and w.isVisible()), None)
            if window is None:
                return
            ticker.stop()
            if "dialog" not in seen:
                raise AssertionError("the window came without the first-run dialog")
            window.confirm = lambda title, text: True
            window.ask_pending_on_quit = lambda count: "keep"
            assert window.wait_idle()
            model = window.model
            row = next(r for r in range(model.rowCount()) if model.row_data(r).platform == "facebook"
                       and model.row_data(r).kind == "comment" and not model.row_data(r).has_id_number)
            window.item_list.select_row(row)
            assert window.wait_idle()
            item_id = window.composer.item_id
            window.composer.set_text("Tak for beskeden, vi ser på det i dag.")
            window.do_action("reply")
            assert window.wait_idle()
            with window.ws.db.session() as s:
                seen["sent"] = [a.text for a in outbox.actions_for_item(s, item_id)]
            seen["person"] = window.ws.person_name
            window.close()
            window.runner.shutdown()
        except BaseException as exc:  # noqa: BLE001 - reported by the test, never left in Qt's loop
            seen["error"] = exc
            for w in QApplication.topLevelWidgets():
                if isinstance(w, MainWindow):
                    w.ask_pending_on_quit = lambda count: "keep"
                    w.close()
                    w.runner.shutdown()
        QApplication.instance().quit()

    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(play)
    ticker.start()
    guard = QTimer()                 # a failure must not leave run_gui's event loop running
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (seen.setdefault("error", "run_gui did not finish"), qapp.quit()))
    guard.start(30_000)
    hooks = sys.excepthook, threading.excepthook
    try:
        code = gui.run_gui(_start_args(tmp_path))
    finally:
        ticker.stop()
        guard.stop()
        sys.excepthook, threading.excepthook = hooks
        from app.ui.dialogs import crash_dialog
        if crash_dialog._handler is not None:
            crash_dialog._handler.uninstall()
            crash_dialog._handler = None
    assert "error" not in seen, seen.get("error")
    assert code == 0
    assert seen["dialog"] == ("welcome", "Welcome to Svarbox")
    assert seen["person"] == "Mette Jensen"
    login = getpass.getuser()
    assert len(seen["sent"]) == 1
    assert "/Mette" in seen["sent"][0] and f"/{login}" not in seen["sent"][0], seen["sent"]
