"""Issue 14.5: the conversation's ID-number warning names the number as the account's
country does (a Danish account: "CPR number", a Swedish one: "personnummer")."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app import clock as app_clock
from app.services.inbound import inbox
from app.ui.widgets.conversation import ConversationView
from tests.services.test_incoming_id_numbers import BOTH, _store


def test_the_warning_names_the_kind_in_the_accounts_reading(ws, qtbot):
    view = ConversationView()
    qtbot.addWidget(view)
    for country, expected in (("DK", "This text contains a CPR number. Hide it to protect the citizen."),
                              ("SE", "This text contains a personnummer. Hide it to protect the citizen.")):
        item_id = _store(ws, country, app_clock.now())[BOTH][0]
        with ws.db.session() as s:
            view.show_thread(inbox.thread_view(s, item_id), now=app_clock.now())
        shown = [w.text() for w in view.findChildren(QLabel, "idNumberWarningText") if w.isVisibleTo(view)]
        assert shown == [expected]
