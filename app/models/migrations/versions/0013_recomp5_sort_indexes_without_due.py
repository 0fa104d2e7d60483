"""The author and account sort indexes without ``due_at``.

Migration 0012 gave the list sorted by author or account an index each, with status and
due_at riding along so a view's condition could be checked in the index. due_at is the one
column a deadline recompute rewrites: every moved deadline rewrote an entry of both, and the
author index's entries lie in author order, not in the id order the recompute writes in, so
each transaction touched pages all over it. An opening-hours change at a million items (216,000
deadlines moved) spent more time there than in the five due_at indexes the views sort on:
about 2.7 s of CPU of 7.7 s.

Without due_at the order is the same and status still rides along (Everything leaves out the
account's own replies in the index). A view whose condition is on due_at (Open, Overdue, Due
today) sorted by author or account reads each row it passes to test it, as the list sorted by
receipt always did; the walk of a search reads those rows' text anyway.

Revision ID: 0013_recomp5_sort_indexes_without_due
Revises: 0012_perf3_view_indexes
Create Date: 2026-12-07
"""
from alembic import op

revision = "0013_recomp5_sort_indexes_without_due"
down_revision = "0012_perf3_view_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_items_author", table_name="items")
    op.drop_index("ix_items_account", table_name="items")
    op.create_index("ix_items_author", "items", ["author_name", "id", "status"])
    op.create_index("ix_items_account", "items", ["account_id", "id", "status"])


def downgrade() -> None:
    op.drop_index("ix_items_account", table_name="items")
    op.drop_index("ix_items_author", table_name="items")
    op.create_index("ix_items_author", "items", ["author_name", "id", "status", "due_at"])
    op.create_index("ix_items_account", "items", ["account_id", "id", "status", "due_at"])
