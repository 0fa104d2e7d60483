"""Posts: planned and published posts per account and manual channel (issue 19).

Revision ID: 0007_publishing_posts
Revises: 0003_perf_fts_prefix
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op


revision = "0007_publishing_posts"
down_revision = "0003_perf_fts_prefix"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_key", sa.String(64), nullable=False),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id", ondelete="CASCADE")),
        sa.Column("channel", sa.String(30)),
        sa.Column("title", sa.String(300)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("link", sa.String(1000)),
        sa.Column("images", sa.Text, nullable=False),
        sa.Column("scheduled_at", sa.DateTime()),
        sa.Column("native_schedule", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("campaign", sa.String(200)),
        sa.Column("label", sa.String(200)),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("approved_by", sa.String(200)),
        sa.Column("review_comment", sa.Text),
        sa.Column("idempotency_key", sa.String(64), nullable=False, unique=True),
        sa.Column("outbox_id", sa.Integer),
        sa.Column("external_id", sa.String(300)),
        sa.Column("permalink", sa.String(1000)),
        sa.Column("thread_id", sa.Integer, sa.ForeignKey("threads.id", ondelete="SET NULL")),
        sa.Column("last_error", sa.Text),
        sa.Column("published_at", sa.DateTime()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_posts_group_key", "posts", ["group_key"])
    op.create_index("ix_posts_account_id", "posts", ["account_id"])
    if op.get_bind().dialect.name == "postgresql":
        # Posts follow the roles of their account, like items (app.models.rls; revision 0003_rls_roles).
        from app.models import rls
        for statement in rls.posts_statements():
            op.execute(statement)
    op.create_index("ix_posts_scheduled", "posts", ["scheduled_at", "id"])
    op.create_index("ix_posts_status", "posts", ["status", "scheduled_at"])


def downgrade() -> None:
    op.drop_table("posts")
