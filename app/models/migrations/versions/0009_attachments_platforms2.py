"""Attachments of comments and messages (photos, stickers, GIFs, links) as JSON metadata.

A list of ``{"kind", "image_url", "link", "title"}`` per item; NULL when there are none. The
images themselves are never stored in the database: they are loaded on request into the data
folder's cache (app/services/attachments.py), which retention and "forget this person" empty.

Revision ID: 0009_attachments_platforms2
Revises: 0008_trainers_certificates
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0009_attachments_platforms2"
down_revision = "0008_trainers_certificates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("attachments", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("attachments")
