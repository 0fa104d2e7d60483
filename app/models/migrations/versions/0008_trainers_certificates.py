"""Training: certificates (a passed pack per trainee, which publishing can require) and the
classroom's documents over the team database.

Revision ID: 0008_trainers_certificates
Revises: 0007_publishing_posts
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0008_trainers_certificates"
down_revision = "0007_publishing_posts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_certificates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("trainee", sa.String(200), nullable=False),
        sa.Column("pack", sa.String(300), nullable=False),
        sa.Column("language", sa.String(5), nullable=False, server_default="da"),
        sa.Column("points", sa.Integer, nullable=False),
        sa.Column("maximum", sa.Integer, nullable=False),
        sa.Column("percent", sa.Integer, nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_training_certificates_trainee", "training_certificates", ["trainee"])
    op.create_table(
        "classroom_docs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(12), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("code", "key", name="uq_classroom_docs_code_key"),
    )
    op.create_index("ix_classroom_docs_code", "classroom_docs", ["code"])


def downgrade() -> None:
    op.drop_index("ix_classroom_docs_code", table_name="classroom_docs")
    op.drop_table("classroom_docs")
    op.drop_index("ix_training_certificates_trainee", table_name="training_certificates")
    op.drop_table("training_certificates")
