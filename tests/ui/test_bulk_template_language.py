"""Issue 14.4 for the bulk "close with a template": the list opens on templates in the selected
items' account language, in the composer's order (``templates.offered_order``)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select as sql_select

from app.models import tables as t
from app.services.content import templates as tpl
from app.services.content import topic_view
from app.services.outbound import outbox


def _rows_of_language(window, language, n=2):
    model, profiles = window.model, window.inbox._profiles
    return [r for r in range(model.rowCount())
            if model.row_data(r).status == "new" and profiles.get(model.row_data(r).account_id) is not None
            and tpl.base_language(profiles[model.row_data(r).account_id].language) == language][:n]


def _select(window, rows):
    sel, model = window.item_list.selectionModel(), window.item_list.model()
    sel.clearSelection()
    for r in rows:
        sel.select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_bulk_template_list_offers_the_accounts_language_first(window, idle):
    for language in ("sv", "da"):
        rows = _rows_of_language(window, language)
        assert len(rows) == 2, language
        ids = [window.model.id_at(r) for r in rows]
        _select(window, rows)
        asked: list[list[str]] = []
        window.bulk.ask_choice = lambda title, label, labels, asked=asked: asked.append(labels)   # cancelled
        window.bulk.close_with_template()
        idle(window)
        assert len(asked) == 1
        offered = [label.rsplit("(", 1)[1].rstrip(")") for label in asked[0]]
        own = offered.count(language)
        assert own and offered[:own] == [language] * own, (language, offered)
        assert set(offered[own:]) and language not in offered[own:]
        with window.ws.db.session() as s:                      # cancelled: nothing sent
            assert all(outbox.actions_for_item(s, i) == [] for i in ids)


def test_the_order_is_the_composers_and_a_locale_form_counts(ws):
    with ws.db.session() as s:
        account = s.scalars(sql_select(t.Account).where(t.Account.language == "sv")).first()
        account.language = "sv-SE"                              # a locale form as settings may hold
        ids = s.scalars(sql_select(t.Item.id).where(t.Item.account_id == account.id).limit(3)).all()
        s.flush()
        assert topic_view.accounts_language(s, ids) == "sv"
        offered = topic_view.templates_for_items(s, ids)
        from app.services.content.templates_store import templates_for
        assert offered == tpl.offered_order(templates_for(s), "sv-SE")
        assert offered[0].language == "sv"
        assert topic_view.accounts_language(s, []) is None
