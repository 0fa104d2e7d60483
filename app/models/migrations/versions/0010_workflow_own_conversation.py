"""Items: was the conversation started by the account? (X lets an account hide only replies
in conversations it started.) NULL where the connector cannot tell. And item_reads: who has
read which item (unread is per person; in team mode per colleague).

Revision ID: 0006_workflow_own_conversation
Revises: 0009_attachments_platforms2
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_workflow_own_conversation"
down_revision = "0009_attachments_platforms2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy of items would drop the search triggers on SQLite.
    op.add_column("items", sa.Column("own_conversation", sa.Boolean(), nullable=True))
    op.create_table(
        "item_reads",
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("item_id", "user_name"),
    )
    if op.get_bind().dialect.name == "postgresql":
        from app.models import rls      # read marks are as private as the items (0003_rls_roles)
        for statement in rls.item_reads_statements():
            op.execute(statement)


def downgrade() -> None:
    op.drop_table("item_reads")
    op.drop_column("items", "own_conversation")
