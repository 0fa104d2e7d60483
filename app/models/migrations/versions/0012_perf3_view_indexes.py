"""Indexes for the "Held for review" view and for the list sorted by author or account.

The view is "running clock and held or likely spam". Without an index on the moderation state
SQLite counted it by reading every item (1.1 s of the navigator's counts at a million items,
where a handful are held); a partial index over the few items with a moderation state makes
the count and the view's first page a short range, in the view's order.

A search's first page walks the view in its order (services/inbound/search_page.py); sorted by
author or account no index gave that order, so a common word sorted every candidate (1.2 s at
a million items). One index each (the row id completes the order) lets the walk run there too;
status and due_at ride along so the view's condition is checked in the index (the account's own
replies, authored by the account's name, come first alphabetically and are skipped there
instead of read row by row).

Revision ID: 0012_perf3_view_indexes
Revises: 0011_work2_reads_by_user
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_perf3_view_indexes"
down_revision = "0011_work2_reads_by_user"
branch_labels = None
depends_on = None

HELD = "moderation_status IS NOT NULL"


def upgrade() -> None:
    op.create_index("ix_items_held_view", "items", ["due_at", "id"],
                    sqlite_where=sa.text(HELD), postgresql_where=sa.text(HELD))
    op.create_index("ix_items_author", "items", ["author_name", "id", "status", "due_at"])
    op.create_index("ix_items_account", "items", ["account_id", "id", "status", "due_at"])


def downgrade() -> None:
    op.drop_index("ix_items_account", table_name="items")
    op.drop_index("ix_items_author", table_name="items")
    op.drop_index("ix_items_held_view", table_name="items")
