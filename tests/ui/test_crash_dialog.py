"""Crash dialog: shown on the GUI thread for bugs from any thread, details redacted, copyable."""
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import KnownError
from app.ui.dialogs import crash_dialog


@pytest.fixture
def handler(qapp, tmp_path, monkeypatch):
    shown = []
    # exec() would block the test: record the dialog and close it straight away
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", lambda self: shown.append(self) or 0)
    h = crash_dialog.install_excepthook(tmp_path / "logs" / "svarbox.log")
    h.shown = shown
    yield h
    h.uninstall()


def test_bug_in_a_worker_thread_opens_the_dialog_on_the_gui_thread(qtbot, handler):
    def boom():
        raise RuntimeError("token EAABsbCS1iHgBAKZCZBZCpZAaZBZCZAZBZC1234567 broke")
    t = threading.Thread(target=boom, name="sync-worker")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(handler.shown))
    dialog = handler.shown[0]
    text = dialog.details_edit.toPlainText()
    assert "RuntimeError" in text and "sync-worker" in text and "Svarbox" in text
    assert "EAABsbCS1iHgBAKZCZBZCpZAaZBZCZAZBZC1234567" not in text and "[redacted]" in text
    assert dialog.details_edit.isReadOnly()
    assert "svarbox.log" in dialog.log_label.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.details


def test_same_bug_twice_is_shown_once(qtbot, handler):
    for _ in range(3):
        try:
            raise ValueError("again")
        except ValueError as exc:
            handler.sys_hook(type(exc), exc, exc.__traceback__)
    qtbot.wait(50)
    assert len(handler.shown) == 1


def test_known_error_gets_a_sentence_not_a_crash_dialog(qtbot, handler, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    exc = KnownError("The database is locked by another program.")
    handler.sys_hook(KnownError, exc, None)
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["The database is locked by another program."] and not handler.shown


def test_slot_exception_reaches_the_hook(qtbot, handler):
    def bad():
        raise KeyError("from a slot")
    QTimer.singleShot(0, bad)
    qtbot.waitUntil(lambda: bool(handler.shown), timeout=3000)
    assert "KeyError" in handler.shown[0].details
