"""Row-level security on a real PostgreSQL: two institutions, three colleagues' own logins.

Raw SQL as each login (what `psql` would do) sees only the rows of institutions that login
holds a role for, and cannot write beyond its role; Svarbox's own services keep working."""
from __future__ import annotations

import psycopg
import pytest
from psycopg import errors as pgerr

from app.services.team import access
from tests.team.rlskit import BIBLIOTEK, KOMMUNE, build_scene, raw

pytestmark = pytest.mark.postgres

TABLES = ("items", "threads", "notes", "outbox", "claims", "accounts", "sync_state")


@pytest.fixture
def scene(pg_url, make_team):
    team = make_team(pg_url, n_comments=3)
    scene = build_scene(team)
    scene.team = team
    return scene


def counts(conn) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def test_each_login_sees_only_its_institutions_rows(scene):
    with raw(scene.url, "postgres") as owner:
        everything = counts(owner)
        kommune_items = owner.execute("SELECT count(*) FROM items WHERE account_id = %s",
                                      (scene.kommune_account,)).fetchone()[0]
    assert everything["items"] == kommune_items + 2 and kommune_items == 3

    with raw(scene.url, scene.carl) as carl:        # Bibliotek only
        seen = counts(carl)
        assert seen["items"] == 2 and seen["threads"] == 1 and seen["notes"] == 1
        assert seen["claims"] == 1 and seen["outbox"] == 1 and seen["accounts"] == 1
        assert {r[0] for r in carl.execute("SELECT account_id FROM items")} == {scene.bibliotek_account}
        # No other route: by id, by join, through the text search, through a helper function.
        assert carl.execute("SELECT * FROM items WHERE id = %s", (scene.kommune_items[0],)).fetchall() == []
        assert carl.execute("SELECT n.text FROM notes n JOIN items i ON i.id = n.item_id "
                            "WHERE i.account_id = %s", (scene.kommune_account,)).fetchall() == []
        assert carl.execute("SELECT count(*) FROM items WHERE text ILIKE '%Hovedgaden%'").fetchone()[0] == 0
        assert carl.execute("SELECT svarbox_accounts(1)").fetchone()[0] == [scene.bibliotek_account]

    with raw(scene.url, scene.bo) as bo:            # Kommune communicator, Bibliotek reader
        seen = counts(bo)
        assert seen["items"] == everything["items"] and seen["accounts"] == 2

    with raw(scene.url, scene.admin) as admin:      # Kommune administrator only
        seen = counts(admin)
        assert seen["items"] == 3 and seen["notes"] == 1 and seen["claims"] == 0
        assert {r[0] for r in admin.execute("SELECT account_id FROM items")} == {scene.kommune_account}


def refused(conn, sql, params=()):
    with pytest.raises((pgerr.InsufficientPrivilege, pgerr.CheckViolation)) as caught:
        conn.execute(sql, params)
    return caught.value


