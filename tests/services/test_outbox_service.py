"""The outbox at service level (app.services.outbound.outbox): exactly-once claiming, settling an
attempt whose outcome is unknown, recovery of a dead worker's row, and a refusal that puts the
item back. Real SQLite file, frozen clock, the demo platform as the connector."""
from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import select

from app.connectors import base as cb
from app.models import tables as t
from app.services.outbound import outbox
from tests.services.conftest import ME, comment

TEXT = "Svømmehallen åbner igen mandag kl. 6."


def queue_reply(ws, item_id, text=TEXT):
    with ws.db.session() as s:
        return outbox.queue_action(s, item_id, "reply", ME, text)


def action(ws, outbox_id):
    with ws.db.session() as s:
        row = s.get(t.OutboxAction, outbox_id)
        s.expunge(row)
        return row


def item(ws, item_id):
    with ws.db.session() as s:
        row = s.get(t.Item, item_id)
        s.expunge(row)
        return row


def test_one_claim_per_action_however_many_workers_ask(ws, demo_account, fixed_clock):
    outbox_id = queue_reply(ws, comment(ws, demo_account))
    now = fixed_clock.now()
    first = outbox._claim_next(ws, "host:1", now, None, set())
    second = outbox._claim_next(ws, "host:2", now, None, set())
    assert first == outbox_id and second is None
    row = action(ws, outbox_id)
    assert (row.state, row.worker, row.attempts) == (t.OUTBOX_SENDING, "host:1", 1)
    assert item(ws, row.item_id).outbox_state == t.OUTBOX_SENDING


def test_two_flushes_at_once_send_each_reply_exactly_once(ws, demo_account, platform):
    ids = [queue_reply(ws, comment(ws, demo_account, text=f"Spørgsmål {n}?"), f"Svar nummer {n}.")
           for n in range(6)]
    results: list = []
    errors: list = []

    def run():
        try:
            results.extend(outbox.flush(ws, connector_factory=lambda _ws, _acc: platform))
        except Exception as exc:   # surfaced below; a thread would swallow it
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert errors == []
    assert sorted(r.outbox_id for r in results) == ids            # each claimed by exactly one flush
    texts = [r["text"] for r in platform.replies()]
    assert sorted(texts) == sorted(f"Svar nummer {n}." for n in range(6))   # none twice
    assert {action(ws, i).state for i in ids} == {t.OUTBOX_SENT}


def test_a_lost_answer_is_settled_by_asking_the_platform_not_by_sending_again(ws, demo_account, platform,
                                                                              fixed_clock):
    item_id = comment(ws, demo_account)
    outbox_id = queue_reply(ws, item_id)
    # The reply reaches the platform, the connection drops before the answer comes back.
    platform.fail_next(cb.Transient("connection reset"), op="reply", after_write=True)
    [first] = outbox.flush(ws, connector_factory=lambda _ws, _acc: platform)
    assert first.state == t.OUTBOX_QUEUED
    row = action(ws, outbox_id)
    assert row.attempts == 1 and row.next_attempt_at > fixed_clock.now()
    # Not due yet: a flush now sends nothing.
    assert outbox.flush(ws, connector_factory=lambda _ws, _acc: platform) == []
    fixed_clock.advance(minutes=5)
    [second] = outbox.flush(ws, connector_factory=lambda _ws, _acc: platform)
    assert second.state == t.OUTBOX_SENT and second.settled_by_check
    assert [r["text"] for r in platform.replies()] == [TEXT]        # on the platform once
    assert second.result_external_id == platform.replies()[0]["id"]
    assert item(ws, item_id).status == t.STATUS_ANSWERED


def test_a_request_that_never_arrived_is_sent_on_the_retry(ws, demo_account, platform, fixed_clock):
    outbox_id = queue_reply(ws, comment(ws, demo_account))
    platform.fail_next(cb.Transient("timeout"), op="reply")          # before the write
    outbox.flush(ws, connector_factory=lambda _ws, _acc: platform)
    assert platform.replies() == []
    fixed_clock.advance(minutes=5)
    [result] = outbox.flush(ws, connector_factory=lambda _ws, _acc: platform)
    assert result.state == t.OUTBOX_SENT and not result.settled_by_check
    assert [r["text"] for r in platform.replies()] == [TEXT]
    assert action(ws, outbox_id).attempts == 2


