"""Items: was the conversation started by the account? (X lets an account hide only replies
in conversations it started.) NULL where the connector cannot tell.

Revision ID: 0006_workflow_own_conversation
Revises: 0003_perf_fts_prefix
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_workflow_own_conversation"
down_revision = "0003_perf_fts_prefix"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy of items would drop the search triggers on SQLite.
    op.add_column("items", sa.Column("own_conversation", sa.Boolean(), nullable=True))


def downgrade() -> None:
    op.drop_column("items", "own_conversation")
