"""Indexes for the handled views and for answers found at sync.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

HANDLED = "status IN ('answered', 'no_reply', 'referred')"
HIDDEN = "status IN ('hidden', 'spam', 'deleted')"


def upgrade() -> None:
    op.create_index("ix_items_handled_view", "items", ["handled_at", "id"],
                    sqlite_where=sa.text(HANDLED), postgresql_where=sa.text(HANDLED))
    op.create_index("ix_items_hidden_view", "items", ["handled_at", "id"],
                    sqlite_where=sa.text(HIDDEN), postgresql_where=sa.text(HIDDEN))
    op.create_index("ix_items_account_parent", "items", ["account_id", "parent_external_id"])


def downgrade() -> None:
    op.drop_index("ix_items_account_parent", table_name="items")
    op.drop_index("ix_items_hidden_view", table_name="items")
    op.drop_index("ix_items_handled_view", table_name="items")
