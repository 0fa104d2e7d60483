"""An index for the "Held for review" view (YouTube's moderation queues).

The view is "running clock and held or likely spam". Without an index on the moderation state
SQLite counted it by reading every item (1.1 s of the navigator's counts at a million items,
where a handful are held); a partial index over the few items with a moderation state makes
the count and the view's first page a short range, in the view's order.

Revision ID: 0012_perf3_held_index
Revises: 0011_work2_reads_by_user
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_perf3_held_index"
down_revision = "0011_work2_reads_by_user"
branch_labels = None
depends_on = None

HELD = "moderation_status IS NOT NULL"


def upgrade() -> None:
    op.create_index("ix_items_held_view", "items", ["due_at", "id"],
                    sqlite_where=sa.text(HELD), postgresql_where=sa.text(HELD))


def downgrade() -> None:
    op.drop_index("ix_items_held_view", table_name="items")
