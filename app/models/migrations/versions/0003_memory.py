"""Answer memory: stems and language per item, with a BM25 index.

Revision ID: 0003_memory
Revises: 0002
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_memory"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "memory_docs",
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("stems", sa.Text, nullable=False, server_default=""),
    )
    if op.get_bind().dialect.name == "sqlite":
        # Stems are already lower-case words; keep å/ä/ø apart (remove_diacritics 0).
        op.execute("CREATE VIRTUAL TABLE memory_fts USING fts5(stems, content='memory_docs', "
                   "content_rowid='item_id', tokenize='unicode61 remove_diacritics 0')")
        op.execute("CREATE TRIGGER memory_fts_ai AFTER INSERT ON memory_docs BEGIN "
                   "INSERT INTO memory_fts(rowid, stems) VALUES (new.item_id, new.stems); END")
        op.execute("CREATE TRIGGER memory_fts_ad AFTER DELETE ON memory_docs BEGIN "
                   "INSERT INTO memory_fts(memory_fts, rowid, stems) VALUES ('delete', old.item_id, old.stems); END")
        op.execute("CREATE TRIGGER memory_fts_au AFTER UPDATE ON memory_docs BEGIN "
                   "INSERT INTO memory_fts(memory_fts, rowid, stems) VALUES ('delete', old.item_id, old.stems); "
                   "INSERT INTO memory_fts(rowid, stems) VALUES (new.item_id, new.stems); END")
    else:
        op.execute("CREATE INDEX ix_memory_docs_tsv ON memory_docs USING gin (to_tsvector('simple', stems))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("memory_fts_ai", "memory_fts_ad", "memory_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS memory_fts")
    op.drop_table("memory_docs")
