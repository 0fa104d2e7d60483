"""One trigger keeps both kinds of counts when an item changes count.

``item_counts_au`` and ``read_counts_item_au`` (migration 0013) watched the same columns with
the same WHEN. SQLite runs each trigger's program for every row an UPDATE of those columns
touches and only then tests its WHEN, so a full deadline recompute (most running items' due_at
rewritten, their count unchanged) paid for two programs per row: one of them was about 5 % of
the recompute at a million items. The two bodies now run from one trigger, in the same
transaction as before.

SQLite only, like 0013.

Revision ID: 0017_recomp7_one_counts_trigger
Revises: 0016_recomp6_indexes_without_due
Create Date: 2026-12-07
"""
import importlib

from alembic import op

revision = "0017_recomp7_one_counts_trigger"
down_revision = "0016_recomp6_indexes_without_due"
branch_labels = None
depends_on = None

# The statements 0013 wrote, taken from it word for word.
_counts = importlib.import_module("app.models.migrations.versions.0013_counts5_item_counts")


def _was(name: str) -> str:
    found: str = next(ddl for ddl in (*_counts.TRIGGERS, *_counts.READ_TRIGGERS) if f"TRIGGER {name} " in ddl)
    return found


# Up to its BEGIN, the items' trigger as it was (its columns and its WHEN), then both bodies.
ONE = (_was("item_counts_au").split(" BEGIN ", 1)[0] + f" BEGIN {_counts._REMOVE} {_counts._ADD} "
       f"{_counts._ITEM_READS_REMOVE} {_counts._ITEM_READS_ADD} END")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS read_counts_item_au")
    op.execute("DROP TRIGGER IF EXISTS item_counts_au")
    op.execute(ONE)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS item_counts_au")
    op.execute(_was("item_counts_au"))
    op.execute(_was("read_counts_item_au"))
