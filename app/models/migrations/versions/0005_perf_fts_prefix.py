"""Prefix indexes on the search index (2- and 4-character prefixes).

A search's first page walks the view's own index and asks FTS5 about each row. For the word
still being typed (a prefix) FTS5 would merge the lists of every term with that prefix for
each row asked about (seconds at a million items); with a prefix index the probe is one list
lookup, and the few rows found are then checked against the exact prefix.

Revision ID: 0003_perf_fts_prefix
Revises: 0003_rls_roles
Create Date: 2026-12-06
"""
from alembic import op

revision = "0003_perf_fts_prefix"
down_revision = "0003_rls_roles"
branch_labels = None
depends_on = None

TRIGGERS = (
    "CREATE TRIGGER items_fts_ai AFTER INSERT ON items BEGIN "
    "INSERT INTO items_fts(rowid, text, author_name) VALUES (new.id, new.text, new.author_name); END",
    "CREATE TRIGGER items_fts_ad AFTER DELETE ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, text, author_name) "
    "VALUES ('delete', old.id, old.text, old.author_name); END",
    "CREATE TRIGGER items_fts_au AFTER UPDATE OF text, author_name ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, text, author_name) "
    "VALUES ('delete', old.id, old.text, old.author_name); "
    "INSERT INTO items_fts(rowid, text, author_name) VALUES (new.id, new.text, new.author_name); END",
)


def _recreate(prefix: str) -> None:
    for name in ("items_fts_ai", "items_fts_ad", "items_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS items_fts")
    op.execute("CREATE VIRTUAL TABLE items_fts USING fts5(text, author_name, content='items', "
               f"content_rowid='id', tokenize='unicode61 remove_diacritics 2'{prefix})")
    op.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
    op.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
    for ddl in TRIGGERS:
        op.execute(ddl)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate(", prefix='2 4'")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate("")