def test_a_dead_workers_sending_row_is_checked_before_it_is_sent_again(ws, demo_account, platform, fixed_clock):
    item_id = comment(ws, demo_account)
    outbox_id = queue_reply(ws, item_id)
    # Another machine claimed it, posted the reply and died before storing the outcome.
    started = fixed_clock.now()
    with ws.db.session() as s:
        row = s.get(t.OutboxAction, outbox_id)
        row.state, row.worker, row.attempts, row.attempt_started_at = t.OUTBOX_SENDING, "elsewhere:1", 1, started
        target = outbox._load_target(row)
    platform.reply(target, TEXT)
    # Within the stale timeout the row is left alone (its worker may still be working).
    assert outbox.recover_interrupted(ws) == 0
    fixed_clock.advance(outbox.STALE_SENDING + timedelta(seconds=1))
    [result] = outbox.flush(ws, connector_factory=lambda _ws, _acc: platform)
    assert result.state == t.OUTBOX_SENT and result.settled_by_check
    assert len(platform.replies()) == 1
    with ws.db.session() as s:
        events = list(s.scalars(select(t.AuditEvent.action).where(t.AuditEvent.outbox_id == outbox_id)))
    assert "outbox_interrupted" in events


def test_a_refusal_fails_in_words_and_puts_the_item_back(ws, demo_account, platform):
    item_id = comment(ws, demo_account)
    before = item(ws, item_id)
    outbox_id = queue_reply(ws, item_id)
    assert item(ws, item_id).status == t.STATUS_ANSWERED                # shown as answered while queued
    platform.fail_next(cb.Permanent("The comment no longer exists.", code="not_found"), op="reply")
    [result] = outbox.flush(ws, connector_factory=lambda _ws, _acc: platform)
    assert result.state == t.OUTBOX_FAILED
    assert "The comment no longer exists." in action(ws, outbox_id).last_error
    after = item(ws, item_id)
    assert (after.status, after.due_at, after.outbox_state) == (before.status, before.due_at, t.OUTBOX_FAILED)
    assert platform.replies() == []


def test_actions_of_one_account_keep_their_order_behind_a_waiting_one(ws, demo_account, platform, fixed_clock):
    first = queue_reply(ws, comment(ws, demo_account, text="Første?"), "Første svar.")
    second = queue_reply(ws, comment(ws, demo_account, text="Andet?"), "Andet svar.")
    platform.fail_next(cb.RateLimited("slow down", retry_at=fixed_clock.now() + timedelta(minutes=15)), op="reply")
    results = outbox.flush(ws, connector_factory=lambda _ws, _acc: platform)
    assert [r.outbox_id for r in results] == [first]               # the second does not overtake
    assert action(ws, second).state == t.OUTBOX_QUEUED and action(ws, second).attempts == 0
    fixed_clock.advance(minutes=16)
    outbox.flush(ws, connector_factory=lambda _ws, _acc: platform)
    assert [r["text"] for r in platform.replies()] == ["Første svar.", "Andet svar."]


def test_an_account_the_platform_told_to_wait_sends_nothing_before_the_reset(ws, demo_account, platform, fixed_clock):
    """Sync met a 429 with a reset: the outbox waits for the same moment (the chaos run saw a
    Mastodon send's first GET go out before the announced reset)."""
    outbox_id = queue_reply(ws, comment(ws, demo_account))
    reset = fixed_clock.now() + timedelta(minutes=2)
    with ws.db.session() as s:
        s.get(t.Account, demo_account).paused_until = reset
    factory = lambda _ws, _acc: platform   # noqa: E731
    assert outbox.flush(ws, connector_factory=factory) == []
    assert action(ws, outbox_id).state == t.OUTBOX_QUEUED
    [sent] = outbox.flush(ws, connector_factory=factory, now=reset + timedelta(seconds=1))
    assert (sent.outbox_id, sent.state) == (outbox_id, t.OUTBOX_SENT)
