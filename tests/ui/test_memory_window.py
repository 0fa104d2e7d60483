"""Answer memory in the window: selecting a recurring question shows the team's earlier answer,
and one click puts it into the composer for the new citizen, signed by today's writer."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select as sql_select

from app import clock as app_clock
from app.models import tables as t
from tests.factories import make_item, make_sent_reply


def test_recurring_question_offers_the_earlier_answer(ws, make_window, idle, find_row):
    now = app_clock.now()
    with ws.db.session() as s:
        account = s.scalars(sql_select(t.Account).where(t.Account.language == "da")).first()
        old = make_item(s, account, now - timedelta(days=20), status=t.STATUS_ANSWERED,
                        text="Hvornår har genbrugspladsen åbent om søndagen?", author_name="Jens Hansen",
                        handled_at=now - timedelta(days=20, hours=-1))
        make_sent_reply(s, old, "Hej Jens. Genbrugspladsen har åbent alle dage kl. 10-17.\n/Lise, Viborg Kommune",
                        author="Lise Holm")
        make_item(s, account, now - timedelta(minutes=20), text="Er genbrugspladsen åben på søndag?",
                  author_name="Karen Ølgaard")
    window = make_window()
    row = find_row(window, "Er genbrugspladsen åben")
    assert row >= 0
    window.item_list.select_row(row)
    idle(window)
    panel = window.memory_panel
    assert panel.use_buttons, "no earlier answer offered"
    panel.use_buttons[0].click()
    idle(window)
    text = window.composer.editor.toPlainText()
    assert text.startswith("Hej Karen. Genbrugspladsen har åbent alle dage")
    assert "/Lise" not in text and "Jens" not in text
    final = window.composer.final_text()
    assert final.rstrip().endswith(window.composer.context.signature.strip())


def test_an_unrelated_question_offers_nothing_wrong(ws, make_window, idle, find_row):
    with ws.db.session() as s:
        account = s.scalars(sql_select(t.Account).where(t.Account.language == "da")).first()
        make_item(s, account, app_clock.now() - timedelta(minutes=5), text="Qwxz plonk zyzzyva?",
                  author_name="Ny Borger")
    window = make_window()
    row = find_row(window, "Qwxz plonk")
    window.item_list.select_row(row)
    idle(window)
    assert window.memory_panel.use_buttons == []
    assert window.memory_panel.empty.isVisibleTo(window.memory_panel)
