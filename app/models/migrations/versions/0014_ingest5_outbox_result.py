"""An index on the outbox's result id (the platform id of what Svarbox sent).

Sync asks, for each Page reply it fetches on Facebook, whether Svarbox sent it (the outbox then
closed the item it answers already). Without an index that question read the whole outbox,
which holds every reply ever sent: once per reply, and since issue 18 point 5 once per page.

Revision ID: 0014_ingest5_outbox_result
Revises: 0013_counts5_item_counts
Create Date: 2026-12-07
"""
from alembic import op

revision = "0014_ingest5_outbox_result"
down_revision = "0013_counts5_item_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_outbox_result_external_id", "outbox", ["result_external_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_result_external_id", table_name="outbox")
