"""Durability: an action the window reports as queued survives a power cut. The outbox
commit of ``queue_action`` runs with SQLite's synchronous=FULL (the WAL is fsynced before the
commit returns) or PostgreSQL's synchronous_commit=on, while every other transaction keeps
the cheaper default. The cost is measured by bench/outbox_durability.py."""
from __future__ import annotations

import random

import pytest
from sqlalchemy import event, select, text

from app.models import tables as t
from app.services import outbox
from app.services.sync import sync_account
from tests.team.pgfixtures import require_or_skip
from tools.chaos.world import SIGNATURE, USER, World

PROBE = {"sqlite": "PRAGMA synchronous", "postgresql": "SHOW synchronous_commit"}
DURABLE = {"sqlite": 2, "postgresql": "on"}          # 2 = FULL


@pytest.mark.parametrize("store", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_outbox_commit_is_durable_and_only_it_pays_for_it(tmp_path, store):
    if store == "postgresql":
        require_or_skip()
    world = World(tmp_path / "world", store, random.Random(3), platforms=["facebook"])
    try:
        platform = world.platforms["facebook"]
        ext = platform.add_citizen_item()
        assert sync_account(world.ws, world.account_of["facebook"], sleep=lambda _s: None).ok
        seen: list = []

        def at_commit(conn):
            cursor = conn.connection.dbapi_connection.cursor()
            cursor.execute(PROBE[store])
            seen.append(cursor.fetchone()[0])
            cursor.close()

        event.listen(world.ws.db.engine, "commit", at_commit)
        with world.ws.db.session() as s:
            item_id = s.scalar(select(t.Item.id).where(t.Item.external_id == ext))
            outbox.queue_action(s, item_id, "reply", USER, "Hej, tak for spørgsmålet.", confirmed=True,
                                signature=SIGNATURE)
        queued_at_commit = seen[-1]
        with world.ws.db.session() as s:
            s.execute(text("SELECT 1"))
        plain_at_commit = seen[-1]
        event.remove(world.ws.db.engine, "commit", at_commit)
        assert queued_at_commit == DURABLE[store]
        # Everything else keeps the fast default (the test cluster runs synchronous_commit=off).
        assert plain_at_commit != DURABLE[store]
        with world.ws.db.session() as s:
            assert s.scalar(select(t.OutboxAction.state).where(t.OutboxAction.item_id == item_id)) == "queued"
    finally:
        world.close()
