"""Start-up: self-test, known errors in words with exit 2, the crash dialog."""
from __future__ import annotations

import sys
from argparse import Namespace

from PySide6.QtWidgets import QPlainTextEdit

from app import gui
from app.errors import DatabaseError


def args(tmp_path, **kw):
    base = dict(data_dir=str(tmp_path), database_url=None, demo=False, training=None, self_test=False,
                user="Mette Jensen", command=None)
    base.update(kw)
    return Namespace(**base)


def test_self_test_prints_its_report(qapp, tmp_path, capsys):
    import os
    have_keychain = bool(os.environ.get("SVARBOX_SECRET_SERVICE") or os.environ.get("SVARBOX_REQUIRE_KEYCHAIN"))
    assert gui.run_gui(args(tmp_path, self_test=True)) == (0 if have_keychain else 1)
    out = capsys.readouterr().out
    assert "ok    window        demo inbox rendered with" in out
    assert ("self-test ok" if have_keychain else "self-test FAILED") in out


def test_known_error_while_opening_is_shown_and_exits_2(qapp, tmp_path, monkeypatch):
    shown = []

    def refuse(_args):
        raise DatabaseError("The database is newer than this Svarbox; update Svarbox.")
    monkeypatch.setattr(gui, "open_for_gui", refuse)
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    hook = sys.excepthook
    try:
        assert gui.run_gui(args(tmp_path)) == 2
    finally:
        sys.excepthook = hook
    assert shown == ["The database is newer than this Svarbox; update Svarbox."]


def test_no_real_accounts_falls_back_to_demo(qapp, tmp_path):
    ws = gui.open_for_gui(args(tmp_path))
    try:
        assert ws.kind == "demo"
    finally:
        ws.close()


def test_crash_dialog_has_copyable_details(qtbot, tmp_path):
    from app.ui.dialogs.crash_dialog import CrashDialog
    dialog = CrashDialog("Traceback (most recent call last):\n  boom", tmp_path / "svarbox.log")
    qtbot.addWidget(dialog)
    details = dialog.findChild(QPlainTextEdit, "crashDetails")
    assert details.isReadOnly() and "boom" in details.toPlainText()
