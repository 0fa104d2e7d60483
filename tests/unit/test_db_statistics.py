"""The planner gets statistics when an index has none, and not again on every open."""
import sqlite3
from datetime import timedelta

from app.config import resolve_paths
from app.models import db as dbmod
from tests.factories import make_account, make_item


def test_missing_statistics_are_gathered_once(tmp_path, test_clock):
    paths = resolve_paths(str(tmp_path))
    db = dbmod.open_database(paths)
    with db.session() as s:
        acc = make_account(s, "Viborg")
        for k in range(40):
            make_item(s, acc, test_clock.now() - timedelta(hours=k),
                      status="answered" if k % 2 else "new",
                      handled_at=test_clock.now() if k % 2 else None)
    db.engine.dispose()
    with sqlite3.connect(paths.sqlite_path) as conn:
        conn.execute("DELETE FROM sqlite_stat1")
    db = dbmod.open_database(paths)
    with sqlite3.connect(paths.sqlite_path) as conn:
        known = {row[0] for row in conn.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'items'")}
    assert {"ix_items_handled_view", "ix_items_due", "ix_items_account_due"} <= known
    assert dbmod.ensure_statistics(db.engine) is False      # nothing missing: no second ANALYZE
    db.dispose()
