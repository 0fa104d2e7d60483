"""Durability: an action the window reports as queued survives a power cut. The outbox
commit of ``queue_action`` (and the claim before a send) is flushed to the disk before the
commit returns: on SQLite the WAL is fsynced right after it (what synchronous=FULL does; the
rest of the app keeps WAL + NORMAL), on PostgreSQL it runs with synchronous_commit=on. The
cost is measured by bench/outbox_durability.py."""
from __future__ import annotations

import os
import random

import pytest
from sqlalchemy import event, select, text

from app.models import tables as t
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox
from app.services.team import collab
from tests.team.pgfixtures import require_or_skip
from tools.chaos.world import SIGNATURE, USER, World


@pytest.fixture
def fsyncs(monkeypatch):
    """The files fsynced, by path (os.fsync is observed, not replaced: it still syncs)."""
    seen: list[str] = []
    real = os.fsync

    def observed(fd):
        seen.append(os.readlink(f"/proc/self/fd/{fd}"))
        return real(fd)

    monkeypatch.setattr(os, "fsync", observed)
    return seen


def _world(tmp_path, store):
    world = World(tmp_path / "world", store, random.Random(3), platforms=["facebook"])
    ext = world.platforms["facebook"].add_citizen_item()
    ext2 = world.platforms["facebook"].add_citizen_item()
    assert sync_account(world.ws, world.account_of["facebook"], sleep=lambda _s: None).ok
    with world.ws.db.session() as s:
        ids = [s.scalar(select(t.Item.id).where(t.Item.external_id == e)) for e in (ext, ext2)]
    return world, ids


def test_sqlite_the_queued_action_is_on_disk_before_the_window_hears_of_it(tmp_path, fsyncs):
    world, (item_id, other_id) = _world(tmp_path, "sqlite")
    try:
        wal = str(world.ws.db.engine.url.database) + "-wal"
        fsyncs.clear()
        with world.ws.db.session() as s:
            outbox.queue_action(s, item_id, "reply", USER, "Hej, tak for spørgsmålet.", confirmed=True,
                                signature=SIGNATURE)
        assert os.path.realpath(wal) in fsyncs
        # Inside a transaction that already wrote (the collision guard's path): still durable.
        fsyncs.clear()
        with world.ws.db.session() as s:
            collab.queue_reply(s, other_id, USER, "Hej igen, tak for spørgsmålet.",
                               signature=SIGNATURE, confirmed=True)
        assert os.path.realpath(wal) in fsyncs
        # Everything else keeps the cheap default: no fsync for an ordinary change.
        fsyncs.clear()
        with world.ws.db.session() as s:
            s.execute(text("UPDATE items SET assigned_to = 'Mette Jensen' WHERE id = :i"), {"i": item_id})
        assert os.path.realpath(wal) not in fsyncs
    finally:
        world.close()


@pytest.mark.postgres
def test_postgresql_the_queued_action_commits_with_synchronous_commit_on(tmp_path):
    require_or_skip()
    world, (item_id, _other) = _world(tmp_path, "postgresql")
    try:
        seen: list = []

        def at_commit(conn):
            cursor = conn.connection.dbapi_connection.cursor()
            cursor.execute("SHOW synchronous_commit")
            seen.append(cursor.fetchone()[0])
            cursor.close()

        event.listen(world.ws.db.engine, "commit", at_commit)
        with world.ws.db.session() as s:
            outbox.queue_action(s, item_id, "reply", USER, "Hej, tak for spørgsmålet.", confirmed=True,
                                signature=SIGNATURE)
        queued = seen[-1]
        with world.ws.db.session() as s:
            s.execute(text("SELECT 1"))
        plain = seen[-1]
        event.remove(world.ws.db.engine, "commit", at_commit)
        # The test cluster runs synchronous_commit=off: only the outbox commit turns it on.
        assert (queued, plain) == ("on", "off")
    finally:
        world.close()
