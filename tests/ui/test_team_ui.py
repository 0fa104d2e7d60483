"""Team mode in the window: claims, collisions, assignment, notes by colleagues, a computer
without the token, and read-only mode when the team database goes away.

Colleagues are simulated the way another client would act: claims and answers are rows
written with another holder id and user name (``team.claim_item``, ``outbox.queue_action``,
``collab.assign``). Read-only mode is tested twice: on the SQLite demo workspace with a
background job that raises the "cannot be reached" ``DatabaseError`` (simulated), and on a
real PostgreSQL server that is stopped and started again (skipped without PostgreSQL).
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func
from sqlalchemy import select as sql_select

from app import clock as app_clock
from app.errors import DatabaseError
from app.i18n import translate
from app.models import tables as t
from app.secrets import MemoryStore
from app.services.inbound import items as item_service
from app.services.outbound import localqueue, outbox
from app.services.outbound.actions import UNREACHABLE
from app.services.team import collab
from app.services.team import leases as team
from app.ui.models.item_model import COL_TEXT

ANNA = "Anna Holm"
ANNA_PC = "anna-pc:4711:abcd"


def select(window, row, idle):
    window.item_list.select_row(row)
    idle(window)
    assert window.composer.item_id == window.model.id_at(row)
    return window.composer.item_id


def comment_row(window, skip=()):
    model = window.model
    return next(r for r in range(model.rowCount())
                if model.row_data(r).kind == "comment" and not model.row_data(r).has_id_number
                and model.row_data(r).id not in skip)


def my_claims(ws):
    return team.active_claims(ws.db)


def outbox_rows(ws, item_id):
    with ws.db.session() as s:
        return list(s.execute(sql_select(t.OutboxAction.action, t.OutboxAction.author, t.OutboxAction.state,
                                     t.OutboxAction.idempotency_key)
                              .where(t.OutboxAction.item_id == item_id)).all())


# --- claims ----------------------------------------------------------------------------------

def test_typing_claims_the_item_and_moving_on_releases_it(window, idle, qtbot):
    first = select(window, comment_row(window), idle)
    assert my_claims(window.ws) == {}                       # selecting alone claims nothing
    qtbot.keyClicks(window.composer.editor, "Hej")
    idle(window)
    assert my_claims(window.ws) == {first: "Mette Jensen"}
    assert window.team.held_item() == first
    assert window.team.renew_timer.isActive() and window.team.renew_timer.interval() == 30_000

    # Renewed while the composer holds it: the expiry moves on.
    with window.ws.db.session() as s:
        before = s.get(t.Claim, first).expires_at
    window.team.renew_claim()
    idle(window)
    with window.ws.db.session() as s:
        assert s.get(t.Claim, first).expires_at >= before

    second = select(window, comment_row(window, skip={first}), idle)
    assert my_claims(window.ws) == {}                        # released when the selection moved
    window.reply()                                          # R opens the composer: a claim too
    idle(window)
    assert my_claims(window.ws) == {second: "Mette Jensen"}
    window.close()
    assert my_claims(window.ws) == {}                        # and the window gives it back on closing


def test_a_colleagues_claim_shows_in_list_header_and_composer(window, idle):
    model = window.model
    row = comment_row(window)
    item_id = model.id_at(row)
    assert team.claim_item(window.ws.db, item_id, ANNA, holder=ANNA_PC).ok
    window.team.poll_claims()
    idle(window)
    index = model.index(row, COL_TEXT)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith("Anna Holm is answering")
    assert "Anna Holm is answering" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)

    select(window, row, idle)
    assert "Anna Holm is answering" in window.conversation.texts()
    composer = window.composer
    assert composer.warning_text() == "Anna Holm is answering this right now"
    assert composer.editor.isReadOnly() and composer.write_anyway_button.isVisible()
    assert composer.write_anyway_button.accessibleName()
    # The person may still proceed, explicitly.
    composer.write_anyway_button.click()
    assert not composer.editor.isReadOnly()
    composer.set_text("Hej. Skraldebilen kommer i morgen.")

    asked = []
    window.confirm = lambda title, text: asked.append(text) or False
    window.do_action("reply")
    idle(window)
    assert asked and "Anna Holm is answering this right now." in asked[0]
    assert outbox_rows(window.ws, item_id) == []            # refused without confirmation
    assert composer.editor.toPlainText().startswith("Hej. Skraldebilen")

    window.confirm = lambda title, text: True
    window.do_action("reply")
    idle(window)
    assert [(a, who) for a, who, _s, _k in outbox_rows(window.ws, item_id)] == [("reply", "Mette Jensen")]
    with window.ws.db.session() as s:
        assert s.scalar(sql_select(func.count(t.AuditEvent.id)).where(
            t.AuditEvent.item_id == item_id, t.AuditEvent.action == "answered_despite_warning")) == 1

    # The claim ends: the mark goes from the list.
    team.release_claim(window.ws.db, item_id, holder=ANNA_PC)
    window.team.poll_claims()
    idle(window)
    assert model.claimed_by(item_id) is None


def test_replying_to_an_item_a_colleague_answered_needs_confirmation(window, idle):
    item_id = select(window, comment_row(window), idle)
    window.composer.set_text("Hej. Vi kigger på det i dag.")
    # Meanwhile, on Anna's computer:
    with window.ws.db.session() as s:
        outbox.queue_action(s, item_id, "reply", ANNA, "Hej. Det er ordnet nu.\n/Anna")
    asked = []
    window.confirm = lambda title, text: asked.append((title, text)) or False
    window.do_action("reply")
    idle(window)
    assert asked and "Anna Holm already answered this" in asked[0][1]
    assert [who for _a, who, _s, _k in outbox_rows(window.ws, item_id)] == [ANNA]
    assert window.composer.editor.toPlainText()           # the text is kept

    # From now on the composer says it before anything is sent; the draft stays editable.
    warning = window.composer.warning_text()
    assert warning and "Anna Holm already answered" in warning
    assert not window.composer.editor.isReadOnly()

    # Opened afresh from "Answered" without a draft, writing waits for an explicit choice.
    window.composer.clear_draft(item_id)
    window.navigator.select_view("answered")
    idle(window)
    window.item_list.select_row(0 if window.model.id_at(0) != item_id else 1)
    idle(window)
    assert window.item_list.select_id(item_id)
    idle(window)
    assert "Anna Holm already answered" in window.composer.warning_text()
    assert window.composer.editor.isReadOnly()


# --- assignment ---------------------------------------------------------------------------

def test_assign_and_unassign_from_the_item_menu(window, idle):
    item_id = select(window, comment_row(window), idle)
    offered = []
    window.ask_assignee = lambda names: offered.append(list(names)) or ANNA
    with window.ws.db.session() as s:       # Anna has been at work: she is a known colleague
        item_service.add_note(s, item_id, ANNA, "Jeg ringer borgeren op.")
    window.actions_by_key["assign"].trigger()
    idle(window)
    assert ANNA in offered[0]
    with window.ws.db.session() as s:
        assert s.get(t.Item, item_id).assigned_to == ANNA
    window.item_list.select_id(item_id)
    idle(window)
    window.actions_by_key["unassign"].trigger()
    idle(window)
    with window.ws.db.session() as s:
        assert s.get(t.Item, item_id).assigned_to is None


def test_a_new_assignment_is_notified_once(window, idle):
    item_id = window.model.id_at(comment_row(window))
    window.team.poll_assignments()
    idle(window)
    assert not [m for m in window.tray.sent if "assigned" in m[1]]
    with window.ws.db.session() as s:
        collab.assign(s, item_id, "Mette Jensen", ANNA)
    window.team.poll_assignments()
    idle(window)
    window.team.poll_assignments()
    idle(window)
    assert [m for m in window.tray.sent if "assigned" in m[1]] == [("Assigned to you", "Anna Holm assigned you an item")]  # noqa: E501


def test_notes_by_colleagues_show_their_author(window, idle):
    item_id = window.model.id_at(comment_row(window))
    with window.ws.db.session() as s:
        item_service.add_note(s, item_id, ANNA, "Borgeren er ringet op.")
    window.item_list.select_id(item_id)
    window.refresh()
    idle(window)
    assert any(text.startswith("Internal note by Anna Holm") for text in window.conversation.texts())


# --- a computer without the account's token -------------------------------------------------

@pytest.fixture
def main_ws(tmp_path, english):
    """A real (not demo) SQLite workspace: a Facebook account whose token is not here."""
    from app.services.workspace import open_workspace
    from tests.factories import make_account, make_item

    ws = open_workspace(data_dir=str(tmp_path / "bo"), credentials=MemoryStore(), user="Bo Nielsen")
    ws.settings.set("user.name", "Bo Nielsen")
    with ws.db.session() as s:
        account = make_account(s, "Aarby Kommune", platform="facebook", institution="Aarby Kommune",
                               credential_ref="svarbox:facebook:aarby", policy="hours:24")
        make_item(s, account, app_clock.now() - timedelta(hours=1), author_name="Søren Madsen",
                  text="Hvornår bliver der saltet på Kirkevej?")
    yield ws
    ws.close()


def open_window(qtbot, ws):
    from app.ui.main_window import create_main_window
    window = create_main_window(ws, background=False)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.confirm = lambda title, text: True
    window.ask_pending_on_quit = lambda count: "keep"
    assert window.wait_idle()
    return window


def test_without_the_token_sending_is_disabled_and_the_reason_shown(qtbot, main_ws, idle):
    window = open_window(qtbot, main_ws)
    try:
        window.item_list.select_row(0)
        idle(window)
        composer = window.composer
        composer.set_text("Hej Søren. Vi salter i aften.")
        reason = composer.findChild(QLabel, "cannotSendReason")
        assert reason.isVisible() and "no token for Aarby Kommune" in reason.text()
        assert reason.textFormat() == Qt.TextFormat.PlainText
        for key in ("reply", "holding_reply", "hide", "delete"):
            assert not composer.buttons[key].isEnabled(), key
            assert composer.buttons[key].isVisible(), key
        assert composer.buttons["no_reply"].isEnabled()        # closing locally is still possible
        assert not window.actions_by_key["send"].isEnabled()
        assert not window.actions_by_key["hide"].isEnabled()
        window.do_action("reply")
        assert "no token" in window.statusBar().currentMessage()
        idle(window)
        assert outbox_rows(main_ws, composer.item_id) == []
    finally:
        window.close()


# --- read-only mode: simulated on SQLite ----------------------------------------------------

def fail_like_an_unreachable_database(window, idle):
    def job():
        raise DatabaseError(translate("Database", UNREACHABLE))
    window.runner.run(job, key="probe")
    idle(window)


def test_read_only_mode_keeps_actions_locally_and_replays_them(window, idle):
    ws = window.ws
    item_id = select(window, comment_row(window), idle)
    fail_like_an_unreachable_database(window, idle)
    team_ctl = window.team
    assert team_ctl.read_only
    banner = window.readonly_banner.text()
    assert banner.startswith("The team database cannot be reached – read-only; your actions are kept on this computer")
    assert team_ctl.read_only_since.strftime("%H:%M") in banner
    assert window.error_banner.text() == ""                  # no second, scarier message
    assert team_ctl.reconnect_timer.isActive() and team_ctl.reconnect_timer.interval() == 15_000

    window.composer.set_text("Hej. Vi tømmer spanden i morgen.")
    window.do_action("reply")
    idle(window)
    queue = localqueue.for_workspace(ws)
    kept = queue.pending(ws.db.url)
    assert [(p.item_id, p.action, p.author) for p in kept] == [(item_id, "reply", "Mette Jensen")]
    assert outbox_rows(ws, item_id) == []
    assert window.composer.editor.toPlainText() == ""
    assert "1 action(s) kept." in window.readonly_banner.text() or "1 action kept." in window.readonly_banner.text()

    window.do_action("no_reply")                            # not keepable: refused in words
    assert "cannot be reached" in window.statusBar().currentMessage()
    idle(window)
    with ws.db.session() as s:
        assert s.get(t.Item, item_id).status == "new"

    # Another item, chosen while read-only: its saved copy from the list, never the old context.
    other_row = comment_row(window, skip={item_id})
    other = window.model.id_at(other_row)
    real_session = ws.db.session

    def unreachable_session():
        raise DatabaseError(translate("Database", UNREACHABLE))
    ws.db.session = unreachable_session            # every read now fails like the server is away
    try:
        window.item_list.select_row(other_row)
        idle(window)
        assert window.composer.item_id == other
        assert window.model.row_data(other_row).text in window.conversation.texts()
        window.do_action("hide")
        idle(window)
    finally:
        ws.db.session = real_session
    assert [(p.item_id, p.action) for p in queue.pending(ws.db.url)] == [(item_id, "reply"), (other, "hide")]

    team_ctl.try_reconnect()
    idle(window)
    assert not team_ctl.read_only and window.readonly_banner.text() == ""
    rows = outbox_rows(ws, item_id)
    assert [(a, k) for a, _w, _s, k in rows] == [("reply", kept[0].idempotency_key)]
    assert [a for a, _w, _s, _k in outbox_rows(ws, other)] == ["hide"]
    assert queue.pending(ws.db.url) == []


# --- read-only mode: a real PostgreSQL server that goes away ---------------------------------

@pytest.fixture(scope="module")
def pg_cluster():
    from tests.team.pgfixtures import require_or_skip, start_cluster
    require_or_skip()
    cluster = start_cluster()
    yield cluster
    cluster.destroy()


@pytest.fixture
def pg_ws(pg_cluster, tmp_path, english):
    from app.services.workspace import open_workspace
    from tests.factories import make_account, make_item

    if not pg_cluster.is_running():
        pg_cluster.start()
    ws = open_workspace(data_dir=str(tmp_path / "mette"), database_url=pg_cluster.create_database(),
                        credentials=MemoryStore(), user="Mette Jensen")
    ws.settings.set("user.name", "Mette Jensen")
    with ws.db.session() as s:
        account = make_account(s, "Aarby Kommune (demo)", platform="demo", institution="Aarby Kommune",
                               policy="hours:24")
        for i in range(3):
            make_item(s, account, app_clock.now() - timedelta(hours=2 + i),
                      author_name=f"Borger {i}", text=f"Hvornår åbner svømmehallen? ({i})")
    yield ws
    ws.close()


@pytest.mark.postgres
def test_losing_the_postgresql_server_switches_to_read_only_and_back(qtbot, pg_cluster, pg_ws, idle):
    window = open_window(qtbot, pg_ws)
    try:
        item_id = select(window, 0, idle)
        pg_cluster.stop()
        window.refresh()                                    # any read now fails
        idle(window)
        assert window.team.read_only
        assert "read-only" in window.readonly_banner.text()
        window.composer.set_text("Hej. Svømmehallen åbner mandag.")
        window.do_action("reply")
        idle(window)
        kept = localqueue.for_workspace(pg_ws).pending(pg_ws.db.url)
        assert [(p.item_id, p.action) for p in kept] == [(item_id, "reply")]
        window.team.try_reconnect()                          # still away
        idle(window)
        assert window.team.read_only and "Last try" in window.readonly_banner.text()

        pg_cluster.start()
        window.team.try_reconnect()
        idle(window)
        assert not window.team.read_only
        rows = outbox_rows(pg_ws, item_id)
        assert [(a, who, k) for a, who, _s, k in rows] == [("reply", "Mette Jensen", kept[0].idempotency_key)]
    finally:
        if not pg_cluster.is_running():
            pg_cluster.start()
        window.close()