def test_writes_beyond_the_role_are_refused_by_the_database(scene):
    kom_item, lib_item = scene.kommune_items[0], scene.bibliotek_items[0]
    with raw(scene.url, scene.bo) as bo:
        # Reader for the Bibliotek: may read, not change.
        assert bo.execute("SELECT count(*) FROM items WHERE id = %s", (lib_item,)).fetchone()[0] == 1
        assert bo.execute("UPDATE items SET status = 'hidden' WHERE id = %s", (lib_item,)).rowcount == 0
        assert bo.execute("DELETE FROM notes WHERE item_id = %s", (lib_item,)).rowcount == 0
        refused(bo, "INSERT INTO notes (item_id, author, text, created_at) VALUES (%s, 'Bo', 'x', now())",
                (lib_item,))
        refused(bo, "INSERT INTO outbox (item_id, account_id, action, text, author, idempotency_key, "
                "target, state, attempts, created_at) VALUES (%s, %s, 'reply', 'x', 'Bo', 'k1', '{}', "
                "'queued', 0, now())", (lib_item, scene.bibliotek_account))
        refused(bo, "INSERT INTO claims (item_id, user_name, client_id, expires_at) "
                "VALUES (%s, 'Bo', 'c', now())", (scene.bibliotek_items[0],))
        # Not through one's own account about another institution's item either.
        refused(bo, "INSERT INTO outbox (item_id, account_id, action, text, author, idempotency_key, "
                "target, state, attempts, created_at) VALUES (%s, %s, 'reply', 'x', 'Bo', 'k2', '{}', "
                "'queued', 0, now())", (lib_item, scene.kommune_account))
        # Communicator for the Kommune: may answer there.
        assert bo.execute("UPDATE items SET assigned_to = 'Bo' WHERE id = %s", (kom_item,)).rowcount == 1
        # Moving an item into another institution's account is refused (WITH CHECK).
        refused(bo, "UPDATE items SET account_id = %s WHERE id = %s", (scene.bibliotek_account, kom_item))
        # The audit log is append-only, in one's own name, about accounts one may see.
        refused(bo, "DELETE FROM audit_events")
        refused(bo, "UPDATE audit_events SET actor = 'x'")
        refused(bo, "INSERT INTO audit_events (at, actor, action, details, login) "
                "VALUES (now(), 'Anna', 'opened', '{}', %s)", (scene.admin,))
        bo.execute("INSERT INTO audit_events (at, actor, action, details) VALUES (now(), 'Bo', 'opened', '{}')")
        assert bo.execute("SELECT login FROM audit_events WHERE actor = 'Bo'").fetchone()[0] == scene.bo
        # Only administrators manage roles and logins; nobody switches the policies off.
        refused(bo, "INSERT INTO institution_roles (login, institution_id, role, granted_at) "
                "SELECT %s, id, 'administrator', now() FROM institutions WHERE name = %s",
                (scene.bo, BIBLIOTEK))
        refused(bo, "SELECT svarbox_ensure_login('mallory', NULL)")
        for sql in ("ALTER TABLE items DISABLE ROW LEVEL SECURITY", "DROP POLICY svarbox_read ON items",
                    "SET ROLE postgres"):
            with pytest.raises(psycopg.Error):
                bo.execute(sql)
    with raw(scene.url, scene.carl) as carl:
        assert carl.execute("UPDATE items SET status = 'hidden' WHERE id = %s", (kom_item,)).rowcount == 0
        assert carl.execute("UPDATE accounts SET name = 'x' WHERE id = %s", (scene.kommune_account,)).rowcount == 0
        # A communicator cannot delete items (administrators' retention does).
        assert carl.execute("DELETE FROM items WHERE id = %s", (lib_item,)).rowcount == 0
    with raw(scene.url, "postgres") as owner:
        assert owner.execute("SELECT status, account_id FROM items WHERE id = %s",
                             (lib_item,)).fetchone()[1] == scene.bibliotek_account


def test_administrator_manages_only_their_institutions(scene):
    from app.errors import UsageError
    from app.models.db import open_url

    db = open_url(scene.url_for(scene.admin), run_migrations=False)
    try:
        with db.session() as s:
            assert access.current_access(s).is_admin
            assert access.grant(s, "dora_" + scene.admin[6:], "reader", institution=KOMMUNE,
                                password="Vinter-2026!", actor="Admin") == "created"
        with db.session() as s:
            with pytest.raises(UsageError, match="only an administrator"):
                access.grant(s, "eva_" + scene.admin[6:], "reader", institution=BIBLIOTEK, actor="Admin")
        with db.session() as s:
            # bo also reads the Bibliotek, which this administrator does not run: no password reset.
            with pytest.raises(UsageError, match="do not administer"):
                access.grant(s, scene.bo, "communicator", institution=KOMMUNE, password="x", actor="Admin")
        with db.session() as s:
            with pytest.raises(UsageError, match="not a Svarbox colleague"):
                access.grant(s, "postgres", "reader", institution=KOMMUNE, actor="Admin")
        with db.session() as s:
            logins = {(r.login, r.role, r.institution) for r in access.list_roles(s)}
            assert (scene.bo, "communicator", KOMMUNE) in logins
            assert all(inst == KOMMUNE for _l, _r, inst in logins), logins   # not Bibliotek's
            assert access.revoke(s, "dora_" + scene.admin[6:], institution=KOMMUNE, actor="Admin") is True
    finally:
        db.dispose()
    with raw(scene.url, "postgres") as owner:
        assert owner.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s",
                             ("dora_" + scene.admin[6:],)).fetchone() == (False,)
        assert owner.execute("SELECT rolsuper FROM pg_roles WHERE rolname = 'postgres'").fetchone() == (True,)


