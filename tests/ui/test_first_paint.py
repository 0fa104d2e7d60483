"""Start-up's first paint: the Open view's first page read with plain sqlite3 (the same rows
and order as the inbox), shown before the heavy imports, then replaced by the real window."""
from __future__ import annotations

import sqlite3
from argparse import Namespace
from datetime import timedelta

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow
from shiboken6 import isValid

from app import gui
from app.config import resolve_paths
from app.models.db import open_database
from app.models.migrations import HEAD
from app.services.inbound import inbox
from app.services.inbound.first_page import read_first_page
from tests.factories import make_account, make_item


def _cache(tmp_path, clock, n=70, platform="facebook"):
    paths = resolve_paths(str(tmp_path))
    db = open_database(paths)
    with db.session() as s:
        dk = make_account(s, "Viborg", platform=platform)
        se = make_account(s, "Malmö", country="SE", platform=platform,
                          calendar={"country": "SE", "timezone": "Europe/Stockholm"})
        for k in range(n):
            make_item(s, dk if k % 3 else se, clock.now() - timedelta(hours=k * 7),
                      text=f"Besked {k}", author_name=f"Borger {k}")
            make_item(s, dk, clock.now() - timedelta(hours=k), status="answered",
                      handled_at=clock.now())
    return paths, db


def test_first_page_is_the_inbox_open_view_first_page(tmp_path, test_clock):
    paths, db = _cache(tmp_path, test_clock)
    rows = read_first_page(paths.sqlite_path, HEAD)
    with db.session() as s:
        ids = list(inbox.view_ids(s, inbox.ViewSpec(view="open"), test_clock.now(), limit=50))
        expected = inbox.rows_by_ids(s, ids)
    db.dispose()
    assert [r.id for r in rows] == ids and len(ids) == 50
    assert [(r.due_at, r.zone, r.account, r.text) for r in rows] == \
        [(e.due_at, e.timezone, e.account_name, e.text) for e in expected]


def test_no_first_paint_for_demo_missing_or_unmigrated_caches(tmp_path, test_clock):
    assert read_first_page(tmp_path / "nothing.sqlite3", HEAD) is None
    paths, db = _cache(tmp_path, test_clock, n=3, platform="demo")
    db.dispose()
    assert read_first_page(paths.sqlite_path, HEAD) is None          # demo only: the demo opens
    with sqlite3.connect(paths.sqlite_path) as conn:
        conn.execute("UPDATE accounts SET platform = 'facebook'")
    assert len(read_first_page(paths.sqlite_path, HEAD)) == 3
    assert read_first_page(paths.sqlite_path, "0001") is None        # migrations first


def test_first_paint_shows_rows_then_gives_way_to_the_window(qtbot, qapp, tmp_path, test_clock):
    paths, db = _cache(tmp_path, test_clock, n=5)
    db.dispose()
    args = Namespace(data_dir=str(tmp_path), database_url=None, demo=False, training=None,
                     self_test=False, user="Mette", command=None)
    first = gui._first_paint(args)
    assert first is not None and first.isVisible() and first.row_count() == 5
    assert first.model.item(0, 3).text().startswith("Besked")
    assert gui._first_paint(Namespace(**{**vars(args), "demo": True})) is None
    # The real window appears only once its list has rows, in the first page's place.
    window = QMainWindow()
    window.model = QStandardItemModel()
    qtbot.addWidget(window)
    gui._replace_when_ready(qapp, first, window)
    qtbot.wait(100)
    assert first.isVisible() and not window.isVisible()
    window.model.appendRow(QStandardItem("row"))
    qtbot.waitUntil(lambda: window.isVisible() and not isValid(first), timeout=3000)   # closed, deleted
