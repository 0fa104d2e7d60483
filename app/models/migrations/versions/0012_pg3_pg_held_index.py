"""PostgreSQL: a partial index for the "Held for review" view (issue 18 point 6).

Measured at 1M items on PostgreSQL: the view's first page walked every running deadline of
``ix_items_due`` looking for held YouTube comments (436 ms when there are none), and its
navigator count was a parallel sequential scan of the whole table (470-560 ms, more than half
of the navigator's counts). The held items are few; an index of only them answers both in
well under a millisecond. SQLite is left as it is (its query plans are issue 18's SQLite
work, on other branches).

Revision ID: 0012_pg3_pg_held_index
Revises: 0011_work2_reads_by_user
Create Date: 2026-12-07
"""
from alembic import op

revision = "0012_pg3_pg_held_index"
down_revision = "0011_work2_reads_by_user"
branch_labels = None
depends_on = None

# Must match inbox.HELD_MODERATION: the planner uses a partial index only when the query's
# condition implies the index's.
HELD = "moderation_status IN ('heldForReview', 'likelySpam')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_items_held_pg ON items (due_at, id) WHERE {HELD}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_items_held_pg")
