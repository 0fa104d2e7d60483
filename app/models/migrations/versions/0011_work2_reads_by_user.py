"""item_reads by person: the navigator's unread counts walk one person's read rows (issue 16,
point 7) instead of probing every open item.

Revision ID: 0011_work2_reads_by_user
Revises: 0006_workflow_own_conversation
Create Date: 2026-12-07
"""
from alembic import op

revision = "0011_work2_reads_by_user"
down_revision = "0006_workflow_own_conversation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_item_reads_user", "item_reads", ["user_name", "item_id"])


def downgrade() -> None:
    op.drop_index("ix_item_reads_user", table_name="item_reads")
