"""Issue 14.11, the window side: a damaged database names the backups that really exist and
offers to open the folder or start afresh (the damaged file kept); a failed upgrade is told in
words with nothing lost."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QPushButton

from app.errors import DamagedDatabaseError, MigrationFailedError
from app.services.workspace import open_workspace


@pytest.fixture
def damaged(tmp_path, english):
    db = tmp_path / "svarbox.sqlite3"
    db.write_bytes(b"this is no database" * 100)
    backup = tmp_path / "svarbox.sqlite3.0009_attachments.20261201T080000Z.bak"
    backup.write_bytes(b"SQLite copy")
    return tmp_path, db, backup


def test_the_damaged_message_names_the_backups_that_exist(damaged):
    folder, db, backup = damaged
    with pytest.raises(DamagedDatabaseError) as caught:
        open_workspace(str(folder), user="Mette Jensen")
    error = caught.value
    assert error.backups == [backup]
    assert backup.name in error.message and ".bak copy" not in error.message
    assert db.read_bytes() == b"this is no database" * 100      # untouched


def test_without_backups_the_message_says_so(tmp_path, english):
    (tmp_path / "svarbox.sqlite3").write_bytes(b"garbage" * 50)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_workspace(str(tmp_path), user="Mette Jensen")
    assert caught.value.backups == [] and "no backup" in caught.value.message


def test_the_dialog_offers_the_folder_and_a_fresh_start_keeping_the_damaged_file(damaged, qtbot):
    from app.ui.dialogs import database_problem as dp
    folder, db, backup = damaged
    with pytest.raises(DamagedDatabaseError) as caught:
        open_workspace(str(folder), user="Mette Jensen")
    opened = []

    def answer(dialog):
        qtbot.addWidget(dialog)
        assert dialog.backups.item(0).text() == backup.name
        dialog.open_folder = opened.append
        dialog.findChild(QPushButton, "openFolderButton").click()
        dialog.findChild(QPushButton, "startFreshButton").click()
        return dialog.choice

    assert dp.offer(caught.value, ask=answer) is True
    assert opened == [folder.resolve()]
    kept = list(folder.glob("svarbox.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"this is no database" * 100
    assert backup.exists()
    ws = open_workspace(str(folder), user="Mette Jensen")      # a fresh, empty cache
    ws.close()


def test_quitting_changes_nothing(damaged, qtbot):
    from app.ui.dialogs import database_problem as dp
    folder, db, _backup = damaged
    with pytest.raises(DamagedDatabaseError) as caught:
        open_workspace(str(folder), user="Mette Jensen")
    assert dp.offer(caught.value, ask=lambda dialog: (qtbot.addWidget(dialog), dp.QUIT)[1]) is False
    assert db.read_bytes() == b"this is no database" * 100
    assert not list(folder.glob("*.damaged-*"))


def test_a_failed_upgrade_is_told_in_words_and_loses_nothing(tmp_path, english, qtbot):
    from alembic import command

    from app.config import resolve_paths
    from app.models import db as dbmod
    paths = resolve_paths(str(tmp_path))
    engine = dbmod.make_engine(paths.database_url)
    with engine.begin() as conn:
        command.upgrade(dbmod._alembic_config(conn), "0001")
        conn.exec_driver_sql("INSERT INTO institutions (name) VALUES ('Viborg Bibliotekerne')")
        # what the next migration creates is in the way: the upgrade fails half-way
        conn.exec_driver_sql("CREATE INDEX ix_items_handled_view ON institutions (name)")
    engine.dispose()
    with pytest.raises(MigrationFailedError) as caught:
        dbmod.open_database(paths)
    error = caught.value
    assert "Nothing was lost" in error.message and "Traceback" not in error.message
    assert error.backup is not None and error.backup.name in error.message and error.backup.exists()
    with sqlite3.connect(paths.sqlite_path) as conn:        # the database is as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT name FROM institutions").fetchone() == ("Viborg Bibliotekerne",)
    from app.ui.dialogs.database_problem import DatabaseProblemDialog
    dialog = DatabaseProblemDialog(error)
    qtbot.addWidget(dialog)
    assert dialog.text.text() == error.message
    assert not dialog.fresh_button.isVisibleTo(dialog)          # only for a damaged file
    assert dialog.backups.item(0).text() == error.backup.name


def test_a_full_disk_while_sending_names_the_folder_and_keeps_the_draft(window, idle, ws):
    # A real SQLITE_FULL: the database may not grow by a single page (PRAGMA max_page_count).
    from sqlalchemy import event, select

    from app.models import tables as t
    from app.services.outbound import outbox
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "comment"
               and model.row_data(r).platform == "facebook" and not model.row_data(r).has_id_number)
    window.item_list.select_row(row)
    idle(window)
    item_id = window.composer.item_id
    text = "Hej, tak for beskeden. " + "Vi ser på det med det samme. " * 200
    window.composer.set_text(text)
    errors = []
    window.show_error = errors.append

    def cap(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine = ws.db.engine
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("VACUUM")
    event.listen(engine, "connect", cap)
    engine.dispose()
    try:
        window.do_action("reply")
        idle(window)
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()
    assert errors, "the window said nothing"
    message = errors[-1]
    assert str(ws.paths.sqlite_path.resolve().parent) in message and "Nothing was lost" in message
    assert "Traceback" not in message
    assert window.composer.editor.toPlainText() == text           # the draft is kept
    with ws.db.session() as s:
        assert outbox.actions_for_item(s, item_id) == []
        assert s.scalar(select(t.Item.status).where(t.Item.id == item_id)) in t.OPEN_STATUSES
