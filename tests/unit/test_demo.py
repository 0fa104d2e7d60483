"""The demo workspace and the local demo platform.

The seeded data must look like a real Monday-to-Friday inbox (overdue, due today, answered,
holding, hidden, Messenger, CPR numbers, HTML shown literally) *and* obey the deadline rules,
so every stored deadline is recomputed here through ``first_due_for``. The demo platform must
deliver items over time, resume from its cursor and remember its writes across restarts,
without ever touching a network.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import clock as app_clock
from app.connectors import base as cb
from app.connectors import demo as platform
from app.connectors import demo_state
from app.connectors.demo import DemoConnector
from app.models import tables as t
from app.services.demo import ensure_demo_data, reset_demo
from app.services.inbound import inbox
from app.services.inbound.items import first_due_for, followup_due_for
from app.services.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]
# A Tuesday morning in March (10:00 in Copenhagen and Malmö): every view can be filled.
TUESDAY = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def demo_ws(tmp_path):
    ws = open_workspace(data_dir=str(tmp_path), demo=True, seed_demo=False)
    assert ensure_demo_data(ws, now=TUESDAY) is True
    yield ws
    ws.close()


def _all(ws, model):
    with ws.db.session() as s:
        return s.scalars(select(model)).all()


def _by_text(ws, fragment: str) -> t.Item:
    with ws.db.session() as s:
        return s.scalars(select(t.Item).where(t.Item.text.contains(fragment))).one()


def _count(ws, view: str, now: datetime = TUESDAY) -> int:
    with ws.db.session() as s:
        return inbox.count(s, inbox.ViewSpec(view=view), now)


# --- the seeded workspace ------------------------------------------------------------------

def test_accounts_span_institutions_platforms_and_countries(demo_ws):
    accounts = _all(demo_ws, t.Account)
    institutions = _all(demo_ws, t.Institution)
    assert len(institutions) >= 4 and len(accounts) >= 7
    assert {a.platform for a in accounts} >= {"facebook", "instagram", "x", "linkedin", "youtube"}
    assert len({a.institution_id for a in accounts}) >= 4
    for account in accounts:
        assert json.loads(account.options)["demo"] is True
        assert account.followup_policy == "workdays:2"
        assert account.credential_ref is None and account.base_url is None
        assert TUESDAY - timedelta(minutes=15) < account.last_sync_ok_at < TUESDAY
        calendar = json.loads(account.calendar)
        if calendar["country"] == "DK":
            assert account.policy == "workdays:2" and account.language == "da"
        else:
            assert calendar == {"country": "SE"}
            assert account.policy == "hours:24" and account.language == "sv"
    assert {json.loads(a.calendar)["country"] for a in accounts} == {"DK", "SE"}
    assert any(i.case_channel for i in institutions)


def test_every_view_has_something_on_a_tuesday_morning(demo_ws):
    citizen = [i for i in _all(demo_ws, t.Item) if i.status != t.STATUS_OWN]
    assert 40 <= len(citizen) <= 60
    for view in ("open", "overdue", "due_today", "followup", "answered", "hidden", "mentions"):
        assert _count(demo_ws, view) > 0, view
    assert _count(demo_ws, "overdue") >= 3 and _count(demo_ws, "due_today") >= 3
    statuses = {i.status for i in citizen}
    assert statuses >= {t.STATUS_NEW, t.STATUS_HOLDING, t.STATUS_ANSWERED, t.STATUS_NO_REPLY,
                        t.STATUS_HIDDEN, t.STATUS_SPAM, t.STATUS_REFERRED}
    kinds = {i.kind for i in citizen}
    assert kinds >= {"comment", "reply", "message", "mention"}


def test_special_items(demo_ws):
    cpr = _by_text(demo_ws, "010203-1234")
    assert cpr.has_id_number and cpr.status == t.STATUS_NEW
    assert _by_text(demo_ws, "19811218-9876").has_id_number
    assert not _by_text(demo_ws, "Og er det gratis?").has_id_number
    # Markup is data: stored exactly as the citizen wrote it.
    html = _by_text(demo_ws, "<script>")
    assert "<b>x</b><script>alert(1)</script>" in html.text
    spam = _by_text(demo_ws, "Tjen 5000 kr om dagen")
    assert spam.status == t.STATUS_SPAM and spam.is_hidden and spam.due_at is None
    assert "https://" in spam.text
    threat = _by_text(demo_ws, "koben")
    assert threat.status == t.STATUS_NEW and threat.assigned_to
    case = _by_text(demo_ws, "boligstøtte")
    assert case.kind == "message" and case.status == t.STATUS_NEW
    assert _by_text(demo_ws, "Borgmesteren lyver").moderation_status == "heldForReview"
    assert any(i.kind == "comment" for i in _all(demo_ws, t.Item)
               if i.account_id in {a.id for a in _all(demo_ws, t.Account) if a.platform == "linkedin"})
    for item in _all(demo_ws, t.Item):
        assert item.url and item.url.startswith("https://")
    notes = _all(demo_ws, t.Note)
    assert len(notes) >= 3 and threat.id in {n.item_id for n in notes}
    actions = {e.action for e in _all(demo_ws, t.AuditEvent)}
    assert {"reply", "hide", "note", "holding_reply"} <= actions


def test_answered_items_carry_our_reply_in_the_thread(demo_ws):
    items = _all(demo_ws, t.Item)
    own = [i for i in items if i.status == t.STATUS_OWN]
    answered = [i for i in items if i.status in (t.STATUS_ANSWERED, t.STATUS_REFERRED, t.STATUS_HOLDING)]
    assert answered
    outbox = {o.item_id: o for o in _all(demo_ws, t.OutboxAction) if o.action in ("reply", "holding_reply")}
    for item in answered:
        replies = [o for o in own if o.parent_external_id == item.external_id]
        assert len(replies) == 1, item.text
        reply = replies[0]
        assert reply.thread_id == item.thread_id and reply.handled_by
        assert reply.received_at >= item.received_at and reply.text.strip()
        assert outbox[item.id].state == t.OUTBOX_SENT
        assert outbox[item.id].result_external_id == reply.external_id
        if item.status != t.STATUS_HOLDING:
            assert item.handled_by and item.handled_at == reply.received_at
    assert any(i.answered_late for i in items if i.status == t.STATUS_ANSWERED)
    assert any(i.answered_late is False for i in items if i.status == t.STATUS_ANSWERED)


def test_deadlines_follow_each_accounts_policy(demo_ws):
    _assert_consistent(demo_ws, TUESDAY)


def _assert_consistent(ws, now):
    accounts = {a.id: a for a in _all(ws, t.Account)}
    threads = {th.id: th for th in _all(ws, t.Thread)}
    items = _all(ws, t.Item)
    by_ext = {(i.account_id, i.external_id): i for i in items}
    for item in items:
        assert item.received_at <= now
        assert item.thread_id in threads
        assert threads[item.thread_id].account_id == item.account_id
        assert threads[item.thread_id].created_at <= item.received_at
        if item.parent_external_id and item.status != t.STATUS_OWN:
            assert by_ext[(item.account_id, item.parent_external_id)].received_at < item.received_at
        if item.status == t.STATUS_OWN:
            assert item.due_at is None
            continue
        account = accounts[item.account_id]
        assert item.first_due_at == first_due_for(account, item.received_at), item.text
        if item.status == t.STATUS_NEW:
            assert item.due_at == item.first_due_at
        elif item.status == t.STATUS_HOLDING:
            assert item.holding_sent_at <= now
            assert item.followup_due_at == followup_due_for(account, item.holding_sent_at)
            assert item.due_at == item.followup_due_at
        else:
            assert item.due_at is None and item.handled_at <= now and item.handled_by


def test_due_today_means_later_today(demo_ws):
    end = inbox.end_of_local_day(TUESDAY)
    with demo_ws.db.session() as s:
        ids = inbox.view_ids(s, inbox.ViewSpec(view="due_today"), TUESDAY)
        rows = inbox.rows_by_ids(s, list(ids))
    assert rows and all(TUESDAY <= r.due_at < end for r in rows)


@pytest.mark.parametrize("now", [
    datetime(2026, 3, 14, 11, 0, tzinfo=UTC),    # Saturday: nothing can be due today
    datetime(2026, 3, 13, 15, 30, tzinfo=UTC),   # Friday after closing in Denmark
    datetime(2026, 12, 24, 10, 0, tzinfo=UTC),   # Christmas Eve: closed in DK and SE
])
def test_any_moment_gives_a_consistent_demo(tmp_path, now):
    ws = open_workspace(data_dir=str(tmp_path), demo=True, seed_demo=False)
    try:
        ensure_demo_data(ws, now=now)
        _assert_consistent(ws, now)
        assert _count(ws, "overdue", now) > 0 and _count(ws, "open", now) > 0
    finally:
        ws.close()


def test_demo_lives_in_its_own_folder_and_is_seeded_once(tmp_path):
    ws = open_workspace(data_dir=str(tmp_path), demo=True)
    try:
        assert ws.kind == "demo" and ws.offline_only
        db_file = ws.paths.sqlite_path
        assert db_file.parent == tmp_path / "demo" and db_file.exists()
        assert not (tmp_path / "svarbox.sqlite3").exists()
        counts = _table_counts(ws)
        assert counts[t.Item] > 40
        _assert_consistent(ws, app_clock.now())
        assert ensure_demo_data(ws) is False
        assert _table_counts(ws) == counts
    finally:
        ws.close()
    again = open_workspace(data_dir=str(tmp_path), demo=True)
    try:
        assert _table_counts(again) == counts
    finally:
        again.close()
    assert not (tmp_path / "svarbox.sqlite3").exists()


def _table_counts(ws):
    with ws.db.session() as s:
        return {m: s.scalar(select(func.count()).select_from(m))
                for m in (t.Institution, t.Account, t.Thread, t.Item, t.Note, t.OutboxAction)}


def test_reset_wipes_and_reseeds(demo_ws):
    counts = _table_counts(demo_ws)
    with demo_ws.db.session() as s:
        s.add(t.Institution(name="Trainer's scratch institution"))
    state = demo_ws.paths.sqlite_path.parent / demo_state.STATE_FILE
    conn = DemoConnector(cb.ConnectorConfig("demo-fb-104729384756", ""), platform="facebook",
                         state_path=state)
    conn.reply(cb.Target("x1", "t1", cb.ItemKind.COMMENT), "Hej")
    assert state.exists()
    reset_demo(demo_ws, now=TUESDAY)
    assert _table_counts(demo_ws) == counts
    assert not state.exists()


def test_demo_data_never_goes_into_the_main_workspace(tmp_path):
    from app.secrets import MemoryStore
    ws = open_workspace(data_dir=str(tmp_path), credentials=MemoryStore())
    try:
        with pytest.raises(ValueError):
            ensure_demo_data(ws)
        assert _table_counts(ws)[t.Account] == 0
    finally:
        ws.close()


# --- the demo platform ---------------------------------------------------------------------

def _connector(tmp_path, clock, key="viborg-fb", **kwargs):
    account = platform.ACCOUNTS_BY_KEY[key]
    config = cb.ConnectorConfig(account.external_id, "", handle=account.handle)
    return DemoConnector(config, platform=account.platform,
                         state_path=kwargs.pop("state_path", tmp_path / demo_state.STATE_FILE),
                         clock=clock, **kwargs)


def _drain(conn, cursor):
    items, last = [], cursor
    for page in conn.fetch(cursor):
        assert page.cursor is not None
        items += page.items
        thread_ids = {th.external_id for th in page.threads}
        assert {i.thread_external_id for i in page.items} <= thread_ids
        last = page.cursor
    return items, last


def test_items_arrive_over_time_and_resume_from_the_cursor(tmp_path):
    clock = Clock(TUESDAY)
    conn = _connector(tmp_path, clock)
    assert isinstance(conn, cb.Connector)
    items, cursor = _drain(conn, None)
    assert items == []                              # nothing has arrived yet
    clock.advance(minutes=8)
    first, cursor = _drain(conn, cursor)
    assert 1 <= len(first) <= 2
    assert all(i.received_at <= clock.now and i.received_at.tzinfo is not None for i in first)
    again, same = _drain(conn, cursor)
    assert again == [] and json.loads(same) == json.loads(cursor)
    clock.advance(minutes=20)
    second, cursor = _drain(conn, cursor)
    assert second and not {i.external_id for i in second} & {i.external_id for i in first}
    # A restarted app (a new connector on the same state) carries on where the cursor says.
    clock.advance(hours=5)
    restarted = _connector(tmp_path, clock)
    rest, cursor = _drain(restarted, cursor)
    seen = [i.external_id for i in first + second + rest]
    assert len(seen) == len(set(seen)) == platform.SCRIPT_LENGTH
    # Comments, Messenger conversations and a Page recommendation, as a Facebook Page gets them.
    assert {i.kind for i in first + second + rest} == {cb.ItemKind.COMMENT, cb.ItemKind.MESSAGE, cb.ItemKind.REVIEW}
    assert _drain(restarted, cursor)[0] == []
    # Arrival times are 3-7 minutes apart.
    times = sorted(i.received_at for i in first + second + rest)
    gaps = {(b - a) / timedelta(minutes=1) for a, b in zip(times, times[1:])}
    assert gaps <= {3, 4, 5, 6, 7}


def test_every_demo_account_has_a_script_in_its_language(tmp_path):
    clock = Clock(TUESDAY)
    for account in platform.ACCOUNTS:
        conn = _connector(tmp_path, clock, account.key)
        script = conn.script
        assert len(script) == platform.SCRIPT_LENGTH
        assert len({s.external_id for s in script}) == len(script)
        if account.platform == "x":
            assert all(s.kind == cb.ItemKind.MENTION and "@malmostad" in s.text for s in script)
    yt = _connector(tmp_path, clock, "viborg-yt")
    assert yt.started_at() == clock.now           # the script starts at first contact
    clock.advance(hours=3)
    fetched, _ = _drain(yt, None)
    assert "heldForReview" in {i.moderation_status for i in fetched}


def test_unknown_account_gets_a_generic_script(tmp_path):
    clock = Clock(TUESDAY)
    conn = DemoConnector(cb.ConnectorConfig("my-own-demo", "", extra={"language": "sv"}),
                         clock=clock)
    assert conn.platform == cb.Platform.DEMO and conn.capabilities == frozenset(cb.Capability)
    assert conn.whoami().external_id == "my-own-demo"
    conn.started_at()
    clock.advance(hours=3)
    items, _ = _drain(conn, None)
    assert len(items) == platform.SCRIPT_LENGTH


def test_reply_is_found_again_after_a_restart(tmp_path):
    clock = Clock(TUESDAY)
    conn = _connector(tmp_path, clock)
    target = cb.Target("104729384756_5013_1", "104729384756_5013", cb.ItemKind.COMMENT)
    before = clock.now
    clock.advance(seconds=5)
    sent = conn.reply(target, "Hej Henrik. Vi forstår din frustration. /Mette, Viborg Kommune")
    assert sent.external_id.startswith("demo-r-")
    assert conn.find_own_reply(target, "Hej Henrik. Vi forstår din frustration. /Mette, Viborg Kommune",
                               before) == sent.external_id
    restarted = _connector(tmp_path, Clock(clock.now + timedelta(hours=1)))
    assert restarted.find_own_reply(target, "Hej Henrik. Vi forstår din frustration. /Mette, Viborg Kommune",
                                    before) == sent.external_id
    assert restarted.find_own_reply(target, "Another text", before) is None
    assert restarted.find_own_reply(target, "Hej Henrik. Vi forstår din frustration. /Mette, Viborg Kommune",
                                    clock.now + timedelta(minutes=1)) is None
    other = cb.Target("104729384756_5013_2", "104729384756_5013", cb.ItemKind.COMMENT)
    assert restarted.find_own_reply(other, "Hej Henrik. Vi forstår din frustration. /Mette, Viborg Kommune",
                                    before) is None
    # The platform shows our reply to the next sync, as our own, under its parent.
    own = [i for i in _drain(restarted, None)[0] if i.is_own]
    assert [(i.external_id, i.parent_external_id) for i in own] == [(sent.external_id, target.external_id)]
    assert own[0].author_id == restarted.whoami().external_id
    second = restarted.reply(target, "En gang til")
    assert second.external_id != sent.external_id
    raw = json.loads((tmp_path / demo_state.STATE_FILE).read_text(encoding="utf-8"))
    assert [r["id"] for r in raw["accounts"]["demo-fb-104729384756"]["replies"]] == \
        [sent.external_id, second.external_id]


def test_hide_delete_and_get_state(tmp_path):
    clock = Clock(TUESDAY)
    conn = _connector(tmp_path, clock)
    target = cb.Target("c-1", "p-1", cb.ItemKind.COMMENT)
    assert conn.get_state(target) == {"exists": True, "hidden": False}
    conn.set_hidden(target, True)
    assert _connector(tmp_path, clock).get_state(target) == {"exists": True, "hidden": True}
    conn.set_hidden(target, False)
    assert conn.get_state(target) == {"exists": True, "hidden": False}
    conn.delete(target)
    assert _connector(tmp_path, clock).get_state(target)["exists"] is False
    for write in (lambda: conn.set_hidden(target, True), lambda: conn.delete(target),
                  lambda: conn.reply(target, "Hej")):
        with pytest.raises(cb.Permanent):
            write()


def test_capabilities_and_limits_follow_the_impersonated_platform(tmp_path):
    clock = Clock(TUESDAY)
    expected = {
        # Direct messages and Meta's one private reply per comment too (as the real connectors).
        "viborg-fb": ({"reply", "message", "hide", "unhide", "delete", "private_reply", "ban"}, 8000),
        "vbib-ig": ({"reply", "message", "hide", "unhide", "delete", "private_reply"}, 2200),
        "malmo-x": ({"reply", "hide", "unhide"}, 280),
        "viborg-li": ({"reply", "delete"}, 1250),
        "viborg-yt": ({"reply", "reject", "hide", "unhide"}, 10000),
    }
    for key, (caps, limit) in expected.items():
        conn = _connector(tmp_path, clock, key)
        assert conn.platform.value == platform.ACCOUNTS_BY_KEY[key].platform
        assert {c.value for c in conn.capabilities} == caps and conn.reply_limit == limit
    target = cb.Target("c-9", "p-9", cb.ItemKind.COMMENT)
    with pytest.raises(cb.Permanent):
        _connector(tmp_path, clock, "viborg-li").set_hidden(target, True)
    with pytest.raises(cb.Permanent):
        _connector(tmp_path, clock, "malmo-x").delete(target)
    with pytest.raises(cb.Permanent):
        _connector(tmp_path, clock, "malmo-x").reply(target, "å" * 281)
    _connector(tmp_path, clock, "malmo-x").reply(target, "å" * 280)
    with pytest.raises(cb.Permanent):
        _connector(tmp_path, clock, "viborg-li").reply(cb.Target("m", "c", cb.ItemKind.MESSAGE), "Hej")
    with pytest.raises(cb.Permanent):
        _connector(tmp_path, clock).reply(cb.Target("m", "c", cb.ItemKind.MESSAGE), "x" * 2001)
    with pytest.raises(cb.Permanent):
        _connector(tmp_path, clock).reply(target, "   ")
    yt = _connector(tmp_path, clock, "viborg-yt")
    yt.reject(target)
    assert yt.get_state(target) == {"exists": True, "hidden": True}
    with pytest.raises(cb.Permanent):
        yt.set_hidden(target, False)      # YouTube cannot publish a rejected comment again


def test_lost_answer_is_settled_by_the_exactly_once_check(tmp_path):
    clock = Clock(TUESDAY)
    conn = _connector(tmp_path, clock)
    target = cb.Target("c-2", "p-2", cb.ItemKind.COMMENT)
    conn.fail_next(cb.Transient("connection reset"), op="reply", after_write=True)
    with pytest.raises(cb.Transient):
        conn.reply(target, "Tak for beskeden")
    assert _connector(tmp_path, clock).find_own_reply(target, "Tak for beskeden", TUESDAY)
    conn.fail_next(cb.Offline("no network"))
    with pytest.raises(cb.Offline):
        conn.fetch(None).__next__()
    conn.fail_next(cb.Transient("boom"), op="set_hidden")
    with pytest.raises(cb.Transient):
        conn.set_hidden(target, True)
    assert conn.get_state(target)["hidden"] is False   # failed before the write


def test_concurrent_writers_share_one_state_file(tmp_path):
    clock = Clock(TUESDAY)
    connectors = [_connector(tmp_path, clock, key) for key in ("viborg-fb", "malmo-fb", "viborg-fb")]
    errors = []

    def work(conn, n):
        try:
            for i in range(15):
                conn.reply(cb.Target(f"c-{n}-{i}", "p", cb.ItemKind.COMMENT), f"svar {n} {i}")
        except Exception as exc:  # pragma: no cover - shown by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c, n)) for n, c in enumerate(connectors)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    raw = json.loads((tmp_path / demo_state.STATE_FILE).read_text(encoding="utf-8"))
    ids = [r["id"] for acc in raw["accounts"].values() for r in acc["replies"]]
    assert len(ids) == len(set(ids)) == 45
    assert not list(tmp_path.glob("*.tmp"))


def test_damaged_state_file_starts_afresh(tmp_path):
    state = tmp_path / demo_state.STATE_FILE
    state.write_text("{not json", encoding="utf-8")
    conn = _connector(tmp_path, Clock(TUESDAY))
    assert conn.get_state(cb.Target("c", "p", cb.ItemKind.COMMENT))["exists"] is True
    assert json.loads(state.read_text(encoding="utf-8"))["accounts"]
    assert (tmp_path / (demo_state.STATE_FILE + ".damaged")).exists()


def test_in_memory_state_without_a_file(tmp_path):
    conn = _connector(tmp_path, Clock(TUESDAY), state_path=None)
    target = cb.Target("c", "p", cb.ItemKind.COMMENT)
    sent = conn.reply(target, "Hej")
    assert conn.find_own_reply(target, "Hej", TUESDAY) == sent.external_id
    assert not list(tmp_path.iterdir())


def test_registry_knows_the_demo_platform():
    from app.connectors.registry import capabilities_of, connector_class, reply_limit_of
    assert connector_class("demo") is DemoConnector
    assert capabilities_of("demo") == frozenset(cb.Capability)
    assert reply_limit_of("demo") == platform.REPLY_LIMITS["demo"]


# --- the demo workspace with the services that use it --------------------------------------

def test_sync_and_outbox_work_against_the_demo_platform(tmp_path):
    from app.services.inbound import sync
    from app.services.outbound import outbox

    ws = open_workspace(data_dir=str(tmp_path), demo=True)
    try:
        with ws.db.session() as s:
            account = s.scalars(select(t.Account).where(t.Account.platform == "facebook")).first()
            account_id = account.id
        clock = Clock(app_clock.now())
        conn = DemoConnector(cb.ConnectorConfig(account.external_id, ""), platform="facebook",
                             state_path=tmp_path / "demo" / demo_state.STATE_FILE, clock=clock)
        conn.started_at()
        clock.advance(minutes=30)
        first = sync.sync_account(ws, account_id, connector=conn)
        assert first.ok and first.new_items >= 4
        assert sync.sync_account(ws, account_id, connector=conn).new_items == 0

        item = _by_text(ws, "Det her er simpelthen for dårligt")
        with ws.db.session() as s:
            outbox.queue_action(s, item.id, "reply", "Mette",
                                "Hej Henrik. Vi forstår godt, at det er træls. /Mette, Viborg Kommune",
                                confirmed=True)
        results = outbox.flush(ws)
        assert [r.state for r in results] == [t.OUTBOX_SENT]
        state = json.loads((tmp_path / "demo" / demo_state.STATE_FILE).read_text(encoding="utf-8"))
        replies = state["accounts"][account.external_id]["replies"]
        assert [r["target"] for r in replies] == [item.external_id]
        assert _by_text(ws, "Det her er simpelthen for dårligt").status == t.STATUS_ANSWERED
        # The next sync sees our reply on the platform and stores it in the thread.
        sync.sync_account(ws, account_id, connector=conn)
        with ws.db.session() as s:
            own = s.scalars(select(t.Item).where(t.Item.parent_external_id == item.external_id,
                                                 t.Item.status == t.STATUS_OWN)).all()
        assert [o.external_id for o in own] == [replies[0]["id"]]
    finally:
        ws.close()


NO_NETWORK = textwrap.dedent("""
    import socket, sys
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    from datetime import datetime, timedelta, timezone
    from app import clock as app_clock
    from app.connectors import base as cb
    from app.services.workspace import open_workspace
    from app.services.outbound import connections
    from app.services.inbound import sync
    from app import clock as app_clock
    from app.models import tables as t
    from sqlalchemy import select

    ws = open_workspace(data_dir=sys.argv[1], demo=True)
    with ws.db.session() as s:
        accounts = [(a.id, a) for a in s.scalars(select(t.Account))]
    for account_id, account in accounts:
        result = sync.sync_account(ws, account_id)
        assert result.ok, result
        conn = connections.connector_for(ws, account)
        assert getattr(conn, "is_demo", False), conn
        target = cb.Target("c-1", "p-1", cb.ItemKind.COMMENT)
        conn.reply(target, "Tak")
        assert conn.find_own_reply(target, "Tak", app_clock.now() - timedelta(minutes=1))
        conn.get_state(target)
    ws.close()
    print("offline ok")
