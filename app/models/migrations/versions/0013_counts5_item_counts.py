"""Navigator counts kept by SQLite itself (issue 18, point 4).

The navigator's counts are re-read after every action and sync. Counted from the indexes they
read ~0.9M index entries at a million items (the Answered view alone ~580,000): 180-360 ms.
``item_counts`` holds how many items there are per account, status, kind and running clock
(``due_at`` set or not): a few hundred rows, kept exact by three triggers on ``items`` in the
same transaction as the change, so a rolled-back change leaves them as they were. What
depends on the moment (overdue, due today) is still read from the indexes, as the short range
of items not yet due.

``read_counts`` does the same for each person's read items (the navigator's unread counts
were a join of every item the person ever opened with the items, ~1 s for a person who has
read most of a million items): triggers on ``item_reads`` add and remove, a BEFORE DELETE and
the UPDATE trigger on ``items`` move an item's reads with it (BEFORE: an item's read rows go
with it by ON DELETE CASCADE after the item's row is gone).

SQLite only: on PostgreSQL the counts stay plain COUNTs (row-level security decides what each
colleague may count, and one counter row per account would serialise a team's writes).

Revision ID: 0013_counts5_item_counts
Revises: 0012_perf3_view_indexes
Create Date: 2026-12-07
"""
from alembic import op

revision = "0013_counts5_item_counts"
down_revision = "0012_perf3_view_indexes"
branch_labels = None
depends_on = None

TABLE = (
    "CREATE TABLE item_counts ("
    "account_id INTEGER NOT NULL, status VARCHAR(20) NOT NULL, kind VARCHAR(20) NOT NULL, "
    "running BOOLEAN NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (account_id, status, kind, running)) WITHOUT ROWID")
FILL = ("INSERT INTO item_counts (account_id, status, kind, running, n) "
        "SELECT account_id, status, kind, due_at IS NOT NULL, count(*) FROM items "
        "GROUP BY account_id, status, kind, due_at IS NOT NULL")
_ADD = ("INSERT INTO item_counts (account_id, status, kind, running, n) "
        "VALUES (new.account_id, new.status, new.kind, new.due_at IS NOT NULL, 1) "
        "ON CONFLICT (account_id, status, kind, running) DO UPDATE SET n = n + 1;")
_REMOVE = ("UPDATE item_counts SET n = n - 1 WHERE account_id = old.account_id AND status = old.status "
           "AND kind = old.kind AND running = (old.due_at IS NOT NULL);")
TRIGGERS = (
    f"CREATE TRIGGER item_counts_ai AFTER INSERT ON items BEGIN {_ADD} END",
    f"CREATE TRIGGER item_counts_ad AFTER DELETE ON items BEGIN {_REMOVE} END",
    # Only when the row moves to another count: a deadline moved (recompute) costs the WHEN.
    "CREATE TRIGGER item_counts_au AFTER UPDATE OF account_id, status, kind, due_at ON items "
    "WHEN old.account_id IS NOT new.account_id OR old.status IS NOT new.status "
    "OR old.kind IS NOT new.kind OR (old.due_at IS NULL) <> (new.due_at IS NULL) "
    f"BEGIN {_REMOVE} {_ADD} END",
)

READ_TABLE = (
    "CREATE TABLE read_counts ("
    "user_name VARCHAR(200) NOT NULL, account_id INTEGER NOT NULL, status VARCHAR(20) NOT NULL, "
    "kind VARCHAR(20) NOT NULL, running BOOLEAN NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (user_name, account_id, status, kind, running)) WITHOUT ROWID")
READ_FILL = ("INSERT INTO read_counts (user_name, account_id, status, kind, running, n) "
             "SELECT r.user_name, i.account_id, i.status, i.kind, i.due_at IS NOT NULL, count(*) "
             "FROM item_reads r JOIN items i ON i.id = r.item_id "
             "GROUP BY r.user_name, i.account_id, i.status, i.kind, i.due_at IS NOT NULL")
_READ_KEY = "(user_name, account_id, status, kind, running)"
_READ_ADD = ("INSERT INTO read_counts (user_name, account_id, status, kind, running, n) "
             "SELECT {user}, account_id, status, kind, due_at IS NOT NULL, 1 FROM items WHERE id = {item} "
             f"ON CONFLICT {_READ_KEY} DO UPDATE SET n = n + 1;")
_READ_REMOVE = ("UPDATE read_counts SET n = n - 1 WHERE user_name = {user} AND "
                "(account_id, status, kind, running) = "
                "(SELECT account_id, status, kind, due_at IS NOT NULL FROM items WHERE id = {item});")
# An item that changes count takes its readers' counts along.
_ITEM_READS_REMOVE = ("UPDATE read_counts SET n = n - 1 WHERE account_id = old.account_id "
                      "AND status = old.status AND kind = old.kind AND running = (old.due_at IS NOT NULL) "
                      "AND user_name IN (SELECT user_name FROM item_reads WHERE item_id = old.id);")
_ITEM_READS_ADD = ("INSERT INTO read_counts (user_name, account_id, status, kind, running, n) "
                   "SELECT user_name, new.account_id, new.status, new.kind, new.due_at IS NOT NULL, 1 "
                   f"FROM item_reads WHERE item_id = new.id ON CONFLICT {_READ_KEY} DO UPDATE SET n = n + 1;")
READ_TRIGGERS = (
    "CREATE TRIGGER read_counts_ai AFTER INSERT ON item_reads BEGIN "
    f"{_READ_ADD.format(user='new.user_name', item='new.item_id')} END",
    # After an item's own delete its row is gone: then this finds nothing to take away (the
    # item's BEFORE DELETE trigger did).
    "CREATE TRIGGER read_counts_ad AFTER DELETE ON item_reads BEGIN "
    f"{_READ_REMOVE.format(user='old.user_name', item='old.item_id')} END",
    "CREATE TRIGGER read_counts_au AFTER UPDATE OF item_id, user_name ON item_reads BEGIN "
    f"{_READ_REMOVE.format(user='old.user_name', item='old.item_id')} "
    f"{_READ_ADD.format(user='new.user_name', item='new.item_id')} END",
    f"CREATE TRIGGER read_counts_item_bd BEFORE DELETE ON items BEGIN {_ITEM_READS_REMOVE} END",
    "CREATE TRIGGER read_counts_item_au AFTER UPDATE OF account_id, status, kind, due_at ON items "
    "WHEN old.account_id IS NOT new.account_id OR old.status IS NOT new.status "
    "OR old.kind IS NOT new.kind OR (old.due_at IS NULL) <> (new.due_at IS NULL) "
    f"BEGIN {_ITEM_READS_REMOVE} {_ITEM_READS_ADD} END",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(TABLE)
    op.execute(FILL)
    op.execute(READ_TABLE)
    op.execute(READ_FILL)
    for ddl in (*TRIGGERS, *READ_TRIGGERS):
        op.execute(ddl)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("item_counts_au", "item_counts_ad", "item_counts_ai", "read_counts_ai", "read_counts_ad",
                 "read_counts_au", "read_counts_item_bd", "read_counts_item_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS read_counts")
    op.execute("DROP TABLE IF EXISTS item_counts")
