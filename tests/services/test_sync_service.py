"""Sync at service level (app.services.inbound.sync): a sync cut off mid-paging resumes from the
stored cursor without losing or doubling items, a rate limit pauses the account until the
platform's time, and an expired token asks for reconnecting. Real SQLite file, frozen clock,
the demo platform behind a thin wrapper that can cut the connection between pages."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from app.connectors import base as cb
from app.models import tables as t
from app.services.inbound import sync
from tests.services.conftest import comment


class Cutting:
    """The demo platform, with the network dropping after ``pages`` pages (None: never).
    Records the cursor each fetch starts from."""

    def __init__(self, platform, pages=None):
        self.platform, self.pages, self.cursors = platform, pages, []

    def __getattr__(self, name):
        return getattr(self.platform, name)

    def fetch(self, cursor, progress=None):
        self.cursors.append(cursor)
        for n, page in enumerate(self.platform.fetch(cursor, progress)):
            if self.pages is not None and n >= self.pages:
                raise cb.Offline("the network went away")
            yield page


def arrived(platform, now):
    return [s for s in platform.script if platform.arrival_of(s) <= now]


def stored_ids(ws, account_id):
    with ws.db.session() as s:
        return list(s.scalars(select(t.Item.external_id).where(t.Item.account_id == account_id)))


def cursor_of(ws, account_id):
    with ws.db.session() as s:
        return s.scalar(select(t.SyncState.cursor).where(t.SyncState.account_id == account_id))


def test_a_sync_cut_between_pages_resumes_from_the_stored_cursor(ws, demo_account, platform, fixed_clock):
    platform.started_at()   # the demo Page opens now; its script arrives over the next hours
    fixed_clock.advance(hours=3)
    expected = {s.external_id for s in arrived(platform, fixed_clock.now())}
    assert len(expected) > 2 * 5, "the test needs more than two pages"

    cut = Cutting(platform, pages=1)
    first = sync.sync_account(ws, demo_account, connector=cut, sleep=lambda _s: None)
    assert first.status == "offline" and first.offline and not first.ok
    after_first = stored_ids(ws, demo_account)
    assert len(after_first) == 5                       # the one page that arrived is kept
    saved = cursor_of(ws, demo_account)
    assert saved is not None

    again = Cutting(platform)
    second = sync.sync_account(ws, demo_account, connector=again, sleep=lambda _s: None)
    assert second.ok and second.status == "ok"
    assert again.cursors == [saved]                    # resumed, not started over
    ids = stored_ids(ws, demo_account)
    assert len(ids) == len(set(ids))                   # nothing twice
    assert set(ids) == expected
    assert second.new_items == len(expected) - 5
    with ws.db.session() as s:
        account = s.get(t.Account, demo_account)
        assert account.status == "ok" and account.last_sync_ok_at == fixed_clock.now()


def test_a_rate_limit_pauses_the_account_until_the_platforms_time(ws, demo_account, platform, fixed_clock):
    until = fixed_clock.now() + timedelta(minutes=20)
    platform.fail_next(cb.RateLimited("too many calls", retry_at=until), op="fetch")
    result = sync.sync_account(ws, demo_account, connector=Cutting(platform), sleep=lambda _s: None)
    assert result.status == "paused" and result.paused_until == until
    # Before that time, a sync does not even ask the platform.
    asking = Cutting(platform)
    fixed_clock.advance(minutes=10)
    waiting = sync.sync_account(ws, demo_account, connector=asking, sleep=lambda _s: None)
    assert waiting.status == "paused" and asking.cursors == []
    assert demo_account not in sync.due_accounts(ws)
    fixed_clock.advance(minutes=11)
    assert sync.sync_account(ws, demo_account, connector=asking, sleep=lambda _s: None).ok
    assert asking.cursors == [None]


def test_an_expired_token_marks_the_account_and_keeps_what_was_stored(ws, demo_account, platform, fixed_clock):
    fixed_clock.advance(hours=1)
    assert sync.sync_account(ws, demo_account, connector=Cutting(platform), sleep=lambda _s: None).ok
    before = stored_ids(ws, demo_account)
    platform.fail_next(cb.AuthExpired("Error validating access token", code="190"), op="fetch")
    result = sync.sync_account(ws, demo_account, connector=Cutting(platform), sleep=lambda _s: None)
    assert result.status == "needs_reconnect" and not result.ok
    with ws.db.session() as s:
        account = s.get(t.Account, demo_account)
        assert account.status == "needs_reconnect"
        assert s.scalar(select(func.count(t.Item.id)).where(t.Item.account_id == demo_account)) == len(before)


class PausingWhileLocked(Cutting):
    """The platform answers 429 while another program holds the database's write lock, so the
    account's row cannot take the pause (as on a full disk: the chaos run's case)."""

    def __init__(self, platform, db_path, until):
        super().__init__(platform)
        self.db_path, self.until, self.holder = db_path, until, None

    def fetch(self, cursor, progress=None):
        import sqlite3
        self.cursors.append(cursor)
        self.holder = sqlite3.connect(str(self.db_path), timeout=0)
        self.holder.execute("BEGIN IMMEDIATE")
        raise cb.RateLimited("too many calls", retry_at=self.until)
        yield   # a generator, as fetch is


def test_a_pause_the_database_could_not_take_is_still_honoured(ws, demo_account, platform, fixed_clock):
    # Found by the chaos long run (seed 20261221): the disk was full when LinkedIn's 429 came,
    # the pause was never stored, and the next round asked LinkedIn 108 s before its reset.
    from app.services.outbound import outbox
    from tests.services.test_outbox_service import action, queue_reply
    outbox_id = queue_reply(ws, comment(ws, demo_account))
    until = fixed_clock.now() + timedelta(minutes=20)
    locked = PausingWhileLocked(platform, ws.db.engine.url.database, until)
    try:
        sync.sync_account(ws, demo_account, connector=locked, sleep=lambda _s: None)
    except Exception:         # the row could not be written: what the window says is not the point here
        pass
    finally:
        locked.holder.rollback()
        locked.holder.close()
    with ws.db.session() as s:
        assert s.get_one(t.Account, demo_account).paused_until is None     # the row never took it
    asking = Cutting(platform)
    fixed_clock.advance(minutes=10)
    assert demo_account not in sync.due_accounts(ws)
    assert sync.sync_account(ws, demo_account, connector=asking, sleep=lambda _s: None).status == "paused"
    assert asking.cursors == []
    assert outbox.flush(ws, connector_factory=lambda _ws, _acc: platform) == []
    assert action(ws, outbox_id).state == t.OUTBOX_QUEUED and platform.replies() == []
    fixed_clock.advance(minutes=11)
    assert demo_account in sync.due_accounts(ws)
    assert sync.sync_account(ws, demo_account, connector=asking, sleep=lambda _s: None).ok
