"""Two institutions and three colleagues' logins on a real PostgreSQL, for the row-level
security tests and the bench.

- Aarby Kommune: the teamkit's Facebook Page (synced by the owner, a superuser here, standing
  in for the migration/owner role), with a note, a claim and a queued answer.
- Aarby Bibliotek: a second account with its own thread, items, note, claim and outbox row.
- Logins (unique per test, roles are cluster-wide): ``admin`` administrator of the Kommune;
  ``bo`` communicator for the Kommune and reader for the Bibliotek; ``carl`` communicator
  for the Bibliotek only.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

import psycopg
from sqlalchemy import select

from app import clock
from app.models import tables as t
from app.services.inbound import items as item_service
from app.services.team import access

KOMMUNE, BIBLIOTEK = "Aarby Kommune", "Aarby Bibliotek"


def login_url(url: str, login: str, driver: str = "postgresql+psycopg") -> str:
    scheme, rest = url.split("://", 1)
    _user, host = rest.split("@", 1)
    return f"{driver}://{login}@{host}"


def raw(url: str, login: str) -> psycopg.Connection:
    """A psql-like connection as ``login``: raw SQL, no Svarbox in between."""
    return psycopg.connect(login_url(url, login, "postgresql"), autocommit=True, connect_timeout=10)


@dataclass
class Scene:
    url: str
    admin: str
    bo: str
    carl: str
    kommune_account: int
    bibliotek_account: int
    kommune_items: list[int]
    bibliotek_items: list[int]

    def url_for(self, login: str) -> str:
        return login_url(self.url, login)


def build_scene(team) -> Scene:
    """On a Team (teamkit) whose Anna connects as the superuser owner."""
    suffix = uuid.uuid4().hex[:6]
    admin, bo, carl = f"admin_{suffix}", f"bo_{suffix}", f"carl_{suffix}"
    now = clock.now()
    with team.anna.db.session() as s:
        lib = t.Institution(name=BIBLIOTEK)
        s.add(lib)
        s.flush()
        acc = t.Account(name="Aarby Bibliotek (Facebook)", platform="facebook", institution_id=lib.id,
                        external_id="999888777")
        s.add(acc)
        s.flush()
        thread = t.Thread(account_id=acc.id, external_id="999888777_1", text="Åbningstider i julen",
                          created_at=now - timedelta(hours=5))
        s.add(thread)
        s.flush()
        lib_items = []
        for n in range(2):
            item = t.Item(account_id=acc.id, thread_id=thread.id, external_id=f"lib_c{n}", kind="comment",
                          author_name="Låner", text=f"Har I åbent den 27.? {n}",
                          received_at=now - timedelta(hours=2), due_at=now + timedelta(hours=3))
            s.add(item)
            s.flush()
            lib_items.append(item.id)
        s.add(t.Note(item_id=lib_items[0], author="Bibliotekar", text="Tjek med filialen", created_at=now))
        s.add(t.Claim(item_id=lib_items[1], user_name="Bibliotekar", client_id="lib-client",
                      expires_at=now + timedelta(minutes=5)))
        s.add(t.OutboxAction(account_id=acc.id, item_id=lib_items[0], action="reply", text="Ja.",
                             author="Bibliotekar", idempotency_key=uuid.uuid4().hex, target="{}",
                             state=t.OUTBOX_SENT))
        item_service.audit(s, "Bibliotekar", "exported", item_id=lib_items[0], account_id=acc.id)
        kommune_account = team.account_id
        kommune_institution = s.get(t.Account, kommune_account).institution_id
        kommune_items = list(s.scalars(select(t.Item.id).where(t.Item.account_id == kommune_account)
                                       .order_by(t.Item.id)))
        s.add(t.Note(item_id=kommune_items[0], author="Anna Holm", text="Spørg vejafdelingen",
                     created_at=now))
        access.grant(s, admin, "administrator", institution=KOMMUNE, actor="owner")
        access.grant(s, bo, "communicator", institution=KOMMUNE, display_name="Bo Nielsen", actor="owner")
        access.grant(s, bo, "reader", institution=BIBLIOTEK, actor="owner")
        access.grant(s, carl, "communicator", institution=BIBLIOTEK, display_name="Carl Berg",
                     actor="owner")
        assert kommune_institution is not None
    return Scene(team.url, admin, bo, carl, kommune_account, acc.id, kommune_items, lib_items)
