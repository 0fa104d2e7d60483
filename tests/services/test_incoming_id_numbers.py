"""Issue 14.5/14.7 on incoming items: a citizen's ID number is flagged as the account's country
reads it. A Danish account calls a number that is both a valid CPR number and a valid
personnummer a CPR number, a Swedish account a personnummer; a bare 0-leading date-valid
number is a possible CPR number on a Danish account and a Swedish phone number's shape on a
Swedish one. Stored through the sync's own ``store_page``, shown by the conversation."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.connectors import base as cb
from app.models import tables as t
from app.services.content import idnumbers
from app.services.inbound import inbox, sync
from tests import factories as f

BOTH = "Hej, mit nummer er 120512-1237, kan I hjælpe?"         # CPR date and personnummer (Luhn) alike
BARE = "Min søn har 0102851236 som nummer"                      # CPR date, no modulus 11, 0-leading


def _store(ws, country, now):
    with ws.db.session() as s:
        account = f.make_account(s, f"Konto {country}", country=country)
        page = cb.Page(threads=[cb.FetchedThread("post-1", "post", "Opslag")], items=[
            cb.FetchedItem(f"c{n}", "post-1", cb.ItemKind.COMMENT, text, now - timedelta(minutes=5 + n),
                           author_id=f"u{n}", author_name="Borger")
            for n, text in enumerate((BOTH, BARE))])
        sync.store_page(s, account, page, sync.SyncResult(account.id), now)
        rows = s.execute(select(t.Item.id, t.Item.text, t.Item.has_id_number)
                         .where(t.Item.account_id == account.id)).all()
        return {text: (item_id, flag) for item_id, text, flag in rows}


def test_a_danish_account_flags_cpr_numbers_as_cpr(ws, fixed_clock):
    items = _store(ws, "DK", fixed_clock.now())
    assert items[BOTH][1] and items[BARE][1]
    with ws.db.session() as s:
        assert inbox.thread_view(s, items[BOTH][0]).id_number_kind == idnumbers.CPR
        assert inbox.thread_view(s, items[BARE][0]).id_number_kind == idnumbers.POSSIBLE_CPR


def test_a_swedish_account_flags_personnummer(ws, fixed_clock):
    items = _store(ws, "SE", fixed_clock.now())
    assert items[BOTH][1] and not items[BARE][1]           # 010285…: a Swedish mobile number's shape
    with ws.db.session() as s:
        assert inbox.thread_view(s, items[BOTH][0]).id_number_kind == idnumbers.PERSONNUMMER
        assert inbox.thread_view(s, items[BARE][0]).id_number_kind is None

