"""PostgreSQL row-level security for team mode: the SQL migration 0003_rls_roles runs.

Model: every colleague connects with their own login, a member of the group role
``svarbox_team`` (table privileges). What a login may see and change is in
``institution_roles`` (login, institution or account, role); the policies below read it
through small SECURITY DEFINER functions with a pinned search_path, so a colleague cannot
bypass them with psql. Ranks: reader 1 < communicator 2 < publisher 3 < administrator 4.

- items, threads, outbox, sync_state (and posts when that table exists): read from rank 1,
  insert/update from rank 2 (answering, moderating, syncing), delete from rank 4.
- notes, claims: through the item (the items policy applies inside the subquery).
- audit_events: append-only; a login reads its own rows, administrators read their
  institutions' rows (and team-wide rows), everyone reads "assign" rows of items they see
  (the assignee's notification). ``login`` defaults to session_user and must equal it.
- accounts, institution_roles: ENABLE without FORCE, because the helper functions read them
  as the owner (FORCE would make the policies call themselves).

The policies compare against an array computed once per statement (``(SELECT fn())`` is an
InitPlan), so the existing indexes that lead with ``account_id`` serve them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

TEAM_ROLE = "svarbox_team"

# (table, column holding the account id) for tables filtered directly by account.
ACCOUNT_TABLES = (("items", "account_id"), ("threads", "account_id"), ("outbox", "account_id"),
                  ("sync_state", "account_id"))
OPTIONAL_ACCOUNT_TABLES = (("posts", "account_id"),)   # another issue's table; covered if present
FORCED_TABLES = ("items", "threads", "outbox", "sync_state", "notes", "claims", "audit_events",
                 "memory_docs")


def _schema(bind: Connection) -> str:
    return str(bind.exec_driver_sql("SELECT current_schema()").scalar())


def _has_column(bind: Connection, table: str, column: str) -> bool:
    return bool(bind.exec_driver_sql(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
        f"AND table_name = '{table}' AND column_name = '{column}'").scalar())


def _in(column: str, rank: int) -> str:
    # The scalar sub-select makes the function an InitPlan: evaluated once per statement.
    return f"{column} = ANY ((SELECT svarbox_accounts({rank}))::integer[])"


def functions(s: str) -> list[str]:
    pinned = f"SET search_path = pg_catalog, {s}, pg_temp"
    return [
        f"""CREATE OR REPLACE FUNCTION {s}.svarbox_role_rank(p_role text) RETURNS integer
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT CASE p_role WHEN 'reader' THEN 1 WHEN 'communicator' THEN 2
                             WHEN 'publisher' THEN 3 WHEN 'administrator' THEN 4 ELSE 0 END $$""",
        # Accounts the connected login holds at least rank p_min on, directly or through the
        # account's institution.
        f"""CREATE OR REPLACE FUNCTION {s}.svarbox_accounts(p_min integer) RETURNS integer[]
        LANGUAGE sql STABLE SECURITY DEFINER {pinned} AS $$
          SELECT coalesce(array_agg(DISTINCT a.id), '{{}}'::integer[])
          FROM {s}.institution_roles r
          JOIN {s}.accounts a ON a.id = r.account_id
                              OR (r.institution_id IS NOT NULL AND a.institution_id = r.institution_id)
          WHERE r.login = session_user::text AND {s}.svarbox_role_rank(r.role) >= p_min $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.svarbox_institutions(p_min integer) RETURNS integer[]
        LANGUAGE sql STABLE SECURITY DEFINER {pinned} AS $$
          SELECT coalesce(array_agg(DISTINCT r.institution_id), '{{}}'::integer[])
          FROM {s}.institution_roles r
          WHERE r.login = session_user::text AND r.institution_id IS NOT NULL
            AND {s}.svarbox_role_rank(r.role) >= p_min $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.svarbox_is_admin() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {pinned} AS $$
          SELECT EXISTS (SELECT 1 FROM {s}.institution_roles r
                         WHERE r.login = session_user::text AND r.role = 'administrator') $$""",
        # True when every grant p_login holds here lies where the caller is administrator:
        # only then may the caller reset that colleague's password or switch the login off.
        f"""CREATE OR REPLACE FUNCTION {s}.svarbox_administers(p_login text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {pinned} AS $$
          SELECT NOT EXISTS (
            SELECT 1 FROM {s}.institution_roles r
            WHERE r.login = p_login
              AND NOT (coalesce(r.institution_id = ANY ({s}.svarbox_institutions(4)), false)
                       OR coalesce(r.account_id = ANY ({s}.svarbox_accounts(4)), false))) $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.svarbox_is_colleague(p_login text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {pinned} AS $$
          SELECT EXISTS (
            SELECT 1 FROM pg_catalog.pg_auth_members m
            JOIN pg_catalog.pg_roles g ON g.oid = m.roleid AND g.rolname = '{TEAM_ROLE}'
            JOIN pg_catalog.pg_roles u ON u.oid = m.member AND u.rolname = p_login
            WHERE NOT u.rolsuper AND NOT u.rolcreaterole AND NOT u.rolbypassrls
              AND NOT u.rolreplication) $$""",
        # Create (or re-enable) a colleague's login. Only for administrators; only plain
        # members of svarbox_team are ever touched, so an administrator cannot take over
        # another database role. The password arrives as a SCRAM verifier, never in clear.
        f"""CREATE OR REPLACE FUNCTION {s}.svarbox_ensure_login(p_login text, p_verifier text)
        RETURNS text LANGUAGE plpgsql SECURITY DEFINER {pinned} AS $$
        DECLARE
          super boolean := coalesce((SELECT rolsuper FROM pg_catalog.pg_roles
                                      WHERE rolname = session_user), false);
        BEGIN
          IF NOT super AND NOT {s}.svarbox_is_admin() THEN
            RAISE EXCEPTION 'svarbox: only an administrator may manage logins'
              USING ERRCODE = '42501';
          END IF;
          IF p_login !~ '^[a-z][a-z0-9_.-]{{1,62}}$' OR p_login LIKE 'pg\\_%'
             OR p_login LIKE 'svarbox\\_%' THEN
            RAISE EXCEPTION 'svarbox: invalid login name' USING ERRCODE = '22023';
          END IF;
          IF p_verifier IS NOT NULL AND p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
            RAISE EXCEPTION 'svarbox: passwords are accepted only as SCRAM verifiers'
              USING ERRCODE = '22023';
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
            EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE '
                           'NOBYPASSRLS NOREPLICATION IN ROLE {TEAM_ROLE}', p_login);
            IF p_verifier IS NOT NULL THEN
              EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
            END IF;
            RETURN 'created';
          END IF;
          IF NOT {s}.svarbox_is_colleague(p_login) THEN
            RAISE EXCEPTION 'svarbox: % is a database role that is not a Svarbox colleague', p_login
              USING ERRCODE = '42501';
          END IF;
          IF p_verifier IS NOT NULL THEN
            IF NOT super AND NOT {s}.svarbox_administers(p_login) THEN
              RAISE EXCEPTION 'svarbox: % also works for institutions you do not administer', p_login
                USING ERRCODE = '42501';
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
          ELSE
            EXECUTE format('ALTER ROLE %I LOGIN', p_login);
          END IF;
          RETURN 'exists';
        END $$""",
        # Switch a login off once it holds no role in this database any more.
        f"""CREATE OR REPLACE FUNCTION {s}.svarbox_disable_login(p_login text) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER {pinned} AS $$
        DECLARE
          super boolean := coalesce((SELECT rolsuper FROM pg_catalog.pg_roles
                                      WHERE rolname = session_user), false);
        BEGIN
          IF NOT super AND NOT {s}.svarbox_is_admin() THEN
            RAISE EXCEPTION 'svarbox: only an administrator may manage logins'
              USING ERRCODE = '42501';
          END IF;
          IF NOT {s}.svarbox_is_colleague(p_login)
             OR EXISTS (SELECT 1 FROM {s}.institution_roles WHERE login = p_login) THEN
            RETURN false;
          END IF;
          EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
          RETURN true;
        END $$""",
    ]


FUNCTION_SIGNATURES = ("svarbox_role_rank(text)", "svarbox_accounts(integer)",
                       "svarbox_institutions(integer)", "svarbox_is_admin()",
                       "svarbox_administers(text)", "svarbox_is_colleague(text)",
                       "svarbox_ensure_login(text, text)", "svarbox_disable_login(text)")


def _account_policies(table: str, col: str) -> list[str]:
    check = _in(col, 2)
    if table == "outbox":
        # An action belongs to an item of the same account: no sending "about" an item of
        # another institution through one's own account.
        check += (" AND (item_id IS NULL OR EXISTS (SELECT 1 FROM items i WHERE i.id = outbox.item_id"
                  " AND i.account_id = outbox.account_id))")
    return [
        f"CREATE POLICY svarbox_read ON {table} FOR SELECT USING ({_in(col, 1)})",
        f"CREATE POLICY svarbox_insert ON {table} FOR INSERT WITH CHECK ({check})",
        f"CREATE POLICY svarbox_update ON {table} FOR UPDATE USING ({_in(col, 2)}) "
        f"WITH CHECK ({check})",
        f"CREATE POLICY svarbox_delete ON {table} FOR DELETE USING ({_in(col, 4)})",
    ]


def _via_item(table: str, rank: int | None) -> str:
    extra = f" AND {_in('i.account_id', rank)}" if rank else ""
    return f"EXISTS (SELECT 1 FROM items i WHERE i.id = {table}.item_id{extra})"


def policies(bind: Connection) -> tuple[list[str], list[str]]:
    out: list[str] = []
    tables = list(ACCOUNT_TABLES)
    for table, col in OPTIONAL_ACCOUNT_TABLES:
        if _has_column(bind, table, col):
            tables.append((table, col))
    for table, col in tables:
        out += _account_policies(table, col)
    out += [
        f"CREATE POLICY svarbox_read ON notes FOR SELECT USING ({_via_item('notes', None)})",
        f"CREATE POLICY svarbox_insert ON notes FOR INSERT WITH CHECK ({_via_item('notes', 2)})",
        f"CREATE POLICY svarbox_update ON notes FOR UPDATE USING ({_via_item('notes', 4)})",
        f"CREATE POLICY svarbox_delete ON notes FOR DELETE USING ({_via_item('notes', 4)})",
        f"CREATE POLICY svarbox_read ON claims FOR SELECT USING ({_via_item('claims', None)})",
        f"CREATE POLICY svarbox_insert ON claims FOR INSERT WITH CHECK ({_via_item('claims', 2)})",
        f"CREATE POLICY svarbox_update ON claims FOR UPDATE USING ({_via_item('claims', 2)}) "
        f"WITH CHECK ({_via_item('claims', 2)})",
        f"CREATE POLICY svarbox_delete ON claims FOR DELETE USING ({_via_item('claims', 2)})",
        # Answer memory holds stems of the items' text: it is as private as the items. Whoever
        # may change an item may also (re)index it or forget it.
        f"CREATE POLICY svarbox_read ON memory_docs FOR SELECT USING ({_via_item('memory_docs', None)})",
        f"CREATE POLICY svarbox_insert ON memory_docs FOR INSERT WITH CHECK ({_via_item('memory_docs', 2)})",
        f"CREATE POLICY svarbox_update ON memory_docs FOR UPDATE USING ({_via_item('memory_docs', 2)})",
        f"CREATE POLICY svarbox_delete ON memory_docs FOR DELETE USING ({_via_item('memory_docs', 2)})",
        "CREATE POLICY svarbox_read ON audit_events FOR SELECT USING ("
        " login = session_user::text"
        f" OR {_in('account_id', 4)}"
        " OR (account_id IS NULL AND (SELECT svarbox_is_admin()))"
        f" OR (action = 'assign' AND {_in('account_id', 1)}))",
        "CREATE POLICY svarbox_insert ON audit_events FOR INSERT WITH CHECK ("
        f" login = session_user::text AND (account_id IS NULL OR {_in('account_id', 1)}))",
        # accounts: an institution's administrator adds accounts to it; syncing updates status.
        "CREATE POLICY svarbox_read ON accounts FOR SELECT USING ("
        f" {_in('id', 1)} OR institution_id = ANY ((SELECT svarbox_institutions(1))::integer[]))",
        "CREATE POLICY svarbox_insert ON accounts FOR INSERT WITH CHECK ("
        " institution_id = ANY ((SELECT svarbox_institutions(4))::integer[]))",
        f"CREATE POLICY svarbox_update ON accounts FOR UPDATE USING ({_in('id', 2)})"
        f" WITH CHECK ({_in('id', 2)} OR institution_id = ANY ((SELECT svarbox_institutions(4))::integer[]))",
        f"CREATE POLICY svarbox_delete ON accounts FOR DELETE USING ({_in('id', 4)})",
        # institution_roles: each login reads its own roles; administrators manage theirs.
        "CREATE POLICY svarbox_read ON institution_roles FOR SELECT USING ("
        " login = session_user::text"
        " OR institution_id = ANY ((SELECT svarbox_institutions(4))::integer[])"
        f" OR {_in('account_id', 4)})",
        "CREATE POLICY svarbox_write ON institution_roles FOR ALL USING ("
        " institution_id = ANY ((SELECT svarbox_institutions(4))::integer[])"
        f" OR {_in('account_id', 4)}) WITH CHECK ("
        " institution_id = ANY ((SELECT svarbox_institutions(4))::integer[])"
        f" OR {_in('account_id', 4)})",
    ]
    return out, [t for t, _ in tables]


def run(bind: Connection, statements: list[str]) -> None:
    """Execute on the driver's cursor without parameters, so '%' and ':' stay literal."""
    dbapi = bind.connection.dbapi_connection
    assert dbapi is not None, "a live connection has its DB-API connection"
    cursor = dbapi.cursor()
    try:
        for statement in statements:
            cursor.execute(statement)
    finally:
        cursor.close()


HANDLED = "status IN ('answered', 'no_reply', 'referred')"
HIDDEN = "status IN ('hidden', 'spam', 'deleted')"


def _covering(name: str, keys: str, where: str | None, include: str | None) -> list[str]:
    """Re-create one of the items indexes (same name and keys) with or without INCLUDE."""
    return [f"DROP INDEX IF EXISTS {name}",
            f"CREATE INDEX {name} ON items {keys}" + (f" INCLUDE ({include})" if include else "")
            + (f" WHERE {where}" if where else "")]


def upgrade_statements(bind: Connection) -> list[str]:
    s = _schema(bind)
    policy_sql, account_tables = policies(bind)
    out = [
        # Roles are cluster-wide; several databases (and racing first starts) may share one.
        f"""DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{TEAM_ROLE}') THEN
                CREATE ROLE {TEAM_ROLE} NOLOGIN;
              END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$""",
        "ALTER TABLE audit_events ALTER COLUMN login SET DEFAULT session_user",
        # Indexes the policies need (items, threads, sync_state already lead with account_id).
        "CREATE INDEX IF NOT EXISTS ix_outbox_account ON outbox (account_id, id)",
        "CREATE INDEX IF NOT EXISTS ix_audit_account_at ON audit_events (account_id, at)",
        "CREATE INDEX IF NOT EXISTS ix_audit_login_at ON audit_events (login, at)",
        "CREATE INDEX IF NOT EXISTS ix_accounts_institution ON accounts (institution_id)",
        # The views' ordering indexes carry account_id (INCLUDE), so a login's counts and id
        # lists stay index-only scans with the policy checked inside the index (2-5x faster
        # counts at 1M items than visiting the table for every row, bench/rls_cost.py).
        *_covering("ix_items_due", "(due_at, id)", None, "account_id"),
        *_covering("ix_items_handled_view", "(handled_at, id)", HANDLED, "account_id"),
        *_covering("ix_items_hidden_view", "(handled_at, id)", HIDDEN, "account_id"),
    ]
    out += functions(s)
    for signature in FUNCTION_SIGNATURES:
        out.append(f"REVOKE ALL ON FUNCTION {s}.{signature} FROM PUBLIC")
        out.append(f"GRANT EXECUTE ON FUNCTION {s}.{signature} TO {TEAM_ROLE}")
    out += [
        f"GRANT USAGE ON SCHEMA {s} TO {TEAM_ROLE}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {TEAM_ROLE}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.alembic_version FROM {TEAM_ROLE}",
        f"REVOKE UPDATE, DELETE ON {s}.audit_events FROM {TEAM_ROLE}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {TEAM_ROLE}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
        f"TO {TEAM_ROLE}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {TEAM_ROLE}",
    ]
    for table in account_tables + ["notes", "claims", "memory_docs", "audit_events", "accounts",
                                   "institution_roles"]:
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table in FORCED_TABLES + tuple(t for t in account_tables if t not in FORCED_TABLES):
        out.append(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    out += policy_sql
    return out


def downgrade_statements(bind: Connection) -> list[str]:
    s = _schema(bind)
    out = []
    rows = bind.exec_driver_sql(
        "SELECT tablename, policyname FROM pg_policies WHERE schemaname = current_schema() "
        "AND left(policyname, 8) = 'svarbox_'").all()
    for table, policy in rows:
        out.append(f"DROP POLICY {policy} ON {table}")
    for (table,) in bind.exec_driver_sql(
            "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
            "AND relkind = 'r' AND (relrowsecurity OR relforcerowsecurity)").all():
        out.append(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        out.append(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for signature in reversed(FUNCTION_SIGNATURES):
        out.append(f"DROP FUNCTION IF EXISTS {s}.{signature}")
    for index in ("ix_outbox_account", "ix_audit_account_at", "ix_audit_login_at",
                  "ix_accounts_institution"):
        out.append(f"DROP INDEX IF EXISTS {index}")
    out += [*_covering("ix_items_due", "(due_at, id)", None, None),
            *_covering("ix_items_handled_view", "(handled_at, id)", HANDLED, None),
            *_covering("ix_items_hidden_view", "(handled_at, id)", HIDDEN, None)]
    # svarbox_team stays: other databases on the cluster may use it.
    out.append(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {TEAM_ROLE}")
    return out


def posts_statements() -> list[str]:
    """Row-level security for the planning calendar's posts (a table added after the roles):
    a post of an account follows that account's roles; a manual channel's entry (no account:
    web, newsletter, press) is the whole team's calendar."""
    def scope(rank: int) -> str:
        return f"(account_id IS NULL OR {_in('account_id', rank)})"
    return [
        "ALTER TABLE posts ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE posts FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY svarbox_read ON posts FOR SELECT USING {scope(1)}",
        f"CREATE POLICY svarbox_insert ON posts FOR INSERT WITH CHECK {scope(2)}",
        f"CREATE POLICY svarbox_update ON posts FOR UPDATE USING {scope(2)} WITH CHECK {scope(2)}",
        f"CREATE POLICY svarbox_delete ON posts FOR DELETE USING {scope(4)}",
    ]


def item_reads_statements() -> list[str]:
    """Who has read which item (issue 16): as private as the items themselves; anyone who may
    read an item may mark it read or unread for themselves."""
    return [
        "ALTER TABLE item_reads ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE item_reads FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY svarbox_read ON item_reads FOR SELECT USING ({_via_item('item_reads', None)})",
        f"CREATE POLICY svarbox_insert ON item_reads FOR INSERT WITH CHECK ({_via_item('item_reads', 1)})",
        f"CREATE POLICY svarbox_update ON item_reads FOR UPDATE USING ({_via_item('item_reads', 1)})",
        f"CREATE POLICY svarbox_delete ON item_reads FOR DELETE USING ({_via_item('item_reads', 1)})",
    ]