""")


def test_demo_never_touches_a_network(tmp_path):
    run = subprocess.run([sys.executable, "-c", NO_NETWORK, str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "offline ok" in run.stdout
    # The demo platform itself does not even load an HTTP library.
    probe = subprocess.run([sys.executable, "-c",
                            "import sys, app.connectors.demo, app.services.demo; "
                            "print('requests' in sys.modules)"],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "False"


def test_demo_has_instagram_dms_tags_recommendations_and_attachments_as_the_platforms_give_them(tmp_path):
    clock = Clock(TUESDAY)
    connectors = {key: _connector(tmp_path, clock, key) for key in ("vbib-ig", "viborg-fb", "malmo-fb", "malmo-x")}
    for conn in connectors.values():
        _drain(conn, None)                    # the demo platform starts counting now
    clock.advance(hours=24)
    by_key = {key: _drain(conn, None)[0] for key, conn in connectors.items()}
    ig = by_key["vbib-ig"]
    dm = [i for i in ig if i.kind == cb.ItemKind.MESSAGE]
    tags = [i for i in ig if i.kind == cb.ItemKind.MENTION]
    assert len(dm) == 1 and dm[0].can_reply
    assert len(tags) == 1 and not tags[0].can_reply          # the API cannot answer a tag
    reviews = [i for i in by_key["viborg-fb"] + by_key["malmo-fb"] if i.kind == cb.ItemKind.REVIEW]
    assert len(reviews) == 2 and all(r.text for r in reviews)
    # No attachments on Instagram comments (the API has none); photos/stickers/links elsewhere.
    assert not any(i.attachments for i in ig if i.kind == cb.ItemKind.COMMENT)
    kinds = {a.kind for key in ("viborg-fb", "malmo-fb", "malmo-x") for i in by_key[key] for a in i.attachments}
    assert kinds == {"photo", "sticker", "link"}


def test_the_demo_mastodon_takes_the_outbox_key_like_the_server(tmp_path):
    """The outbox hands Mastodon its idempotency key; the demo (and training) platform standing in
    for Mastodon takes it too and, like the server, answers a repeated key with the first reply."""
    config = cb.ConnectorConfig("training-mastodon", "", extra={"demo": True})
    conn = DemoConnector(config, platform="mastodon", state_path=tmp_path / "demo.json", clock=Clock(TUESDAY))
    target = cb.Target("m-1", "m-1", cb.ItemKind.MENTION)
    first = conn.reply(target, "Hej", idempotency_key="k1")
    assert conn.reply(target, "Hej", idempotency_key="k1").external_id == first.external_id
    assert conn.reply(target, "Hej", idempotency_key="k2").external_id != first.external_id
    assert conn.reply(target, "Hej").external_id not in (first.external_id,)


def test_a_private_reply_goes_once_per_comment_and_never_into_the_public_thread(tmp_path):
    clock = Clock(TUESDAY)
    conn = _connector(tmp_path, clock, "viborg-fb")
    target = cb.Target("c-1", "p-1", cb.ItemKind.COMMENT)
    assert conn.private_reply(target, "Hej, skriv til os privat.").external_id
    with pytest.raises(cb.Permanent) as refused:
        conn.private_reply(target, "Igen")
    assert refused.value.code == "10900"                 # Meta: "Activity already replied to"
    assert conn.replies() == []                          # nothing public
    with pytest.raises(cb.Permanent):
        _connector(tmp_path, clock, "viborg-li").private_reply(target, "Hej")   # LinkedIn has none
