"""Who may publish on which account, set in the settings window's Accounts tab (issue 19,
point 6), opened from the real main window; the setting then decides who publishes and who
only proposes."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import tables as t
from app.services.outbound import posts
from app.ui.dialogs.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
PACK = "Træning: en travl dag på kommunens kanaler"


def _in_settings(window, act):
    """Open Settings from the window as a person would (modal), run ``act`` inside it."""
    seen = []

    def step():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, step)
    window.show_settings()
    assert seen, "the settings window did not open"
    return seen[0]


def test_publishers_and_the_course_are_set_per_account(window, qtbot):
    with window.ws.db.session() as s:
        account_id = s.scalar(select(t.Account.id).order_by(t.Account.id))

    def set_publishers(dialog):
        dialog.show_page("accounts")
        dialog._show_account(account_id)
        box = dialog.account_editor(account_id).publisher_box
        assert box.isVisible() and box.names() == []
        assert box.warning.text() == "Everyone who uses Svarbox may publish on this account."
        qtbot.keyClicks(box.name_edit, "Sara  Lind ")
        box.add_button.click()
        qtbot.keyClicks(box.name_edit, "sara lind")          # the same person again: not twice
        qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
        assert box.names() == ["Sara Lind"]
        assert dialog.isVisible()                             # Enter added a name; it did not press OK
        assert "not on the list" in box.warning.text()        # the user (Mette) would lose the right
        qtbot.keyClicks(box.name_edit, window.user)
        qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
        assert not box.warning.isVisible()
        box.course_combo.setCurrentIndex(box.course_combo.findText(PACK))
        if os.environ.get("SVARBOX_SCREENSHOTS"):
            dialog.resize(1366, 768)
            editor = dialog.account_editor(account_id)
            editor.parentWidget().parentWidget().ensureWidgetVisible(box)
            dialog.grab().save(str(ROOT / "docs" / f"screenshot-publishers-{os.environ.get('SVARBOX_LANG', 'en')}.png"))
        dialog.ok_button.click()

    dialog = _in_settings(window, set_publishers)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    with window.ws.db.session() as s:
        account = s.get(t.Account, account_id)
        assert posts.publishers(account) == ["Sara Lind", window.user]
        assert posts._options(account)["publish_course_pack"] == PACK
        # Listed, but without the course's certificate: may not publish yet; others never.
        assert not posts.may_publish(s, account, window.user)
        assert not posts.may_publish(s, account, "Omar Haddad")
        s.add(t.TrainingCertificate(trainee=window.user, pack=PACK, language="da", points=9, maximum=10, percent=90,
                                    issued_at=window.now()))
        s.flush()
        assert posts.may_publish(s, account, window.user)
        events = list(s.scalars(select(t.AuditEvent).where(t.AuditEvent.action == "post_publishers_set",
                                                            t.AuditEvent.actor == window.user)))
        assert [e.account_id for e in events] == [account_id]

    def clear(dialog):
        box = dialog.account_editor(account_id).publisher_box
        assert box.names() == ["Sara Lind", window.user] and box.course_pack() == PACK
        box.list.selectAll()
        box.remove_button.click()
        box.course_combo.setCurrentIndex(0)
        assert box.course_pack() == ""
        dialog.ok_button.click()

    _in_settings(window, clear)
    with window.ws.db.session() as s:
        account = s.get(t.Account, account_id)
        assert posts.publishers(account) == [] and not posts._options(account).get("publish_course_pack")
        assert posts.may_publish(s, account, "Omar Haddad")


def test_nothing_changed_writes_nothing(window):
    def count():
        with window.ws.db.session() as s:
            return len(list(s.scalars(select(t.AuditEvent.id).where(t.AuditEvent.action == "post_publishers_set"))))
    before = count()
    _in_settings(window, lambda dialog: dialog.ok_button.click())
    assert count() == before
