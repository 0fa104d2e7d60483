"""Template suggestions in the composer (issue 21.4): the templates that fit the open item
best come first in the picker, marked as suggestions; an item nothing fits keeps the usual
order (the item's language first, by category)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select as sql_select

from app import clock as app_clock
from app.models import tables as t
from app.services.content import templates as tpl
from tests.factories import make_item


def test_the_best_fitting_templates_come_first(ws, make_window, idle, find_row):
    with ws.db.session() as s:
        s.add(t.Template(name="Åbningstider genbrugsplads", category="answer", language="da",
                         body="Hej {author_first_name}. Genbrugspladsen har åbent alle dage kl. 10-17, "
                              "også søndag."))
        account = s.scalars(sql_select(t.Account).where(t.Account.language == "da")).first()
        make_item(s, account, app_clock.now() - timedelta(minutes=3), author_name="Karen Ølgaard",
                  text="Hvornår har genbrugspladsen åbent på søndag?")
        make_item(s, account, app_clock.now() - timedelta(minutes=4), author_name="Ny Borger",
                  text="Qwxz plonk zyzzyva?")
    window = make_window()
    composer = window.composer
    window.item_list.select_row(find_row(window, "genbrugspladsen åbent på søndag"))
    idle(window)
    assert composer.suggested >= 1
    assert composer.templates()[0].name == "Åbningstider genbrugsplads"
    labels = composer._picker_model.stringList()
    assert labels[0].startswith("Suggested: ") and "Åbningstider genbrugsplads" in labels[0]
    assert sum(label.startswith("Suggested: ") for label in labels) == composer.suggested <= 3
    assert len(labels) == len(set(labels))                  # a suggestion is not listed twice
    window.item_list.select_row(find_row(window, "Qwxz plonk"))
    idle(window)
    assert composer.suggested == 0
    order = {c: i for i, c in enumerate(tpl.CATEGORIES)}
    shown = composer.templates()
    assert shown == sorted(shown, key=lambda x: (x.language != "da", order.get(x.category, 99), x.name))
    assert not any(label.startswith("Suggested: ") for label in composer._picker_model.stringList())
