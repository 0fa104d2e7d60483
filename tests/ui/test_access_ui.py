"""The window under a colleague's own database login: it lists only what the login may see,
switches off what the role forbids with the reason in words, records "opened" for the audit,
and offers the audit log to administrators only."""
from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock as app_clock
from app.models import tables as t
from app.secrets import MemoryStore
from app.services.team import access
from tests.team.rlskit import login_url

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_cluster():
    from tests.team.pgfixtures import require_or_skip, start_cluster
    require_or_skip()
    cluster = start_cluster()
    yield cluster
    cluster.destroy()


@pytest.fixture
def team_db(pg_cluster, tmp_path, english):
    from app.services.workspace import open_workspace
    from tests.factories import make_account, make_item

    url = pg_cluster.create_database()
    owner = open_workspace(data_dir=str(tmp_path / "owner"), database_url=url,
                           credentials=MemoryStore(), user="Owner")
    suffix = uuid.uuid4().hex[:6]
    logins = {"bo": f"bo_{suffix}", "carl": f"carl_{suffix}", "admin": f"admin_{suffix}"}
    with owner.db.session() as s:
        kommune = make_account(s, "Aarby Kommune (demo)", platform="demo", institution="Aarby Kommune",
                               policy="hours:24")
        bibliotek = make_account(s, "Aarby Bibliotek (demo)", platform="demo",
                                 institution="Aarby Bibliotek", policy="hours:24")
        for i in range(2):
            make_item(s, kommune, app_clock.now() - timedelta(hours=2 + i), text=f"Vejarbejde {i}?")
            make_item(s, bibliotek, app_clock.now() - timedelta(hours=1 + i), text=f"Bogbus {i}?")
        s.flush()
        access.grant(s, logins["bo"], "communicator", institution="Aarby Kommune", actor="owner")
        access.grant(s, logins["bo"], "reader", institution="Aarby Bibliotek", actor="owner")
        access.grant(s, logins["carl"], "communicator", institution="Aarby Bibliotek", actor="owner")
        access.grant(s, logins["admin"], "administrator", institution="Aarby Kommune", actor="owner")
    owner.close()
    made = []

    def as_login(name: str):
        ws = open_workspace(data_dir=str(tmp_path / name), database_url=login_url(url, logins[name]),
                            credentials=MemoryStore(), user=name.title())
        ws.settings.set("user.name", name.title())
        made.append(ws)
        return ws

    as_login.logins = logins
    as_login.url = url
    yield as_login
    for ws in made:
        ws.close()


def open_window(qtbot, ws):
    from app.ui.main_window import create_main_window
    window = create_main_window(ws, background=False)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.confirm = lambda title, text: True
    assert window.wait_idle()
    return window


def row_of(window, needle):
    return next(r for r in range(window.model.rowCount()) if needle in window.model.row_data(r).text)


def test_a_reader_sees_the_actions_switched_off_with_the_reason(qtbot, team_db, idle):
    ws = team_db("bo")
    window = open_window(qtbot, ws)
    try:
        texts = sorted(window.model.row_data(r).text for r in range(window.model.rowCount()))
        assert texts == ["Bogbus 0?", "Bogbus 1?", "Vejarbejde 0?", "Vejarbejde 1?"]
        assert window.findChild(type(window.actions_by_key["hide"]), "action_audit_log") is None

        window.item_list.select_row(row_of(window, "Bogbus 0"))       # Bibliotek: reader
        idle(window)
        for key in ("hide", "note", "no_reply", "assign", "export_case"):
            assert not window.actions_by_key[key].isEnabled(), key
        assert window.actions_by_key["hide"].toolTip() == (
            "Hiding comments needs the communicator role; your role for Aarby Bibliotek is reader. "
            "Ask an administrator of Aarby Bibliotek.")
        assert not window.composer.buttons["reply"].isEnabled()
        assert "your role for Aarby Bibliotek is reader" in window.statusBar().currentMessage()

        window.item_list.select_row(row_of(window, "Vejarbejde 0"))   # Kommune: communicator
        idle(window)
        assert window.actions_by_key["no_reply"].isEnabled()
        assert window.actions_by_key["note"].isEnabled()
        assert "needs" not in window.actions_by_key["note"].toolTip()
        assert not window.actions_by_key["forget"].isEnabled()          # administrators only
    finally:
        window.close()
    with ws.db.session() as s:      # both conversations shown were recorded, in bo's login
        opened = s.execute(select(t.AuditEvent.login, t.Item.text).join(
            t.Item, t.Item.id == t.AuditEvent.item_id).where(t.AuditEvent.action == "opened")).all()
    assert {login for login, _text in opened} == {team_db.logins["bo"]}
    assert {"Bogbus 0?", "Vejarbejde 0?"} <= {text for _login, text in opened}


def test_another_institutions_colleague_sees_only_their_own_items(qtbot, team_db):
    window = open_window(qtbot, team_db("carl"))
    try:
        texts = sorted(window.model.row_data(r).text for r in range(window.model.rowCount()))
        assert texts == ["Bogbus 0?", "Bogbus 1?"]
    finally:
        window.close()


def test_an_administrator_gets_the_audit_log_window(qtbot, team_db, idle, tmp_path):
    ws = team_db("admin")
    window = open_window(qtbot, ws)
    try:
        window.item_list.select_row(0)
        idle(window)
        action = window.access_gate.audit_action
        assert action is not None
        action.trigger()
        idle(window)
        dialog = window.audit_window
        assert dialog.table.rowCount() == len(dialog.rows) > 0
        assert any(r.action == "opened" and r.login == team_db.logins["admin"] for r in dialog.rows)
        target = tmp_path / "audit.csv"
        dialog.ask_path = lambda: str(target)
        dialog.save_csv()
        assert target.read_text(encoding="utf-8-sig").startswith("at,login,actor,category,action")
        dialog.close()
    finally:
        window.close()
