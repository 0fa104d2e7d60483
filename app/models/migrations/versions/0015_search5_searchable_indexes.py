"""Partial indexes over the items a search can find, in the orders a search's first page walks.

A search's first page walks the view in its order and tests the rows' text as they come
(services/inbound/search_page.py). Retention empties handled items after 90 days (text "",
no author): on a cache kept for years that is most of the handled items, and in Everything by
deadline, Answered oldest first and the views sorted by received time, author, account or
status they come first. No search can match them, yet the walk read every one (hundreds of
thousands of rows) before its first match, gave up, and the plain query ran (1.2-1.3 s for a
common word at a million items).

These indexes hold only the rows with something to find (text or an author name), in the same
orders (and one account's rows by deadline, the default order of an account's Everything), so
the walk starts at the first row a search can match. SQLite only: PostgreSQL
searches through its GIN index and has no walk.

Revision ID: 0015_search5_searchable_indexes
Revises: 0014_ingest5_outbox_result
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0015_search5_searchable_indexes"
down_revision = "0014_ingest5_outbox_result"
branch_labels = None
depends_on = None

# Kept word for word in app/services/inbound/search_page.py (SEARCHABLE_SQL, HANDLED_ANY_SQL):
# SQLite uses a partial index only when the query carries the same terms.
SEARCHABLE = "text != '' OR author_name IS NOT NULL"
HANDLED_ANY = "status IN ('answered', 'no_reply', 'referred', 'hidden', 'spam', 'deleted')"

INDEXES = (
    ("ix_items_due_text", ["due_at", "id", "status"], SEARCHABLE),
    ("ix_items_handled_text", ["handled_at", "id", "status"], f"{HANDLED_ANY} AND ({SEARCHABLE})"),
    ("ix_items_received_text", ["received_at", "id", "status"], SEARCHABLE),
    ("ix_items_author_text", ["author_name", "id", "status", "due_at"], SEARCHABLE),
    ("ix_items_account_text", ["account_id", "id", "status", "due_at"], SEARCHABLE),
    ("ix_items_account_due_text", ["account_id", "due_at", "id", "status"], SEARCHABLE),
    ("ix_items_status_text", ["status", "id", "due_at"], SEARCHABLE),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, columns, where in INDEXES:
        op.create_index(name, "items", columns, sqlite_where=sa.text(where))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name="items")