def test_refusals_in_words_follow_the_role(scene):
    from app.models.db import open_url
    db = open_url(scene.url_for(scene.bo), run_migrations=False)
    try:
        with db.session() as s:
            me = access.current_access(s)
    finally:
        db.dispose()
    assert me.may("reply", scene.kommune_account) and me.may("read", scene.bibliotek_account)
    assert not me.may("reply", scene.bibliotek_account) and not me.is_admin
    assert me.refusal("reply", scene.bibliotek_account) == (
        "Answering needs the communicator role; your role for Aarby Bibliotek is reader. "
        "Ask an administrator of Aarby Bibliotek.")
    assert me.refusal("forget", scene.kommune_account).startswith(
        "Forgetting a person needs the administrator role; your role for Aarby Kommune is communicator")


def test_a_colleague_cannot_run_an_upgrade_and_is_told_who_can(scene):
    from app.errors import DatabaseError
    from app.models.db import open_url
    with raw(scene.url, "postgres") as owner:
        owner.execute("UPDATE alembic_version SET version_num = '0002'")
    with pytest.raises(DatabaseError, match="only its owner can run"):
        open_url(scene.url_for(scene.bo))
    with raw(scene.url, "postgres") as owner:
        assert owner.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)


def test_answer_memory_is_as_private_as_the_items(scene):
    """The memory's stems are derived from item text: another institution cannot read them."""
    from app.services.content import memory
    with scene.team.anna.db.session() as s:       # the team's owner connection indexes all
        memory.refresh(s)
    with raw(scene.url, "postgres") as owner:
        total = owner.execute("SELECT count(*) FROM memory_docs").fetchone()[0]
        kommune = owner.execute("SELECT count(*) FROM memory_docs d JOIN items i ON i.id = d.item_id "
                                "WHERE i.account_id = %s", (scene.kommune_account,)).fetchone()[0]
    assert total > kommune > 0
    with raw(scene.url, scene.carl) as carl:        # Bibliotek only
        ids = {r[0] for r in carl.execute("SELECT item_id FROM memory_docs")}
        assert ids and not ids & set(scene.kommune_items)
        assert carl.execute("SELECT count(*) FROM memory_docs WHERE stems LIKE '%hovedgad%'").fetchone()[0] == 0


def test_posts_follow_their_accounts_roles(scene):
    """The planning calendar's posts are as private as the items of their account; a manual
    channel's entry (no account) is the whole team's."""
    with raw(scene.url, "postgres") as owner:
        for account, key in ((scene.kommune_account, "k1"), (scene.bibliotek_account, "b1"), (None, "m1")):
            owner.execute(
                "INSERT INTO posts (group_key, account_id, channel, text, images, native_schedule, status, "
                "author, idempotency_key, created_at, updated_at) VALUES (%s, %s, %s, 'Planlagt opslag', '[]', "
                "false, 'draft', 'Anna', %s, now(), now())", (key, account, None if account else "web", key))
        owner.commit()
    with raw(scene.url, scene.carl) as carl:        # Bibliotek only
        keys = {r[0] for r in carl.execute("SELECT group_key FROM posts")}
        assert keys == {"b1", "m1"}
        refused(carl, "INSERT INTO posts (group_key, account_id, text, images, native_schedule, status, author, "
                      "idempotency_key, created_at, updated_at) VALUES ('x', %s, 't', '[]', false, 'draft', "
                      "'Carl', 'x', now(), now())", (scene.kommune_account,))
